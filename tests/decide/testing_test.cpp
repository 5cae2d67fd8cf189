// Rulebook tests in C++: cases, properties, coverage, and reading test files.
#include <citydip/decide/testing.hpp>

#include <citydip/io/builtin.hpp>
#include <citydip/io/test_json.hpp>
#include <citydip/model/gazetteer.hpp>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace citydip;

test_suite status_quo_suite() {
  test_suite s;
  s.rulebooks.push_back({"status-quo-2016", *builtin_rulebook("status-quo-2016")});
  return s;
}

test_case office_case(verdict expected) {
  test_case c;
  c.id = "office";
  c.subject = *find_city("shenzhen");
  c.what = {.kind = activity_kind::overseas_office, .date = date{2016, 1, 1}};
  c.expect.verdict = expected;
  return c;
}

TEST(testing_test, a_case_passes_or_says_what_differs) {
  test_suite s = status_quo_suite();
  s.cases.push_back(office_case(verdict::approval));
  s.cases.push_back(office_case(verdict::report));
  const test_report r = run_tests(s);
  ASSERT_EQ(r.cases.size(), 2u);
  EXPECT_TRUE(r.cases[0].passed());
  ASSERT_FALSE(r.cases[1].passed());
  EXPECT_EQ(r.cases[1].mismatches.at(0), "verdict: expected report, got approval");
  EXPECT_EQ(r.failures(), 1u);
}

TEST(testing_test, coverage_counts_the_rules_cases_make_count) {
  test_suite s = status_quo_suite();
  s.cases.push_back(office_case(verdict::approval));
  const test_report r = run_tests(s);
  ASSERT_EQ(r.coverage.size(), 1u);
  const coverage_report& c = r.coverage[0];
  EXPECT_EQ(c.rules.size(), s.rulebooks[0].book.rules().size());
  EXPECT_EQ(c.covered(), 1u);
  for (const auto& row : c.rules) EXPECT_EQ(row.counted, row.id == "sq-overseas-office" ? 1u : 0u) << row.id;
  EXPECT_NEAR(c.percent(), 100.0 / static_cast<double>(c.rules.size()), 1e-9);
}

TEST(testing_test, a_property_fails_with_its_first_counter_example) {
  test_suite s = status_quo_suite();
  test_property p;
  p.kind = property_kind::at_most;
  p.bound = verdict::report;
  p.scope.kinds = activity_kind_set{activity_kind::overseas_office};
  s.properties.push_back(p);
  p.kind = property_kind::never_allowed;
  p.scope = {};
  p.scope.touches_internal_affairs = true;
  s.properties.push_back(p);
  const test_report r = run_tests(s);
  ASSERT_FALSE(r.properties[0].passed());
  EXPECT_EQ(r.properties[0].failure->what.kind, activity_kind::overseas_office);
  EXPECT_EQ(r.properties[0].failure->actual.verdict, verdict::approval);
  EXPECT_TRUE(r.properties[1].passed());
  EXPECT_GT(r.properties[1].cells, 1000u);
}

TEST(testing_test, a_property_whose_scope_admits_no_cell_fails) {
  test_suite s = status_quo_suite();
  test_property p;
  p.kind = property_kind::never_allowed;
  p.scope.kinds = activity_kind_set{};
  s.properties.push_back(p);
  const test_report r = run_tests(s);
  EXPECT_EQ(r.properties[0].cells, 0u);
  EXPECT_FALSE(r.properties[0].passed());
}

TEST(testing_test, merging_suites_keeps_each_rulebook_once) {
  test_suite a = status_quo_suite(), b = status_quo_suite();
  a.cases.push_back(office_case(verdict::approval));
  b.cases.push_back(office_case(verdict::approval));
  a.merge(std::move(b));
  EXPECT_EQ(a.rulebooks.size(), 1u);
  EXPECT_EQ(a.cases.size(), 2u);
  const auto rows = run_tests(a).coverage.at(0).rules;
  const auto office =
      std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r.id == "sq-overseas-office"; });
  ASSERT_NE(office, rows.end());
  EXPECT_EQ(office->counted, 2u);
}

TEST(testing_test, test_files_are_read_in_both_forms) {
  const auto object = parse_tests(R"({"citydip_tests": 1, "rulebook": "status-quo-2016",
    "cases": [{"city": "深圳", "activity": "overseas_office", "expect": {"verdict": "approval"}}]})",
                                  {.file = "t.json"});
  ASSERT_TRUE(object) << object.error().to_string();
  EXPECT_EQ(object->cases.at(0).subject.id, "shenzhen");
  EXPECT_EQ(object->cases.at(0).what.date, (date{2016, 1, 1}));  // the rulebook's as_of
  EXPECT_EQ(object->cases.at(0).where.line, 2u);
  const auto lines = parse_tests(
      "\n{\"rulebook\": \"reform-proposal\", \"city\": \"beijing\", \"activity\": \"trade_fair\", "
      "\"expect\": {\"by_default\": true}}\n",
      {.file = "t.jsonl"});
  ASSERT_TRUE(lines) << lines.error().to_string();
  EXPECT_EQ(lines->cases.at(0).where.line, 2u);
  EXPECT_TRUE(run_tests(*lines).cases.at(0).passed());
}

TEST(testing_test, a_test_file_that_tests_nothing_or_cannot_be_met_is_an_error) {
  const auto empty = parse_tests(R"({"citydip_tests": 1, "cases": []})", {.file = "t.json"});
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().to_string().find("tests nothing"), std::string::npos);
  const auto impossible = parse_tests(R"({"citydip_tests": 1, "rulebook": "status-quo-2016", "cases": [
    {"city": "beijing", "activity": "trade_fair", "expect": {"verdict": "approval", "outcome": "denied", "missing": ["mfa"], "bodies": ["provincial_fao"]}}]})",
                                      {.file = "t.json"});
  ASSERT_FALSE(impossible);
  const std::string all = impossible.error().to_string();
  EXPECT_NE(all.find("never has the outcome 'denied'"), std::string::npos) << all;
  EXPECT_NE(all.find("missing only from a 'pending' outcome"), std::string::npos) << all;
  EXPECT_NE(all.find("one of the decision's bodies"), std::string::npos) << all;
  const auto no_book = parse_tests(
      R"({"citydip_tests": 1, "cases": [{"city": "beijing", "activity": "trade_fair", "expect": {"verdict": "report"}}]})",
      {.file = "t.json"});
  ASSERT_FALSE(no_book);
  EXPECT_NE(no_book.error().to_string().find("which rulebook?"), std::string::npos);
}

}  // namespace
