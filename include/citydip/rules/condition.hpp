/**
 * @file condition.hpp
 * @brief When a rule applies: a condition over the city and the activity, and its
 *        direct reading.
 */
#ifndef CITYDIP_RULES_CONDITION_HPP
#define CITYDIP_RULES_CONDITION_HPP

#include <citydip/config.hpp>

#include <citydip/model/activity.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/counterpart.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/issue_domain.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief When a rule applies. Every field present must match; an absent field
 *        matches any value.
 *
 * - `tiers`, `tier_at_least`, `tier_at_most` test the city's tier on the
 *   activity's date; together they must all hold.
 * - `kinds`, `domains`, `counterparts` test the activity's attribute for
 *   membership. An activity that leaves its domain (or counterpart)
 *   unspecified matches only a condition without that field.
 * - The four flags must equal the activity's.
 * - `from` (inclusive) and `until` (exclusive) bound the activity's date.
 * - `cities`, when not empty, lists the gazetteer ids of the only cities the
 *   rule is for: rules that rest on one city's own law (a Basic Law).
 */
struct condition {
  std::optional<designation_set> tiers{};          ///< The tier is one of these.
  std::optional<designation> tier_at_least{};      ///< The tier is this or higher.
  std::optional<designation> tier_at_most{};       ///< The tier is this or lower.
  std::optional<activity_kind_set> kinds{};        ///< The activity is of one of these kinds.
  std::optional<issue_domain_set> domains{};       ///< The activity's domain is one of these.
  std::optional<counterpart_set> counterparts{};   ///< The activity's counterpart is one of these.
  std::optional<bool> touches_internal_affairs{};  ///< Flag must equal.
  std::optional<bool> has_central_mandate{};       ///< Flag must equal.
  std::optional<bool> uses_regional_name{};        ///< Flag must equal.
  std::optional<bool> legally_binding{};           ///< Flag must equal.
  std::optional<date> from{};                      ///< First day the rule applies.
  std::optional<date> until{};                     ///< First day it no longer applies.
  std::vector<std::string> cities{};               ///< Only these cities; empty: every city.

  /// @return the set of tiers the three tier fields admit together.
  constexpr designation_set admitted_tiers() const noexcept {
    designation_set s = tiers.value_or(designation_set::all());
    for (designation d : designation_set::all()) {
      if ((tier_at_least && d < *tier_at_least) || (tier_at_most && d > *tier_at_most)) s.erase(d);
    }
    return s;
  }
};

/**
 * @brief Whether @p c holds for an activity @p a on @p on of a city of tier
 *        @p tier whose id is @p city_id: a direct reading of the condition,
 *        field by field (the compiled rulebook decides the same way, faster).
 */
constexpr bool applies(const condition& c, designation tier, std::string_view city_id, const activity& a,
                       date on) noexcept {
  if (!c.admitted_tiers().contains(tier)) return false;
  if (c.kinds && !c.kinds->contains(a.kind)) return false;
  if (c.domains && !(a.domain && c.domains->contains(*a.domain))) return false;
  if (c.counterparts && !(a.counterpart && c.counterparts->contains(*a.counterpart))) return false;
  if (c.touches_internal_affairs && *c.touches_internal_affairs != a.touches_internal_affairs) return false;
  if (c.has_central_mandate && *c.has_central_mandate != a.has_central_mandate) return false;
  if (c.uses_regional_name && *c.uses_regional_name != a.uses_regional_name) return false;
  if (c.legally_binding && *c.legally_binding != a.legally_binding) return false;
  if (c.from && on < *c.from) return false;
  if (c.until && !(on < *c.until)) return false;
  if (!c.cities.empty()) {
    bool named = false;
    for (const auto& id : c.cities) named = named || id == city_id;
    if (!named) return false;
  }
  return true;
}

CITYDIP_END_NAMESPACE

#endif
