/**
 * @file monotonicity.hpp
 * @brief The monotonicity analysis: is a higher tier ever more restricted than a lower one (Z-2.2-6)?
 *
 * Proved by exhaustion over the finite vocabulary: see `analysis.hpp` for
 * the cells every analysis decides.
 */
#ifndef CITYDIP_DECIDE_MONOTONICITY_HPP
#define CITYDIP_DECIDE_MONOTONICITY_HPP

#include <citydip/config.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/rules/rulebook.hpp>

#include <cstddef>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One activity for which a higher tier (or a named city) is more
 *        restricted than a lower tier, against Z-2.2-6.
 */
struct monotonicity_violation {
  activity what{};                                      ///< The activity (its date set).
  designation lower = designation::small_medium_city;   ///< The lower tier.
  designation higher = designation::small_medium_city;  ///< The higher tier, or the named city's tier.
  std::string city{};                                   ///< The named city that is more restricted; empty for a tier.
  verdict lower_verdict = verdict::autonomous;          ///< What the lower tier gets.
  verdict higher_verdict = verdict::autonomous;         ///< What the higher tier (or city) gets.
  std::vector<std::string> responsible{};               ///< The rules deciding the higher's verdict.
};

/**
 * @brief The result of the monotonicity analysis.
 */
struct monotonicity_report {
  std::size_t cells = 0;                           ///< Activities examined (each at every tier and named city).
  std::size_t violations = 0;                      ///< Pairs (lower, higher) found more restrictive upward.
  std::vector<monotonicity_violation> examples{};  ///< The first violations, at most the limit asked for.
  std::vector<std::string> responsible{};          ///< Every rule deciding some violation, sorted, once each.
};

/**
 * @brief Finds every activity and pair of tiers where the higher tier is more
 *        restricted than the lower (Z-2.2-6), and every city named by a
 *        city-specific rule that is more restricted than a tier below its own.
 * @param book the rulebook.
 * @param max_examples how many violations to keep in full.
 */
CITYDIP_API monotonicity_report check_monotonicity(const rulebook& book, std::size_t max_examples = 50);

CITYDIP_END_NAMESPACE

#endif
