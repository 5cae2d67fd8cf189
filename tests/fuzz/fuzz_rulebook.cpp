// libFuzzer target: the rulebook loader. Whatever loads must write back out
// and load again, and decide some activity without trouble.
#include <citydip/citydip.hpp>

#include "../support/json_text.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto book = citydip::load_rulebook(text, {.file = "fuzz.json"});
  if (!book) {
    if (book.error().diagnostics.empty()) std::abort();  // a failure must say why
    return 0;
  }
  const auto again = citydip::load_rulebook(citydip::test::rulebook_text(book->source()), {.file = "written.json"});
  if (!again || again->rules().size() != book->rules().size()) std::abort();
  for (const auto& k : citydip::vocabulary<citydip::activity_kind>()) {
    const auto d = citydip::decide(*book, citydip::designation::municipality, "beijing",
                                   {.kind = k.value, .date = citydip::date{2016, 1, 1}});
    if (d.reasons().empty()) std::abort();  // every decision has a reason
  }
  return 0;
}
