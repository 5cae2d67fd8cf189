/**
 * @file rule.hpp
 * @brief A rule as data: condition, effect, exceptions and citation.
 */
#ifndef CITYDIP_RULES_RULE_HPP
#define CITYDIP_RULES_RULE_HPP

#include <citydip/config.hpp>

#include <citydip/model/body.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/condition.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A rule: if its condition holds, the activity gets its verdict and
 *        needs its bodies, unless an applying exception overrides it.
 *
 * Every rule cites its source (`parse_citation`): a paper id, a legal text,
 * or `assumption: <reason>` where the paper is silent.
 */
struct rule {
  std::string id{};                                         ///< Unique in its rulebook.
  condition when{};                                         ///< When it applies.
  citydip::verdict verdict = citydip::verdict::autonomous;  ///< What it requires.
  body_set bodies{};  ///< Approvers (`approval`), recipients (`report`) or mandating bodies (`central_mandate`).
  std::optional<citydip::classification> classification{};  ///< What it makes the activity; absent: says nothing.
  std::vector<std::string> exception_to{};  ///< Ids of rules it overrides when it applies (lex specialis).
  std::string cite{};                       ///< Its source.
  std::string text_en{};                    ///< The reason, in English.
  std::string text_zh{};                    ///< The reason, in Chinese.
  /// The name of the rulebook that wrote the rule, when it came from a base
  /// the rulebook extends (`rulebook_overlay`); empty: the rulebook itself.
  std::string layer{};

  /// @return the reason text in @p lang.
  std::string_view text(language lang) const noexcept { return lang == language::zh ? text_zh : text_en; }
};

CITYDIP_END_NAMESPACE

#endif
