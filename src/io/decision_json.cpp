#include <citydip/io/decision_json.hpp>

#include <citydip/rules/rule.hpp>

#include "io/format_keys.hpp"
#include "io/json_support.hpp"
#include "io/json_writer.hpp"

#include <array>
#include <string>
#include <utility>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

namespace {

using enum detail::keys::decision_key;  // d_id, d_city, ...: indices into keys::decision
using enum detail::keys::reason_key;    // r_rule, r_cite, ...: indices into keys::reason
using detail::keys::decision_key;
using detail::keys::reason_key;
constexpr const auto& k = detail::keys::decision;
constexpr const auto& rk = detail::keys::reason;
constexpr const auto& paths = detail::keys::decision_paths;

// The literal runs between a reason's strings: `{"rule":`, `,"cite":`, ...
std::string between(std::string_view before, std::string_view key) {
  std::string s(before);
  s += '"';
  s += key;
  s += "\":";
  return s;
}

}  // namespace

void write_decision(std::string& out, const decision& d, const decision_write_options& options) {
  detail::json_writer w(out);
  w.begin_object();
  w.key(k[d_id]);
  options.id.empty() ? w.null() : w.string(options.id);
  w.key(k[d_city]).string(options.city);
  w.key(k[d_rulebook]).string(d.rulebook);
  w.key(k[d_date]).plain_string(d.date.to_string());
  w.key(k[d_tier]).id(d.tier);
  w.key(k[d_classification]).id(d.classification);
  w.key(k[d_verdict]).id(d.verdict);
  w.key(k[d_bodies]).ids(d.bodies);
  w.key(k[d_outcome]).id(d.outcome);
  w.key(k[d_missing]).ids(d.missing);
  w.key(k[d_mandate_missing]).boolean(d.mandate_missing);
  w.key(k[d_by_default]).boolean(d.by_default);
  w.key(k[d_decided_by]).begin_array();
  for (const reason& r : d.reasons()) {
    if (r.deciding) w.string(r.rule->id);
  }
  w.end_array();
  // The reasons are most of a decision's bytes: each is written as runs of
  // literal text around its three strings, without the writer's separators.
  static const std::string open_first = between("{", rk[r_rule]), open_next = between(",{", rk[r_rule]),
                           cite = between(",", rk[r_cite]),
                           deciding_true = between(",", rk[r_deciding]) + "true" + between(",", rk[r_text]),
                           deciding_false = between(",", rk[r_deciding]) + "false" + between(",", rk[r_text]),
                           reasons = between(",", k[d_reasons]) + "[", layer = between(",", rk[r_layer]);
  out += reasons;
  bool first = true;
  for (const reason& r : d.reasons()) {
    out += first ? open_first : open_next;
    first = false;
    detail::json_writer::quote(out, r.rule->id);
    out += cite;
    detail::json_writer::quote(out, r.rule->cite);
    out += r.deciding ? deciding_true : deciding_false;
    detail::json_writer::quote(out, r.rule->text(options.lang));
    if (!r.rule->layer.empty()) {
      out += layer;
      detail::json_writer::quote(out, r.rule->layer);
    }
    out += '}';
  }
  out += "]}";
}

