/**
 * @file decide.hpp
 * @brief The validator: decides one activity of one city under a rulebook.
 */
#ifndef CITYDIP_DECIDE_DECIDE_HPP
#define CITYDIP_DECIDE_DECIDE_HPP

#include <citydip/config.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/rules/rulebook.hpp>

#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief Decides whether @p c may carry out @p a under @p book, what it needs
 *        first, and why.
 *
 * The city's tier is taken on the activity's date (today when it has none).
 *
 * @par Lifetime
 * The decision refers to rules of @p book (its reasons) and to its name, so
 * it must not outlive @p book and every copy of it. Passing a temporary
 * rulebook, as in `decide(*builtin_rulebook("status-quo-2016"), c, a)`, does
 * not compile: keep the rulebook in a variable. (A `rulebook` is a cheap
 * handle: copies share one compiled state, and any live copy keeps it.)
 *
 * Cannot fail: every well-typed activity gets a decision (an activity no rule
 * covers gets the rulebook's fallback). When @p book holds a decision table
 * for the activity's kind (`rulebook::is_tabled`, true for every kind of the
 * built-in rulebooks), deciding is a table lookup, allocates nothing, and the
 * decision's reasons are a view of a list the rulebook holds. Otherwise the
 * kind's rules are tested one by one and the reasons are copied into the
 * decision, which allocates (running out of memory there terminates).
 *
 * @par Thread safety
 * Safe to call from any number of threads with the same rulebook.
 *
 * @par Example
 * @code
 * auto book = *citydip::builtin_rulebook("status-quo-2016");
 * const citydip::city& shenzhen = *citydip::find_city("shenzhen");
 * citydip::decision d = citydip::decide(book, shenzhen,
 *     {.kind = citydip::activity_kind::overseas_office});
 * @endcode
 */
CITYDIP_API decision decide(const rulebook& book, const city& c, const activity& a) noexcept;

/// Deleted: a decision would dangle once the temporary rulebook is gone.
decision decide(const rulebook&& book, const city& c, const activity& a) = delete;

/**
 * @brief Decides @p a for a city of tier @p tier with id @p city_id (which
 *        matters only for rules with a `cities` condition), without a city
 *        object. The activity's date still bounds date-limited rules.
 */
CITYDIP_API decision decide(const rulebook& book, designation tier, std::string_view city_id,
                            const activity& a) noexcept;

/// Deleted: a decision would dangle once the temporary rulebook is gone.
decision decide(const rulebook&& book, designation tier, std::string_view city_id, const activity& a) = delete;

CITYDIP_END_NAMESPACE

#endif
