// libFuzzer target: the activity reader. Its fast path and its full path must
// give the same result or the same diagnostics; whatever reads must be
// decided, and must write back out to an activity that reads again.
#include <citydip/citydip.hpp>

#include "io/activity_fast.hpp"  // layer-check: allow (compares the two paths that the one JSON reader will replace)
#include "../support/json_text.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const citydip::activity_read_options options{.file = "fuzz.jsonl", .default_date = citydip::date{2016, 1, 1}};
  const auto r = citydip::parse_activity(text, options);
  const auto full = citydip::detail::parse_activity_in_full(text, options);
  if (r.has_value() != full.has_value()) std::abort();
  if (!r && r.error().to_string() != full.error().to_string()) std::abort();
  if (r && (citydip::test::activity_text(*r) != citydip::test::activity_text(*full) || r->known != full->known)) std::abort();
  if (!r) {
    if (r.error().diagnostics.empty()) std::abort();
    return 0;
  }
  static const auto book = *citydip::builtin_rulebook("status-quo-2016");
  const auto d = citydip::decide(book, r->subject(), r->what);
  std::string out;
  citydip::write_decision(out, d, {.id = r->what.id, .city = r->subject().id});
  if (!citydip::parse_decision(book, out)) std::abort();
  if (!citydip::parse_activity(citydip::test::activity_text(*r))) std::abort();
  return 0;
}
