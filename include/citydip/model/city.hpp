/**
 * @file city.hpp
 * @brief A city and its city-diplomacy institutions: city spirit,
 *        foreign-affairs structure, operating mechanisms and guarantees.
 */
#ifndef CITYDIP_MODEL_CITY_HPP
#define CITYDIP_MODEL_CITY_HPP

#include <citydip/config.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/fact.hpp>
#include <citydip/model/issue_domain.hpp>
#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace citydip {

/**
 * @brief City spirit (城市精神), the value layer of a city-diplomacy
 *        institution and the "baton" for the other two (Z-3.1, Z-3-2).
 *
 * Every field absent or `fact::unknown` means "not known".
 */
struct city_spirit {
  /// The values the spirit names, as the source gives them (for example
  /// Beijing's 爱国, 创新, 包容, 厚德; Z-3.1-2). Absent: unknown.
  std::optional<std::vector<std::string>> values{};
  /// The spirit's motto as one phrase. Absent: unknown.
  std::optional<std::string> motto{};
  /// Whether the spirit is held as a city consensus (Z-3.1-3).
  fact consensus = fact::unknown;

  /// Equality of every field.
  friend bool operator==(const city_spirit&, const city_spirit&) = default;
};

/**
 * @brief How a city government is formed (Z-3.2-1), plus the Chinese form of
 *        a government led by the party committee (Z-3.2-3).
 */
