/**
 * @file activity_kind.hpp
 * @brief The kinds of foreign activity a city may propose.
 */
#ifndef CITYDIP_MODEL_ACTIVITY_KIND_HPP
#define CITYDIP_MODEL_ACTIVITY_KIND_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief What a proposed foreign activity is (涉外活动类型).
 *
 * The list follows the practice and proposals of the paper: sister cities
 * (Z-0-1), delegations and outbound approval (Z-1-5), trade, investment,
 * education, culture and tourism (Z-1-2), overseas offices (Z-3.3-1), mega
 * events (Z-2.2-4), high politics (Z-2.1-2), residents abroad (Z-2.2-5),
 * city networks and global governance (Z-4.2, Z-4.3), and a foreign city's
 * office in a Chinese city (Z-3.3-1: Los Angeles's tourism office, London's
 * investment office). Kinds are only ever appended, so a kind's value stays.
 */
enum class activity_kind : std::uint8_t {
  sister_city_agreement,                     ///< 缔结友好城市（友好省州）关系.
  city_cooperation_agreement,                ///< 城市间合作协议 (non-treaty).
  international_agreement,                   ///< 国际协定 with a state, region or international organisation.
  receive_foreign_delegation,                ///< 接待外国来访团组.
  outbound_delegation,                       ///< 因公出访团组.
  investment_promotion,                      ///< 招商引资.
  trade_fair,                                ///< 国际经贸展会.
  cultural_exchange,                         ///< 文化交流.
  education_exchange,                        ///< 教育交流.
  tourism_promotion,                         ///< 旅游推广.
  overseas_office,                           ///< 设立海外办事处.
  host_mega_event,                           ///< 申办、举办奥运会、世博会、亚运会等大型国际活动.
  host_state_diplomatic_event,               ///< 承办国家重大外交活动.
  join_city_network,                         ///< 加入国际城市网络.
  international_organization_participation,  ///< 参与国际组织事务.
  protect_residents_abroad,                  ///< 保护海外侨民和法人.
  foreign_crisis_response,                   ///< 处置涉外突发事件.
  global_governance_initiative,              ///< 全球治理倡议 (climate, water, smog).
  security_cooperation,                      ///< 安全合作.
  conflict_mediation,                        ///< 调停地区热点.
  arms_control_engagement,                   ///< 裁军与军备控制事务.
  ngo_cooperation,                           ///< 与境外非政府组织合作.
  public_diplomacy,                          ///< 公共外交.
  consular_liaison,                          ///< 与驻地领事机构联络.
  overseas_chinese_affairs,                  ///< 侨务.
  host_foreign_city_office                   ///< 外国城市在本市设立办事处 (Z-3.3-1).
};

/// The vocabulary table of `activity_kind`.
template <>
struct enum_traits<activity_kind> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "activity_kind";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<activity_kind>, 26> table{{
      {activity_kind::sister_city_agreement, "sister_city_agreement", "Sister-city agreement", "缔结友好城市关系"},
      {activity_kind::city_cooperation_agreement, "city_cooperation_agreement", "City cooperation agreement",
       "城市合作协议"},
      {activity_kind::international_agreement, "international_agreement", "International agreement", "国际协定"},
      {activity_kind::receive_foreign_delegation, "receive_foreign_delegation", "Receiving a foreign delegation",
       "接待外国来访团组"},
      {activity_kind::outbound_delegation, "outbound_delegation", "Outbound delegation", "因公出访"},
      {activity_kind::investment_promotion, "investment_promotion", "Investment promotion", "招商引资"},
      {activity_kind::trade_fair, "trade_fair", "Trade fair", "国际经贸展会"},
      {activity_kind::cultural_exchange, "cultural_exchange", "Cultural exchange", "文化交流"},
      {activity_kind::education_exchange, "education_exchange", "Education exchange", "教育交流"},
      {activity_kind::tourism_promotion, "tourism_promotion", "Tourism promotion", "旅游推广"},
      {activity_kind::overseas_office, "overseas_office", "Overseas office", "设立海外办事处"},
      {activity_kind::host_mega_event, "host_mega_event", "Bidding for or hosting a mega event",
       "申办或举办大型国际活动"},
      {activity_kind::host_state_diplomatic_event, "host_state_diplomatic_event", "Hosting a state diplomatic event",
       "承办国家重大外交活动"},
      {activity_kind::join_city_network, "join_city_network", "Joining a city network", "加入国际城市网络"},
      {activity_kind::international_organization_participation, "international_organization_participation",
       "Participation in an international organisation", "参与国际组织事务"},
      {activity_kind::protect_residents_abroad, "protect_residents_abroad", "Protecting residents abroad",
       "保护海外侨民和法人"},
      {activity_kind::foreign_crisis_response, "foreign_crisis_response", "Foreign crisis response",
       "处置涉外突发事件"},
      {activity_kind::global_governance_initiative, "global_governance_initiative", "Global governance initiative",
       "全球治理倡议"},
      {activity_kind::security_cooperation, "security_cooperation", "Security cooperation", "安全合作"},
      {activity_kind::conflict_mediation, "conflict_mediation", "Conflict mediation", "调停地区热点"},
      {activity_kind::arms_control_engagement, "arms_control_engagement", "Arms control engagement",
       "裁军与军备控制事务"},
      {activity_kind::ngo_cooperation, "ngo_cooperation", "Cooperation with a foreign NGO", "与境外非政府组织合作"},
      {activity_kind::public_diplomacy, "public_diplomacy", "Public diplomacy", "公共外交"},
      {activity_kind::consular_liaison, "consular_liaison", "Consular liaison", "领事联络"},
      {activity_kind::overseas_chinese_affairs, "overseas_chinese_affairs", "Overseas Chinese affairs", "侨务"},
      {activity_kind::host_foreign_city_office, "host_foreign_city_office", "Hosting a foreign city's office",
       "外国城市在本市设立办事处"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of activity kinds.
using activity_kind_set = enum_set<activity_kind>;

CITYDIP_END_NAMESPACE

#endif
