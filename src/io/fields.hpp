// Private: the JSON fields of the city's institutional structs, declared once.
//
// Each struct's members are described here with Boost.Describe (inside src/,
// so that the public headers stay free of Boost), in the order of the format.
// The one declaration drives reading (every member, by its type), writing,
// the keys an object may have (and so the suggestions for an unknown key),
// and the check that docs/json-formats.md documents every key
// (tests/io/city_json_test.cpp).
#ifndef CITYDIP_SRC_IO_FIELDS_HPP
#define CITYDIP_SRC_IO_FIELDS_HPP

#include <citydip/model/city.hpp>

#include "io/json_support.hpp"
#include "io/json_writer.hpp"

#include <boost/describe/class.hpp>
#include <boost/describe/members.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

BOOST_DESCRIBE_STRUCT(city_spirit, (), (values, motto, consensus))
BOOST_DESCRIBE_STRUCT(foreign_affairs_structure, (),
                      (governance, fao_dual_role, fao_director_attends_standing_committee, has_leading_group,
                       leading_group_office_head, has_coordination_committee, coordination_committee_members,
                       has_international_affairs_office, international_affairs_office_functions))
BOOST_DESCRIBE_STRUCT(overseas_office, (), (name, host, purposes, privileges_and_immunities, since))
BOOST_DESCRIBE_STRUCT(operating_mechanisms, (),
                      (overseas_offices, government_level_coordination, coordinated_departments, reports_to_mfa,
                       memberships_under_regional_name))
BOOST_DESCRIBE_STRUCT(guarantees, (), (mayor_first_responsible, professional_team, dedicated_budget, infrastructure))
BOOST_DESCRIBE_STRUCT(programme, (),
                      (three_services, internationalisation_strategy, fao_shapes_strategy, personnel_rules,
                       finance_rules, request_report_rules, assessment_rules, supervision_rules))

namespace detail {

template <class T>
using json_fields = boost::describe::describe_members<T, boost::describe::mod_public>;

// A struct whose JSON fields are described above.
template <class T>
concept described = boost::describe::has_describe_members<T>::value;

// The keys of T's JSON object, in order: its described members' names.
template <described T>
constexpr auto field_keys() {
  std::array<std::string_view, boost::mp11::mp_size<json_fields<T>>::value> keys{};
  std::size_t i = 0;
  boost::mp11::mp_for_each<json_fields<T>>([&](auto member) { keys[i++] = member.name; });
  return keys;
}

// What a list of T is called in messages ("expected an array of offices").
template <class T>
constexpr std::string_view plural_name = "values";
template <>
inline constexpr std::string_view plural_name<overseas_office> = "offices";

// Reading one field, by its type. A field that cannot be read is left as it
// was, with a diagnostic at `path`.
inline void read_field(json_reader& in, const json_value& v, const std::string& path, fact& out) {
  if (auto b = in.boolean(v, path)) out = known(*b);
}
inline void read_field(json_reader& in, const json_value& v, const std::string& path, std::string& out) {
  if (auto s = in.string(v, path)) out = std::move(*s);
}
inline void read_field(json_reader& in, const json_value& v, const std::string& path, std::vector<std::string>& out) {
  if (auto s = in.strings(v, path)) out = std::move(*s);
}
inline void read_field(json_reader& in, const json_value& v, const std::string& path, partial_date& out) {
  if (auto d = in.some_date(v, path)) out = *d;
}
template <vocabulary_enum Enum>
void read_field(json_reader& in, const json_value& v, const std::string& path, Enum& out) {
  if (auto e = in.id<Enum>(v, path)) out = *e;
}
template <vocabulary_enum Enum>
void read_field(json_reader& in, const json_value& v, const std::string& path, enum_set<Enum>& out) {
  if (auto s = in.id_set<Enum>(v, path)) out = *s;
}
template <described T>
void read_fields(json_reader& in, const json_value& v, const std::string& path, T& out);
template <described T>
void read_field(json_reader& in, const json_value& v, const std::string& path, T& out) {
  read_fields(in, v, path, out);
}
template <described T>
void read_field(json_reader& in, const json_value& v, const std::string& path, std::vector<T>& out) {
  const auto* arr = v.if_array();
  if (!arr) {
    in.add(path,
           "expected an array of " + std::string(plural_name<T>) + " or null, found " + std::string(json_kind_name(v)));
    return;
  }
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const std::string at = member_path(path, std::to_string(i));
    if (in.object((*arr)[i], at)) read_fields(in, (*arr)[i], at, out.emplace_back());
  }
}
// An optional field is set only when its value reads without a problem.
template <class T>
void read_field(json_reader& in, const json_value& v, const std::string& path, std::optional<T>& out) {
  const std::size_t before = in.problems().size();
  T value{};
  read_field(in, v, path, value);
  if (in.problems().size() == before) out = std::move(value);
}

// Reads the object `v` at `path` into the described members of `out`: every
// key must be one of them; a member absent or null stays unknown.
template <described T>
void read_fields(json_reader& in, const json_value& v, const std::string& path, T& out) {
  const auto* o = in.object(v, path);
  if (!o) return;
  static constexpr auto keys = field_keys<T>();
  std::array<const json_value*, keys.size()> slots{};
  in.bind(*o, path, keys, slots);
  std::size_t k = 0;
  boost::mp11::mp_for_each<json_fields<T>>([&](auto member) {
    const json_value* x = slots[k++];
    if (!x || x->is_null()) return;
    read_field(in, *x, member_path(path, member.name), out.*member.pointer);
  });
}

// Writing one field, by its type: nothing for an unknown fact or an absent
// optional, so that what is unknown stays out of the text.
template <described T>
void write_fields(json_writer& w, const T& value);
inline void write_field(json_writer& w, std::string_view key, fact f) {
  if (f != fact::unknown) w.key(key).boolean(f == fact::yes);
}
inline void write_field(json_writer& w, std::string_view key, const std::string& s) { w.key(key).string(s); }
inline void write_field(json_writer& w, std::string_view key, const std::vector<std::string>& v) {
  w.key(key).begin_array();
  for (const auto& s : v) w.string(s);
  w.end_array();
}
inline void write_field(json_writer& w, std::string_view key, const partial_date& d) {
  w.key(key).string(d.to_string());
}
template <vocabulary_enum Enum>
void write_field(json_writer& w, std::string_view key, Enum e) {
  w.key(key).id(e);
}
template <vocabulary_enum Enum>
void write_field(json_writer& w, std::string_view key, enum_set<Enum> s) {
  w.key(key).ids(s);
}
template <described T>
void write_field(json_writer& w, std::string_view key, const std::vector<T>& v) {
  w.key(key).begin_array();
  for (const T& x : v) write_fields(w, x);
  w.end_array();
}
template <described T>
void write_field(json_writer& w, std::string_view key, const T& x) {
  w.key(key);
  write_fields(w, x);
}
template <class T>
void write_field(json_writer& w, std::string_view key, const std::optional<T>& v) {
  if (v) write_field(w, key, *v);
}

// Writes `value` as an object of its described members.
template <described T>
void write_fields(json_writer& w, const T& value) {
  w.begin_object();
  boost::mp11::mp_for_each<json_fields<T>>([&](auto member) { write_field(w, member.name, value.*member.pointer); });
  w.end_object();
}

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
