/**
 * @file batch.hpp
 * @brief Streaming batches of JSON records: a JSON array or JSON Lines.
 *
 * `record_reader` splits a stream into the text of its records without
 * parsing them and without holding more than one record in memory, so a
 * batch of any length is read in constant memory and the first decision can
 * be written before the input ends. A problem with one record (too long, a
 * byte-order mark, an array that never closes) is reported in its place and
 * reading goes on where it can.
 */
#ifndef CITYDIP_IO_BATCH_HPP
#define CITYDIP_IO_BATCH_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief The text of one record of a batch, or why it has none.
 */
struct raw_record {
  std::size_t line = 0;                 ///< 1-based line where the record starts.
  std::string text{};                   ///< The record's JSON text (empty when `problem` is set).
  std::optional<std::string> problem{};  ///< Why the record could not be framed.
};

/**
 * @brief Splits a stream of records.
 *
 * The format is detected from the first character that is not white space:
 * `[` starts a JSON array whose elements are the records; anything else
 * starts JSON Lines, one record per non-blank line. An empty input yields one
 * problem ("the input is empty"); `[]` yields no record.
 */
class record_reader {
 public:
  /// Records longer than this are reported, not read (1 MiB).
  static constexpr std::size_t default_max_record_bytes = std::size_t{1} << 20;

  /**
   * @param in the stream; read as data arrives, in chunks of what is
   *        buffered, never all at once (for `std::cin`, call
   *        `std::ios::sync_with_stdio(false)` so that it has a buffer).
   * @param max_record_bytes records longer than this are reported and skipped.
   */
  CITYDIP_API explicit record_reader(std::istream& in, std::size_t max_record_bytes = default_max_record_bytes);

  /**
   * @brief Reads the next record into @p out.
   * @return false at the end of the input.
   */
  CITYDIP_API bool next(raw_record& out);

 private:
  enum class mode { start, lines, array, after_array, done };
  bool fill();
  bool get(char& c);

  std::istream& in_;
  std::size_t max_;
  std::string buffer_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  bool any_record_ = false;
  bool pending_bom_check_ = true;
  mode mode_ = mode::start;
  std::optional<char> first_;  // the first character of JSON Lines, already read
};

/**
 * @brief Writes the error record that stands in a batch's output for a bad
 *        record: `{"id": …, "line": N, "error": {"field": …, "message": …}}`,
 *        with `"errors"` listing every problem when there is more than one.
 *        `field` is the JSON path of the offending value, without the
 *        leading slash and with `.` between steps (`city.designations.0.since`).
 * @param out where to append (no newline is written).
 * @param line the record's line in the input.
 * @param id the record's `id`, when it could be read.
 * @param problems what is wrong; their lines are relative to the input.
 */
CITYDIP_API void write_error_record(std::string& out, std::size_t line, std::optional<std::string_view> id,
                                    const std::vector<diagnostic>& problems);

/**
 * @return the field a JSON path names, as error records and tables show it:
 *         without the leading slash, with `.` between steps
 *         (`/city/designations/0/since` → `city.designations.0.since`).
 */
CITYDIP_API std::string field_name(std::string_view json_pointer);

/**
 * @return the line of the input where @p problem is, for a record that
 *         starts at @p record_line (the problem's own line counts from 1 at
 *         the record's first line).
 */
CITYDIP_API std::size_t input_line(std::size_t record_line, const diagnostic& problem) noexcept;

/**
 * @return the string `id` of the JSON object in @p text, if it has one; used
 *         to label the error record of a record that failed to read.
 */
CITYDIP_API std::optional<std::string> record_id(std::string_view text);

CITYDIP_END_NAMESPACE

#endif
