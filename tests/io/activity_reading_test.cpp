// parse_activity on generated records: valid ones, in any key order, with
// white space, escapes and nulls, must read to exactly what was generated;
// the same records broken at random must read or be refused with every
// problem placed, never anything in between.
#include <citydip/io/activity_json.hpp>

#include <citydip/model/gazetteer.hpp>

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
[[maybe_unused]] std::string summary(const result<activity_record>& r) {
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

std::string space(std::mt19937& rng) {
  return rng() % 5 == 0 ? std::string(rng() % 3, ' ') + (rng() % 2 ? "\t" : "") : "";
}

// A valid activity object naming a gazetteer city by id, Chinese or English
// name, with optional members absent, null or given, in a random order; and
// the activity and city it stands for.
std::string valid_record(std::mt19937& rng, activity& expected, const city*& expected_city) {
  const auto cities = gazetteer();
  const city& c = cities[rng() % cities.size()];
  expected = activity{.date = options.default_date};
  expected_city = &c;
  std::vector<std::string> members;
  const auto add = [&](std::string key, std::string value) {
    members.push_back(space(rng) + quoted(key, rng) + space(rng) + ":" + space(rng) + value + space(rng));
  };
  if (rng() % 3) {
    expected.id = "a" + std::to_string(rng() % 1000) + (rng() % 4 == 0 ? "\"quoted\\ 编号" : "");
    add("id", quoted(expected.id, rng));
  }
  switch (rng() % 4) {
    case 0: add("city", quoted(c.name_zh, rng)); break;
    case 1: add("city", quoted(c.name_en, rng)); break;
    default: add("city", quoted(c.id, rng));
  }
  expected.kind = any_of<activity_kind>(rng);
  add("activity", quoted(to_id(expected.kind), rng));
  if (const auto pick = rng() % 3; pick == 1) {
    add("domain", "null");
  } else if (pick == 2) {
    expected.domain = any_of<issue_domain>(rng);
    add("domain", quoted(to_id(*expected.domain), rng));
  }
  if (const auto pick = rng() % 3; pick == 1) {
    add("counterpart", "null");
  } else if (pick == 2) {
    expected.counterpart = any_of<counterpart>(rng);
    add("counterpart", quoted(to_id(*expected.counterpart), rng));
  }
  for (auto [flag, member] :
       {std::pair<const char*, bool*>{"touches_internal_affairs", &expected.touches_internal_affairs},
        {"has_central_mandate", &expected.has_central_mandate},
        {"uses_regional_name", &expected.uses_regional_name},
        {"legally_binding", &expected.legally_binding}}) {
    if (rng() % 2) {
      *member = rng() % 2 != 0;
      add(flag, *member ? "true" : "false");
    }
  }
  if (rng() % 2) {
    std::vector<body> all;
    for (const auto& row : vocabulary<body>()) all.push_back(row.value);
    std::shuffle(all.begin(), all.end(), rng);
    std::string arr = "[";
    const std::size_t n = rng() % (all.size() + 1);
    for (std::size_t i = 0; i < n; ++i) {
      arr += (i ? "," : "") + space(rng) + quoted(to_id(all[i]), rng);
      expected.obtained.insert(all[i]);
    }
    add("obtained", arr + space(rng) + "]");
  }
  if (const auto pick = rng() % 3; pick == 1)
    add("date", "null");
  else if (pick == 2) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", static_cast<unsigned>(1950 + rng() % 80),
                  static_cast<unsigned>(1 + rng() % 12), static_cast<unsigned>(1 + rng() % 28));
    add("date", quoted(buf, rng));
    expected.date = date::parse(buf);
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
    case 0:
      if (!s.empty()) s.erase(at, 1 + rng() % 3);
      break;
    case 1: s.insert(at, 1, alphabet[rng() % alphabet.size()]); break;
    case 2:
      if (!s.empty()) s[at] = alphabet[rng() % alphabet.size()];
      break;
    default: s.insert(at, s.substr(at, rng() % 24));
  }
  return s;
}

