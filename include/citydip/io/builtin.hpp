/**
 * @file builtin.hpp
 * @brief The rulebooks that ship inside the library.
 */
#ifndef CITYDIP_IO_BUILTIN_HPP
#define CITYDIP_IO_BUILTIN_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/model/date.hpp>
#include <citydip/rules/rulebook.hpp>

#include <optional>
#include <span>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A rulebook compiled into the library.
 */
struct builtin_rulebook_info {
  std::string_view name{};   ///< `status-quo-2016` or `reform-proposal`.
  std::string_view json{};   ///< Its text in the rulebook JSON format.
  std::string_view as_of{};  ///< The date of the practice or proposal it describes (`YYYY-MM-DD`), or empty.
};

/**
 * @return the built-in rulebooks:
 * - `status-quo-2016`: practice as the paper describes it (Z-1, Z-2);
 * - `reform-proposal`: the paper's five priorities (Z-4): powers graded by
 *   status in law, negative-list management with MFA special commissioners,
 *   CPAFFC/CIFCA coordination.
 */
CITYDIP_API std::span<const builtin_rulebook_info> builtin_rulebooks() noexcept;

/**
 * @brief The built-in rulebook named @p name, loaded from its JSON text
 *        through the same loader as users' files. Every built-in rulebook is
 *        compiled once, on the first call; later calls return handles to the
 *        same shared rulebooks. Thread-safe.
 * @return the rulebook, or std::nullopt when no built-in rulebook has that name.
 * @throws citydip::exception if a built-in rulebook fails to load (a defect of
 *         the library's own data, which its test suite rules out).
 */
CITYDIP_API std::optional<rulebook> builtin_rulebook(std::string_view name);

CITYDIP_END_NAMESPACE

#endif
