/**
 * @file verdict.hpp
 * @brief Verdicts, classifications and outcomes of a decision.
 */
#ifndef CITYDIP_MODEL_VERDICT_HPP
#define CITYDIP_MODEL_VERDICT_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief What a city needs before it may carry out an activity, ordered from
 *        least to most restrictive. Of the rules that count for an activity,
 *        the most restrictive verdict wins.
 */
enum class verdict : std::uint8_t {
  autonomous,       ///< 自主开展: may proceed on its own.
  report,           ///< 报告/备案: may proceed, reporting to the named bodies.
  approval,         ///< 请示/审批: needs the named bodies' approval first.
  central_mandate,  ///< 中央统一领导/授权: only under the central government's leadership or mandate.
  prohibited        ///< 禁止: may not be carried out.
};

/// The vocabulary table of `verdict`.
template <>
struct enum_traits<verdict> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "verdict";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<verdict>, 5> table{{
      {verdict::autonomous, "autonomous", "May proceed on its own", "自主开展"},
      {verdict::report, "report", "May proceed, reporting to the named bodies", "报告备案后开展"},
      {verdict::approval, "approval", "Needs the named bodies' approval first", "须请示审批"},
      {verdict::central_mandate, "central_mandate", "Only under the central government's mandate",
       "须在中央统一领导或授权下开展"},
      {verdict::prohibited, "prohibited", "Prohibited", "禁止"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/**
 * @brief What kind of foreign affair an activity is (Z-2.1-1, Z-2.1-2),
 *        ordered from the most local to the most central.
 */
enum class classification : std::uint8_t {
  general_foreign_affairs,  ///< 地方外事: general local foreign affairs.
  city_diplomacy,           ///< 城市外交: city diplomacy proper.
  state_diplomacy           ///< 国家外交: reserved to the centre.
};

/// The vocabulary table of `classification`.
template <>
struct enum_traits<classification> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "classification";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<classification>, 3> table{{
      {classification::general_foreign_affairs, "general_foreign_affairs", "General local foreign affairs", "地方外事"},
      {classification::city_diplomacy, "city_diplomacy", "City diplomacy", "城市外交"},
      {classification::state_diplomacy, "state_diplomacy", "State diplomacy", "国家外交"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/**
 * @brief Where an activity stands, given the approvals and mandate it says it
 *        has obtained.
 */
enum class outcome : std::uint8_t {
  allowed,  ///< May go ahead now.
  pending,  ///< Waits for the missing approvals or the central mandate.
  denied    ///< May not go ahead (the verdict is `prohibited`).
};

/// The vocabulary table of `outcome`.
template <>
struct enum_traits<outcome> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "outcome";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<outcome>, 3> table{{
      {outcome::allowed, "allowed", "Allowed", "可以开展"},
      {outcome::pending, "pending", "Pending", "待批准"},
      {outcome::denied, "denied", "Denied", "不得开展"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

CITYDIP_END_NAMESPACE

#endif
