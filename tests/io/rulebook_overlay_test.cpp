// Rulebooks that extend a base: add, replace, remove, a new default, layers,
// and every way an overlay can be wrong, each located in its own file.
#include <citydip/io/rulebook_json.hpp>

#include <citydip/decide/decide.hpp>
#include <citydip/io/builtin.hpp>
#include <citydip/rules/rulebook_overlay.hpp>

#include "../support/json_text.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace {

using namespace citydip;

const std::string base_text = R"({
  "citydip_rulebook": 1, "name": "base", "title_en": "Base", "title_zh": "基础", "as_of": "2016-01-01",
  "default": {"verdict": "approval", "bodies": ["provincial_fao"], "classification": "general_foreign_affairs",
              "cite": "assumption: a test", "text_en": "default", "text_zh": "默认"},
  "rules": [
    {"id": "office", "when": {"activity": ["overseas_office"]}, "verdict": "approval", "bodies": ["mfa"],
     "cite": "Z-3.3-1", "text_en": "office", "text_zh": "办事处"},
    {"id": "red-line", "when": {"touches_internal_affairs": true}, "verdict": "prohibited",
     "cite": "Z-2.2-3", "text_en": "red line", "text_zh": "红线"},
    {"id": "exchange", "when": {"activity": ["cultural_exchange"]}, "verdict": "autonomous",
     "cite": "Z-1-3", "text_en": "free", "text_zh": "自主"}
  ]
})";

// An overlay of `base.json` with `body` as its changes.
std::string overlay(const std::string& body, const std::string& extends = "base.json") {
  return R"({"citydip_rulebook": 1, "name": "mine", "extends": ")" + extends + "\"" +
         (body.empty() ? "" : ",\n" + body) + "}";
}

// Options that read bases from `files` instead of the file system.
rulebook_read_options in_memory(const std::map<std::string, std::string>& files,
                                std::string_view file = "dir/mine.json") {
  return {.file = file, .read_base = [files](const std::string& path) -> std::optional<std::string> {
            if (auto it = files.find(path); it != files.end()) return it->second;
            return std::nullopt;
          }};
}

const std::map<std::string, std::string> with_base{{"dir/base.json", base_text}};

std::string messages(const error& e) {
  std::string out;
  for (const auto& d : e.diagnostics) out += d.to_string() + "\n";
  return out;
}

const rule* find(const rulebook_source& s, std::string_view id) {
  for (const rule& r : s.rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

TEST(rulebook_overlay_test, adds_replaces_and_removes_keeping_the_base_order) {
  const auto text = overlay(R"("remove": ["exchange"],
    "replace": [{"id": "office", "verdict": "report", "bodies": ["mfa"], "cite": "Z-4.4", "text_en": "r", "text_zh": "r"}],
    "add": [{"id": "network", "when": {"activity": ["join_city_network"]}, "verdict": "autonomous",
             "cite": "Z-4.3", "text_en": "n", "text_zh": "n"}])");
  const auto src = parse_rulebook(text, in_memory(with_base));
  ASSERT_TRUE(src) << messages(src.error());
  ASSERT_EQ(src->rules.size(), 3u);
  EXPECT_EQ(src->rules[0].id, "office");
  EXPECT_EQ(src->rules[0].verdict, verdict::report);
  EXPECT_EQ(src->rules[0].layer, "");  // the overlay's own
  EXPECT_EQ(src->rules[1].id, "red-line");
  EXPECT_EQ(src->rules[1].layer, "base");
  EXPECT_EQ(src->rules[2].id, "network");
  EXPECT_EQ(src->name, "mine");
  EXPECT_EQ(src->title_en, "Base");  // inherited
  EXPECT_EQ(src->fallback.layer, "base");
  EXPECT_EQ(src->as_of, (date{2016, 1, 1}));
}

TEST(rulebook_overlay_test, a_new_default_belongs_to_the_overlay) {
  const auto text = overlay(R"("default": {"verdict": "autonomous", "classification": "city_diplomacy",
    "cite": "Z-4.4", "text_en": "free", "text_zh": "自主"})");
  const auto book = load_rulebook(text, in_memory(with_base));
  ASSERT_TRUE(book) << messages(book.error());
  EXPECT_EQ(book->fallback().verdict, verdict::autonomous);
  EXPECT_EQ(book->fallback().layer, "");
  const decision d =
      decide(*book, designation::small_medium_city, "", {.kind = activity_kind::trade_fair, .date = date{2016, 1, 1}});
  EXPECT_TRUE(d.by_default);
  EXPECT_EQ(d.verdict, verdict::autonomous);
}

TEST(rulebook_overlay_test, extending_is_transitive_and_layers_name_the_writer) {
  std::map<std::string, std::string> files = with_base;
  files["dir/middle.json"] = R"({"citydip_rulebook": 1, "name": "middle", "extends": "base.json",
    "add": [{"id": "fair", "when": {"activity": ["trade_fair"]}, "verdict": "autonomous",
             "cite": "Z-1-3", "text_en": "f", "text_zh": "f"}]})";
  const auto layers = parse_rulebook_layers(overlay(R"("remove": ["exchange"])", "middle.json"), in_memory(files));
  ASSERT_TRUE(layers) << messages(layers.error());
  ASSERT_EQ(layers->size(), 3u);
  EXPECT_FALSE((*layers)[0].overlay);
  EXPECT_EQ((*layers)[0].file, "dir/base.json");
  EXPECT_EQ((*layers)[1].file, "dir/middle.json");
  EXPECT_EQ((*layers)[2].file, "dir/mine.json");
  const rulebook_source& top = (*layers)[2].resolved;
  ASSERT_NE(find(top, "fair"), nullptr);
  EXPECT_EQ(find(top, "fair")->layer, "middle");
  EXPECT_EQ(find(top, "office")->layer, "base");
  EXPECT_EQ(find(top, "exchange"), nullptr);
  EXPECT_NE(find((*layers)[1].resolved, "exchange"), nullptr);
}

