// libFuzzer target: the city reader. Whatever reads must round-trip to an
// equal city and be audited without trouble.
#include <citydip/citydip.hpp>

#include "../support/json_text.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto c = citydip::parse_city(text, {.file = "fuzz.json"});
  if (!c) {
    if (c.error().diagnostics.empty()) std::abort();
    return 0;
  }
  const auto back = citydip::parse_city(citydip::test::city_text(*c));
  if (!back || !(*back == *c)) std::abort();
  const auto report = citydip::audit(*c);
  if (report.findings.size() != 26) std::abort();
  return 0;
}
