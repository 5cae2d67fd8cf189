/**
 * @file activity_flag.hpp
 * @brief The yes/no attributes of an activity, as a vocabulary.
 */
#ifndef CITYDIP_MODEL_ACTIVITY_FLAG_HPP
#define CITYDIP_MODEL_ACTIVITY_FLAG_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One of the four flags of an `activity`, named by the activity's
 *        JSON key. A what-if remedy that changes the proposal names the flag
 *        it drops (`change_kind::drop`).
 */
enum class activity_flag : std::uint8_t {
  touches_internal_affairs,  ///< `activity::touches_internal_affairs` (Z-2.2-3).
  has_central_mandate,       ///< `activity::has_central_mandate` (Z-2.2-4).
  uses_regional_name,        ///< `activity::uses_regional_name` (Z-3.3-1).
  legally_binding            ///< `activity::legally_binding`.
};

/// The vocabulary table of `activity_flag`.
template <>
struct enum_traits<activity_flag> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "activity_flag";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<activity_flag>, 4> table{{
      {activity_flag::touches_internal_affairs, "touches_internal_affairs", "Touches China's internal affairs",
       "涉及中国内政"},
      {activity_flag::has_central_mandate, "has_central_mandate", "Carried out under the central mandate",
       "在中央授权下开展"},
      {activity_flag::uses_regional_name, "uses_regional_name", "Acts under the regional name",
       "以“中国香港”“中国澳门”名义"},
      {activity_flag::legally_binding, "legally_binding", "Legally binding", "具有法律约束力"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

CITYDIP_END_NAMESPACE

#endif
