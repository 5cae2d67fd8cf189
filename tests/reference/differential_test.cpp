// The fast path (compiled rulebook, citydip::decide) against the reference
// interpreter: identical verdict, bodies, classification, outcome, missing
// approvals, and counting and deciding rules, on every combination that
// matters, for both built-in rulebooks and 300 generated ones.
#include "reference.hpp"

#include "generated_rulebooks.hpp"

#include <citydip/decide/decide.hpp>
#include <citydip/io/builtin.hpp>
#include <citydip/rules/rulebook.hpp>

#include <gtest/gtest.h>

#include <random>
#include <sstream>

namespace {

using namespace citydip;

std::string describe(designation tier, std::string_view city, const activity& a) {
  std::ostringstream s;
  s << to_id(tier) << " city='" << city << "' " << to_id(a.kind) << " domain=" << (a.domain ? to_id(*a.domain) : "-")
    << " cp=" << (a.counterpart ? to_id(*a.counterpart) : "-") << " flags=" << a.touches_internal_affairs
    << a.has_central_mandate << a.uses_regional_name << a.legally_binding << " obtained=" << a.obtained.mask() << " on "
    << a.date->to_string();
  return s.str();
}

// Compares one decision; returns false (after a failure) on the first difference.
bool agree(const rulebook& fast, designation tier, std::string_view city, const activity& a) {
  const decision d = decide(fast, tier, city, a);
  const reference::outcome_of r = reference::decide(fast.source(), tier, city, a, *a.date);
  std::vector<std::string> counting, deciding;
  for (const reason& x : d.reasons()) {
    counting.push_back(x.rule->id);
    if (x.deciding) deciding.push_back(x.rule->id);
  }
  const bool same = d.verdict == r.v && d.bodies == r.bodies && d.classification == r.cls && d.outcome == r.result &&
                    d.missing == r.missing && d.mandate_missing == r.mandate_missing && d.by_default == r.by_default &&
                    counting == r.counting && deciding == r.deciding;
  if (!same) {
    ADD_FAILURE() << fast.name() << ": " << describe(tier, city, a) << "\n fast: " << to_id(d.verdict) << " bodies "
                  << d.bodies.mask() << " outcome " << to_id(d.outcome) << " deciding " << deciding.size()
                  << "\n reference: " << to_id(r.v) << " bodies " << r.bodies.mask() << " outcome " << to_id(r.result)
                  << " deciding " << r.deciding.size();
  }
  return same;
}

// Obtained approvals that matter: none, all, and a pseudo-random subset.
body_set obtained_pattern(std::mt19937& rng) {
  switch (rng() % 3) {
    case 0: return {};
    case 1: return body_set::all();
    default: return body_set::from_mask(static_cast<body_set::mask_type>(rng()) & body_set::all().mask());
  }
}

// Both ways of deciding: the tables (the default) and scanning every rule.
const compile_options table_settings[] = {{}, {.max_table_cells = 0}};

TEST(differential_test, the_builtin_rulebooks_decide_as_the_reference_on_every_combination) {
  std::mt19937 rng(2016);
  for (const auto& info : builtin_rulebooks()) {
    for (const compile_options& options : table_settings) {
      const rulebook book = *rulebook::compile(builtin_rulebook(info.name)->source(), options);
      std::vector<std::string> cities{""};
      for (const auto& id : book.named_cities()) cities.push_back(id);
      cities.push_back("yiwu");  // a city no rule names
      std::size_t compared = 0;
      bool ok = true;
      for (const auto& k : vocabulary<activity_kind>()) {
        for (int dom = -1; ok && dom < static_cast<int>(enum_count<issue_domain>()); ++dom) {
          for (int cp = -1; ok && cp < static_cast<int>(enum_count<counterpart>()); ++cp) {
            for (unsigned flags = 0; ok && flags < 16; ++flags) {
              activity a{.kind = k.value,
                         .touches_internal_affairs = (flags & 1u) != 0,
                         .has_central_mandate = (flags & 2u) != 0,
                         .uses_regional_name = (flags & 4u) != 0,
                         .legally_binding = (flags & 8u) != 0,
                         .date = *book.source().as_of};
              if (dom >= 0) a.domain = static_cast<issue_domain>(dom);
              if (cp >= 0) a.counterpart = static_cast<counterpart>(cp);
              for (const auto& t : vocabulary<designation>()) {
                for (const auto& city : cities) {  // every city at every tier
                  a.obtained = obtained_pattern(rng);
                  ok = ok && agree(book, t.value, city, a);
                  ++compared;
                }
              }
            }
          }
        }
      }
      EXPECT_TRUE(ok) << "max_table_cells " << options.max_table_cells;
      EXPECT_EQ(compared, enum_count<activity_kind>() * 19 * 11 * 16 * 7 * cities.size()) << info.name;
      RecordProperty(std::string(info.name) + "_combinations_" + std::to_string(options.max_table_cells),
                     static_cast<int>(compared));
    }
  }
}

TEST(differential_test, three_hundred_generated_rulebooks_decide_as_the_reference) {
  std::mt19937 rng(1973);
  std::size_t compared = 0, rulebooks = 0;
  for (unsigned seed = 1; seed <= 300; ++seed) {
    const rulebook_source source = testgen::random_rulebook(seed);
    // Tables, scanning, and a budget small enough that some kinds get a table and some do not.
    for (std::size_t max_cells : {std::size_t{1} << 16, std::size_t{0}, std::size_t{24}}) {
      auto book = rulebook::compile(source, {.max_table_cells = max_cells});
      ASSERT_TRUE(book) << "seed " << seed << ": " << book.error().to_string();
      bool ok = true;
      compared += testgen::for_each_relevant(source, [&](designation tier, std::string_view city, const activity& a) {
        if (!ok) return;
        activity with = a;
        with.obtained = obtained_pattern(rng);
        ok = agree(*book, tier, city, with);
      });
      ASSERT_TRUE(ok) << "seed " << seed << ", max_table_cells " << max_cells;
    }
    ++rulebooks;
  }
  EXPECT_EQ(rulebooks, 300u);
  EXPECT_GT(compared, 300000u);
  RecordProperty("generated_combinations", static_cast<int>(compared));
}

}  // namespace
