/**
 * @file rulebook_json.hpp
 * @brief Reading rulebooks from the rulebook JSON format.
 *
 * The format (see docs/rulebook-format.md):
 * @code{.json}
 * {"citydip_rulebook": 1, "name": "mine", "title_en": "…", "title_zh": "…",
 *  "as_of": "2016-01-01",
 *  "default": {"verdict": "approval", "bodies": ["provincial_fao"],
 *              "classification": "general_foreign_affairs",
 *              "cite": "assumption: …", "text_en": "…", "text_zh": "…"},
 *  "rules": [{"id": "r-treaty", "when": {"activity": ["international_agreement"],
 *             "counterpart": ["foreign_national_government"]},
 *             "verdict": "prohibited", "classification": "state_diplomacy",
 *             "cite": "PRC Constitution Art. 89; Z-1-4",
 *             "text_en": "…", "text_zh": "…"}]}
 * @endcode
 */
#ifndef CITYDIP_IO_RULEBOOK_JSON_HPP
#define CITYDIP_IO_RULEBOOK_JSON_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook.hpp>

#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief Reads the rulebook JSON in @p json into its source form, checking the
 *        schema: unknown keys, unknown ids (with a near-miss suggestion), wrong
 *        types, bad dates and missing fields are errors.
 * @param json the text.
 * @param file the name to put in diagnostics (a path, or `<stdin>`).
 * @return the source, or every problem found, each with file, line, column and JSON path.
 */
CITYDIP_API result<rulebook_source> parse_rulebook(std::string_view json, std::string_view file = {});

/**
 * @brief `parse_rulebook`, then `rulebook::compile`, with the compiler's
 *        diagnostics placed at their line and column in @p json.
 */
CITYDIP_API result<rulebook> load_rulebook(std::string_view json, std::string_view file = {});

/**
 * @brief Writes @p source in the rulebook JSON format, one rule per line, so
 *        that `load_rulebook` reads it back to a rulebook that decides every
 *        activity the same way.
 */
CITYDIP_API std::string write_rulebook(const rulebook_source& source);

CITYDIP_END_NAMESPACE

#endif
