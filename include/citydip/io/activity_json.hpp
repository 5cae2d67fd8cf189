/**
 * @file activity_json.hpp
 * @brief Activities in JSON, with the city they are for.
 *
 * An activity (DESIGN: JSON contract):
 * @code{.json}
 * {"id": "a1", "city": "shenzhen", "activity": "overseas_office",
 *  "domain": "investment", "counterpart": "foreign_local_government",
 *  "touches_internal_affairs": false, "has_central_mandate": false,
 *  "uses_regional_name": false, "legally_binding": false,
 *  "obtained": ["provincial_fao"], "date": "2016-01-01"}
 * @endcode
 * `city` is a gazetteer id or name (Chinese or English), or a city object
 * (see city_json.hpp). Only `city` and `activity` are required; the flags
 * default to false, `obtained` to none, `date` to the reader's default date
 * (today unless told otherwise).
 */
#ifndef CITYDIP_IO_ACTIVITY_JSON_HPP
#define CITYDIP_IO_ACTIVITY_JSON_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/date.hpp>

#include <optional>
#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief An activity and the city it is for, as read from JSON.
 */
struct activity_record {
  activity what{};                  ///< The activity; its `date` is always set.
  const city* known = nullptr;      ///< The gazetteer city `city` named, if it named one.
  std::optional<city> described{};  ///< The city object `city` gave, if it gave one.

  /// @return the city the activity is for.
  const city& subject() const noexcept { return described ? *described : *known; }
};

/**
 * @brief How to read activities.
 */
struct activity_read_options {
  std::string_view file{};             ///< Name for diagnostics.
  std::optional<date> default_date{};  ///< Date of activities without one; absent: today.
};

/**
 * @brief Reads one activity object.
 * @return the record, or every problem found, each with line, column and JSON
 *         path: a missing `city` or `activity`, an unknown city or id (with a
 *         suggestion), a wrong type, an impossible date, an unknown key.
 */
CITYDIP_API result<activity_record> parse_activity(std::string_view json, const activity_read_options& options = {});

/**
 * @brief Appends @p r to @p out as one compact JSON object that
 *        `parse_activity` reads back to the same activity and city. A
 *        gazetteer city is written by its id, a described city as an object.
 */
CITYDIP_API void write_activity(std::string& out, const activity_record& r);

CITYDIP_END_NAMESPACE

#endif
