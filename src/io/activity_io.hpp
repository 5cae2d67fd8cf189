// Private: reading and writing activities inside larger JSON documents.
#ifndef CITYDIP_SRC_ACTIVITY_IO_HPP
#define CITYDIP_SRC_ACTIVITY_IO_HPP

#include <citydip/io/activity_json.hpp>

#include "io/json_support.hpp"
#include "io/json_writer.hpp"

#include <optional>
#include <span>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

std::optional<activity_record> read_activity(json_reader& in, const detail::json_value& v,
                                             const activity_read_options& options);
// The activity whose members `m` holds, indexed by keys::activity (null:
// absent), in the object at JSON pointer `base`: for formats that hold an
// activity's fields among their own (a test case).
std::optional<activity_record> read_activity_members(json_reader& in, std::span<const json_value* const> m,
                                                     std::string_view base, const activity_read_options& options);
void write_activity(json_writer& out, const activity_record& r);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
