// parse_activity reads most records through a fast path with no document tree
// (src/activity_fast.cpp) and everything else the full way. The two must never
// disagree: on generated valid records, and on those records broken at random.
#include <citydip/io/activity_json.hpp>

#include <citydip/model/gazetteer.hpp>

#include "io/activity_fast.hpp"  // layer-check: allow (compares the two paths that the one JSON reader will replace)
#include "../support/json_text.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace citydip;

const activity_read_options options{"in.jsonl", date{2016, 1, 1}};

// What a result says, in one comparable string: the activity as JSON and the
// city it resolved to, or every diagnostic.
std::string summary(const result<activity_record>& r) {
  if (!r) return "error: " + r.error().to_string();
  std::string s = test::activity_text(*r);
  s += r->known ? " known:" + r->known->id : " described";
  return s;
}

// JSON text for a string, escaped now and then where escaping is optional.
std::string quoted(std::string_view s, std::mt19937& rng) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (rng() % 17 == 0 && c >= 0x20 && static_cast<unsigned char>(c) < 0x80) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

template <class Enum>
Enum any_of(std::mt19937& rng) {
  const auto v = vocabulary<Enum>();
  return v[rng() % v.size()].value;
}

std::string space(std::mt19937& rng) { return rng() % 5 == 0 ? std::string(rng() % 3, ' ') + (rng() % 2 ? "\t" : "") : ""; }

// A valid activity object naming a gazetteer city by id, Chinese or English
// name, with optional members absent, null or given, in a random order.
std::string valid_record(std::mt19937& rng) {
  const auto cities = gazetteer();
  const city& c = cities[rng() % cities.size()];
  std::vector<std::string> members;
  const auto add = [&](std::string key, std::string value) {
    members.push_back(space(rng) + quoted(key, rng) + space(rng) + ":" + space(rng) + value + space(rng));
  };
  if (rng() % 3) add("id", quoted("a" + std::to_string(rng() % 1000) + (rng() % 4 == 0 ? "\"quoted\\ 编号" : ""), rng));
  switch (rng() % 4) {
    case 0: add("city", quoted(c.name_zh, rng)); break;
    case 1: add("city", quoted(c.name_en, rng)); break;
    default: add("city", quoted(c.id, rng));
  }
  add("activity", quoted(to_id(any_of<activity_kind>(rng)), rng));
  if (const auto pick = rng() % 3; pick == 1) add("domain", "null");
  else if (pick == 2) add("domain", quoted(to_id(any_of<issue_domain>(rng)), rng));
  if (const auto pick = rng() % 3; pick == 1) add("counterpart", "null");
  else if (pick == 2) add("counterpart", quoted(to_id(any_of<counterpart>(rng)), rng));
  for (const char* flag : {"touches_internal_affairs", "has_central_mandate", "uses_regional_name", "legally_binding"}) {
    if (rng() % 2) add(flag, rng() % 2 ? "true" : "false");
  }
  if (rng() % 2) {
    std::vector<body> all;
    for (const auto& row : vocabulary<body>()) all.push_back(row.value);
    std::shuffle(all.begin(), all.end(), rng);
    std::string arr = "[";
    const std::size_t n = rng() % (all.size() + 1);
    for (std::size_t i = 0; i < n; ++i) arr += (i ? "," : "") + space(rng) + quoted(to_id(all[i]), rng);
    add("obtained", arr + space(rng) + "]");
  }
  if (const auto pick = rng() % 3; pick == 1) add("date", "null");
  else if (pick == 2) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", static_cast<unsigned>(1950 + rng() % 80),
                  static_cast<unsigned>(1 + rng() % 12), static_cast<unsigned>(1 + rng() % 28));
    add("date", quoted(buf, rng));
  }
  std::shuffle(members.begin(), members.end(), rng);
  std::string out = space(rng) + "{";
  for (std::size_t i = 0; i < members.size(); ++i) out += (i ? "," : "") + members[i];
  return out + "}" + space(rng);
}

