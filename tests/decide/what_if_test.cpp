// What would it take, and the standing ladder: the paper's worked examples
// and the options, one by one. The brute-force properties are in
// tests/reference/what_if_property_test.cpp.
#include <citydip/citydip.hpp>

#include <gtest/gtest.h>

namespace citydip {
namespace {

const rulebook& status_quo() {
  static const rulebook book = *builtin_rulebook("status-quo-2016");
  return book;
}
const rulebook& reform() {
  static const rulebook book = *builtin_rulebook("reform-proposal");
  return book;
}

constexpr date day_2016{2016, 1, 1};

activity shenzhen_office() {
  return {.kind = activity_kind::overseas_office,
          .domain = issue_domain::investment,
          .obtained = {body::provincial_fao},
          .date = day_2016};
}

// A small rulebook whose rules the tests can reason about by hand.
rulebook small_book(const std::string& json) {
  auto book = load_rulebook(json, {.file = "test.json"});
  if (!book) ADD_FAILURE() << book.error().to_string();
  return *book;
}

const char* const graded = R"({
  "citydip_rulebook": 1, "name": "graded", "title_en": "Graded", "title_zh": "分级", "as_of": "2016-01-01",
  "default": {"verdict": "approval", "bodies": ["mfa"], "classification": "city_diplomacy",
              "cite": "assumption: a test default", "text_en": "t", "text_zh": "t"},
  "rules": [
    {"id": "capitals-report", "when": {"tier_at_least": "provincial_capital", "activity": ["cultural_exchange"]},
     "verdict": "report", "bodies": ["provincial_fao"], "cite": "assumption: a test rule",
     "text_en": "t", "text_zh": "t"},
    {"id": "after-2020", "when": {"activity": ["education_exchange"], "from": "2020-01-01"},
     "verdict": "autonomous", "cite": "assumption: a test rule", "text_en": "t", "text_zh": "t"},
    {"id": "no-internal", "when": {"touches_internal_affairs": true},
     "verdict": "prohibited", "cite": "assumption: a test rule", "text_en": "t", "text_zh": "t"}
  ]})";

city small_city() {
  city c;
  c.id = "yiwu";
  c.name_en = "Yiwu";
  return c;
}

TEST(what_if_test, shenzhens_overseas_office_needs_the_mfas_approval) {
  const what_it_takes t = what_would_it_take(status_quo(), *find_city("shenzhen"), shenzhen_office());
  EXPECT_EQ(t.what.outcome, outcome::pending);
  ASSERT_FALSE(t.remedies.empty());
  const remedy& first = t.remedies.front();
  ASSERT_EQ(first.changes.size(), 1u);
  EXPECT_EQ(first.changes[0], change::obtaining(body::mfa));
  EXPECT_EQ(first.what.outcome, outcome::allowed);
  EXPECT_EQ(first.what.verdict, verdict::approval);
  EXPECT_FALSE(t.prohibition);
}

TEST(what_if_test, the_reform_is_a_remedy_when_it_is_given) {
  const std::vector<rulebook> others{reform()};
  const what_it_takes t =
      what_would_it_take(status_quo(), *find_city("shenzhen"), shenzhen_office(), {.rulebooks = others});
  const auto it = std::find_if(t.remedies.begin(), t.remedies.end(), [](const remedy& r) {
    return r.changes.size() == 1 && r.changes[0].kind == change_kind::rulebook;
  });
  ASSERT_NE(it, t.remedies.end());
  EXPECT_EQ(it->changes[0].rulebook, "reform-proposal");
  EXPECT_EQ(it->what.rulebook, "reform-proposal");
  EXPECT_EQ(it->what.verdict, verdict::report);
  EXPECT_EQ(it->what.bodies, body_set{body::mfa_special_commissioner});
  // Without the option, no remedy moves to another rulebook.
  const what_it_takes alone = what_would_it_take(status_quo(), *find_city("shenzhen"), shenzhen_office());
  for (const remedy& r : alone.remedies) EXPECT_NE(r.changes[0].kind, change_kind::rulebook);
}

