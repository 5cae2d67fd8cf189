#include <citydip/decide/audit.hpp>

#include <citydip/io/builtin.hpp>
#include <citydip/io/city_json.hpp>
#include <citydip/model/gazetteer.hpp>

#include "../support/source_file.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace {

using namespace citydip;

city profile(const char* name) {
  auto c = parse_city(test::source_file(std::string("examples/data/") + name + ".json"), {.file = name});
  if (!c) ADD_FAILURE() << c.error().to_string();
  return c ? *c : city{};
}

std::map<std::string_view, finding_status> statuses(const audit_report& r) {
  std::map<std::string_view, finding_status> out;
  for (const finding& f : r.findings) out[f.id] = f.status;
  return out;
}

// Every finding not listed is unknown.
void expect_only(const audit_report& r, const std::map<std::string_view, finding_status>& known) {
  for (const finding& f : r.findings) {
    const auto it = known.find(f.id);
    EXPECT_EQ(f.status, it == known.end() ? finding_status::unknown : it->second) << f.id;
  }
}

TEST(audit_test, checks_every_recommendation_once_each_citing_the_paper) {
  const audit_report r = audit(city{.id = "x"});
  EXPECT_EQ(r.findings.size(), 26u);
  std::map<std::string_view, int> seen;
  for (const finding& f : r.findings) {
    EXPECT_EQ(++seen[f.id], 1) << f.id;
    EXPECT_TRUE(f.cite.starts_with("Z-")) << f.id;
    EXPECT_FALSE(f.text_en.empty());
    EXPECT_FALSE(f.text_zh.empty());
  }
  EXPECT_EQ(r.profile[static_cast<std::size_t>(pillar::legislation)].unknown, 0u);  // reported as standing
}

TEST(audit_test, a_city_nobody_described_is_unknown_throughout_never_pass_or_fail) {
  const audit_report r = audit(city{.id = "yiwu", .name_zh = "义乌", .name_en = "Yiwu"});
  expect_only(r, {});
  EXPECT_FALSE(r.readiness());
  EXPECT_FALSE(r.standing);
}

TEST(audit_test, beijing_shanghai_and_shenzhen_have_a_spirit_and_a_strategy_and_nothing_else_known) {
  // Z-3.1-2 (their city spirits) and Z-4.3 (their internationalisation goals).
  for (const char* name : {"beijing", "shanghai", "shenzhen"}) {
    const audit_report r = audit(profile(name));
    expect_only(r, {{"spirit-defined", finding_status::met}, {"internationalisation-strategy", finding_status::met}});
    EXPECT_EQ(r.readiness(), 1.0) << name;
  }
}

TEST(audit_test, hong_kong_keeps_offices_abroad) {
  const audit_report r = audit(profile("hong_kong"));
  expect_only(r, {{"overseas-offices", finding_status::met}});
}

TEST(audit_test, new_york_has_the_benchmark_international_affairs_office) {
  const audit_report r = audit(profile("new_york"));
  expect_only(r, {{"spirit-defined", finding_status::met},
                  {"international-affairs-office", finding_status::met},
                  {"international-affairs-office-functions", finding_status::met}});
}

TEST(audit_test, the_gazetteer_entries_agree_with_the_profiles) {
  EXPECT_EQ(statuses(audit(*find_city("beijing"))), statuses(audit(profile("beijing"))));
  EXPECT_EQ(statuses(audit(*find_city("hong_kong"))), statuses(audit(profile("hong_kong"))));
}

