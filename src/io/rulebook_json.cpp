#include <citydip/io/rulebook_json.hpp>

#include "io/format_keys.hpp"
#include "io/json_support.hpp"
#include "io/rule_io.hpp"

#include "builtin_texts.hpp"

#include <algorithm>
#include <array>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>
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
using keys::rulebook_key;

using detail::member_path;

// A rulebook file as read: a rulebook, or an overlay of one.
struct rulebook_text {
  rulebook_source source;                   // a rulebook that extends none
  std::optional<rulebook_overlay> overlay;  // one that does
};

class rulebook_reader {
 public:
  explicit rulebook_reader(json_reader& in) : in_(in) {}

  rulebook_text read(const detail::json_value& root) {
    rulebook_text out;
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
    if (m[rb_extends]) return {{}, read_overlay(m)};
    for (auto key : {rb_add, rb_replace, rb_remove}) {
      if (m[key]) {
        in_.add(member_path("", k[key]), "'" + std::string(k[key]) +
                                             "' changes a base: only a rulebook with 'extends' has it; a rulebook "
                                             "that extends none lists its rules under 'rules'");
      }
    }
    rulebook_source& src = out.source;
    text(m[rb_name], "", k[rb_name], src.name);
    text(m[rb_title_en], "", k[rb_title_en], src.title_en);
    text(m[rb_title_zh], "", k[rb_title_zh], src.title_zh);
    if (const auto* v = m[rb_as_of]) src.as_of = in_.full_date(*v, member_path("", k[rb_as_of]));
    if (const auto* v = in_.required(m[rb_default], "", k[rb_default])) src.fallback = fallback_at(*v);
    if (const auto* v = in_.required(m[rb_rules], "", k[rb_rules])) src.rules = rules_at(*v, rb_rules);
    return out;
  }

 private:
  using members = std::array<const detail::json_value*, keys::rulebook.size()>;

  rulebook_overlay read_overlay(const members& m) {
    const auto& k = keys::rulebook;
    rulebook_overlay o;
    text(m[rb_extends], "", k[rb_extends], o.extends);
    text(m[rb_name], "", k[rb_name], o.name);
    for (auto [key, field] :
         {std::pair{rb_title_en, &rulebook_overlay::title_en}, {rb_title_zh, &rulebook_overlay::title_zh}}) {
      if (m[key]) text(m[key], "", k[key], o.*field);
    }
    if (const auto* v = m[rb_as_of]) o.as_of = in_.full_date(*v, member_path("", k[rb_as_of]));
    if (const auto* v = m[rb_default]) o.fallback = fallback_at(*v);
    if (m[rb_rules]) {
      in_.add(member_path("", k[rb_rules]),
              "a rulebook that extends another changes it with 'add', 'replace' and 'remove', not 'rules'");
    }
    if (const auto* v = m[rb_add]) o.add = rules_at(*v, rb_add);
    if (const auto* v = m[rb_replace]) o.replace = rules_at(*v, rb_replace);
    if (const auto* v = m[rb_remove]) {
      if (auto ids = in_.strings(*v, member_path("", k[rb_remove]))) o.remove = std::move(*ids);
    }
    return o;
  }

  rule fallback_at(const detail::json_value& v) {
    rule r;
    const std::string path = member_path("", keys::rulebook[rb_default]);
    if (const auto* d = in_.object(v, path)) {
      in_.only_keys(*d, path, keys::fallback);
      effect(*d, path, r);
    }
    r.id = "default";
    return r;
  }

  std::vector<rule> rules_at(const detail::json_value& v, rulebook_key key) {
    std::vector<rule> out;
    const std::string path = member_path("", keys::rulebook[key]);
    if (const auto* arr = v.if_array()) {
      out.reserve(arr->size());
      for (std::size_t i = 0; i < arr->size(); ++i)
        out.push_back(rule_at((*arr)[i], member_path(path, std::to_string(i))));
    } else {
      in_.add(path, "expected an array of rules, found " + std::string(detail::json_kind_name(v)));
    }
    return out;
  }

  // A required string member: `member` is its value, or null when absent.
  void text(const detail::json_value* member, const std::string& path, std::string_view key, std::string& out) {
    if (const auto* v = in_.required(member, path, key)) {
      if (auto s = in_.string(*v, member_path(path, key))) out = std::move(*s);
    }
  }