TEST(what_if_test, hong_kongs_office_abroad_needs_nothing_more) {
  const what_it_takes t = what_would_it_take(status_quo(), *find_city("hong_kong"),
                                             {.kind = activity_kind::overseas_office, .date = day_2016});
  EXPECT_EQ(t.what.outcome, outcome::allowed);
  EXPECT_EQ(t.what.verdict, verdict::report);
  EXPECT_TRUE(t.remedies.empty());
  EXPECT_EQ(t.omitted, 0u);
}

TEST(what_if_test, a_provincial_capitals_sister_city_tie_needs_two_approvals) {
  const what_it_takes t =
      what_would_it_take(status_quo(), *find_city("nanning"),
                         {.kind = activity_kind::sister_city_agreement, .date = day_2016}, {.max_remedies = 0});
  ASSERT_FALSE(t.remedies.empty());
  const auto obtains = std::find_if(t.remedies.begin(), t.remedies.end(), [](const remedy& r) {
    return std::all_of(r.changes.begin(), r.changes.end(),
                       [](const change& c) { return c.kind == change_kind::obtain; });
  });
  ASSERT_NE(obtains, t.remedies.end());
  EXPECT_EQ(obtains->changes, (std::vector{change::obtaining(body::cpaffc), change::obtaining(body::provincial_fao)}));
  // Fewer changes first: the one-change remedy (standing) comes before the two approvals.
  for (std::size_t i = 1; i < t.remedies.size(); ++i) {
    EXPECT_LE(t.remedies[i - 1].changes.size(), t.remedies[i].changes.size());
  }
}

TEST(what_if_test, the_lowest_tier_that_suffices_is_the_remedy) {
  const rulebook book = small_book(graded);
  const what_it_takes t =
      what_would_it_take(book, small_city(), {.kind = activity_kind::cultural_exchange, .date = day_2016},
                         {.allow = {change_family::standing}, .max_remedies = 0});
  ASSERT_EQ(t.remedies.size(), 1u);
  EXPECT_EQ(t.remedies[0].changes, std::vector{change::raising_to(designation::provincial_capital)});
  EXPECT_EQ(t.remedies[0].what.verdict, verdict::report);
  EXPECT_EQ(t.remedies[0].what.tier, designation::provincial_capital);
}

TEST(what_if_test, remedies_come_fewest_changes_first_then_least_central) {
  const rulebook book = small_book(graded);
  const what_it_takes t = what_would_it_take(
      book, small_city(), {.kind = activity_kind::cultural_exchange, .date = day_2016}, {.max_remedies = 0});
  // obtain mfa (national) and raise to provincial_capital (then report to the provincial FAO):
  // one change each; the provincial body is less central.
  ASSERT_GE(t.remedies.size(), 2u);
  EXPECT_EQ(t.remedies[0].changes, std::vector{change::raising_to(designation::provincial_capital)});
  EXPECT_EQ(t.remedies[1].changes, std::vector{change::obtaining(body::mfa)});
}

TEST(what_if_test, max_remedies_keeps_the_first_and_counts_the_rest) {
  const rulebook book = small_book(graded);
  const activity a{.kind = activity_kind::cultural_exchange, .date = day_2016};
  const what_it_takes all = what_would_it_take(book, small_city(), a, {.max_remedies = 0});
  const what_it_takes one = what_would_it_take(book, small_city(), a, {.max_remedies = 1});
  ASSERT_EQ(one.remedies.size(), 1u);
  EXPECT_EQ(one.remedies[0].changes, all.remedies[0].changes);
  EXPECT_EQ(one.omitted, all.remedies.size() - 1);
}