TEST(rulebook_overlay_test, a_builtin_base_is_found_by_name) {
  const auto book = load_rulebook(overlay(R"("remove": ["sq-ngo"])", "status-quo-2016"), {.file = "mine.json"});
  ASSERT_TRUE(book) << messages(book.error());
  EXPECT_EQ(book->find("sq-ngo"), nullptr);
  ASSERT_NE(book->find("sq-internal-affairs"), nullptr);
  EXPECT_EQ(book->find("sq-internal-affairs")->layer, "status-quo-2016");
}

TEST(rulebook_overlay_test, an_unknown_base_is_located_with_a_suggestion) {
  const auto book = load_rulebook(overlay("", "status-quo-2061"), in_memory({}));
  ASSERT_FALSE(book);
  const auto& d = book.error().diagnostics.at(0);
  EXPECT_EQ(d.file, "dir/mine.json");
  EXPECT_EQ(d.path, "/extends");
  EXPECT_EQ(d.line, 1u);
  EXPECT_NE(d.message.find("did you mean 'status-quo-2016'?"), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("dir/status-quo-2061"), std::string::npos) << d.message;
}

TEST(rulebook_overlay_test, a_loop_of_extends_is_an_error) {
  std::map<std::string, std::string> files{
      {"dir/a.json", R"({"citydip_rulebook": 1, "name": "a", "extends": "b.json"})"},
      {"dir/b.json", R"({"citydip_rulebook": 1, "name": "b", "extends": "mine.json"})"},
      {"dir/mine.json", overlay("", "a.json")}};
  const auto book = load_rulebook(overlay("", "a.json"), in_memory(files));
  ASSERT_FALSE(book);
  EXPECT_NE(messages(book.error()).find("in a loop"), std::string::npos) << messages(book.error());
}

TEST(rulebook_overlay_test, changing_a_rule_the_base_lacks_is_located_with_a_suggestion) {
  const auto book = load_rulebook(overlay(R"("remove": ["ofice"],
  "replace": [{"id": "red-lines", "verdict": "prohibited", "cite": "Z-2.2-3", "text_en": "x", "text_zh": "x"}])"),
                                  in_memory(with_base));
  ASSERT_FALSE(book);
  const auto& all = book.error().diagnostics;
  ASSERT_EQ(all.size(), 2u) << messages(book.error());
  EXPECT_EQ(all[0].path, "/remove/0");
  EXPECT_EQ(all[0].line, 2u);
  EXPECT_NE(all[0].message.find("did you mean 'office'?"), std::string::npos);
  EXPECT_EQ(all[1].path, "/replace/0/id");
  EXPECT_EQ(all[1].line, 3u);
  EXPECT_NE(all[1].message.find("did you mean 'red-line'?"), std::string::npos);
}

TEST(rulebook_overlay_test, an_added_id_the_base_has_or_a_rule_changed_twice_is_an_error) {
  const auto book = load_rulebook(overlay(R"("remove": ["office", "office"],
  "add": [{"id": "red-line", "verdict": "prohibited", "cite": "Z-2.2-3", "text_en": "x", "text_zh": "x"}])"),
                                  in_memory(with_base));
  ASSERT_FALSE(book);
  const std::string all = messages(book.error());
  EXPECT_NE(all.find("at /remove/1: rule 'office' is already changed at /remove/0"), std::string::npos) << all;
  EXPECT_NE(all.find("at /add/0/id: rule 'red-line' is already in the base 'base'"), std::string::npos) << all;
}

TEST(rulebook_overlay_test, removing_a_rule_another_rule_is_an_exception_to_is_an_error) {
  std::map<std::string, std::string> files{{"dir/base.json", [] {
                                              std::string t = base_text;
                                              t.replace(t.find(R"("verdict": "autonomous",)"), 24,
                                                        R"("verdict": "autonomous", "exception_to": ["office"],)");
                                              return t;
                                            }()}};
  const auto book = load_rulebook(overlay(R"("remove": ["office"])"), in_memory(files));
  ASSERT_FALSE(book);
  EXPECT_NE(messages(book.error()).find("at /remove/0: rule 'office' is named in exception_to of 'exchange'"),
            std::string::npos)
      << messages(book.error());
}

