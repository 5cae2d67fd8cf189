/**
 * @file counterpart.hpp
 * @brief Who is on the other side of a foreign activity.
 */
#ifndef CITYDIP_MODEL_COUNTERPART_HPP
#define CITYDIP_MODEL_COUNTERPART_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief The foreign party of an activity (交往对象). City diplomacy deals
 *        with official and non-official bodies of other countries (Z-2.1-1)
 *        through a networked, polylateral system (Z-2.1-3).
 */
enum class counterpart : std::uint8_t {
  foreign_national_government,  ///< 外国中央政府.
  foreign_local_government,     ///< 外国地方政府.
  international_organization,   ///< 国际组织.
  city_network,                 ///< 国际城市网络.
  multinational_corporation,    ///< 跨国公司.
  foreign_ngo,                  ///< 境外非政府组织.
  foreign_media,                ///< 外国媒体.
  foreign_diplomatic_mission,   ///< 外国驻华使领馆.
  foreign_academic,             ///< 外国学术机构.
  overseas_chinese              ///< 海外侨胞.
};

/// The vocabulary table of `counterpart`.
template <>
struct enum_traits<counterpart> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "counterpart";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<counterpart>, 10> table{{
      {counterpart::foreign_national_government, "foreign_national_government", "Foreign national government",
       "外国中央政府"},
      {counterpart::foreign_local_government, "foreign_local_government", "Foreign local government", "外国地方政府"},
      {counterpart::international_organization, "international_organization", "International organisation", "国际组织"},
      {counterpart::city_network, "city_network", "City network", "国际城市网络"},
      {counterpart::multinational_corporation, "multinational_corporation", "Multinational corporation", "跨国公司"},
      {counterpart::foreign_ngo, "foreign_ngo", "Foreign NGO", "境外非政府组织"},
      {counterpart::foreign_media, "foreign_media", "Foreign media", "外国媒体"},
      {counterpart::foreign_diplomatic_mission, "foreign_diplomatic_mission", "Foreign diplomatic or consular mission",
       "外国驻华使领馆"},
      {counterpart::foreign_academic, "foreign_academic", "Foreign academic institution", "外国学术机构"},
      {counterpart::overseas_chinese, "overseas_chinese", "Overseas Chinese", "海外侨胞"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of counterparts.
using counterpart_set = enum_set<counterpart>;

CITYDIP_END_NAMESPACE

#endif