TEST(what_if_test, a_date_change_names_the_interval_in_which_it_would_be_allowed) {
  const rulebook book = small_book(graded);
  const what_it_takes t =
      what_would_it_take(book, small_city(), {.kind = activity_kind::education_exchange, .date = day_2016},
                         {.allow = {change_family::date}, .max_remedies = 0});
  ASSERT_EQ(t.remedies.size(), 1u);
  ASSERT_EQ(t.remedies[0].changes.size(), 1u);
  const change& c = t.remedies[0].changes[0];
  EXPECT_EQ(c.kind, change_kind::date);
  EXPECT_EQ(c.dates.from, (date{2020, 1, 1}));
  EXPECT_EQ(c.dates.to, std::nullopt);
  EXPECT_EQ(t.remedies[0].what.verdict, verdict::autonomous);
  EXPECT_EQ(t.remedies[0].what.date, (date{2020, 1, 1}));
}

TEST(what_if_test, adjacent_intervals_with_the_same_decision_are_one_change) {
  // Under `graded`, a cultural exchange needs the MFA below provincial_capital
  // and is reported above. Shenzhen became an SEZ in 1980 and sub-provincial
  // in 1994, and `graded` has a rule that starts in 2020: the intervals from
  // 1994 on reach the same decision, and are one change; the SEZ years, where
  // the tier differs, are another.
  const rulebook book = small_book(graded);
  const city& shenzhen = *find_city("shenzhen");
  const what_it_takes t =
      what_would_it_take(book, shenzhen, {.kind = activity_kind::cultural_exchange, .date = date{1975, 1, 1}},
                         {.allow = {change_family::date}, .max_remedies = 0});
  ASSERT_EQ(t.remedies.size(), 2u);
  const date_interval sez = t.remedies[0].changes.at(0).dates;
  const date_interval sub = t.remedies[1].changes.at(0).dates;
  EXPECT_EQ(t.remedies[0].what.tier, designation::special_economic_zone);  // the nearer interval first
  EXPECT_EQ(t.remedies[1].what.tier, designation::sub_provincial_city);
  ASSERT_TRUE(sez.to && sub.from);
  EXPECT_EQ(sez.to->days_since_epoch() + 1, sub.from->days_since_epoch());
  EXPECT_EQ(sub.to, std::nullopt);  // 2020 does not cut it
  EXPECT_EQ(shenzhen.tier_on(*sub.from), designation::sub_provincial_city);
}

TEST(what_if_test, a_prohibited_activity_names_its_red_line_and_what_lifts_it) {
  const what_it_takes t = what_would_it_take(
      status_quo(), *find_city("shanghai"),
      {.kind = activity_kind::cultural_exchange, .touches_internal_affairs = true, .date = day_2016});
  EXPECT_EQ(t.what.verdict, verdict::prohibited);
  EXPECT_TRUE(t.remedies.empty());  // approvals and standing cannot lift a red line
  ASSERT_TRUE(t.prohibition);
  ASSERT_EQ(t.prohibition->red_lines.size(), 1u);
  EXPECT_EQ(t.prohibition->red_lines[0]->id, "sq-internal-affairs");
  ASSERT_EQ(t.prohibition->lifted_by.size(), 1u);
  EXPECT_EQ(t.prohibition->lifted_by[0].changes,
            std::vector{change::dropping(activity_flag::touches_internal_affairs)});
  EXPECT_NE(t.prohibition->lifted_by[0].what.verdict, verdict::prohibited);
}

TEST(what_if_test, the_mandate_is_a_remedy_for_what_only_the_centre_may_mandate) {
  const what_it_takes t = what_would_it_take(status_quo(), *find_city("beijing"),
                                             {.kind = activity_kind::security_cooperation, .date = day_2016});
  EXPECT_EQ(t.what.verdict, verdict::central_mandate);
  ASSERT_FALSE(t.remedies.empty());
  EXPECT_EQ(t.remedies[0].changes, std::vector{change::mandating()});
  EXPECT_EQ(t.remedies[0].what.outcome, outcome::allowed);
}

TEST(what_if_test, nothing_allowed_gives_no_remedy) {
  const what_it_takes t = what_would_it_take(status_quo(), *find_city("shenzhen"), shenzhen_office(), {.allow = {}});
  EXPECT_TRUE(t.remedies.empty());
  const what_it_takes none = what_would_it_take(status_quo(), *find_city("shenzhen"), shenzhen_office(),
                                                {.allow = {change_family::standing}, .max_changes = 0});
  EXPECT_TRUE(none.remedies.empty());
}

