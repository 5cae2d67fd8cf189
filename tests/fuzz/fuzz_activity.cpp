// libFuzzer target: the activity reader. Whatever reads must be decided, and
// must write back out to an activity that reads again.
#include <citydip/citydip.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto r = citydip::parse_activity(text, {.file = "fuzz.jsonl", .default_date = citydip::date{2016, 1, 1}});
  if (!r) {
    if (r.error().diagnostics.empty()) std::abort();
    return 0;
  }
  static const auto book = *citydip::builtin_rulebook("status-quo-2016");
  const auto d = citydip::decide(book, r->subject(), r->what);
  std::string out;
  citydip::write_decision(out, d, book, r->what.id, r->subject().id);
  if (!citydip::parse_decision(out, book)) std::abort();
  if (!citydip::parse_activity(citydip::write_activity(*r))) std::abort();
  return 0;
}
