#include <citydip/io/rulebook_json.hpp>

#include <citydip/decide/decide.hpp>
#include <citydip/io/builtin.hpp>

#include "../support/json_text.hpp"
#include "../support/source_file.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using namespace citydip;

// A small valid rulebook; tests break it one way at a time.
const std::string good = R"({
  "citydip_rulebook": 1,
  "name": "mine",
  "title_en": "Mine",
  "title_zh": "我的",
  "as_of": "2016-01-01",
  "default": {"verdict": "approval", "bodies": ["provincial_fao"], "classification": "general_foreign_affairs",
              "cite": "assumption: a test", "text_en": "default", "text_zh": "默认"},
  "rules": [
    {"id": "office", "when": {"activity": ["overseas_office"], "tier_at_least": "sub_provincial_city"},
     "verdict": "report", "bodies": ["mfa"], "classification": "city_diplomacy",
     "cite": "Z-3.3-1", "text_en": "report it", "text_zh": "报告"}
  ]
})";

std::string replace(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

diagnostic only(const error& e) {
  EXPECT_EQ(e.diagnostics.size(), 1u) << e.to_string();
  return e.diagnostics.front();
}

TEST(rulebook_json_test, loads_a_valid_rulebook) {
  const auto book = load_rulebook(good, {.file = "mine.json"});
  ASSERT_TRUE(book) << book.error().to_string();
  EXPECT_EQ(book->name(), "mine");
  EXPECT_EQ(book->source().as_of, (date{2016, 1, 1}));
  ASSERT_EQ(book->rules().size(), 1u);
  const rule& r = book->rules()[0];
  EXPECT_EQ(r.verdict, verdict::report);
  EXPECT_EQ(r.when.tier_at_least, designation::sub_provincial_city);
  EXPECT_EQ(r.when.kinds, activity_kind_set{activity_kind::overseas_office});
  const auto d =
      decide(*book, designation::municipality, "", {.kind = activity_kind::overseas_office, .date = date{2016, 1, 1}});
  EXPECT_EQ(d.verdict, verdict::report);
}

TEST(rulebook_json_test, names_file_line_column_and_path_of_an_unknown_id_with_a_suggestion) {
  const auto r = load_rulebook(replace(good, "\"overseas_office\"", "\"overseas_ofice\""), {.file = "mine.json"});
  ASSERT_FALSE(r);
  const auto d = only(r.error());
  EXPECT_EQ(d.file, "mine.json");
  EXPECT_EQ(d.line, 10u);
  EXPECT_EQ(d.column, 44u);
  EXPECT_EQ(d.path, "/rules/0/when/activity/0");
  EXPECT_EQ(d.message, "unknown activity_kind 'overseas_ofice'; did you mean 'overseas_office'?");
  EXPECT_EQ(d.to_string(),
            "mine.json:10:44: at /rules/0/when/activity/0: unknown activity_kind 'overseas_ofice'; did you mean "
            "'overseas_office'?");
}

TEST(rulebook_json_test, refuses_unknown_keys_with_a_suggestion) {
  const auto r = load_rulebook(replace(good, "\"verdict\": \"report\"", "\"verdit\": \"report\""), {.file = "f"});
  ASSERT_FALSE(r);
  bool unknown = false, missing = false;
  for (const auto& d : r.error().diagnostics) {
    if (d.path == "/rules/0/verdit" && d.message == "unknown key 'verdit'; did you mean 'verdict'?") unknown = true;
    if (d.path == "/rules/0/verdict" && d.message == "missing required key 'verdict'") missing = true;
  }
  EXPECT_TRUE(unknown) << r.error().to_string();
  EXPECT_TRUE(missing) << r.error().to_string();
}

TEST(rulebook_json_test, refuses_wrong_types) {
  const auto r =
      load_rulebook(replace(good, "\"tier_at_least\": \"sub_provincial_city\"", "\"tier_at_least\": 5"), {.file = "f"});
  ASSERT_FALSE(r);
  const auto d = only(r.error());
  EXPECT_EQ(d.path, "/rules/0/when/tier_at_least");
  EXPECT_EQ(d.message, "expected a string, found a number");
}

TEST(rulebook_json_test, refuses_dates_that_do_not_exist) {
  const auto r = load_rulebook(replace(good, "2016-01-01", "2016-02-30"), {.file = "f"});
  ASSERT_FALSE(r);
  const auto d = only(r.error());
  EXPECT_EQ(d.path, "/as_of");
  EXPECT_EQ(d.line, 6u);
  EXPECT_NE(d.message.find("'2016-02-30'"), std::string::npos);
}

TEST(rulebook_json_test, refuses_duplicate_keys) {
  const auto r =
      load_rulebook(replace(good, "\"name\": \"mine\",", "\"name\": \"mine\", \"name\": \"other\","), {.file = "f"});
  ASSERT_FALSE(r);
  const auto d = only(r.error());
  EXPECT_EQ(d.path, "/name");
  EXPECT_EQ(d.line, 3u);
  EXPECT_EQ(d.column, 19u);
  EXPECT_NE(d.message.find("duplicate key 'name'"), std::string::npos);
}

TEST(rulebook_json_test, a_missing_default_is_an_error) {
  auto text = good;
  const auto from = text.find("  \"default\"");
  const auto to = text.find("  \"rules\"");
  text.erase(from, to - from);
  const auto r = load_rulebook(text, {.file = "f"});
  ASSERT_FALSE(r);
  EXPECT_EQ(only(r.error()).message, "missing required key 'default'");
}

TEST(rulebook_json_test, places_compiler_problems_at_their_line) {
  const auto r = load_rulebook(replace(good, "\"Z-3.3-1\"", "\"Z-3.3-9\""), {.file = "f"});
  ASSERT_FALSE(r);
  const auto d = only(r.error());
  EXPECT_EQ(d.path, "/rules/0/cite");
  EXPECT_EQ(d.line, 12u);
  EXPECT_EQ(d.file, "f");
}

TEST(rulebook_json_test, an_exception_naming_a_missing_rule_is_an_error) {
  const auto r = load_rulebook(
      replace(good, "\"id\": \"office\",", "\"id\": \"office\", \"exception_to\": [\"ghost\"],"), {.file = "f"});
  ASSERT_FALSE(r);
  const auto d = only(r.error());
  EXPECT_EQ(d.path, "/rules/0/exception_to/0");
  EXPECT_EQ(d.message, "names no rule of this rulebook: 'ghost'");
}

TEST(rulebook_json_test, malformed_json_is_placed_where_the_parser_stopped) {
  const auto r = load_rulebook(good.substr(0, 120), {.file = "cut.json"});
  ASSERT_FALSE(r);
  const auto d = only(r.error());
  EXPECT_EQ(d.file, "cut.json");
  EXPECT_GT(d.line, 1u);
  EXPECT_NE(d.message.find("invalid JSON"), std::string::npos);
}

TEST(rulebook_json_test, bad_inputs_give_errors_never_a_rulebook) {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  for (const std::string& bad :
       {std::string(), std::string("   \n"), std::string("\xEF\xBB\xBF") + good, std::string("[]"), std::string("null"),
        deep, good + "{}", std::string("{\"a\":\xff}")}) {
    const auto r = load_rulebook(bad, {.file = "bad.json"});
    ASSERT_FALSE(r);
    EXPECT_FALSE(r.error().diagnostics.empty());
    for (const auto& d : r.error().diagnostics) EXPECT_FALSE(d.message.empty());
  }
  EXPECT_NE(load_rulebook("", {.file = "e"}).error().to_string().find("empty"), std::string::npos);
  EXPECT_NE(load_rulebook(deep, {.file = "e"}).error().to_string().find("nesting deeper"), std::string::npos);
  EXPECT_NE(
      load_rulebook(std::string("\xEF\xBB\xBF") + good, {.file = "e"}).error().to_string().find("byte-order mark"),
      std::string::npos);
}

TEST(rulebook_json_test, the_format_version_is_checked) {
  const auto r = load_rulebook(replace(good, "\"citydip_rulebook\": 1", "\"citydip_rulebook\": 2"), {.file = "f"});
  ASSERT_FALSE(r);
  EXPECT_EQ(only(r.error()).message, "unsupported format version 2; expected 1");
}

TEST(rulebook_json_test, the_builtin_rulebooks_are_written_in_this_format) {
  for (const auto& info : builtin_rulebooks()) {
    const auto parsed = parse_rulebook(info.json, {.file = info.name});
    ASSERT_TRUE(parsed) << parsed.error().to_string();
    EXPECT_EQ(parsed->rules.size(), builtin_rulebook(info.name)->rules().size());
  }
}

TEST(rulebook_json_test, value_throws_the_error_as_citydip_exception) {
  const auto r = load_rulebook("{}", {.file = "empty-object.json"});
  try {
    (void)r.value();
    FAIL() << "expected an exception";
  } catch (const citydip::exception& e) {
    EXPECT_NE(std::string(e.what()).find("empty-object.json"), std::string::npos);
    EXPECT_GE(e.error().diagnostics.size(), 5u);  // every missing key, not only the first
  }
}

}  // namespace

