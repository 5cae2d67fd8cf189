// What the benchmarks share: a seeded stream of random activities of
// gazetteer cities, and generated rulebooks of any size.
#ifndef CITYDIP_BENCH_SUPPORT_HPP
#define CITYDIP_BENCH_SUPPORT_HPP

#include <citydip/citydip.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace citydip_bench {

using namespace citydip;

/// One activity of one gazetteer city.
struct work_item {
  const city* where = nullptr;
  activity what{};
};

/// @return the uniform random member of the vocabulary of Enum, or none one time in (count + 1).
template <class Enum>
std::optional<Enum> maybe(std::mt19937_64& rng) {
  const auto n = enum_count<Enum>();
  const auto v = rng() % (n + 1);
  return v == n ? std::nullopt : std::optional<Enum>(static_cast<Enum>(v));
}

/**
 * @brief @p n activities: a uniform city of the gazetteer, kind, domain (or
 *        none), counterpart (or none), flags and obtained approvals, all on
 *        @p on. The same seed gives the same stream.
 */
inline std::vector<work_item> random_work(std::size_t n, std::uint64_t seed, date on = date{2016, 1, 1}) {
  std::mt19937_64 rng(seed);
  const auto cities = gazetteer();
  std::vector<work_item> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    work_item w;
    w.where = &cities[rng() % cities.size()];
    w.what.kind = static_cast<activity_kind>(rng() % enum_count<activity_kind>());
    w.what.domain = maybe<issue_domain>(rng);
    w.what.counterpart = maybe<counterpart>(rng);
    const auto flags = rng();
    w.what.touches_internal_affairs = (flags & 1u) != 0;
    w.what.has_central_mandate = (flags & 2u) != 0;
    w.what.uses_regional_name = (flags & 4u) != 0;
    w.what.legally_binding = (flags & 8u) != 0;
    w.what.obtained = body_set::from_mask(static_cast<body_set::mask_type>(rng()) & body_set::all().mask());
    w.what.date = on;
    out.push_back(std::move(w));
  }
  return out;
}

/**
 * @brief A valid rulebook of @p rules random rules: each names one to three
 *        kinds, a tier floor, and with some chance a domain set, a
 *        counterpart set, a flag, a named city, a date window and an
 *        exception to an earlier rule. The same seed gives the same rulebook.
 */
inline rulebook_source generated_rulebook(std::size_t rules, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  rulebook_source s;
  s.name = "generated-" + std::to_string(rules);
  s.title_en = "Generated rulebook of " + std::to_string(rules) + " rules";
  s.title_zh = "生成的规则集";
  s.fallback.verdict = verdict::approval;
  s.fallback.bodies = {body::provincial_fao};
  s.fallback.classification = classification::general_foreign_affairs;
  s.fallback.cite = "assumption: generated for the benchmark";
  s.fallback.text_en = "Default.";
  s.fallback.text_zh = "默认。";
  const auto cities = gazetteer();
  const auto chance = [&](unsigned percent) { return rng() % 100 < percent; };
  for (std::size_t i = 0; i < rules; ++i) {
    rule r;
    r.id = "r" + std::to_string(i);
    activity_kind_set kinds;
    for (std::uint64_t n = 1 + rng() % 3; n > 0; --n)
      kinds.insert(static_cast<activity_kind>(rng() % enum_count<activity_kind>()));
    r.when.kinds = kinds;
    r.when.tier_at_least = static_cast<designation>(rng() % enum_count<designation>());
    if (chance(30))
      r.when.domains =
          issue_domain_set::from_mask((static_cast<std::uint32_t>(rng()) & issue_domain_set::all().mask()) | 1u);
    if (chance(30))
      r.when.counterparts =
          counterpart_set::from_mask((static_cast<std::uint32_t>(rng()) & counterpart_set::all().mask()) | 1u);
    if (chance(20)) r.when.legally_binding = chance(50);
    if (chance(20)) r.when.touches_internal_affairs = chance(50);
    if (chance(5)) r.when.cities.push_back(cities[rng() % cities.size()].id);
    if (chance(5)) r.when.from = date{static_cast<std::int16_t>(1980 + rng() % 40), 1, 1};
    r.verdict = static_cast<verdict>(rng() % enum_count<verdict>());
    if (r.verdict == verdict::report || r.verdict == verdict::approval || r.verdict == verdict::central_mandate) {
      r.bodies = {static_cast<body>(rng() % enum_count<body>())};
    }
    if (chance(50)) r.classification = static_cast<classification>(rng() % enum_count<classification>());
    if (i > 0 && chance(10)) r.exception_to.push_back("r" + std::to_string(rng() % i));
    r.cite = "assumption: generated for the benchmark";
    r.text_en = "Generated rule " + std::to_string(i) + ".";
    r.text_zh = "生成的规则。";
    s.rules.push_back(std::move(r));
  }
  return s;
}

}  // namespace citydip_bench

#endif
