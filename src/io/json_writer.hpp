// Private: a small, fast writer of compact JSON, used for every citydip
// output format (decisions stream through it by the million).
#ifndef CITYDIP_SRC_JSON_WRITER_HPP
#define CITYDIP_SRC_JSON_WRITER_HPP

#include <citydip/model/vocabulary.hpp>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

class json_writer {
 public:
  explicit json_writer(std::string& out) : out_(out) {}

  json_writer& begin_object() {
    separate();
    out_ += '{';
    first_ = true;
    return *this;
  }
  json_writer& end_object() {
    out_ += '}';
    first_ = false;
    return *this;
  }
  json_writer& begin_array() {
    separate();
    out_ += '[';
    first_ = true;
    return *this;
  }
  json_writer& end_array() {
    out_ += ']';
    first_ = false;
    return *this;
  }

  // A key inside an object; the next value written is its value. Keys are
  // citydip's own names (literals and vocabulary ids), which need no escaping.
  json_writer& key(std::string_view k) {
    put_plain(k);
    out_ += ':';
    first_ = true;  // the value follows without a comma
    return *this;
  }
  json_writer& string(std::string_view s) {
    separate();
    quote(s);
    return *this;
  }
  // A string known to need no escaping: a vocabulary id, a date.
  json_writer& plain_string(std::string_view s) {
    put_plain(s);
    return *this;
  }
  json_writer& boolean(bool b) {
    separate();
    out_ += b ? "true" : "false";
    return *this;
  }
  json_writer& null() {
    separate();
    out_ += "null";
    return *this;
  }
  json_writer& number(long long n) {
    separate();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, n).ptr;
    out_.append(buf, static_cast<std::size_t>(end - buf));
    return *this;
  }
  // A number already formatted as JSON (such as "0.5000").
  json_writer& raw_number(std::string_view text) {
    separate();
    out_ += text;
    return *this;
  }
  // A value already written as JSON.
  json_writer& raw(std::string_view json) {
    separate();
    out_ += json;
    return *this;
  }
  template <vocabulary_enum Enum>
  json_writer& id(Enum e) {
    return plain_string(to_id(e));
  }
  template <vocabulary_enum Enum>
  json_writer& ids(enum_set<Enum> s) {
    begin_array();
    for (Enum e : s) id(e);
    return end_array();
  }

 private:
  void separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  static bool plain(char c) { return c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20; }
  void quote(std::string_view s) { quote(out_, s); }
  // Writes @p s, which needs no escaping, as a string; the separator and the
  // opening quote go in one append.
  void put_plain(std::string_view s) {
    CITYDIP_ASSERT(std::all_of(s.begin(), s.end(), [](char c) { return plain(c); }));
    out_.append(first_ ? "\"" : ",\"", first_ ? 1 : 2);
    first_ = false;
    out_ += s;
    out_ += '"';
  }

 public:
  // Appends @p s to @p out as a JSON string.
  static void quote(std::string& out_, std::string_view s) {
    out_ += '"';
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t j = plain_run(s, i);
      out_.append(s.data() + i, j - i);  // the longest run from i that needs no escape
      if (j == s.size()) break;
      const char c = s[j];
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        case '\b': out_ += "\\b"; break;
        case '\f': out_ += "\\f"; break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          const auto u = static_cast<unsigned char>(c);
          const char esc[6] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
          out_.append(esc, sizeof esc);
        }
      }
      i = j + 1;
    }
    out_ += '"';
  }

 private:
  // The end of the run of bytes from `i` that need no escape. Reason texts
  // are long and nearly never need one, so the scan looks at eight bytes at a
  // time: a word has a byte to escape when one is below 0x20, or is '"' or
  // '\\' (the classic test for a zero byte, on the word and on its XORs).
  static std::size_t plain_run(std::string_view s, std::size_t i) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    while (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      const std::uint64_t q = w ^ (ones * '"'), b = w ^ (ones * '\\');
      const std::uint64_t special = (((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((b - ones) & ~b)) & highs;
      // `special` may flag a byte after a real one (borrows), never miss one:
      // find the exact byte below.
      if (special != 0) break;
      i += 8;
    }
    while (i < s.size() && plain(s[i])) ++i;
    return i;
  }

 private:
  std::string& out_;
  bool first_ = true;
};

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
