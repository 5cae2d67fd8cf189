/**
 * @file body.hpp
 * @brief The bodies that approve, receive reports, mandate or coordinate.
 */
#ifndef CITYDIP_MODEL_BODY_HPP
#define CITYDIP_MODEL_BODY_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief An institution that approves, is reported to, mandates or
 *        coordinates a city's foreign activity (机构).
 */
enum class body : std::uint8_t {
  state_council,                    ///< 国务院 (Constitution Art. 89; Z-1-4).
  central_people_government,        ///< 中央人民政府 (Z-2.2-5; Hong Kong Basic Law Art. 156).
  central_foreign_affairs_office,   ///< 中央外办 (Z-1-6).
  mfa,                              ///< 外交部, Ministry of Foreign Affairs (Z-1-5, Z-3.3-3).
  mfa_special_commissioner,         ///< 外交部特派员 sent to important cities (Z-4.4).
  cpaffc,                           ///< 中国人民对外友好协会, CPAFFC (Z-0-2, Z-1-5).
  cifca,                            ///< 中国国际友好城市联合会, CIFCA (Z-0-2, Z-4.4).
  ministry_of_commerce,             ///< 商务部.
  ministry_of_public_security,      ///< 公安部 (Z-3.3-1).
  national_tourism_administration,  ///< 国家旅游局 (Z-3.3-1).
  provincial_government,            ///< 省级人民政府.
  provincial_fao,  ///< 省级外事办公室: the FAO at provincial level; for a municipality (直辖市), which is itself
                   ///< provincial-level, its own FAO.
  city_party_committee,          ///< 市委.
  city_government,               ///< 市人民政府.
  city_fao,                      ///< 市外事办公室 (Z-3.2-3).
  city_diplomacy_leading_group,  ///< 城市外交工作领导小组 (Z-4.4).
  coordination_committee         ///< 跨部门协调委员会 (Z-4.4).
};

/// The vocabulary table of `body`.
template <>
struct enum_traits<body> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "body";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<body>, 17> table{{
      {body::state_council, "state_council", "State Council", "国务院"},
      {body::central_people_government, "central_people_government", "Central People's Government", "中央人民政府"},
      {body::central_foreign_affairs_office, "central_foreign_affairs_office", "Central Foreign Affairs Office",
       "中央外办"},
      {body::mfa, "mfa", "Ministry of Foreign Affairs", "外交部"},
      {body::mfa_special_commissioner, "mfa_special_commissioner", "MFA special commissioner", "外交部特派员"},
      {body::cpaffc, "cpaffc", "Chinese People's Association for Friendship with Foreign Countries",
       "中国人民对外友好协会"},
      {body::cifca, "cifca", "China International Friendship Cities Association", "中国国际友好城市联合会"},
      {body::ministry_of_commerce, "ministry_of_commerce", "Ministry of Commerce", "商务部"},
      {body::ministry_of_public_security, "ministry_of_public_security", "Ministry of Public Security", "公安部"},
      {body::national_tourism_administration, "national_tourism_administration", "National Tourism Administration",
       "国家旅游局"},
      {body::provincial_government, "provincial_government", "Provincial government", "省级人民政府"},
      {body::provincial_fao, "provincial_fao", "Provincial-level foreign affairs office", "省级外事办公室"},
      {body::city_party_committee, "city_party_committee", "City party committee", "市委"},
      {body::city_government, "city_government", "City government", "市人民政府"},
      {body::city_fao, "city_fao", "City foreign affairs office", "市外事办公室"},
      {body::city_diplomacy_leading_group, "city_diplomacy_leading_group", "City diplomacy leading group",
       "城市外交工作领导小组"},
      {body::coordination_committee, "coordination_committee", "Cross-department coordination committee",
       "跨部门协调委员会"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of bodies.
using body_set = enum_set<body>;

/**
 * @brief How central a body is: where it stands between the city and the
 *        centre. A what-if query orders remedies that take as many changes
 *        by the most central body they involve, the least central first.
 *
 * The grouping is the library's (assumption: the paper ranks the bodies only
 * by the level of government each belongs to, Z-1-5 and Z-2.2-2): the city's
 * own organs, the province's, national bodies (the ministries, the MFA's
 * special commissioner, CPAFFC and CIFCA) and the central leadership (the
 * State Council, the Central People's Government and the Central Foreign
 * Affairs Office, the level a central mandate comes from).
 */
enum class body_level : std::uint8_t {
  city,               ///< The city's own organs.
  provincial,         ///< The provincial government and its FAO.
  national,           ///< Ministries and national bodies.
  central_leadership  ///< The State Council, the Central People's Government, the Central Foreign Affairs Office.
};

/// @return the level of @p b (see `body_level`).
constexpr body_level level_of(body b) noexcept {
  switch (b) {
    case body::state_council:
    case body::central_people_government:
    case body::central_foreign_affairs_office: return body_level::central_leadership;
    case body::mfa:
    case body::mfa_special_commissioner:
    case body::cpaffc:
    case body::cifca:
    case body::ministry_of_commerce:
    case body::ministry_of_public_security:
    case body::national_tourism_administration: return body_level::national;
    case body::provincial_government:
    case body::provincial_fao: return body_level::provincial;
    case body::city_party_committee:
    case body::city_government:
    case body::city_fao:
    case body::city_diplomacy_leading_group:
    case body::coordination_committee: return body_level::city;
  }
  return body_level::city;
}

CITYDIP_END_NAMESPACE

#endif
