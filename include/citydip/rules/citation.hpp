/**
 * @file citation.hpp
 * @brief The paper's statement ids (`Z-…`) and the check every rule's
 *        citation passes.
 */
#ifndef CITYDIP_RULES_CITATION_HPP
#define CITYDIP_RULES_CITATION_HPP

#include <citydip/config.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

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
 * @brief Checks a rule's citation.
 *
 * A citation is one or more parts separated by `;`. Each part is
 * - a paper id (`Z-1-4`, `Z-2.2`), which must be one `paper_statements()` lists;
 * - `assumption: <reason>`, with a reason of at least one word, for what the
 *   paper leaves open; or
 * - a legal source in free text (`PRC Constitution Art. 89`).
 *
 * @return `std::nullopt` when the citation is well formed, else what is wrong.
 */
CITYDIP_API std::optional<std::string> check_citation(std::string_view cite);

CITYDIP_END_NAMESPACE

#endif
