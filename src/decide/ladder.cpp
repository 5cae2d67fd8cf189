#include <citydip/decide/ladder.hpp>

#include <citydip/decide/decide.hpp>

CITYDIP_BEGIN_NAMESPACE

std::vector<ladder_rung> ladder(std::span<const rulebook> books, const city& c, const activity& a) {
  const date on = a.date ? *a.date : date::today();
  activity dated = a;
  dated.date = on;
  const designation own = c.designations.tier_on(on);
  std::vector<ladder_rung> out;
  out.reserve(enum_count<designation>() - static_cast<std::size_t>(own));
  for (designation t : designation_set::all()) {
    if (t < own) continue;
    ladder_rung& rung = out.emplace_back();
    rung.tier = t;
    rung.decisions.reserve(books.size());
    for (const rulebook& b : books) rung.decisions.push_back(decide(b, t, c.id, dated));
  }
  return out;
}

std::vector<ladder_rung> ladder(const rulebook& book, const city& c, const activity& a) {
  return ladder(std::span<const rulebook>(&book, 1), c, a);
}

CITYDIP_END_NAMESPACE
