// The umbrella header stays cheap: it brings in neither Boost.JSON nor range-v3.
#include <citydip/citydip.hpp>

#include <gtest/gtest.h>

#ifdef BOOST_JSON_VALUE_HPP
#error "citydip.hpp must not include Boost.JSON"
#endif
#ifdef RANGES_V3_RANGE_HPP
#error "citydip.hpp must not include range-v3"
#endif

TEST(headers_test, the_umbrella_header_declares_the_whole_api) {
  const auto book = citydip::builtin_rulebook("status-quo-2016");
  ASSERT_TRUE(book);
  const citydip::city* beijing = citydip::find_city("beijing");
  ASSERT_NE(beijing, nullptr);
  const auto d = citydip::decide(*book, *beijing, {.kind = citydip::activity_kind::trade_fair,
                                                   .on = citydip::date{2016, 1, 1}});
  EXPECT_EQ(d.outcome, citydip::outcome::allowed);
}
