/**
 * @file powers.hpp
 * @brief What a city may do: every activity kind with its decision.
 */
#ifndef CITYDIP_DECIDE_POWERS_HPP
#define CITYDIP_DECIDE_POWERS_HPP

#include <citydip/config.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/date.hpp>
#include <citydip/rules/rulebook.hpp>

#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One activity kind and what a city needs for it.
 */
struct power {
  activity_kind kind = activity_kind::receive_foreign_delegation;  ///< The activity kind.
  decision what{};  ///< The decision for the kind with nothing more specified.
};

/**
 * @brief The powers of @p c on @p on under @p book: for every activity kind,
 *        in vocabulary order, the decision on an activity of that kind with no
 *        domain, counterpart or flag set and no approval obtained.
 *
 * A specific domain, counterpart or flag can change a verdict (a treaty with
 * a foreign state, an exchange touching internal affairs): decide such an
 * activity with `decide` to know. The decisions refer to @p book's rules.
 */
CITYDIP_API std::vector<power> powers(const rulebook& book, const city& c, date on);

CITYDIP_END_NAMESPACE

#endif
