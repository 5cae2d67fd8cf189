/**
 * @file ladder.hpp
 * @brief The standing ladder: one activity's decision at every tier from a
 *        city's own up to special administrative region.
 */
#ifndef CITYDIP_DECIDE_LADDER_HPP
#define CITYDIP_DECIDE_LADDER_HPP

#include <citydip/config.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/rules/rulebook.hpp>

#include <span>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One tier of the ladder, with its decision under each rulebook.
 */
struct ladder_rung {
  designation tier = designation::small_medium_city;  ///< The tier the city is given.
  std::vector<decision> decisions{};                  ///< One per rulebook, in the order given.
};

/**
 * @brief The paper's thesis for one activity (Z-2.2-6, Z-4): the decision
 *        on @p a if @p c held each tier from its own on the activity's date
 *        up to `special_administrative_region`, under each of @p books.
 *
 * The first rung is the city as it is (the decision `decide` gives); each
 * rung above keeps the city's id, so rules that name the city still apply.
 * The decisions refer to @p books: the result must not outlive them.
 *
 * @par Example
 * @code
 * const std::vector books{*citydip::builtin_rulebook("status-quo-2016"),
 *                         *citydip::builtin_rulebook("reform-proposal")};
 * for (const auto& rung : citydip::ladder(books, *citydip::find_city("shenzhen"),
 *                                         {.kind = citydip::activity_kind::overseas_office}))
 *   std::cout << citydip::to_id(rung.tier) << ' ' << citydip::to_id(rung.decisions[0].verdict) << '\n';
 * @endcode
 */
CITYDIP_API std::vector<ladder_rung> ladder(std::span<const rulebook> books, const city& c, const activity& a);

/// The ladder under one rulebook.
CITYDIP_API std::vector<ladder_rung> ladder(const rulebook& book, const city& c, const activity& a);

/// Deleted: the decisions would dangle once the temporary rulebook is gone.
std::vector<ladder_rung> ladder(const rulebook&& book, const city& c, const activity& a) = delete;

CITYDIP_END_NAMESPACE

#endif
