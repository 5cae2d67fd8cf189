#include <citydip/io/activity_json.hpp>

#include <citydip/model/gazetteer.hpp>

#include "../support/json_text.hpp"

#include <gtest/gtest.h>

namespace {

using namespace citydip;

TEST(activity_json_test, reads_the_contract_example) {
  const auto r = parse_activity(R"({"id": "a1", "city": "shenzhen", "activity": "overseas_office",
    "domain": "investment", "counterpart": "foreign_local_government",
    "touches_internal_affairs": false, "has_central_mandate": false,
    "uses_regional_name": false, "legally_binding": false,
    "obtained": ["provincial_fao"], "date": "2016-01-01"})");
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->known, find_city("shenzhen"));
  EXPECT_EQ(&r->subject(), find_city("shenzhen"));
  EXPECT_EQ(r->what.id, "a1");
  EXPECT_EQ(r->what.kind, activity_kind::overseas_office);
  EXPECT_EQ(r->what.domain, issue_domain::investment);
  EXPECT_EQ(r->what.counterpart, counterpart::foreign_local_government);
  EXPECT_EQ(r->what.obtained, body_set{body::provincial_fao});
  EXPECT_EQ(r->what.date, (date{2016, 1, 1}));
}

TEST(activity_json_test, only_city_and_activity_are_required) {
  const auto r = parse_activity(R"({"city": "西安", "activity": "trade_fair"})", {.default_date = date{2015, 5, 5}});
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->known, find_city("xian"));
  EXPECT_FALSE(r->what.domain);
  EXPECT_FALSE(r->what.legally_binding);
  EXPECT_TRUE(r->what.obtained.empty());
  EXPECT_EQ(r->what.date, (date{2015, 5, 5}));
  const auto today = parse_activity(R"({"city": "Xi'an", "activity": "trade_fair"})");
  ASSERT_TRUE(today);
  EXPECT_EQ(today->what.date, date::today());
}

TEST(activity_json_test, a_city_may_be_described_inline) {
  const auto r = parse_activity(R"({"city": {"id": "yiwu", "name_zh": "义乌", "name_en": "Yiwu", "designations": []},
                                    "activity": "trade_fair", "date": "2016-01-01"})");
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_FALSE(r->known);
  EXPECT_EQ(r->subject().id, "yiwu");
}

TEST(activity_json_test, round_trips) {
  for (
      const char* text :
      {R"({"id":"a","city":"hong_kong","activity":"international_agreement","domain":"economy_trade","counterpart":"foreign_national_government","touches_internal_affairs":false,"has_central_mandate":true,"uses_regional_name":true,"legally_binding":true,"obtained":["mfa","cpaffc"],"date":"2016-01-01"})",
       R"({"city":{"id":"yiwu","name_zh":"义乌","name_en":"Yiwu","designations":[{"designation":"coastal_open_city","since":null,"until":null}],"structure":{},"mechanisms":{},"guarantees":{}},"activity":"trade_fair","touches_internal_affairs":false,"has_central_mandate":false,"uses_regional_name":false,"legally_binding":false,"obtained":[],"date":"1999-12-31"})"}) {
    const auto r = parse_activity(text);
    ASSERT_TRUE(r) << r.error().to_string();
    const std::string written = test::activity_text(*r);
    const auto back = parse_activity(written);
    ASSERT_TRUE(back) << back.error().to_string();
    EXPECT_EQ(test::activity_text(*back), written);
    EXPECT_EQ(back->subject(), r->subject());
  }
}

TEST(activity_json_test, bad_records_say_which_field_and_what_was_expected) {
  struct bad {
    const char* text;
    const char* path;
    const char* message;
  };
  const bad cases[] = {
      {R"({"activity": "trade_fair"})", "/city", "missing required key 'city'"},
      {R"({"city": "beijing"})", "/activity", "missing required key 'activity'"},
      {R"({"city": "shenzen", "activity": "trade_fair"})", "/city",
       "unknown city 'shenzen': not in the gazetteer; did you mean 'shenzhen'?"},
      {R"({"city": 7, "activity": "trade_fair"})", "/city",
       "expected a city id or name (a string) or a city object, found a number"},
      {R"({"city": "beijing", "activity": "trade_fiar"})", "/activity",
       "unknown activity_kind 'trade_fiar'; did you mean 'trade_fair'?"},
      {R"({"city": "beijing", "activity": 3})", "/activity", "expected a string, found a number"},
      {R"({"city": "beijing", "activity": "trade_fair", "date": "2016-02-30"})", "/date",
       "expected a date YYYY-MM-DD that exists in the calendar, found '2016-02-30'"},
      {R"({"city": "beijing", "activity": "trade_fair", "legally_binding": "yes"})", "/legally_binding",
       "expected true or false, found a string"},
      {R"({"city": "beijing", "activity": "trade_fair", "obtained": ["mfa", "mfa"]})", "/obtained/1",
       "'mfa' is listed twice"},
      {R"({"city": "beijing", "activity": "trade_fair", "colour": 1})", "/colour",
       "unknown key 'colour'; expected one of: id city activity domain counterpart touches_internal_affairs "
       "has_central_mandate uses_regional_name legally_binding obtained date"},
      {R"({"city": "beijing", "activity": "trade_fair", "city": "shanghai"})", "/city",
       "duplicate key 'city': each key may appear once"},
  };
  for (const auto& c : cases) {
    const auto r = parse_activity(c.text, {.file = "batch.jsonl"});
    ASSERT_FALSE(r) << c.text;
    const auto e = r.error();  // error() returns a copy: keep it before referring into it
    const auto& d = e.diagnostics.front();
    EXPECT_EQ(d.path, c.path) << c.text;
    EXPECT_EQ(d.message, c.message) << c.text;
    EXPECT_EQ(d.file, "batch.jsonl");
    EXPECT_EQ(d.line, 1u);
  }
}

}  // namespace
