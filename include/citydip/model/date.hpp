/**
 * @file date.hpp
 * @brief Calendar dates: full dates for activities, and partial dates
 *        (a year, or a year and month) for the historical record.
 */
#ifndef CITYDIP_MODEL_DATE_HPP
#define CITYDIP_MODEL_DATE_HPP

#include <citydip/config.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A day of the proleptic Gregorian calendar (years 1 to 9999).
 *
 * A literal type ordered chronologically. Build one with `date::from_ymd`,
 * which refuses impossible days such as 2016-02-30, or `date::parse`.
 */
struct date {
  std::int16_t year = 1970;  ///< 1 to 9999.
  std::uint8_t month = 1;    ///< 1 to 12.
  std::uint8_t day = 1;      ///< 1 to the length of the month.

  /// @return whether @p y is a leap year of the Gregorian calendar.
  static constexpr bool is_leap(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

  /// @return the number of days in month @p m of year @p y, or 0 if @p m is not 1-12.
  static constexpr int days_in_month(int y, int m) noexcept {
    constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
  }

  /// @return the date, or `std::nullopt` when the year, month or day is out of range.
  static constexpr std::optional<date> from_ymd(int y, int m, int d) noexcept {
    if (y < 1 || y > 9999 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return date{static_cast<std::int16_t>(y), static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(d)};
  }

  /**
   * @brief Parses exactly `YYYY-MM-DD`.
   * @return the date, or `std::nullopt` for any other text or an impossible day.
   */
  static CITYDIP_API std::optional<date> parse(std::string_view text) noexcept;

  /// @return today's date in UTC, from the system clock.
  static CITYDIP_API date today() noexcept;

  /// @return the number of days since 1970-01-01 (negative before it).
  constexpr std::int32_t days_since_epoch() const noexcept {
    // Howard Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = month > 2 ? month - 3u : month + 9u;
    const unsigned doy = (153 * mp + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int32_t>(doe) - 719468;
  }

  /**
   * @brief The inverse of `days_since_epoch`.
   * @return the day @p days after 1970-01-01 (before it when negative), or
   *         `std::nullopt` when that day falls outside the years 1 to 9999.
   */
  static constexpr std::optional<date> from_days_since_epoch(std::int32_t days) noexcept {
    // Howard Hinnant's civil_from_days.
    const std::int64_t z = std::int64_t{days} + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    if (y < 1 || y > 9999) return std::nullopt;
    return from_ymd(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
  }

  /// @return `YYYY-MM-DD`.
  CITYDIP_API std::string to_string() const;

  /// Equal when year, month and day are.
  friend constexpr bool operator==(const date&, const date&) noexcept = default;
  /// Chronological order (one comparison of a packed integer).
  friend constexpr std::strong_ordering operator<=>(const date& a, const date& b) noexcept {
    return a.packed() <=> b.packed();
  }

 private:
  constexpr std::int32_t packed() const noexcept { return std::int32_t{year} * 65536 + month * 256 + day; }
};

/**
 * @brief A date known to the year, the month or the day, as historical
 *        records often are ("1949", "1980-10", "1980-08-26").
 *
 * `first_day()` and `last_day()` bound the period it stands for.
 */
struct partial_date {
  /// How much of the date is known.
  enum class precision : std::uint8_t { year, month, day };

  std::int16_t year = 1970;  ///< 1 to 9999.
  std::uint8_t month = 0;    ///< 1 to 12, or 0 when only the year is known.
  std::uint8_t day = 0;      ///< 1 to 31, or 0 when not known.

  /// @return a partial date holding the full date @p d.
  static constexpr partial_date exact(date d) noexcept { return {d.year, d.month, d.day}; }

  /// @return how much is known.
  constexpr precision known() const noexcept {
    return month == 0 ? precision::year : day == 0 ? precision::month : precision::day;
  }
  /// @return the first day of the period.
  constexpr date first_day() const noexcept {
    return date{year, month == 0 ? std::uint8_t{1} : month, day == 0 ? std::uint8_t{1} : day};
  }
  /// @return the last day of the period.
  constexpr date last_day() const noexcept {
    const std::uint8_t m = month == 0 ? std::uint8_t{12} : month;
    const std::uint8_t d = day != 0 ? day : static_cast<std::uint8_t>(date::days_in_month(year, m));
    return date{year, m, d};
  }

  /**
   * @brief Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
   * @return the partial date, or `std::nullopt` for any other text or an impossible day.
   */
  static CITYDIP_API std::optional<partial_date> parse(std::string_view text) noexcept;

  /// @return the text form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  CITYDIP_API std::string to_string() const;

  /// Equality.
  friend constexpr bool operator==(const partial_date&, const partial_date&) noexcept = default;
};

CITYDIP_END_NAMESPACE

#endif
