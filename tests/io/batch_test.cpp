#include <citydip/io/batch.hpp>

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace citydip;

std::vector<raw_record> read_all(const std::string& text, std::size_t max = record_reader::default_max_record_bytes) {
  std::istringstream in(text);
  record_reader reader(in, max);
  std::vector<raw_record> out;
  raw_record r;
  while (reader.next(r)) out.push_back(r);
  return out;
}

TEST(batch_test, reads_json_lines_skipping_blank_lines) {
  const auto r = read_all("{\"a\":1}\n\n  \n{\"b\":2}\r\n{\"c\":3}");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].text, "{\"a\":1}");
  EXPECT_EQ(r[0].line, 1u);
  EXPECT_EQ(r[1].text, "{\"b\":2}");
  EXPECT_EQ(r[1].line, 4u);
  EXPECT_EQ(r[2].text, "{\"c\":3}");  // no newline at the end
  EXPECT_EQ(r[2].line, 5u);
  for (const auto& x : r) EXPECT_FALSE(x.problem);
}

TEST(batch_test, reads_the_elements_of_a_json_array_with_their_lines) {
  const auto r = read_all("\n[\n  {\"a\": [1, 2], \"s\": \"x,]\\\"\"},\n  {\"b\":\n   {\"c\": 3}}\n]\n");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].text, "{\"a\": [1, 2], \"s\": \"x,]\\\"\"}");
  EXPECT_EQ(r[0].line, 3u);
  EXPECT_EQ(r[1].text, "{\"b\":\n   {\"c\": 3}}");
  EXPECT_EQ(r[1].line, 4u);
}

TEST(batch_test, an_empty_array_has_no_records_but_an_empty_input_is_a_problem) {
  EXPECT_TRUE(read_all("[ ]").empty());
  for (const char* empty : {"", "  \n\n"}) {
    const auto r = read_all(empty);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(*r[0].problem, "the input is empty: expected activities as a JSON array or as JSON Lines");
  }
}

TEST(batch_test, reports_a_byte_order_mark_then_goes_on) {
  const auto r = read_all("\xEF\xBB\xBF{\"a\":1}\n{\"b\":2}\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_NE(r[0].problem->find("byte-order mark"), std::string::npos);
  EXPECT_EQ(r[1].text, "{\"a\":1}");
  EXPECT_EQ(r[2].text, "{\"b\":2}");
}

TEST(batch_test, reports_a_record_that_is_too_long_and_reads_the_next) {
  const std::string big(5000, 'x');
  const auto r = read_all("{\"a\":\"" + big + "\"}\n{\"b\":2}\n", 1000);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(*r[0].problem, "record longer than 1000 bytes: expected one activity object per record");
  EXPECT_TRUE(r[0].text.empty());
  EXPECT_EQ(r[1].text, "{\"b\":2}");
  const auto a = read_all("[{\"a\":\"" + big + "\"}, {\"b\":2}]", 1000);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_TRUE(a[0].problem);
  EXPECT_EQ(a[1].text, "{\"b\":2}");
}

TEST(batch_test, reports_broken_arrays) {
  auto r = read_all("[{\"a\":1},,{\"b\":2}]");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(*r[1].problem, "expected a record between the commas");
  EXPECT_EQ(r[2].text, "{\"b\":2}");

  r = read_all("[{\"a\":1}, {\"b\":");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].text, "{\"a\":1}");
  EXPECT_EQ(*r[1].problem, "the input ends inside the array: expected ',' or ']' after this record");

  r = read_all("[{\"a\":1}] {\"b\":2}");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(*r[1].problem, "text after the closing ']' of the array: expected the end of the input");

  r = read_all("[{\"a\":1},]");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(*r[1].problem, "expected a record between the commas");

  r = read_all("[");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(*r[0].problem, "the input ends inside the array: expected ']'");
}

TEST(batch_test, frames_deep_nesting_without_recursion) {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  // JSON Lines (a first character '[' would make the whole input an array).
  auto r = read_all("{\"a\":1}\n" + deep + "\n{\"b\":2}\n");
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[1].text.size(), 20000u);
  EXPECT_EQ(r[2].text, "{\"b\":2}");
  r = read_all("[" + deep + ",{\"b\":2}]");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].text, "{\"b\":2}");
}

TEST(batch_test, error_records_follow_the_contract) {
  std::string out;
  const raw_record seventh{.line = 7, .text = R"({"id": "a7", "city": {"designations": [{"since": 1}]}})"};
  write_bad_record(out, bad_record::of(seventh, {{"f", 1, 30, "/city/designations/0/since", "bad date"}}));
  EXPECT_EQ(out, R"({"id":"a7","line":7,"error":{"field":"city.designations.0.since","message":"bad date"}})");
  out.clear();
  // A record over several lines (an array element): each problem at its line of the input.
  const raw_record third{.line = 3, .text = "{\n\"a\": 1,\n\"b\": 2}"};
  const bad_record bad = bad_record::of(third, {{"f", 2, 1, "/a", "one"}, {"f", 3, 1, "/b", "two"}});
  EXPECT_EQ(bad.problems[0].line, 4u);
  EXPECT_EQ(bad.problems[1].line, 5u);
  write_bad_record(out, bad);
  EXPECT_EQ(
      out,
      R"({"id":null,"line":4,"error":{"field":"a","message":"one"},"errors":[{"field":"a","message":"one"},{"field":"b","message":"two"}]})");
}

TEST(batch_test, a_bad_record_is_labelled_with_its_id_when_its_text_has_one) {
  const std::vector<diagnostic> problem{{"f", 1, 1, "", "wrong"}};
  EXPECT_EQ(bad_record::of({.line = 1, .text = R"({"id": "x", "city": 3})"}, problem).id, "x");
  EXPECT_FALSE(bad_record::of({.line = 1, .text = R"({"id": 3})"}, problem).id);
  EXPECT_FALSE(bad_record::of({.line = 1, .text = "{broken"}, problem).id);
  // A record that could not be framed has no text: its framing problem stands in its place.
  const bad_record framed = bad_record::of({.line = 9, .problem = "the record is longer than 1 MiB"});
  EXPECT_FALSE(framed.id);
  ASSERT_EQ(framed.problems.size(), 1u);
  EXPECT_EQ(framed.line, 9u);
  EXPECT_EQ(framed.problems[0].message, "the record is longer than 1 MiB");
}

TEST(batch_test, a_diagnostic_names_its_field_as_tables_show_it) {
  EXPECT_EQ((diagnostic{.path = "/city/designations/0/since"}.field()), "city.designations.0.since");
  EXPECT_EQ(diagnostic{}.field(), "");
}

}  // namespace
