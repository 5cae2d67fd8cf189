#include <citydip/io/batch.hpp>

#include "io/json_document.hpp"
#include "io/json_writer.hpp"

#include <algorithm>
#include <cstring>
#include <istream>

CITYDIP_BEGIN_NAMESPACE

namespace {
constexpr std::size_t chunk_bytes = std::size_t{64} * 1024;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void trim_right(std::string& s) {
  while (!s.empty() && is_space(s.back())) s.pop_back();
}

std::string too_long(std::size_t max) {
  return "record longer than " + std::to_string(max) + " bytes: expected one activity object per record";
}
}  // namespace

record_reader::record_reader(std::istream& in, std::size_t max_record_bytes) : in_(in), max_(max_record_bytes) {}

bool record_reader::fill() {
  // Wait for one byte, then take only what is already there: a record that
  // has arrived is framed at once instead of waiting for a full chunk.
  pos_ = 0;
  buffer_.clear();
  std::streambuf* sb = in_.rdbuf();
  if (!sb) return false;
  const auto first = sb->sbumpc();
  if (first == std::char_traits<char>::eof()) return false;
  buffer_.push_back(static_cast<char>(first));
  const std::streamsize avail = sb->in_avail();
  if (avail > 0) {
    const auto n = std::min<std::streamsize>(avail, static_cast<std::streamsize>(chunk_bytes) - 1);
    buffer_.resize(1 + static_cast<std::size_t>(n));
    buffer_.resize(1 + static_cast<std::size_t>(sb->sgetn(buffer_.data() + 1, n)));
  }
  return true;
}

bool record_reader::get(char& c) {
  if (pos_ == buffer_.size() && !fill()) return false;
  c = buffer_[pos_++];
  if (c == '\n') ++line_;
  return true;
}

bool record_reader::next(raw_record& out) {
  out = raw_record{};
  char c = 0;
  if (pending_bom_check_) {
    pending_bom_check_ = false;
    if (fill() && buffer_.size() >= 3 && buffer_.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      pos_ = 3;
      out.line = 1;
      out.problem = "the input starts with a byte-order mark: expected plain UTF-8 JSON without one";
      any_record_ = true;
      return true;
    }
  }
  if (mode_ == mode::start) {
    for (;;) {
      if (!get(c)) {
        mode_ = mode::done;
        if (any_record_) return false;
        out.line = line_;
        out.problem = "the input is empty: expected activities as a JSON array or as JSON Lines";
        return true;
      }
      if (!is_space(c)) break;
    }
    if (c == '[') {
      mode_ = mode::array;
    } else {
      mode_ = mode::lines;
      first_ = c;
    }
  }

  if (mode_ == mode::lines) {
    for (;;) {
      bool have = false, overflow = false;
      std::size_t start_line = line_;
      std::string& text = out.text;
      if (first_) {
        text += *first_;
        first_.reset();
        have = true;
      }
      bool ended = false;
      // Take the line a buffer at a time, up to its newline.
      while (pos_ < buffer_.size() || fill()) {
        const char* b = buffer_.data() + pos_;
        const std::size_t n = buffer_.size() - pos_;
        const auto* nl = static_cast<const char*>(std::memchr(b, '\n', n));
        const std::size_t take = nl ? static_cast<std::size_t>(nl - b) : n;
        if (take > 0) {
          have = true;
          const std::size_t room = text.size() < max_ ? max_ - text.size() : 0;
          text.append(b, std::min(take, room));
          overflow = overflow || take > room;
        }
        pos_ += take;
        if (nl) {
          ++pos_;
          ++line_;
          ended = true;
          break;
        }
      }
      if (!have && !ended) {
        mode_ = mode::done;
        return false;
      }
      trim_right(text);
      const bool blank = text.find_first_not_of(" \t\r") == std::string::npos;
      if (overflow) {
        out = raw_record{start_line, {}, too_long(max_)};
        any_record_ = true;
        return true;
      }
      if (!blank) {
        out.line = start_line;
        any_record_ = true;
        return true;
      }
      text.clear();
      if (!ended) {
        mode_ = mode::done;
        return false;
      }
    }
  }

  if (mode_ == mode::array) {
    // Skip white space before the element.
    do {
      if (!get(c)) {
        mode_ = mode::done;
        out.line = line_;
        out.problem = "the input ends inside the array: expected ']'";
        return true;
      }
    } while (is_space(c));
    if (c == ']' && !any_record_) {
      mode_ = mode::after_array;
      return next(out);
    }
    out.line = line_;
    int depth = 0;
    bool in_string = false, escape = false, overflow = false;
    for (;;) {
      if (!in_string && depth == 0 && (c == ',' || c == ']')) break;
      if (out.text.size() < max_) {
        out.text += c;
      } else {
        overflow = true;
      }
      if (in_string) {
        if (escape)
          escape = false;
        else if (c == '\\')
          escape = true;
        else if (c == '"')
          in_string = false;
      } else if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && depth > 0) {
        --depth;
      }
      if (!get(c)) {
        mode_ = mode::done;
        out.text.clear();
        out.problem = "the input ends inside the array: expected ',' or ']' after this record";
        any_record_ = true;
        return true;
      }
    }
    any_record_ = true;
    if (c == ']') mode_ = mode::after_array;
    trim_right(out.text);
    if (overflow) {
      out.text.clear();
      out.problem = too_long(max_);
    } else if (out.text.empty()) {
      out.problem = "expected a record between the commas";
    }
    return true;
  }

  if (mode_ == mode::after_array) {
    while (get(c)) {
      if (!is_space(c)) {
        mode_ = mode::done;
        out.line = line_;
        out.problem = "text after the closing ']' of the array: expected the end of the input";
        return true;
      }
    }
    mode_ = mode::done;
  }
  return false;
}

namespace {

// The string `id` of the JSON object in `text`, if it has one: the label of a
// record that failed to read.
std::optional<std::string> record_id(std::string_view text) {
  detail::json_document doc;
  if (!doc.parse(text, {})) return std::nullopt;
  if (const auto* id = doc.root().if_contains("id")) {
    if (const auto* s = id->if_string()) return std::string(*s);
  }
  return std::nullopt;
}

}  // namespace

bad_record bad_record::of(const raw_record& rec, std::vector<diagnostic> problems) {
  bad_record out;
  if (problems.empty()) {
    CITYDIP_ASSERT(rec.problem);
    problems.push_back({{}, 0, 0, {}, rec.problem.value_or("the record could not be read")});
  } else {
    out.id = record_id(rec.text);
  }
  // A reader counts lines from the record's first line; the input counts
  // them from its own. A problem not placed (line 0) is at the record's start.
  for (diagnostic& d : problems) d.line = d.line <= 1 ? rec.line : rec.line + d.line - 1;
  out.line = problems.front().line;
  out.problems = std::move(problems);
  return out;
}

void write_bad_record(std::string& out, const bad_record& r) {
  detail::json_writer w(out);
  w.begin_object();
  w.key("id");
  r.id ? w.string(*r.id) : w.null();
  w.key("line").number(static_cast<long long>(r.line));
  const auto one = [&](const diagnostic& d) {
    w.begin_object().key("field").string(d.field()).key("message").string(d.message).end_object();
  };
  w.key("error");
  one(r.problems.front());
  if (r.problems.size() > 1) {
    w.key("errors").begin_array();
    for (const auto& d : r.problems) one(d);
    w.end_array();
  }
  w.end_object();
}

CITYDIP_END_NAMESPACE
