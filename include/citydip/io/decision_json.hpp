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
#include <citydip/decide/decision.hpp>
#include <citydip/error.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/rulebook.hpp>

#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A decision with the ids of the activity and city it is about.
 */
struct decision_record {
  std::string id{};    ///< The activity's id (may be empty).
  std::string city{};  ///< The city's id.
  decision what{};     ///< The decision; its reasons refer to the rulebook it was read against.
};

/**
 * @brief What `write_decision` writes beside the decision itself: the ids of
 *        the activity and city it is about, and the language of the texts.
 */
struct decision_write_options {
  std::string_view id{};         ///< The activity's id; written as `null` when empty.
  std::string_view city{};       ///< The city's id.
  language lang = language::en;  ///< The language of the reason texts.
};

/**
 * @brief Appends @p d as one compact JSON object (no newline) to @p out.
 *
 * Needs nothing but the decision: the rulebook's name and each reason's rule
 * id, citation and text are read from the rules the decision refers to
 * (which is why the rulebook that took it must still be alive; see `decide`).
 */
CITYDIP_API void write_decision(std::string& out, const decision& d, const decision_write_options& options = {});

/**
 * @brief How to read a decision.
 */
struct decision_read_options {
  std::string_view file{};  ///< The name to put in diagnostics.
};

/**
 * @brief Reads a decision written by `write_decision` back, resolving its
 *        reasons against @p book, which must be the rulebook named in it.
 *
 * The decision refers to @p book's rules, as one `decide` made would: a
 * temporary rulebook is refused at compile time.
 * @return the record, equal to the one written, or every problem found.
 */
CITYDIP_API result<decision_record> parse_decision(const rulebook& book, std::string_view json,
                                                   const decision_read_options& options = {});

/// Deleted: the decision would dangle once the temporary rulebook is gone.
result<decision_record> parse_decision(const rulebook&& book, std::string_view json,
                                       const decision_read_options& options = {}) = delete;

CITYDIP_END_NAMESPACE

#endif