  // verdict, bodies, classification, cite, texts and layer: shared by rules and the default.
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
    if (const auto* v = o.if_contains(k[ru_layer])) text(v, path, k[ru_layer], r.layer);
  }

  rule rule_at(const detail::json_value& v, const std::string& path) {
    rule r;
    const auto* o = in_.object(v, path);
    if (!o) return r;
    const auto& k = keys::rule;
    in_.only_keys(*o, path, k);
    text(o->if_contains(k[ru_id]), path, k[ru_id], r.id);
    effect(*o, path, r);
    if (const auto* w = o->if_contains(k[ru_when]))
      r.when = detail::read_condition(in_, *w, member_path(path, k[ru_when]));
    if (const auto* e = o->if_contains(k[ru_exception_to])) {
      if (auto ids = in_.strings(*e, member_path(path, k[ru_exception_to]))) r.exception_to = std::move(*ids);
    }
    return r;
  }

  json_reader& in_;
};

// Reads `text` into `doc` and a rulebook or overlay: it, and every problem of
// the text or its schema, placed. Without a document (not JSON), `read` is false.
struct parsed_rulebook {
  rulebook_text content;
  std::vector<diagnostic> problems;
  bool read = false;
};

parsed_rulebook parse(detail::json_document& doc, std::string_view text, std::string_view file) {
  parsed_rulebook out;
  out.read = doc.parse(text, file);
  out.problems = std::move(doc.problems());
  if (!out.read) return out;  // not JSON at all
  json_reader in{file};
  out.content = rulebook_reader(in).read(doc.root());
  for (auto& d : in.problems()) {
    doc.place(d);
    out.problems.push_back(std::move(d));
  }
  return out;
}

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

// Sorts all[first..] by file, line and column.
void sort_by_place(std::vector<diagnostic>& all, std::size_t first = 0) {
  std::stable_sort(all.begin() + static_cast<std::ptrdiff_t>(first), all.end(),
                   [](const diagnostic& a, const diagnostic& b) {
                     return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
                   });
}

// A rulebook that extends none: its schema problems and the compiler's, in
// one pass. Compiler findings inside a part that already failed the schema
// are left out, since that part was read only in part.
result<rulebook> compile_plain(parsed_rulebook p, const detail::json_document& doc, std::string_view file,
                               const compile_options& options) {
  std::vector<std::string> tainted;
  for (const auto& d : p.problems) {
    for (auto& t : tainted_by(d.path)) tainted.push_back(std::move(t));
  }
  const bool schema_ok = p.problems.empty();
  auto compiled = rulebook::compile(std::move(p.content.source), options);
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
  sort_by_place(all);
  return error{std::move(all)};
}

// One file of a chain of rulebooks, kept so that a diagnostic about any rule
// of the flattened result is placed in the file that wrote the rule.
struct chain_file {
  std::string name;  // as diagnostics show it
  std::string text;
  detail::json_document doc;
};

// Where a rule of a flattened rulebook was written: a file of the chain, and
// the rule's JSON pointer there (`/rules/3`, `/add/0`, `/replace/1`, `/default`).
struct origin {
  std::size_t file = 0;
  std::string path;
};

// Reads a rulebook and, through `extends`, every rulebook below it, and
// flattens them.
class chain_resolver {
 public:
  explicit chain_resolver(const rulebook_read_options& options) : options_(options) {}

  // Reads the top rulebook; false when it (or a base) has problems.
  bool resolve_top(std::string_view text) {
    const std::string file(options_.file);
    return resolve(std::string(text), file, identity_of_top(), detail::directory_of(file), false);
  }

  // The top file, read: for a rulebook that extends none, load_rulebook
  // compiles it as it always has.
  parsed_rulebook& top() { return top_; }
  const detail::json_document& top_doc() const { return files_.front().doc; }
  bool top_is_overlay() const { return top_.content.overlay.has_value(); }

  std::vector<rulebook_layer>& layers() { return layers_; }
  std::vector<diagnostic>& problems() { return problems_; }

  // Places a diagnostic about the flattened source (a compiler finding) in
  // the file and at the path where its rule was written.
  void relocate(diagnostic& d) const {
    const origin* o = nullptr;
    std::string rest;
    if (d.path.starts_with("/rules/")) {
      const std::size_t end = d.path.find('/', 7);
      const std::string index = d.path.substr(7, end == std::string::npos ? std::string::npos : end - 7);
      const std::size_t i = static_cast<std::size_t>(std::stoul(index));
      if (i < rule_origin_.size()) o = &rule_origin_[i];
      rest = end == std::string::npos ? "" : d.path.substr(end);
    } else if (under(d.path, "/default")) {
      o = &default_origin_;
      rest = d.path.substr(8);
    }
    if (o) {
      d.path = o->path + rest;
      d.file = files_[o->file].name;
      files_[o->file].doc.place(d);
    } else {
      d.file = files_.front().name;
      files_.front().doc.place(d);
    }
  }

