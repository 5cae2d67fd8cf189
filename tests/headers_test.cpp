// The umbrella header stays cheap: it brings in no Boost, no range-v3, and none
// of the standard library's heaviest headers.
#include <citydip/citydip.hpp>

#ifdef BOOST_JSON_VALUE_HPP
#error "citydip.hpp must not include Boost.JSON"
#endif
#ifdef RANGES_V3_RANGE_HPP
#error "citydip.hpp must not include range-v3"
#endif
#ifdef BOOST_CONFIG_HPP
#error "citydip.hpp must not include any Boost header"
#endif
// libstdc++'s include guards: <memory> brings <ostream> with it (GCC 12), and
// together they would double the umbrella header's cost (bench/compile_time.sh).
#if defined(_GLIBCXX_MEMORY) || defined(_GLIBCXX_OSTREAM) || defined(_GLIBCXX_IOSTREAM)
#error "citydip.hpp must not include <memory>, <ostream> or <iostream>"
#endif

#include <gtest/gtest.h>

TEST(headers_test, the_umbrella_header_declares_the_whole_api) {
  const auto book = citydip::builtin_rulebook("status-quo-2016");
  ASSERT_TRUE(book);
  const citydip::city* beijing = citydip::find_city("beijing");
  ASSERT_NE(beijing, nullptr);
  const auto d =
      citydip::decide(*book, *beijing, {.kind = citydip::activity_kind::trade_fair, .date = citydip::date{2016, 1, 1}});
  EXPECT_EQ(d.outcome, citydip::outcome::allowed);
}
