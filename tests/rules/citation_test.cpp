#include <citydip/rules/citation.hpp>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace {

using namespace citydip;

TEST(citation_test, knows_every_statement_of_domain_md) {
  for (const char* id : {"Z-0-1", "Z-0-4", "Z-1-1", "Z-1-6", "Z-2.1-1", "Z-2.1-3", "Z-2.2-1", "Z-2.2-6", "Z-3-1",
                         "Z-3-2", "Z-3.1-3", "Z-3.2-4", "Z-3.3-3", "Z-4.1", "Z-4.5", "Z-5-1", "Z-5-2", "Z-2.2", "Z-4"}) {
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
  EXPECT_FALSE(check_citation("Z-2.2-6"));
  EXPECT_FALSE(check_citation("PRC Constitution Art. 89(9); Z-1-4"));
  EXPECT_FALSE(check_citation("Z-1-1; assumption: the paper is silent on this"));
  EXPECT_FALSE(check_citation("Hong Kong Basic Law Art. 151"));
}

TEST(citation_test, refuses_unknown_ids_empty_parts_and_bare_assumptions) {
  EXPECT_TRUE(check_citation(""));
  EXPECT_TRUE(check_citation("   "));
  EXPECT_TRUE(check_citation("Z-9-9"));
  EXPECT_TRUE(check_citation("Z-1-4;"));
  EXPECT_TRUE(check_citation("assumption:"));
  EXPECT_TRUE(check_citation("assumption"));
  EXPECT_TRUE(check_citation("assumption:   "));
  const auto why = check_citation("Z-2.2-9");
  ASSERT_TRUE(why);
  EXPECT_NE(why->find("Z-2.2-9"), std::string::npos);
}

}  // namespace
