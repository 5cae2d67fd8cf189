/**
 * @file analysis.hpp
 * @brief The rulebook analyser: what a rulebook does, proved by exhaustion
 *        over the finite vocabulary. Includes the three analyses.
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

#include <citydip/decide/dead_rules.hpp>
#include <citydip/decide/monotonicity.hpp>
#include <citydip/decide/rulebook_diff.hpp>

#endif