namespace {

using namespace citydip;

// Every activity combination, every tier and every named city: the written
// and re-loaded rulebook decides exactly as the original.
TEST(rulebook_json_round_trip_test, a_builtin_rulebook_written_and_loaded_back_decides_the_same) {
  for (const auto& info : builtin_rulebooks()) {
    const auto original = *builtin_rulebook(info.name);
    const std::string text = test::rulebook_text(original.source());
    const auto back = load_rulebook(text, {.file = "written.json"});
    ASSERT_TRUE(back) << back.error().to_string();
    EXPECT_EQ(back->rules().size(), original.rules().size());
    std::vector<std::string_view> cities{""};
    for (const auto& id : original.named_cities()) cities.push_back(id);
    std::size_t compared = 0;
    for (const auto& k : vocabulary<activity_kind>()) {
      for (int dom = -1; dom < static_cast<int>(enum_count<issue_domain>()); ++dom) {
        for (int cp = -1; cp < static_cast<int>(enum_count<counterpart>()); ++cp) {
          for (unsigned flags = 0; flags < 16; ++flags) {
            activity a{.kind = k.value,
                       .touches_internal_affairs = (flags & 1) != 0,
                       .has_central_mandate = (flags & 2) != 0,
                       .uses_regional_name = (flags & 4) != 0,
                       .legally_binding = (flags & 8) != 0,
                       .obtained = {body::mfa},
                       .date = date{2016, 1, 1}};
            if (dom >= 0) a.domain = static_cast<issue_domain>(dom);
            if (cp >= 0) a.counterpart = static_cast<counterpart>(cp);
            for (const auto& t : vocabulary<designation>()) {
              for (std::string_view city : cities) {
                const decision x = decide(original, t.value, city, a);
                const decision y = decide(*back, t.value, city, a);
                ASSERT_EQ(x.verdict, y.verdict);
                ASSERT_EQ(x.bodies, y.bodies);
                ASSERT_EQ(x.outcome, y.outcome);
                ASSERT_EQ(x.classification, y.classification);
                ASSERT_EQ(x.reasons().size(), y.reasons().size());
                for (std::size_t i = 0; i < x.reasons().size(); ++i) {
                  ASSERT_EQ(x.reasons()[i].rule->id, y.reasons()[i].rule->id);
                  ASSERT_EQ(x.reasons()[i].deciding, y.reasons()[i].deciding);
                }
                ++compared;
              }
            }
          }
        }
      }
    }
    EXPECT_EQ(compared, enum_count<activity_kind>() * 19 * 11 * 16 * 7 * cities.size());
    // Writing again gives the same text: the writer is stable.
    EXPECT_EQ(test::rulebook_text(back->source()), text);
  }
}

}  // namespace

