#include <citydip/io/city_json.hpp>

#include "io/city_io.hpp"
#include "io/fields.hpp"
#include "io/format_keys.hpp"

#include <array>

CITYDIP_BEGIN_NAMESPACE
namespace detail {
namespace {

using enum keys::city_key;         // ci_id, ...: indices into keys::city
using enum keys::designation_key;  // de_since, ...: indices into keys::designation
using keys::city_key;

std::optional<designation_record> read_designation(json_reader& in, const detail::json_value& v,
                                                   const std::string& path) {
  const auto* o = in.object(v, path);
  if (!o) return std::nullopt;
  const auto& k = keys::designation;
  std::array<const json_value*, k.size()> m{};
  in.bind(*o, path, k, m);
  designation_record r;
  bool ok = false;
  if (const auto* d = in.required(m[de_designation], path, k[de_designation])) {
    if (auto e = in.id<designation>(*d, member_path(path, k[de_designation]))) {
      r.designation = *e;
      ok = true;
    }
  }
  // `since` and `until` absent or null: unknown start, still held.
  for (auto key : {de_since, de_until}) {
    if (const auto* x = m[key]; x && !x->is_null()) {
      read_field(in, *x, member_path(path, k[key]), key == de_since ? r.since : r.until);
    }
  }
  if (const auto* s = m[de_source]) read_field(in, *s, member_path(path, k[de_source]), r.source);
  if (r.since && r.until && !(r.since->first_day() < r.until->first_day())) {
    in.add(member_path(path, k[de_until]), "expected a date after 'since' (" + r.since->to_string() + ")");
  }
  if (!ok) return std::nullopt;
  return r;
}

}  // namespace

std::optional<city> read_city(json_reader& in, const detail::json_value& v, const std::string& path) {
  const auto* o = in.object(v, path);
  if (!o) return std::nullopt;
  const auto& k = keys::city;
  std::array<const json_value*, k.size()> m{};
  in.bind(*o, path, k, m);
  const auto at = [&](city_key key) { return member_path(path, k[key]); };
  city c;
  const std::size_t problems_before = in.problems().size();
  if (const auto* id = in.required(m[ci_id], path, k[ci_id])) {
    if (auto s = in.string(*id, at(ci_id))) {
      if (is_valid_city_id(*s)) {
        c.id = std::move(*s);
      } else {
        in.add(at(ci_id), "expected a city id (lower-case ASCII letters, digits, underscores), found '" + *s + "'");
      }
    }
  }
  for (auto [key, field] : {std::pair{ci_name_zh, &city::name_zh}, {ci_name_en, &city::name_en}}) {
    if (const auto* x = in.required(m[key], path, k[key])) read_field(in, *x, at(key), c.*field);
  }
  if (const auto* x = m[ci_province]; x && !x->is_null()) read_field(in, *x, at(ci_province), c.province);
  if (const auto* d = in.required(m[ci_designations], path, k[ci_designations])) {
    if (const auto* arr = d->if_array()) {
      for (std::size_t i = 0; i < arr->size(); ++i) {
        if (auto r = read_designation(in, (*arr)[i], member_path(at(ci_designations), std::to_string(i)))) {
          c.designations.push_back(std::move(*r));
        }
      }
    } else {
      in.add(at(ci_designations), "expected an array of designations, found " + std::string(json_kind_name(*d)));
    }
  }
  // The institutional parts: absent or null is unknown.
  const auto part = [&](city_key key, auto& field) {
    if (const auto* x = m[key]; x && !x->is_null()) read_fields(in, *x, at(key), field);
  };
  part(ci_spirit, c.spirit);
  part(ci_structure, c.structure);
  part(ci_mechanisms, c.mechanisms);
  part(ci_guarantees, c.guarantees);
  part(ci_programme, c.programme);
  if (in.problems().size() != problems_before) return std::nullopt;
  return c;
}

void write_city(json_writer& out, const city& c) {
  const auto& k = keys::city;
  const auto& dk = keys::designation;
  out.begin_object();
  out.key(k[ci_id]).string(c.id).key(k[ci_name_zh]).string(c.name_zh).key(k[ci_name_en]).string(c.name_en);
  if (c.province) out.key(k[ci_province]).string(*c.province);
  out.key(k[ci_designations]).begin_array();
  for (const auto& r : c.designations) {
    out.begin_object().key(dk[de_designation]).id(r.designation);
    // Written even when unknown, as null.
    out.key(dk[de_since]);
    r.since ? out.string(r.since->to_string()) : out.null();
    out.key(dk[de_until]);
    r.until ? out.string(r.until->to_string()) : out.null();
    if (!r.source.empty()) out.key(dk[de_source]).string(r.source);
    out.end_object();
  }
  out.end_array();

  // The spirit is left out when nothing of it is known; the other parts are
  // always written, with only their known fields.
  if (c.spirit != city_spirit{}) write_field(out, k[ci_spirit], c.spirit);
  write_field(out, k[ci_structure], c.structure);
  write_field(out, k[ci_mechanisms], c.mechanisms);
  write_field(out, k[ci_guarantees], c.guarantees);
  write_field(out, k[ci_programme], c.programme);
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
