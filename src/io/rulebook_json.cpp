#include <citydip/io/rulebook_json.hpp>

#include "io/format_keys.hpp"
#include "io/json_support.hpp"

#include <algorithm>
#include <array>
#include <tuple>

CITYDIP_BEGIN_NAMESPACE
namespace {

using detail::json_reader;

constexpr std::int64_t format_version = 1;

using enum detail::keys::rulebook_key;   // rb_name, ...: indices into keys::rulebook
using enum detail::keys::rule_key;       // ru_verdict, ...: indices into keys::rule
using enum detail::keys::condition_key;  // c_tier, ...: indices into keys::condition
namespace keys = detail::keys;
using keys::condition_key;

using detail::member_path;

class rulebook_reader {
 public:
  explicit rulebook_reader(json_reader& in) : in_(in) {}

  rulebook_source read(const detail::json_value& root) {
    rulebook_source out;
    const auto* o = in_.object(root, "");
    if (!o) return out;
    const auto& k = keys::rulebook;
    std::array<const detail::json_value*, k.size()> m{};
    in_.bind(*o, "", k, m);
    if (const auto* v = in_.required(m[rb_version], "", k[rb_version])) {
      if (auto n = in_.integer(*v, member_path("", k[rb_version])); n && *n != format_version) {
        in_.add(member_path("", k[rb_version]),
                "unsupported format version " + std::to_string(*n) + "; expected " + std::to_string(format_version));
      }
    }
    text(m[rb_name], "", k[rb_name], out.name);
    text(m[rb_title_en], "", k[rb_title_en], out.title_en);
    text(m[rb_title_zh], "", k[rb_title_zh], out.title_zh);
    if (const auto* v = m[rb_as_of]) out.as_of = in_.full_date(*v, member_path("", k[rb_as_of]));
    if (const auto* v = in_.required(m[rb_default], "", k[rb_default])) {
      const std::string path = member_path("", k[rb_default]);
      if (const auto* d = in_.object(*v, path)) {
        in_.only_keys(*d, path, keys::fallback);
        effect(*d, path, out.fallback);
        out.fallback.id = "default";
      }
    }
    if (const auto* v = in_.required(m[rb_rules], "", k[rb_rules])) {
      const std::string path = member_path("", k[rb_rules]);
      if (const auto* arr = v->if_array()) {
        out.rules.reserve(arr->size());
        for (std::size_t i = 0; i < arr->size(); ++i)
          out.rules.push_back(rule_at((*arr)[i], member_path(path, std::to_string(i))));
      } else {
        in_.add(path, "expected an array of rules, found " + std::string(detail::json_kind_name(*v)));
      }
    }
    return out;
  }

 private:
  // A required string member: `member` is its value, or null when absent.
  void text(const detail::json_value* member, const std::string& path, std::string_view key, std::string& out) {
    if (const auto* v = in_.required(member, path, key)) {
      if (auto s = in_.string(*v, member_path(path, key))) out = std::move(*s);
    }
  }

  // verdict, bodies, classification, cite and texts: shared by rules and the default.
  void effect(const detail::json_value& o, const std::string& path, rule& r) {
    const auto& k = keys::rule;
    if (const auto* v = in_.required(o, path, k[ru_verdict])) {
      if (auto e = in_.id<verdict>(*v, member_path(path, k[ru_verdict]))) r.verdict = *e;
    }
    if (const auto* v = o.if_contains(k[ru_bodies])) {
      if (auto s = in_.id_set<body>(*v, member_path(path, k[ru_bodies]))) r.bodies = *s;
    }
    if (const auto* v = o.if_contains(k[ru_classification])) {
      r.classification = in_.id<classification>(*v, member_path(path, k[ru_classification]));
    }
    for (auto [key, field] :
         {std::pair{ru_cite, &rule::cite}, {ru_text_en, &rule::text_en}, {ru_text_zh, &rule::text_zh}}) {
      text(o.if_contains(k[key]), path, k[key], r.*field);
    }
  }

  rule rule_at(const detail::json_value& v, const std::string& path) {
    rule r;
    const auto* o = in_.object(v, path);
    if (!o) return r;
    const auto& k = keys::rule;
    in_.only_keys(*o, path, k);
    text(o->if_contains(k[ru_id]), path, k[ru_id], r.id);
    effect(*o, path, r);
    if (const auto* w = o->if_contains(k[ru_when])) r.when = condition_at(*w, member_path(path, k[ru_when]));
    if (const auto* e = o->if_contains(k[ru_exception_to])) {
      if (auto ids = in_.strings(*e, member_path(path, k[ru_exception_to]))) r.exception_to = std::move(*ids);
    }
    return r;
  }

