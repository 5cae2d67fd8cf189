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

void unknown_city(json_reader& in, const std::string& name, std::string_view path) {
  std::string msg = "unknown city '" + name + "': not in the gazetteer";
  if (const city* hint = suggest_city(name)) {
    msg += "; did you mean '";
    msg += hint->id;
    msg += "'?";
  } else {
    msg +=
        "; name a gazetteer city (citydip cities), or describe it as a city object (id, name_zh, name_en, "
        "designations; with no designations it is a small or medium city)";
  }
  in.add(path, std::move(msg));
}

}  // namespace

using enum keys::activity_key;  // a_id, a_city, ...: indices into keys::activity
using keys::activity_paths;

std::optional<activity_record> read_activity(json_reader& in, const detail::json_value& v,
                                             const activity_read_options& options) {
  const auto* o = in.object(v, "");
  if (!o) return std::nullopt;
  std::array<const json_value*, keys::activity.size()> m{};
  in.bind(*o, "", keys::activity, m);
  return read_activity_members(in, m, "", options);
}

std::optional<activity_record> read_activity_members(json_reader& in, std::span<const json_value* const> m,
                                                     std::string_view base, const activity_read_options& options) {
  const std::size_t before = in.problems().size();
  // The member's path: precomputed for a record at the root, the hot path.
  std::string scratch;
  const auto at = [&](keys::activity_key k) -> std::string_view {
    if (base.empty()) return activity_paths[k];
    scratch = member_path(base, keys::activity[k]);
    return scratch;
  };
  activity_record r;
  activity& a = r.what;
  if (const auto* x = m[a_id]) {
    if (auto s = in.string(*x, at(a_id))) a.id = std::move(*s);
  }
  if (const auto* x = in.required(m[a_city], base, keys::activity[a_city])) {
    if (const auto* name = x->if_string()) {
      r.known = find_city(*name);
      if (!r.known) unknown_city(in, std::string(*name), at(a_city));
    } else if (x->is_object()) {
      r.described = read_city(in, *x, std::string(at(a_city)));
    } else {
      in.add(at(a_city),
             "expected a city id or name (a string) or a city object, found " + std::string(json_kind_name(*x)));
    }
  }
  if (const auto* x = in.required(m[a_activity], base, keys::activity[a_activity])) {
    if (auto k = in.id<activity_kind>(*x, at(a_activity))) a.kind = *k;
  }
  if (const auto* x = m[a_domain]; x && !x->is_null()) a.domain = in.id<issue_domain>(*x, at(a_domain));
  if (const auto* x = m[a_counterpart]; x && !x->is_null()) {
    a.counterpart = in.id<counterpart>(*x, at(a_counterpart));
  }
  for (auto [k, member] : {std::pair{a_touches, &activity::touches_internal_affairs},
                           {a_mandate, &activity::has_central_mandate},
                           {a_regional, &activity::uses_regional_name},
                           {a_binding, &activity::legally_binding}}) {
    if (const auto* x = m[k]) {
      if (auto b = in.boolean(*x, at(k))) a.*member = *b;
    }
  }
  if (const auto* x = m[a_obtained]) {
    if (auto s = in.id_set<body>(*x, at(a_obtained))) a.obtained = *s;
  }
  if (const auto* x = m[a_date]; x && !x->is_null()) {
    a.date = in.full_date(*x, at(a_date));
  }
  if (in.problems().size() != before) return std::nullopt;
  if (!a.date) a.date = date_for_undated(options);
  return r;
}

void write_activity(json_writer& out, const activity_record& r) {
  const activity& a = r.what;
  const auto& k = keys::activity;
  out.begin_object();
  if (!a.id.empty()) out.key(k[a_id]).string(a.id);
  out.key(k[a_city]);
  if (r.described) {
    write_city(out, *r.described);
  } else {
    out.string(r.known->id);
  }
  out.key(k[a_activity]).id(a.kind);
  if (a.domain) out.key(k[a_domain]).id(*a.domain);
  if (a.counterpart) out.key(k[a_counterpart]).id(*a.counterpart);
  out.key(k[a_touches]).boolean(a.touches_internal_affairs);
  out.key(k[a_mandate]).boolean(a.has_central_mandate);
  out.key(k[a_regional]).boolean(a.uses_regional_name);
  out.key(k[a_binding]).boolean(a.legally_binding);
  out.key(k[a_obtained]).ids(a.obtained);
  if (a.date) out.key(k[a_date]).string(a.date->to_string());
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
