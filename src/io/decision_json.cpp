#include <citydip/io/decision_json.hpp>

#include <citydip/rules/rule.hpp>

#include "io/format_keys.hpp"
#include "io/json_support.hpp"
#include "io/json_writer.hpp"

CITYDIP_BEGIN_NAMESPACE

void write_decision(std::string& out, const decision& d, const decision_write_options& options) {
  detail::json_writer w(out);
  w.begin_object();
  w.key("id");
  options.id.empty() ? w.null() : w.string(options.id);
  w.key("city").string(options.city);
  w.key("rulebook").string(d.rulebook);
  w.key("date").plain_string(d.date.to_string());
  w.key("tier").id(d.tier);
  w.key("classification").id(d.classification);
  w.key("verdict").id(d.verdict);
  w.key("bodies").ids(d.bodies);
  w.key("outcome").id(d.outcome);
  w.key("missing").ids(d.missing);
  w.key("mandate_missing").boolean(d.mandate_missing);
  w.key("by_default").boolean(d.by_default);
  w.key("decided_by").begin_array();
  for (const reason& r : d.reasons()) {
    if (r.deciding) w.string(r.rule->id);
  }
  w.end_array();
  // The reasons are most of a decision's bytes: each is written as runs of
  // literal text around its three strings, without the writer's separators.
  out += ",\"reasons\":[";
  bool first = true;
  for (const reason& r : d.reasons()) {
    out += first ? "{\"rule\":" : ",{\"rule\":";
    first = false;
    detail::json_writer::quote(out, r.rule->id);
    out += ",\"cite\":";
    detail::json_writer::quote(out, r.rule->cite);
    out += r.deciding ? ",\"deciding\":true,\"text\":" : ",\"deciding\":false,\"text\":";
    detail::json_writer::quote(out, r.rule->text(options.lang));
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
  if (const auto* o = in.object(value, "")) {
    in.only_keys(*o, "", detail::keys::decision);
    auto need = [&](std::string_view key) { return in.required(*o, "", key); };
    auto at = [](std::string_view key) { return "/" + std::string(key); };
    if (const auto* v = need("id"); v && !v->is_null()) {
      if (auto s = in.string(*v, "/id")) out.id = std::move(*s);
    }
    if (const auto* v = need("city")) {
      if (auto s = in.string(*v, "/city")) out.city = std::move(*s);
    }
    if (const auto* v = need("rulebook")) {
      if (auto s = in.string(*v, "/rulebook"); s && *s != book.name()) {
        in.add("/rulebook", "the decision was taken under '" + *s + "', expected '" + std::string(book.name()) + "'");
      }
      d.rulebook = book.name();
    }
    if (const auto* v = need("date")) {
      if (auto x = in.full_date(*v, "/date")) d.date = *x;
    }
    if (const auto* v = need("tier")) {
      if (auto x = in.id<designation>(*v, "/tier")) d.tier = *x;
    }
    if (const auto* v = need("classification")) {
      if (auto x = in.id<classification>(*v, "/classification")) d.classification = *x;
    }
    if (const auto* v = need("verdict")) {
      if (auto x = in.id<verdict>(*v, "/verdict")) d.verdict = *x;
    }
    if (const auto* v = need("bodies")) {
      if (auto x = in.id_set<body>(*v, "/bodies")) d.bodies = *x;
    }
    if (const auto* v = need("outcome")) {
      if (auto x = in.id<outcome>(*v, "/outcome")) d.outcome = *x;
    }
    if (const auto* v = need("missing")) {
      if (auto x = in.id_set<body>(*v, "/missing")) d.missing = *x;
    }
    for (auto [key, flag] :
         {std::pair<std::string_view, bool*>{"mandate_missing", &d.mandate_missing}, {"by_default", &d.by_default}}) {
      if (const auto* v = need(key)) {
        if (auto b = in.boolean(*v, at(key))) *flag = *b;
      }
    }
    if (const auto* v = need("reasons")) {
      if (const auto* arr = v->if_array()) {
        for (std::size_t i = 0; i < arr->size(); ++i) {
          const std::string path = "/reasons/" + std::to_string(i);
          const auto* r = in.object((*arr)[i], path);
          if (!r) continue;
          in.only_keys(*r, path, detail::keys::reason);
          const rule* found = nullptr;
          bool deciding = false;
          if (const auto* x = in.required(*r, path, "rule")) {
            if (auto id = in.string(*x, path + "/rule")) {
              found = book.find(*id);
              if (!found) in.add(path + "/rule", "names no rule of '" + std::string(book.name()) + "': '" + *id + "'");
            }
          }
          if (const auto* x = in.required(*r, path, "deciding")) {
            if (auto b = in.boolean(*x, path + "/deciding")) deciding = *b;
          }
          if (found) d.add_reason({found, deciding});
        }
      } else {
        in.add("/reasons", "expected an array of reasons, found " + std::string(detail::json_kind_name(*v)));
      }
    }
    if (const auto* v = need("decided_by")) {
      if (auto ids = in.strings(*v, "/decided_by")) {
        std::vector<std::string> marked;
        for (const reason& r : d.reasons()) {
          if (r.deciding) marked.push_back(r.rule->id);
        }
        if (*ids != marked) in.add("/decided_by", "expected the ids of the reasons marked deciding");
      }
    }
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