  condition condition_at(const detail::json_value& v, const std::string& path) {
    condition c;
    const auto* o = in_.object(v, path);
    if (!o) return c;
    const auto& k = keys::condition;
    std::array<const detail::json_value*, k.size()> m{};
    in_.bind(*o, path, k, m);
    const auto where = [&](condition_key key) { return member_path(path, k[key]); };
    if (const auto* x = m[c_tier]) c.tiers = in_.id_set<designation>(*x, where(c_tier));
    if (const auto* x = m[c_tier_at_least]) c.tier_at_least = in_.id<designation>(*x, where(c_tier_at_least));
    if (const auto* x = m[c_tier_at_most]) c.tier_at_most = in_.id<designation>(*x, where(c_tier_at_most));
    if (const auto* x = m[c_activity]) c.kinds = in_.id_set<activity_kind>(*x, where(c_activity));
    if (const auto* x = m[c_domain]) c.domains = in_.id_set<issue_domain>(*x, where(c_domain));
    if (const auto* x = m[c_counterpart]) c.counterparts = in_.id_set<counterpart>(*x, where(c_counterpart));
    for (auto [key, field] : {std::pair{c_touches, &condition::touches_internal_affairs},
                              {c_mandate, &condition::has_central_mandate},
                              {c_regional, &condition::uses_regional_name},
                              {c_binding, &condition::legally_binding}}) {
      if (const auto* x = m[key]) c.*field = in_.boolean(*x, where(key));
    }
    if (const auto* x = m[c_from]) c.from = in_.full_date(*x, where(c_from));
    if (const auto* x = m[c_until]) c.until = in_.full_date(*x, where(c_until));
    if (const auto* x = m[c_cities]) {
      if (auto ids = in_.strings(*x, where(c_cities))) c.cities = std::move(*ids);
    }
    return c;
  }

  json_reader& in_;
};

// Reads `text` into `doc` and a rulebook source: the source, and every
// problem of the text or its schema, placed. Without a document (not JSON),
// `read` is false.
struct parsed_rulebook {
  rulebook_source source;
  std::vector<diagnostic> problems;
  bool read = false;
};

parsed_rulebook parse(detail::json_document& doc, std::string_view text, std::string_view file) {
  parsed_rulebook out;
  out.read = doc.parse(text, file);
  out.problems = std::move(doc.problems());
  if (!out.read) return out;  // not JSON at all
  json_reader in{file};
  out.source = rulebook_reader(in).read(doc.root());
  for (auto& d : in.problems()) {
    doc.place(d);
    out.problems.push_back(std::move(d));
  }
  return out;
}

}  // namespace

result<rulebook_source> parse_rulebook(std::string_view json, const rulebook_read_options& options) {
  detail::json_document doc;
  auto p = parse(doc, json, options.file);
  if (!p.problems.empty()) return error{std::move(p.problems)};
  return std::move(p.source);
}

namespace {

// The paths a schema problem at `path` makes unreliable for the compiler's
// checks: the field it is in (`/rules/3/verdict`, `/default/cite`), the whole
// rule when the rule itself is malformed, and, for a verdict that could not be
// read, the bodies check that depends on it.
std::vector<std::string> tainted_by(const std::string& path) {
  for (std::string_view top : {"/rules/", "/default"}) {
    if (!path.starts_with(top)) continue;
    const std::size_t item_end = top == "/default" ? top.size() : path.find('/', top.size());
    if (item_end == std::string::npos || item_end >= path.size()) return {path};
    const std::size_t field_end = path.find('/', item_end + 1);
    const std::string field = path.substr(0, field_end);
    if (field.ends_with("/verdict")) return {field, path.substr(0, item_end) + "/bodies"};
    return {field};
  }
  return {path};
}

bool under(const std::string& path, const std::string& prefix) {
  return path == prefix || (path.starts_with(prefix) && path.size() > prefix.size() && path[prefix.size()] == '/');
}

}  // namespace

