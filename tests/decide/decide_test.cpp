#include <citydip/decide/decide.hpp>
#include <citydip/decide/explain.hpp>

#include <citydip/model/gazetteer.hpp>
#include <citydip/rules/rule.hpp>

#include "../rules/test_rulebooks.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace {

using namespace citydip;
using test::compile_or_fail;
using test::make_rule;
using test::make_source;

rulebook outcome_book() {
  return compile_or_fail(make_source({
      make_rule("ban", {.kinds = activity_kind_set{activity_kind::arms_control_engagement}}, verdict::prohibited),
      make_rule("mandate", {.kinds = activity_kind_set{activity_kind::host_mega_event}}, verdict::central_mandate,
                {body::state_council}),
      make_rule("approve", {.kinds = activity_kind_set{activity_kind::overseas_office}}, verdict::approval,
                {body::provincial_fao, body::mfa}),
      make_rule("report", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::report, {body::city_fao}),
  }));
}

activity act(activity_kind k, body_set obtained = {}) {
  return {.kind = k, .obtained = obtained, .date = date{2016, 1, 1}};
}

TEST(decide_test, approval_is_pending_until_every_body_has_approved) {
  const auto book = outcome_book();
  auto d = decide(book, designation::municipality, "", act(activity_kind::overseas_office, {body::mfa}));
  EXPECT_EQ(d.outcome, outcome::pending);
  EXPECT_EQ(d.missing, body_set{body::provincial_fao});
  d = decide(book, designation::municipality, "",
             act(activity_kind::overseas_office, {body::mfa, body::provincial_fao}));
  EXPECT_EQ(d.outcome, outcome::allowed);
  EXPECT_TRUE(d.missing.empty());
}

TEST(decide_test, a_central_mandate_verdict_waits_for_the_mandate) {
  const auto book = outcome_book();
  auto a = act(activity_kind::host_mega_event);
  auto d = decide(book, designation::municipality, "", a);
  EXPECT_EQ(d.verdict, verdict::central_mandate);
  EXPECT_EQ(d.outcome, outcome::pending);
  EXPECT_TRUE(d.mandate_missing);
  EXPECT_EQ(d.missing, body_set{body::state_council});
  a.has_central_mandate = true;
  d = decide(book, designation::municipality, "", a);
  EXPECT_EQ(d.outcome, outcome::allowed);
  EXPECT_FALSE(d.mandate_missing);
}

TEST(decide_test, prohibited_is_denied_whatever_was_obtained) {
  const auto book = outcome_book();
  auto a = act(activity_kind::arms_control_engagement, body_set::all());
  a.has_central_mandate = true;
  const auto d = decide(book, designation::special_administrative_region, "", a);
  EXPECT_EQ(d.outcome, outcome::denied);
}

TEST(decide_test, report_and_autonomous_may_go_ahead) {
  const auto book = outcome_book();
  EXPECT_EQ(decide(book, designation::small_medium_city, "", act(activity_kind::trade_fair)).outcome, outcome::allowed);
  EXPECT_EQ(decide(book, designation::small_medium_city, "", act(activity_kind::cultural_exchange)).outcome,
            outcome::allowed);
}

TEST(decide_test, the_tier_is_taken_on_the_activitys_date) {
  const auto book = outcome_book();
  const city& chongqing = *find_city("chongqing");
  auto a = act(activity_kind::trade_fair);
  a.date = date{1996, 6, 1};
  EXPECT_EQ(decide(book, chongqing, a).tier, designation::sub_provincial_city);
  a.date = date{1998, 6, 1};
  EXPECT_EQ(decide(book, chongqing, a).tier, designation::municipality);
  EXPECT_EQ(decide(book, chongqing, a).date, (date{1998, 6, 1}));
}

TEST(decide_test, an_activity_without_a_date_is_decided_for_today) {
  const auto book = outcome_book();
  const activity a{.kind = activity_kind::trade_fair};
  EXPECT_EQ(decide(book, *find_city("beijing"), a).date, date::today());
}

}  // namespace

namespace {

using namespace citydip;

// A decision views its rulebook's rules: deciding against a temporary
// rulebook would leave it dangling, so it must not compile.
template <class Book>
concept can_decide_against = requires(Book&& book, const city& c, const activity& a, std::string_view id) {
  decide(static_cast<Book&&>(book), c, a);
  decide(static_cast<Book&&>(book), designation::municipality, id, a);
};
static_assert(can_decide_against<const rulebook&>);
static_assert(can_decide_against<rulebook&>);
static_assert(!can_decide_against<rulebook>, "deciding against a temporary rulebook must not compile");
static_assert(!can_decide_against<const rulebook>, "deciding against a temporary rulebook must not compile");

TEST(decide_test, a_decision_names_its_rulebook) {
  const rulebook book = outcome_book();
  EXPECT_EQ(decide(book, designation::municipality, "", {.kind = activity_kind::trade_fair}).rulebook, book.name());
}

}  // namespace

namespace {

using namespace citydip;

TEST(explain_test, appends_the_verdict_the_outcome_and_every_reason) {
  const rulebook book = outcome_book();
  const decision d =
      decide(book, designation::municipality, "",
             {.kind = activity_kind::overseas_office, .obtained = {body::mfa}, .date = date{2016, 1, 1}});
  std::string text = "before\n";
  write_explanation(text, d);
  EXPECT_TRUE(text.starts_with("before\nverdict:   approval (")) << text;
  EXPECT_NE(text.find("outcome:   pending ("), std::string::npos) << text;
  EXPECT_NE(text.find("; missing: provincial_fao"), std::string::npos) << text;
  EXPECT_NE(text.find("on 2016-01-01\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  * approve ["), std::string::npos) << text;
  std::string zh;
  write_explanation(zh, d, {.lang = language::zh});
  EXPECT_TRUE(zh.starts_with("结论：")) << zh;
  EXPECT_NE(zh.find("，日期 2016-01-01"), std::string::npos) << zh;
}

}  // namespace
