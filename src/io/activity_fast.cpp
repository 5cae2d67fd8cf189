// The fast path of parse_activity: Boost.JSON's event parser (basic_parser)
// feeding an activity directly, with no document tree, no JSON pointers and no
// second pass for duplicate keys. It gives up at the first thing it does not
// handle, and parse_activity reads that text the full way.
#include "io/activity_fast.hpp"

#include <citydip/model/gazetteer.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <cstdint>
#include <string>

CITYDIP_BEGIN_NAMESPACE
namespace detail {
namespace {

namespace json = boost::json;

// The keys of an activity object, in the order of read_activity's list.
enum class field : std::uint8_t {
  id, city, activity, domain, counterpart, touches_internal_affairs, has_central_mandate,
  uses_regional_name, legally_binding, obtained, date, none
};

field field_of(std::string_view key) noexcept {
  // Dispatch on the length first: few keys of the format share one.
  switch (key.size()) {
    case 2: return key == "id" ? field::id : field::none;
    case 4: return key == "city" ? field::city : key == "date" ? field::date : field::none;
    case 6: return key == "domain" ? field::domain : field::none;
    case 8: return key == "activity" ? field::activity : key == "obtained" ? field::obtained : field::none;
    case 11: return key == "counterpart" ? field::counterpart : field::none;
    case 15: return key == "legally_binding" ? field::legally_binding : field::none;
    case 18: return key == "uses_regional_name" ? field::uses_regional_name : field::none;
    case 19: return key == "has_central_mandate" ? field::has_central_mandate : field::none;
    case 24: return key == "touches_internal_affairs" ? field::touches_internal_affairs : field::none;
    default: return field::none;
  }
}

constexpr std::uint32_t bit(field f) noexcept { return std::uint32_t{1} << static_cast<unsigned>(f); }

// Returning false from an event stops the parser; the error code only has to be set.
bool give_up(json::error_code& ec) {
  ec = json::error::syntax;
  return false;
}

class activity_handler {
 public:
  static constexpr std::size_t max_object_size = 64;
  static constexpr std::size_t max_array_size = 64;
  static constexpr std::size_t max_key_size = 64;
  static constexpr std::size_t max_string_size = 4096;

  activity_handler(activity_record& out) : out_(out) {}

  bool on_document_begin(json::error_code&) { return true; }
  bool on_document_end(json::error_code&) { return true; }

  bool on_object_begin(json::error_code& ec) {
    if (depth_ != 0) return give_up(ec);  // a city object, or a value of the wrong type
    depth_ = 1;
    return true;
  }
  bool on_object_end(std::size_t, json::error_code&) {
    depth_ = 0;
    return true;
  }
  bool on_array_begin(json::error_code& ec) {
    if (depth_ != 1 || current_ != field::obtained) return give_up(ec);
    depth_ = 2;
    return true;
  }
  bool on_array_end(std::size_t, json::error_code&) {
    depth_ = 1;
    return true;
  }

  bool on_key_part(json::string_view s, std::size_t, json::error_code&) {
    part_.append(s.data(), s.size());
    return true;
  }
  bool on_key(json::string_view s, std::size_t, json::error_code& ec) {
    const field f = field_of(whole(s));
    if (f == field::none || (seen_ & bit(f)) != 0) return give_up(ec);  // unknown or repeated
    seen_ |= bit(f);
    current_ = f;
    return true;
  }

  bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
    part_.append(s.data(), s.size());
    return true;
  }
  bool on_string(json::string_view s, std::size_t, json::error_code& ec) {
    const std::string_view text = whole(s);
    activity& a = out_.what;
    if (depth_ == 2) {  // an element of "obtained"
      const auto b = from_id<body>(text);
      if (!b || a.obtained.contains(*b)) return give_up(ec);
      a.obtained.insert(*b);
      return true;
    }
    switch (current_) {
      case field::id: a.id.assign(text); return true;
      case field::city: return (out_.known = find_city(text)) != nullptr || give_up(ec);
      case field::activity: {
        const auto k = from_id<activity_kind>(text);
        if (!k) return give_up(ec);
        a.kind = *k;
        return true;
      }
      case field::domain: return (a.domain = from_id<issue_domain>(text)).has_value() || give_up(ec);
      case field::counterpart: return (a.counterpart = from_id<counterpart>(text)).has_value() || give_up(ec);
      case field::date: return (a.date = date::parse(text)).has_value() || give_up(ec);
      default: return give_up(ec);
    }
  }

  bool on_bool(bool b, json::error_code& ec) {
    activity& a = out_.what;
    if (depth_ != 1) return give_up(ec);
    switch (current_) {
      case field::touches_internal_affairs: a.touches_internal_affairs = b; return true;
      case field::has_central_mandate: a.has_central_mandate = b; return true;
      case field::uses_regional_name: a.uses_regional_name = b; return true;
      case field::legally_binding: a.legally_binding = b; return true;
      default: return give_up(ec);
    }
  }
  bool on_null(json::error_code& ec) {
    // null means "not given" for exactly these three.
    return (depth_ == 1 && (current_ == field::domain || current_ == field::counterpart || current_ == field::date)) ||
           give_up(ec);
  }

  bool on_number_part(json::string_view, json::error_code& ec) { return give_up(ec); }
  bool on_int64(std::int64_t, json::string_view, json::error_code& ec) { return give_up(ec); }
  bool on_uint64(std::uint64_t, json::string_view, json::error_code& ec) { return give_up(ec); }
  bool on_double(double, json::string_view, json::error_code& ec) { return give_up(ec); }
  bool on_comment_part(json::string_view, json::error_code& ec) { return give_up(ec); }
  bool on_comment(json::string_view, json::error_code& ec) { return give_up(ec); }

  // Whether the object had the keys the format requires.
  bool complete() const noexcept { return (seen_ & (bit(field::city) | bit(field::activity))) == (bit(field::city) | bit(field::activity)); }

 private:
  // The final piece of a key or string, joined to any earlier pieces.
  std::string_view whole(json::string_view last) {
    if (part_.empty()) return {last.data(), last.size()};
    part_.append(last.data(), last.size());
    joined_.swap(part_);
    part_.clear();
    return joined_;
  }

  activity_record& out_;
  int depth_ = 0;
  field current_ = field::none;
  std::uint32_t seen_ = 0;
  std::string part_;    // pieces of a key or string so far
  std::string joined_;  // the last joined key or string
};

}  // namespace

bool read_plain_activity(std::string_view text, const activity_read_options& options, activity_record& out) {
  out = activity_record{};
  json::parse_options opts;
  opts.max_depth = 3;  // the object, "obtained", and one more to give up on
  json::basic_parser<activity_handler> p(opts, out);
  json::error_code ec;
  const std::size_t consumed = p.write_some(false, text.data(), text.size(), ec);
  if (ec || consumed != text.size() || !p.done() || !p.handler().complete()) return false;
  if (!out.what.date) out.what.date = date_for_undated(options);
  return true;
}

}  // namespace detail
CITYDIP_END_NAMESPACE
