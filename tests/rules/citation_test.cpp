#include <citydip/rules/citation.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace {

using namespace citydip;

TEST(citation_test, knows_every_statement_of_domain_md) {
  for (const char* id :
       {"Z-0-1", "Z-0-4", "Z-1-1", "Z-1-6", "Z-2.1-1", "Z-2.1-3", "Z-2.2-1", "Z-2.2-6", "Z-3-1", "Z-3-2", "Z-3.1-3",
        "Z-3.2-4", "Z-3.3-3", "Z-4.1", "Z-4.5", "Z-5-1", "Z-5-2", "Z-2.2", "Z-4"}) {
    EXPECT_TRUE(find_paper_statement(id)) << id;
  }
  EXPECT_FALSE(find_paper_statement("Z-2.2-7"));
  EXPECT_FALSE(find_paper_statement("Z-6"));
  std::set<std::string_view> ids;
  for (const auto& s : paper_statements()) {
    EXPECT_TRUE(ids.insert(s.id).second) << "repeated " << s.id;
    EXPECT_FALSE(s.summary.empty()) << s.id;
  }
}

TEST(citation_test, accepts_paper_ids_laws_and_reasoned_assumptions) {
  EXPECT_TRUE(parse_citation("Z-2.2-6"));
  EXPECT_TRUE(parse_citation("PRC Constitution Art. 89(9); Z-1-4"));
  EXPECT_TRUE(parse_citation("Z-1-1; assumption: the paper is silent on this"));
  EXPECT_TRUE(parse_citation("Hong Kong Basic Law Art. 151"));
}

TEST(citation_test, reads_each_part_into_its_kind) {
  const auto c = parse_citation(
      "Z-3.3-1 (offices abroad); PRC Constitution Art. 89(9);  assumption:  the paper is silent ; Z-1-4");
  ASSERT_TRUE(c) << c.error().to_string();
  EXPECT_EQ(c->paper, (std::vector<std::string>{"Z-3.3-1", "Z-1-4"}));
  EXPECT_EQ(c->assumptions, std::vector<std::string>{"the paper is silent"});
  EXPECT_EQ(c->sources, std::vector<std::string>{"PRC Constitution Art. 89(9)"});
}

TEST(citation_test, refuses_unknown_ids_empty_parts_and_bare_assumptions) {
  for (const char* bad : {"", "   ", "Z-9-9", "Z-1-4;", "assumption:", "assumption", "assumption:   "}) {
    const auto c = parse_citation(bad);
    ASSERT_FALSE(c) << "'" << bad << "'";
    ASSERT_EQ(c.error().diagnostics.size(), 1u);
    EXPECT_FALSE(c.error().diagnostics[0].message.empty());
  }
  const auto why = parse_citation("Z-2.2-9");
  ASSERT_FALSE(why);
  EXPECT_NE(why.error().to_string().find("Z-2.2-9"), std::string::npos);
}

}  // namespace
