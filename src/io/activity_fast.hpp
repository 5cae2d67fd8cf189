// Private: the fast path of parse_activity, and the full path it falls back to.
#ifndef CITYDIP_SRC_ACTIVITY_FAST_HPP
#define CITYDIP_SRC_ACTIVITY_FAST_HPP

#include <citydip/io/activity_json.hpp>

#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// Reads a valid activity object that names a gazetteer city, in one pass over
// the text with no document tree: the shape nearly every record of a batch
// has. Returns false for anything else (a syntax error, an unknown key or id,
// a duplicate key, a city object, a number, ...), leaving `out` unspecified;
// parse_activity then reads the text in full, which accepts what it may and
// finds and places every problem. Where it returns true, `out` is what the
// full path gives (tests/io/activity_fast_test.cpp checks that).
CITYDIP_API bool read_plain_activity(std::string_view json, const activity_read_options& options, activity_record& out);

// The date of an activity that gives none, for both readers: the options'
// default, else today (evaluated only then).
inline date date_for_undated(const activity_read_options& options) noexcept {
  return options.default_date ? *options.default_date : date::today();
}

// parse_activity without the fast path. (Both are exported for the tests of
// a shared build.)
CITYDIP_API result<activity_record> parse_activity_in_full(std::string_view json, const activity_read_options& options);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
