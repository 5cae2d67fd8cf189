#include <citydip/model/city.hpp>

#include <gtest/gtest.h>

namespace {

using namespace citydip;

TEST(city_test, institutional_fields_left_out_are_unknown_not_no) {
  const city yiwu{.id = "yiwu", .name_zh = "义乌", .name_en = "Yiwu", .province = "Zhejiang"};
  EXPECT_FALSE(yiwu.spirit.values);
  EXPECT_EQ(yiwu.spirit.consensus, fact::unknown);
  EXPECT_EQ(yiwu.structure.fao_dual_role, fact::unknown);
  EXPECT_FALSE(yiwu.structure.coordination_committee_members);
  EXPECT_FALSE(yiwu.mechanisms.overseas_offices);
  EXPECT_EQ(yiwu.guarantees.dedicated_budget, fact::unknown);
  EXPECT_EQ(yiwu.tier_on({2016, 1, 1}), designation::small_medium_city);
}

TEST(city_test, unknown_is_distinct_from_none) {
  city c{.id = "x"};
  c.mechanisms.overseas_offices.emplace();  // known: no offices
  EXPECT_TRUE(c.mechanisms.overseas_offices);
  EXPECT_TRUE(c.mechanisms.overseas_offices->empty());
  EXPECT_EQ(known(false), fact::no);
  EXPECT_EQ(known(true), fact::yes);
}

TEST(city_test, coordination_committee_departments_are_those_of_z_4_4) {
  EXPECT_EQ(coordination_committee_departments.size(), 9u);
  EXPECT_TRUE(coordination_committee_departments.contains(department::quality_inspection));
  EXPECT_FALSE(coordination_committee_departments.contains(department::tourism));
}

TEST(city_test, city_ids_are_lower_case_ascii_with_underscores) {
  EXPECT_TRUE(is_valid_city_id("hong_kong"));
  EXPECT_TRUE(is_valid_city_id("xian"));
  EXPECT_FALSE(is_valid_city_id(""));
  EXPECT_FALSE(is_valid_city_id("Hong Kong"));
  EXPECT_FALSE(is_valid_city_id("xi'an"));
  EXPECT_FALSE(is_valid_city_id("香港"));
}

}  // namespace
