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
#include <citydip/rules/rulebook_source.hpp>

#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief How to read a rulebook.
 */
struct rulebook_read_options {
  std::string_view file{};    ///< The name to put in diagnostics (a path, or `<stdin>`).
  compile_options compile{};  ///< How `load_rulebook` compiles it.
};

/**
 * @brief Reads the rulebook JSON in @p json into its source form, checking the
 *        schema: unknown keys, unknown ids (with a near-miss suggestion), wrong
 *        types, bad dates and missing fields are errors.
 * @param json the text.
 * @param options the file name for diagnostics (`compile` is not used here).
 * @return the source, or every problem found, each with file, line, column and JSON path.
 */
CITYDIP_API result<rulebook_source> parse_rulebook(std::string_view json, const rulebook_read_options& options = {});

/**
 * @brief `parse_rulebook`, then `rulebook::compile`, with the compiler's
 *        diagnostics placed at their line and column in @p json.
 */
CITYDIP_API result<rulebook> load_rulebook(std::string_view json, const rulebook_read_options& options = {});

/**
 * @brief Appends @p source to @p out in the rulebook JSON format, one rule per
 *        line, so that `load_rulebook` reads it back to a rulebook that
 *        decides every activity the same way.
 */
CITYDIP_API void write_rulebook(std::string& out, const rulebook_source& source);

CITYDIP_END_NAMESPACE

#endif