 private:
  static constexpr std::size_t max_depth = 32;

  std::string identity_of_top() const {
    std::string file(options_.file);
    if (file.empty() || file.front() == '<') return file;
    std::error_code ec;
    const auto p = std::filesystem::weakly_canonical(file, ec);
    return ec ? file : p.string();
  }

  void add(std::size_t file, std::string path, std::string message) {
    diagnostic d{files_[file].name, 0, 0, std::move(path), std::move(message)};
    files_[file].doc.place(d);
    problems_.push_back(std::move(d));
  }

  // Reads `text`, the rulebook `name` (identity `id`, relative paths taken
  // from `dir`), and its bases.
  bool resolve(std::string text, std::string name, const std::string& id, const std::string& dir, bool builtin) {
    files_.emplace_back();
    const std::size_t me = files_.size() - 1;
    chain_file& f = files_.back();
    f.name = std::move(name);
    f.text = std::move(text);
    parsed_rulebook p = parse(f.doc, f.text, f.name);
    const bool ok = p.read && p.problems.empty();
    for (auto& d : p.problems) problems_.push_back(d);
    if (me == 0) top_ = p;
    if (!p.read) return false;
    if (!p.content.overlay) {
      if (!ok) return false;
      for (std::size_t i = 0; i < p.content.source.rules.size(); ++i)
        rule_origin_.push_back({me, "/rules/" + std::to_string(i)});
      default_origin_ = {me, "/default"};
      layers_.push_back({files_[me].name, std::nullopt, std::move(p.content.source)});
      return true;
    }
    if (!ok) return false;
    const rulebook_overlay& o = *p.content.overlay;
    const std::string at = "/extends";
    if (stack_.size() >= max_depth) {
      add(me, at, "more than " + std::to_string(max_depth) + " rulebooks extend one another: is there a loop?");
      return false;
    }
    stack_.push_back(id);
    auto base = find_base(me, o.extends, dir, builtin);
    if (!base) return false;
    if (std::find(stack_.begin(), stack_.end(), base->id) != stack_.end()) {
      std::string loop;
      for (const auto& s : stack_) loop += s + " -> ";
      add(me, at, "rulebooks extend one another in a loop: " + loop + base->id);
      return false;
    }
    const std::size_t before = problems_.size();
    if (!resolve(std::move(base->text), base->name, base->id, base->dir, base->builtin)) {
      add(me, at,
          "the base '" + o.extends + "' has " + std::to_string(problems_.size() - before) +
              " problem(s), reported at their places");
      return false;
    }
    stack_.pop_back();
    auto flat = apply_overlay(layers_.back().resolved, o);
    if (!flat) {
      const std::size_t first = problems_.size();
      for (const auto& d : flat.error().diagnostics) add(me, d.path, d.message);
      sort_by_place(problems_, first);
      return false;
    }
    // Where each rule of the result was written: this file for the overlay's
    // own rules, else where the base's rule was.
    std::vector<origin> origins;
    for (const rule& r : flat->rules) origins.push_back(origin_of(r.id, o, me));
    rule_origin_ = std::move(origins);
    if (o.fallback) default_origin_ = {me, "/default"};
    layers_.push_back({files_[me].name, o, std::move(*flat)});
    return true;
  }

  origin origin_of(const std::string& id, const rulebook_overlay& o, std::size_t me) const {
    for (std::size_t k = 0; k < o.replace.size(); ++k) {
      if (o.replace[k].id == id) return {me, "/replace/" + std::to_string(k)};
    }
    for (std::size_t k = 0; k < o.add.size(); ++k) {
      if (o.add[k].id == id) return {me, "/add/" + std::to_string(k)};
    }
    const rulebook_source& base = layers_.back().resolved;
    for (std::size_t i = 0; i < base.rules.size(); ++i) {
      if (base.rules[i].id == id) return rule_origin_[i];
    }
    return {me, ""};
  }

  struct base_text {
    std::string text, name, id, dir;
    bool builtin = false;
  };

