/**
 * @file rule.hpp
 * @brief Rules as data: conditions, effects, exceptions and citations, and
 *        the source form of a rulebook.
 */
#ifndef CITYDIP_RULES_RULE_HPP
#define CITYDIP_RULES_RULE_HPP

#include <citydip/model/activity.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/counterpart.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/issue_domain.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/model/vocabulary.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace citydip {

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
  std::optional<designation_set> tiers{};         ///< The tier is one of these.
  std::optional<designation> tier_at_least{};     ///< The tier is this or higher.
  std::optional<designation> tier_at_most{};      ///< The tier is this or lower.
  std::optional<activity_kind_set> kinds{};       ///< The activity is of one of these kinds.
  std::optional<issue_domain_set> domains{};      ///< The activity's domain is one of these.
  std::optional<counterpart_set> counterparts{};  ///< The activity's counterpart is one of these.
  std::optional<bool> touches_internal_affairs{}; ///< Flag must equal.
  std::optional<bool> has_central_mandate{};      ///< Flag must equal.
  std::optional<bool> uses_regional_name{};       ///< Flag must equal.
  std::optional<bool> legally_binding{};          ///< Flag must equal.
  std::optional<date> from{};                     ///< First day the rule applies.
  std::optional<date> until{};                    ///< First day it no longer applies.
  std::vector<std::string> cities{};              ///< Only these cities; empty: every city.

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
 * @brief A rule: if its condition holds, the activity gets its verdict and
 *        needs its bodies, unless an applying exception overrides it.
 *
 * Every rule cites its source (`check_citation`): a paper id, a legal text,
 * or `assumption: <reason>` where the paper is silent.
 */
struct rule {
  std::string id{};                 ///< Unique in its rulebook.
  condition when{};                 ///< When it applies.
  citydip::verdict verdict = citydip::verdict::autonomous;  ///< What it requires.
  body_set bodies{};                ///< Approvers (`approval`), recipients (`report`) or mandating bodies (`central_mandate`).
  std::optional<citydip::classification> classification{};   ///< What it makes the activity; absent: says nothing.
  std::vector<std::string> exception_to{};  ///< Ids of rules it overrides when it applies (lex specialis).
  std::string cite{};               ///< Its source.
  std::string text_en{};            ///< The reason, in English.
  std::string text_zh{};            ///< The reason, in Chinese.

  /// @return the reason text in @p lang.
  std::string_view text(language lang) const noexcept { return lang == language::zh ? text_zh : text_en; }
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
  if (c.counterparts && !(a.with && c.counterparts->contains(*a.with))) return false;
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

/**
 * @brief A rulebook as written: the form the JSON format maps to, before
 *        compilation checks and indexes it.
 */
struct rulebook_source {
  std::string name{};       ///< Short id, such as `status-quo-2016`.
  std::string title_en{};   ///< Title in English.
  std::string title_zh{};   ///< Title in Chinese.
  std::optional<date> as_of{};  ///< The date of the practice or proposal it describes.
  /// The default for activities no rule covers: its condition is ignored,
  /// its id is `default`, and it must state a classification.
  rule fallback{};
  std::vector<rule> rules{};  ///< The rules, in the order the file gives them.
};

}  // namespace citydip

#endif