namespace {

std::optional<decision_record> read_decision(detail::json_reader& in, const detail::json_value& value,
                                             const rulebook& book) {
  decision_record out;
  decision& d = out.what;
  const std::size_t before = in.problems().size();
  const auto* o = in.object(value, "");
  if (!o) return std::nullopt;
  std::array<const detail::json_value*, k.size()> m{};
  in.bind(*o, "", k, m);
  // Every key of a decision is required.
  const auto need = [&](decision_key key) { return in.required(m[key], "", k[key]); };
  if (const auto* v = need(d_id); v && !v->is_null()) {
    if (auto s = in.string(*v, paths[d_id])) out.id = std::move(*s);
  }
  if (const auto* v = need(d_city)) {
    if (auto s = in.string(*v, paths[d_city])) out.city = std::move(*s);
  }
  if (const auto* v = need(d_rulebook)) {
    if (auto s = in.string(*v, paths[d_rulebook]); s && *s != book.name()) {
      in.add(paths[d_rulebook],
             "the decision was taken under '" + *s + "', expected '" + std::string(book.name()) + "'");
    }
    d.rulebook = book.name();
  }
  if (const auto* v = need(d_date)) {
    if (auto x = in.full_date(*v, paths[d_date])) d.date = *x;
  }
  if (const auto* v = need(d_tier)) {
    if (auto x = in.id<designation>(*v, paths[d_tier])) d.tier = *x;
  }
  if (const auto* v = need(d_classification)) {
    if (auto x = in.id<classification>(*v, paths[d_classification])) d.classification = *x;
  }
  if (const auto* v = need(d_verdict)) {
    if (auto x = in.id<verdict>(*v, paths[d_verdict])) d.verdict = *x;
  }
  if (const auto* v = need(d_bodies)) {
    if (auto x = in.id_set<body>(*v, paths[d_bodies])) d.bodies = *x;
  }
  if (const auto* v = need(d_outcome)) {
    if (auto x = in.id<outcome>(*v, paths[d_outcome])) d.outcome = *x;
  }
  if (const auto* v = need(d_missing)) {
    if (auto x = in.id_set<body>(*v, paths[d_missing])) d.missing = *x;
  }
  for (auto [key, flag] : {std::pair{d_mandate_missing, &d.mandate_missing}, {d_by_default, &d.by_default}}) {
    if (const auto* v = need(key)) {
      if (auto b = in.boolean(*v, paths[key])) *flag = *b;
    }
  }
  if (const auto* v = need(d_reasons)) {
    if (const auto* arr = v->if_array()) {
      for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string path = detail::member_path(paths[d_reasons], std::to_string(i));
        const auto* r = in.object((*arr)[i], path);
        if (!r) continue;
        std::array<const detail::json_value*, rk.size()> rm{};
        in.bind(*r, path, rk, rm);
        const auto at = [&](reason_key key) { return detail::member_path(path, rk[key]); };
        const rule* found = nullptr;
        bool deciding = false;
        if (const auto* x = in.required(rm[r_rule], path, rk[r_rule])) {
          if (auto id = in.string(*x, at(r_rule))) {
            found = book.find(*id);
            if (!found) in.add(at(r_rule), "names no rule of '" + std::string(book.name()) + "': '" + *id + "'");
          }
        }
        if (const auto* x = in.required(rm[r_deciding], path, rk[r_deciding])) {
          if (auto b = in.boolean(*x, at(r_deciding))) deciding = *b;
        }
        // A reason names its rule's layer when the rule came from a base.
        if (const auto* x = rm[r_layer]; x && found) {
          if (auto layer = in.string(*x, at(r_layer)); layer && *layer != found->layer) {
            in.add(at(r_layer), "rule '" + found->id + "' comes from " +
                                    (found->layer.empty() ? "'" + std::string(book.name()) + "' itself"
                                                          : "the layer '" + found->layer + "'") +
                                    ", not '" + *layer + "'");
          }
        }
        if (found) d.add_reason({found, deciding});
      }
    } else {
      in.add(paths[d_reasons], "expected an array of reasons, found " + std::string(detail::json_kind_name(*v)));
    }
  }
  if (const auto* v = need(d_decided_by)) {
    if (auto ids = in.strings(*v, paths[d_decided_by])) {
      std::vector<std::string> marked;
      for (const reason& r : d.reasons()) {
        if (r.deciding) marked.push_back(r.rule->id);
      }
      if (*ids != marked) in.add(paths[d_decided_by], "expected the ids of the reasons marked deciding");
    }
  }
  // `check --whatif` adds the first remedy; a decision is read without it.
  if (const auto* v = m[d_remedy]; v && !v->is_object() && !v->is_null()) {
    in.add(paths[d_remedy], "expected a remedy object or null, found " + std::string(detail::json_kind_name(*v)));
  }
  if (in.problems().size() != before) return std::nullopt;
  return out;
}

}  // namespace

result<decision_record> parse_decision(const rulebook& book, std::string_view json,
                                       const decision_read_options& options) {
  return detail::read_document<decision_record>(
      json, options.file,
      [&](detail::json_reader& in, const detail::json_value& v) { return read_decision(in, v, book); });
}

CITYDIP_END_NAMESPACE
