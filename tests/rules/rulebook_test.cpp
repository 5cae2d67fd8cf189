#include <citydip/rules/rulebook.hpp>

#include <citydip/decide/decide.hpp>

#include "test_rulebooks.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>

namespace {

using namespace citydip;
using test::compile_or_fail;
using test::make_rule;
using test::make_source;

bool has_problem(const error& e, std::string_view path, std::string_view words) {
  return std::any_of(e.diagnostics.begin(), e.diagnostics.end(),
                     [&](const diagnostic& d) { return d.path == path && d.message.find(words) != std::string::npos; });
}

activity act(activity_kind k) { return {.kind = k, .date = date{2016, 1, 1}}; }

TEST(rulebook_test, compiles_a_valid_source_and_exposes_it) {
  const auto book = compile_or_fail(make_source(
      {make_rule("a", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::report, {body::city_fao})}));
  EXPECT_EQ(book.name(), "test");
  EXPECT_EQ(book.title(language::zh), "测试规则集");
  ASSERT_EQ(book.rules().size(), 1u);
  EXPECT_EQ(book.find("a"), &book.rules()[0]);
  EXPECT_EQ(book.find("default"), &book.fallback());
  EXPECT_EQ(book.find("nope"), nullptr);
  EXPECT_EQ(book.max_applying(), 1u);
}

TEST(rulebook_test, copies_share_the_compiled_state_and_outlive_the_original) {
  std::optional<rulebook> original = compile_or_fail(make_source(
      {make_rule("a", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::report, {body::city_fao})}));
  const rule* first = &original->rules()[0];
  rulebook copy = *original;
  EXPECT_EQ(&copy.rules()[0], first);  // shared, not copied
  rulebook assigned = compile_or_fail(make_source({}));
  assigned = copy;
  EXPECT_EQ(&assigned.rules()[0], first);
  rulebook& alias = assigned;  // through a reference, as self-assignment happens in real code
  assigned = alias;            // self-assignment keeps it
  EXPECT_EQ(&assigned.rules()[0], first);
  original.reset();  // the copies keep the state alive (ASan checks the reads below)
  const city c{.id = "x", .name_zh = "X", .name_en = "X"};
  EXPECT_EQ(decide(copy, c, act(activity_kind::trade_fair)).reasons()[0].rule, first);
  rulebook moved = std::move(copy);
  EXPECT_EQ(&moved.rules()[0], first);
  copy = std::move(moved);  // a moved-from rulebook may be assigned to
  EXPECT_EQ(&copy.rules()[0], first);
  rulebook& same = copy;
  copy = std::move(same);  // self-move keeps it
  EXPECT_EQ(&copy.rules()[0], first);
  EXPECT_EQ(copy.rules()[0].id, "a");
}

TEST(rulebook_test, reports_every_problem_not_just_the_first) {
  auto bad_cite = make_rule("c", {}, verdict::autonomous);
  bad_cite.cite = "Z-9-9";
  auto no_text = make_rule("d", {}, verdict::autonomous);
  no_text.text_zh.clear();
  auto bad_exception = make_rule("e", {}, verdict::autonomous);
  bad_exception.exception_to = {"missing", "e"};
  auto src = make_source({
      make_rule("a", {}, verdict::autonomous),
      make_rule("a", {}, verdict::autonomous),  // duplicate id
      make_rule("b", {}, verdict::approval),    // approval without bodies
      bad_cite,
      no_text,
      bad_exception,
      make_rule("f", {}, verdict::prohibited, {body::mfa}),                 // bodies on prohibited
      make_rule("g", {.kinds = activity_kind_set{}}, verdict::autonomous),  // empty set: never applies
      make_rule("h", {.tier_at_least = designation::municipality, .tier_at_most = designation::coastal_open_city},
                verdict::autonomous),
      make_rule("i", {.from = date{2016, 1, 1}, .until = date{2016, 1, 1}}, verdict::autonomous),
      make_rule("j", {.cities = {"Hong Kong"}}, verdict::autonomous),
      make_rule("default", {}, verdict::autonomous),
  });
  src.name.clear();
  const auto r = rulebook::compile(src);
  ASSERT_FALSE(r);
  const error& e = r.error();
  EXPECT_TRUE(has_problem(e, "/name", "non-empty"));
  EXPECT_TRUE(has_problem(e, "/rules/1/id", "duplicate rule id 'a'"));
  EXPECT_TRUE(has_problem(e, "/rules/2/bodies", "expected at least one body"));
  EXPECT_TRUE(has_problem(e, "/rules/3/cite", "unknown paper id 'Z-9-9'"));
  EXPECT_TRUE(has_problem(e, "/rules/4/text_zh", "Chinese"));
  EXPECT_TRUE(has_problem(e, "/rules/5/exception_to/0", "names no rule"));
  EXPECT_TRUE(has_problem(e, "/rules/5/exception_to/1", "itself"));
  EXPECT_TRUE(has_problem(e, "/rules/6/bodies", "expected no bodies"));
  EXPECT_TRUE(has_problem(e, "/rules/7/when/activity", "never apply"));
  EXPECT_TRUE(has_problem(e, "/rules/8/when/tier_at_most", "admit no tier"));
  EXPECT_TRUE(has_problem(e, "/rules/9/when/until", "never apply"));
  EXPECT_TRUE(has_problem(e, "/rules/10/when/cities/0", "expected a city id"));
  EXPECT_TRUE(has_problem(e, "/rules/11/id", "reserved"));
  EXPECT_EQ(e.diagnostics.size(), 13u) << e.to_string();
}

TEST(rulebook_test, refuses_cycles_of_exceptions) {
  auto a = make_rule("a", {}, verdict::autonomous);
  auto b = make_rule("b", {}, verdict::autonomous);
  auto c = make_rule("c", {}, verdict::autonomous);
  a.exception_to = {"b"};
  b.exception_to = {"c"};
  c.exception_to = {"a"};
  const auto r = rulebook::compile(make_source({a, b, c}));
  ASSERT_FALSE(r);
  EXPECT_TRUE(has_problem(r.error(), "/rules/0/exception_to", "cycle of exceptions: 'a' -> 'b' -> 'c' -> 'a'"))
      << r.error().to_string();
  EXPECT_EQ(r.error().diagnostics.size(), 1u);
}

TEST(rulebook_test, the_default_needs_a_classification_and_no_condition) {
  auto src = make_source({});
  src.fallback.classification.reset();
  src.fallback.when.legally_binding = true;
  const auto r = rulebook::compile(src);
  ASSERT_FALSE(r);
  EXPECT_TRUE(has_problem(r.error(), "/default/classification", "classification"));
  EXPECT_TRUE(has_problem(r.error(), "/default/when", "no condition"));
}

TEST(rule_semantics_test, the_most_restrictive_counting_rule_wins_and_its_bodies_are_the_union) {
  const auto book = compile_or_fail(make_source({
      make_rule("report-fao", {}, verdict::report, {body::city_fao}),
      make_rule("approve-mfa", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::approval, {body::mfa}),
      make_rule("approve-prov", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::approval,
                {body::provincial_fao}),
  }));
  const decision d = decide(book, designation::coastal_open_city, "", act(activity_kind::trade_fair));
  EXPECT_EQ(d.verdict, verdict::approval);
  EXPECT_EQ(d.bodies, (body_set{body::mfa, body::provincial_fao}));  // not city_fao: that rule does not decide
  ASSERT_EQ(d.reasons().size(), 3u);
  EXPECT_FALSE(d.reasons()[0].deciding);
  EXPECT_TRUE(d.reasons()[1].deciding);
  EXPECT_TRUE(d.reasons()[2].deciding);
  EXPECT_FALSE(d.by_default);
}

TEST(rule_semantics_test, an_applying_exception_overrides_the_rule_it_names) {
  auto general = make_rule("general", {.kinds = activity_kind_set{activity_kind::overseas_office}}, verdict::approval,
                           {body::mfa});
  auto special = make_rule(
      "special",
      {.tier_at_least = designation::sub_provincial_city, .kinds = activity_kind_set{activity_kind::overseas_office}},
      verdict::report, {body::mfa_special_commissioner});
  special.exception_to = {"general"};
  const auto book = compile_or_fail(make_source({general, special}));

  const decision low = decide(book, designation::coastal_open_city, "", act(activity_kind::overseas_office));
  EXPECT_EQ(low.verdict, verdict::approval);
  const decision high = decide(book, designation::sub_provincial_city, "", act(activity_kind::overseas_office));
  EXPECT_EQ(high.verdict, verdict::report);  // less restrictive, because the general rule does not count
  ASSERT_EQ(high.reasons().size(), 1u);
  EXPECT_EQ(high.reasons()[0].rule->id, "special");
}

TEST(rule_semantics_test, an_overridden_exception_still_overrides) {
  // Lex specialis works on applying rules: a -> b -> c, all applying: only c counts... and b, overridden by c, still
  // overrides a (DESIGN: "overridden by an applying exception").
  auto a = make_rule("a", {}, verdict::prohibited);
  auto b = make_rule("b", {}, verdict::approval, {body::mfa});
  auto c = make_rule("c", {}, verdict::report, {body::mfa});
  b.exception_to = {"a"};
  c.exception_to = {"b"};
  const auto book = compile_or_fail(make_source({a, b, c}));
  const decision d = decide(book, designation::municipality, "", act(activity_kind::trade_fair));
  EXPECT_EQ(d.verdict, verdict::report);
  ASSERT_EQ(d.reasons().size(), 1u);
  EXPECT_EQ(d.reasons()[0].rule->id, "c");
}

TEST(rule_semantics_test, the_default_decides_when_no_rule_counts) {
  const auto book =
      compile_or_fail(make_source({make_rule("only-fairs", {.kinds = activity_kind_set{activity_kind::trade_fair}},
                                             verdict::report, {body::city_fao})},
                                  verdict::approval, {body::provincial_fao}));
  const decision d = decide(book, designation::municipality, "", act(activity_kind::cultural_exchange));
  EXPECT_TRUE(d.by_default);
  EXPECT_EQ(d.verdict, verdict::approval);
  EXPECT_EQ(d.bodies, body_set{body::provincial_fao});
  ASSERT_EQ(d.reasons().size(), 1u);
  EXPECT_EQ(d.reasons()[0].rule, &book.fallback());
  EXPECT_EQ(d.classification, classification::general_foreign_affairs);
}

TEST(rule_semantics_test, every_condition_field_must_match) {
  const auto book =
      compile_or_fail(make_source({make_rule("narrow",
                                             {.tiers = designation_set{designation::municipality},
                                              .kinds = activity_kind_set{activity_kind::trade_fair},
                                              .domains = issue_domain_set{issue_domain::economy_trade},
                                              .counterparts = counterpart_set{counterpart::multinational_corporation},
                                              .legally_binding = true,
                                              .from = date{2016, 1, 1},
                                              .until = date{2017, 1, 1},
                                              .cities = {"beijing"}},
                                             verdict::prohibited)}));
  activity a{.kind = activity_kind::trade_fair,
             .domain = issue_domain::economy_trade,
             .counterpart = counterpart::multinational_corporation,
             .legally_binding = true,
             .date = date{2016, 6, 1}};
  EXPECT_EQ(decide(book, designation::municipality, "beijing", a).verdict, verdict::prohibited);
  EXPECT_EQ(decide(book, designation::municipality, "shanghai", a).verdict, verdict::autonomous);
  EXPECT_EQ(decide(book, designation::sub_provincial_city, "beijing", a).verdict, verdict::autonomous);
  auto changed = a;
  changed.legally_binding = false;
  EXPECT_EQ(decide(book, designation::municipality, "beijing", changed).verdict, verdict::autonomous);
  changed = a;
  changed.date = date{2017, 1, 1};  // `until` is exclusive
  EXPECT_EQ(decide(book, designation::municipality, "beijing", changed).verdict, verdict::autonomous);
  changed = a;
  changed.domain.reset();  // an unspecified domain does not match a domain condition
  EXPECT_EQ(decide(book, designation::municipality, "beijing", changed).verdict, verdict::autonomous);
  changed = a;
  changed.counterpart = counterpart::foreign_ngo;
  EXPECT_EQ(decide(book, designation::municipality, "beijing", changed).verdict, verdict::autonomous);
}

TEST(rule_semantics_test, classification_is_the_most_central_one_any_counting_rule_gives) {
  auto local = make_rule("local", {}, verdict::autonomous);
  local.classification = classification::general_foreign_affairs;
  auto state = make_rule("state", {.kinds = activity_kind_set{activity_kind::arms_control_engagement}},
                         verdict::central_mandate, {body::mfa});
  state.classification = classification::state_diplomacy;
  const auto book = compile_or_fail(make_source({local, state}));
  EXPECT_EQ(decide(book, designation::municipality, "", act(activity_kind::arms_control_engagement)).classification,
            classification::state_diplomacy);
  EXPECT_EQ(decide(book, designation::municipality, "", act(activity_kind::trade_fair)).classification,
            classification::general_foreign_affairs);
}

TEST(rule_semantics_test, rule_order_in_the_source_does_not_change_the_verdict) {
  std::vector<rule> rules{
      make_rule("r1", {}, verdict::report, {body::city_fao}),
      make_rule("r2", {.tier_at_most = designation::provincial_capital}, verdict::approval, {body::provincial_fao}),
      make_rule("r3", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::approval, {body::mfa})};
  const auto forward = compile_or_fail(make_source(rules));
  std::reverse(rules.begin(), rules.end());
  const auto backward = compile_or_fail(make_source(rules));
  for (const auto& t : vocabulary<designation>()) {
    for (const auto& k : vocabulary<activity_kind>()) {
      const auto a = decide(forward, t.value, "", act(k.value));
      const auto b = decide(backward, t.value, "", act(k.value));
      EXPECT_EQ(a.verdict, b.verdict);
      EXPECT_EQ(a.bodies, b.bodies);
    }
  }
}

}  // namespace
