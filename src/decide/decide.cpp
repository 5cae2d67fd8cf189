#include <citydip/decide/decide.hpp>

#include <citydip/rules/rule.hpp>

#include "rules/rulebook_impl.hpp"

#include <algorithm>
#include <array>

CITYDIP_BEGIN_NAMESPACE
namespace {

using detail::compiled_rule;
using detail::rulebook_impl;

// Weighs what the activity holds against what the verdict asks. Written
// without branches on the verdict: on a stream of unrelated activities the
// verdict is unpredictable, and a mispredicted branch costs more than the
// arithmetic.
void settle_outcome(decision& d, const activity& a) noexcept {
  // Bitwise, not logical, operators: && and || would be branches.
  const unsigned approval = d.verdict == verdict::approval;
  const unsigned mandate = d.verdict == verdict::central_mandate;
  const unsigned prohibited = d.verdict == verdict::prohibited;
  const unsigned mandate_missing = mandate & static_cast<unsigned>(!a.has_central_mandate);
  d.mandate_missing = mandate_missing != 0;
  // Approvals are missing under `approval`, and under `central_mandate` while the mandate is.
  const auto wanted = body_set::mask_type{0} - static_cast<body_set::mask_type>(approval | mandate_missing);
  d.missing = body_set::from_mask((d.bodies - a.obtained).mask() & wanted);
  const unsigned pending = mandate_missing | (approval & static_cast<unsigned>(!d.missing.empty()));
  static_assert(static_cast<int>(outcome::allowed) != static_cast<int>(outcome::pending));
  const std::array<outcome, 4> pick{outcome::allowed, outcome::pending, outcome::denied, outcome::denied};
  d.outcome = pick[static_cast<std::size_t>(pending) | (static_cast<std::size_t>(prohibited) << 1)];
}

void apply(decision& d, const detail::resolved& r) noexcept {
  d.verdict = r.v;
  d.classification = r.cls;
  d.by_default = r.by_default;
  d.bodies = r.bodies;
}

// The kinds whose table did not fit: test each rule of the kind, resolve, and
// copy the reasons into the decision (which allocates). Kept out of line, so
// that the table path stays short.
[[gnu::noinline, gnu::cold]] void decide_by_scan(const rulebook_impl& impl, decision& d, std::size_t k,
                                                 std::size_t tier_slot, std::size_t domain_slot, std::size_t cp_slot,
                                                 unsigned flags, int city, std::int32_t day) {
  const std::uint32_t* first = impl.by_kind.data() + impl.kind_offsets[k];
  const std::uint32_t* last = impl.by_kind.data() + impl.kind_offsets[k + 1];
  std::vector<std::uint32_t> applying;
  for (const std::uint32_t* p = first; p != last; ++p) {
    const compiled_rule& c = impl.compiled[*p];
    if (c.admits_tier(tier_slot) && c.admits_domain(domain_slot) && c.admits_counterpart(cp_slot) &&
        c.admits_flags(flags) && c.admits_day(day) && detail::city_matches(impl, c, city)) {
      applying.push_back(*p);
    }
  }
  apply(d, detail::resolve(impl, applying, [&](const reason& why) { d.add_reason(why); }));
}

[[gnu::always_inline]] inline decision decide_with(const rulebook& book, designation tier, std::string_view city_id,
                                                   date on, std::int32_t day, const activity& a) noexcept {
  const rulebook_impl& impl = detail::rulebook_access::impl(book);
  decision d;
  d.rulebook = impl.source.name;
  d.tier = tier;
  d.date = on;

  const auto k = static_cast<std::size_t>(a.kind);
  const auto tier_slot = static_cast<std::size_t>(tier);
  const std::size_t domain_slot = a.domain ? static_cast<std::size_t>(*a.domain) : detail::domain_slots - 1;
  const std::size_t cp_slot = a.counterpart ? static_cast<std::size_t>(*a.counterpart) : detail::counterpart_slots - 1;
  const unsigned flags = (a.touches_internal_affairs ? unsigned{detail::flag_touches_internal_affairs} : 0u) |
                         (a.has_central_mandate ? unsigned{detail::flag_has_central_mandate} : 0u) |
                         (a.uses_regional_name ? unsigned{detail::flag_uses_regional_name} : 0u) |
                         (a.legally_binding ? unsigned{detail::flag_legally_binding} : 0u);

  const detail::kind_table& t = impl.tables[k];
  if (t.tabled) [[likely]] {
    std::size_t cell =
        t.tier_off[tier_slot] + t.domain_off[domain_slot] + t.counterpart_off[cp_slot] + t.flag_off[flags];
    // Most kinds' rules name no city: then every city is in one class, and
    // the city needs no lookup among the named ones.
    if (t.by_city) cell += impl.city_off[t.city_base + static_cast<std::size_t>(impl.city_index(city_id) + 1)];
    if (t.bounds_count != 0) {
      const std::int32_t* b = impl.date_bounds.data() + t.bounds_base;
      const auto interval = std::upper_bound(b, b + t.bounds_count, day) - b;
      cell += impl.date_off[t.date_off_base + static_cast<std::size_t>(interval)];
    }
    const detail::resolved& r = impl.records[impl.cells[t.cells_base + cell]];
    apply(d, r);
    d.refer_reasons({impl.reason_pool.data() + r.reasons_offset, r.reasons_count});
  } else {
    decide_by_scan(impl, d, k, tier_slot, domain_slot, cp_slot, flags, impl.city_index(city_id), day);
  }
  settle_outcome(d, a);
  return d;
}

// The activity's date, or today (evaluated only then).
date date_of(const activity& a) noexcept { return a.date ? *a.date : date::today(); }

}  // namespace

decision decide(const rulebook& book, const city& c, const activity& a) noexcept {
  const date on = date_of(a);
  const std::int32_t day = on.days_since_epoch();  // once, for the tier and for dated rules
  // The city's designation history keeps its tier as a timeline: walking the
  // records was most of the mispredicted branches of a decision.
  return decide_with(book, c.designations.tier_on(on, day), c.id, on, day, a);
}

decision decide(const rulebook& book, designation tier, std::string_view city_id, const activity& a) noexcept {
  const date on = date_of(a);
  return decide_with(book, tier, city_id, on, on.days_since_epoch(), a);
}

CITYDIP_END_NAMESPACE
