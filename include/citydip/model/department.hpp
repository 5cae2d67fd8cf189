/**
 * @file department.hpp
 * @brief City government departments, and the set Z-4.4 names for a coordination committee.
 */
#ifndef CITYDIP_MODEL_DEPARTMENT_HPP
#define CITYDIP_MODEL_DEPARTMENT_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A city department with foreign-facing work, as named for the
 *        coordination committee (Z-4.4) and government-level coordination
 *        (Z-3.3-2).
 */
enum class department : std::uint8_t {
  foreign_affairs,           ///< 外事.
  commerce,                  ///< 商务.
  overseas_chinese_affairs,  ///< 侨务.
  development_reform,        ///< 发改委.
  public_security,           ///< 公安.
  culture,                   ///< 文化.
  environment,               ///< 环境.
  customs,                   ///< 海关.
  quality_inspection,        ///< 质检.
  external_publicity,        ///< 外宣.
  cppcc_foreign_affairs,     ///< 政协外事委.
  education,                 ///< 教育.
  science_technology,        ///< 科技.
  tourism                    ///< 旅游.
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
    department::foreign_affairs,    department::commerce,        department::overseas_chinese_affairs,
    department::development_reform, department::public_security, department::culture,
    department::environment,        department::customs,         department::quality_inspection};

CITYDIP_END_NAMESPACE

#endif