  std::optional<base_text> find_base(std::size_t me, const std::string& ref, const std::string& dir, bool builtin) {
    for (const auto& b : detail::builtin_rulebook_texts) {
      if (b.name == ref)
        return base_text{std::string(b.json), "<builtin:" + ref + ">", "<builtin:" + ref + ">", {}, true};
    }
    const std::string msg = detail::unknown_rulebook(ref);
    if (builtin) {
      add(me, "/extends", msg + "; a built-in rulebook extends only built-in ones");
      return std::nullopt;
    }
    auto [path, identity] = detail::resolve_rulebook_path(ref, dir);
    auto text = options_.read_base ? options_.read_base(path.string()) : detail::read_rulebook_file(path);
    if (!text) {
      add(me, "/extends", msg + ", and no file '" + path.string() + "' can be read");
      return std::nullopt;
    }
    return base_text{std::move(*text), path.string(), std::move(identity), path.parent_path().string(), false};
  }

  const rulebook_read_options& options_;
  std::deque<chain_file> files_;  // a deque: documents and texts never move
  parsed_rulebook top_;
  std::vector<rulebook_layer> layers_;  // root first
  std::vector<origin> rule_origin_;     // of the last layer's rules
  origin default_origin_;
  std::vector<std::string> stack_;
  std::vector<diagnostic> problems_;
};

}  // namespace

namespace detail {

std::string directory_of(std::string_view file) {
  if (file.empty() || file.front() == '<') return {};
  return std::filesystem::path(file).parent_path().string();
}

rulebook_path resolve_rulebook_path(std::string_view ref, const std::string& dir) {
  rulebook_path out{dir.empty() ? std::filesystem::path(ref) : std::filesystem::path(dir) / ref, {}};
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(out.path, ec);
  out.identity = ec ? out.path.string() : canonical.string();
  return out;
}

std::optional<std::string> read_rulebook_file(const std::filesystem::path& path) {
  constexpr std::uintmax_t max_bytes = std::uintmax_t{64} << 20;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec) || std::filesystem::file_size(path, ec) > max_bytes || ec) {
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream all;
  all << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return all.str();
}

std::string unknown_rulebook(std::string_view ref) {
  std::array<std::string_view, builtin_rulebook_count> names{};
  for (std::size_t i = 0; i < names.size(); ++i) names[i] = builtin_rulebook_texts[i].name;
  std::string msg = "unknown rulebook '" + std::string(ref) + "': not a built-in rulebook";
  if (auto hint = near_miss(ref, names)) msg += " (did you mean '" + std::string(*hint) + "'?)";
  return msg;
}

condition read_condition(json_reader& in, const json_value& v, const std::string& path) {
  condition c;
  const auto* o = in.object(v, path);
  if (!o) return c;
  const auto& k = keys::condition;
  std::array<const json_value*, k.size()> m{};
  in.bind(*o, path, k, m);
  const auto where = [&](condition_key key) { return member_path(path, k[key]); };
  if (const auto* x = m[c_tier]) c.tiers = in.id_set<designation>(*x, where(c_tier));
  if (const auto* x = m[c_tier_at_least]) c.tier_at_least = in.id<designation>(*x, where(c_tier_at_least));
  if (const auto* x = m[c_tier_at_most]) c.tier_at_most = in.id<designation>(*x, where(c_tier_at_most));
  if (const auto* x = m[c_activity]) c.kinds = in.id_set<activity_kind>(*x, where(c_activity));
  if (const auto* x = m[c_domain]) c.domains = in.id_set<issue_domain>(*x, where(c_domain));
  if (const auto* x = m[c_counterpart]) c.counterparts = in.id_set<counterpart>(*x, where(c_counterpart));
  for (auto [key, field] : {std::pair{c_touches, &condition::touches_internal_affairs},
                            {c_mandate, &condition::has_central_mandate},
                            {c_regional, &condition::uses_regional_name},
                            {c_binding, &condition::legally_binding}}) {
    if (const auto* x = m[key]) c.*field = in.boolean(*x, where(key));
  }
  if (const auto* x = m[c_from]) c.from = in.full_date(*x, where(c_from));
  if (const auto* x = m[c_until]) c.until = in.full_date(*x, where(c_until));
  if (const auto* x = m[c_cities]) {
    if (auto ids = in.strings(*x, where(c_cities))) c.cities = std::move(*ids);
  }
  return c;
}

}  // namespace detail

