// What-if answers and standing ladders as JSON.
#include <citydip/citydip.hpp>

#include <gtest/gtest.h>

namespace citydip {
namespace {

std::string change_text(const change& c) {
  std::string out;
  write_change(out, c);
  return out;
}

TEST(what_if_json_test, writes_each_change_as_an_object_with_its_key) {
  EXPECT_EQ(change_text(change::obtaining(body::mfa)), R"({"obtain":"mfa"})");
  EXPECT_EQ(change_text(change::mandating()), R"({"mandate":true})");
  EXPECT_EQ(change_text(change::raising_to(designation::municipality)), R"({"tier":"municipality"})");
  EXPECT_EQ(change_text(change::dropping(activity_flag::legally_binding)), R"({"drop":"legally_binding"})");
  EXPECT_EQ(change_text(change::about(issue_domain::culture)), R"({"domain":"culture"})");
  EXPECT_EQ(change_text(change::with(counterpart::foreign_ngo)), R"({"counterpart":"foreign_ngo"})");
  EXPECT_EQ(change_text(change::during({date{2020, 1, 1}, std::nullopt})),
            R"({"date_from":"2020-01-01","date_to":null})");
  EXPECT_EQ(change_text(change::during({std::nullopt, date{1993, 12, 31}})),
            R"({"date_from":null,"date_to":"1993-12-31"})");
  EXPECT_EQ(change_text(change::under("reform-proposal")), R"({"rulebook":"reform-proposal"})");
}

TEST(what_if_json_test, an_answer_nests_decisions_as_check_writes_them) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  const activity a{
      .kind = activity_kind::overseas_office, .obtained = {body::provincial_fao}, .date = date{2016, 1, 1}};
  const what_it_takes t = what_would_it_take(book, *find_city("shenzhen"), a);
  ASSERT_FALSE(t.remedies.empty());
  std::string out;
  write_what_if(out, t, {.id = "a1", .city = "shenzhen"});
  std::string decision_text, remedy_text;
  write_decision(decision_text, t.what, {.id = "a1", .city = "shenzhen"});
  write_remedy(remedy_text, t.remedies[0], {.id = "a1", .city = "shenzhen"});
  EXPECT_EQ(out.rfind(R"({"id":"a1","decision":)" + decision_text + R"(,"remedies":[)" + remedy_text, 0), 0u) << out;
  EXPECT_NE(out.find(R"(],"omitted":)" + std::to_string(t.omitted) + "}"), std::string::npos) << out;
  EXPECT_EQ(out.find("prohibition"), std::string::npos);
  EXPECT_EQ(remedy_text.rfind(R"({"changes":[{"obtain":"mfa"}],"decision":{)", 0), 0u) << remedy_text;
  // The remedy's decision reads back, against its rulebook, to the remedy's decision.
  std::string remedy_decision;
  write_decision(remedy_decision, t.remedies[0].what, {.id = "a1", .city = "shenzhen"});
  const auto back = parse_decision(book, remedy_decision);
  ASSERT_TRUE(back) << back.error().to_string();
  EXPECT_EQ(back->what, t.remedies[0].what);
}

TEST(what_if_json_test, a_prohibited_activity_has_its_red_lines_and_what_lifts_them) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  const what_it_takes t = what_would_it_take(
      book, *find_city("shanghai"),
      {.kind = activity_kind::cultural_exchange, .touches_internal_affairs = true, .date = date{2016, 1, 1}});
  std::string out;
  write_what_if(out, t, {.city = "shanghai"});
  EXPECT_EQ(out.rfind(R"({"id":null,)", 0), 0u);
  EXPECT_NE(out.find(R"("remedies":[],"omitted":0,"prohibition":{"red_lines":["sq-internal-affairs"],)"
                     R"("lifted_by":[{"changes":[{"drop":"touches_internal_affairs"}],"decision":{)"),
            std::string::npos)
      << out;
}

TEST(what_if_json_test, a_decision_with_a_remedy_reads_back_and_a_remedy_must_be_an_object) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  const activity a{.kind = activity_kind::overseas_office, .date = date{2016, 1, 1}};
  const decision d = decide(book, *find_city("shenzhen"), a);
  std::string line;
  write_decision(line, d, {.city = "shenzhen"});
  line.pop_back();
  const auto with = parse_decision(book, line + R"(,"remedy":{"changes":[],"decision":null}})");
  ASSERT_TRUE(with) << with.error().to_string();
  EXPECT_EQ(with->what, d);
  EXPECT_TRUE(parse_decision(book, line + R"(,"remedy":null})"));
  const auto bad = parse_decision(book, line + R"(,"remedy":3})", {.file = "d.json"});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().to_string().find("expected a remedy object or null"), std::string::npos)
      << bad.error().to_string();
}

TEST(what_if_json_test, a_ladder_lists_its_rulebooks_and_one_decision_per_rung_and_rulebook) {
  const std::vector books{*builtin_rulebook("status-quo-2016"), *builtin_rulebook("reform-proposal")};
  const auto rungs =
      ladder(books, *find_city("shenzhen"), {.kind = activity_kind::overseas_office, .date = date{2016, 1, 1}});
  std::string out;
  write_ladder(out, rungs, {.city = "shenzhen", .activity = activity_kind::overseas_office});
  EXPECT_EQ(out.rfind(R"({"city":"shenzhen","activity":"overseas_office","date":"2016-01-01",)"
                      R"("rulebooks":["status-quo-2016","reform-proposal"],"rungs":[{"tier":"sub_provincial_city",)"
                      R"("decisions":[{"id":"overseas_office","city":"shenzhen","rulebook":"status-quo-2016",)",
                      0),
            0u)
      << out;
  EXPECT_NE(out.find(R"({"tier":"special_administrative_region","decisions":[)"), std::string::npos);
  std::string empty;
  write_ladder(empty, {}, {.city = "x"});
  EXPECT_EQ(empty, R"({"city":"x","activity":"receive_foreign_delegation","date":null,"rulebooks":[],"rungs":[]})");
}

}  // namespace
}  // namespace citydip
