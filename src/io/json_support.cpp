#include "io/json_support.hpp"

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse_options.hpp>
#include <boost/json/stream_parser.hpp>

#include <algorithm>
#include <cstring>
#include <unordered_set>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

namespace json = boost::json;

// Deep enough for every citydip format, shallow enough that hostile nesting
// is refused by the parser instead of exhausting the stack.
constexpr std::size_t max_json_depth = 64;

std::pair<std::size_t, std::size_t> json_locator::line_column(std::string_view text, std::size_t offset) {
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

json_locator::json_locator(std::string_view text, std::vector<diagnostic>& dups) : text_(text) {
  // The full scan builds a JSON pointer for every value: run it only when the
  // quick one cannot rule duplicate keys out.
  if (may_have_duplicate_keys()) {
    std::size_t i = 0;
    scan_value(i, "", dups);
    indexed_ = true;
  }
}

// A quick pass over a text the parser accepted: true if some object may
// repeat a key (two of its keys hash alike), or has a key with an escape
// (which the full scan compares unescaped). Each object's key hashes are
// sorted when it closes, so a huge object costs n log n, not n squared.
bool json_locator::may_have_duplicate_keys() const {
  std::vector<std::size_t> keys;         // hashes of the keys of every open object, innermost last
  std::vector<std::size_t> open;         // where each open object's keys start in `keys`; npos for an array
  bool expect_key = false;               // the next string in the current object is a key
  for (std::size_t i = 0; i < text_.size(); ++i) {
    const char c = text_[i];
    switch (c) {
      case '{':
        open.push_back(keys.size());
        expect_key = true;
        break;
      case '[':
        open.push_back(std::string_view::npos);
        expect_key = false;
        break;
      case '}': {
        const auto first = keys.begin() + static_cast<std::ptrdiff_t>(open.back());
        std::sort(first, keys.end());
        if (std::adjacent_find(first, keys.end()) != keys.end()) return true;
        keys.erase(first, keys.end());
        open.pop_back();
        expect_key = false;
        break;
      }
      case ']':
        open.pop_back();
        expect_key = false;
        break;
      case ',':
        expect_key = !open.empty() && open.back() != std::string_view::npos;
        break;
      case '"': {
        // The closing quote is the first one after an even run of backslashes.
        const std::size_t start = i + 1;
        bool escaped = false;
        for (;;) {
          const void* q = std::memchr(text_.data() + i + 1, '"', text_.size() - i - 1);
          if (!q) return true;  // cannot happen in parsed text; be safe
          i = static_cast<std::size_t>(static_cast<const char*>(q) - text_.data());
          std::size_t slashes = 0;
          while (i - slashes > start && text_[i - slashes - 1] == '\\') ++slashes;
          if (slashes > 0) escaped = true;
          if (slashes % 2 == 0) break;
        }
        if (expect_key) {
          if (escaped) return true;
          keys.push_back(std::hash<std::string_view>{}(text_.substr(start, i - start)));
          expect_key = false;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}

void json_locator::skip_ws(std::size_t& i) const {
  while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r')) ++i;
}

std::string json_locator::scan_string(std::size_t& i) const {
  // text_[i] is the opening quote of a string the parser accepted.
  std::string out;
  ++i;
  while (i < text_.size() && text_[i] != '"') {
    if (text_[i] == '\\' && i + 1 < text_.size()) {
      const char e = text_[i + 1];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
          // Keep the escape as written: keys with \u escapes are only ever
          // unknown keys, reported by their pointer, which stays unambiguous.
          out.append(text_.substr(i, 6));
          i += 6;
          continue;
        }
        default: out += e; break;
      }
      i += 2;
    } else {
      out += text_[i++];
    }
  }
  ++i;  // closing quote
  return out;
}

void json_locator::scan_value(std::size_t& i, const std::string& path, std::vector<diagnostic>& dups) const {
  skip_ws(i);
  offsets_.emplace(path, i);
  if (i >= text_.size()) return;
  const char c = text_[i];
  if (c == '{') {
    ++i;
    std::unordered_set<std::string> seen;
    for (;;) {
      skip_ws(i);
      if (i >= text_.size() || text_[i] == '}') break;
      if (text_[i] == ',') {
        ++i;
        continue;
      }
      const std::size_t key_at = i;
      const std::string key = scan_string(i);
      const std::string member = path + "/" + pointer_escape(key);
      if (!seen.insert(key).second) {
        auto [line, col] = line_column(text_, key_at);
        dups.push_back({{}, line, col, member, "duplicate key '" + key + "': each key may appear once"});
      }
      skip_ws(i);
      ++i;  // ':'
      scan_value(i, member, dups);
    }
    ++i;
  } else if (c == '[') {
    ++i;
    std::size_t index = 0;
    for (;;) {
      skip_ws(i);
      if (i >= text_.size() || text_[i] == ']') break;
      if (text_[i] == ',') {
        ++i;
        continue;
      }
      scan_value(i, path + "/" + std::to_string(index++), dups);
    }
    ++i;
  } else if (c == '"') {
    scan_string(i);
  } else {
    while (i < text_.size() && text_[i] != ',' && text_[i] != ']' && text_[i] != '}' && text_[i] != ' ' &&
           text_[i] != '\n' && text_[i] != '\r' && text_[i] != '\t') {
      ++i;
    }
  }
}

void json_locator::place(diagnostic& d) const {
  if (!indexed_) {
    std::vector<diagnostic> ignored;  // duplicate keys were reported by the constructor
    std::size_t i = 0;
    scan_value(i, "", ignored);
    indexed_ = true;
  }
  std::string path = d.path;
  for (;;) {
    if (auto it = offsets_.find(path); it != offsets_.end()) {
      auto [line, col] = line_column(text_, it->second);
      d.line = line;
      d.column = col;
      return;
    }
    if (path.empty()) return;
    path.erase(path.rfind('/'));
  }
}

namespace {

// The offset of the first byte that does not belong to well-formed UTF-8
// (no overlong forms, surrogates or code points above U+10FFFF), or npos.
std::size_t invalid_utf8_at(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; }
    else return i;
    if (i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (d & 0x3Fu);
    }
    const unsigned min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::string describe(const boost::system::error_code& ec) {
  if (ec == json::error::too_deep) return "nesting deeper than " + std::to_string(max_json_depth) + " levels";
  if (ec == json::error::incomplete) return "the text ends before the JSON value is complete";
  if (ec == json::error::extra_data) return "text after the JSON value";
  if (ec == json::error::syntax) return "syntax error";
  return ec.message();
}

}  // namespace

parsed_json parse_json(std::string_view text, std::string_view file) {
  parsed_json out;
  if (text.starts_with("\xEF\xBB\xBF")) {
    out.problems.push_back({std::string(file), 1, 1, "", "the input starts with a byte-order mark; expected plain UTF-8 JSON"});
    return out;
  }
  if (const std::size_t bad = invalid_utf8_at(text); bad != std::string_view::npos) {
    auto [line, col] = json_locator::line_column(text, bad);
    out.problems.push_back({std::string(file), line, col, "",
                            "invalid UTF-8 at column " + std::to_string(col) + ": expected UTF-8 text"});
    return out;
  }
  json::parse_options opts;
  opts.max_depth = max_json_depth;
  json::stream_parser p({}, opts);
  // The document is read once and dropped whole: a monotonic arena makes its
  // many small allocations cheap and its destruction free.
  p.reset(json::make_shared_resource<json::monotonic_resource>());
  boost::system::error_code ec;
  std::size_t consumed = p.write_some(text.data(), text.size(), ec);
  if (!ec && consumed < text.size()) {
    ec = json::error::extra_data;
  }
  if (!ec) p.finish(ec);
  if (ec) {
    auto [line, col] = json_locator::line_column(text, consumed);
    std::string what = "invalid JSON at column " + std::to_string(col) + ": " + describe(ec);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) what = "the input is empty: expected JSON";
    out.problems.push_back({std::string(file), line, col, "", std::move(what)});
    return out;
  }
  // Built around the released value: assigning it to a value on another
  // memory resource would copy the whole document.
  parsed_json done{p.release(), {}, std::nullopt};
  done.where.emplace(text, done.problems);
  for (auto& d : done.problems) d.file = std::string(file);
  return done;
}

std::string pointer_escape(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::optional<std::string_view> near_miss(std::string_view word, std::span<const std::string_view> candidates) {
  std::optional<std::string_view> best;
  std::size_t best_d = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (auto c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

void append_suggestion(std::string& msg, std::string_view word, std::span<const std::string_view> candidates) {
  if (auto hint = near_miss(word, candidates)) {
    msg += "; did you mean '";
    msg += *hint;
    msg += "'?";
    return;
  }
  msg += "; expected one of:";
  for (auto c : candidates) {
    msg += ' ';
    msg += c;
  }
}

std::string_view json_kind_name(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "a boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "a number";
    case json::kind::string: return "a string";
    case json::kind::array: return "an array";
    case json::kind::object: return "an object";
  }
  return "a value";
}

const json::object* json_reader::object(const json::value& v, const std::string& path) {
  if (const auto* o = v.if_object()) return o;
  add(path, "expected an object, found " + std::string(json_kind_name(v)));
  return nullptr;
}

void json_reader::only_keys(const json::object& o, const std::string& path,
                            std::initializer_list<std::string_view> allowed) {
  for (const auto& member : o) {
    const std::string_view key(member.key().data(), member.key().size());
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
    std::string msg = "unknown key '" + std::string(key) + "'";
    append_suggestion(msg, key, std::span(allowed.begin(), allowed.size()));
    add(path + "/" + pointer_escape(key), std::move(msg));
  }
}

const json::value* json_reader::required(const json::object& o, const std::string& path, std::string_view key) {
  if (const auto* v = o.if_contains(key)) return v;
  // The path names the missing member; it is placed at the enclosing object.
  add(path + "/" + pointer_escape(key), "missing required key '" + std::string(key) + "'");
  return nullptr;
}

std::optional<std::string> json_reader::string(const json::value& v, const std::string& path) {
  if (const auto* s = v.if_string()) return std::string(s->data(), s->size());
  add(path, "expected a string, found " + std::string(json_kind_name(v)));
  return std::nullopt;
}

std::optional<bool> json_reader::boolean(const json::value& v, const std::string& path) {
  if (const auto* b = v.if_bool()) return *b;
  add(path, "expected true or false, found " + std::string(json_kind_name(v)));
  return std::nullopt;
}

std::optional<std::int64_t> json_reader::integer(const json::value& v, const std::string& path) {
  if (const auto* i = v.if_int64()) return *i;
  if (const auto* u = v.if_uint64(); u && *u <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(*u);
  add(path, "expected an integer, found " + std::string(json_kind_name(v)));
  return std::nullopt;
}

std::optional<date> json_reader::full_date(const json::value& v, const std::string& path) {
  auto s = string(v, path);
  if (!s) return std::nullopt;
  if (auto d = date::parse(*s)) return d;
  add(path, "expected a date YYYY-MM-DD that exists in the calendar, found '" + *s + "'");
  return std::nullopt;
}

std::optional<partial_date> json_reader::some_date(const json::value& v, const std::string& path) {
  auto s = string(v, path);
  if (!s) return std::nullopt;
  if (auto d = partial_date::parse(*s)) return d;
  add(path, "expected a date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, found '" + *s + "'");
  return std::nullopt;
}

std::optional<std::vector<std::string>> json_reader::strings(const json::value& v, const std::string& path) {
  const auto* arr = v.if_array();
  if (!arr) {
    add(path, "expected an array of strings, found " + std::string(json_kind_name(v)));
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    if (auto s = string((*arr)[i], path + "/" + std::to_string(i))) {
      out.push_back(std::move(*s));
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

void json_reader::unknown_id(std::string_view found, std::string_view what, std::span<const std::string_view> ids,
                             const std::string& path) {
  std::string msg = "unknown " + std::string(what) + " '" + std::string(found) + "'";
  append_suggestion(msg, found, ids);
  add(path, std::move(msg));
}

}  // namespace detail
CITYDIP_END_NAMESPACE
