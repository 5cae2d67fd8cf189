/**
 * @file analysis.hpp
 * @brief The rulebook analyser: what a rulebook does, proved by exhaustion
 *        over the finite vocabulary.
 *
 * Every analysis decides every *cell*: each activity kind × domain (or none)
 * × counterpart (or none) × the 16 patterns of the four flags, on each date
 * where some rule starts or stops applying (and the rulebook's own date), for
 * each of the seven tiers and for each city a rule names (at its gazetteer
 * tier; at every tier when the gazetteer does not know it). Obtained
 * approvals do not change a verdict or bodies, so they are not enumerated.
 */
#ifndef CITYDIP_DECIDE_ANALYSIS_HPP
#define CITYDIP_DECIDE_ANALYSIS_HPP

#include <citydip/config.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/rules/rulebook.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace citydip {

/**
 * @brief One activity for which a higher tier (or a named city) is more
 *        restricted than a lower tier, against Z-2.2-6.
 */
struct monotonicity_violation {
  activity what{};                                   ///< The activity (its date set).
  designation lower = designation::small_medium_city;  ///< The lower tier.
  designation higher = designation::small_medium_city; ///< The higher tier, or the named city's tier.
  std::string city{};                                ///< The named city that is more restricted; empty for a tier.
  verdict lower_verdict = verdict::autonomous;       ///< What the lower tier gets.
  verdict higher_verdict = verdict::autonomous;      ///< What the higher tier (or city) gets.
  std::vector<std::string> responsible{};            ///< The rules deciding the higher's verdict.
};

/**
 * @brief The result of the monotonicity analysis.
 */
struct monotonicity_report {
  std::size_t cells = 0;       ///< Activities examined (each at every tier and named city).
  std::size_t violations = 0;  ///< Pairs (lower, higher) found more restrictive upward.
  std::vector<monotonicity_violation> examples{};  ///< The first violations, at most the limit asked for.
  std::vector<std::string> responsible{};  ///< Every rule deciding some violation, sorted, once each.
};

/**
 * @brief Finds every activity and pair of tiers where the higher tier is more
 *        restricted than the lower (Z-2.2-6), and every city named by a
 *        city-specific rule that is more restricted than a tier below its own.
 * @param book the rulebook.
 * @param max_examples how many violations to keep in full.
 */
CITYDIP_API monotonicity_report check_monotonicity(const rulebook& book, std::size_t max_examples = 50);

/// Why a rule never counts.
enum class dead_reason : std::uint8_t {
  never_applies,     ///< Its condition holds for no activity of any city.
  always_overridden  ///< It applies, but an applying exception always overrides it.
};

/// A rule that never counts for any activity.
struct dead_rule {
  std::string id{};                       ///< The rule.
  dead_reason why = dead_reason::never_applies;  ///< Why it never counts.
};

/**
 * @brief What the usage analysis found.
 */
struct usage_report {
  std::size_t cells = 0;                     ///< Activities examined.
  std::vector<dead_rule> dead{};             ///< Rules that never count, in rulebook order.
  std::vector<std::string> idle_exceptions{};  ///< Exception rules whose `exception_to` changes no decision.
  bool default_used = false;                 ///< Whether the default decides some activity.
};

/**
 * @brief Finds dead rules (never applying, or always overridden) and
 *        exceptions that change nothing: rules whose `exception_to`, if
 *        removed, would leave every decision's verdict, bodies and
 *        classification as they are.
 */
CITYDIP_API usage_report find_dead_rules(const rulebook& book);

/**
 * @brief One activity decided differently by two rulebooks.
 */
struct diff_entry {
  activity what{};                             ///< The activity (its date set).
  designation tier = designation::small_medium_city;  ///< The tier.
  std::string city{};                          ///< The named city, or empty for any city of the tier.
  verdict verdict_a = verdict::autonomous;     ///< The verdict under the first rulebook.
  verdict verdict_b = verdict::autonomous;     ///< The verdict under the second.
  body_set bodies_a{};                         ///< The bodies under the first.
  body_set bodies_b{};                         ///< The bodies under the second.
};

/**
 * @brief A tier's share of a diff, for the plain activity of each kind (no
 *        domain, counterpart or flag) and over every combination.
 */
struct diff_tier_summary {
  designation tier = designation::small_medium_city;  ///< The tier.
  std::size_t kinds_less_restricted = 0;  ///< Kinds whose plain activity gets a less restrictive verdict under B.
  std::size_t kinds_more_restricted = 0;  ///< Kinds whose plain activity gets a more restrictive verdict under B.
  std::size_t kinds_other_bodies = 0;     ///< Kinds with the same verdict but other bodies.
  std::size_t cells_differing = 0;        ///< Combinations (of any domain, counterpart, flags) that differ.
};

/**
 * @brief An activity kind's share of a diff.
 */
struct diff_kind_summary {
  activity_kind kind = activity_kind::receive_foreign_delegation;  ///< The kind.
  std::size_t tiers_less_restricted = 0;  ///< Tiers whose plain activity of this kind gets less restricted under B.
  std::size_t tiers_more_restricted = 0;  ///< Tiers for which it gets more restricted.
  std::size_t cells_differing = 0;        ///< Combinations of this kind that differ, over all tiers.
};

/**
 * @brief Every difference between two rulebooks.
 */
struct rulebook_diff {
  std::string a{};                     ///< The first rulebook's name.
  std::string b{};                     ///< The second rulebook's name.
  std::size_t cells = 0;               ///< Combinations compared (each activity at each tier or named city).
  std::vector<diff_entry> entries{};   ///< Every combination whose verdict or bodies differ.
  std::array<diff_tier_summary, 7> by_tier{};   ///< Indexed by `designation`.
  std::vector<diff_kind_summary> by_kind{};     ///< One per activity kind, in vocabulary order.
};

/**
 * @brief Compares @p a and @p b on every combination of tier (and named city),
 *        activity kind, domain, counterpart, flags and date where either
 *        rulebook changes.
 */
CITYDIP_API rulebook_diff diff(const rulebook& a, const rulebook& b);

}  // namespace citydip

#endif
