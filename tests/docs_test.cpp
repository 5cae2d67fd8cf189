// The documentation cannot drift from the code: its complete rulebook example
// loads and decides as it says, and every built-in rule is listed.
#include <citydip/citydip.hpp>

#include "support/source_file.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

std::string read_doc(const char* name) { return citydip::test::source_file(std::string("docs/") + name); }

TEST(rulebook_docs_test, the_format_pages_complete_example_loads_and_decides_as_described) {
  const std::string page = read_doc("rulebook-format.md");
  const auto start = page.find("```json\n");
  ASSERT_NE(start, std::string::npos);
  const auto end = page.find("```", start + 8);
  const std::string json = page.substr(start + 8, end - start - 8);
  const auto book = citydip::load_rulebook(json, {.file = "docs/rulebook-format.md"});
  ASSERT_TRUE(book) << book.error().to_string();
  using namespace citydip;
  const date on{2016, 1, 1};
  EXPECT_EQ(decide(*book, *find_city("beijing"), {.kind = activity_kind::overseas_office, .date = on}).bodies,
            (body_set{body::provincial_fao, body::mfa}));
  EXPECT_EQ(decide(*book, *find_city("hong_kong"),
                   {.kind = activity_kind::overseas_office, .domain = issue_domain::economy_trade, .date = on})
                .verdict,
            verdict::report);
}

TEST(rulebook_docs_test, every_builtin_rule_is_documented) {
  const std::string page = read_doc("rulebooks.md");
  for (const auto& info : citydip::builtin_rulebooks()) {
    const auto book = *citydip::builtin_rulebook(info.name);
    EXPECT_NE(page.find("## `" + std::string(info.name) + "`"), std::string::npos) << info.name;
    for (const auto& r : book.rules()) {
      EXPECT_NE(page.find("| `" + r.id + "` |"), std::string::npos) << r.id << " is not in docs/rulebooks.md";
    }
  }
}

}  // namespace

namespace {

TEST(readme_test, the_readme_snippet_is_the_compiled_example) {
  const std::string readme = citydip::test::source_file("README.md");
  const std::string example = citydip::test::source_file("examples/readme_snippet.cpp");
  ASSERT_FALSE(readme.empty() || example.empty());
  EXPECT_NE(readme.find("```cpp\n" + example + "```"), std::string::npos)
      << "README.md's C++ snippet differs from examples/readme_snippet.cpp";
}

}  // namespace

namespace {

TEST(readme_test, the_readme_shows_what_citydip_check_prints) {
  const std::string readme = citydip::test::source_file("README.md");
  const std::string expected = citydip::test::source_file("tests/data/expected/check_table.out");
  const std::string table = expected.substr(0, expected.find("\n\n"));
  EXPECT_NE(readme.find("```text\n" + table + "\n```"), std::string::npos)
      << "README.md's sample table differs from tests/data/expected/check_table.out";
}

}  // namespace

namespace {

// The section of `page` that starts at the heading `heading` and runs to the next heading of its level.
std::string section(const std::string& page, const std::string& heading) {
  const auto start = page.find(heading + "\n");
  if (start == std::string::npos) return {};
  const auto end = page.find("\n## ", start + heading.size());
  return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// Every key the readers accept is documented, in the section of its format:
// the format pages cannot leave out a key the code declares.
TEST(format_docs_test, every_key_of_every_format_is_documented_where_its_format_is) {
  const std::string formats = read_doc("json-formats.md");
  const std::string rulebooks = read_doc("rulebook-format.md");
  const std::string tests = read_doc("test-format.md");
  std::size_t checked = 0;
  for (const citydip::json_object_format& f : citydip::json_formats()) {
    const std::string text = f.format == "tests"      ? tests
                             : f.format == "rulebook" ? rulebooks
                             : f.format == "activity" ? section(formats, "## Activity")
                             : f.format == "city"     ? section(formats, "## City")
                             : f.format == "whatif"   ? section(formats, "## What-if answer")
                             : f.format == "ladder"   ? section(formats, "## Standing ladder")
                                                      : section(formats, "## Decision");
    ASSERT_FALSE(text.empty()) << f.format;
    for (std::string_view key : f.keys) {
      // In an example ("key") or in a table or the prose (`key`).
      const bool shown = text.find("\"" + std::string(key) + "\"") != std::string::npos ||
                         text.find("`" + std::string(key) + "`") != std::string::npos;
      EXPECT_TRUE(shown) << "the " << f.format << " format's " << (f.object.empty() ? "top-level object" : f.object)
                         << " has key \"" << key << "\", which its documentation does not show";
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
}

// A page that shows a command's output shows it verbatim: the output a CLI
// test (tests/cli) holds in tests/data/expected/<name>.out.
void expect_page_shows(const char* page, const std::string& expected) {
  const std::string text = citydip::test::source_file("tests/data/expected/" + expected);
  ASSERT_FALSE(text.empty()) << expected;
  EXPECT_NE(read_doc(page).find(text), std::string::npos)
      << "docs/" << page << " does not show tests/data/expected/" << expected << " verbatim";
}

// docs/test-format.md shows what citydip test prints for a failing case and
// property (cli.test_failing).
TEST(format_docs_test, the_test_format_page_shows_the_real_failure_output) {
  expect_page_shows("test-format.md", "test_failing.out");
}

// docs/analysis.md's table of the five priorities is what `citydip diff
// --layers reform-proposal` prints (cli.diff_layers), and its account of the
// fidelity corrections is what `citydip diff` of the built-ins before and
// after them prints (cli.diff_fidelity_*).
TEST(format_docs_test, the_analysis_page_shows_the_priority_table) {
  expect_page_shows("analysis.md", "diff_layers.out");
}

// docs/what-if.md's worked examples are what citydip whatif and ladder print.
TEST(format_docs_test, the_what_if_page_shows_the_worked_examples) {
  expect_page_shows("what-if.md", "whatif_table.out");
  expect_page_shows("what-if.md", "ladder_shenzhen.out");
}

TEST(format_docs_test, the_analysis_page_shows_what_the_fidelity_corrections_changed) {
  expect_page_shows("analysis.md", "diff_fidelity_status_quo.out");
  expect_page_shows("analysis.md", "diff_fidelity_reform.out");
}

}  // namespace
