// Private: the compiled form of a rulebook, shared by the compiler and the validator.
#ifndef CITYDIP_SRC_RULEBOOK_IMPL_HPP
#define CITYDIP_SRC_RULEBOOK_IMPL_HPP

#include <citydip/rules/reason.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// Bit positions of the four activity flags in compiled_rule::flag_care/flag_value.
enum flag_bit : std::uint8_t {
  flag_touches_internal_affairs = 1u << 0,
  flag_has_central_mandate = 1u << 1,
  flag_uses_regional_name = 1u << 2,
  flag_legally_binding = 1u << 3,
};

// The bit that stands for "unspecified" in the domain and counterpart masks.
inline constexpr std::uint32_t unspecified_domain_bit = 1u << enum_count<issue_domain>();
inline constexpr std::uint32_t unspecified_counterpart_bit = 1u << enum_count<counterpart>();

// A rule's condition as masks: it matches when every test passes.
struct compiled_rule {
  std::uint32_t kinds = 0;
  std::uint32_t domains = 0;       // includes unspecified_domain_bit when the rule has no domain condition
  std::uint32_t counterparts = 0;  // likewise with unspecified_counterpart_bit
  std::uint8_t tiers = 0;
  std::uint8_t flag_care = 0;
  std::uint8_t flag_value = 0;
  std::int32_t from_day = std::numeric_limits<std::int32_t>::min();   // inclusive
  std::int32_t until_day = std::numeric_limits<std::int32_t>::max();  // exclusive
  std::uint32_t cities_offset = 0;                                    // into rulebook_impl::city_refs
  std::uint32_t cities_count = 0;                                     // 0: every city
  std::uint32_t overridden_by_offset = 0;                             // into rulebook_impl::overridden_by
  std::uint32_t overridden_by_count = 0;

  // One test per dimension (the named city is `city_matches`): the scanning
  // path asks them all of one activity, the table builder one at a time of
  // every value.
  bool admits_tier(std::size_t slot) const noexcept { return (tiers >> slot) & 1u; }
  bool admits_domain(std::size_t slot) const noexcept { return (domains >> slot) & 1u; }
  bool admits_counterpart(std::size_t slot) const noexcept { return (counterparts >> slot) & 1u; }
  bool admits_flags(unsigned flags) const noexcept { return ((flags ^ flag_value) & flag_care) == 0; }
  bool admits_day(std::int32_t day) const noexcept { return from_day <= day && day < until_day; }
};

inline constexpr std::size_t tier_slots = enum_count<designation>();
inline constexpr std::size_t domain_slots = enum_count<issue_domain>() + 1;      // the last: unspecified
inline constexpr std::size_t counterpart_slots = enum_count<counterpart>() + 1;  // the last: unspecified
inline constexpr std::size_t flag_slots = 16;

// What a set of applying rules decides before the activity's approvals and
// mandate are weighed: the effect of the deciding rules and the reasons.
struct resolved {
  verdict v = verdict::autonomous;
  citydip::classification cls = citydip::classification::general_foreign_affairs;
  bool by_default = false;
  body_set bodies{};
  std::uint32_t reasons_offset = 0;  // into rulebook_impl::reason_pool
  std::uint32_t reasons_count = 0;
};

// One activity kind's decision table. Every value of every dimension maps to
// the offset of its class (class number times the dimension's stride), so a
// cell is found by adding six offsets: no branch on the rules at all.
struct kind_table {
  bool tabled = false;
  bool by_city = false;  // whether the kind's rules tell named cities apart (else the city needs no lookup)
  std::array<std::uint32_t, tier_slots> tier_off{};
  std::array<std::uint32_t, domain_slots> domain_off{};
  std::array<std::uint32_t, counterpart_slots> counterpart_off{};
  std::array<std::uint32_t, flag_slots> flag_off{};
  std::uint32_t city_base =
      0;  // into rulebook_impl::city_off: named_cities.size() + 1 slots, slot 0 for an unnamed city
  std::uint32_t bounds_base = 0;  // into rulebook_impl::date_bounds: the days where a rule of the kind starts or stops
  std::uint32_t bounds_count = 0;
  std::uint32_t date_off_base = 0;  // into rulebook_impl::date_off: bounds_count + 1 intervals
  std::uint32_t cells_base = 0;     // into rulebook_impl::cells
};

struct rulebook_impl {
  // References held by `rulebook` handles (rulebook.cpp).
  mutable std::atomic<std::size_t> references{1};

