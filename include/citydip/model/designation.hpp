/**
 * @file designation.hpp
 * @brief Designations (行政地位), the tier order between them, and a city's
 *        dated record of the designations it holds.
 */
#ifndef CITYDIP_MODEL_DESIGNATION_HPP
#define CITYDIP_MODEL_DESIGNATION_HPP

#include <citydip/config.hpp>

#include <citydip/model/date.hpp>
#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A political status a Chinese city can hold, ordered low to high.
 *
 * The order is the paper's grading of city diplomacy by political status
 * (Z-2.2-6, Z-4.1): higher status, more autonomy. Z-2.2-6 omits the
 * provincial capital and Z-4.1 omits the special economic zone; placing the
 * provincial capital below the special economic zone is the library's
 * assumption (both lie between the coastal open city and the sub-provincial
 * city in the paper's two lists).
 *
 * A designation used as a city's rank is called its *tier*: the highest
 * designation the city holds on a given date.
 */
enum class designation : std::uint8_t {
  small_medium_city,             ///< 中小城市: any city holding no other designation.
  coastal_open_city,             ///< 沿海开放城市 (1984, Z-1-3).
  provincial_capital,            ///< 省会城市, including the seats (首府) of autonomous regions.
  special_economic_zone,         ///< 经济特区 (1980, Z-1-3).
  sub_provincial_city,           ///< 副省级城市 (1994).
  municipality,                  ///< 直辖市: municipality directly under the central government.
  special_administrative_region  ///< 特别行政区: Hong Kong, Macao.
};

/// The vocabulary table of `designation`.
template <>
struct enum_traits<designation> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "designation";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<designation>, 7> table{{
      {designation::small_medium_city, "small_medium_city", "Small or medium city", "中小城市"},
      {designation::coastal_open_city, "coastal_open_city", "Coastal open city", "沿海开放城市"},
      {designation::provincial_capital, "provincial_capital", "Provincial capital", "省会城市"},
      {designation::special_economic_zone, "special_economic_zone", "Special economic zone", "经济特区"},
      {designation::sub_provincial_city, "sub_provincial_city", "Sub-provincial city", "副省级城市"},
      {designation::municipality, "municipality", "Municipality directly under the central government", "直辖市"},
      {designation::special_administrative_region, "special_administrative_region", "Special administrative region",
       "特别行政区"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of designations (also used as a set of tiers).
using designation_set = enum_set<designation>;

/**
 * @brief One designation a city holds, with the dates it took effect and ended.
 *
 * `since` and `until` are partial dates, because the record is often known
 * only to the year ("1949") or month ("1980-10").
 *
 * @par In force on a date
 * A record is in force on day `d` when it has begun and not yet ended:
 * - begun: `since` is unknown, or `since.last_day() <= d`. A start known only
 *   to the year or month counts from the *last* day of that period
 *   (assumption: the library never grants a tier before it is certain);
 *   an unknown start counts as long ago (assumption: the gazetteer leaves a
 *   start unknown only where DOMAIN.md gives none, for long-standing
 *   designations such as most provincial capitals, and a caller's own record
 *   means "held now"). Where a founding date is known the record carries it:
 *   Haikou is Hainan's capital from 1988-04-13, the day the province was
 *   created, and before it holds no designation.
 * - A designation counts from the day of the decision that made it (an NPC
 *   decision, a central document), or from a later day the decision itself
 *   names; not from a later launch. Chongqing is a municipality from the NPC
 *   decision of 1997-03-14, not its launch on 1997-06-18 (docs/model.md).
 * - not ended: `until` is absent, or `d < until.first_day()`; the end date is
 *   the first day on which the designation no longer holds.
 */
struct designation_record {
  citydip::designation designation = citydip::designation::small_medium_city;  ///< The designation.
  std::optional<partial_date> since{};  ///< When it took effect; absent: unknown.
  std::optional<partial_date> until{};  ///< First day it no longer held; absent: still held.
  std::string source{};                 ///< Where the record comes from (free text, may be empty).

  /// @return whether the record is in force on @p d (see the class notes).
  constexpr bool in_force_on(date d) const noexcept {
    if (since && d < since->last_day()) return false;
    if (until && !(d < until->first_day())) return false;
    return true;
  }

  /// Equality of every field.
  friend bool operator==(const designation_record&, const designation_record&) = default;
};

/**
 * @brief The designations of @p records in force on @p d.
 */
constexpr designation_set designations_on(std::span<const designation_record> records, date d) noexcept {
  designation_set held{};
  for (const auto& r : records) {
    if (r.in_force_on(d)) held.insert(r.designation);
  }
  return held;
}

/**
 * @brief The tier of a city holding @p records on @p d: its highest designation
 *        in force, or `small_medium_city` when none is (Z-2.2-6).
 */
constexpr designation tier_on(std::span<const designation_record> records, date d) noexcept {
  designation best = designation::small_medium_city;
  for (const auto& r : records) {
    if (r.in_force_on(d) && r.designation > best) best = r.designation;
  }
  return best;
}

CITYDIP_END_NAMESPACE

#endif
