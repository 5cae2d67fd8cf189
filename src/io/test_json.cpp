#include <citydip/io/test_json.hpp>

#include <citydip/io/builtin.hpp>
#include <citydip/io/rulebook_json.hpp>

#include "io/activity_io.hpp"
#include "io/format_keys.hpp"
#include "io/json_support.hpp"
#include "io/rule_io.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

CITYDIP_BEGIN_NAMESPACE
namespace {

namespace keys = detail::keys;
using detail::json_reader;
using detail::json_value;
using detail::member_path;
using enum keys::tests_key;
using enum keys::expect_key;
using enum keys::property_key;
using keys::expect_key;
using keys::property_key;
using keys::test_case_key;

constexpr std::int64_t format_version = 1;

constexpr std::array<std::string_view, 5> property_names{"at_most", "at_least", "never_allowed", "never_needs",
                                                         "not_stricter_than"};

// Reads test files' objects into one suite, loading each rulebook once.
class test_reader {
 public:
  test_reader(test_suite& suite, std::string_view file)
      : suite_(suite), file_(file), dir_(detail::directory_of(file)) {}

  // The problems found outside the JSON reader (a rulebook file's own).
  std::vector<diagnostic>& extra() { return extra_; }

  // The header's members (the top object of the JSON form, the first line of JSON Lines).
  void header(json_reader& in, std::span<const json_value* const> m, std::string_view base) {
    if (const auto* v = in.required(m[t_version], base, keys::tests[t_version])) {
      if (auto n = in.integer(*v, member_path(base, keys::tests[t_version])); n && *n != format_version) {
        in.add(member_path(base, keys::tests[t_version]),
               "unsupported format version " + std::to_string(*n) + "; expected " + std::to_string(format_version));
      }
    }
    if (const auto* v = m[t_rulebook]) {
      const std::string path = member_path(base, keys::tests[t_rulebook]);
      if (auto ref = in.string(*v, path)) default_book_ = book_index(in, *ref, path);
      default_named_ = true;
    }
    if (const auto* v = m[t_description]) in.string(*v, member_path(base, keys::tests[t_description]));
  }

  void read_case(json_reader& in, const json_value& v, const std::string& path, std::size_t line) {
    const auto* o = in.object(v, path);
    if (!o) return;
    std::array<const json_value*, keys::test_case.size()> m{};
    in.bind(*o, path, keys::test_case, m);
    const std::size_t before = in.problems().size();
    test_case c;
    c.where = {std::string(file_), line};
    text(in, m[keys::a_id], path, keys::test_case[keys::a_id], c.id);
    text(in, m[test_case_key::tc_description], path, keys::test_case[test_case_key::tc_description], c.description);
    text(in, m[test_case_key::tc_cite], path, keys::test_case[test_case_key::tc_cite], c.cite);
    const auto book = which_book(in, m[test_case_key::tc_rulebook], path);
    activity_read_options options;
    if (book) {
      options.default_date = suite_.rulebooks[*book].book.source().as_of;
      if (!m[keys::a_date] && !options.default_date) {
        in.add(path, "the case gives no date and its rulebook has no as_of: give the case a 'date'");
      }
    }
    auto record = detail::read_activity_members(in, std::span(m.data(), keys::activity.size()), path, options);
    if (const auto* x = in.required(m[test_case_key::tc_expect], path, keys::test_case[test_case_key::tc_expect])) {
      c.expect = read_expect(in, *x, member_path(path, keys::test_case[test_case_key::tc_expect]), book);
    }
    if (in.problems().size() != before || !book || !record) return;
    c.book = *book;
    c.what = record->what;
    c.subject = record->known ? *record->known : *record->described;
    suite_.cases.push_back(std::move(c));
  }

