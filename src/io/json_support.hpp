// Private: helpers for reading citydip's JSON formats with precise diagnostics.
#ifndef CITYDIP_SRC_JSON_SUPPORT_HPP
#define CITYDIP_SRC_JSON_SUPPORT_HPP

#include <citydip/error.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/vocabulary.hpp>

#include <boost/json/value.hpp>

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// Knows where each value of a JSON text starts, by JSON pointer.
class json_locator {
 public:
  // Scans `text`, which Boost.JSON has already parsed successfully. Duplicate
  // keys are reported to `dups` (path of the repeated member and a message).
  json_locator(std::string_view text, std::vector<diagnostic>& dups);
  // Fills in line and column of `d` from its path (or the nearest enclosing
  // value). The first call indexes every value of the text; a text without
  // problems is never indexed.
  void place(diagnostic& d) const;
  // Line and column (1-based) of byte `offset`.
  static std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset);

 private:
  void scan_value(std::size_t& i, const std::string& path, std::vector<diagnostic>& dups) const;
  std::string scan_string(std::size_t& i) const;
  void skip_ws(std::size_t& i) const;
  bool may_have_duplicate_keys() const;

  std::string_view text_;
  mutable bool indexed_ = false;
  mutable std::unordered_map<std::string, std::size_t> offsets_;
};

// Parses `text` as one JSON value with bounded nesting. On a syntax error,
// `problems` holds it (with line and column) and `where` is empty; otherwise
// `where` locates every value, and `problems` holds any duplicate keys.
struct parsed_json {
  boost::json::value value;
  std::vector<diagnostic> problems;
  std::optional<json_locator> where;
};
parsed_json parse_json(std::string_view text, std::string_view file);

// Escapes a key for a JSON pointer (RFC 6901).
std::string pointer_escape(std::string_view key);

// The closest of `candidates` to `word`, if close enough to be a likely typo.
std::optional<std::string_view> near_miss(std::string_view word, std::span<const std::string_view> candidates);

// Appends "; did you mean 'x'?" for a likely typo of one of `candidates`, else
// "; expected one of: a b c".
void append_suggestion(std::string& msg, std::string_view word, std::span<const std::string_view> candidates);

// "string", "number", "object", ... for messages.
std::string_view json_kind_name(const boost::json::value& v);

// Reads JSON values into citydip types, collecting diagnostics by path.
class json_reader {
 public:
  explicit json_reader(std::string file) : file_(std::move(file)) {}

  void add(const std::string& path, std::string message) {
    problems_.push_back({file_, 0, 0, path, std::move(message)});
  }
  std::vector<diagnostic>& problems() { return problems_; }

  // The object at `path`, or null (after a diagnostic).
  const boost::json::object* object(const boost::json::value& v, const std::string& path);
  // Reports every key of `o` not in `allowed`, with a suggestion.
  void only_keys(const boost::json::object& o, const std::string& path, std::initializer_list<std::string_view> allowed);
  // Reports `key` missing from `o` and returns null, else returns the member.
  const boost::json::value* required(const boost::json::object& o, const std::string& path, std::string_view key);

  std::optional<std::string> string(const boost::json::value& v, const std::string& path);
  std::optional<bool> boolean(const boost::json::value& v, const std::string& path);
  std::optional<std::int64_t> integer(const boost::json::value& v, const std::string& path);
  std::optional<date> full_date(const boost::json::value& v, const std::string& path);
  std::optional<partial_date> some_date(const boost::json::value& v, const std::string& path);
  std::optional<std::vector<std::string>> strings(const boost::json::value& v, const std::string& path);

  // An enumerator from its id.
  template <vocabulary_enum Enum>
  std::optional<Enum> id(const boost::json::value& v, const std::string& path) {
    auto s = string(v, path);
    if (!s) return std::nullopt;
    if (auto e = from_id<Enum>(*s)) return e;
    unknown_id(*s, enum_traits<Enum>::name, ids_of<Enum>(), path);
    return std::nullopt;
  }

  // A set of enumerators from an array of ids, each listed once.
  template <vocabulary_enum Enum>
  std::optional<enum_set<Enum>> id_set(const boost::json::value& v, const std::string& path) {
    const auto* arr = v.if_array();
    if (!arr) {
      add(path, "expected an array of " + std::string(enum_traits<Enum>::name) + " ids, found " +
                    std::string(json_kind_name(v)));
      return std::nullopt;
    }
    enum_set<Enum> out;
    bool ok = true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
      const std::string at = path + "/" + std::to_string(i);
      auto e = id<Enum>((*arr)[i], at);
      if (!e) {
        ok = false;
      } else if (out.contains(*e)) {
        std::string msg(1, '\'');
        msg += to_id(*e);
        msg += "' is listed twice";
        add(at, std::move(msg));
        ok = false;
      } else {
        out.insert(*e);
      }
    }
    if (!ok) return std::nullopt;
    return out;
  }

 private:
  template <vocabulary_enum Enum>
  static std::vector<std::string_view> ids_of() {
    std::vector<std::string_view> ids;
    for (const auto& row : vocabulary<Enum>()) ids.push_back(row.id);
    return ids;
  }
  void unknown_id(std::string_view found, std::string_view what, std::span<const std::string_view> ids,
                  const std::string& path);

  std::string file_;
  std::vector<diagnostic> problems_;
};

// Parses `text` as one JSON document and reads it with `read(in, value)`,
// which returns the object or nullopt; every problem, from the parser, the
// scanner or the reader, comes back placed at its line and column.
template <class T, class Read>
result<T> read_document(std::string_view text, std::string_view file, Read read) {
  auto parsed = parse_json(text, file);
  if (!parsed.where) return error{std::move(parsed.problems)};
  json_reader in{std::string(file)};
  std::optional<T> value = read(in, parsed.value);
  for (auto& d : in.problems()) {
    parsed.where->place(d);
    parsed.problems.push_back(std::move(d));
  }
  if (!parsed.problems.empty() || !value) return error{std::move(parsed.problems)};
  return std::move(*value);
}

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
