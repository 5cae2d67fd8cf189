// The documentation cannot drift from the code: its complete rulebook example
// loads and decides as it says, and every built-in rule is listed.
#include <citydip/citydip.hpp>

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string read_doc(const char* name) {
  std::ifstream in(std::string(CITYDIP_SOURCE_DIR) + "/docs/" + name);
  EXPECT_TRUE(in) << name;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

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
  std::ifstream readme(std::string(CITYDIP_SOURCE_DIR) + "/README.md");
  std::ifstream example(std::string(CITYDIP_SOURCE_DIR) + "/examples/readme_snippet.cpp");
  ASSERT_TRUE(readme && example);
  std::ostringstream r, e;
  r << readme.rdbuf();
  e << example.rdbuf();
  EXPECT_NE(r.str().find("```cpp\n" + e.str() + "```"), std::string::npos)
      << "README.md's C++ snippet differs from examples/readme_snippet.cpp";
}

}  // namespace

namespace {

TEST(readme_test, the_readme_shows_what_citydip_check_prints) {
  std::ifstream readme(std::string(CITYDIP_SOURCE_DIR) + "/README.md");
  std::ifstream expected(std::string(CITYDIP_SOURCE_DIR) + "/tests/data/expected/check_table.out");
  std::ostringstream r, e;
  r << readme.rdbuf();
  e << expected.rdbuf();
  const std::string table = e.str().substr(0, e.str().find("\n\n"));
  EXPECT_NE(r.str().find("```text\n" + table + "\n```"), std::string::npos)
      << "README.md's sample table differs from tests/data/expected/check_table.out";
}

}  // namespace
