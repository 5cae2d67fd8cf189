/**
 * @file city_json.hpp
 * @brief Cities in JSON.
 *
 * The smallest city object (DESIGN: JSON contract):
 * @code{.json}
 * {"id": "yiwu", "name_zh": "义乌", "name_en": "Yiwu", "province": "Zhejiang", "designations": []}
 * @endcode
 * Each designation is `{"designation": "coastal_open_city", "since": "1984", "until": null}`
 * (dates `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `since` absent or null: unknown; `until`
 * absent or null: still held; an optional `source` text). The institutional objects
 * `spirit`, `structure`, `mechanisms` and `guarantees` are optional; in them a yes/no
 * fact is `true` or `false`, and a field absent or `null` is unknown. See
 * docs/json-formats.md for every field.
 */
#ifndef CITYDIP_IO_CITY_JSON_HPP
#define CITYDIP_IO_CITY_JSON_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/model/city.hpp>

#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief How to read a city.
 */
struct city_read_options {
  std::string_view file{};  ///< The name to put in diagnostics.
};

/**
 * @brief Reads a city object.
 * @param json the text of one JSON object.
 * @param options the file name for diagnostics.
 * @return the city, or every problem found (unknown keys and ids with
 *         suggestions, wrong types, impossible dates, a malformed id, a
 *         missing required field), each with line, column and JSON path.
 */
CITYDIP_API result<city> parse_city(std::string_view json, const city_read_options& options = {});

/**
 * @brief Appends @p c to @p out as one compact JSON object that `parse_city`
 *        reads back to an equal city. Unknown fields are left out.
 */
CITYDIP_API void write_city(std::string& out, const city& c);

CITYDIP_END_NAMESPACE

#endif
