#include <citydip/model/vocabulary.hpp>

#include <citydip/model.hpp>

#include <gtest/gtest.h>

#include <array>
#include <set>
#include <string>

namespace {

using namespace citydip;

static_assert(enum_count<designation>() == 7);
static_assert(enum_count<activity_kind>() == 26);
static_assert(enum_count<issue_domain>() == 18);
static_assert(enum_count<counterpart>() == 10);
static_assert(enum_count<body>() == 17);
static_assert(enum_count<verdict>() == 5);
static_assert(to_id(designation::sub_provincial_city) == "sub_provincial_city");
static_assert(from_id<verdict>("central_mandate") == verdict::central_mandate);
static_assert(!from_id<verdict>("Central_Mandate"));
static_assert(display_name(designation::municipality, language::zh) == "直辖市");

template <class Enum>
class vocabulary_test : public ::testing::Test {};

using vocabulary_enums =
    ::testing::Types<designation, activity_kind, issue_domain, counterpart, body, verdict, classification, outcome,
                     fact, governance_form, official, department, international_office_function>;
TYPED_TEST_SUITE(vocabulary_test, vocabulary_enums);

TYPED_TEST(vocabulary_test, every_id_round_trips_through_its_string) {
  for (const auto& row : vocabulary<TypeParam>()) {
    EXPECT_EQ(to_id(row.value), row.id);
    const auto back = from_id<TypeParam>(std::string(row.id));
    ASSERT_TRUE(back) << row.id;
    EXPECT_EQ(*back, row.value);
  }
}

TYPED_TEST(vocabulary_test, every_enumerator_has_english_and_chinese_names) {
  std::set<std::string_view> en, zh;
  for (const auto& row : vocabulary<TypeParam>()) {
    EXPECT_FALSE(display_name(row.value, language::en).empty()) << row.id;
    EXPECT_FALSE(display_name(row.value, language::zh).empty()) << row.id;
    EXPECT_TRUE(en.insert(row.en).second) << "English name repeated: " << row.en;
    EXPECT_TRUE(zh.insert(row.zh).second) << "Chinese name repeated: " << row.zh;
  }
}

TYPED_TEST(vocabulary_test, unknown_ids_are_refused) {
  EXPECT_FALSE(from_id<TypeParam>("no_such_id"));
  EXPECT_FALSE(from_id<TypeParam>(""));
}

TEST(enum_set_test, behaves_as_a_set) {
  body_set s{body::mfa, body::cpaffc};
  EXPECT_EQ(s.size(), 2u);
  EXPECT_TRUE(s.contains(body::mfa));
  EXPECT_FALSE(s.contains(body::cifca));
  s.insert(body::cifca);
  s.erase(body::mfa);
  EXPECT_EQ(s, (body_set{body::cpaffc, body::cifca}));
  EXPECT_EQ((body_set{body::mfa, body::cpaffc} - body_set{body::mfa}), body_set{body::cpaffc});
  EXPECT_TRUE(body_set::all().includes(s));
  EXPECT_EQ(body_set::all().size(), enum_count<body>());
  std::vector<body> members(s.begin(), s.end());
  EXPECT_EQ(members, (std::vector<body>{body::cpaffc, body::cifca}));  // enumerator order
}

TEST(enum_set_test, sovereign_domains_are_the_last_five) {
  EXPECT_EQ(sovereign_domains.size(), 5u);
  for (const auto& row : vocabulary<issue_domain>()) {
    EXPECT_EQ(is_sovereign(row.value), sovereign_domains.contains(row.value)) << row.id;
  }
}

TEST(activity_flag_test, names_the_four_flags_by_their_json_keys) {
  activity a;
  for (const auto& row : vocabulary<activity_flag>()) {
    EXPECT_FALSE(a.flag(row.value)) << row.id;
    a.set_flag(row.value, true);
    EXPECT_TRUE(a.flag(row.value)) << row.id;
  }
  EXPECT_TRUE(a.touches_internal_affairs && a.has_central_mandate && a.uses_regional_name && a.legally_binding);
  a.set_flag(activity_flag::uses_regional_name, false);
  EXPECT_FALSE(a.uses_regional_name);
  EXPECT_TRUE(a.legally_binding);
}

TEST(body_level_test, runs_from_the_city_to_the_central_leadership) {
  EXPECT_EQ(level_of(body::city_fao), body_level::city);
  EXPECT_EQ(level_of(body::provincial_fao), body_level::provincial);
  EXPECT_EQ(level_of(body::mfa), body_level::national);
  EXPECT_EQ(level_of(body::cpaffc), body_level::national);
  EXPECT_EQ(level_of(body::state_council), body_level::central_leadership);
  // Each level holds at least one body.
  std::array<int, 4> count{};
  for (const auto& row : vocabulary<body>()) ++count[static_cast<std::size_t>(level_of(row.value))];
  for (int n : count) EXPECT_GT(n, 0);
}

}  // namespace