namespace {

TEST(rulebook_json_lint_test, schema_and_compiler_problems_are_reported_in_one_pass_in_file_order) {
  const auto r =
      citydip::load_rulebook(citydip::test::source_file("tests/data/bad-rulebook.json"), {.file = "bad-rulebook.json"});
  ASSERT_FALSE(r);
  const auto e = r.error();
  std::vector<std::string> paths;
  for (const auto& d : e.diagnostics) paths.push_back(d.path);
  // Every problem planted in the file, schema (unknown ids and keys) and
  // compiler (duplicates, citations, conditions, exceptions) alike; nothing
  // reported twice and nothing invented for the fields that failed to read.
  EXPECT_EQ(paths,
            (std::vector<std::string>{"/default/bodies", "/default/classification", "/default/cite",
                                      "/rules/0/when/activity/0", "/rules/1/id", "/rules/1/verdict", "/rules/1/cite",
                                      "/rules/2/when/tier_at_most", "/rules/2/exception_to/0", "/rules/3/when/until",
                                      "/rules/3/bodies", "/rules/3/exception_to", "/rules/4/colour"}))
      << e.to_string();
  for (std::size_t i = 1; i < e.diagnostics.size(); ++i) {
    EXPECT_LE(e.diagnostics[i - 1].line, e.diagnostics[i].line);
  }
}

TEST(rulebook_json_lint_test, invalid_utf8_is_named_with_its_column) {
  const auto r = citydip::load_rulebook("{\"name\": \"caf\xe9\"}", {.file = "latin1.json"});
  ASSERT_FALSE(r);
  const auto e = r.error();
  ASSERT_EQ(e.diagnostics.size(), 1u);
  EXPECT_EQ(e.diagnostics[0].to_string(), "latin1.json:1:14: invalid UTF-8 at column 14: expected UTF-8 text");
}

}  // namespace

namespace {

using namespace citydip;

// Texts with every character JSON must escape, at every offset within an
// eight-byte word (the writer scans a word at a time), are written and read
// back to the same text.
TEST(rulebook_json_round_trip_test, texts_needing_escapes_anywhere_read_back_the_same) {
  const auto base = *builtin_rulebook("status-quo-2016");
  for (const char* special : {"\"", "\\", "\n", "\r", "\t", "\b", "\f", "\x01", "\x1f"}) {
    for (std::size_t offset = 0; offset < 17; ++offset) {
      rulebook_source s = base.source();
      std::string text = std::string(offset, 'a') + special + "城市外交 tail";
      s.rules[0].text_en = text;
      s.rules[0].text_zh = special + text + special;
      const auto back = parse_rulebook(test::rulebook_text(s), {.file = "escaped.json"});
      ASSERT_TRUE(back) << back.error().to_string();
      EXPECT_EQ(back->rules[0].text_en, s.rules[0].text_en) << offset;
      EXPECT_EQ(back->rules[0].text_zh, s.rules[0].text_zh) << offset;
    }
  }
}

}  // namespace
