// Private: reading citydip's JSON formats from a json_document, with
// diagnostics that name the JSON pointer of every value they are about.
#ifndef CITYDIP_SRC_JSON_SUPPORT_HPP
#define CITYDIP_SRC_JSON_SUPPORT_HPP

#include <citydip/error.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/vocabulary.hpp>

#include "base/near_miss.hpp"
#include "io/json_document.hpp"

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// "string", "number", "object", ... for messages.
std::string_view json_kind_name(const json_value& v);

// Reads JSON values into citydip types, collecting diagnostics by path.
class json_reader {
 public:
  // `file`, the name put in diagnostics, must outlive the reader.
  explicit json_reader(std::string_view file) : file_(file) {}

  // Paths are views, made into strings only for a diagnostic: reading a
  // valid document builds no path string.
  void add(std::string_view path, std::string message) {
    problems_.push_back({std::string(file_), 0, 0, std::string(path), std::move(message)});
  }
  std::vector<diagnostic>& problems() { return problems_; }

  // The object at `path`, or null (after a diagnostic).
  const json_value* object(const json_value& v, std::string_view path);
  // Reports every key of `o` not in `allowed`, with a suggestion.
  void only_keys(const json_value& o, std::string_view path, std::span<const std::string_view> allowed);
  // One pass over the members of `o`: each one whose key is keys[k] goes to
  // slots[k] (a repeated key's last member); every other key is reported as
  // only_keys does. Slots of absent keys stay null.
  void bind(const json_value& o, std::string_view path, std::span<const std::string_view> keys,
            std::span<const json_value*> slots);
  // Reports `key` missing from `o` and returns null, else returns the member.
  const json_value* required(const json_value& o, std::string_view path, std::string_view key);
  // Reports `key` missing from `o` when `member` (its slot) is null.
  const json_value* required(const json_value* member, std::string_view path, std::string_view key);

  std::optional<std::string> string(const json_value& v, std::string_view path);
  // The string `v` holds, as a view of the document (no copy).
  std::optional<std::string_view> text(const json_value& v, std::string_view path);
  std::optional<bool> boolean(const json_value& v, std::string_view path);
  std::optional<std::int64_t> integer(const json_value& v, std::string_view path);
  std::optional<date> full_date(const json_value& v, std::string_view path);
  std::optional<partial_date> some_date(const json_value& v, std::string_view path);
  std::optional<std::vector<std::string>> strings(const json_value& v, std::string_view path);

  // An enumerator from its id.
  template <vocabulary_enum Enum>
  std::optional<Enum> id(const json_value& v, std::string_view path) {
    auto s = text(v, path);
    if (!s) return std::nullopt;
    if (auto e = from_id<Enum>(*s)) return e;
    unknown_id(*s, enum_traits<Enum>::name, ids_of<Enum>(), path);
    return std::nullopt;
  }

  // A set of enumerators from an array of ids, each listed once.
  template <vocabulary_enum Enum>
  std::optional<enum_set<Enum>> id_set(const json_value& v, std::string_view path) {
    const auto* arr = v.if_array();
    if (!arr) {
      add(path, "expected an array of " + std::string(enum_traits<Enum>::name) + " ids, found " +
                    std::string(json_kind_name(v)));
      return std::nullopt;
    }
    enum_set<Enum> out;
    bool ok = true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const json_value& x = (*arr)[i];
      if (const std::string_view* s = x.if_string()) {
        if (const auto e = from_id<Enum>(*s)) {
          if (!out.contains(*e)) {
            out.insert(*e);
            continue;
          }
          ok = false;
          std::string msg(1, '\'');
          msg += to_id(*e);
          msg += "' is listed twice";
          add(member_path(path, std::to_string(i)), std::move(msg));
          continue;
        }
      }
      ok = false;
      id<Enum>(x, member_path(path, std::to_string(i)));  // says what is wrong with it
    }
    if (!ok) return std::nullopt;
    return out;
  }

 private:
  // Calls found(k, member) for each member of `o` whose key is keys[k], and
  // reports each other key; a repeated key's earlier members are skipped
  // (the repetition is reported as such, and the last member counts).
  template <class Found>
  void each_member(const json_value& o, std::string_view path, std::span<const std::string_view> keys, Found found) {
    for (const json_value& member : o) {
      if (member.shadowed()) continue;
      std::size_t k = 0;
      while (k < keys.size() && !same_key(keys[k], member.key())) ++k;
      if (k < keys.size()) {
        found(k, member);
      } else {
        unknown_key(member.key(), path, keys);
      }
    }
  }
  void unknown_key(std::string_view key, std::string_view path, std::span<const std::string_view> allowed);
  template <vocabulary_enum Enum>
  static std::vector<std::string_view> ids_of() {
    std::vector<std::string_view> ids;
    for (const auto& row : vocabulary<Enum>()) ids.push_back(row.id);
    return ids;
  }
  void unknown_id(std::string_view found, std::string_view what, std::span<const std::string_view> ids,
                  std::string_view path);

  std::string_view file_;
  std::vector<diagnostic> problems_;
};

// Parses `text` as one JSON document and reads it with `read(in, value)`,
// which returns the object or nullopt; every problem, from the parser or the
// reader, comes back placed at its line and column. A thread's documents
// reuse one set of buffers, so reading a stream of records does not allocate
// per record for the tree.
template <class T, class Read>
result<T> read_document(std::string_view text, std::string_view file, Read read) {
  thread_local json_document shared;
  thread_local bool busy = false;
  std::optional<json_document> own;  // when a read is already under way on this thread
  json_document& doc = busy ? own.emplace() : shared;
  struct release {
    bool& flag;
    bool was;
    ~release() { flag = was; }
  } guard{busy, busy};
  busy = true;
  if (!doc.parse(text, file)) return error{std::move(doc.problems())};
  json_reader in{file};
  std::optional<T> value = read(in, doc.root());
  std::vector<diagnostic> all = std::move(doc.problems());
  for (auto& d : in.problems()) {
    doc.place(d);
    all.push_back(std::move(d));
  }
  if (!all.empty() || !value) return error{std::move(all)};
  return std::move(*value);
}

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
