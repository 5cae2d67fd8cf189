#include <citydip/io/city_json.hpp>

#include "io/city_io.hpp"
#include "io/fields.hpp"
#include "io/format_keys.hpp"

#include <array>

CITYDIP_BEGIN_NAMESPACE
namespace detail {
namespace {

std::string at(const std::string& path, std::string_view key) { return path + "/" + std::string(key); }

template <class T, class F>
void read_optional(const detail::json_value& o, std::string_view key, std::optional<T>& out, F read) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return;
  if (auto x = read(*v)) out = std::move(*x);
}

std::optional<designation_record> read_designation(json_reader& in, const detail::json_value& v,
                                                   const std::string& path) {
  const auto* o = in.object(v, path);
  if (!o) return std::nullopt;
  in.only_keys(*o, path, keys::designation);
  designation_record r;
  bool ok = true;
  if (const auto* d = in.required(*o, path, "designation")) {
    if (auto e = in.id<designation>(*d, at(path, "designation")))
      r.designation = *e;
    else
      ok = false;
  } else {
    ok = false;
  }
  read_optional(*o, "since", r.since, [&](const detail::json_value& x) { return in.some_date(x, at(path, "since")); });
  read_optional(*o, "until", r.until, [&](const detail::json_value& x) { return in.some_date(x, at(path, "until")); });
  if (const auto* s = o->if_contains("source")) {
    if (auto text = in.string(*s, at(path, "source"))) r.source = std::move(*text);
  }
  if (r.since && r.until && !(r.since->first_day() < r.until->first_day())) {
    in.add(at(path, "until"), "expected a date after 'since' (" + r.since->to_string() + ")");
  }
  if (!ok) return std::nullopt;
  return r;
}

}  // namespace

std::optional<city> read_city(json_reader& in, const detail::json_value& v, const std::string& path) {
  const auto* o = in.object(v, path);
  if (!o) return std::nullopt;
  in.only_keys(*o, path, keys::city);
  city c;
  const std::size_t problems_before = in.problems().size();
  if (const auto* id = in.required(*o, path, "id")) {
    if (auto s = in.string(*id, at(path, "id"))) {
      if (is_valid_city_id(*s)) {
        c.id = std::move(*s);
      } else {
        in.add(at(path, "id"),
               "expected a city id (lower-case ASCII letters, digits, underscores), found '" + *s + "'");
      }
    }
  }
  for (auto [key, field] :
       {std::pair<std::string_view, std::string*>{"name_zh", &c.name_zh}, {"name_en", &c.name_en}}) {
    if (const auto* x = in.required(*o, path, key)) {
      if (auto s = in.string(*x, at(path, key))) *field = std::move(*s);
    }
  }
  read_optional(*o, "province", c.province,
                [&](const detail::json_value& x) { return in.string(x, at(path, "province")); });
  if (const auto* d = in.required(*o, path, "designations")) {
    if (const auto* arr = d->if_array()) {
      for (std::size_t i = 0; i < arr->size(); ++i) {
        if (auto r = read_designation(in, (*arr)[i], at(path, "designations") + "/" + std::to_string(i))) {
          c.designations.push_back(std::move(*r));
        }
      }
    } else {
      in.add(at(path, "designations"), "expected an array of designations, found " + std::string(json_kind_name(*d)));
    }
  }
  // The institutional parts: absent or null is unknown.
  const auto part = [&](std::string_view key, auto& field) {
    if (const auto* x = o->if_contains(key); x && !x->is_null()) read_fields(in, *x, at(path, key), field);
  };
  part("spirit", c.spirit);
  part("structure", c.structure);
  part("mechanisms", c.mechanisms);
  part("guarantees", c.guarantees);
  part("programme", c.programme);
  if (in.problems().size() != problems_before) return std::nullopt;
  return c;
}

void write_city(json_writer& out, const city& c) {
  out.begin_object();
  out.key("id").string(c.id).key("name_zh").string(c.name_zh).key("name_en").string(c.name_en);
  if (c.province) out.key("province").string(*c.province);
  out.key("designations").begin_array();
  for (const auto& r : c.designations) {
    out.begin_object().key("designation").id(r.designation);
    out.key("since");
    r.since ? out.string(r.since->to_string()) : out.null();
    out.key("until");
    r.until ? out.string(r.until->to_string()) : out.null();
    if (!r.source.empty()) out.key("source").string(r.source);
    out.end_object();
  }
  out.end_array();

  // The spirit is left out when nothing of it is known; the other parts are
  // always written, with only their known fields.
  if (c.spirit != city_spirit{}) write_field(out, "spirit", c.spirit);
  write_field(out, "structure", c.structure);
  write_field(out, "mechanisms", c.mechanisms);
  write_field(out, "guarantees", c.guarantees);
  write_field(out, "programme", c.programme);
  out.end_object();
}

}  // namespace detail

result<city> parse_city(std::string_view json, const city_read_options& options) {
  return detail::read_document<city>(json, options.file, [](detail::json_reader& in, const detail::json_value& v) {
    return detail::read_city(in, v, "");
  });
}

void write_city(std::string& out, const city& c) {
  detail::json_writer w(out);
  detail::write_city(w, c);
}

CITYDIP_END_NAMESPACE
