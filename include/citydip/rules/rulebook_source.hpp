/**
 * @file rulebook_source.hpp
 * @brief A rulebook as written, before compilation.
 */
#ifndef CITYDIP_RULES_RULEBOOK_SOURCE_HPP
#define CITYDIP_RULES_RULEBOOK_SOURCE_HPP

#include <citydip/config.hpp>

#include <citydip/model/date.hpp>
#include <citydip/rules/rule.hpp>

#include <optional>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A rulebook as written: the form the JSON format maps to, before
 *        compilation checks and indexes it.
 */
struct rulebook_source {
  std::string name{};           ///< Short id, such as `status-quo-2016`.
  std::string title_en{};       ///< Title in English.
  std::string title_zh{};       ///< Title in Chinese.
  std::optional<date> as_of{};  ///< The date of the practice or proposal it describes.
  /// The default for activities no rule covers: its condition is ignored,
  /// its id is `default`, and it must state a classification.
  rule fallback{};
  std::vector<rule> rules{};  ///< The rules, in the order the file gives them.
};

CITYDIP_END_NAMESPACE

#endif
