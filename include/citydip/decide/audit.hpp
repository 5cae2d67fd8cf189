/**
 * @file audit.hpp
 * @brief The institutional audit: a city's institutions against the paper's
 *        recommendations (Z-3, Z-4), and its standing under a rulebook.
 *
 * The paper's argument: standing (名分) sets the ceiling of a city's diplomacy
 * and institutional design decides how close the city gets to it (Z-2.2-6,
 * Z-3-1). `audit` gives both halves.
 */
#ifndef CITYDIP_DECIDE_AUDIT_HPP
#define CITYDIP_DECIDE_AUDIT_HPP

#include <citydip/config.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/rulebook.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief The parts of a city-diplomacy institution the audit looks at: the
 *        three layers (Z-3.1 – Z-3.3) and the five priorities (Z-4.1 – Z-4.5).
 */
enum class pillar : std::uint8_t {
  spirit,            ///< 城市精神 (Z-3.1).
  structure,         ///< 外交体制 (Z-3.2).
  mechanisms,        ///< 运行机制 (Z-3.3).
  legislation,       ///< 立法 (Z-4.1): reported as standing, a demand on national law.
  responsibilities,  ///< 明责 (Z-4.2).
  strategy,          ///< 制略 (Z-4.3).
  institutions,      ///< 建制 (Z-4.4).
  guarantees         ///< 保障 (Z-4.5).
};

/// The vocabulary table of `pillar`.
template <>
struct enum_traits<pillar> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "pillar";
  /// One row per enumerator, in order: id, English name, Chinese name, the paper section it rests on.
  static constexpr std::array<detail::enum_entry<pillar>, 8> table{{
      {pillar::spirit, "spirit", "City spirit", "城市精神", "Z-3.1"},
      {pillar::structure, "structure", "Foreign-affairs structure", "外交体制", "Z-3.2"},
      {pillar::mechanisms, "mechanisms", "Operating mechanisms", "运行机制", "Z-3.3"},
      {pillar::legislation, "legislation", "Legislation", "立法", "Z-4.1"},
      {pillar::responsibilities, "responsibilities", "Responsibilities", "明责", "Z-4.2"},
      {pillar::strategy, "strategy", "Strategy", "制略", "Z-4.3"},
      {pillar::institutions, "institutions", "Institution-building", "建制", "Z-4.4"},
      {pillar::guarantees, "guarantees", "Guarantees", "保障", "Z-4.5"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// Whether a recommendation is met.
enum class finding_status : std::uint8_t {
  met,     ///< Known to be met.
  unmet,   ///< Known not to be met.
  unknown  ///< Not known: never counted as met or unmet.
};

/// The vocabulary table of `finding_status`.
template <>
struct enum_traits<finding_status> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "finding_status";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<finding_status>, 3> table{{
      {finding_status::met, "met", "Met", "已满足"},
      {finding_status::unmet, "unmet", "Unmet", "未满足"},
      {finding_status::unknown, "unknown", "Unknown", "未知"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// How much an unmet recommendation weighs in the paper's argument (the library's reading).
enum class severity : std::uint8_t {
  low,     ///< A benchmark or a refinement.
  medium,  ///< A recommendation the paper makes.
  high     ///< What the paper calls the key or the common weakness.
};

/// The vocabulary table of `severity`.
template <>
struct enum_traits<severity> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "severity";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<severity>, 3> table{{
      {severity::low, "low", "Low", "低"},
      {severity::medium, "medium", "Medium", "中"},
      {severity::high, "high", "High", "高"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/**
 * @brief One recommendation of the paper checked against one city.
 */
struct finding {
  std::string_view id{};                            ///< Stable id, such as `fao-dual-role`.
  citydip::pillar pillar = pillar::spirit;          ///< The pillar it belongs to.
  std::string_view cite{};                          ///< The paper statement it rests on.
  citydip::severity severity = severity::medium;    ///< Its weight (the library's reading).
  finding_status status = finding_status::unknown;  ///< Met, unmet or unknown.
  std::string_view text_en{};                       ///< The recommendation, in English.
  std::string_view text_zh{};                       ///< The recommendation, in Chinese.
  std::string detail_en{};  ///< What is missing, or what of an example list it lacks (empty otherwise).
  std::string detail_zh{};  ///< The same, in Chinese.

  /// @return the recommendation in @p lang.
  std::string_view text(language lang) const noexcept { return lang == language::zh ? text_zh : text_en; }
  /// @return the detail in @p lang.
  std::string_view detail(language lang) const noexcept { return lang == language::zh ? detail_zh : detail_en; }
};

/// Counts of one pillar's findings.
struct pillar_profile {
  citydip::pillar pillar = pillar::spirit;  ///< The pillar.
  std::size_t met = 0;                      ///< Findings met.
  std::size_t unmet = 0;                    ///< Findings unmet.
  std::size_t unknown = 0;                  ///< Findings unknown.
};

/**
 * @brief What the city's tier allows under a rulebook (the ceiling, Z-2.2-6):
 *        how many activity kinds, with nothing more specified, get each verdict.
 */
struct standing {
  std::string rulebook{};                                             ///< The rulebook's name.
  citydip::date date{};                                               ///< The date.
  designation tier = designation::small_medium_city;                  ///< The city's tier then.
  std::array<std::size_t, enum_count<verdict>()> kinds_by_verdict{};  ///< Indexed by `verdict`.
};

/**
 * @brief The audit of one city.
 */
struct audit_report {
  std::string city{};                                          ///< The id of the city audited.
  std::vector<finding> findings{};                             ///< Every recommendation checked, in pillar order.
  std::array<pillar_profile, enum_count<pillar>()> profile{};  ///< Counts per pillar, indexed by `pillar`.
  std::optional<citydip::standing> standing{};                 ///< Present when a rulebook was given.

  /**
   * @return the share of known findings that are met: met ÷ (met + unmet),
   *         unknown findings left out; `std::nullopt` when none is known.
   *
   * This number is the library's own weighting (every finding counts once,
   * whatever its severity), not a measure the paper defines.
   */
  CITYDIP_API std::optional<double> readiness() const noexcept;
};

/**
 * @brief Audits @p c's institutions against the paper's recommendations:
 *        city spirit defined and held as a consensus (Z-3.1); the FAO's dual
 *        role and its director's seat at the standing committee (Z-3.2-4); a
 *        New York-style international affairs office (Z-3.2-2); overseas
 *        offices, government-level coordination and reporting to the MFA
 *        (Z-3.3); the three services (Z-4.2); an internationalisation strategy
 *        (Z-4.3); a leading group headed by the executive vice mayor, a
 *        coordination committee covering Z-4.4's departments, and working
 *        rules (Z-4.4); the mayor as first responsible person, a professional
 *        team, a budget and infrastructure (Z-4.5). An unknown field gives an
 *        unknown finding, never a pass or a fail.
 */
CITYDIP_API audit_report audit(const city& c);

/**
 * @brief `audit(c)`, plus the city's standing under @p book on @p on.
 */
CITYDIP_API audit_report audit(const rulebook& book, const city& c, date on);

CITYDIP_END_NAMESPACE

#endif
