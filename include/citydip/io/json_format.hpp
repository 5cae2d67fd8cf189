/**
 * @file json_format.hpp
 * @brief The objects of citydip's JSON formats and the keys each may have.
 *
 * The readers refuse any other key (with a suggestion), and read and write
 * these in this order; the format documentation is held to the same lists by
 * the test suite. A tool that writes citydip JSON (an editor, a form, a
 * schema) can take them from here.
 */
#ifndef CITYDIP_IO_JSON_FORMAT_HPP
#define CITYDIP_IO_JSON_FORMAT_HPP

#include <citydip/config.hpp>

#include <span>
#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One kind of object in a JSON format, and its keys.
 */
struct json_object_format {
  std::string_view format{};  ///< `activity`, `city`, `decision`, `rulebook`, `tests`, `whatif` or `ladder`.
  /// Where the object stands in the format, in JSONPath-like steps: empty
  /// for the top-level object, `designations[]`, `mechanisms.overseas_offices[]`,
  /// `rules[].when`, ...
  std::string_view object{};
  std::span<const std::string_view> keys{};  ///< Every key it may have, in the format's order.
};

/// @return every object of every format, formats in the order above.
CITYDIP_API std::span<const json_object_format> json_formats() noexcept;

/**
 * @brief Appends @p text to @p out as a JSON string: quoted, with `"`, `\`
 *        and control characters escaped (other UTF-8 passes through), as
 *        every citydip writer quotes. For programs that write JSON around
 *        citydip's (a service's error bodies, a list of names).
 */
CITYDIP_API void write_json_string(std::string& out, std::string_view text);

CITYDIP_END_NAMESPACE

#endif
