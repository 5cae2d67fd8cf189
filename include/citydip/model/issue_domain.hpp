/**
 * @file issue_domain.hpp
 * @brief The issue domain an activity concerns, sovereign or not.
 */
#ifndef CITYDIP_MODEL_ISSUE_DOMAIN_HPP
#define CITYDIP_MODEL_ISSUE_DOMAIN_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief The field an activity is about (事务领域).
 *
 * City diplomacy centres on non-sovereign affairs (Z-2.1-1, Z-2.1-2); the last
 * five enumerators are sovereign affairs, reserved to state diplomacy.
 */
enum class issue_domain : std::uint8_t {
  economy_trade,            ///< 经济贸易.
  investment,               ///< 投资.
  finance,                  ///< 金融.
  culture,                  ///< 文化.
  education,                ///< 教育.
  science_technology,       ///< 科技.
  tourism,                  ///< 旅游.
  environment_climate,      ///< 环境与气候.
  public_health,            ///< 公共卫生.
  urban_governance,         ///< 城市治理.
  sports,                   ///< 体育.
  people_to_people,         ///< 人文交流.
  shipping_communications,  ///< 航运与通讯.
  sovereignty_territory,    ///< 主权与领土 (sovereign).
  military_security,        ///< 军事安全 (sovereign).
  consular_protection,      ///< 领事保护 (sovereign).
  internal_affairs,         ///< 内政 (sovereign).
  counter_terrorism         ///< 反恐 (sovereign).
};

/// The vocabulary table of `issue_domain`.
template <>
struct enum_traits<issue_domain> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "issue_domain";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<issue_domain>, 18> table{{
      {issue_domain::economy_trade, "economy_trade", "Economy and trade", "经济贸易"},
      {issue_domain::investment, "investment", "Investment", "投资"},
      {issue_domain::finance, "finance", "Finance", "金融"},
      {issue_domain::culture, "culture", "Culture", "文化"},
      {issue_domain::education, "education", "Education", "教育"},
      {issue_domain::science_technology, "science_technology", "Science and technology", "科技"},
      {issue_domain::tourism, "tourism", "Tourism", "旅游"},
      {issue_domain::environment_climate, "environment_climate", "Environment and climate", "环境与气候"},
      {issue_domain::public_health, "public_health", "Public health", "公共卫生"},
      {issue_domain::urban_governance, "urban_governance", "Urban governance", "城市治理"},
      {issue_domain::sports, "sports", "Sports", "体育"},
      {issue_domain::people_to_people, "people_to_people", "People-to-people exchange", "人文交流"},
      {issue_domain::shipping_communications, "shipping_communications", "Shipping and communications", "航运与通讯"},
      {issue_domain::sovereignty_territory, "sovereignty_territory", "Sovereignty and territory", "主权与领土"},
      {issue_domain::military_security, "military_security", "Military security", "军事安全"},
      {issue_domain::consular_protection, "consular_protection", "Consular protection", "领事保护"},
      {issue_domain::internal_affairs, "internal_affairs", "China's internal affairs", "中国内政"},
      {issue_domain::counter_terrorism, "counter_terrorism", "Counter-terrorism", "反恐"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of issue domains.
using issue_domain_set = enum_set<issue_domain>;

/// @return whether @p d is a sovereign affair, reserved to state diplomacy (Z-2.1-1).
constexpr bool is_sovereign(issue_domain d) noexcept { return d >= issue_domain::sovereignty_territory; }

/// The sovereign domains.
inline constexpr issue_domain_set sovereign_domains{issue_domain::sovereignty_territory,
                                                    issue_domain::military_security, issue_domain::consular_protection,
                                                    issue_domain::internal_affairs, issue_domain::counter_terrorism};

CITYDIP_END_NAMESPACE

#endif
