/**
 * @file decision_json.hpp
 * @brief Decisions in JSON.
 *
 * A decision (DESIGN: JSON contract, plus the fields that make it whole):
 * @code{.json}
 * {"id": "a1", "city": "shenzhen", "rulebook": "status-quo-2016", "date": "2016-01-01",
 *  "tier": "sub_provincial_city", "classification": "city_diplomacy", "verdict": "approval",
 *  "bodies": ["mfa", "provincial_fao"], "outcome": "pending", "missing": ["mfa"],
 *  "mandate_missing": false, "by_default": false, "decided_by": ["sq-overseas-office"],
 *  "reasons": [{"rule": "sq-overseas-office", "cite": "Z-3.3-1; …", "deciding": true, "text": "…"}]}
 * @endcode
 */
#ifndef CITYDIP_IO_DECISION_JSON_HPP
#define CITYDIP_IO_DECISION_JSON_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/model/decision.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/rulebook.hpp>

#include <string>
#include <string_view>

namespace citydip {

/**
 * @brief A decision with the ids of the activity and city it is about.
 */
struct decision_record {
  std::string id{};    ///< The activity's id (may be empty).
  std::string city{};  ///< The city's id.
  decision what{};     ///< The decision; its reasons refer to the rulebook it was read against.
};

/**
 * @brief Appends @p d as one compact JSON object (no newline) to @p out.
 * @param out where to write.
 * @param d the decision.
 * @param book the rulebook that took it (its name is written).
 * @param id the activity's id; written as `null` when empty.
 * @param city the city's id.
 * @param lang the language of the reason texts.
 */
CITYDIP_API void write_decision(std::string& out, const decision& d, const rulebook& book, std::string_view id,
                                std::string_view city, language lang = language::en);

/**
 * @brief Reads a decision written by `write_decision` back, resolving its
 *        reasons against @p book, which must be the rulebook named in it.
 * @return the record, equal to the one written, or every problem found.
 */
CITYDIP_API result<decision_record> parse_decision(std::string_view json, const rulebook& book,
                                                   std::string_view file = {});

}  // namespace citydip

#endif
