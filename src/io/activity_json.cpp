#include <citydip/io/activity_json.hpp>

#include <citydip/model/gazetteer.hpp>

#include "io/activity_fast.hpp"
#include "io/activity_io.hpp"
#include "io/city_io.hpp"

#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {
namespace {

namespace json = boost::json;

void unknown_city(json_reader& in, const std::string& name, const std::string& path) {
  std::vector<std::string_view> candidates;
  for (const city& c : gazetteer()) candidates.push_back(c.id);
  std::string msg = "unknown city '" + name + "': not in the gazetteer";
  if (auto hint = near_miss(fold_name(name), candidates)) {
    msg += "; did you mean '";
    msg += *hint;
    msg += "'?";
  } else {
    msg += "; name a gazetteer city (citydip cities) or describe the city as an object";
  }
  in.add(path, std::move(msg));
}

}  // namespace

std::optional<activity_record> read_activity(json_reader& in, const json::value& v, const activity_read_options& options) {
  const auto* o = in.object(v, "");
  if (!o) return std::nullopt;
  in.only_keys(*o, "",
               {"id", "city", "activity", "domain", "counterpart", "touches_internal_affairs", "has_central_mandate",
                "uses_regional_name", "legally_binding", "obtained", "date"});
  const std::size_t before = in.problems().size();
  activity_record r;
  activity& a = r.what;
  if (const auto* x = o->if_contains("id")) {
    if (auto s = in.string(*x, "/id")) a.id = std::move(*s);
  }
  if (const auto* x = in.required(*o, "", "city")) {
    if (const auto* name = x->if_string()) {
      const std::string text(name->data(), name->size());
      r.known = find_city(text);
      if (!r.known) unknown_city(in, text, "/city");
    } else if (x->is_object()) {
      r.described = read_city(in, *x, "/city");
    } else {
      in.add("/city", "expected a city id or name (a string) or a city object, found " + std::string(json_kind_name(*x)));
    }
  }
  if (const auto* x = in.required(*o, "", "activity")) {
    if (auto k = in.id<activity_kind>(*x, "/activity")) a.kind = *k;
  }
  if (const auto* x = o->if_contains("domain"); x && !x->is_null()) a.domain = in.id<issue_domain>(*x, "/domain");
  if (const auto* x = o->if_contains("counterpart"); x && !x->is_null()) a.counterpart = in.id<counterpart>(*x, "/counterpart");
  for (auto [key, flag] : {std::pair<std::string_view, bool*>{"touches_internal_affairs", &a.touches_internal_affairs},
                           {"has_central_mandate", &a.has_central_mandate},
                           {"uses_regional_name", &a.uses_regional_name},
                           {"legally_binding", &a.legally_binding}}) {
    if (const auto* x = o->if_contains(key)) {
      if (auto b = in.boolean(*x, "/" + std::string(key))) *flag = *b;
    }
  }
  if (const auto* x = o->if_contains("obtained")) {
    if (auto s = in.id_set<body>(*x, "/obtained")) a.obtained = *s;
  }
  if (const auto* x = o->if_contains("date"); x && !x->is_null()) {
    a.date = in.full_date(*x, "/date");
  }
  if (in.problems().size() != before) return std::nullopt;
  if (!a.date) a.date = date_for_undated(options);
  return r;
}

void write_activity(json_writer& out, const activity_record& r) {
  const activity& a = r.what;
  out.begin_object();
  if (!a.id.empty()) out.key("id").string(a.id);
  out.key("city");
  if (r.described) {
    write_city(out, *r.described);
  } else {
    out.string(r.known->id);
  }
  out.key("activity").id(a.kind);
  if (a.domain) out.key("domain").id(*a.domain);
  if (a.counterpart) out.key("counterpart").id(*a.counterpart);
  out.key("touches_internal_affairs").boolean(a.touches_internal_affairs);
  out.key("has_central_mandate").boolean(a.has_central_mandate);
  out.key("uses_regional_name").boolean(a.uses_regional_name);
  out.key("legally_binding").boolean(a.legally_binding);
  out.key("obtained").ids(a.obtained);
  if (a.date) out.key("date").string(a.date->to_string());
  out.end_object();
}

}  // namespace detail

result<activity_record> detail::parse_activity_in_full(std::string_view json, const activity_read_options& options) {
  return detail::read_document<activity_record>(
      json, options.file,
      [&](detail::json_reader& in, const boost::json::value& v) { return detail::read_activity(in, v, options); });
}

result<activity_record> parse_activity(std::string_view json, const activity_read_options& options) {
  activity_record r;
  if (detail::read_plain_activity(json, options, r)) return r;
  return detail::parse_activity_in_full(json, options);
}

void write_activity(std::string& out, const activity_record& r) {
  detail::json_writer w(out);
  detail::write_activity(w, r);
}

CITYDIP_END_NAMESPACE
