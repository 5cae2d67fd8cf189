#include <citydip/decide/analysis.hpp>

#include <citydip/decide/decide.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/rules/rule.hpp>

#include "decide/cells.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>

CITYDIP_BEGIN_NAMESPACE
namespace {

using detail::dates_of;
using detail::deciding_ids;
using detail::for_each_activity;
using detail::named_subjects;

bool same_effect(const decision& x, const decision& y) {
  return x.verdict == y.verdict && x.bodies == y.bodies && x.classification == y.classification;
}

}  // namespace

monotonicity_report check_monotonicity(const rulebook& book, std::size_t max_examples) {
  monotonicity_report rep;
  std::set<std::string> responsible;
  const auto record = [&](const activity& a, designation lo, designation hi, std::string city, verdict vl,
                          const decision& dh) {
    ++rep.violations;
    const auto ids = deciding_ids(dh);
    responsible.insert(ids.begin(), ids.end());
    if (rep.examples.size() < max_examples) {
      rep.examples.push_back({a, lo, hi, std::move(city), vl, dh.verdict, ids});
    }
  };
  for (const date on : dates_of({&book})) {
    const auto named = named_subjects({&book}, on);
    rep.cells += for_each_activity(on, [&](const activity& a) {
      std::array<verdict, enum_count<designation>()> v{};
      for (const auto& t : vocabulary<designation>())
        v[static_cast<std::size_t>(t.value)] = decide(book, t.value, "", a).verdict;
      for (std::size_t hi = 1; hi < v.size(); ++hi) {
        for (std::size_t lo = 0; lo < hi; ++lo) {
          if (v[hi] > v[lo]) {
            record(a, static_cast<designation>(lo), static_cast<designation>(hi), {}, v[lo],
                   decide(book, static_cast<designation>(hi), "", a));
          }
        }
      }
      for (const auto& s : named) {
        const decision d = decide(book, s.tier, s.city, a);
        for (std::size_t lo = 0; lo < static_cast<std::size_t>(s.tier); ++lo) {
          if (d.verdict > v[lo]) record(a, static_cast<designation>(lo), s.tier, s.city, v[lo], d);
        }
      }
    });
  }
  rep.responsible.assign(responsible.begin(), responsible.end());
  return rep;
}

usage_report find_dead_rules(const rulebook& book) {
  usage_report rep;
  const auto rules = book.rules();
  std::vector<bool> applied(rules.size()), counted(rules.size());
  const auto dates = dates_of({&book});
  // Calls f(tier, city, activity) for every cell and subject.
  const auto sweep = [&](auto&& f) {
    std::size_t cells = 0;
    for (const date on : dates) {
      const auto named = named_subjects({&book}, on);
      cells += for_each_activity(on, [&](const activity& a) {
        for (const auto& t : vocabulary<designation>()) f(t.value, std::string_view{}, a);
        for (const auto& s : named) f(s.tier, std::string_view{s.city}, a);
      });
    }
    return cells;
  };
  rep.cells = sweep([&](designation tier, std::string_view city, const activity& a) {
    const decision d = decide(book, tier, city, a);
    rep.default_used = rep.default_used || d.by_default;
    for (const reason& r : d.reasons()) {
      if (r.rule != &book.fallback()) counted[static_cast<std::size_t>(r.rule - rules.data())] = true;
    }
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (!applied[i] && applies(rules[i].when, tier, city, a, *a.date)) applied[i] = true;
    }
  });
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (!counted[i])
      rep.dead.push_back({rules[i].id, applied[i] ? dead_reason::always_overridden : dead_reason::never_applies});
  }
  // An exception matters when removing its exception_to changes some decision.
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i].exception_to.empty()) continue;
    rulebook_source without = book.source();
    without.rules[i].exception_to.clear();
    const auto other = rulebook::compile(std::move(without));
    if (!other) continue;  // cannot happen: removing exceptions keeps a sound rulebook sound
    bool changes = false;
    sweep([&](designation tier, std::string_view city, const activity& a) {
      if (!changes && applies(rules[i].when, tier, city, a, *a.date)) {
        changes = !same_effect(decide(book, tier, city, a), decide(*other, tier, city, a));
      }
    });
    if (!changes) rep.idle_exceptions.push_back(rules[i].id);
  }
  return rep;
}

rulebook_diff diff(const rulebook& a, const rulebook& b) {
  rulebook_diff out;
  out.a = std::string(a.name());
  out.b = std::string(b.name());
  for (std::size_t t = 0; t < out.by_tier.size(); ++t) out.by_tier[t].tier = static_cast<designation>(t);
  for (const auto& k : vocabulary<activity_kind>()) out.by_kind.push_back({k.value, 0, 0, 0});
  const auto dates = dates_of({&a, &b});
  const auto compare = [&](designation tier, std::string_view city, const activity& x) {
    ++out.cells;
    const decision da = decide(a, tier, city, x);
    const decision db = decide(b, tier, city, x);
    if (da.verdict == db.verdict && da.bodies == db.bodies) return;
    out.entries.push_back({x, tier, std::string(city), da.verdict, db.verdict, da.bodies, db.bodies});
    if (city.empty()) {
      auto& row = out.by_tier[static_cast<std::size_t>(tier)];
      ++row.cells_differing;
      ++(db.verdict < da.verdict   ? row.cells_less_restricted
         : db.verdict > da.verdict ? row.cells_more_restricted
                                   : row.cells_other_bodies);
    }
    ++out.by_kind[static_cast<std::size_t>(x.kind)].cells_differing;
  };
  for (const date on : dates) {
    const auto named = named_subjects({&a, &b}, on);
    for_each_activity(on, [&](const activity& x) {
      for (const auto& t : vocabulary<designation>()) compare(t.value, {}, x);
      for (const auto& s : named) compare(s.tier, s.city, x);
    });
  }
  // The plain activity of each kind, on the first date, summarised per tier and per kind.
  const date first = dates.front();
  for (const auto& k : vocabulary<activity_kind>()) {
    const activity plain{.kind = k.value, .date = first};
    for (auto& row : out.by_tier) {
      const decision da = decide(a, row.tier, "", plain);
      const decision db = decide(b, row.tier, "", plain);
      auto& kind_row = out.by_kind[static_cast<std::size_t>(k.value)];
      if (db.verdict < da.verdict) {
        ++row.kinds_less_restricted;
        ++kind_row.tiers_less_restricted;
      } else if (db.verdict > da.verdict) {
        ++row.kinds_more_restricted;
        ++kind_row.tiers_more_restricted;
      } else if (da.bodies != db.bodies) {
        ++row.kinds_other_bodies;
      }
    }
  }
  return out;
}

CITYDIP_END_NAMESPACE
