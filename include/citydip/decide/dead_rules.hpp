/**
 * @file dead_rules.hpp
 * @brief The usage analysis: rules that never count, and exceptions that change nothing.
 *
 * Proved by exhaustion over the finite vocabulary: see `analysis.hpp` for
 * the cells every analysis decides.
 */
#ifndef CITYDIP_DECIDE_DEAD_RULES_HPP
#define CITYDIP_DECIDE_DEAD_RULES_HPP

#include <citydip/config.hpp>
#include <citydip/rules/rulebook.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/// Why a rule never counts.
enum class dead_reason : std::uint8_t {
  never_applies,     ///< Its condition holds for no activity of any city.
  always_overridden  ///< It applies, but an applying exception always overrides it.
};

/// A rule that never counts for any activity.
struct dead_rule {
  std::string id{};                              ///< The rule.
  dead_reason why = dead_reason::never_applies;  ///< Why it never counts.
};

/**
 * @brief What the usage analysis found.
 */
struct usage_report {
  std::size_t cells = 0;                       ///< Activities examined.
  std::vector<dead_rule> dead{};               ///< Rules that never count, in rulebook order.
  std::vector<std::string> idle_exceptions{};  ///< Exception rules whose `exception_to` changes no decision.
  bool default_used = false;                   ///< Whether the default decides some activity.
};

/**
 * @brief Finds dead rules (never applying, or always overridden) and
 *        exceptions that change nothing: rules whose `exception_to`, if
 *        removed, would leave every decision's verdict, bodies and
 *        classification as they are.
 */
CITYDIP_API usage_report find_dead_rules(const rulebook& book);

CITYDIP_END_NAMESPACE

#endif
