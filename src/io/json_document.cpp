#include "io/json_document.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/error.hpp>
#include <boost/json/parse_options.hpp>

#include <algorithm>
#include <cstring>
#include <optional>
#include <tuple>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

namespace json = boost::json;

void append_pointer_step(std::string& out, std::string_view key) {
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
}

std::string member_path(std::string_view path, std::string_view key) {
  std::string out(path);
  out += '/';
  append_pointer_step(out, key);
  return out;
}

const json_value* json_value::if_contains(std::string_view k) const noexcept {
  if (kind_ != kind::object) return nullptr;
  for (const json_value& m : *this) {
    if (same_key(m.key_, k) && !m.shadowed_) return &m;
  }
  return nullptr;
}

// The handler of Boost.JSON's event parser that builds a json_document.
//
// The parser reports values, not where they are. The builder keeps a cursor
// in the text that follows the parser event by event: at each value or key,
// it steps over white space and separators to the token the event is about,
// notes its line and column there, and moves past it. Every token it steps
// over has been read and checked by the parser already, so the cursor needs
// no checks of its own.
struct json_builder {
  // No limits of the handler's own: the parser's depth limit and the size of
  // a record bound what is read.
  static constexpr std::size_t max_object_size = std::size_t(-1);
  static constexpr std::size_t max_array_size = std::size_t(-1);
  static constexpr std::size_t max_key_size = std::size_t(-1);
  static constexpr std::size_t max_string_size = std::size_t(-1);

  json_document* doc_ = nullptr;
  std::string_view text{};
  std::string_view file{};
  std::size_t cur = 0;                // the cursor
  std::uint32_t line = 1;             // its line
  std::size_t line_start = 0;         // where that line starts
  std::vector<json_value> pending{};  // values not yet stored: inside open containers, and the containers
  std::vector<std::size_t> open{};    // index in `pending` of each open container
  // The key of the next member, once read.
  std::string_view key{};
  std::uint32_t key_line = 0, key_column = 0;
  // A string or key that comes in parts: where its text starts in the arena.
  bool in_parts = false;
  std::size_t arena_from = 0;
  bool in_number = false;
  std::vector<json_value*> sort_buffer{};

  // Starts on a new text; the buffers keep their room from the texts before.
  void begin(json_document& d, std::string_view t, std::string_view f) {
    doc_ = &d;
    text = t;
    file = f;
    cur = 0;
    line = 1;
    line_start = 0;
    pending.clear();
    open.clear();
    key = {};
    in_parts = false;
    in_number = false;
  }

  void to_token() noexcept {
    while (cur < text.size()) {
      const char c = text[cur];
      if (c == '\n') {
        ++line;
        line_start = ++cur;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == ',' || c == ':') {
        ++cur;
      } else {
        break;
      }
    }
  }
  std::uint32_t column() const noexcept { return static_cast<std::uint32_t>(cur - line_start + 1); }