  void read_property(json_reader& in, const json_value& v, const std::string& path, std::size_t line) {
    const auto* o = in.object(v, path);
    if (!o) return;
    std::array<const json_value*, keys::property.size()> m{};
    in.bind(*o, path, keys::property, m);
    const std::size_t before = in.problems().size();
    test_property p;
    p.where = {std::string(file_), line};
    const auto at = [&](property_key k) { return member_path(path, keys::property[k]); };
    if (const auto* x = in.required(m[p_property], path, keys::property[p_property])) {
      if (auto name = in.string(*x, at(p_property))) {
        const auto it = std::find(property_names.begin(), property_names.end(), *name);
        if (it == property_names.end()) {
          std::string msg = "unknown property '" + *name + "'";
          detail::append_suggestion(msg, *name, property_names);
          in.add(at(p_property), std::move(msg));
        } else {
          p.kind = static_cast<property_kind>(it - property_names.begin());
        }
      }
    }
    text(in, m[p_id], path, keys::property[p_id], p.id);
    text(in, m[p_description], path, keys::property[p_description], p.description);
    text(in, m[p_cite], path, keys::property[p_cite], p.cite);
    const auto book = which_book(in, m[p_rulebook], path);
    if (const auto* x = m[p_for]) p.scope = detail::read_condition(in, *x, at(p_for));
    // Each claim takes its own operand and no other.
    const bool bound = p.kind == property_kind::at_most || p.kind == property_kind::at_least;
    const auto operand = [&](property_key k, bool wanted, const char* what) -> const json_value* {
      if (wanted && !m[k])
        in.add(path, "property '" + std::string(property_names[static_cast<std::size_t>(p.kind)]) + "' needs '" +
                         std::string(keys::property[k]) + "': " + what);
      if (!wanted && m[k]) {
        in.add(at(k), "property '" + std::string(property_names[static_cast<std::size_t>(p.kind)]) + "' takes no '" +
                          std::string(keys::property[k]) + "'");
      }
      return wanted ? m[k] : nullptr;
    };
    if (in.problems().size() == before) {
      if (const auto* x = operand(p_verdict, bound, "the verdict it bounds")) {
        if (auto e = in.id<verdict>(*x, at(p_verdict))) p.bound = *e;
      }
      if (const auto* x = operand(p_bodies, p.kind == property_kind::never_needs, "the bodies never needed")) {
        if (auto s = in.id_set<body>(*x, at(p_bodies))) {
          p.bodies = *s;
          if (s->empty()) in.add(at(p_bodies), "expected at least one body: an empty list claims nothing");
        }
      }
      if (const auto* x = operand(p_than, p.kind == property_kind::not_stricter_than, "the rulebook to compare with")) {
        if (auto ref = in.string(*x, at(p_than))) {
          if (auto than = book_index(in, *ref, at(p_than))) p.than = *than;
        }
      }
    }
    if (in.problems().size() != before || !book) return;
    p.book = *book;
    suite_.properties.push_back(std::move(p));
  }

 private:
  static void text(json_reader& in, const json_value* v, const std::string& path, std::string_view key,
                   std::string& out) {
    if (!v) return;
    if (auto s = in.string(*v, member_path(path, key))) out = std::move(*s);
  }

  // The case's or property's rulebook: its own `rulebook`, else the file's.
  std::optional<std::size_t> which_book(json_reader& in, const json_value* v, const std::string& path) {
    if (v) {
      const std::string at = member_path(path, keys::tests[t_rulebook]);
      if (auto ref = in.string(*v, at)) return book_index(in, *ref, at);
      return std::nullopt;
    }
    if (!default_named_) in.add(path, "which rulebook? give 'rulebook' here or at the top of the file");
    return default_book_;
  }

  // The suite's index of the rulebook `ref` names, loading it the first time.
  std::optional<std::size_t> book_index(json_reader& in, const std::string& ref, const std::string& at) {
    std::optional<rulebook> book = builtin_rulebook(ref);
    detail::rulebook_path file;
    if (!book) file = detail::resolve_rulebook_path(ref, dir_);
    const std::string key = book ? ref : file.identity;
    for (std::size_t i = 0; i < suite_.rulebooks.size(); ++i) {
      if (suite_.rulebooks[i].ref == key) return i;
    }
    if (!book) {
      const auto text = detail::read_rulebook_file(file.path);
      if (!text) {
        in.add(at, detail::unknown_rulebook(ref) + ", and no file '" + file.path.string() + "' can be read");
        return std::nullopt;
      }
      auto loaded = load_rulebook(*text, {.file = file.path.string()});
      if (!loaded) {
        in.add(at, "the rulebook '" + ref + "' has " + std::to_string(loaded.error().diagnostics.size()) +
                       " problem(s), reported at their places");
        for (auto& d : loaded.error().diagnostics) extra_.push_back(d);
        return std::nullopt;
      }
      book = std::move(*loaded);
    }
    suite_.rulebooks.push_back({key, std::move(*book)});
    return suite_.rulebooks.size() - 1;
  }

