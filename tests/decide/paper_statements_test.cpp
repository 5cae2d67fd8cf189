// Each explicit statement the paper (or the law it rests on) makes, tested in
// both built-in rulebooks.
#include <citydip/decide/decide.hpp>

#include <citydip/io/builtin.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/rules/rule.hpp>

#include "../support/param_name.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace citydip;

constexpr date when{2016, 1, 1};

class paper_statement_test : public ::testing::TestWithParam<const char*> {
 protected:
  rulebook book_ = *builtin_rulebook(GetParam());

  decision decide_for(const city& c, activity a) const {
    if (!a.date) a.date = when;
    return decide(book_, c, a);
  }
  decision decide_for(std::string_view city_id, activity a) const { return decide_for(*find_city(city_id), a); }

  static bool is_sar(const city& c) { return c.tier_on(when) == designation::special_administrative_region; }
};

// PRC Constitution Art. 89(9); Z-1-4.
TEST_P(paper_statement_test, no_city_concludes_a_treaty_with_a_foreign_state) {
  for (const city& c : gazetteer()) {
    if (is_sar(c)) continue;
    for (bool binding : {false, true}) {
      for (bool regional : {false, true}) {
        const auto d = decide_for(c, {.kind = activity_kind::international_agreement,
                                      .domain = issue_domain::economy_trade,
                                      .counterpart = counterpart::foreign_national_government,
                                      .uses_regional_name = regional,
                                      .legally_binding = binding,
                                      .obtained = body_set::all()});
        EXPECT_EQ(d.verdict, verdict::prohibited) << c.id;
        EXPECT_EQ(d.outcome, outcome::denied) << c.id;
        EXPECT_EQ(d.classification, classification::state_diplomacy) << c.id;
      }
    }
  }
}

// Hong Kong Basic Law Art. 151, Macao Basic Law Art. 136; Z-3.3-1.
TEST_P(paper_statement_test, the_sars_conclude_agreements_in_their_basic_law_fields_under_the_regional_name) {
  const activity in_field{.kind = activity_kind::international_agreement,
                          .domain = issue_domain::economy_trade,
                          .counterpart = counterpart::foreign_national_government,
                          .uses_regional_name = true};
  for (const char* sar : {"hong_kong", "macao"}) {
    const auto d = decide_for(sar, in_field);
    EXPECT_EQ(d.verdict, verdict::autonomous) << sar;
    EXPECT_EQ(d.outcome, outcome::allowed) << sar;

    auto without_name = in_field;
    without_name.uses_regional_name = false;
    EXPECT_EQ(decide_for(sar, without_name).verdict, verdict::prohibited) << sar;

    auto outside_fields = in_field;
    outside_fields.domain = issue_domain::military_security;
    EXPECT_GE(decide_for(sar, outside_fields).verdict, verdict::central_mandate) << sar;
  }
  // The two Basic Laws differ: Macao's Art. 136 names science and technology, Hong Kong's Art. 151 does not.
  auto science = in_field;
  science.domain = issue_domain::science_technology;
  EXPECT_EQ(decide_for("macao", science).verdict, verdict::autonomous);
  EXPECT_EQ(decide_for("hong_kong", science).verdict, verdict::prohibited);
  // A mainland city gains nothing by calling itself "X, China".
  EXPECT_EQ(decide_for("shenzhen", in_field).verdict, verdict::prohibited);
}

// Z-3.3-1: Hong Kong joins the WTO as "Hong Kong, China".
TEST_P(paper_statement_test, hong_kong_takes_part_in_international_organisations_as_hong_kong_china) {
  const activity wto{.kind = activity_kind::international_organization_participation,
                     .domain = issue_domain::economy_trade,
                     .counterpart = counterpart::international_organization,
                     .uses_regional_name = true};
  EXPECT_EQ(decide_for("hong_kong", wto).verdict, verdict::autonomous);
  EXPECT_GT(decide_for("beijing", wto).verdict, verdict::autonomous);
}

// Hong Kong Basic Law Art. 156: economic and trade missions abroad, reported to the CPG.
TEST_P(paper_statement_test, hong_kong_reports_its_economic_and_trade_offices_to_the_central_government) {
  const auto d =
      decide_for("hong_kong", {.kind = activity_kind::overseas_office, .domain = issue_domain::economy_trade});
  EXPECT_EQ(d.verdict, verdict::report);
  EXPECT_EQ(d.bodies, body_set{body::central_people_government});
}

// Z-2.2-4.
TEST_P(paper_statement_test, mega_event_bids_only_under_the_central_governments_unified_leadership) {
  for (const city& c : gazetteer()) {
    activity bid{.kind = activity_kind::host_mega_event, .domain = issue_domain::sports, .obtained = body_set::all()};
    auto d = decide_for(c, bid);
    EXPECT_EQ(d.verdict, verdict::central_mandate) << c.id;
    EXPECT_EQ(d.outcome, outcome::pending) << c.id;
    EXPECT_TRUE(d.mandate_missing) << c.id;
    bid.has_central_mandate = true;
    d = decide_for(c, bid);
    EXPECT_EQ(d.outcome, outcome::allowed) << c.id;
  }
}