  // Moves past the string whose opening quote is at the cursor: its closing
  // quote is the first one after an even run of backslashes.
  void past_string() noexcept {
    const std::size_t start = cur + 1;
    std::size_t i = start;
    for (;;) {
      const void* q = std::memchr(text.data() + i, '"', text.size() - i);
      if (!q) {  // not reached in text the parser accepted
        cur = text.size();
        return;
      }
      const std::size_t at = static_cast<std::size_t>(static_cast<const char*>(q) - text.data());
      std::size_t slashes = 0;
      while (at - slashes > start && text[at - slashes - 1] == '\\') ++slashes;
      i = at + 1;
      if (slashes % 2 == 0) break;
    }
    cur = i;
  }
  void past_number() noexcept {
    while (cur < text.size()) {
      const char c = text[cur];
      if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
        ++cur;
      } else {
        break;
      }
    }
  }

  // A new value at the cursor, given the key read for it.
  json_value& start(json_value::kind k) {
    to_token();
    json_value& v = pending.emplace_back();
    v.kind_ = k;
    v.line_ = line;
    v.column_ = column();
    v.key_ = key;
    v.key_line_ = key_line;
    v.key_column_ = key_column;
    v.doc_ = doc_;
    key = {};
    return v;
  }

  // The text of a string or key given whole (`whole`) or as its last part:
  // a view of the input when it came in one piece from it, else of the arena.
  std::string_view finish_text(json::string_view part) {
    if (!in_parts && in_text(part)) return {part.data(), part.size()};
    if (!in_parts) arena_from = doc_->arena_.size();
    doc_->arena_.append(part.data(), part.size());
    in_parts = false;
    return std::string_view(doc_->arena_).substr(arena_from);
  }
  void add_part(json::string_view part) {
    if (!in_parts) {
      in_parts = true;
      arena_from = doc_->arena_.size();
    }
    doc_->arena_.append(part.data(), part.size());
  }

  // The JSON pointer of the container being closed (the innermost open
  // one), from the open containers: each is a member of the one before it,
  // named by its key or by its place among that one's pending values. Built
  // only for a diagnostic.
  std::string open_path() const {
    std::string out;
    for (std::size_t i = 1; i < open.size(); ++i) {
      const json_value& parent = pending[open[i - 1]];
      const json_value& child = pending[open[i]];
      out = member_path(out, parent.kind_ == json_value::kind::object ? std::string(child.key_)
                                                                      : std::to_string(open[i] - open[i - 1] - 1));
    }
    return out;
  }

  void close(std::size_t count) {
    const std::size_t at = open.back();
    json_value& c = pending[at];
    c.first_ = static_cast<std::uint32_t>(doc_->members_.size());
    c.count_ = static_cast<std::uint32_t>(count);
    const auto first = pending.begin() + static_cast<std::ptrdiff_t>(at + 1);
    doc_->members_.insert(doc_->members_.end(), std::make_move_iterator(first), std::make_move_iterator(pending.end()));
    pending.erase(first, pending.end());
    if (c.kind_ == json_value::kind::object && count > 1) find_duplicate_keys(c.first_, c.count_);
    open.pop_back();
  }

  // Reports every key of an object (its `count` members from `first`) that
  // an earlier member already has, at the repeated key, and marks all but the
  // last member of each repeated key shadowed. Sorting the members by key
  // costs n log n, so a huge object cannot make this quadratic.
  void find_duplicate_keys(std::uint32_t first, std::uint32_t count) {
    json_value* const members = doc_->members_.data() + first;
    if (count <= 16) {
      // Few members, as in nearly every object: compare each pair, which
      // needs no buffer, and stop at once when no key repeats.
      bool repeated = false;
      for (std::uint32_t i = 1; i < count && !repeated; ++i) {
        for (std::uint32_t j = 0; j < i; ++j) repeated = repeated || same_key(members[i].key_, members[j].key_);
      }
      if (!repeated) return;
    }
    const std::string path = open_path();
    std::vector<json_value*>& by_key = sort_buffer;
    by_key.clear();
    for (std::uint32_t i = 0; i < count; ++i) by_key.push_back(members + i);
    std::stable_sort(by_key.begin(), by_key.end(),
                     [](const json_value* a, const json_value* b) { return a->key_ < b->key_; });
    for (std::size_t i = 1; i < by_key.size(); ++i) {
      const json_value& m = *by_key[i];
      if (m.key_ != by_key[i - 1]->key_) continue;
      by_key[i - 1]->shadowed_ = true;
      doc_->problems_.push_back({std::string(file), m.key_line_, m.key_column_, member_path(path, m.key_),
                                 "duplicate key '" + std::string(m.key_) + "': each key may appear once"});
    }
  }

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }
  // A container's opening and closing brace or bracket.
  bool begin_container(json_value::kind k) {
    start(k);
    ++cur;
    open.push_back(pending.size() - 1);
    return true;
  }
  bool end_container(std::size_t n) {
    to_token();
    ++cur;
    close(n);
    return true;
  }
  bool on_object_begin(json::error_code&) { return begin_container(json_value::kind::object); }
  bool on_object_end(std::size_t n, json::error_code&) { return end_container(n); }
  bool on_array_begin(json::error_code&) { return begin_container(json_value::kind::array); }
  bool on_array_end(std::size_t n, json::error_code&) { return end_container(n); }
  // Whether `s` is a view of the text itself (not of the parser's buffer).
  bool in_text(json::string_view s) const noexcept {
    return s.data() >= text.data() && s.data() + s.size() <= text.data() + text.size();
  }
  // Moves past a string whose opening quote is at the cursor. When the
  // parser hands it over whole, as a view of the text, its closing quote is
  // right after the view; otherwise (escapes) the text is scanned.
  void past_string(json::string_view whole) noexcept {
    if (in_text(whole)) {
      cur = static_cast<std::size_t>(whole.data() + whole.size() - text.data()) + 1;
    } else {
      past_string();
    }
  }
  void key_starts() {
    to_token();
    key_line = line;
    key_column = column();
  }
  bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
    if (!in_parts) {
      key_starts();
      past_string();
    }
    add_part(s);
    return true;
  }
  bool on_key(json::string_view s, std::size_t, json::error_code&) {
    if (!in_parts) {
      key_starts();
      past_string(s);
    }
    key = finish_text(s);
    return true;
  }
  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    if (!in_parts) {
      start(json_value::kind::string);
      past_string();
    }
    add_part(s);
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code&) {
    if (!in_parts) {
      start(json_value::kind::string);
      past_string(s);
    }
    pending.back().text_ = finish_text(s);
    return true;
  }
  json_value& number(json_value::kind k, json::string_view whole) {
    if (!in_number) {
      start(k);
      if (in_text(whole) && whole.data() == text.data() + cur) {
        cur += whole.size();
      } else {
        past_number();
      }
    }
    in_number = false;
    json_value& v = pending.back();
    v.kind_ = k;
    return v;
  }
  bool on_number_part(json::string_view, json::error_code&) {
    if (!in_number) {
      start(json_value::kind::double_);
      past_number();
      in_number = true;
    }
    return true;
  }
  bool on_int64(std::int64_t i, json::string_view s, json::error_code&) {
    number(json_value::kind::int64, s).int64_ = i;
    return true;
  }
  bool on_uint64(std::uint64_t u, json::string_view s, json::error_code&) {
    number(json_value::kind::uint64, s).uint64_ = u;
    return true;
  }
  bool on_double(double d, json::string_view s, json::error_code&) {
    number(json_value::kind::double_, s).double_ = d;
    return true;
  }
  bool on_bool(bool b, json::error_code&) {
    start(json_value::kind::boolean).boolean_ = b;
    cur += b ? 4 : 5;
    return true;
  }
  bool on_null(json::error_code&) {
    start(json_value::kind::null);
    cur += 4;
    return true;
  }
  bool on_comment_part(json::string_view, json::error_code&) { return true; }
  bool on_comment(json::string_view, json::error_code&) { return true; }
};

