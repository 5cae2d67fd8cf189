// Z-2.2-6: a higher tier never gets a more restrictive verdict than a lower
// one. Checked by exhaustion over every combination of the vocabulary.
#include <citydip/decide/decide.hpp>

#include <citydip/io/builtin.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/rules/rule.hpp>

#include "../rules/test_rulebooks.hpp"

#include "../support/param_name.hpp"

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace citydip;

struct sweep_result {
  std::size_t cells = 0;      // activity combinations examined
  std::size_t decisions = 0;  // decisions taken
  std::vector<std::string> violations;
};

std::string describe(const rulebook& book, const activity& a, std::string_view low, std::string_view high, verdict vl,
                     verdict vh, const decision& dh) {
  std::ostringstream out;
  out << to_id(a.kind) << " domain=" << (a.domain ? to_id(*a.domain) : "-")
      << " counterpart=" << (a.counterpart ? to_id(*a.counterpart) : "-") << " flags=" << a.touches_internal_affairs
      << a.has_central_mandate << a.uses_regional_name << a.legally_binding << " on " << a.date->to_string() << ": "
      << high << " gets " << to_id(vh) << " but " << low << " gets " << to_id(vl) << " in " << book.name()
      << "; deciding:";
  for (const auto& r : dh.reasons()) {
    if (r.deciding) out << " " << r.rule->id;
  }
  return out.str();
}

// Every date on which some rule starts or stops applying, plus the rulebook's own date.
std::vector<date> dates_of(const rulebook& book) {
  std::set<std::int32_t> seen;
  std::vector<date> out;
  auto add = [&](date d) {
    if (seen.insert(d.days_since_epoch()).second) out.push_back(d);
  };
  add(book.source().as_of.value_or(date{2016, 1, 1}));
  for (const rule& r : book.rules()) {
    if (r.when.from) add(*r.when.from);
    if (r.when.until) add(*r.when.until);
  }
  return out;
}

sweep_result sweep(const rulebook& book) {
  sweep_result res;
  std::vector<std::optional<issue_domain>> domains{std::nullopt};
  for (const auto& d : vocabulary<issue_domain>()) domains.push_back(d.value);
  std::vector<std::optional<counterpart>> counterparts{std::nullopt};
  for (const auto& c : vocabulary<counterpart>()) counterparts.push_back(c.value);

  for (const date on : dates_of(book)) {
    // Cities named by city-specific rules, with their tier on this date.
    std::vector<std::pair<std::string, designation>> named;
    for (const auto& id : book.named_cities()) {
      if (const city* c = find_city(id)) named.emplace_back(id, c->tier_on(on));
    }
    for (const auto& k : vocabulary<activity_kind>()) {
      for (const auto& dom : domains) {
        for (const auto& cp : counterparts) {
          for (unsigned flags = 0; flags < 16; ++flags) {
            activity a{.kind = k.value,
                       .domain = dom,
                       .counterpart = cp,
                       .touches_internal_affairs = (flags & 1) != 0,
                       .has_central_mandate = (flags & 2) != 0,
                       .uses_regional_name = (flags & 4) != 0,
                       .legally_binding = (flags & 8) != 0,
                       .date = on};
            ++res.cells;
            std::array<verdict, 7> by_tier{};
            for (const auto& t : vocabulary<designation>()) {
              by_tier[static_cast<std::size_t>(t.value)] = decide(book, t.value, "", a).verdict;
              ++res.decisions;
            }
            for (std::size_t hi = 1; hi < by_tier.size(); ++hi) {
              for (std::size_t lo = 0; lo < hi; ++lo) {
                if (by_tier[hi] > by_tier[lo] && res.violations.size() < 20) {
                  const auto dh = decide(book, static_cast<designation>(hi), "", a);
                  res.violations.push_back(describe(book, a, to_id(static_cast<designation>(lo)),
                                                    to_id(static_cast<designation>(hi)), by_tier[lo], by_tier[hi], dh));
                }
              }
            }
            for (const auto& [id, tier] : named) {
              const auto dc = decide(book, tier, id, a);
              ++res.decisions;
              // A named city is compared with every tier below its own.
              for (std::size_t lo = 0; lo < static_cast<std::size_t>(tier); ++lo) {
                if (dc.verdict > by_tier[lo] && res.violations.size() < 20) {
                  res.violations.push_back(
                      describe(book, a, to_id(static_cast<designation>(lo)), id, by_tier[lo], dc.verdict, dc));
                }
              }
            }
          }
        }
      }
    }
  }
  return res;
}

constexpr std::size_t cells_per_date = enum_count<activity_kind>() * 19 * 11 * 16;

class monotonicity_test : public ::testing::TestWithParam<const char*> {};

TEST_P(monotonicity_test, a_higher_tier_is_never_more_restricted) {
  const auto book = *builtin_rulebook(GetParam());
  const auto res = sweep(book);
  EXPECT_EQ(res.cells, cells_per_date * dates_of(book).size());
  EXPECT_GE(res.decisions, res.cells * 7);
  for (const auto& v : res.violations) ADD_FAILURE() << v;
  RecordProperty("cells", static_cast<int>(res.cells));
  RecordProperty("decisions", static_cast<int>(res.decisions));
}

INSTANTIATE_TEST_SUITE_P(both, monotonicity_test, ::testing::Values("status-quo-2016", "reform-proposal"),
                         test::rulebook_param_name{});

TEST(monotonicity_check_test, catches_a_rulebook_that_restricts_a_higher_tier) {
  using test::make_rule;
  const auto broken = test::compile_or_fail(test::make_source({make_rule(
      "municipalities-need-approval",
      {.tiers = designation_set{designation::municipality}, .kinds = activity_kind_set{activity_kind::trade_fair}},
      verdict::approval, {body::mfa})}));
  const auto res = sweep(broken);
  ASSERT_FALSE(res.violations.empty());
  EXPECT_NE(res.violations.front().find("municipalities-need-approval"), std::string::npos) << res.violations.front();
}

TEST(monotonicity_check_test, catches_a_city_specific_rule_that_restricts_its_city) {
  using test::make_rule;
  const auto broken = test::compile_or_fail(test::make_source(
      {make_rule("beijing-only", {.kinds = activity_kind_set{activity_kind::trade_fair}, .cities = {"beijing"}},
                 verdict::prohibited)}));
  const auto res = sweep(broken);
  ASSERT_FALSE(res.violations.empty());
  EXPECT_NE(res.violations.front().find("beijing-only"), std::string::npos) << res.violations.front();
}

}  // namespace
