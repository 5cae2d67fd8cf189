// Private: reading and writing activities inside larger JSON documents.
#ifndef CITYDIP_SRC_ACTIVITY_IO_HPP
#define CITYDIP_SRC_ACTIVITY_IO_HPP

#include <citydip/io/activity_json.hpp>

#include "io/json_support.hpp"
#include "io/json_writer.hpp"

#include <optional>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

std::optional<activity_record> read_activity(json_reader& in, const detail::json_value& v,
                                             const activity_read_options& options);
void write_activity(json_writer& out, const activity_record& r);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
