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
  std::size_t line = 0;                  ///< 1-based line where the record starts.
  std::string text{};                    ///< The record's JSON text (empty when `problem` is set).
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
 * @brief A record of a batch that could not be framed or read: what stands
 *        in its place in the output.
 */
struct bad_record {
  std::size_t line = 0;                ///< The input line it is reported at: its first problem's, or where it starts.
  std::optional<std::string> id{};     ///< The record's `id`, when its text has one that can be read.
  std::vector<diagnostic> problems{};  ///< At least one; each placed at its line of the input (not of the record).

  /**
   * @brief The bad record for @p rec, with the @p problems its reader found
   *        (lines counted from the record's first line, as every reader
   *        counts them), or, when @p problems is empty, the framing problem
   *        `rec.problem`.
   * @pre @p problems is not empty, or `rec.problem` is set.
   */
  CITYDIP_API static bad_record of(const raw_record& rec, std::vector<diagnostic> problems = {});
};

/**
 * @brief Appends the error record that stands in a batch's output for @p r:
 *        `{"id": …, "line": N, "error": {"field": …, "message": …}}`, with
 *        `"errors"` listing every problem when there is more than one.
 *        `field` is `diagnostic::field()`, and `id` is `null` when unknown.
 *        No newline is written.
 */
CITYDIP_API void write_bad_record(std::string& out, const bad_record& r);

CITYDIP_END_NAMESPACE

#endif