TEST(activity_reading_test, valid_records_read_to_exactly_what_they_say) {
  std::mt19937 rng(2016);
  for (int i = 0; i < 20000; ++i) {
    activity expected;
    const city* expected_city = nullptr;
    const std::string text = valid_record(rng, expected, expected_city);
    const auto r = parse_activity(text, options);
    ASSERT_TRUE(r) << text << "\n" << r.error().to_string();
    ASSERT_EQ(r->known, expected_city) << text;
    ASSERT_FALSE(r->described);
    const activity& a = r->what;
    ASSERT_EQ(a.id, expected.id) << text;
    ASSERT_EQ(a.kind, expected.kind) << text;
    ASSERT_EQ(a.domain, expected.domain) << text;
    ASSERT_EQ(a.counterpart, expected.counterpart) << text;
    ASSERT_EQ(a.touches_internal_affairs, expected.touches_internal_affairs) << text;
    ASSERT_EQ(a.has_central_mandate, expected.has_central_mandate) << text;
    ASSERT_EQ(a.uses_regional_name, expected.uses_regional_name) << text;
    ASSERT_EQ(a.legally_binding, expected.legally_binding) << text;
    ASSERT_EQ(a.obtained, expected.obtained) << text;
    ASSERT_EQ(a.date, expected.date) << text;
  }
}

// Where a diagnostic points, as the text shows it: the rest of its line from its column.
std::string_view at_place(std::string_view text, const diagnostic& d) {
  std::size_t line = 1, i = 0;
  while (line < d.line && i < text.size()) line += text[i++] == '\n';
  return text.substr(std::min(text.size(), i + d.column - 1));
}

TEST(activity_reading_test, broken_records_are_read_or_refused_with_every_problem_placed) {
  std::mt19937 rng(1997);
  int read = 0, refused = 0;
  for (int i = 0; i < 10000; ++i) {
    activity expected;
    const city* expected_city = nullptr;
    std::string text = valid_record(rng, expected, expected_city);
    for (unsigned edits = 1 + rng() % 3; edits > 0; --edits) text = broken(std::move(text), rng);
    const auto r = parse_activity(text, options);
    if (r) {
      ++read;
      ASSERT_TRUE(r->known || r->described) << text;
      ASSERT_TRUE(r->what.date) << text;
      continue;
    }
    ++refused;
    ASSERT_FALSE(r.error().diagnostics.empty()) << text;
    for (const diagnostic& d : r.error().diagnostics) {
      ASSERT_EQ(d.file, "in.jsonl") << text;
      ASSERT_GE(d.line, 1u) << text << "\n" << d.to_string();
      ASSERT_GE(d.column, 1u) << text << "\n" << d.to_string();
      ASSERT_FALSE(d.message.empty()) << text;
      // A problem with a member names it: the place is the member's value, or the object it is missing from.
      if (!d.path.empty()) {
        const std::string_view there = at_place(text, d);
        ASSERT_FALSE(there.empty()) << text << "\n" << d.to_string();
      }
    }
  }
  // Both kinds were exercised: edits that keep a record valid, and errors.
  EXPECT_GT(read, 50);
  EXPECT_GT(refused, 5000);
}

struct known_case {
  const char* text;
  const char* expected;  // what the error says, or "" for a record that reads
};

