/**
 * @file config.hpp
 * @brief Build configuration of citydip: export macro, ABI namespace and
 *        assertion hook.
 */
#ifndef CITYDIP_CONFIG_HPP
#define CITYDIP_CONFIG_HPP

/// @cond INTERNAL
#if defined(CITYDIP_SHARED)
#if defined(CITYDIP_BUILDING)
#define CITYDIP_API __attribute__((visibility("default")))
#else
#define CITYDIP_API
#endif
#else
#define CITYDIP_API
#endif
/// @endcond

/**
 * @brief The inline namespace that versions citydip's ABI: `citydip::v0`.
 *
 * Every name is declared in `citydip::CITYDIP_ABI_NAMESPACE` and used as
 * `citydip::name`. The shared library's SOVERSION is the major version, and
 * this namespace follows it, so that a program built against one major
 * version fails to link against another instead of misbehaving at run time
 * (tests/base/version_test.cpp holds the two together).
 */
#define CITYDIP_ABI_NAMESPACE v0

/// @cond INTERNAL
// Opens and closes citydip's namespace and, inside it, the ABI namespace.
#define CITYDIP_BEGIN_NAMESPACE \
  namespace citydip {           \
  inline namespace CITYDIP_ABI_NAMESPACE {
#define CITYDIP_END_NAMESPACE \
  }                           \
  }
/// @endcond

#ifndef CITYDIP_ASSERT
#include <cassert>
/**
 * @brief Checks a precondition of citydip's API.
 *
 * Define `CITYDIP_ASSERT(expr)` before including any citydip header to route
 * broken preconditions elsewhere (a logger, an exception, `std::terminate`).
 * By default it is `assert`, so it checks in debug builds only. Bad *input*
 * (a file, a JSON record) never reaches an assertion: it is reported as an
 * error value instead.
 */
#define CITYDIP_ASSERT(expr) assert(expr)
#endif

#endif
