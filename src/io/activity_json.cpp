#include <citydip/io/activity_json.hpp>

#include <citydip/model/gazetteer.hpp>

#include "io/activity_io.hpp"
#include "io/city_io.hpp"
#include "io/format_keys.hpp"

#include <array>
#include <utility>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {
namespace {

// The date of an activity that gives none: the options' default, else today
// (evaluated only then).
date date_for_undated(const activity_read_options& options) noexcept {
  return options.default_date ? *options.default_date : date::today();
}

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

constexpr const auto& activity_keys = keys::activity;
// Slots of bind(), in the order of keys::activity.
enum activity_key : std::size_t {
  k_id,
  k_city,
  k_activity,
  k_domain,
  k_counterpart,
  k_touches,
  k_mandate,
  k_regional,
  k_binding,
  k_obtained,
  k_date
};

std::optional<activity_record> read_activity(json_reader& in, const detail::json_value& v,
                                             const activity_read_options& options) {
  const auto* o = in.object(v, "");
  if (!o) return std::nullopt;
  std::array<const json_value*, activity_keys.size()> m{};
  in.bind(*o, "", activity_keys, m);
  const std::size_t before = in.problems().size();
  activity_record r;
  activity& a = r.what;
  if (const auto* x = m[k_id]) {
    if (auto s = in.string(*x, "/id")) a.id = std::move(*s);
  }
  if (const auto* x = in.required(m[k_city], "", "city")) {
    if (const auto* name = x->if_string()) {
      r.known = find_city(*name);
      if (!r.known) unknown_city(in, std::string(*name), "/city");
    } else if (x->is_object()) {
      r.described = read_city(in, *x, "/city");
    } else {
      in.add("/city",
             "expected a city id or name (a string) or a city object, found " + std::string(json_kind_name(*x)));
    }
  }
  if (const auto* x = in.required(m[k_activity], "", "activity")) {
    if (auto k = in.id<activity_kind>(*x, "/activity")) a.kind = *k;
  }
  if (const auto* x = m[k_domain]; x && !x->is_null()) a.domain = in.id<issue_domain>(*x, "/domain");
  if (const auto* x = m[k_counterpart]; x && !x->is_null()) a.counterpart = in.id<counterpart>(*x, "/counterpart");
  for (auto [k, member] : {std::pair{k_touches, &activity::touches_internal_affairs},
                           {k_mandate, &activity::has_central_mandate},
                           {k_regional, &activity::uses_regional_name},
                           {k_binding, &activity::legally_binding}}) {
    if (const auto* x = m[k]) {
      // "/" and the key: the path of a flag, built only for a diagnostic.
      const std::string_view key = activity_keys[k];
      if (const bool* b = x->if_bool()) {
        a.*member = *b;
      } else {
        in.boolean(*x, "/" + std::string(key));
      }
    }
  }
  if (const auto* x = m[k_obtained]) {
    if (auto s = in.id_set<body>(*x, "/obtained")) a.obtained = *s;
  }
  if (const auto* x = m[k_date]; x && !x->is_null()) {
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

result<activity_record> parse_activity(std::string_view json, const activity_read_options& options) {
  return detail::read_document<activity_record>(
      json, options.file,
      [&](detail::json_reader& in, const detail::json_value& v) { return detail::read_activity(in, v, options); });
}

void write_activity(std::string& out, const activity_record& r) {
  detail::json_writer w(out);
  detail::write_activity(w, r);
}

CITYDIP_END_NAMESPACE
