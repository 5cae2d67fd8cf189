#include <citydip/model/gazetteer.hpp>

#include <gtest/gtest.h>

#include "../support/source_file.hpp"

#include <cstdint>
#include <map>
#include <set>
#include <sstream>
#include <string>

namespace {

using namespace citydip;
using enum designation;

const city& get(std::string_view id) {
  const city* c = find_city(id);
  if (!c) {
    ADD_FAILURE() << "no city " << id;
    std::abort();
  }
  return *c;
}

designation_set held(std::string_view id) {
  designation_set s;
  for (const auto& r : get(id).designations) s.insert(r.designation);
  return s;
}

TEST(gazetteer_test, holds_every_city_of_domain_md_with_its_designations) {
  // DOMAIN.md, "Gazetteer facts": each city and every designation it lists for it.
  const std::map<std::string, designation_set> expected{
      {"beijing", {municipality}},
      {"shanghai", {municipality, coastal_open_city}},
      {"tianjin", {municipality, coastal_open_city}},
      {"chongqing", {municipality, sub_provincial_city}},
      {"hong_kong", {special_administrative_region}},
      {"macao", {special_administrative_region}},
      {"guangzhou", {sub_provincial_city, coastal_open_city, provincial_capital}},
      {"wuhan", {sub_provincial_city, provincial_capital}},
      {"harbin", {sub_provincial_city, provincial_capital}},
      {"shenyang", {sub_provincial_city, provincial_capital}},
      {"chengdu", {sub_provincial_city, provincial_capital}},
      {"nanjing", {sub_provincial_city, provincial_capital}},
      {"xian", {sub_provincial_city, provincial_capital}},
      {"changchun", {sub_provincial_city, provincial_capital}},
      {"jinan", {sub_provincial_city, provincial_capital}},
      {"hangzhou", {sub_provincial_city, provincial_capital}},
      {"dalian", {sub_provincial_city, coastal_open_city}},
      {"qingdao", {sub_provincial_city, coastal_open_city}},
      {"shenzhen", {sub_provincial_city, special_economic_zone}},
      {"xiamen", {sub_provincial_city, special_economic_zone}},
      {"ningbo", {sub_provincial_city, coastal_open_city}},
      {"zhuhai", {special_economic_zone}},
      {"shantou", {special_economic_zone}},
      {"haikou", {special_economic_zone, provincial_capital}},
      {"qinhuangdao", {coastal_open_city}},
      {"yantai", {coastal_open_city}},
      {"lianyungang", {coastal_open_city}},
      {"nantong", {coastal_open_city}},
      {"wenzhou", {coastal_open_city}},
      {"fuzhou", {coastal_open_city, provincial_capital}},
      {"zhanjiang", {coastal_open_city}},
      {"beihai", {coastal_open_city}},
      {"shijiazhuang", {provincial_capital}},
      {"taiyuan", {provincial_capital}},
      {"hefei", {provincial_capital}},
      {"nanchang", {provincial_capital}},
      {"zhengzhou", {provincial_capital}},
      {"changsha", {provincial_capital}},
      {"guiyang", {provincial_capital}},
      {"kunming", {provincial_capital}},
      {"lanzhou", {provincial_capital}},
      {"xining", {provincial_capital}},
      {"hohhot", {provincial_capital}},
      {"nanning", {provincial_capital}},
      {"lhasa", {provincial_capital}},
      {"yinchuan", {provincial_capital}},
      {"urumqi", {provincial_capital}},
  };
  EXPECT_EQ(gazetteer().size(), expected.size());
  for (const auto& [id, designations] : expected) EXPECT_EQ(held(id), designations) << id;

  std::set<std::string_view> ids, zh;
  for (const city& c : gazetteer()) {
    EXPECT_TRUE(is_valid_city_id(c.id)) << c.id;
    EXPECT_TRUE(ids.insert(c.id).second) << c.id;
    EXPECT_TRUE(zh.insert(c.name_zh).second) << c.name_zh;
    EXPECT_FALSE(c.name_en.empty()) << c.id;
    for (const auto& r : c.designations) EXPECT_FALSE(r.source.empty()) << c.id;
  }
}

TEST(gazetteer_test, lists_fourteen_coastal_open_cities_fifteen_sub_provincial_and_twenty_seven_capitals) {
  std::map<designation, int> count;
  for (const city& c : gazetteer()) {
    for (const auto& r : c.designations) {
      if (r.designation == sub_provincial_city && r.until) continue;  // Chongqing's former rank
      ++count[r.designation];
    }
  }
  EXPECT_EQ(count[coastal_open_city], 14);
  EXPECT_EQ(count[sub_provincial_city], 15);
  EXPECT_EQ(count[provincial_capital], 27);  // 22 provinces + 5 autonomous-region seats
  EXPECT_EQ(count[special_economic_zone], 5);
  EXPECT_EQ(count[special_administrative_region], 2);
}

TEST(gazetteer_test, chongqing_was_sub_provincial_in_1996_and_a_municipality_in_1998) {
  EXPECT_EQ(get("chongqing").tier_on({1993, 6, 1}), small_medium_city);
  EXPECT_EQ(get("chongqing").tier_on({1996, 6, 1}), sub_provincial_city);
  EXPECT_EQ(get("chongqing").tier_on({1998, 6, 1}), municipality);
}

TEST(gazetteer_test, a_designation_counts_from_its_decision_not_its_launch) {
  // docs/model.md: Chongqing counts from the NPC decision of 1997-03-14, not
  // the launch of 1997-06-18; the same rule for every designation.
  EXPECT_EQ(get("chongqing").tier_on({1997, 3, 13}), sub_provincial_city);
  EXPECT_EQ(get("chongqing").tier_on({1997, 3, 14}), municipality);
  EXPECT_EQ(get("chongqing").tier_on({1997, 6, 17}), municipality);
}

TEST(gazetteer_test, haikou_is_no_capital_before_hainan_province_existed) {
  // DOMAIN.md: Hainan province was created on 1988-04-13; Haikou is its
  // capital from that day and holds none of the designations before it.
  const city& haikou = get("haikou");
  EXPECT_EQ(haikou.tier_on({1987, 6, 1}), small_medium_city);
  EXPECT_EQ(haikou.tier_on({1988, 4, 12}), small_medium_city);
  EXPECT_TRUE(haikou.designations_on({1988, 4, 13}).contains(designation::provincial_capital));
  EXPECT_FALSE(haikou.designations_on({1988, 4, 12}).contains(designation::provincial_capital));
}

TEST(gazetteer_test, tianjin_was_not_a_municipality_from_1958_02_11_to_1967_01_02) {
  const city& tianjin = get("tianjin");
  EXPECT_EQ(tianjin.tier_on({1957, 1, 1}), municipality);
  EXPECT_EQ(tianjin.tier_on({1958, 2, 10}), municipality);
  for (date d : {date{1958, 2, 11}, date{1962, 1, 1}, date{1967, 1, 1}}) {
    EXPECT_NE(tianjin.tier_on(d), municipality) << d.to_string();
  }
  EXPECT_EQ(tianjin.tier_on({1967, 1, 2}), municipality);
  EXPECT_EQ(tianjin.tier_on({2016, 1, 1}), municipality);
}

TEST(gazetteer_test, tiers_on_sample_dates) {
  EXPECT_EQ(get("hong_kong").tier_on({1997, 6, 30}), small_medium_city);
  EXPECT_EQ(get("hong_kong").tier_on({1997, 7, 1}), special_administrative_region);
  EXPECT_EQ(get("macao").tier_on({1999, 12, 19}), small_medium_city);
  EXPECT_EQ(get("macao").tier_on({1999, 12, 20}), special_administrative_region);
  EXPECT_EQ(get("shenzhen").tier_on({1980, 8, 25}), small_medium_city);
  EXPECT_EQ(get("shenzhen").tier_on({1980, 8, 26}), special_economic_zone);
  EXPECT_EQ(get("shenzhen").tier_on({2016, 1, 1}), sub_provincial_city);
  EXPECT_EQ(get("xiamen").tier_on({1980, 10, 15}), small_medium_city);  // known only to the month: counts from its end
  EXPECT_EQ(get("xiamen").tier_on({1980, 11, 1}), special_economic_zone);
  EXPECT_EQ(get("wenzhou").tier_on({1985, 1, 1}), coastal_open_city);
  EXPECT_EQ(get("haikou").tier_on({1988, 4, 13}), special_economic_zone);
  EXPECT_EQ(get("guangzhou").tier_on({2016, 1, 1}), sub_provincial_city);
  EXPECT_EQ(get("kunming").tier_on({2016, 1, 1}), provincial_capital);
}

TEST(gazetteer_test, every_citys_timeline_agrees_with_its_records_every_day) {
  // decide() reads a city's tier from the timeline its designation_history
  // keeps; on every day of 1900-2100 it must be what walking the records gives.
  for (const city& c : gazetteer()) {
    for (int y = 1900; y <= 2100; ++y) {
      for (int m = 1; m <= 12; ++m) {
        for (int d = 1; d <= date::days_in_month(y, m); ++d) {
          const date day{static_cast<std::int16_t>(y), static_cast<std::uint8_t>(m), static_cast<std::uint8_t>(d)};
          ASSERT_EQ(c.tier_on(day), tier_on(c.designations.records(), day)) << c.id << " " << day.to_string();
        }
      }
    }
  }
}

TEST(gazetteer_test, start_dates_not_given_are_unknown) {
  for (const auto& r : get("kunming").designations) EXPECT_FALSE(r.since);
  const auto& beijing = get("beijing").designations.front();
  ASSERT_TRUE(beijing.since);
  EXPECT_EQ(beijing.since->known(), partial_date::precision::year);
}

TEST(gazetteer_test, finds_cities_by_id_chinese_name_and_english_name) {
  EXPECT_EQ(find_city("xian"), &get("xian"));
  EXPECT_EQ(find_city("西安"), &get("xian"));
  EXPECT_EQ(find_city("Xi'an"), &get("xian"));
  EXPECT_EQ(find_city("XI’AN"), &get("xian"));
  EXPECT_EQ(find_city("Ürümqi"), &get("urumqi"));
  EXPECT_EQ(find_city("urumqi"), &get("urumqi"));
  EXPECT_EQ(find_city("ÜRÜMQI"), &get("urumqi"));  // upper-case accented letters fold too
}

TEST(gazetteer_test, searches_ids_and_names_by_what_they_contain) {
  const auto ids = [](std::string_view q) {
    std::vector<std::string> out;
    for (const city* c : search_cities(q)) out.push_back(c->id);
    return out;
  };
  EXPECT_EQ(search_cities("").size(), gazetteer().size());
  EXPECT_EQ(ids("深圳"), std::vector<std::string>{"shenzhen"});
  EXPECT_EQ(ids("guang zhou"), std::vector<std::string>{"guangzhou"});
  EXPECT_EQ(ids("HONG-KONG"), std::vector<std::string>{"hong_kong"});
  EXPECT_EQ(ids("ürümqi"), std::vector<std::string>{"urumqi"});
  const auto jing = ids("jing");  // Beijing, Nanjing, ...: every one contains it
  EXPECT_GE(jing.size(), 2u);
  for (const std::string& id : jing) EXPECT_NE(fold_name(find_city(id)->name_en).find("jing"), std::string::npos) << id;
  EXPECT_TRUE(search_cities("atlantis").empty());
  EXPECT_TRUE(search_cities("'-_ ").empty());  // folds to nothing: matches no English name
}

// tests/data/city_names.tsv: how people write the gazetteer's cities (with
// suffixes, abbreviations, variant spellings, full-width forms and spaces),
// and names that must not be taken for a gazetteer city.
TEST(gazetteer_test, finds_every_city_as_people_write_it_and_no_other) {
  std::istringstream table(citydip::test::source_file("tests/data/city_names.tsv"));
  std::size_t found = 0, not_found = 0;
  for (std::string line; std::getline(table, line);) {
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> cols;
    for (std::size_t at = 0;;) {
      const std::size_t tab = line.find('\t', at);
      cols.push_back(line.substr(at, tab - at));
      if (tab == std::string::npos) break;
      at = tab + 1;
    }
    ASSERT_GE(cols.size(), 2u) << line;
    const city* c = find_city(cols[0]);
    if (cols[1] == "-") {
      ++not_found;
      EXPECT_EQ(c, nullptr) << "'" << cols[0] << "' is taken for " << (c ? c->id : "");
      ASSERT_EQ(cols.size(), 3u) << line;
      const city* hint = suggest_city(cols[0]);
      EXPECT_EQ(hint ? hint->id : "-", cols[2]) << "the suggestion for '" << cols[0] << "'";
    } else {
      ++found;
      ASSERT_NE(c, nullptr) << "'" << cols[0] << "' finds no city";
      EXPECT_EQ(c->id, cols[1]) << "'" << cols[0] << "'";
    }
  }
  EXPECT_GE(found, 150u);  // every city in every form that applies to it
  EXPECT_GE(not_found, 10u);
}

TEST(gazetteer_test, folds_case_accents_and_separators) {
  EXPECT_EQ(fold_name("Hong Kong"), "hongkong");
  EXPECT_EQ(fold_name("hong_kong"), "hongkong");
  EXPECT_EQ(fold_name("Ürümqi"), "urumqi");
  EXPECT_EQ(fold_name("Xi’an"), "xian");
  EXPECT_EQ(fold_name("Xī'ān"), "xian");
  EXPECT_EQ(find_city("hong kong"), &get("hong_kong"));
  EXPECT_EQ(find_city("HONG-KONG"), &get("hong_kong"));
  EXPECT_EQ(find_city("Macao"), &get("macao"));
}

TEST(gazetteer_test, unknown_names_find_nothing) {
  EXPECT_EQ(find_city("yiwu"), nullptr);
  EXPECT_EQ(find_city("Kashgar"), nullptr);  // an economic development zone, not an SEZ
  EXPECT_EQ(find_city(""), nullptr);
  EXPECT_EQ(find_city("   "), nullptr);
}

TEST(gazetteer_test, institutions_are_filled_only_where_the_paper_states_them) {
  // Z-3.1-2: the city spirits of Beijing, Shanghai and Shenzhen.
  EXPECT_EQ(get("beijing").spirit.values, (std::vector<std::string>{"爱国", "创新", "包容", "厚德"}));
  EXPECT_EQ(get("shanghai").spirit.motto, "海纳百川、追求卓越、开明睿智、大气谦和");
  EXPECT_EQ(get("shenzhen").spirit.values->size(), 4u);
  EXPECT_EQ(get("beijing").spirit.consensus, fact::unknown);  // the paper does not say
  EXPECT_FALSE(get("guangzhou").spirit.values);

  // Z-4.3: six cities have set internationalisation goals; how their FAOs
  // take part is not said.
  for (const char* id : {"shanghai", "beijing", "guangzhou", "shenzhen", "xian", "wuhan"}) {
    EXPECT_EQ(get(id).programme.internationalisation_strategy, fact::yes) << id;
    EXPECT_EQ(get(id).programme.fao_shapes_strategy, fact::unknown) << id;
  }
  EXPECT_EQ(get("tianjin").programme.internationalisation_strategy, fact::unknown);

  // Z-3.3-1: Hong Kong's eleven offices with privileges and immunities, and the WTO as "Hong Kong, China".
  const auto& hk = get("hong_kong").mechanisms;
  ASSERT_TRUE(hk.overseas_offices);
  EXPECT_EQ(hk.overseas_offices->size(), 11u);
  for (const auto& o : *hk.overseas_offices) {
    EXPECT_EQ(o.privileges_and_immunities, fact::yes);
    EXPECT_FALSE(o.host);  // not stated
  }
  EXPECT_EQ(hk.memberships_under_regional_name, (std::vector<std::string>{"WTO"}));

  // Everything else stays unknown.
  for (const city& c : gazetteer()) {
    EXPECT_EQ(c.structure.fao_dual_role, fact::unknown) << c.id;
    EXPECT_EQ(c.guarantees.dedicated_budget, fact::unknown) << c.id;
    if (c.id != "hong_kong") {
      EXPECT_FALSE(c.mechanisms.overseas_offices) << c.id;
    }
    if (c.id != "haikou") {
      EXPECT_FALSE(c.province) << c.id;
    }
  }
  EXPECT_EQ(get("haikou").province, "Hainan");
}

}  // namespace