namespace {

// Line and column (1-based; the column in bytes) of byte `offset` of `text`.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, offset - line_start + 1};
}

// The length of the UTF-8 character that byte `lead` starts: 1 for ASCII, 2
// to 4 for a lead byte, 0 for a byte that starts none (a continuation byte,
// or one UTF-8 never uses).
std::size_t utf8_length(unsigned char lead) noexcept {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 0;
}

// Whether the bytes at `at` do not start a well-formed UTF-8 character. Used
// only to word an error the parser found there: the parser validates UTF-8
// itself (overlong forms, surrogates and code points above U+10FFFF
// included), but reports it as a plain syntax error.
bool bad_utf8_at(std::string_view s, std::size_t at) {
  if (at >= s.size()) return false;
  const auto c = static_cast<unsigned char>(s[at]);
  const std::size_t len = utf8_length(c);
  if (len == 1) return false;
  if (len == 0 || at + len > s.size()) return true;
  unsigned cp = c & (0x7Fu >> len);  // the lead byte's payload bits
  for (std::size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[at + k]);
    if ((d & 0xC0) != 0x80) return true;
    cp = (cp << 6) | (d & 0x3Fu);
  }
  const unsigned min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
  return cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
}

// Whether byte `at` is part of no well-formed UTF-8 character: not inside one
// that starts before it, nor the start of one.
bool bad_utf8_near(std::string_view s, std::size_t at) {
  if (at >= s.size()) return false;
  std::size_t start = at;
  while (start > 0 && at - start < 3 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  if (start < at && static_cast<unsigned char>(s[start]) >= 0xC0 && !bad_utf8_at(s, start) &&
      at < start + utf8_length(static_cast<unsigned char>(s[start]))) {
    return false;  // inside a well-formed character that starts before it
  }
  return bad_utf8_at(s, at);
}

// Where a text that ends inside a UTF-8 character has that character start, or npos.
std::size_t truncated_utf8_at(std::string_view s) {
  for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back) {
    const auto c = static_cast<unsigned char>(s[s.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    if (c >= 0xC0 && bad_utf8_at(s, s.size() - back)) return s.size() - back;
    break;
  }
  return std::string_view::npos;
}

std::string describe(const json::error_code& ec) {
  if (ec == json::error::too_deep) return "nesting deeper than " + std::to_string(max_json_depth) + " levels";
  if (ec == json::error::incomplete) return "the text ends before the JSON value is complete";
  if (ec == json::error::extra_data) return "text after the JSON value";
  if (ec == json::error::syntax) return "syntax error";
  return ec.message();
}

}  // namespace

bool json_document::parse(std::string_view text, std::string_view file) {
  members_.clear();
  arena_.clear();
  problems_.clear();
  // Strings with escapes are copied here, unescaped: never more bytes than
  // the text has, so with this much room the views into it stay valid.
  arena_.reserve(text.size());
  const auto fail = [&](std::size_t offset, std::string message) {
    problems_.clear();  // a text that is not JSON has this one problem: what came before it is moot
    const auto [line, column] = line_column(text, offset);
    problems_.push_back({std::string(file), line, column, "", std::move(message)});
    return false;
  };
  if (text.starts_with("\xEF\xBB\xBF"))
    return fail(0, "the input starts with a byte-order mark; expected plain UTF-8 JSON");

  // One parser per thread, reset for each text: its stack and the builder's
  // buffers keep their room, so a stream of records parses without
  // allocating once they are warm.
  thread_local std::optional<json::basic_parser<json_builder>> reused;
  if (reused) {
    reused->reset();
  } else {
    json::parse_options options;
    options.max_depth = max_json_depth;
    reused.emplace(options);
  }
  json::basic_parser<json_builder>& parser = *reused;
  parser.handler().begin(*this, text, file);
  json::error_code ec;
  const std::size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
  if (!ec && consumed < text.size()) ec = json::error::extra_data;
  if (ec) {
    std::size_t at = consumed;
    if (ec == json::error::incomplete) {
      if (const std::size_t cut = truncated_utf8_at(text); cut != std::string_view::npos) at = cut;
    }
    // The parser stops at a bad byte, or just past it when it was reading an
    // escape: word either as the invalid UTF-8 it is.
    if (!bad_utf8_near(text, at) && at > 0 && bad_utf8_near(text, at - 1)) at -= 1;
    if (bad_utf8_near(text, at)) {
      return fail(at,
                  "invalid UTF-8 at column " + std::to_string(line_column(text, at).second) + ": expected UTF-8 text");
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
      return fail(consumed, "the input is empty: expected JSON");
    return fail(consumed,
                "invalid JSON at column " + std::to_string(line_column(text, consumed).second) + ": " + describe(ec));
  }
  json_builder& b = parser.handler();
  root_ = static_cast<std::uint32_t>(members_.size());
  members_.push_back(b.pending.front());
  b.pending.clear();
  std::stable_sort(problems_.begin(), problems_.end(), [](const diagnostic& x, const diagnostic& y) {
    return std::tie(x.line, x.column) < std::tie(y.line, y.column);
  });
  return true;
}

void json_document::place(diagnostic& d) const {
  const json_value* at = &root();
  std::string_view rest = d.path;
  while (!rest.empty() && rest.front() == '/') {
    rest.remove_prefix(1);
    const std::size_t end = std::min(rest.find('/'), rest.size());
    std::string step(rest.substr(0, end));
    rest.remove_prefix(end);
    // RFC 6901: ~1 is '/', ~0 is '~'.
    for (std::size_t i = 0; (i = step.find('~', i)) != std::string::npos; ++i) {
      if (i + 1 < step.size() && (step[i + 1] == '0' || step[i + 1] == '1'))
        step.replace(i, 2, step[i + 1] == '0' ? "~" : "/");
    }
    const json_value* next = nullptr;
    if (at->is_object()) {
      next = at->if_contains(step);
    } else if (at->is_array() && !step.empty() && step.find_first_not_of("0123456789") == std::string::npos &&
               step.size() < 10) {
      const std::size_t i = std::stoul(step);
      if (i < at->size()) next = &(*at)[i];
    }
    if (!next) break;
    at = next;
  }
  d.line = at->line();
  d.column = at->column();
}

}  // namespace detail
CITYDIP_END_NAMESPACE
