#include <citydip/decide/decide.hpp>

#include <citydip/rules/rule.hpp>

#include "rulebook_impl.hpp"

#include <algorithm>

namespace citydip {
namespace {

using detail::compiled_rule;
using detail::rulebook_impl;

bool city_matches(const rulebook_impl& impl, const compiled_rule& c, int city) noexcept {
  if (c.cities_count == 0) return true;
  if (city < 0) return false;
  const auto* first = impl.city_refs.data() + c.cities_offset;
  return std::find(first, first + c.cities_count, static_cast<std::uint32_t>(city)) != first + c.cities_count;
}

// Whether some rule in `applying` (ascending) is an exception to rule `i`.
bool overridden(const rulebook_impl& impl, std::uint32_t i, std::span<const std::uint32_t> applying) noexcept {
  const compiled_rule& c = impl.compiled[i];
  const auto* first = impl.overridden_by.data() + c.overridden_by_offset;
  for (const auto* p = first; p != first + c.overridden_by_count; ++p) {
    if (std::binary_search(applying.begin(), applying.end(), *p)) return true;
  }
  return false;
}

void settle_outcome(decision& d, const activity& a) noexcept {
  switch (d.verdict) {
    case verdict::prohibited:
      d.outcome = outcome::denied;
      break;
    case verdict::central_mandate:
      d.mandate_missing = !a.has_central_mandate;
      d.missing = d.mandate_missing ? d.bodies - a.obtained : body_set{};
      d.outcome = d.mandate_missing ? outcome::pending : outcome::allowed;
      break;
    case verdict::approval:
      d.missing = d.bodies - a.obtained;
      d.outcome = d.missing.empty() ? outcome::allowed : outcome::pending;
      break;
    case verdict::report:
    case verdict::autonomous:
      d.outcome = outcome::allowed;
      break;
  }
}

decision decide_with(const rulebook& book, designation tier, int city, date on, const activity& a) noexcept {
  const rulebook_impl& impl = book.impl();
  const auto& rules = impl.source.rules;
  decision d;
  d.tier = tier;
  d.on = on;

  const std::uint32_t tier_bit = 1u << static_cast<unsigned>(tier);
  const std::uint32_t domain_bit = a.domain ? 1u << static_cast<unsigned>(*a.domain) : detail::unspecified_domain_bit;
  const std::uint32_t cp_bit = a.with ? 1u << static_cast<unsigned>(*a.with) : detail::unspecified_counterpart_bit;
  const std::uint8_t flags = static_cast<std::uint8_t>(
      (a.touches_internal_affairs ? detail::flag_touches_internal_affairs : 0) |
      (a.has_central_mandate ? detail::flag_has_central_mandate : 0) |
      (a.uses_regional_name ? detail::flag_uses_regional_name : 0) |
      (a.legally_binding ? detail::flag_legally_binding : 0));
  const std::int32_t day = on.days_since_epoch();

  const auto k = static_cast<std::size_t>(a.kind);
  const std::uint32_t* first = impl.by_kind.data() + impl.kind_offsets[k];
  const std::uint32_t* last = impl.by_kind.data() + impl.kind_offsets[k + 1];

  detail::small_vector<std::uint32_t, decision::inline_reasons> applying;
  for (const std::uint32_t* p = first; p != last; ++p) {
    const compiled_rule& c = impl.compiled[*p];
    if ((c.tiers & tier_bit) && (c.domains & domain_bit) && (c.counterparts & cp_bit) &&
        ((flags ^ c.flag_value) & c.flag_care) == 0 && c.from_day <= day && day < c.until_day &&
        city_matches(impl, c, city)) {
      applying.push_back(*p);
    }
  }

  // Keep only the rules that count; `applying` stays ascending.
  detail::small_vector<std::uint32_t, decision::inline_reasons> counting;
  for (std::uint32_t i : applying.span()) {
    if (!overridden(impl, i, applying.span())) counting.push_back(i);
  }

  if (counting.empty()) {
    const rule& f = impl.source.fallback;
    d.by_default = true;
    d.verdict = f.verdict;
    d.bodies = f.bodies;
    d.classification = *f.classification;
    d.add_reason({&f, true});
  } else {
    verdict worst = verdict::autonomous;
    for (std::uint32_t i : counting.span()) worst = std::max(worst, rules[i].verdict);
    std::optional<classification> cls;
    for (std::uint32_t i : counting.span()) {
      const rule& r = rules[i];
      const bool deciding = r.verdict == worst;
      if (deciding) d.bodies |= r.bodies;
      if (r.classification && (!cls || *r.classification > *cls)) cls = r.classification;
      d.add_reason({&r, deciding});
    }
    d.verdict = worst;
    d.classification = cls.value_or(*impl.source.fallback.classification);
  }
  settle_outcome(d, a);
  return d;
}

}  // namespace

decision decide(const rulebook& book, const city& c, const activity& a) noexcept {
  const date on = a.on.value_or(date::today());
  return decide_with(book, c.tier_on(on), book.impl().city_index(c.id), on, a);
}

decision decide(const rulebook& book, designation tier, std::string_view city_id, const activity& a) noexcept {
  return decide_with(book, tier, book.impl().city_index(city_id), a.on.value_or(date::today()), a);
}

}  // namespace citydip