  expectation read_expect(json_reader& in, const json_value& v, const std::string& path,
                          std::optional<std::size_t> book) {
    expectation e;
    const auto* o = in.object(v, path);
    if (!o) return e;
    std::array<const json_value*, keys::expect.size()> m{};
    in.bind(*o, path, keys::expect, m);
    const auto at = [&](expect_key k) { return member_path(path, keys::expect[k]); };
    if (const auto* x = m[e_verdict]) e.verdict = in.id<verdict>(*x, at(e_verdict));
    if (const auto* x = m[e_bodies]) e.bodies = in.id_set<body>(*x, at(e_bodies));
    if (const auto* x = m[e_outcome]) e.outcome = in.id<outcome>(*x, at(e_outcome));
    if (const auto* x = m[e_missing]) e.missing = in.id_set<body>(*x, at(e_missing));
    if (const auto* x = m[e_classification]) e.classification = in.id<classification>(*x, at(e_classification));
    if (const auto* x = m[e_by_default]) e.by_default = in.boolean(*x, at(e_by_default));
    if (const auto* x = m[e_decided_by]) {
      e.decided_by = in.strings(*x, at(e_decided_by));
      if (e.decided_by && book) {
        const rulebook& b = suite_.rulebooks[*book].book;
        std::vector<std::string_view> ids{"default"};
        for (const rule& r : b.rules()) ids.push_back(r.id);
        for (std::size_t i = 0; i < e.decided_by->size(); ++i) {
          const std::string& id = (*e.decided_by)[i];
          if (b.find(id)) continue;
          std::string msg = "'" + id + "' names no rule of '" + std::string(b.name()) + "'";
          if (auto hint = detail::near_miss(id, ids)) msg += "; did you mean '" + std::string(*hint) + "'?";
          in.add(member_path(at(e_decided_by), std::to_string(i)), std::move(msg));
        }
      }
    }
    // What no decision can be: the format cannot express it, so it is an error, not a pass.
    if (std::all_of(m.begin(), m.end(), [](const json_value* x) { return x == nullptr; })) {
      in.add(path,
             "expects nothing: give at least one of verdict, bodies, outcome, missing, classification, "
             "decided_by, by_default");
    }
    if (e.verdict && e.bodies) {
      const bool takes =
          *e.verdict == verdict::report || *e.verdict == verdict::approval || *e.verdict == verdict::central_mandate;
      if (takes && e.bodies->empty()) {
        in.add(at(e_bodies), "a '" + std::string(to_id(*e.verdict)) + "' decision always names bodies");
      }
      if (!takes && !e.bodies->empty()) {
        in.add(at(e_bodies), "a '" + std::string(to_id(*e.verdict)) + "' decision names no bodies");
      }
    }
    if (e.missing && !e.missing->empty()) {
      if (e.outcome && *e.outcome != outcome::pending) {
        in.add(at(e_missing), "approvals are missing only from a 'pending' outcome");
      }
      if (e.verdict && *e.verdict != verdict::approval && *e.verdict != verdict::central_mandate) {
        in.add(at(e_missing), "approvals are missing only under 'approval' or 'central_mandate'");
      }
      if (e.bodies && !((*e.missing & *e.bodies) == *e.missing)) {
        in.add(at(e_missing), "a missing approval is one of the decision's bodies");
      }
    }
    if (e.verdict && e.outcome) {
      const bool possible = *e.verdict == verdict::prohibited ? *e.outcome == outcome::denied
                            : *e.verdict == verdict::autonomous || *e.verdict == verdict::report
                                ? *e.outcome == outcome::allowed
                                : *e.outcome != outcome::denied;
      if (!possible) {
        in.add(at(e_outcome), "a '" + std::string(to_id(*e.verdict)) + "' decision never has the outcome '" +
                                  std::string(to_id(*e.outcome)) + "'");
      }
    }
    if (e.by_default && *e.by_default && e.decided_by &&
        !(e.decided_by->size() == 1 && e.decided_by->front() == "default")) {
      in.add(at(e_decided_by), "a decision the default takes is decided by 'default' alone");
    }
    return e;
  }