TEST(rulebook_overlay_test, rules_belongs_to_a_rulebook_that_extends_none_and_add_to_one_that_does) {
  const auto a = load_rulebook(overlay(R"("rules": [])"), in_memory(with_base));
  ASSERT_FALSE(a);
  EXPECT_EQ(a.error().diagnostics.at(0).path, "/rules");
  std::string plain = base_text;
  plain.insert(plain.rfind('}'), R"(, "remove": ["office"])");
  const auto b = load_rulebook(plain, {.file = "base.json"});
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().diagnostics.at(0).path, "/remove");
}

TEST(rulebook_overlay_test, a_compiler_finding_is_placed_in_the_file_of_the_rule) {
  // The base is fine on its own; the overlay's replacement breaks a rule of
  // its own, and its new rule names an exception the base's rule lacks.
  const auto book = load_rulebook(overlay(R"("add": [
    {"id": "extra", "verdict": "autonomous", "exception_to": ["ghost"], "cite": "Z-9-9", "text_en": "x", "text_zh": "x"}])"),
                                  in_memory(with_base));
  ASSERT_FALSE(book);
  for (const auto& d : book.error().diagnostics) {
    EXPECT_EQ(d.file, "dir/mine.json") << d.to_string();
    EXPECT_TRUE(d.path.starts_with("/add/0/")) << d.to_string();
    EXPECT_EQ(d.line, 3u) << d.to_string();
  }
  // A problem only the base has is reported in the base's file.
  std::map<std::string, std::string> files{{"dir/base.json", [] {
                                              std::string t = base_text;
                                              t.replace(t.find(R"("cite": "Z-1-3")"), 15, R"("cite": "Z-1-99")");
                                              return t;
                                            }()}};
  const auto broken = load_rulebook(overlay(R"("remove": ["office"])"), in_memory(files));
  ASSERT_FALSE(broken);
  const auto& d = broken.error().diagnostics.at(0);
  EXPECT_EQ(d.file, "dir/base.json");
  EXPECT_EQ(d.path, "/rules/2/cite");
  EXPECT_EQ(d.line, 11u);
}

TEST(rulebook_overlay_test, a_base_with_schema_problems_is_reported_in_its_file_and_at_extends) {
  std::map<std::string, std::string> files{{"dir/base.json", R"({"citydip_rulebook": 1, "name": 3})"}};
  const auto book = load_rulebook(overlay(""), in_memory(files));
  ASSERT_FALSE(book);
  const std::string all = messages(book.error());
  EXPECT_NE(all.find("dir/base.json:1:"), std::string::npos) << all;
  EXPECT_NE(all.find("dir/mine.json:1:"), std::string::npos) << all;
  EXPECT_NE(all.find("at /extends: the base 'base.json' has"), std::string::npos) << all;
}

TEST(rulebook_overlay_test, an_overlay_and_its_flattened_form_round_trip) {
  const auto layers = parse_rulebook_layers(overlay(R"("remove": ["exchange"])"), in_memory(with_base));
  ASSERT_TRUE(layers) << messages(layers.error());
  const rulebook_overlay& o = *layers->back().overlay;
  const auto again = parse_rulebook_layers(test::rulebook_text(o), in_memory(with_base));
  ASSERT_TRUE(again) << messages(again.error());
  EXPECT_EQ(again->back().overlay->remove, o.remove);
  // The flattened rulebook keeps each rule's layer, and loads on its own.
  const auto flat = parse_rulebook(test::rulebook_text(layers->back().resolved), {.file = "flat.json"});
  ASSERT_TRUE(flat) << messages(flat.error());
  EXPECT_EQ(find(*flat, "office")->layer, "base");
}

TEST(rulebook_overlay_test, apply_overlay_reports_by_path_without_a_file) {
  const auto base = parse_rulebook(base_text, {.file = "base.json"});
  ASSERT_TRUE(base);
  const auto flat = apply_overlay(*base, {.extends = "base", .name = "x", .remove = {"nope"}});
  ASSERT_FALSE(flat);
  EXPECT_EQ(flat.error().diagnostics.at(0).path, "/remove/0");
  EXPECT_EQ(flat.error().diagnostics.at(0).file, "");
}

TEST(rulebook_overlay_test, a_builtin_rulebook_extends_only_builtin_ones) {
  for (const auto& info : builtin_rulebooks()) {
    const auto layers = parse_rulebook_layers(info.json, {.file = "<builtin>"});
    ASSERT_TRUE(layers) << info.name << messages(layers.error());
    EXPECT_EQ(layers->back().resolved.name, info.name);
  }
}

}  // namespace

namespace {

TEST(rulebook_overlay_test, a_base_that_is_not_a_regular_file_is_refused_not_read) {
  const auto book =
      citydip::load_rulebook(R"({"citydip_rulebook": 1, "name": "x", "extends": "/dev/zero"})", {.file = "x.json"});
  ASSERT_FALSE(book);
  EXPECT_EQ(book.error().diagnostics.at(0).path, "/extends");
}

}  // namespace
