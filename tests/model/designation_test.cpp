#include <citydip/model/designation.hpp>

#include <gtest/gtest.h>

#include <vector>

namespace {

using namespace citydip;

// DESIGN.md's order, low to high (Z-2.2-6, Z-4.1).
static_assert(designation::small_medium_city < designation::coastal_open_city);
static_assert(designation::coastal_open_city < designation::provincial_capital);
static_assert(designation::provincial_capital < designation::special_economic_zone);
static_assert(designation::special_economic_zone < designation::sub_provincial_city);
static_assert(designation::sub_provincial_city < designation::municipality);
static_assert(designation::municipality < designation::special_administrative_region);

designation_record rec(designation d, const char* since, const char* until = nullptr) {
  designation_record r{d, {}, {}, {}};
  if (since) r.since = partial_date::parse(since);
  if (until) r.until = partial_date::parse(until);
  return r;
}

TEST(designation_test, a_record_is_in_force_from_since_until_the_day_before_until) {
  const auto r = rec(designation::municipality, "1949", "1958-02-11");
  EXPECT_FALSE(r.in_force_on({1949, 6, 1}));  // a year-only start counts from its last day
  EXPECT_TRUE(r.in_force_on({1949, 12, 31}));
  EXPECT_TRUE(r.in_force_on({1958, 2, 10}));
  EXPECT_FALSE(r.in_force_on({1958, 2, 11}));  // `until` is the first day it no longer holds
}

TEST(designation_test, an_unknown_start_counts_as_long_ago) {
  const auto r = rec(designation::provincial_capital, nullptr);
  EXPECT_TRUE(r.in_force_on({1950, 1, 1}));
  EXPECT_TRUE(r.in_force_on({2016, 1, 1}));
}

TEST(designation_test, the_tier_is_the_highest_designation_in_force) {
  const std::vector<designation_record> guangzhou{rec(designation::provincial_capital, nullptr),
                                                  rec(designation::coastal_open_city, "1984"),
                                                  rec(designation::sub_provincial_city, "1994-02-25")};
  EXPECT_EQ(tier_on(guangzhou, {1980, 1, 1}), designation::provincial_capital);
  EXPECT_EQ(tier_on(guangzhou, {1990, 1, 1}), designation::provincial_capital);
  EXPECT_EQ(tier_on(guangzhou, {1995, 1, 1}), designation::sub_provincial_city);
  EXPECT_EQ(designations_on(guangzhou, {1990, 1, 1}),
            (designation_set{designation::provincial_capital, designation::coastal_open_city}));
}

TEST(designation_test, a_city_without_designations_is_small_or_medium) {
  EXPECT_EQ(tier_on({}, {2016, 1, 1}), designation::small_medium_city);
}

}  // namespace
