#include <citydip/model/designation_history.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

using namespace citydip;

namespace {

// Every day of 1900-2100 on which the history's tier differs from walking its records.
std::size_t days_that_disagree(const designation_history& h) {
  std::size_t wrong = 0;
  for (int y = 1900; y <= 2100; ++y) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 1; d <= date::days_in_month(y, m); ++d) {
        const date day{static_cast<std::int16_t>(y), static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(d)};
        wrong += h.tier_on(day) != tier_on(h.records(), day);
      }
    }
  }
  return wrong;
}

designation_record rec(designation d, const char* since, const char* until = nullptr) {
  designation_record r{.designation = d};
  if (since) r.since = partial_date::parse(since);
  if (until) r.until = partial_date::parse(until);
  return r;
}

}  // namespace

TEST(designation_history_test, an_empty_history_is_a_small_or_medium_city) {
  const designation_history h;
  EXPECT_TRUE(h.empty());
  EXPECT_EQ(h.tier_on({2016, 1, 1}), designation::small_medium_city);
  EXPECT_EQ(days_that_disagree(h), 0u);
}

TEST(designation_history_test, each_change_keeps_the_timeline_in_step_with_the_records) {
  designation_history h{rec(designation::coastal_open_city, "1984-05-04")};
  EXPECT_EQ(h.tier_on({1984, 5, 3}), designation::small_medium_city);
  EXPECT_EQ(h.tier_on({1984, 5, 4}), designation::coastal_open_city);
  h.push_back(rec(designation::sub_provincial_city, "1994", "2001-07"));
  EXPECT_EQ(h.tier_on({1994, 12, 30}), designation::coastal_open_city);  // a year counts from its last day
  EXPECT_EQ(h.tier_on({1994, 12, 31}), designation::sub_provincial_city);
  EXPECT_EQ(h.tier_on({2001, 7, 1}), designation::coastal_open_city);
  EXPECT_EQ(days_that_disagree(h), 0u);
  h.erase(0);
  EXPECT_EQ(h.tier_on({1990, 1, 1}), designation::small_medium_city);
  EXPECT_EQ(days_that_disagree(h), 0u);
  h.assign({rec(designation::municipality, nullptr)});
  EXPECT_EQ(h.tier_on({1900, 1, 1}), designation::municipality);
  EXPECT_EQ(days_that_disagree(h), 0u);
  h.clear();
  EXPECT_EQ(h.tier_on({2016, 1, 1}), designation::small_medium_city);
}

TEST(designation_history_test, copies_and_moves_carry_their_timeline) {
  designation_history h{rec(designation::special_economic_zone, "1980-08-26")};
  const designation_history copy = h;
  EXPECT_EQ(copy, h);
  EXPECT_EQ(copy.tier_on({2016, 1, 1}), designation::special_economic_zone);
  designation_history moved = std::move(h);
  EXPECT_EQ(moved.tier_on({2016, 1, 1}), designation::special_economic_zone);
  // The moved-from history is empty, and its tier says so.
  EXPECT_TRUE(h.empty());  // NOLINT(bugprone-use-after-move): the documented moved-from state
  EXPECT_EQ(h.tier_on({2016, 1, 1}), designation::small_medium_city);
}

TEST(designation_history_test, more_changes_than_the_timeline_holds_are_walked) {
  // Ten records, each a year apart: twenty days of change.
  std::vector<designation_record> many;
  for (int i = 0; i < 10; ++i) {
    designation_record r{.designation = static_cast<designation>(1 + i % 6)};
    r.since = partial_date::parse(std::to_string(1950 + 2 * i));
    r.until = partial_date::parse(std::to_string(1951 + 2 * i));
    many.push_back(r);
  }
  const designation_history h(many);
  EXPECT_EQ(days_that_disagree(h), 0u);
}

TEST(designation_history_test, random_histories_agree_with_their_records_every_day) {
  std::mt19937 rng(20261201);
  for (int round = 0; round < 20; ++round) {
    designation_history h;
    const int n = static_cast<int>(rng() % 5);
    for (int i = 0; i < n; ++i) {
      designation_record r{.designation = static_cast<designation>(rng() % enum_count<designation>())};
      if (rng() % 4 != 0) r.since = partial_date::parse(std::to_string(1900 + rng() % 200));
      if (rng() % 3 == 0)
        r.until = partial_date::parse(std::to_string(1950 + rng() % 150) + "-0" + std::to_string(1 + rng() % 9));
      h.push_back(r);
    }
    ASSERT_EQ(days_that_disagree(h), 0u) << "round " << round;
  }
}

TEST(designation_history_test, an_impossible_date_is_read_from_the_records) {
  const designation_history h{rec(designation::municipality, "1997-03-14")};
  const date odd{2016, 2, 30};
  EXPECT_EQ(h.tier_on(odd), tier_on(h.records(), odd));
}
