// Private: reading and writing cities inside larger JSON documents.
#ifndef CITYDIP_SRC_CITY_IO_HPP
#define CITYDIP_SRC_CITY_IO_HPP

#include <citydip/model/city.hpp>

#include "io/json_support.hpp"
#include "io/json_writer.hpp"

#include <optional>
#include <string>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// Reads the city object `v` at `path`; problems go to `in`.
std::optional<city> read_city(json_reader& in, const detail::json_value& v, const std::string& path);
// Writes `c` as an object value.
void write_city(json_writer& out, const city& c);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
