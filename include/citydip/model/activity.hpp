/**
 * @file activity.hpp
 * @brief A proposed foreign activity of a city.
 */
#ifndef CITYDIP_MODEL_ACTIVITY_HPP
#define CITYDIP_MODEL_ACTIVITY_HPP

#include <citydip/config.hpp>

#include <citydip/model/activity_flag.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/counterpart.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/issue_domain.hpp>

#include <optional>
#include <string>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A foreign activity a city proposes, described by the attributes
 *        rules test (DESIGN: rule semantics).
 *
 * An aggregate: build it with designated initialisers. The city is not part
 * of the activity; it is passed to `decide` beside it.
 *
 * @par Example
 * @code
 * citydip::activity a{.kind = citydip::activity_kind::overseas_office,
 *                     .domain = citydip::issue_domain::investment,
 *                     .counterpart = citydip::counterpart::foreign_local_government,
 *                     .date = citydip::date::from_ymd(2016, 1, 1)};
 * @endcode
 */
struct activity {
  std::string id{};  ///< Caller's id, echoed in the decision's JSON. May be empty.
  activity_kind kind = activity_kind::receive_foreign_delegation;  ///< What it is.
  std::optional<issue_domain>
      domain{};  ///< What it is about. Absent: unspecified; matches only rules with no domain condition.
  std::optional<citydip::counterpart>
      counterpart{};                      ///< Who is on the other side. Absent: unspecified, as for `domain`.
  bool touches_internal_affairs = false;  ///< Lets foreign actors touch China's internal affairs (Z-2.2-3).
  bool has_central_mandate = false;       ///< Carried out under the central government's mandate (Z-2.2-4).
  bool uses_regional_name = false;        ///< Acts as "Hong Kong, China" / "Macao, China" (Z-3.3-1).
  bool legally_binding = false;           ///< Creates obligations binding in law.
  body_set obtained{};                    ///< Approvals already obtained.
  std::optional<citydip::date> date{};    ///< When it takes place. Absent: today.

  /// @return the flag @p f: one of the four `bool` members, by its vocabulary id.
  constexpr bool flag(activity_flag f) const noexcept {
    switch (f) {
      case activity_flag::touches_internal_affairs: return touches_internal_affairs;
      case activity_flag::has_central_mandate: return has_central_mandate;
      case activity_flag::uses_regional_name: return uses_regional_name;
      case activity_flag::legally_binding: return legally_binding;
    }
    return false;
  }
  /// Sets the flag @p f to @p value.
  constexpr void set_flag(activity_flag f, bool value) noexcept {
    switch (f) {
      case activity_flag::touches_internal_affairs: touches_internal_affairs = value; return;
      case activity_flag::has_central_mandate: has_central_mandate = value; return;
      case activity_flag::uses_regional_name: uses_regional_name = value; return;
      case activity_flag::legally_binding: legally_binding = value; return;
    }
  }
};

CITYDIP_END_NAMESPACE

#endif