// One random edit: delete, insert or replace a byte, or repeat a stretch.
std::string broken(std::string s, std::mt19937& rng) {
  static const std::string alphabet = "{}[],:\" \\0123456789.-+eEtrufalsnxyz_\x01\xc3\xa9\xff";
  const std::size_t at = s.empty() ? 0 : rng() % s.size();
  switch (rng() % 4) {
    case 0: if (!s.empty()) s.erase(at, 1 + rng() % 3); break;
    case 1: s.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
    case 2: if (!s.empty()) s[at] = alphabet[rng() % alphabet.size()]; break;
    default: s.insert(at, s.substr(at, rng() % 24));
  }
  return s;
}

TEST(activity_fast_test, the_fast_path_takes_valid_records_and_reads_them_as_the_full_path_does) {
  std::mt19937 rng(2016);
  for (int i = 0; i < 20000; ++i) {
    const std::string text = valid_record(rng);
    activity_record fast;
    ASSERT_TRUE(detail::read_plain_activity(text, options, fast)) << text;
    const auto full = detail::parse_activity_in_full(text, options);
    ASSERT_TRUE(full) << text << "\n" << full.error().to_string();
    ASSERT_EQ(summary(fast), summary(full)) << text;
  }
}

TEST(activity_fast_test, broken_records_get_what_the_full_path_gives) {
  std::mt19937 rng(1997);
  int fast_taken = 0, errors = 0;
  for (int i = 0; i < 10000; ++i) {
    std::string text = valid_record(rng);
    for (unsigned edits = 1 + rng() % 3; edits > 0; --edits) text = broken(std::move(text), rng);
    activity_record fast;
    fast_taken += detail::read_plain_activity(text, options, fast);
    const auto full = detail::parse_activity_in_full(text, options);
    errors += !full;
    ASSERT_EQ(summary(parse_activity(text, options)), summary(full)) << text;
  }
  // Both kinds were exercised: edits that keep a record valid, and errors.
  EXPECT_GT(fast_taken, 50);
  EXPECT_GT(errors, 5000);
}

TEST(activity_fast_test, what_the_fast_path_leaves_to_the_full_path) {
  const char* const left[] = {
      R"({"city":{"id":"x","name_zh":"某市","name_en":"X","designations":[]},"activity":"trade_fair"})",  // a described city
      R"({"city":"beijing","activity":"trade_fair","city":"shanghai"})",              // a repeated key
      R"({"city":"beijing","activity":"trade_fair","colour":"red"})",                 // an unknown key
      R"({"city":"atlantis","activity":"trade_fair"})",                               // an unknown city
      R"({"city":"beijing","activity":"trade_fair","obtained":["mfa","mfa"]})",       // a body twice
      R"({"city":"beijing","activity":"trade_fair","date":"2016-02-30"})",            // no such day
      R"({"city":"beijing","activity":"trade_fair","legally_binding":1})",            // a number
      R"({"city":"beijing","activity":"trade_fair"} {})",                             // text after it
      R"({"city":"beijing"})",                                                        // no activity
      "\xEF\xBB\xBF{\"city\":\"beijing\",\"activity\":\"trade_fair\"}",                // a byte-order mark
      R"(["beijing"])", "", "null"};
  for (const char* text : left) {
    activity_record fast;
    EXPECT_FALSE(detail::read_plain_activity(text, options, fast)) << text;
    EXPECT_EQ(summary(parse_activity(text, options)), summary(detail::parse_activity_in_full(text, options))) << text;
  }
  // The described city is read, the full way.
  EXPECT_TRUE(parse_activity(left[0], options));
}

TEST(activity_fast_test, escaped_keys_and_strings_are_read_whole) {
  const std::string text = R"({"\u0063ity":"be\u0069jing","act\u0069vity":"trade_fair","id":"a\"1\\"})";
  activity_record fast;
  ASSERT_TRUE(detail::read_plain_activity(text, options, fast));
  EXPECT_EQ(fast.known, find_city("beijing"));
  EXPECT_EQ(fast.what.id, "a\"1\\");
  EXPECT_EQ(fast.what.date, options.default_date);
}

}  // namespace