  test_suite& suite_;
  std::string_view file_;
  std::string dir_;
  std::optional<std::size_t> default_book_;
  bool default_named_ = false;
  std::vector<diagnostic> extra_;
};

// The line a value at `path` starts on.
std::size_t line_of(const detail::json_document& doc, const std::string& path) {
  diagnostic d{{}, 0, 0, path, {}};
  doc.place(d);
  return d.line;
}

result<test_suite> read_object_form(std::string_view text, std::string_view file) {
  test_suite suite;
  test_reader reader(suite, file);
  detail::json_document doc;
  if (!doc.parse(text, file)) return error{std::move(doc.problems())};
  std::vector<diagnostic> all = std::move(doc.problems());
  json_reader in{file};
  if (const auto* o = in.object(doc.root(), "")) {
    std::array<const json_value*, keys::tests.size()> m{};
    in.bind(*o, "", keys::tests, m);
    reader.header(in, m, "");
    std::size_t items = 0;
    for (auto [key, read] :
         {std::pair{t_cases, &test_reader::read_case}, {t_properties, &test_reader::read_property}}) {
      const auto* v = m[key];
      if (!v) continue;
      const std::string path = member_path("", keys::tests[key]);
      const auto* arr = v->if_array();
      if (!arr) {
        in.add(path, "expected an array, found " + std::string(detail::json_kind_name(*v)));
        continue;
      }
      items += arr->size();
      for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string at = member_path(path, std::to_string(i));
        (reader.*read)(in, (*arr)[i], at, line_of(doc, at));
      }
    }
    if (items == 0) in.add("", "a test file with no cases and no properties tests nothing");
  }
  for (auto& d : in.problems()) {
    doc.place(d);
    all.push_back(std::move(d));
  }
  std::stable_sort(all.begin(), all.end(), [](const diagnostic& a, const diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  for (auto& d : reader.extra()) all.push_back(std::move(d));
  if (!all.empty()) return error{std::move(all)};
  return suite;
}

result<test_suite> read_lines_form(std::string_view text, std::string_view file) {
  test_suite suite;
  test_reader reader(suite, file);
  std::vector<diagnostic> all;
  std::size_t line = 0, items = 0;
  bool first = true;
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view one = text.substr(at, end - at);
    at = end + 1;
    ++line;
    if (one.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    detail::json_document doc;
    json_reader in{file};
    std::vector<diagnostic> found;
    if (!doc.parse(one, file)) {
      found = std::move(doc.problems());
    } else {
      found = std::move(doc.problems());
      if (const auto* o = in.object(doc.root(), "")) {
        if (o->if_contains(keys::tests[t_version])) {
          std::array<const json_value*, keys::tests.size()> m{};
          in.bind(*o, "", std::span(keys::tests.data(), 3), std::span(m.data(), 3));
          if (!first) in.add("", "the header line (with citydip_tests) must come first");
          reader.header(in, m, "");
        } else if (o->if_contains(keys::property[p_property])) {
          ++items;
          reader.read_property(in, *o, "", line);
        } else {
          ++items;
          reader.read_case(in, *o, "", line);
        }
      }
      for (auto& d : in.problems()) {
        doc.place(d);
        found.push_back(std::move(d));
      }
    }
    for (auto& d : found) {
      if (d.line) d.line += line - 1;
      all.push_back(std::move(d));
    }
    first = false;
  }
  if (items == 0 && all.empty())
    all.push_back({std::string(file), 0, 0, "", "a test file with no cases and no properties tests nothing"});
  for (auto& d : reader.extra()) all.push_back(std::move(d));
  if (!all.empty()) return error{std::move(all)};
  return suite;
}

}  // namespace

result<test_suite> parse_tests(std::string_view text, const test_read_options& options) {
  const bool lines = options.form == test_file_form::json_lines ||
                     (options.form == test_file_form::automatic && options.file.ends_with(".jsonl"));
  return lines ? read_lines_form(text, options.file) : read_object_form(text, options.file);
}

CITYDIP_END_NAMESPACE
