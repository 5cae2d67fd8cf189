#include <citydip/io/builtin.hpp>

#include <citydip/decide/decision.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/rules/citation.hpp>

#include "../support/param_name.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace citydip;

TEST(builtin_test, lists_every_rulebook_and_loads_each) {
  const auto all = builtin_rulebooks();
  ASSERT_EQ(all.size(), 7u);
  EXPECT_EQ(all[0].name, "status-quo-2016");
  EXPECT_EQ(all[1].name, "reform-proposal");
  // The reform's five priorities, each the first k of them over the status quo.
  for (std::size_t k = 0; k < 5; ++k) {
    EXPECT_TRUE(all[2 + k].name.starts_with("reform-4." + std::to_string(k + 1) + "-")) << all[2 + k].name;
  }
  for (const auto& info : all) {
    const auto book = builtin_rulebook(info.name);
    ASSERT_TRUE(book) << info.name;
    EXPECT_EQ(book->name(), info.name);
    EXPECT_FALSE(book->rules().empty());
    EXPECT_TRUE(book->source().as_of);
  }
  EXPECT_FALSE(builtin_rulebook("status-quo"));
}

TEST(builtin_test, is_compiled_once_and_shared) {
  const auto a = builtin_rulebook("status-quo-2016");
  const auto b = builtin_rulebook("status-quo-2016");
  EXPECT_EQ(&a->rules()[0], &b->rules()[0]);
}

class builtin_rulebook_test : public ::testing::TestWithParam<const char*> {
 protected:
  rulebook book() const { return *builtin_rulebook(GetParam()); }
};

TEST_P(builtin_rulebook_test, every_rule_cites_a_paper_id_a_law_or_an_assumption) {
  const auto b = book();
  auto check = [](const rule& r) {
    const auto c = parse_citation(r.cite);
    EXPECT_TRUE(c) << r.id << ": " << (c ? "" : c.error().to_string());
    // Every other source is a law article or the CPAFFC rules as DOMAIN.md
    // reports them: a ';' inside an assumption would split off free text
    // that the parser takes for a source.
    if (c) {
      for (const std::string& s : c->sources) {
        const bool article = (s.starts_with("PRC Constitution Art. ") || s.starts_with("Hong Kong Basic Law Art. ") ||
                              s.starts_with("Macao Basic Law Art. "));
        const bool cpaffc =
            s.starts_with("CPAFFC sister-city rules (友好城市工作管理规定, 2002 revision), as reported: ");
        EXPECT_TRUE(article || cpaffc) << r.id << ": not a source the library relies on: " << s;
      }
    }
    const bool paper = r.cite.find("Z-") != std::string::npos;
    const bool law = r.cite.find("Art.") != std::string::npos || r.cite.find("rules (") != std::string::npos;
    const bool assumption = r.cite.find("assumption: ") != std::string::npos;
    EXPECT_TRUE(paper || law || assumption) << r.id << " cites " << r.cite;
    EXPECT_FALSE(r.text_en.empty()) << r.id;
    EXPECT_FALSE(r.text_zh.empty()) << r.id;
  };
  for (const rule& r : b.rules()) check(r);
  check(b.fallback());
}

TEST_P(builtin_rulebook_test, every_kind_is_decided_by_a_table_lookup) {
  for (const auto& k : vocabulary<activity_kind>()) EXPECT_TRUE(book().is_tabled(k.value)) << k.id;
  EXPECT_GT(book().table_cells(), 0u);
}

TEST_P(builtin_rulebook_test, every_city_it_names_is_in_the_gazetteer) {
  for (const auto& id : book().named_cities()) EXPECT_TRUE(find_city(id)) << id;
}

INSTANTIATE_TEST_SUITE_P(all, builtin_rulebook_test,
                         ::testing::Values("status-quo-2016", "reform-proposal", "reform-4.1-legislation",
                                           "reform-4.2-responsibilities", "reform-4.3-strategy",
                                           "reform-4.4-institutions", "reform-4.5-guarantees"),
                         test::rulebook_param_name{});

}  // namespace

namespace {

TEST(builtin_test, lists_each_rulebook_with_the_date_it_describes) {
  for (const auto& info : citydip::builtin_rulebooks()) {
    const auto book = *citydip::builtin_rulebook(info.name);
    ASSERT_TRUE(book.source().as_of);
    EXPECT_EQ(info.as_of, book.source().as_of->to_string()) << info.name;
  }
}

}  // namespace
