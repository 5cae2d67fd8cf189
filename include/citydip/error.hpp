/**
 * @file error.hpp
 * @brief Errors for bad input: where it is, and what was expected.
 */
#ifndef CITYDIP_ERROR_HPP
#define CITYDIP_ERROR_HPP

#include <citydip/config.hpp>

#include <cstddef>
#include <new>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief One problem found in an input: the file, line, column and JSON path
 *        where it is, and a message that says what was found and what was
 *        expected.
 */
struct diagnostic {
  std::string file{};      ///< The input's name; empty when it came from memory without one.
  std::size_t line = 0;    ///< 1-based line; 0 when not known (input built in C++).
  std::size_t column = 0;  ///< 1-based column in bytes; 0 when not known.
  std::string path{};  ///< JSON pointer of the offending value (`/rules/3/when/activity/0`); empty for the whole input.
  std::string message{};  ///< What is wrong and what was expected.

  /// @return `file:line:column: at path: message`, leaving out the parts not known.
  CITYDIP_API std::string to_string() const;
  /**
   * @return the field `path` names, as error records and tables show it:
   *         without the leading slash, with `.` between steps
   *         (`/city/designations/0/since` → `city.designations.0.since`).
   */
  CITYDIP_API std::string field() const;
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

/// @cond INTERNAL
namespace detail {
/// Throws `citydip::exception(e)`; out of line, so that the header needs no
/// more than `<stdexcept>`.
[[noreturn]] CITYDIP_API void throw_error(const error& e);
/// The empty error that `result::error()` returns when there is a value.
CITYDIP_API const error& no_error() noexcept;
}  // namespace detail
/// @endcond

/**
 * @brief A value, or the error that says why there is none.
 *
 * What every loader and `rulebook::compile` return. Test it with `if (r)` or
 * `r.has_value()`; read the value with `*r`, `r->` (both require a value) or
 * `r.value()`, which throws `citydip::exception` when there is none; read the
 * error with `r.error()`.
 *
 * @code
 * auto book = citydip::load_rulebook(text, "mine.json");
 * if (!book) {
 *   std::cerr << book.error().to_string() << '\n';  // file:line:column: at /path: message
 *   return 2;
 * }
 * auto d = citydip::decide(*book, city, act);
 * @endcode
 *
 * Its interface is the part of `boost::system::result<T, citydip::error>`
 * (which it replaced, to keep Boost out of the public headers) that citydip's
 * users need, except that `error()` on an lvalue returns a reference, so
 * `const auto& d = r.error().diagnostics[0];` does not dangle while `r`
 * lives. `error()` on a result that holds a value returns an empty error, as
 * Boost's did.
 *
 * @tparam T the value's type; not a reference, not `citydip::error`.
 */
template <class T>
class [[nodiscard]] result {
  static_assert(!std::is_reference_v<T> && !std::is_same_v<std::remove_cv_t<T>, citydip::error>,
                "citydip::result holds a value type other than citydip::error");

 public:
  using value_type = T;               ///< The value's type.
  using error_type = citydip::error;  ///< The error's type.

  /// Holds @p v.
  result(const T& v) : has_value_(true) { ::new (static_cast<void*>(&value_)) T(v); }
  /// Holds @p v, moved.
  result(T&& v) noexcept(std::is_nothrow_move_constructible_v<T>) : has_value_(true) {
    ::new (static_cast<void*>(&value_)) T(std::move(v));
  }
  /// Holds the error @p e.
  result(citydip::error e) noexcept : has_value_(false) {
    ::new (static_cast<void*>(&error_)) citydip::error(std::move(e));
  }

  /// Copies what @p o holds.
  result(const result& o) : has_value_(o.has_value_) {
    if (has_value_)
      ::new (static_cast<void*>(&value_)) T(o.value_);
    else
      ::new (static_cast<void*>(&error_)) citydip::error(o.error_);
  }
  /// Moves what @p o holds; @p o keeps a moved-from value or error.
  result(result&& o) noexcept(std::is_nothrow_move_constructible_v<T>) : has_value_(o.has_value_) {
    if (has_value_)
      ::new (static_cast<void*>(&value_)) T(std::move(o.value_));
    else
      ::new (static_cast<void*>(&error_)) citydip::error(std::move(o.error_));
  }
  /// Holds a copy of what @p o holds.
  result& operator=(const result& o) {
    if (this != &o) assign(o);
    return *this;
  }
  /// Holds what @p o held, moved.
  result& operator=(result&& o) noexcept(
      std::is_nothrow_move_constructible_v<T>&& std::is_nothrow_move_assignable_v<T>) {
    if (this != &o) assign(std::move(o));
    return *this;
  }
  ~result() { destroy(); }

  /// @return whether there is a value.
  bool has_value() const noexcept { return has_value_; }
  /// @return whether there is an error.
  bool has_error() const noexcept { return !has_value_; }
  /// @return whether there is a value.
  explicit operator bool() const noexcept { return has_value_; }

  /// @return the value. @throws citydip::exception holding the error when there is none.
  T& value() & {
    if (!has_value_) detail::throw_error(error_);
    return value_;
  }
  /// @copydoc value()
  const T& value() const& {
    if (!has_value_) detail::throw_error(error_);
    return value_;
  }
  /// @return the value, moved out. @throws citydip::exception holding the error when there is none.
  T value() && {
    if (!has_value_) detail::throw_error(error_);
    return std::move(value_);
  }

  /// @return the value. @pre `has_value()`.
  T& operator*() & noexcept {
    CITYDIP_ASSERT(has_value_);
    return value_;
  }
  /// @copydoc operator*()
  const T& operator*() const& noexcept {
    CITYDIP_ASSERT(has_value_);
    return value_;
  }
  /// @return the value, moved out. @pre `has_value()`.
  T operator*() && {
    CITYDIP_ASSERT(has_value_);
    return std::move(value_);
  }
  /// @return the value's address. @pre `has_value()`.
  T* operator->() noexcept {
    CITYDIP_ASSERT(has_value_);
    return &value_;
  }
  /// @copydoc operator->()
  const T* operator->() const noexcept {
    CITYDIP_ASSERT(has_value_);
    return &value_;
  }

  /// @return the error; an empty one when there is a value.
  const citydip::error& error() const& noexcept { return has_value_ ? detail::no_error() : error_; }
  /// @return the error, moved out; an empty one when there is a value.
  citydip::error error() && { return has_value_ ? citydip::error{} : std::move(error_); }

 private:
  void destroy() noexcept {
    if (has_value_)
      value_.~T();
    else
      error_.~error_type();
  }
  template <class R>
  void assign(R&& o) {
    if (has_value_ && o.has_value_) {
      value_ = std::forward<R>(o).value_;
    } else if (!has_value_ && !o.has_value_) {
      error_ = std::forward<R>(o).error_;
    } else {
      // Destroy, then build the other alternative. If building throws, this
      // holds an empty error (the basic guarantee).
      destroy();
      has_value_ = o.has_value_;
      try {
        if (has_value_)
          ::new (static_cast<void*>(&value_)) T(std::forward<R>(o).value_);
        else
          ::new (static_cast<void*>(&error_)) citydip::error(std::forward<R>(o).error_);
      } catch (...) {
        has_value_ = false;
        ::new (static_cast<void*>(&error_)) citydip::error();
        throw;
      }
    }
  }

  union {
    T value_;
    citydip::error error_;
  };
  bool has_value_;
};

CITYDIP_END_NAMESPACE

#endif
