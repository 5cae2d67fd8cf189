// Random rulebooks for differential and property tests, and the activities
// that exercise one exhaustively: one representative of each class of values
// that no rule's condition tells apart (two such values decide alike).
#ifndef CITYDIP_TESTS_GENERATED_RULEBOOKS_HPP
#define CITYDIP_TESTS_GENERATED_RULEBOOKS_HPP

#include <citydip/model/activity.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook_source.hpp>

#include <functional>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace citydip::testgen {

template <class Enum>
enum_set<Enum> random_subset(std::mt19937& rng, const std::vector<Enum>& pool, std::size_t at_most) {
  enum_set<Enum> s;
  const std::size_t n = 1 + rng() % std::min(at_most, pool.size());
  for (std::size_t i = 0; i < n; ++i) s.insert(pool[rng() % pool.size()]);
  return s;
}

template <class Enum>
std::vector<Enum> random_pool(std::mt19937& rng, std::size_t size) {
  std::vector<Enum> pool;
  for (std::size_t i = 0; i < size; ++i) pool.push_back(static_cast<Enum>(rng() % enum_count<Enum>()));
  return pool;
}

inline rulebook_source random_rulebook(unsigned seed) {
  std::mt19937 rng(seed);
  const auto chance = [&](unsigned percent) { return rng() % 100 < percent; };
  const auto kinds = random_pool<activity_kind>(rng, 4);
  const auto domains = random_pool<issue_domain>(rng, 5);
  const auto cps = random_pool<counterpart>(rng, 4);
  const auto bodies = random_pool<body>(rng, 4);
  const std::vector<std::string> cities{"beijing", "hong_kong", "yiwu"};
  const date dates[] = {{2010, 1, 1}, {2016, 1, 1}, {2020, 1, 1}};

  const auto effect = [&](rule& r) {
    r.verdict = static_cast<verdict>(rng() % 5);
    if (r.verdict == verdict::report || r.verdict == verdict::approval || r.verdict == verdict::central_mandate) {
      r.bodies = random_subset(rng, bodies, 2);
    }
    r.cite = "assumption: a generated rule";
    r.text_en = "generated";
    r.text_zh = "生成";
  };
  rulebook_source s;
  s.name = "generated-" + std::to_string(seed);
  s.title_en = "Generated";
  s.title_zh = "生成";
  effect(s.fallback);
  s.fallback.id = "default";
  s.fallback.classification = static_cast<classification>(rng() % 3);
  const std::size_t n = 1 + rng() % 8;
  for (std::size_t i = 0; i < n; ++i) {
    rule r;
    r.id = "r" + std::to_string(i);
    condition& c = r.when;
    if (chance(30)) c.tiers = random_subset(rng, random_pool<designation>(rng, 7), 4);
    if (chance(25)) c.tier_at_least = static_cast<designation>(rng() % 4);
    if (chance(25)) c.tier_at_most = static_cast<designation>(3 + rng() % 4);
    if (c.admitted_tiers().empty()) c.tiers.reset();
    if (c.admitted_tiers().empty()) c.tier_at_least.reset();
    if (chance(70)) c.kinds = random_subset(rng, kinds, 2);
    if (chance(40)) c.domains = random_subset(rng, domains, 3);
    if (chance(40)) c.counterparts = random_subset(rng, cps, 2);
    if (chance(20)) c.touches_internal_affairs = chance(50);
    if (chance(20)) c.has_central_mandate = chance(50);
    if (chance(20)) c.uses_regional_name = chance(50);
    if (chance(20)) c.legally_binding = chance(50);
    if (chance(15)) c.cities = {cities[rng() % cities.size()]};
    if (chance(10)) {
      const std::size_t from = rng() % 2;
      c.from = dates[from];
      c.until = dates[from + 1 + rng() % (2 - from)];
    }
    effect(r);
    if (chance(50)) r.classification = static_cast<classification>(rng() % 3);
    if (i > 0 && chance(35)) {
      r.exception_to.push_back("r" + std::to_string(rng() % i));  // only to earlier rules: never a cycle
    }
    s.rules.push_back(std::move(r));
  }
  return s;
}

// One representative of each class of values that the rules' sets treat alike.
template <class Enum>
std::vector<Enum> representatives(const std::vector<std::optional<enum_set<Enum>>>& sets) {
  std::map<std::vector<bool>, Enum> classes;
  for (const auto& row : vocabulary<Enum>()) {
    std::vector<bool> signature;
    for (const auto& s : sets) signature.push_back(s && s->contains(row.value));
    classes.emplace(signature, row.value);
  }
  std::vector<Enum> out;
  for (const auto& [sig, value] : classes) out.push_back(value);
  return out;
}

// Calls f(tier, city, activity) for every combination that can matter to `book`.
inline std::size_t for_each_relevant(const rulebook_source& book,
                                     const std::function<void(designation, std::string_view, const activity&)>& f) {
  std::vector<std::optional<activity_kind_set>> k;
  std::vector<std::optional<issue_domain_set>> d;
  std::vector<std::optional<counterpart_set>> c;
  std::set<std::string> cities{""};
  std::set<std::int32_t> days{date{2016, 6, 1}.days_since_epoch()};
  std::vector<date> dates{{2016, 6, 1}};
  unsigned flags_used = 0;
  for (const rule& r : book.rules) {
    k.push_back(r.when.kinds);
    d.push_back(r.when.domains);
    c.push_back(r.when.counterparts);
    for (const auto& id : r.when.cities) cities.insert(id);
    for (const auto& x : {r.when.from, r.when.until}) {
      if (x && days.insert(x->days_since_epoch()).second) dates.push_back(*x);
    }
    flags_used |= (r.when.touches_internal_affairs ? 1u : 0u) | (r.when.has_central_mandate ? 2u : 0u) |
                  (r.when.uses_regional_name ? 4u : 0u) | (r.when.legally_binding ? 8u : 0u);
  }
  std::vector<std::optional<issue_domain>> doms{std::nullopt};
  for (auto x : representatives(d)) doms.push_back(x);
  std::vector<std::optional<counterpart>> cpts{std::nullopt};
  for (auto x : representatives(c)) cpts.push_back(x);
  std::size_t n = 0;
  for (const date on : dates) {
    for (activity_kind kind : representatives(k)) {
      for (const auto& dom : doms) {
        for (const auto& cp : cpts) {
          for (unsigned flags = 0; flags < 16; ++flags) {
            if ((flags & ~flags_used) != 0) continue;  // a flag no rule tests: false stands for both
            activity a{.kind = kind,
                       .domain = dom,
                       .counterpart = cp,
                       .touches_internal_affairs = (flags & 1u) != 0,
                       .has_central_mandate = (flags & 2u) != 0,
                       .uses_regional_name = (flags & 4u) != 0,
                       .legally_binding = (flags & 8u) != 0,
                       .date = on};
            for (const auto& t : vocabulary<designation>()) {
              for (const auto& city : cities) {
                f(t.value, city, a);
                ++n;
              }
            }
          }
        }
      }
    }
  }
  return n;
}

}  // namespace citydip::testgen

#endif
