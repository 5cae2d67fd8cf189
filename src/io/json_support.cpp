#include "io/json_support.hpp"

#include <algorithm>
#include <cstring>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

std::string_view json_kind_name(const json_value& v) {
  switch (v.type()) {
    case json_value::kind::null: return "null";
    case json_value::kind::boolean: return "a boolean";
    case json_value::kind::int64:
    case json_value::kind::uint64:
    case json_value::kind::double_: return "a number";
    case json_value::kind::string: return "a string";
    case json_value::kind::array: return "an array";
    case json_value::kind::object: return "an object";
  }
  return "a value";
}

const json_value* json_reader::object(const json_value& v, std::string_view path) {
  if (const auto* o = v.if_object()) return o;
  add(path, "expected an object, found " + std::string(json_kind_name(v)));
  return nullptr;
}

void json_reader::bind(const json_value& o, std::string_view path, std::span<const std::string_view> keys,
                       std::span<const json_value*> slots) {
  std::fill(slots.begin(), slots.end(), nullptr);
  each_member(o, path, keys, [&](std::size_t k, const json_value& member) { slots[k] = &member; });
}

void json_reader::only_keys(const json_value& o, std::string_view path, std::span<const std::string_view> allowed) {
  each_member(o, path, allowed, [](std::size_t, const json_value&) {});
}

void json_reader::unknown_key(std::string_view key, std::string_view path, std::span<const std::string_view> allowed) {
  std::string msg = "unknown key '" + std::string(key) + "'";
  append_suggestion(msg, key, allowed);
  add(member_path(path, key), std::move(msg));
}

const json_value* json_reader::required(const json_value* member, std::string_view path, std::string_view key) {
  if (member) return member;
  // The path names the missing member; it is placed at the enclosing object.
  add(member_path(path, key), "missing required key '" + std::string(key) + "'");
  return nullptr;
}

const json_value* json_reader::required(const json_value& o, std::string_view path, std::string_view key) {
  return required(o.if_contains(key), path, key);
}

std::optional<std::string> json_reader::string(const json_value& v, std::string_view path) {
  if (auto s = text(v, path)) return std::string(*s);
  return std::nullopt;
}

std::optional<std::string_view> json_reader::text(const json_value& v, std::string_view path) {
  if (const auto* s = v.if_string()) return *s;
  add(path, "expected a string, found " + std::string(json_kind_name(v)));
  return std::nullopt;
}

std::optional<bool> json_reader::boolean(const json_value& v, std::string_view path) {
  if (const auto* b = v.if_bool()) return *b;
  add(path, "expected true or false, found " + std::string(json_kind_name(v)));
  return std::nullopt;
}

std::optional<std::int64_t> json_reader::integer(const json_value& v, std::string_view path) {
  if (const auto* i = v.if_int64()) return *i;
  if (const auto* u = v.if_uint64(); u && *u <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(*u);
  add(path, "expected an integer, found " + std::string(json_kind_name(v)));
  return std::nullopt;
}

std::optional<date> json_reader::full_date(const json_value& v, std::string_view path) {
  auto s = text(v, path);
  if (!s) return std::nullopt;
  if (auto d = date::parse(*s)) return d;
  add(path, "expected a date YYYY-MM-DD that exists in the calendar, found '" + std::string(*s) + "'");
  return std::nullopt;
}

std::optional<partial_date> json_reader::some_date(const json_value& v, std::string_view path) {
  auto s = text(v, path);
  if (!s) return std::nullopt;
  if (auto d = partial_date::parse(*s)) return d;
  add(path, "expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, found '" + std::string(*s) + "'");
  return std::nullopt;
}

std::optional<std::vector<std::string>> json_reader::strings(const json_value& v, std::string_view path) {
  const auto* arr = v.if_array();
  if (!arr) {
    add(path, "expected an array of strings, found " + std::string(json_kind_name(v)));
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    if (const auto* s = (*arr)[i].if_string()) {
      out.emplace_back(*s);
    } else {
      text((*arr)[i], member_path(path, std::to_string(i)));  // says what it found instead
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

void json_reader::unknown_id(std::string_view found, std::string_view what, std::span<const std::string_view> ids,
                             std::string_view path) {
  std::string msg = "unknown " + std::string(what) + " '" + std::string(found) + "'";
  append_suggestion(msg, found, ids);
  add(path, std::move(msg));
}

}  // namespace detail
CITYDIP_END_NAMESPACE