TEST(activity_reading_test, each_kind_of_problem_is_named_and_placed) {
  const known_case cases[] = {
      {R"({"city":{"id":"x","name_zh":"某市","name_en":"X","designations":[]},"activity":"trade_fair"})", ""},
      {R"({"city":"beijing","activity":"trade_fair","city":"shanghai"})",
       "in.jsonl:1:43: at /city: duplicate key 'city': each key may appear once"},
      {R"({"city":"beijing","activity":"trade_fair","colour":"red"})",
       "in.jsonl:1:52: at /colour: unknown key 'colour'"},
      {R"({"city":"atlantis","activity":"trade_fair"})", "in.jsonl:1:9: at /city: unknown city 'atlantis'"},
      {R"({"city":"beijing","activity":"trade_fair","obtained":["mfa","mfa"]})",
       "in.jsonl:1:61: at /obtained/1: 'mfa' is listed twice"},
      {R"({"city":"beijing","activity":"trade_fair","date":"2016-02-30"})",
       "in.jsonl:1:50: at /date: expected a date YYYY-MM-DD that exists in the calendar, found '2016-02-30'"},
      {R"({"city":"beijing","activity":"trade_fair","legally_binding":1})",
       "in.jsonl:1:61: at /legally_binding: expected true or false, found a number"},
      {R"({"city":"beijing","activity":"trade_fair"} {})",
       "in.jsonl:1:44: invalid JSON at column 44: text after the JSON value"},
      {R"({"city":"beijing"})", "in.jsonl:1:1: at /activity: missing required key 'activity'"},
      {"\xEF\xBB\xBF{\"city\":\"beijing\",\"activity\":\"trade_fair\"}",
       "in.jsonl:1:1: the input starts with a byte-order mark; expected plain UTF-8 JSON"},
      {"{\"city\":\"bei\xffjing\",\"activity\":\"trade_fair\"}",
       "in.jsonl:1:13: invalid UTF-8 at column 13: expected UTF-8 text"},
      {"{\"city\":\"beijing\",\n \"activity\": \"trade_fare\"}",
       "in.jsonl:2:14: at /activity: unknown activity_kind 'trade_fare'; did you mean 'trade_fair'?"},
      {R"(["beijing"])", "in.jsonl:1:1: expected an object, found an array"},
      {"", "in.jsonl:1:1: the input is empty: expected JSON"},
      {"null", "in.jsonl:1:1: expected an object, found null"},
  };
  for (const auto& c : cases) {
    const auto r = parse_activity(c.text, options);
    if (*c.expected == '\0') {
      EXPECT_TRUE(r) << c.text << "\n" << r.error().to_string();
    } else {
      ASSERT_FALSE(r) << c.text;
      EXPECT_TRUE(r.error().diagnostics.front().to_string().starts_with(c.expected)) << c.text << "\n"
                                                                                     << r.error().to_string();
    }
  }
}

TEST(activity_reading_test, escaped_keys_and_strings_are_read_whole) {
  const std::string text = R"({"\u0063ity":"be\u0069jing","act\u0069vity":"trade_fair","id":"a\"1\\"})";
  const auto r = parse_activity(text, options);
  ASSERT_TRUE(r) << r.error().to_string();
  EXPECT_EQ(r->known, find_city("beijing"));
  EXPECT_EQ(r->what.id, "a\"1\\");
  EXPECT_EQ(r->what.date, options.default_date);
}

}  // namespace

namespace {

using namespace citydip;

// A repeated key deep inside a record is named by its full path, through
// objects and arrays alike.
TEST(activity_reading_test, a_repeated_key_inside_nested_objects_and_arrays_is_named_by_its_path) {
  const auto r = parse_activity(
      R"({"city":{"id":"x","name_zh":"某","name_en":"X","designations":[{"designation":"coastal_open_city"},)"
      R"({"designation":"municipality","since":"1990","since":"1991"}],)"
      R"("structure":{"governance":"council","governance":"council"}},"activity":"trade_fair"})",
      {.file = "in.jsonl"});
  ASSERT_FALSE(r);
  std::vector<std::string> paths;
  for (const diagnostic& d : r.error().diagnostics) {
    if (d.message.starts_with("duplicate key")) paths.push_back(d.path);
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"/city/designations/1/since", "/city/structure/governance"}));
}

}  // namespace
