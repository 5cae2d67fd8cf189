// Properties of the rule semantics, over generated rulebooks.
#include "reference.hpp"

#include "generated_rulebooks.hpp"

#include <citydip/decide/analysis.hpp>
#include <citydip/decide/decide.hpp>
#include <citydip/io/rulebook_json.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/rules/rulebook.hpp>

#include "../support/cells.hpp"
#include "../support/json_text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <set>

namespace {

using namespace citydip;

rulebook compiled(const rulebook_source& s) {
  auto r = rulebook::compile(s);
  if (!r) {
    ADD_FAILURE() << r.error().to_string();
    std::abort();
  }
  return *r;
}

struct summary {
  verdict v;
  body_set bodies;
  outcome o;
  classification cls;
  std::set<std::string> deciding;
  friend bool operator==(const summary&, const summary&) = default;
};

summary summarise(const decision& d) {
  summary s{d.verdict, d.bodies, d.outcome, d.classification, {}};
  for (const reason& r : d.reasons()) {
    if (r.deciding) s.deciding.insert(r.rule->id);
  }
  return s;
}

// Brute force over every activity, with the reference interpreter: how many
// (lower tier, higher tier or named city) pairs are more restrictive upward.
std::size_t brute_force_violations(const rulebook_source& book) {
  std::vector<std::pair<std::string, std::vector<designation>>> named;  // city, tiers it is decided at
  std::set<std::string> ids;
  for (const rule& r : book.rules) ids.insert(r.when.cities.begin(), r.when.cities.end());
  const date on = book.as_of.value_or(date::today());
  for (const auto& id : ids) {
    std::vector<designation> tiers;
    if (const city* c = find_city(id)) {
      tiers.push_back(c->tier_on(on));
    } else {
      for (const auto& t : vocabulary<designation>()) tiers.push_back(t.value);
    }
    named.emplace_back(id, tiers);
  }
  std::size_t violations = 0;
  test::for_each_activity(on, [&](const activity& a) {
    std::array<int, 7> v{};
    for (std::size_t t = 0; t < 7; ++t)
      v[t] = static_cast<int>(reference::decide(book, static_cast<designation>(t), "", a, on).v);
    for (std::size_t hi = 0; hi < 7; ++hi) {
      for (std::size_t lo = 0; lo < hi; ++lo) violations += v[hi] > v[lo];
    }
    for (const auto& [id, tiers] : named) {
      for (designation t : tiers) {
        const int vc = static_cast<int>(reference::decide(book, t, id, a, on).v);
        for (std::size_t lo = 0; lo < static_cast<std::size_t>(t); ++lo) violations += vc > v[lo];
      }
    }
  });
  return violations;
}

TEST(property_test, the_monotonicity_analysis_agrees_with_brute_force) {
  std::size_t with_violations = 0;
  for (unsigned seed = 1; seed <= 12; ++seed) {
    rulebook_source s = testgen::random_rulebook(seed * 7919);
    s.as_of = date{2016, 1, 1};
    for (rule& r : s.rules) {  // keep to one date: the brute force sweeps one
      r.when.from.reset();
      r.when.until.reset();
    }
    const auto report = check_monotonicity(compiled(s), 0);
    EXPECT_EQ(report.violations, brute_force_violations(s)) << "seed " << seed * 7919;
    with_violations += report.violations > 0;
  }
  EXPECT_GT(with_violations, 0u);  // the generated rulebooks do exercise violations
}

TEST(property_test, adding_an_exception_changes_no_decision_it_does_not_match) {
  std::mt19937 rng(42);
  for (unsigned seed = 1; seed <= 100; ++seed) {
    const rulebook_source before = testgen::random_rulebook(seed);
    rulebook_source after = before;
    rule e = testgen::random_rulebook(seed + 1000).rules.front();
    e.id = "added-exception";
    e.exception_to = {before.rules[rng() % before.rules.size()].id};
    after.rules.push_back(e);
    const rulebook a = compiled(before), b = compiled(after);
    testgen::for_each_relevant(after, [&](designation tier, std::string_view city, const activity& x) {
      if (reference::holds(e.when, tier, city, x, *x.date)) return;
      ASSERT_EQ(summarise(decide(a, tier, city, x)), summarise(decide(b, tier, city, x))) << "seed " << seed;
    });
  }
}

TEST(property_test, approvals_never_turn_a_prohibited_verdict_into_allowed) {
  std::size_t prohibited = 0;
  for (unsigned seed = 1; seed <= 100; ++seed) {
    const rulebook_source s = testgen::random_rulebook(seed);
    const rulebook book = compiled(s);
    testgen::for_each_relevant(s, [&](designation tier, std::string_view city, const activity& x) {
      activity everything = x;
      everything.obtained = body_set::all();
      everything.has_central_mandate = true;
      const decision d = decide(book, tier, city, x);
      if (d.verdict != verdict::prohibited) return;
      ++prohibited;
      const decision with = decide(book, tier, city, everything);
      if (with.verdict == verdict::prohibited) {
        ASSERT_EQ(with.outcome, outcome::denied);
      }
      ASSERT_EQ(d.outcome, outcome::denied);
    });
  }
  EXPECT_GT(prohibited, 0u);
}

TEST(property_test, deciding_is_deterministic_and_independent_of_rule_order) {
  std::mt19937 rng(7);
  for (unsigned seed = 1; seed <= 100; ++seed) {
    const rulebook_source s = testgen::random_rulebook(seed);
    rulebook_source shuffled = s;
    std::shuffle(shuffled.rules.begin(), shuffled.rules.end(), rng);
    const rulebook a = compiled(s), b = compiled(shuffled);
    testgen::for_each_relevant(s, [&](designation tier, std::string_view city, const activity& x) {
      const summary first = summarise(decide(a, tier, city, x));
      ASSERT_EQ(first, summarise(decide(a, tier, city, x))) << "seed " << seed;  // deterministic
      ASSERT_EQ(first, summarise(decide(b, tier, city, x))) << "seed " << seed;  // order-free
    });
  }
}

TEST(property_test, a_rulebook_written_and_loaded_back_decides_the_same) {
  for (unsigned seed = 1; seed <= 100; ++seed) {
    const rulebook_source s = testgen::random_rulebook(seed);
    const rulebook a = compiled(s);
    const auto b = load_rulebook(test::rulebook_text(s), {.file = "written.json"});
    ASSERT_TRUE(b) << "seed " << seed << ": " << b.error().to_string();
    testgen::for_each_relevant(s, [&](designation tier, std::string_view city, const activity& x) {
      ASSERT_EQ(summarise(decide(a, tier, city, x)), summarise(decide(*b, tier, city, x))) << "seed " << seed;
    });
  }
}

}  // namespace