result<rulebook> load_rulebook(std::string_view json, const rulebook_read_options& options) {
  const std::string_view file = options.file;
  detail::json_document doc;
  auto p = parse(doc, json, file);
  if (!p.read) return error{std::move(p.problems)};  // not JSON: nothing to compile
  // Compile even when the schema had problems, so that one pass reports every
  // problem; compiler findings inside a part that already failed the schema
  // are left out, since that part was read only in part.
  std::vector<std::string> tainted;
  for (const auto& d : p.problems) {
    for (auto& t : tainted_by(d.path)) tainted.push_back(std::move(t));
  }
  const bool schema_ok = p.problems.empty();
  auto compiled = rulebook::compile(std::move(p.source), options.compile);
  if (schema_ok && compiled) return compiled;
  std::vector<diagnostic> all = std::move(p.problems);
  if (!compiled) {
    auto found = std::move(compiled).error();
    for (auto& d : found.diagnostics) {
      if (std::any_of(tainted.begin(), tainted.end(), [&](const std::string& t) { return under(d.path, t); })) continue;
      d.file = std::string(file);
      doc.place(d);
      all.push_back(std::move(d));
    }
  }
  std::stable_sort(all.begin(), all.end(), [](const diagnostic& a, const diagnostic& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return error{std::move(all)};
}

CITYDIP_END_NAMESPACE

#include "io/json_writer.hpp"

CITYDIP_BEGIN_NAMESPACE
namespace {

void write_effect(detail::json_writer& w, const rule& r) {
  const auto& k = keys::rule;
  w.key(k[ru_verdict]).id(r.verdict);
  if (!r.bodies.empty()) w.key(k[ru_bodies]).ids(r.bodies);
  if (r.classification) w.key(k[ru_classification]).id(*r.classification);
}

void write_condition(detail::json_writer& w, const condition& c) {
  const auto& k = keys::condition;
  w.begin_object();
  if (c.tiers) w.key(k[c_tier]).ids(*c.tiers);
  if (c.tier_at_least) w.key(k[c_tier_at_least]).id(*c.tier_at_least);
  if (c.tier_at_most) w.key(k[c_tier_at_most]).id(*c.tier_at_most);
  if (c.kinds) w.key(k[c_activity]).ids(*c.kinds);
  if (c.domains) w.key(k[c_domain]).ids(*c.domains);
  if (c.counterparts) w.key(k[c_counterpart]).ids(*c.counterparts);
  for (auto [key, field] : {std::pair{c_touches, &condition::touches_internal_affairs},
                            {c_mandate, &condition::has_central_mandate},
                            {c_regional, &condition::uses_regional_name},
                            {c_binding, &condition::legally_binding}}) {
    if (c.*field) w.key(k[key]).boolean(*(c.*field));
  }
  if (c.from) w.key(k[c_from]).string(c.from->to_string());
  if (c.until) w.key(k[c_until]).string(c.until->to_string());
  if (!c.cities.empty()) {
    w.key(k[c_cities]).begin_array();
    for (const auto& id : c.cities) w.string(id);
    w.end_array();
  }
  w.end_object();
}

void write_texts(detail::json_writer& w, const rule& r) {
  const auto& k = keys::rule;
  w.key(k[ru_cite]).string(r.cite).key(k[ru_text_en]).string(r.text_en).key(k[ru_text_zh]).string(r.text_zh);
}

}  // namespace

void write_rulebook(std::string& out, const rulebook_source& s) {
  const auto& k = keys::rulebook;
  out += "{\n";
  // One top-level member per line: a fresh writer emits `"key":value`.
  const auto line = [&](auto&& write) {
    std::string part;
    detail::json_writer w(part);
    write(w);
    out += "  " + part + ",\n";
  };
  line([&](detail::json_writer& w) { w.key(k[rb_version]).number(format_version); });
  line([&](detail::json_writer& w) { w.key(k[rb_name]).string(s.name); });
  line([&](detail::json_writer& w) { w.key(k[rb_title_en]).string(s.title_en); });
  line([&](detail::json_writer& w) { w.key(k[rb_title_zh]).string(s.title_zh); });
  if (s.as_of) line([&](detail::json_writer& w) { w.key(k[rb_as_of]).string(s.as_of->to_string()); });
  line([&](detail::json_writer& w) {
    w.key(k[rb_default]).begin_object();
    write_effect(w, s.fallback);
    write_texts(w, s.fallback);
    w.end_object();
  });
  out += "  \"";
  out += k[rb_rules];
  out += "\": [\n";
  for (std::size_t i = 0; i < s.rules.size(); ++i) {
    const rule& r = s.rules[i];
    std::string part;
    detail::json_writer w(part);
    w.begin_object().key(keys::rule[ru_id]).string(r.id).key(keys::rule[ru_when]);
    write_condition(w, r.when);
    write_effect(w, r);
    if (!r.exception_to.empty()) {
      w.key(keys::rule[ru_exception_to]).begin_array();
      for (const auto& id : r.exception_to) w.string(id);
      w.end_array();
    }
    write_texts(w, r);
    w.end_object();
    out += "    " + part + (i + 1 < s.rules.size() ? ",\n" : "\n");
  }
  out += "  ]\n}\n";
}

CITYDIP_END_NAMESPACE