TEST(audit_test, a_described_city_gets_met_unmet_and_the_missing_parts_named) {
  city c{.id = "x"};
  c.spirit.values = std::vector<std::string>{};  // known: none
  c.spirit.consensus = fact::no;
  c.structure.fao_dual_role = fact::yes;
  c.structure.has_leading_group = fact::no;
  c.structure.has_coordination_committee = fact::yes;
  c.structure.coordination_committee_members =
      department_set{department::foreign_affairs,    department::commerce,        department::overseas_chinese_affairs,
                     department::development_reform, department::public_security, department::culture,
                     department::environment};
  c.structure.has_international_affairs_office = fact::no;
  c.mechanisms.overseas_offices.emplace();  // known: none
  c.programme.internationalisation_strategy = fact::no;
  c.guarantees.dedicated_budget = fact::no;
  c.guarantees.mayor_first_responsible = fact::yes;
  const audit_report r = audit(c);
  expect_only(r, {{"spirit-defined", finding_status::unmet},
                  {"spirit-consensus", finding_status::unmet},
                  {"fao-dual-role", finding_status::met},
                  {"international-affairs-office", finding_status::unmet},
                  {"international-affairs-office-functions", finding_status::unmet},
                  {"overseas-offices", finding_status::unmet},
                  {"internationalisation-strategy", finding_status::unmet},
                  {"fao-shapes-strategy", finding_status::unmet},
                  {"leading-group", finding_status::unmet},
                  {"leading-group-office-head", finding_status::unmet},
                  {"coordination-committee", finding_status::met},
                  {"coordination-committee-members", finding_status::unmet},
                  {"mayor-first-responsible", finding_status::met},
                  {"dedicated-budget", finding_status::unmet}});
  for (const finding& f : r.findings) {
    if (f.id == "coordination-committee-members") {
      EXPECT_EQ(f.detail_en, "missing: customs quality_inspection");
      EXPECT_EQ(f.detail_zh, "缺少：海关、质检");
    }
  }
  const auto& structure = r.profile[static_cast<std::size_t>(pillar::structure)];
  EXPECT_EQ(structure.met, 1u);
  EXPECT_EQ(structure.unmet, 2u);
  EXPECT_EQ(structure.unknown, 1u);
  ASSERT_TRUE(r.readiness());
  EXPECT_DOUBLE_EQ(*r.readiness(), 3.0 / 14.0);
}

TEST(audit_test, new_yorks_functions_are_an_example_not_a_checklist) {
  // Z-3.2-2 gives New York's office as an example of a specialised system,
  // against Chinese FAOs that mostly do reception (Z-3.2-3): an office with
  // any of its functions meets the recommendation, the others named.
  city c{.id = "x"};
  c.structure.has_international_affairs_office = fact::yes;
  c.structure.international_affairs_office_functions = international_office_function_set{
      international_office_function::handle_foreign_crises, international_office_function::build_city_partnerships};
  const auto function_finding = [](const city& x) {
    for (const finding& f : audit(x).findings) {
      if (f.id == "international-affairs-office-functions") return f;
    }
    return finding{};
  };
  finding f = function_finding(c);
  EXPECT_EQ(f.status, finding_status::met);
  EXPECT_EQ(f.detail_en,
            "not held: liaise_foreign_governments liaise_united_nations liaise_national_government "
            "advise_city_agencies advise_diplomatic_missions assist_foreign_business");
  c.structure.international_affairs_office_functions = international_office_function_set{};  // reception only
  f = function_finding(c);
  EXPECT_EQ(f.status, finding_status::unmet);
  EXPECT_TRUE(f.detail_en.starts_with("none of: liaise_foreign_governments")) << f.detail_en;
  c.structure.international_affairs_office_functions.reset();
  EXPECT_EQ(function_finding(c).status, finding_status::unknown);
}

TEST(audit_test, the_executive_vice_mayor_should_head_the_leading_groups_office) {
  city c{.id = "x"};
  c.structure.has_leading_group = fact::yes;
  c.structure.leading_group_office_head = official::executive_vice_mayor;
  EXPECT_EQ(statuses(audit(c))["leading-group-office-head"], finding_status::met);
  c.structure.leading_group_office_head = official::fao_director;
  EXPECT_EQ(statuses(audit(c))["leading-group-office-head"], finding_status::unmet);
}

TEST(audit_test, standing_counts_what_the_tier_allows_under_a_rulebook) {
  const city& beijing = *find_city("beijing");
  const audit_report r = audit(*builtin_rulebook("status-quo-2016"), beijing, date{2016, 1, 1});
  ASSERT_TRUE(r.standing);
  EXPECT_EQ(r.standing->tier, designation::municipality);
  std::size_t total = 0;
  for (std::size_t n : r.standing->kinds_by_verdict) total += n;
  EXPECT_EQ(total, enum_count<activity_kind>());
  EXPECT_EQ(r.standing->kinds_by_verdict[static_cast<std::size_t>(verdict::prohibited)], 0u);
  // The reform lifts the ceiling: more kinds the city may do on its own.
  const audit_report reform = audit(*builtin_rulebook("reform-proposal"), beijing, date{2016, 1, 1});
  EXPECT_GT(reform.standing->kinds_by_verdict[0], r.standing->kinds_by_verdict[0]);
}

}  // namespace
