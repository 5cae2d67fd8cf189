#include <citydip/io/decision_json.hpp>

#include <citydip/decide/decide.hpp>
#include <citydip/io/builtin.hpp>
#include <citydip/model/gazetteer.hpp>

#include <gtest/gtest.h>

namespace {

using namespace citydip;

TEST(decision_json_test, a_decision_written_and_read_back_is_the_same_decision) {
  std::size_t compared = 0;
  for (const char* name : {"status-quo-2016", "reform-proposal"}) {
    const auto book = *builtin_rulebook(name);
    for (const city& c : gazetteer()) {
      for (const auto& k : vocabulary<activity_kind>()) {
        for (bool flags : {false, true}) {
          const activity a{.id = flags ? "" : "a-" + c.id,
                           .kind = k.value,
                           .domain = issue_domain::economy_trade,
                           .counterpart = counterpart::foreign_national_government,
                           .has_central_mandate = flags,
                           .uses_regional_name = flags,
                           .obtained = {body::mfa},
                           .date = date{2016, 1, 1}};
          const decision d = decide(book, c, a);
          for (language lang : {language::en, language::zh}) {
            std::string text;
            write_decision(text, d, {.id = a.id, .city = c.id, .lang = lang});
            const auto back = parse_decision(book, text);
            ASSERT_TRUE(back) << back.error().to_string() << "\n" << text;
            EXPECT_EQ(back->what, d) << text;
            EXPECT_EQ(back->id, a.id);
            EXPECT_EQ(back->city, c.id);
            ++compared;
          }
        }
      }
    }
  }
  EXPECT_EQ(compared, 2u * 47 * enum_count<activity_kind>() * 2 * 2);
}

TEST(decision_json_test, follows_the_contract_field_by_field) {
  const auto book = *builtin_rulebook("status-quo-2016");
  const decision d = decide(book, *find_city("shenzhen"),
                            {.kind = activity_kind::overseas_office,
                             .domain = issue_domain::investment,
                             .obtained = {body::provincial_fao},
                             .date = date{2016, 1, 1}});
  std::string text;
  write_decision(text, d, {.id = "a1", .city = "shenzhen"});
  EXPECT_TRUE(text.starts_with(
      R"({"id":"a1","city":"shenzhen","rulebook":"status-quo-2016","date":"2016-01-01","tier":"sub_provincial_city",)"
      R"("classification":"city_diplomacy","verdict":"approval","bodies":["mfa","provincial_fao"],"outcome":"pending",)"
      R"("missing":["mfa"],"mandate_missing":false,"by_default":false,"decided_by":["sq-overseas-office"],"reasons":[{"rule":)"))
      << text;
}

TEST(decision_json_test, refuses_a_decision_from_another_rulebook_or_an_unknown_rule) {
  const auto sq = *builtin_rulebook("status-quo-2016");
  const auto rf = *builtin_rulebook("reform-proposal");
  std::string text;
  write_decision(text, decide(sq, *find_city("beijing"), {.kind = activity_kind::trade_fair, .date = date{2016, 1, 1}}),
                 {.city = "beijing"});
  const auto wrong = parse_decision(rf, text);
  ASSERT_FALSE(wrong);
  EXPECT_NE(wrong.error().to_string().find("taken under 'status-quo-2016', expected 'reform-proposal'"),
            std::string::npos);
  EXPECT_NE(wrong.error().to_string().find("names no rule of 'reform-proposal'"), std::string::npos);
}

}  // namespace

namespace {

// Writing needs only the decision: the rulebook's name and every reason's
// rule, citation and text come from the rules it refers to, so a copy of the
// decision, or one whose rulebook is another handle to the same rules, is
// written alike.
TEST(decision_json_test, a_decision_is_written_from_itself_alone) {
  const auto book = *builtin_rulebook("status-quo-2016");
  const auto recompiled = *rulebook::compile(book.source());
  const activity a{
      .kind = activity_kind::overseas_office, .domain = issue_domain::investment, .date = date{2016, 1, 1}};
  const decision d = decide(book, *find_city("shenzhen"), a);
  const decision copy = d;  // NOLINT(performance-unnecessary-copy-initialization): the copy is what is tested
  ASSERT_FALSE(d.reasons().empty());
  EXPECT_EQ(d.rulebook, "status-quo-2016");
  for (language lang : {language::en, language::zh}) {
    std::string original, copied, other;
    write_decision(original, d, {.id = "x", .city = "shenzhen", .lang = lang});
    write_decision(copied, copy, {.id = "x", .city = "shenzhen", .lang = lang});
    write_decision(other, decide(recompiled, *find_city("shenzhen"), a), {.id = "x", .city = "shenzhen", .lang = lang});
    EXPECT_EQ(original, copied);
    EXPECT_EQ(original, other);
    EXPECT_NE(original.find("\"rulebook\":\"status-quo-2016\""), std::string::npos);
    EXPECT_NE(original.find(std::string("\"text\":\"") + std::string(d.reasons()[0].rule->text(lang)).substr(0, 6)),
              std::string::npos);
  }
}

}  // namespace
