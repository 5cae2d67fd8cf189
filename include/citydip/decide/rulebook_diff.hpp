/**
 * @file rulebook_diff.hpp
 * @brief The diff of two rulebooks: every activity they decide differently.
 *
 * Proved by exhaustion over the finite vocabulary: see `analysis.hpp` for
 * the cells every analysis decides.
 */
#ifndef CITYDIP_DECIDE_RULEBOOK_DIFF_HPP
#define CITYDIP_DECIDE_RULEBOOK_DIFF_HPP

#include <citydip/config.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/rulebook.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One activity decided differently by two rulebooks.
 */
struct diff_entry {
  activity what{};                                    ///< The activity (its date set).
  designation tier = designation::small_medium_city;  ///< The tier.
  std::string city{};                                 ///< The named city, or empty for any city of the tier.
  verdict verdict_a = verdict::autonomous;            ///< The verdict under the first rulebook.
  verdict verdict_b = verdict::autonomous;            ///< The verdict under the second.
  body_set bodies_a{};                                ///< The bodies under the first.
  body_set bodies_b{};                                ///< The bodies under the second.
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
  std::size_t cells_less_restricted = 0;  ///< Of those, combinations with a less restrictive verdict under B.
  std::size_t cells_more_restricted = 0;  ///< Those with a more restrictive verdict under B.
  std::size_t cells_other_bodies = 0;     ///< Those with the same verdict and other bodies.
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
  std::string a{};                    ///< The first rulebook's name.
  std::string b{};                    ///< The second rulebook's name.
  std::size_t cells = 0;              ///< Combinations compared (each activity at each tier or named city).
  std::vector<diff_entry> entries{};  ///< Every combination whose verdict or bodies differ.
  std::array<diff_tier_summary, enum_count<designation>()> by_tier{};  ///< Indexed by `designation`.
  std::vector<diff_kind_summary> by_kind{};                            ///< One per activity kind, in vocabulary order.
};

/**
 * @brief Compares @p a and @p b on every combination of tier (and named city),
 *        activity kind, domain, counterpart, flags and date where either
 *        rulebook changes.
 */
CITYDIP_API rulebook_diff diff(const rulebook& a, const rulebook& b);

CITYDIP_END_NAMESPACE

#endif
