/**
 * @file error.hpp
 * @brief Errors for bad input: where it is, and what was expected.
 */
#ifndef CITYDIP_ERROR_HPP
#define CITYDIP_ERROR_HPP

#include <citydip/config.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace citydip {

/**
 * @brief One problem found in an input: the file, line, column and JSON path
 *        where it is, and a message that says what was found and what was
 *        expected.
 */
struct diagnostic {
  std::string file{};         ///< The input's name; empty when it came from memory without one.
  std::size_t line = 0;     ///< 1-based line; 0 when not known (input built in C++).
  std::size_t column = 0;   ///< 1-based column in bytes; 0 when not known.
  std::string path{};         ///< JSON pointer of the offending value (`/rules/3/when/activity/0`); empty for the whole input.
  std::string message{};      ///< What is wrong and what was expected.

  /// @return `file:line:column: at path: message`, leaving out the parts not known.
  CITYDIP_API std::string to_string() const;
};

/**
 * @brief Every problem found in one input. Loading fails as a whole: an input
 *        with any problem yields no object at all.
 */
struct error {
  std::vector<diagnostic> diagnostics{};  ///< At least one.

  /// @return the diagnostics, one per line.
  CITYDIP_API std::string to_string() const;
};

/**
 * @brief The exception thrown by the throwing conveniences (`result::value()`).
 */
class exception : public std::runtime_error {
 public:
  /// Wraps @p e; `what()` is `e.to_string()`.
  CITYDIP_API explicit exception(citydip::error e);
  /// @return the wrapped error.
  const citydip::error& error() const noexcept { return error_; }

 private:
  citydip::error error_{};
};

/**
 * @brief A value or the error that says why there is none.
 *
 * `boost::system::result`: test it with `if (r)`, read `*r` or `r.value()`
 * (which throws `citydip::exception`), and `r.error()`.
 *
 * @note `r.error()` returns the error *by value*. Keep the copy before
 * referring into it: `const auto e = r.error(); const auto& d = e.diagnostics[0];`
 * (binding `r.error().diagnostics[0]` to a reference leaves it dangling).
 */
template <class T>
using result = boost::system::result<T, error>;

/// @cond INTERNAL
/// Called by `result::value()` on an error; found by argument-dependent lookup.
[[noreturn]] CITYDIP_API void throw_exception_from_error(const error& e, const boost::source_location& loc);
/// @endcond

}  // namespace citydip

#endif