// Z-2.2-5.
TEST_P(paper_statement_test, protecting_residents_abroad_is_the_centres_even_for_the_sars) {
  for (const city& c : gazetteer()) {
    const auto d =
        decide_for(c, {.kind = activity_kind::protect_residents_abroad, .domain = issue_domain::consular_protection});
    EXPECT_EQ(d.verdict, verdict::central_mandate) << c.id;
    EXPECT_TRUE(d.bodies.contains(body::central_people_government)) << c.id;
    EXPECT_EQ(d.classification, classification::state_diplomacy) << c.id;
  }
  EXPECT_EQ(decide_for("hong_kong", {.kind = activity_kind::protect_residents_abroad}).verdict,
            verdict::central_mandate);
}

// Z-1-5.
TEST_P(paper_statement_test, outbound_delegations_need_the_mfas_approval) {
  for (const city& c : gazetteer()) {
    if (is_sar(c)) continue;
    activity trip{.kind = activity_kind::outbound_delegation, .domain = issue_domain::economy_trade};
    auto d = decide_for(c, trip);
    EXPECT_EQ(d.verdict, verdict::approval) << c.id;
    EXPECT_TRUE(d.bodies.contains(body::mfa)) << c.id;
    EXPECT_TRUE(d.missing.contains(body::mfa)) << c.id;
    trip.obtained = d.bodies;
    EXPECT_EQ(decide_for(c, trip).outcome, outcome::allowed) << c.id;
  }
}

// Z-1-5, Z-4.4.
TEST_P(paper_statement_test, sister_city_ties_are_coordinated_through_cpaffc) {
  for (const city& c : gazetteer()) {
    if (is_sar(c)) continue;
    const auto d = decide_for(c, {.kind = activity_kind::sister_city_agreement,
                                  .domain = issue_domain::people_to_people,
                                  .counterpart = counterpart::foreign_local_government});
    EXPECT_TRUE(d.verdict == verdict::approval || d.verdict == verdict::report) << c.id;
    EXPECT_TRUE(d.bodies.contains(body::cpaffc)) << c.id;
    EXPECT_EQ(d.classification, classification::city_diplomacy) << c.id;
  }
}

// Z-2.2-3.
TEST_P(paper_statement_test, anything_touching_chinas_internal_affairs_is_prohibited) {
  for (const city& c : gazetteer()) {
    for (const auto& k : vocabulary<activity_kind>()) {
      const auto d = decide_for(c, {.kind = k.value,
                                    .domain = issue_domain::economy_trade,
                                    .counterpart = counterpart::foreign_ngo,
                                    .touches_internal_affairs = true,
                                    .has_central_mandate = true,
                                    .uses_regional_name = true,
                                    .obtained = body_set::all()});
      EXPECT_EQ(d.verdict, verdict::prohibited) << c.id << " " << k.id;
      EXPECT_EQ(d.outcome, outcome::denied) << c.id << " " << k.id;
    }
    EXPECT_EQ(
        decide_for(c, {.kind = activity_kind::public_diplomacy, .domain = issue_domain::internal_affairs}).verdict,
        verdict::prohibited)
        << c.id;
  }
}

// Z-2.2-6 and DESIGN: a city outside the gazetteer is a small or medium city the caller describes.
TEST_P(paper_statement_test, a_city_the_caller_describes_is_decided_by_its_own_designations) {
  const city yiwu{.id = "yiwu", .name_zh = "义乌", .name_en = "Yiwu", .province = "Zhejiang"};
  const auto d = decide_for(yiwu, {.kind = activity_kind::overseas_office});
  EXPECT_EQ(d.tier, designation::small_medium_city);
  EXPECT_EQ(d.verdict, verdict::approval);
}

INSTANTIATE_TEST_SUITE_P(both, paper_statement_test, ::testing::Values("status-quo-2016", "reform-proposal"),
                         test::rulebook_param_name{});

// Where the two rulebooks differ by design (Z-4: the reform grades powers and manages by negative list).
TEST(rulebook_difference_test, shenzhen_overseas_office_under_each_rulebook) {
  const city& shenzhen = *find_city("shenzhen");
  const activity office{.kind = activity_kind::overseas_office,
                        .domain = issue_domain::investment,
                        .counterpart = counterpart::foreign_local_government,
                        .obtained = {body::provincial_fao},
                        .date = when};
  const rulebook status_quo = *builtin_rulebook("status-quo-2016");
  const rulebook reform_book = *builtin_rulebook("reform-proposal");
  const auto now = decide(status_quo, shenzhen, office);
  EXPECT_EQ(now.tier, designation::sub_provincial_city);
  EXPECT_EQ(now.verdict, verdict::approval);
  EXPECT_EQ(now.bodies, (body_set{body::provincial_fao, body::mfa}));
  EXPECT_EQ(now.outcome, outcome::pending);
  EXPECT_EQ(now.missing, body_set{body::mfa});

  const auto reform = decide(reform_book, shenzhen, office);
  EXPECT_EQ(reform.verdict, verdict::report);
  EXPECT_EQ(reform.bodies, body_set{body::mfa_special_commissioner});
  EXPECT_EQ(reform.outcome, outcome::allowed);
}

TEST(rulebook_difference_test, the_reform_gives_special_economic_zones_no_band_of_their_own) {
  // Z-4.1 grades powers without the SEZs and warns that special-policy grants breed privilege:
  // under the reform Zhuhai (an SEZ only) is treated like a provincial capital.
  const auto book = *builtin_rulebook("reform-proposal");
  for (const auto& k : vocabulary<activity_kind>()) {
    const activity a{.kind = k.value, .date = when};
    EXPECT_EQ(decide(book, designation::special_economic_zone, "", a).verdict,
              decide(book, designation::provincial_capital, "", a).verdict)
        << k.id;
  }
}

}  // namespace
