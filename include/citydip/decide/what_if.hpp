/**
 * @file what_if.hpp
 * @brief What would it take: the smallest sets of changes after which an
 *        activity is allowed.
 */
#ifndef CITYDIP_DECIDE_WHAT_IF_HPP
#define CITYDIP_DECIDE_WHAT_IF_HPP

#include <citydip/config.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/activity_flag.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/counterpart.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/issue_domain.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief What one change of a remedy alters. The ids are the keys of a
 *        change's JSON object (`{"obtain": "mfa"}`, `{"tier": …}`, ...; a
 *        date change is written `{"date_from": …, "date_to": …}`).
 *
 * In the order a remedy lists its changes: the setting (rulebook, date,
 * standing) first, then the proposal, then what to obtain.
 */
enum class change_kind : std::uint8_t {
  rulebook,     ///< Decide under another of the rulebooks given.
  date,         ///< Carry the activity out in another interval of dates.
  tier,         ///< A higher designation for the city.
  drop,         ///< The proposal drops one of its flags.
  domain,       ///< The proposal is about another domain.
  counterpart,  ///< The proposal has another counterpart.
  mandate,      ///< Obtain the central government's mandate (Z-2.2-4).
  obtain        ///< Obtain one body's approval.
};

/// The vocabulary table of `change_kind`.
template <>
struct enum_traits<change_kind> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "change";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<change_kind>, 8> table{{
      {change_kind::rulebook, "rulebook", "Another rulebook", "另一规则集"},
      {change_kind::date, "date", "Another date", "另一日期"},
      {change_kind::tier, "tier", "A higher designation", "更高的地位"},
      {change_kind::drop, "drop", "The proposal drops a flag", "提案去掉一项属性"},
      {change_kind::domain, "domain", "Another domain", "另一领域"},
      {change_kind::counterpart, "counterpart", "Another counterpart", "另一对象"},
      {change_kind::mandate, "mandate", "The central mandate", "中央授权"},
      {change_kind::obtain, "obtain", "An approval obtained", "取得批准"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/**
 * @brief The kinds of change a what-if query may propose, as a caller
 *        allows them (`what_if_options::allow`; the CLI's `--allow`).
 */
enum class change_family : std::uint8_t {
  approvals,  ///< Obtain approvals and the central mandate.
  standing,   ///< A higher designation for the city.
  proposal,   ///< Change the proposal: drop a flag, another domain or counterpart.
  date,       ///< Another date, where a dated rule or designation decides.
  rulebook    ///< Another of the rulebooks given (`what_if_options::rulebooks`).
};

/// The vocabulary table of `change_family`.
template <>
struct enum_traits<change_family> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "change family";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<change_family>, 5> table{{
      {change_family::approvals, "approvals", "Approvals and the central mandate", "批准与中央授权"},
      {change_family::standing, "standing", "The city's standing", "城市地位"},
      {change_family::proposal, "proposal", "The proposal itself", "提案本身"},
      {change_family::date, "date", "The date", "日期"},
      {change_family::rulebook, "rulebook", "The rulebook", "规则集"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// A set of change families.
using change_families = enum_set<change_family>;

/// @return the family @p k belongs to.
constexpr change_family family_of(change_kind k) noexcept {
  switch (k) {
    case change_kind::obtain:
    case change_kind::mandate: return change_family::approvals;
    case change_kind::tier: return change_family::standing;
    case change_kind::drop:
    case change_kind::domain:
    case change_kind::counterpart: return change_family::proposal;
    case change_kind::date: return change_family::date;
    case change_kind::rulebook: return change_family::rulebook;
  }
  return change_family::approvals;
}

/**
 * @brief Days from `from` to `to`, both included; an absent end is open.
 */
struct date_interval {
  std::optional<date> from{};  ///< The first day; absent: from the beginning of the calendar.
  std::optional<date> to{};    ///< The last day; absent: with no end.

  /// @return whether @p d falls in the interval.
  constexpr bool contains(date d) const noexcept { return (!from || !(d < *from)) && (!to || !(*to < d)); }
  /// @return the day a remedy is decided on: `from`, or `to` when the interval has no beginning
  ///         (1970-01-01 when it has neither end, which no remedy has).
  constexpr date first_known() const noexcept { return from ? *from : to.value_or(date{}); }

  /// Equal when both ends are.
  friend constexpr bool operator==(const date_interval&, const date_interval&) noexcept = default;
};

/**
 * @brief One change of a remedy: its kind, and the member of that kind's
 *        value (the others keep their defaults). Build one with the named
 *        constructors: `change::obtain(body::mfa)`, `change::tier(...)`.
 */
struct change {
  change_kind kind = change_kind::obtain;                        ///< What the change alters.
  citydip::body body = citydip::body::state_council;             ///< `obtain`: the body whose approval.
  designation tier = designation::small_medium_city;             ///< `tier`: the city's new tier.
  activity_flag flag = activity_flag::touches_internal_affairs;  ///< `drop`: the flag the proposal drops.
  issue_domain domain = issue_domain::economy_trade;             ///< `domain`: the proposal's new domain.
  citydip::counterpart counterpart = citydip::counterpart::foreign_national_government;  ///< `counterpart`.
  date_interval dates{};        ///< `date`: the interval in which the remedy holds.
  std::string_view rulebook{};  ///< `rulebook`: the other rulebook's name (a view of the name it holds).

  /// Obtain @p b's approval.
  static constexpr change obtaining(citydip::body b) noexcept { return {.kind = change_kind::obtain, .body = b}; }
  /// Obtain the central mandate.
  static constexpr change mandating() noexcept { return {.kind = change_kind::mandate}; }
  /// Hold the tier @p t.
  static constexpr change raising_to(designation t) noexcept { return {.kind = change_kind::tier, .tier = t}; }
  /// Drop the flag @p f from the proposal.
  static constexpr change dropping(activity_flag f) noexcept { return {.kind = change_kind::drop, .flag = f}; }
  /// Make the proposal about @p d.
  static constexpr change about(issue_domain d) noexcept { return {.kind = change_kind::domain, .domain = d}; }
  /// Give the proposal the counterpart @p c.
  static constexpr change with(citydip::counterpart c) noexcept {
    return {.kind = change_kind::counterpart, .counterpart = c};
  }
  /// Carry it out in the interval @p i.
  static constexpr change during(date_interval i) noexcept { return {.kind = change_kind::date, .dates = i}; }
  /// Decide under the rulebook named @p rulebook_name.
  static constexpr change under(std::string_view rulebook_name) noexcept {
    return {.kind = change_kind::rulebook, .rulebook = rulebook_name};
  }

  /// Equal when the kind and every value are.
  friend constexpr bool operator==(const change&, const change&) noexcept = default;
};

/**
 * @brief One way to let the activity go ahead: a set of changes, minimal
 *        (no proper subset of them suffices), and the decision it would then
 *        get.
 */
struct remedy {
  std::vector<change> changes{};  ///< In `change_kind` order; approvals to obtain last.
  /// The decision with the changes made: `allowed` for a remedy; for a change
  /// that lifts a prohibition (`prohibition::lifted_by`), any outcome but `denied`.
  decision what{};
};

/**
 * @brief For a prohibited activity: the red line, and the changes of the
 *        proposal that lift it.
 */
struct prohibition {
  std::vector<const rule*> red_lines{};  ///< The rules that prohibit it (the decision's deciding rules).
  /// The smallest changes of the proposal after which it is no longer
  /// prohibited, each with the decision it would then get (which may still
  /// need approvals); empty when no change of the proposal within the limit does.
  std::vector<remedy> lifted_by{};
  std::size_t omitted = 0;  ///< Further such changes found beyond `what_if_options::max_remedies`.
};

/**
 * @brief What a what-if query may propose, and how much it returns.
 */
struct what_if_options {
  /// The kinds of change allowed. By default approvals and standing, and other
  /// rulebooks when `rulebooks` names any; never the proposal or the date.
  change_families allow{change_family::approvals, change_family::standing, change_family::rulebook};
  std::size_t max_remedies = 3;  ///< How many remedies to return, the first in order; 0: every one.
  /// The most changes in one remedy, not counting the approvals it obtains
  /// (the decision a remedy reaches says which those are).
  std::size_t max_changes = 3;
  /// Other rulebooks a `rulebook` change may move to (the one decided under
  /// is skipped). Remedies refer to them: they must outlive the result.
  std::span<const rulebook> rulebooks{};
};

/**
 * @brief The answer to a what-if query.
 */
struct what_it_takes {
  decision what{};                 ///< The decision on the activity as proposed.
  std::vector<remedy> remedies{};  ///< The remedies in order; empty when `what` is allowed, or none exists.
  std::size_t omitted = 0;         ///< Minimal remedies found beyond `what_if_options::max_remedies`.
  std::optional<citydip::prohibition> prohibition{};  ///< Set when `what` is prohibited.
};

/**
 * @brief What would it take for @p c to carry out @p a under @p book: the
 *        smallest sets of changes after which the activity is `allowed`.
 *
 * The changes tried are those `options.allow` names, at most
 * `options.max_changes` of them in one remedy besides the approvals it then
 * obtains: a higher tier (each above the city's tier on the date, the lowest
 * that suffices first), the central mandate, another rulebook, another
 * interval of dates (the intervals in which the rules and the city's
 * designations stay the same), dropping a flag, another domain or counterpart.
 * Approvals are never guessed: a remedy obtains exactly the approvals still
 * missing from the decision its other changes reach.
 *
 * Every remedy is minimal: no proper subset of its changes, and no set that
 * differs only by a lower tier, suffices. Remedies are ordered by the number
 * of changes (each approval counts one), then by how central the bodies
 * involved are (`body_level`: those of the remedy's decision, and the central
 * leadership for a mandate), the least central first, then by how near a
 * date change stays to the activity's date, then by the changes themselves.
 * Adjacent intervals of dates that reach the same decision are one change.
 *
 * A prohibited activity also gets `prohibition`: its red lines and the
 * changes of the proposal that lift them, whatever `options.allow` says.
 *
 * The decisions refer to @p book and to `options.rulebooks`: the result must
 * not outlive them.
 *
 * @par Example
 * @code
 * const auto book = *citydip::builtin_rulebook("status-quo-2016");
 * const auto t = citydip::what_would_it_take(book, *citydip::find_city("shenzhen"),
 *     {.kind = citydip::activity_kind::overseas_office, .date = citydip::date{2016, 1, 1}});
 * // t.remedies[0].changes: obtain provincial_fao, obtain mfa
 * @endcode
 */
CITYDIP_API what_it_takes what_would_it_take(const rulebook& book, const city& c, const activity& a,
                                             const what_if_options& options = {});

/// Deleted: the decisions would dangle once the temporary rulebook is gone.
what_it_takes what_would_it_take(const rulebook&& book, const city& c, const activity& a,
                                 const what_if_options& options = {}) = delete;

/**
 * @brief @p a with the changes of @p changes made (the approvals they obtain
 *        added to `obtained`), and the tier and rulebook they choose.
 *
 * What a remedy means, as data: decide `applied.what` with
 * `decide(*applied.book, applied.tier, c.id, applied.what)` and a remedy's
 * changes give its decision. Used by the tests and by callers that show a
 * remedy's effect on the proposal.
 */
struct applied_changes {
  activity what{};                                    ///< The activity with the changes made; its date set.
  designation tier = designation::small_medium_city;  ///< The city's tier: raised, or its own on the date.
  const rulebook* book = nullptr;                     ///< The rulebook to decide under.
  bool valid = true;  ///< False when a tier change would not raise the tier on the date, or a rulebook is not given.
};

/**
 * @brief Makes @p changes to (@p book, @p c, @p a). A `rulebook` change picks
 *        the rulebook of that name among @p book and @p others.
 */
CITYDIP_API applied_changes apply_changes(const rulebook& book, std::span<const rulebook> others, const city& c,
                                          const activity& a, std::span<const change> changes);

CITYDIP_END_NAMESPACE

#endif
