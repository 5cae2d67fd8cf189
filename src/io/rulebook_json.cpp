#include <citydip/io/rulebook_json.hpp>

#include "io/format_keys.hpp"
#include "io/json_support.hpp"

#include <algorithm>
#include <tuple>

CITYDIP_BEGIN_NAMESPACE
namespace {

using detail::json_reader;

constexpr std::int64_t format_version = 1;

class rulebook_reader {
 public:
  explicit rulebook_reader(json_reader& in) : in_(in) {}

  rulebook_source read(const detail::json_value& root) {
    rulebook_source out;
    const auto* o = in_.object(root, "");
    if (!o) return out;
    in_.only_keys(*o, "", detail::keys::rulebook);
    if (const auto* v = in_.required(*o, "", "citydip_rulebook")) {
      if (auto n = in_.integer(*v, "/citydip_rulebook"); n && *n != format_version) {
        in_.add("/citydip_rulebook",
                "unsupported format version " + std::to_string(*n) + "; expected " + std::to_string(format_version));
      }
    }
    text(*o, "", "name", out.name);
    text(*o, "", "title_en", out.title_en);
    text(*o, "", "title_zh", out.title_zh);
    if (const auto* v = o->if_contains("as_of")) out.as_of = in_.full_date(*v, "/as_of");
    if (const auto* v = in_.required(*o, "", "default")) {
      if (const auto* d = in_.object(*v, "/default")) {
        in_.only_keys(*d, "/default", detail::keys::fallback);
        effect(*d, "/default", out.fallback);
        out.fallback.id = "default";
      }
    }
    if (const auto* v = in_.required(*o, "", "rules")) {
      if (const auto* arr = v->if_array()) {
        out.rules.reserve(arr->size());
        for (std::size_t i = 0; i < arr->size(); ++i)
          out.rules.push_back(rule_at((*arr)[i], "/rules/" + std::to_string(i)));
      } else {
        in_.add("/rules", "expected an array of rules, found " + std::string(detail::json_kind_name(*v)));
      }
    }
    return out;
  }

 private:
  void text(const detail::json_value& o, const std::string& path, std::string_view key, std::string& out) {
    if (const auto* v = in_.required(o, path, key)) {
      if (auto s = in_.string(*v, path + "/" + std::string(key))) out = std::move(*s);
    }
  }

  // verdict, bodies, classification, cite and texts: shared by rules and the default.
  void effect(const detail::json_value& o, const std::string& path, rule& r) {
    if (const auto* v = in_.required(o, path, "verdict")) {
      if (auto e = in_.id<verdict>(*v, path + "/verdict")) r.verdict = *e;
    }
    if (const auto* v = o.if_contains("bodies")) {
      if (auto s = in_.id_set<body>(*v, path + "/bodies")) r.bodies = *s;
    }
    if (const auto* v = o.if_contains("classification"))
      r.classification = in_.id<classification>(*v, path + "/classification");
    text(o, path, "cite", r.cite);
    text(o, path, "text_en", r.text_en);
    text(o, path, "text_zh", r.text_zh);
  }

  rule rule_at(const detail::json_value& v, const std::string& path) {
    rule r;
    const auto* o = in_.object(v, path);
    if (!o) return r;
    in_.only_keys(*o, path, detail::keys::rule);
    text(*o, path, "id", r.id);
    effect(*o, path, r);
    if (const auto* w = o->if_contains("when")) r.when = condition_at(*w, path + "/when");
    if (const auto* e = o->if_contains("exception_to")) {
      if (auto ids = in_.strings(*e, path + "/exception_to")) r.exception_to = std::move(*ids);
    }
    return r;
  }