TEST(what_if_test, apply_changes_refuses_a_tier_that_does_not_raise_and_an_unknown_rulebook) {
  const city& shenzhen = *find_city("shenzhen");
  const std::vector lower{change::raising_to(designation::provincial_capital)};
  EXPECT_FALSE(apply_changes(status_quo(), {}, shenzhen, shenzhen_office(), lower).valid);
  const std::vector unknown{change::under("no-such-book")};
  EXPECT_FALSE(apply_changes(status_quo(), {}, shenzhen, shenzhen_office(), unknown).valid);
  const std::vector all{change::raising_to(designation::municipality), change::dropping(activity_flag::legally_binding),
                        change::obtaining(body::mfa)};
  const applied_changes ap = apply_changes(status_quo(), {}, shenzhen, shenzhen_office(), all);
  EXPECT_TRUE(ap.valid);
  EXPECT_EQ(ap.tier, designation::municipality);
  EXPECT_TRUE(ap.what.obtained.contains(body::mfa));
  EXPECT_EQ(ap.book, &status_quo());
}

TEST(what_if_test, remedies_read_as_sentences_with_their_citations) {
  const std::vector<rulebook> others{reform()};
  const what_it_takes t =
      what_would_it_take(status_quo(), *find_city("shenzhen"), shenzhen_office(), {.rulebooks = others});
  std::string text;
  write_explanation(text, t);
  EXPECT_NE(text.find("obtain the approval of mfa, it would have every approval it needs"), std::string::npos) << text;
  EXPECT_NE(text.find("under reform-proposal, it would need only to report to mfa_special_commissioner "
                      "(rf-overseas-office-upper: Z-3.3-1; Z-4.4; assumption)"),
            std::string::npos)
      << text;
  std::string zh;
  write_explanation(zh, t.remedies.front(), {.lang = language::zh});
  EXPECT_NE(zh.find("外交部"), std::string::npos) << zh;
}

TEST(ladder_test, shenzhens_ladder_runs_from_its_own_tier_to_the_sar) {
  const std::vector<rulebook> books{status_quo(), reform()};
  const city& shenzhen = *find_city("shenzhen");
  const activity a{.kind = activity_kind::overseas_office, .date = day_2016};
  const auto rungs = ladder(books, shenzhen, a);
  ASSERT_EQ(rungs.size(), 3u);
  EXPECT_EQ(rungs[0].tier, designation::sub_provincial_city);
  EXPECT_EQ(rungs[2].tier, designation::special_administrative_region);
  ASSERT_EQ(rungs[0].decisions.size(), 2u);
  EXPECT_EQ(rungs[0].decisions[0], decide(status_quo(), shenzhen, a));
  EXPECT_EQ(rungs[0].decisions[1], decide(reform(), shenzhen, a));
  EXPECT_EQ(rungs[1].decisions[1].verdict, verdict::report);
  EXPECT_EQ(rungs[2].decisions[0].tier, designation::special_administrative_region);
  // A small city climbs every rung; the one-rulebook form gives the same first column.
  const auto all = ladder(status_quo(), small_city(), a);
  EXPECT_EQ(all.size(), enum_count<designation>());
  EXPECT_EQ(all[3].decisions[0], decide(status_quo(), designation::special_economic_zone, "yiwu", a));
}

TEST(ladder_test, no_rung_is_more_restrictive_than_the_one_below_under_the_builtins) {
  const std::vector<rulebook> books{status_quo(), reform()};
  for (const auto& row : vocabulary<activity_kind>()) {
    const auto rungs = ladder(books, small_city(), {.kind = row.value, .date = day_2016});
    for (std::size_t i = 1; i < rungs.size(); ++i) {
      for (std::size_t b = 0; b < books.size(); ++b) {
        EXPECT_LE(rungs[i].decisions[b].verdict, rungs[i - 1].decisions[b].verdict) << row.id;
      }
    }
  }
}

}  // namespace
}  // namespace citydip
