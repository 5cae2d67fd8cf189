#include <citydip/model/date.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace {

using citydip::date;
using citydip::partial_date;

static_assert(date::from_ymd(2016, 2, 29).has_value());
static_assert(!date::from_ymd(2015, 2, 29).has_value());
static_assert(!date::from_ymd(2016, 2, 30).has_value());
static_assert(date{1970, 1, 1}.days_since_epoch() == 0);
static_assert(date{2000, 3, 1}.days_since_epoch() == 11017);
static_assert(date{1969, 12, 31}.days_since_epoch() == -1);
static_assert(date{1997, 3, 14} < date{1997, 6, 18});

TEST(date_test, parses_exactly_yyyy_mm_dd) {
  EXPECT_EQ(date::parse("2016-01-01"), (date{2016, 1, 1}));
  EXPECT_EQ(date::parse("1958-02-11"), (date{1958, 2, 11}));
  EXPECT_EQ(date::parse("2016-02-29"), (date{2016, 2, 29}));
}

TEST(date_test, refuses_impossible_or_malformed_dates) {
  for (const char* bad : {"2016-02-30", "2015-02-29", "2016-13-01", "2016-00-10", "2016-01-00", "2016-1-01", "16-01-01",
                          "2016/01/01", "2016-01-01T00:00", "", "0000-01-01", "abcd-ef-gh", " 2016-01-01"}) {
    EXPECT_FALSE(date::parse(bad)) << bad;
  }
}

TEST(date_test, prints_what_it_parses) {
  for (const char* text : {"2016-01-01", "0999-12-31", "1997-07-01"}) {
    EXPECT_EQ(date::parse(text)->to_string(), text);
  }
}

TEST(date_test, prints_every_date_as_zero_padded_yyyy_mm_dd) {
  // Against printf, across the digit counts of each part, and for dates built
  // in C++ outside the valid range (printed, not clamped).
  const auto printf_form = [](const date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year), static_cast<unsigned>(d.month),
                  static_cast<unsigned>(d.day));
    return std::string(buf);
  };
  for (int y : {1, 9, 10, 99, 100, 999, 1000, 1958, 2016, 9999}) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 1; d <= date::days_in_month(y, m); ++d) {
        const date x{static_cast<std::int16_t>(y), static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(d)};
        ASSERT_EQ(x.to_string(), printf_form(x));
      }
    }
  }
  for (const date& odd : {date{0, 1, 1}, date{-5, 1, 1}, date{12345, 1, 1}, date{2016, 0, 0}, date{2016, 200, 255}}) {
    EXPECT_EQ(odd.to_string(), printf_form(odd));
  }
  EXPECT_EQ((date{12345, 1, 1}.to_string()), "12345-01-01");
}

TEST(date_test, today_is_a_valid_recent_date) {
  const date t = date::today();
  EXPECT_TRUE(date::from_ymd(t.year, t.month, t.day));
  EXPECT_GE(t.year, 2024);
}

TEST(partial_date_test, knows_its_precision_and_bounds) {
  const auto y = partial_date::parse("1949");
  ASSERT_TRUE(y);
  EXPECT_EQ(y->known(), partial_date::precision::year);
  EXPECT_EQ(y->first_day(), (date{1949, 1, 1}));
  EXPECT_EQ(y->last_day(), (date{1949, 12, 31}));

  const auto m = partial_date::parse("1980-10");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->known(), partial_date::precision::month);
  EXPECT_EQ(m->first_day(), (date{1980, 10, 1}));
  EXPECT_EQ(m->last_day(), (date{1980, 10, 31}));
  EXPECT_EQ(partial_date::parse("2016-02")->last_day(), (date{2016, 2, 29}));

  const auto d = partial_date::parse("1980-08-26");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->known(), partial_date::precision::day);
  EXPECT_EQ(d->first_day(), d->last_day());
}

TEST(partial_date_test, round_trips_and_refuses_bad_text) {
  for (const char* text : {"1949", "1980-10", "1980-08-26"}) EXPECT_EQ(partial_date::parse(text)->to_string(), text);
  for (const char* bad : {"194", "1980-13", "1980-1", "1980-02-30", "0000", "1980-10-", "x"}) {
    EXPECT_FALSE(partial_date::parse(bad)) << bad;
  }
}

TEST(date_test, from_days_since_epoch_inverts_days_since_epoch) {
  for (const date d :
       {date{1, 1, 1}, date{1969, 12, 31}, date{1970, 1, 1}, date{2000, 2, 29}, date{2016, 1, 1}, date{9999, 12, 31}}) {
    EXPECT_EQ(date::from_days_since_epoch(d.days_since_epoch()), d) << d.to_string();
  }
  for (std::int32_t day = -719000; day < 2900000; day += 997) {
    const auto d = date::from_days_since_epoch(day);
    ASSERT_TRUE(d) << day;
    EXPECT_EQ(d->days_since_epoch(), day);
  }
  EXPECT_FALSE(date::from_days_since_epoch(date{1, 1, 1}.days_since_epoch() - 1));
  EXPECT_FALSE(date::from_days_since_epoch(date{9999, 12, 31}.days_since_epoch() + 1));
}

}  // namespace
