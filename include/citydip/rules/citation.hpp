/**
 * @file citation.hpp
 * @brief The paper's statement ids (`Z-…`) and the check every rule's
 *        citation passes.
 */
#ifndef CITYDIP_RULES_CITATION_HPP
#define CITYDIP_RULES_CITATION_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/model/vocabulary.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A statement or section of the paper (Zhao Kejin, Global Review 2016
 *        No. 1), as catalogued in the project's DOMAIN.md.
 */
struct paper_statement {
  std::string_view id{};       ///< `Z-2.2-6`, or a section such as `Z-3.1`.
  std::string_view summary{};  ///< One line in English.
};

/// @return every statement and section id of the paper that citydip knows, in paper order.
CITYDIP_API std::span<const paper_statement> paper_statements() noexcept;

/// @return the statement with id @p id, or null when there is none.
CITYDIP_API const paper_statement* find_paper_statement(std::string_view id) noexcept;

/**
 * @brief A rule's citation, in its parts: what a rule rests on.
 */
struct citation {
  std::vector<std::string> paper{};        ///< The paper ids it cites (`Z-3.3-1`), in order.
  std::vector<std::string> assumptions{};  ///< The reasons of its `assumption: <reason>` parts, in order.
  std::vector<std::string> sources{};      ///< Its other sources, in free text (`PRC Constitution Art. 89`), in order.
};

/**
 * @brief Reads a rule's citation.
 *
 * A citation is one or more parts separated by `;`. Each part is
 * - a paper id (`Z-1-4`, `Z-2.2`), which must be one `paper_statements()`
 *   lists, optionally followed by a remark after a space, comma or
 *   parenthesis (dropped);
 * - `assumption: <reason>`, with a reason of at least one word, for what the
 *   paper leaves open; or
 * - a legal source in free text (`PRC Constitution Art. 89`).
 *
 * @return the parts, or what is wrong (one diagnostic, without a place: the
 *         rulebook loader places it at the rule's `cite`).
 */
CITYDIP_API result<citation> parse_citation(std::string_view cite);

/**
 * @brief @p cite in brief, for a sentence that cites several rules: its paper
 *        ids and sources, then `assumption` (`假设` in Chinese) when it has
 *        any, without the assumptions' reasons (the rule's text says them).
 * @return the brief form, or @p cite itself when it cannot be parsed.
 *
 * @par Example
 * `brief_citation("Z-3.3-1; assumption: the paper records nothing")` is
 * `"Z-3.3-1; assumption"`.
 */
CITYDIP_API std::string brief_citation(std::string_view cite, language lang = language::en);

CITYDIP_END_NAMESPACE

#endif
