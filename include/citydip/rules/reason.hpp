/**
 * @file reason.hpp
 * @brief One rule that counted for a decision.
 */
#ifndef CITYDIP_RULES_REASON_HPP
#define CITYDIP_RULES_REASON_HPP

#include <citydip/config.hpp>

#include <citydip/rules/rule.hpp>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One rule that counted for a decision.
 *
 * Refers to the rule inside its compiled rulebook: valid while that rulebook
 * (or a copy of it) lives.
 */
struct reason {
  const citydip::rule* rule = nullptr;  ///< The rule; never null in a decision.
  bool deciding = false;                ///< Whether its verdict is the one that won.
};

CITYDIP_END_NAMESPACE

#endif
