// Private: the one JSON reading path of citydip's io layer.
//
// A json_document is read once, by Boost.JSON's event parser
// (boost::json::basic_parser), into a compact tree of json_values. As it
// reads, it knows where every value and key starts (line and column), finds
// duplicate keys, and words the parser's errors (including the invalid UTF-8
// that the parser itself detects) for people. Every format (rulebook, city,
// activity, decision, batch record) is read from such a document by
// json_reader (json_support.hpp), which knows each value's JSON pointer as it
// descends; a diagnostic raised by path alone (the rulebook compiler's) is
// placed by walking the same tree.
#ifndef CITYDIP_SRC_IO_JSON_DOCUMENT_HPP
#define CITYDIP_SRC_IO_JSON_DOCUMENT_HPP

#include <citydip/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

class json_document;

// Whether two keys are equal, comparing lengths and end bytes before the
// bytes between them: keys of one object rarely share all three.
inline bool same_key(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && (a.empty() || (a.front() == b.front() && a.back() == b.back() && a == b));
}

// Appends `key` to `out` as a JSON pointer step (RFC 6901: '~' as ~0, '/' as ~1).
void append_pointer_step(std::string& out, std::string_view key);
// The JSON pointer of the member `key` (or the element with that index) of
// the value at `path`.
std::string member_path(std::string_view path, std::string_view key);

// Deep enough for every citydip format, shallow enough that hostile nesting
// is refused by the parser instead of exhausting the stack.
inline constexpr std::size_t max_json_depth = 64;

// One value of a document. Containers see their members through the
// document; everything a value holds stays valid while the document does and
// is not parsed again.
class json_value {
 public:
  enum class kind : std::uint8_t { null, boolean, int64, uint64, double_, string, array, object };

  kind type() const noexcept { return kind_; }
  bool is_null() const noexcept { return kind_ == kind::null; }
  bool is_object() const noexcept { return kind_ == kind::object; }
  bool is_array() const noexcept { return kind_ == kind::array; }

  // As Boost.JSON's value: a pointer to the value of that kind, or null.
  const json_value* if_object() const noexcept { return kind_ == kind::object ? this : nullptr; }
  const json_value* if_array() const noexcept { return kind_ == kind::array ? this : nullptr; }
  const std::string_view* if_string() const noexcept { return kind_ == kind::string ? &text_ : nullptr; }
  const bool* if_bool() const noexcept { return kind_ == kind::boolean ? &boolean_ : nullptr; }
  const std::int64_t* if_int64() const noexcept { return kind_ == kind::int64 ? &int64_ : nullptr; }
  const std::uint64_t* if_uint64() const noexcept { return kind_ == kind::uint64 ? &uint64_ : nullptr; }

  // Where the value starts in the text (1-based; bytes for the column).
  std::size_t line() const noexcept { return line_; }
  std::size_t column() const noexcept { return column_; }

  // For a member of an object: its key.
  std::string_view key() const noexcept { return key_; }

  // Containers: members of an object in document order, elements of an array.
  std::size_t size() const noexcept { return count_; }
  const json_value& operator[](std::size_t i) const noexcept;
  const json_value* begin() const noexcept;
  const json_value* end() const noexcept { return begin() + count_; }
  // The member with key `k`, or null. A repeated key's last member is the
  // one that counts, as in Boost.JSON's objects (the others are reported).
  const json_value* if_contains(std::string_view k) const noexcept;
  // Whether a later member of the same object has the same key.
  bool shadowed() const noexcept { return shadowed_; }

 private:
  friend class json_document;
  friend struct json_builder;

  kind kind_ = kind::null;
  bool boolean_ = false;
  bool shadowed_ = false;
  std::uint32_t line_ = 0, column_ = 0, key_line_ = 0, key_column_ = 0;
  std::uint32_t first_ = 0;  // containers: index of the first member in json_document::members_
  std::uint32_t count_ = 0;
  union {
    std::int64_t int64_ = 0;
    std::uint64_t uint64_;
    double double_;
  };
  std::string_view text_{};  // strings: the unescaped text
  std::string_view key_{};
  const json_document* doc_ = nullptr;
};

// A parsed JSON text. Reuse one to read many texts: its buffers are kept.
class json_document {
 public:
  json_document() = default;
  json_document(const json_document&) = delete;
  json_document& operator=(const json_document&) = delete;

  // Parses `text` (which must outlive the document's use), naming `file` in
  // diagnostics. Returns false when the text is not one JSON value: then
  // problems() holds why, placed. Duplicate keys do not stop the parse: they
  // are in problems(), placed, and root() is usable.
  bool parse(std::string_view text, std::string_view file);

  const json_value& root() const noexcept { return members_[root_]; }
  std::vector<diagnostic>& problems() noexcept { return problems_; }

  // Fills in the line and column of `d` from its JSON pointer: the value it
  // names or, if the text has no such value (a missing key), the nearest
  // enclosing one.
  void place(diagnostic& d) const;

 private:
  friend class json_value;
  friend struct json_builder;

  // Every value, containers' members contiguous and in order (a container's
  // members are stored when it closes, after those of the containers inside
  // it). The root is stored last.
  std::vector<json_value> members_;
  std::uint32_t root_ = 0;
  std::string arena_;  // the text of strings and keys that had escapes
  std::vector<diagnostic> problems_;
};

inline const json_value& json_value::operator[](std::size_t i) const noexcept { return doc_->members_[first_ + i]; }
inline const json_value* json_value::begin() const noexcept { return doc_ ? doc_->members_.data() + first_ : this; }

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
