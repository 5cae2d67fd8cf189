#include <citydip/decide/powers.hpp>

#include <citydip/decide/decide.hpp>

CITYDIP_BEGIN_NAMESPACE

std::vector<power> powers(const rulebook& book, const city& c, date on) {
  std::vector<power> out;
  out.reserve(enum_count<activity_kind>());
  for (const auto& row : vocabulary<activity_kind>()) {
    out.push_back({row.value, decide(book, c, activity{.kind = row.value, .date = on})});
  }
  return out;
}

CITYDIP_END_NAMESPACE
