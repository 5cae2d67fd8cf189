/**
 * @file foreign_affairs_structure.hpp
 * @brief Foreign-affairs structure (外交体制): who holds power over foreign affairs, and how it is organised.
 */
#ifndef CITYDIP_MODEL_FOREIGN_AFFAIRS_STRUCTURE_HPP
#define CITYDIP_MODEL_FOREIGN_AFFAIRS_STRUCTURE_HPP

#include <citydip/config.hpp>

#include <citydip/model/department.hpp>
#include <citydip/model/fact.hpp>
#include <citydip/model/official.hpp>
#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief How a city government is formed (Z-3.2-1), plus the Chinese form of
 *        a government led by the party committee (Z-3.2-3).
 */
enum class governance_form : std::uint8_t {
  council,              ///< 市议会制.
  council_mayor,        ///< 议会市长制.
  mayor_council,        ///< 市长议会制.
  commission,           ///< 市委员会制.
  city_manager,         ///< 市经理制.
  party_led_government  ///< 党委领导下的政府体系 (Chinese cities; Z-3.2-3).
};

/// The vocabulary table of `governance_form`.
template <>
struct enum_traits<governance_form> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "governance_form";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<governance_form>, 6> table{{
      {governance_form::council, "council", "Council", "市议会制"},
      {governance_form::council_mayor, "council_mayor", "Council-mayor", "议会市长制"},
      {governance_form::mayor_council, "mayor_council", "Mayor-council", "市长议会制"},
      {governance_form::commission, "commission", "Commission", "市委员会制"},
      {governance_form::city_manager, "city_manager", "City manager", "市经理制"},
      {governance_form::party_led_government, "party_led_government", "Government led by the party committee",
       "党委领导下的政府体系"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/**
 * @brief A function of a New York-style mayor's office for international
 *        affairs (Z-3.2-2).
 */
enum class international_office_function : std::uint8_t {
  liaise_foreign_governments,  ///< 联络外国政府.
  liaise_united_nations,       ///< 联络联合国.
  liaise_national_government,  ///< 联络本国外交部门 (the State Department, for New York).
  advise_city_agencies,        ///< 就外交和领事事务对市政机构提供咨询.
  advise_diplomatic_missions,  ///< 为外交和领事机构提供建议.
  handle_foreign_crises,       ///< 处理突发性涉外危机和紧急事件.
  assist_foreign_business,     ///< 协助外资企业.
  build_city_partnerships      ///< 推动建立城市伙伴关系.
};

/// The vocabulary table of `international_office_function`.
template <>
struct enum_traits<international_office_function> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "international_office_function";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<international_office_function>, 8> table{{
      {international_office_function::liaise_foreign_governments, "liaise_foreign_governments",
       "Liaises with foreign governments", "联络外国政府"},
      {international_office_function::liaise_united_nations, "liaise_united_nations", "Liaises with the United Nations",
       "联络联合国"},
      {international_office_function::liaise_national_government, "liaise_national_government",
       "Liaises with the national foreign ministry", "联络本国外交部门"},
      {international_office_function::advise_city_agencies, "advise_city_agencies",
       "Advises city agencies on diplomatic and consular matters", "就外交和领事事务对市政机构提供咨询"},
      {international_office_function::advise_diplomatic_missions, "advise_diplomatic_missions",
       "Advises diplomatic and consular missions", "为外交和领事机构提供建议"},
      {international_office_function::handle_foreign_crises, "handle_foreign_crises",
       "Handles foreign crises and emergencies", "处理突发性涉外危机和紧急事件"},
      {international_office_function::assist_foreign_business, "assist_foreign_business", "Helps foreign firms",
       "协助外资企业"},
      {international_office_function::build_city_partnerships, "build_city_partnerships", "Builds city partnerships",
       "推动建立城市伙伴关系"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of international-office functions.
using international_office_function_set = enum_set<international_office_function>;

/**
 * @brief Foreign-affairs structure (外交体制): the distribution of power and
 *        leadership among the bodies that handle foreign affairs (Z-3.2).
 */
struct foreign_affairs_structure {
  /// How the city government is formed (Z-3.2-1). Absent: unknown.
  std::optional<governance_form> governance{};
  /// Whether the FAO is at once the office of the party committee's
  /// foreign-affairs leading group and the government's FAO (Z-3.2-4).
  fact fao_dual_role = fact::unknown;
  /// Whether the FAO director attends the party standing committee (Z-3.2-4).
  fact fao_director_attends_standing_committee = fact::unknown;
  /// Whether the city has a city-diplomacy leading group (Z-4.4).
  fact has_leading_group = fact::unknown;
  /// Who heads the leading group's office (Z-4.4 recommends the executive
  /// vice mayor). Absent: unknown or no group.
  std::optional<official> leading_group_office_head{};
  /// Whether the city has a cross-department coordination committee (Z-4.4).
  fact has_coordination_committee = fact::unknown;
  /// The committee's member departments. Absent: unknown.
  std::optional<department_set> coordination_committee_members{};
  /// Whether the city has a New York-style office for international affairs (Z-3.2-2).
  fact has_international_affairs_office = fact::unknown;
  /// That office's functions. Absent: unknown.
  std::optional<international_office_function_set> international_affairs_office_functions{};

  /// Equality of every field.
  friend bool operator==(const foreign_affairs_structure&, const foreign_affairs_structure&) = default;
};

CITYDIP_END_NAMESPACE

#endif
