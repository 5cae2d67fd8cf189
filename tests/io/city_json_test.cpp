#include <citydip/io/city_json.hpp>

#include <citydip/model/gazetteer.hpp>

#include "../support/json_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace citydip;

TEST(city_json_test, reads_the_smallest_city_object) {
  const auto c =
      parse_city(R"({"id": "yiwu", "name_zh": "义乌", "name_en": "Yiwu", "province": "Zhejiang", "designations": []})");
  ASSERT_TRUE(c) << c.error().to_string();
  EXPECT_EQ(c->id, "yiwu");
  EXPECT_EQ(c->name_zh, "义乌");
  EXPECT_EQ(c->province, "Zhejiang");
  EXPECT_TRUE(c->designations.empty());
  EXPECT_EQ(c->tier_on({2016, 1, 1}), designation::small_medium_city);
  EXPECT_EQ(c->structure.fao_dual_role, fact::unknown);
}

TEST(city_json_test, reads_designations_and_institutions) {
  const auto c = parse_city(R"({
    "id": "newport", "name_zh": "新港", "name_en": "Newport", "designations": [
      {"designation": "coastal_open_city", "since": "1984", "until": null},
      {"designation": "sub_provincial_city", "since": "1994-02-25", "source": "a test"}],
    "spirit": {"values": ["开放"], "consensus": true},
    "structure": {"fao_dual_role": false, "leading_group_office_head": "executive_vice_mayor",
                  "coordination_committee_members": ["commerce", "customs"]},
    "mechanisms": {"overseas_offices": [{"host": "Kobe", "purposes": ["tourism"], "privileges_and_immunities": null}],
                   "reports_to_mfa": true},
    "guarantees": {"dedicated_budget": false, "infrastructure": null}})");
  ASSERT_TRUE(c) << c.error().to_string();
  EXPECT_EQ(c->tier_on({2000, 1, 1}), designation::sub_provincial_city);
  EXPECT_EQ(c->designations[1].source, "a test");
  EXPECT_EQ(c->spirit.consensus, fact::yes);
  EXPECT_EQ(c->structure.fao_dual_role, fact::no);
  EXPECT_EQ(c->structure.leading_group_office_head, official::executive_vice_mayor);
  EXPECT_EQ(c->structure.coordination_committee_members, (department_set{department::commerce, department::customs}));
  ASSERT_TRUE(c->mechanisms.overseas_offices);
  EXPECT_EQ(c->mechanisms.overseas_offices->at(0).host, "Kobe");
  EXPECT_EQ(c->mechanisms.overseas_offices->at(0).privileges_and_immunities, fact::unknown);
  EXPECT_EQ(c->guarantees.dedicated_budget, fact::no);
  EXPECT_EQ(c->guarantees.infrastructure, fact::unknown);
}

TEST(city_json_test, every_gazetteer_city_round_trips) {
  for (const city& c : gazetteer()) {
    const std::string text = test::city_text(c);
    const auto back = parse_city(text, {.file = c.id});
    ASSERT_TRUE(back) << back.error().to_string();
    EXPECT_EQ(*back, c) << text;
  }
}

TEST(city_json_test, a_fully_described_city_round_trips) {
  city c{.id = "x", .name_zh = "某", .name_en = "X", .province = "P"};
  c.designations.push_back(
      {designation::municipality, partial_date::parse("1980-10"), partial_date::parse("1990"), "s"});
  c.spirit = {std::vector<std::string>{"a", "b"}, "a、b", fact::no};
  c.structure = {governance_form::commission,
                 fact::yes,
                 fact::no,
                 fact::yes,
                 official::mayor,
                 fact::yes,
                 department_set{department::tourism},
                 fact::no,
                 international_office_function_set{}};
  c.mechanisms.overseas_offices = std::vector<overseas_office>{
      {"o", "h", issue_domain_set{issue_domain::finance}, fact::yes, partial_date::parse("2013-04")}};
  c.mechanisms.government_level_coordination = fact::yes;
  c.mechanisms.coordinated_departments = department_set{department::customs};
  c.mechanisms.reports_to_mfa = fact::no;
  c.mechanisms.memberships_under_regional_name = std::vector<std::string>{};
  c.guarantees = {fact::yes, fact::no, fact::yes, fact::no};
  const auto back = parse_city(test::city_text(c));
  ASSERT_TRUE(back) << back.error().to_string();
  EXPECT_EQ(*back, c);
}

TEST(city_json_test, reports_every_problem_with_its_path) {
  const auto c = parse_city(R"({"id": "Bad Id", "name_zh": "坏", "designations": [
      {"designation": "municipalty", "since": "1980-02-30"},
      {"designation": "municipality", "since": "1990", "until": "1980"}],
    "spirit": {"consensus": "yes"}, "colour": "red"})",
                            {.file = "city.json"});
  ASSERT_FALSE(c);
  std::string all = c.error().to_string();
  for (const char* expected :
       {"city.json:1:8: at /id: expected a city id", "missing required key 'name_en'",
        "at /designations/0/designation: unknown designation 'municipalty'; did you mean 'municipality'?",
        "at /designations/0/since: expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, found "
        "'1980-02-30'",
        "at /designations/1/until: expected a date after 'since' (1990)",
        "at /spirit/consensus: expected true or false, found a string", "at /colour: unknown key 'colour'"}) {
    EXPECT_NE(all.find(expected), std::string::npos) << expected << "\nin:\n" << all;
  }
}

}  // namespace
