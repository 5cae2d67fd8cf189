/**
 * @file what_if_json.hpp
 * @brief What-if answers and standing ladders as JSON (docs/json-formats.md).
 *
 * A what-if answer is one line:
 * @code{.json}
 * {"id": "a1", "decision": {…as check writes it…},
 *  "remedies": [{"changes": [{"obtain": "mfa"}], "decision": {…}}], "omitted": 0}
 * @endcode
 * with `"prohibition": {"red_lines": […], "lifted_by": [REMEDY…], "omitted": N}`
 * added for a prohibited activity. A change is one of `{"obtain": BODY}`,
 * `{"mandate": true}`, `{"tier": DESIGNATION}`, `{"drop": FLAG}`,
 * `{"domain": ID}`, `{"counterpart": ID}`, `{"date_from": DATE|null,
 * "date_to": DATE|null}` or `{"rulebook": NAME}`.
 */
#ifndef CITYDIP_IO_WHAT_IF_JSON_HPP
#define CITYDIP_IO_WHAT_IF_JSON_HPP

#include <citydip/config.hpp>
#include <citydip/decide/ladder.hpp>
#include <citydip/decide/what_if.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/vocabulary.hpp>

#include <span>
#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief How `write_what_if`, `write_remedy` and `write_ladder` write.
 */
struct what_if_write_options {
  std::string_view id{};         ///< The activity's id; written as `null` when empty.
  std::string_view city{};       ///< The city's id.
  language lang = language::en;  ///< The language of the reason texts.
};

/// Appends @p c as a change object: `{"obtain": "mfa"}`, `{"tier": …}`, ...
CITYDIP_API void write_change(std::string& out, const change& c);

/// Appends @p r as `{"changes": […], "decision": {…}}`.
CITYDIP_API void write_remedy(std::string& out, const remedy& r, const what_if_write_options& options = {});

/// Appends @p t as one what-if object (no line break).
CITYDIP_API void write_what_if(std::string& out, const what_it_takes& t, const what_if_write_options& options = {});

/**
 * @brief How `write_ladder` writes.
 */
struct ladder_write_options {
  std::string_view city{};                                             ///< The city's id.
  activity_kind activity = activity_kind::receive_foreign_delegation;  ///< The activity's kind.
  language lang = language::en;                                        ///< The language of the reason texts.
};

/**
 * @brief Appends @p rungs as `{"city", "activity", "date", "rulebooks": [NAME…],
 *        "rungs": [{"tier", "decisions": [{…}…]}…]}` (no line break).
 */
CITYDIP_API void write_ladder(std::string& out, std::span<const ladder_rung> rungs,
                              const ladder_write_options& options = {});

CITYDIP_END_NAMESPACE

#endif