  rulebook_source source;
  std::vector<compiled_rule> compiled;       // parallel to source.rules
  std::vector<std::uint32_t> kind_offsets;   // enum_count<activity_kind>() + 1 entries into by_kind
  std::vector<std::uint32_t> by_kind;        // rule indices that may match each kind, ascending
  std::vector<std::uint32_t> overridden_by;  // for each rule, the rules that are exceptions to it
  std::vector<std::string> named_cities;     // sorted, unique
  std::vector<std::uint32_t> city_refs;      // indices into named_cities
  std::size_t max_applying = 0;

  // The decision tables (decision_table.cpp).
  std::array<kind_table, enum_count<activity_kind>()> tables{};
  std::vector<std::uint32_t> cells;  // index into records
  std::vector<resolved> records;
  std::vector<reason> reason_pool;
  std::vector<std::uint32_t> city_off;
  std::vector<std::int32_t> date_bounds;
  std::vector<std::uint32_t> date_off;

  // For each named city: its length and its first and last bytes, so that
  // looking up a city the rulebook does not name mostly compares a few
  // integers instead of two strings.
  struct city_key {
    std::size_t size = 0;
    char first = 0;
    char last = 0;
    static city_key of(std::string_view id) noexcept {
      return id.empty() ? city_key{} : city_key{id.size(), id.front(), id.back()};
    }
    bool may_be(const city_key& k) const noexcept { return size == k.size && first == k.first && last == k.last; }
  };
  std::vector<city_key> city_keys;  // parallel to named_cities

  // Index of `id` in named_cities, or -1.
  int city_index(std::string_view id) const noexcept {
    if (named_cities.size() > 32) {
      const auto it = std::lower_bound(named_cities.begin(), named_cities.end(), id,
                                       [](const std::string& a, std::string_view b) { return a < b; });
      return it != named_cities.end() && *it == id ? static_cast<int>(it - named_cities.begin()) : -1;
    }
    const city_key k = city_key::of(id);
    for (std::size_t i = 0; i < city_keys.size(); ++i) {
      if (city_keys[i].may_be(k) && named_cities[i] == id) return static_cast<int>(i);
    }
    return -1;
  }
};

// The one door to a rulebook's compiled state, for the layers that read it
// (deciding and analysis); `rulebook` befriends it instead of exposing it.
struct rulebook_access {
  static const rulebook_impl& impl(const rulebook& book) noexcept { return *book.impl_; }
};

// Whether rule `c` admits the city with index `city` (-1: a city no rule names).
inline bool city_matches(const rulebook_impl& impl, const compiled_rule& c, int city) noexcept {
  if (c.cities_count == 0) return true;
  if (city < 0) return false;
  const auto* first = impl.city_refs.data() + c.cities_offset;
  return std::find(first, first + c.cities_count, static_cast<std::uint32_t>(city)) != first + c.cities_count;
}

// Resolves the rules in `applying` (ascending indices of rules whose
// conditions hold) by DESIGN's semantics: drops the overridden, lets the most
// restrictive verdict win, unites the deciding rules' bodies, and passes every
// counting rule to `emit` as a reason, in rulebook order. With none counting,
// the fallback decides. Shared by the table builder and the scanning path.
template <class Emit>
resolved resolve(const rulebook_impl& impl, std::span<const std::uint32_t> applying, Emit&& emit) {
  const auto& rules = impl.source.rules;
  const auto overridden = [&](std::uint32_t i) {
    const compiled_rule& c = impl.compiled[i];
    const auto* first = impl.overridden_by.data() + c.overridden_by_offset;
    return std::any_of(first, first + c.overridden_by_count,
                       [&](std::uint32_t e) { return std::binary_search(applying.begin(), applying.end(), e); });
  };
  resolved out;
  bool any = false;
  verdict worst = verdict::autonomous;
  for (std::uint32_t i : applying) {
    if (overridden(i)) continue;
    any = true;
    worst = std::max(worst, rules[i].verdict);
  }
  if (!any) {
    const rule& f = impl.source.fallback;
    out.by_default = true;
    out.v = f.verdict;
    out.bodies = f.bodies;
    out.cls = *f.classification;
    emit(reason{&f, true});
    return out;
  }
  std::optional<citydip::classification> cls;
  for (std::uint32_t i : applying) {
    if (overridden(i)) continue;
    const rule& r = rules[i];
    const bool deciding = r.verdict == worst;
    if (deciding) out.bodies |= r.bodies;
    if (r.classification && (!cls || *r.classification > *cls)) cls = r.classification;
    emit(reason{&r, deciding});
  }
  out.v = worst;
  out.cls = cls.value_or(*impl.source.fallback.classification);
  return out;
}

// Builds the decision tables of every kind whose table fits `max_cells`.
void build_tables(rulebook_impl& impl, std::size_t max_cells);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
