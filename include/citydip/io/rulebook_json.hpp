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
#include <citydip/rules/rulebook_overlay.hpp>
#include <citydip/rules/rulebook_source.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief How to read a rulebook.
 */
struct rulebook_read_options {
  /// The name to put in diagnostics: a path (a base named in `extends` by a
  /// relative path is looked for beside it), or a name in angle brackets
  /// (`<stdin>`), when relative paths are taken from the working directory.
  std::string_view file{};
  compile_options compile{};  ///< How `load_rulebook` compiles it.
  /**
   * @brief Reads the text of a base that `extends` names by a path (already
   *        joined to the directory of the file that names it); returns
   *        std::nullopt when there is no such text. Empty: read the file
   *        system. A host that keeps rulebooks elsewhere (a database, a
   *        bundle) supplies its own. A built-in rulebook's name never reaches it.
   */
  std::function<std::optional<std::string>(const std::string& path)> read_base{};
};

/**
 * @brief One rulebook of a chain of rulebooks that extend one another.
 */
struct rulebook_layer {
  std::string file{};                         ///< Where it was read: a path, or `<builtin:NAME>`.
  std::optional<rulebook_overlay> overlay{};  ///< What it changes in the layer below it; absent for the first.
  rulebook_source resolved{};                 ///< The rulebook it makes, flattened (`apply_overlay`).
};

/**
 * @brief Reads the rulebook JSON in @p json into its source form, checking the
 *        schema: unknown keys, unknown ids (with a near-miss suggestion), wrong
 *        types, bad dates and missing fields are errors. A rulebook with
 *        `extends` is read with every base below it and flattened
 *        (`parse_rulebook_layers`).
 * @param json the text.
 * @param options the file name for diagnostics (`compile` is not used here).
 * @return the source, or every problem found, each with file, line, column and JSON path.
 */
CITYDIP_API result<rulebook_source> parse_rulebook(std::string_view json, const rulebook_read_options& options = {});

/**
 * @brief Reads a rulebook and, through `extends`, each rulebook it is built
 *        on: the first layer is a rulebook that extends none, each next one
 *        an overlay of the one before, the last the rulebook @p json holds.
 * @return the layers, each flattened, or every problem of every file of the
 *         chain (each in its own file): a base that is neither a built-in
 *         rulebook nor a file that can be read, a loop of `extends`, more
 *         than 32 layers, and every problem `apply_overlay` reports.
 */
CITYDIP_API result<std::vector<rulebook_layer>> parse_rulebook_layers(std::string_view json,
                                                                      const rulebook_read_options& options = {});

/**
 * @brief `parse_rulebook`, then `rulebook::compile`, with the compiler's
 *        diagnostics placed at their line and column in @p json. For a
 *        rulebook with `extends`, a compiler finding about a rule is placed
 *        in the file of the layer that wrote the rule.
 */
CITYDIP_API result<rulebook> load_rulebook(std::string_view json, const rulebook_read_options& options = {});

/**
 * @brief Appends @p source to @p out in the rulebook JSON format, one rule per
 *        line, so that `load_rulebook` reads it back to a rulebook that
 *        decides every activity the same way.
 */
CITYDIP_API void write_rulebook(std::string& out, const rulebook_source& source);

/**
 * @brief Appends @p overlay to @p out in the rulebook JSON format (with
 *        `extends`), one rule per line.
 */
CITYDIP_API void write_rulebook(std::string& out, const rulebook_overlay& overlay);

CITYDIP_END_NAMESPACE

#endif