result<std::vector<rulebook_layer>> parse_rulebook_layers(std::string_view json, const rulebook_read_options& options) {
  chain_resolver chain(options);
  if (!chain.resolve_top(json)) return error{std::move(chain.problems())};
  return std::move(chain.layers());
}

result<rulebook_source> parse_rulebook(std::string_view json, const rulebook_read_options& options) {
  auto layers = parse_rulebook_layers(json, options);
  if (!layers) return std::move(layers).error();
  return std::move(layers->back().resolved);
}

result<rulebook> load_rulebook(std::string_view json, const rulebook_read_options& options) {
  chain_resolver chain(options);
  const bool ok = chain.resolve_top(json);
  if (!chain.top().read) return error{std::move(chain.problems())};  // not JSON: nothing to compile
  if (!chain.top_is_overlay())
    return compile_plain(std::move(chain.top()), chain.top_doc(), options.file, options.compile);
  if (!ok) return error{std::move(chain.problems())};
  auto compiled = rulebook::compile(std::move(chain.layers().back().resolved), options.compile);
  if (compiled) return compiled;
  std::vector<diagnostic> all = std::move(compiled).error().diagnostics;
  for (auto& d : all) chain.relocate(d);
  sort_by_place(all);
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
  if (!r.layer.empty()) w.key(k[ru_layer]).string(r.layer);
}

// One rule as one line of JSON.
std::string rule_line(const rule& r) {
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
  return part;
}

// A rulebook file, member by member: one top-level member per line, and the
// rules of an array one per line.
class rulebook_printer {
 public:
  explicit rulebook_printer(std::string& out) : out_(out) { out_ += "{\n"; }

  template <class Write>
  void line(Write&& write) {
    std::string part;
    detail::json_writer w(part);
    write(w);
    member(part);
  }
  void text(rulebook_key key, std::string_view value) {
    line([&](detail::json_writer& w) { w.key(keys::rulebook[key]).string(value); });
  }
  void fallback(const rule& f) {
    line([&](detail::json_writer& w) {
      w.key(keys::rulebook[rb_default]).begin_object();
      write_effect(w, f);
      write_texts(w, f);
      w.end_object();
    });
  }
  void rules(rulebook_key key, const std::vector<rule>& rules) {
    std::string part = "\"" + std::string(keys::rulebook[key]) + "\": [";
    for (std::size_t i = 0; i < rules.size(); ++i) part += (i ? ",\n    " : "\n    ") + rule_line(rules[i]);
    part += rules.empty() ? "]" : "\n  ]";
    member(part);
  }
  void close() { out_ += "\n}\n"; }

 private:
  void member(const std::string& part) {
    if (!first_) out_ += ",\n";
    first_ = false;
    out_ += "  " + part;
  }
  std::string& out_;
  bool first_ = true;
};

}  // namespace

void write_rulebook(std::string& out, const rulebook_source& s) {
  rulebook_printer p(out);
  p.line([&](detail::json_writer& w) { w.key(keys::rulebook[rb_version]).number(format_version); });
  p.text(rb_name, s.name);
  p.text(rb_title_en, s.title_en);
  p.text(rb_title_zh, s.title_zh);
  if (s.as_of) p.text(rb_as_of, s.as_of->to_string());
  p.fallback(s.fallback);
  p.rules(rb_rules, s.rules);
  p.close();
}

void write_rulebook(std::string& out, const rulebook_overlay& o) {
  rulebook_printer p(out);
  p.line([&](detail::json_writer& w) { w.key(keys::rulebook[rb_version]).number(format_version); });
  p.text(rb_name, o.name);
  p.text(rb_extends, o.extends);
  if (!o.title_en.empty()) p.text(rb_title_en, o.title_en);
  if (!o.title_zh.empty()) p.text(rb_title_zh, o.title_zh);
  if (o.as_of) p.text(rb_as_of, o.as_of->to_string());
  if (o.fallback) p.fallback(*o.fallback);
  if (!o.add.empty()) p.rules(rb_add, o.add);
  if (!o.replace.empty()) p.rules(rb_replace, o.replace);
  if (!o.remove.empty()) {
    p.line([&](detail::json_writer& w) {
      w.key(keys::rulebook[rb_remove]).begin_array();
      for (const auto& id : o.remove) w.string(id);
      w.end_array();
    });
  }
  p.close();
}

CITYDIP_END_NAMESPACE
