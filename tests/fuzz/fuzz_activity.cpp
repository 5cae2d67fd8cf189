// libFuzzer target: the activity reader. A refusal names and places every
// problem; whatever reads must be decided, must write back out to an
// activity that reads again to the same activity, and gets what-if remedies
// that are each allowed (any city the reader accepts: its designations cut
// the calendar the date changes search).
#include <citydip/citydip.hpp>

#include "../support/json_text.hpp"

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const citydip::activity_read_options options{.file = "fuzz.jsonl", .default_date = citydip::date{2016, 1, 1}};
  const auto r = citydip::parse_activity(text, options);
  if (!r) {
    if (r.error().diagnostics.empty()) std::abort();
    for (const auto& d : r.error().diagnostics) {
      if (d.line == 0 || d.column == 0 || d.message.empty() || d.file != "fuzz.jsonl") std::abort();
    }
    return 0;
  }
  static const auto book = *citydip::builtin_rulebook("status-quo-2016");
  const auto d = citydip::decide(book, r->subject(), r->what);
  std::string out;
  citydip::write_decision(out, d, {.id = r->what.id, .city = r->subject().id});
  if (!citydip::parse_decision(book, out)) std::abort();
  const citydip::what_if_options every{.allow = citydip::change_families::all(), .max_remedies = 0, .max_changes = 1};
  const auto t = citydip::what_would_it_take(book, r->subject(), r->what, every);
  for (const auto& remedy : t.remedies) {
    if (remedy.what.outcome != citydip::outcome::allowed) std::abort();
  }
  out.clear();
  citydip::write_what_if(out, t, {.id = r->what.id, .city = r->subject().id});
  const std::string written = citydip::test::activity_text(*r);
  const auto again = citydip::parse_activity(written, options);
  if (!again || citydip::test::activity_text(*again) != written) std::abort();
  return 0;
}