  condition condition_at(const detail::json_value& v, const std::string& path) {
    condition c;
    const auto* o = in_.object(v, path);
    if (!o) return c;
    in_.only_keys(*o, path, detail::keys::condition);
    const auto at = [&](std::string_view key) { return path + "/" + std::string(key); };
    if (const auto* x = o->if_contains("tier")) c.tiers = in_.id_set<designation>(*x, at("tier"));
    if (const auto* x = o->if_contains("tier_at_least")) c.tier_at_least = in_.id<designation>(*x, at("tier_at_least"));
    if (const auto* x = o->if_contains("tier_at_most")) c.tier_at_most = in_.id<designation>(*x, at("tier_at_most"));
    if (const auto* x = o->if_contains("activity")) c.kinds = in_.id_set<activity_kind>(*x, at("activity"));
    if (const auto* x = o->if_contains("domain")) c.domains = in_.id_set<issue_domain>(*x, at("domain"));
    if (const auto* x = o->if_contains("counterpart")) c.counterparts = in_.id_set<counterpart>(*x, at("counterpart"));
    if (const auto* x = o->if_contains("touches_internal_affairs"))
      c.touches_internal_affairs = in_.boolean(*x, at("touches_internal_affairs"));
    if (const auto* x = o->if_contains("has_central_mandate"))
      c.has_central_mandate = in_.boolean(*x, at("has_central_mandate"));
    if (const auto* x = o->if_contains("uses_regional_name"))
      c.uses_regional_name = in_.boolean(*x, at("uses_regional_name"));
    if (const auto* x = o->if_contains("legally_binding")) c.legally_binding = in_.boolean(*x, at("legally_binding"));
    if (const auto* x = o->if_contains("from")) c.from = in_.full_date(*x, at("from"));
    if (const auto* x = o->if_contains("until")) c.until = in_.full_date(*x, at("until"));
    if (const auto* x = o->if_contains("cities")) {
      if (auto ids = in_.strings(*x, at("cities"))) c.cities = std::move(*ids);
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
  w.key("verdict").id(r.verdict);
  if (!r.bodies.empty()) w.key("bodies").ids(r.bodies);
  if (r.classification) w.key("classification").id(*r.classification);
}

void write_condition(detail::json_writer& w, const condition& c) {
  w.begin_object();
  if (c.tiers) w.key("tier").ids(*c.tiers);
  if (c.tier_at_least) w.key("tier_at_least").id(*c.tier_at_least);
  if (c.tier_at_most) w.key("tier_at_most").id(*c.tier_at_most);
  if (c.kinds) w.key("activity").ids(*c.kinds);
  if (c.domains) w.key("domain").ids(*c.domains);
  if (c.counterparts) w.key("counterpart").ids(*c.counterparts);
  if (c.touches_internal_affairs) w.key("touches_internal_affairs").boolean(*c.touches_internal_affairs);
  if (c.has_central_mandate) w.key("has_central_mandate").boolean(*c.has_central_mandate);
  if (c.uses_regional_name) w.key("uses_regional_name").boolean(*c.uses_regional_name);
  if (c.legally_binding) w.key("legally_binding").boolean(*c.legally_binding);
  if (c.from) w.key("from").string(c.from->to_string());
  if (c.until) w.key("until").string(c.until->to_string());
  if (!c.cities.empty()) {
    w.key("cities").begin_array();
    for (const auto& id : c.cities) w.string(id);
    w.end_array();
  }
  w.end_object();
}

void write_texts(detail::json_writer& w, const rule& r) {
  w.key("cite").string(r.cite).key("text_en").string(r.text_en).key("text_zh").string(r.text_zh);
}

}  // namespace

void write_rulebook(std::string& out, const rulebook_source& s) {
  out += "{\n";
  // One top-level member per line: a fresh writer emits `"key":value`.
  const auto line = [&](auto&& write) {
    std::string part;
    detail::json_writer w(part);
    write(w);
    out += "  " + part + ",\n";
  };
  line([&](detail::json_writer& w) { w.key("citydip_rulebook").number(1); });
  line([&](detail::json_writer& w) { w.key("name").string(s.name); });
  line([&](detail::json_writer& w) { w.key("title_en").string(s.title_en); });
  line([&](detail::json_writer& w) { w.key("title_zh").string(s.title_zh); });
  if (s.as_of) line([&](detail::json_writer& w) { w.key("as_of").string(s.as_of->to_string()); });
  line([&](detail::json_writer& w) {
    w.key("default").begin_object();
    write_effect(w, s.fallback);
    write_texts(w, s.fallback);
    w.end_object();
  });
  out += "  \"rules\": [\n";
  for (std::size_t i = 0; i < s.rules.size(); ++i) {
    const rule& r = s.rules[i];
    std::string part;
    detail::json_writer w(part);
    w.begin_object().key("id").string(r.id).key("when");
    write_condition(w, r.when);
    write_effect(w, r);
    if (!r.exception_to.empty()) {
      w.key("exception_to").begin_array();
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