enum class governance_form : std::uint8_t {
  council,               ///< 市议会制.
  council_mayor,         ///< 议会市长制.
  mayor_council,         ///< 市长议会制.
  commission,            ///< 市委员会制.
  city_manager,          ///< 市经理制.
  party_led_government   ///< 党委领导下的政府体系 (Chinese cities; Z-3.2-3).
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
      {governance_form::party_led_government, "party_led_government", "Government led by the party committee", "党委领导下的政府体系"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/**
 * @brief A city office-holder, as the head of a leading group's office.
 */
enum class official : std::uint8_t {
  party_secretary,       ///< 市委书记.
  mayor,                 ///< 市长.
  executive_vice_mayor,  ///< 常务副市长 (the paper's choice, Z-4.4).
  vice_mayor,            ///< 副市长.
  fao_director,          ///< 外办主任.
  other                  ///< Someone else.
};

/// The vocabulary table of `official`.
template <>
struct enum_traits<official> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "official";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<official>, 6> table{{
      {official::party_secretary, "party_secretary", "Party secretary", "市委书记"},
      {official::mayor, "mayor", "Mayor", "市长"},
      {official::executive_vice_mayor, "executive_vice_mayor", "Executive vice mayor", "常务副市长"},
      {official::vice_mayor, "vice_mayor", "Vice mayor", "副市长"},
      {official::fao_director, "fao_director", "Director of the foreign affairs office", "外办主任"},
      {official::other, "other", "Other", "其他"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/**
 * @brief A city department with foreign-facing work, as named for the
 *        coordination committee (Z-4.4) and government-level coordination
 *        (Z-3.3-2).
 */
enum class department : std::uint8_t {
  foreign_affairs,          ///< 外事.
  commerce,                 ///< 商务.
  overseas_chinese_affairs, ///< 侨务.
  development_reform,       ///< 发改委.
  public_security,          ///< 公安.
  culture,                  ///< 文化.
  environment,              ///< 环境.
  customs,                  ///< 海关.
  quality_inspection,       ///< 质检.
  external_publicity,       ///< 外宣.
  cppcc_foreign_affairs,    ///< 政协外事委.
  education,                ///< 教育.
  science_technology,       ///< 科技.
  tourism                   ///< 旅游.
};

/// The vocabulary table of `department`.
template <>
struct enum_traits<department> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "department";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<department>, 14> table{{
      {department::foreign_affairs, "foreign_affairs", "Foreign affairs", "外事"},
      {department::commerce, "commerce", "Commerce", "商务"},
      {department::overseas_chinese_affairs, "overseas_chinese_affairs", "Overseas Chinese affairs", "侨务"},
      {department::development_reform, "development_reform", "Development and reform", "发展改革"},
      {department::public_security, "public_security", "Public security", "公安"},
      {department::culture, "culture", "Culture", "文化"},
      {department::environment, "environment", "Environment", "环境"},
      {department::customs, "customs", "Customs", "海关"},
      {department::quality_inspection, "quality_inspection", "Quality inspection", "质检"},
      {department::external_publicity, "external_publicity", "External publicity", "外宣"},
      {department::cppcc_foreign_affairs, "cppcc_foreign_affairs", "CPPCC foreign affairs committee", "政协外事委"},
      {department::education, "education", "Education", "教育"},
      {department::science_technology, "science_technology", "Science and technology", "科技"},
      {department::tourism, "tourism", "Tourism", "旅游"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of departments.
using department_set = enum_set<department>;

/// The departments Z-4.4 names for a city's cross-department coordination committee.
inline constexpr department_set coordination_committee_departments{
    department::foreign_affairs, department::commerce, department::overseas_chinese_affairs,
    department::development_reform, department::public_security, department::culture,
    department::environment, department::customs, department::quality_inspection};

/**
 * @brief A function of a New York-style mayor's office for international
 *        affairs (Z-3.2-2).
 */
enum class international_office_function : std::uint8_t {
  liaise_foreign_governments,   ///< 联络外国政府.
  liaise_united_nations,        ///< 联络联合国.
  liaise_national_government,   ///< 联络本国外交部门 (the State Department, for New York).
  advise_city_agencies,         ///< 就外交和领事事务对市政机构提供咨询.
  advise_diplomatic_missions,   ///< 为外交和领事机构提供建议.
  handle_foreign_crises,        ///< 处理突发性涉外危机和紧急事件.
  assist_foreign_business,      ///< 协助外资企业.
  build_city_partnerships       ///< 推动建立城市伙伴关系.
};

/// The vocabulary table of `international_office_function`.
template <>
struct enum_traits<international_office_function> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "international_office_function";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<international_office_function>, 8> table{{
      {international_office_function::liaise_foreign_governments, "liaise_foreign_governments", "Liaises with foreign governments", "联络外国政府"},
      {international_office_function::liaise_united_nations, "liaise_united_nations", "Liaises with the United Nations", "联络联合国"},
      {international_office_function::liaise_national_government, "liaise_national_government", "Liaises with the national foreign ministry", "联络本国外交部门"},
      {international_office_function::advise_city_agencies, "advise_city_agencies", "Advises city agencies on diplomatic and consular matters", "就外交和领事事务对市政机构提供咨询"},
      {international_office_function::advise_diplomatic_missions, "advise_diplomatic_missions", "Advises diplomatic and consular missions", "为外交和领事机构提供建议"},
      {international_office_function::handle_foreign_crises, "handle_foreign_crises", "Handles foreign crises and emergencies", "处理突发性涉外危机和紧急事件"},
      {international_office_function::assist_foreign_business, "assist_foreign_business", "Helps foreign firms", "协助外资企业"},
      {international_office_function::build_city_partnerships, "build_city_partnerships", "Builds city partnerships", "推动建立城市伙伴关系"},
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

/**
 * @brief An office a city keeps abroad (海外办事处, Z-3.3-1).
 */
struct overseas_office {
  std::optional<std::string> name{};            ///< The office's name. Absent: unknown.
  std::optional<std::string> host{};            ///< Host country or city. Absent: unknown.
  std::optional<issue_domain_set> purposes{};   ///< What it works on. Absent: unknown.
  fact privileges_and_immunities = fact::unknown;  ///< Whether it has privileges and immunities.
  std::optional<partial_date> since{};          ///< When it opened. Absent: unknown.

  /// Equality of every field.
  friend bool operator==(const overseas_office&, const overseas_office&) = default;
};

/**
 * @brief Operating mechanisms (运行机制): the procedures through which
 *        foreign policy is carried out (Z-3.3).
 */
struct operating_mechanisms {
  /// Internal-external interaction: the offices kept abroad (Z-3.3-1).
  /// Absent: unknown; an empty list: known to have none.
  std::optional<std::vector<overseas_office>> overseas_offices{};
  /// Government-level coordination across departments (Z-3.3-2).
  fact government_level_coordination = fact::unknown;
  /// The departments it covers. Absent: unknown.
  std::optional<department_set> coordinated_departments{};
  /// Central-local coordination: the city reports to and asks instructions
  /// of the MFA (请示、报告; Z-3.3-3).
  fact reports_to_mfa = fact::unknown;
  /// Membership of international organisations under a regional name such as
  /// "Hong Kong, China" (Z-3.3-1). Absent: unknown.
  std::optional<std::vector<std::string>> memberships_under_regional_name{};

  /// Equality of every field.
  friend bool operator==(const operating_mechanisms&, const operating_mechanisms&) = default;
};

/**
 * @brief Guarantees (保障): people, budget and infrastructure (Z-4.5).
 */
struct guarantees {
  fact mayor_first_responsible = fact::unknown;  ///< The mayor is the first responsible person.
  fact professional_team = fact::unknown;        ///< A professional team working on issues, not protocol.
  fact dedicated_budget = fact::unknown;         ///< A budget for city diplomacy.
  fact infrastructure = fact::unknown;           ///< Offices, information network, support staff, office systems.

  /// Equality of every field.
  friend bool operator==(const guarantees&, const guarantees&) = default;
};

/**
 * @brief Responsibilities, strategy and working rules (明责、制略、建制;
 *        Z-4.2 – Z-4.4): what the paper asks a city to settle beyond its
 *        structure and mechanisms.
 */
struct programme {
  /// The city's foreign work is defined by the "three services": the centre's
  /// overall diplomacy, local development, and local international exchange (Z-4.2).
  fact three_services = fact::unknown;
  /// The city has an internationalisation strategy (国际化战略, Z-4.3).
  fact internationalisation_strategy = fact::unknown;
  /// The FAO has a real say in that strategy, rather than the development and
  /// reform commission drafting it alone (Z-4.3).
  fact fao_shapes_strategy = fact::unknown;
  fact personnel_rules = fact::unknown;       ///< Rules on personnel (人员, Z-4.4).
  fact finance_rules = fact::unknown;         ///< Rules on finance (财务, Z-4.4).
  fact request_report_rules = fact::unknown;  ///< Rules on requests and reports (请示报告, Z-4.4).
  fact assessment_rules = fact::unknown;      ///< Rules on assessment (考核评估, Z-4.4).
  fact supervision_rules = fact::unknown;     ///< Rules on supervision (监督检查, Z-4.4).

  /// Equality of every field.
  friend bool operator==(const programme&, const programme&) = default;
};

/**
 * @brief A city: its identity, its designations over time, and its
 *        city-diplomacy institutions.
 *
 * An aggregate: build it with designated initialisers. Institutional fields
 * left out are unknown.
 */
struct city {
  std::string id{};                                ///< Stable id: lower-case ASCII and underscores (`hong_kong`).
  std::string name_zh{};                           ///< Chinese name (香港).
  std::string name_en{};                           ///< English name (Hong Kong).
  std::optional<std::string> province{};           ///< Province it belongs to. Absent: unknown or none.
  std::vector<designation_record> designations{};  ///< Every designation it holds or held.
  city_spirit spirit{};                            ///< Value layer (Z-3.1).
  foreign_affairs_structure structure{};           ///< Organisational layer (Z-3.2).
  operating_mechanisms mechanisms{};               ///< Procedural layer (Z-3.3).
  guarantees guarantee{};                          ///< People, budget, infrastructure (Z-4.5).
  citydip::programme programme{};                 ///< Responsibilities, strategy, working rules (Z-4.2 – Z-4.4).

  /// @return the city's tier on @p d: its highest designation in force (Z-2.2-6).
  constexpr designation tier_on(date d) const noexcept { return citydip::tier_on(designations, d); }
  /// @return the designations in force on @p d.
  constexpr designation_set designations_on(date d) const noexcept { return citydip::designations_on(designations, d); }

  /// Equality of every field.
  friend bool operator==(const city&, const city&) = default;
};

/// @return whether @p id is a well-formed city id: non-empty lower-case ASCII letters, digits and underscores.
CITYDIP_API bool is_valid_city_id(std::string_view id) noexcept;

}  // namespace citydip

#endif
