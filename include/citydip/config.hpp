/**
 * @file config.hpp
 * @brief Build configuration of citydip: export macro and assertion hook.
 */
#ifndef CITYDIP_CONFIG_HPP
#define CITYDIP_CONFIG_HPP

/// @cond INTERNAL
#if defined(CITYDIP_SHARED)
#  if defined(CITYDIP_BUILDING)
#    define CITYDIP_API __attribute__((visibility("default")))
#  else
#    define CITYDIP_API
#  endif
#else
#  define CITYDIP_API
#endif
/// @endcond

#ifndef CITYDIP_ASSERT
#  include <cassert>
/**
 * @brief Checks a precondition of citydip's API.
 *
 * Define `CITYDIP_ASSERT(expr)` before including any citydip header to route
 * broken preconditions elsewhere (a logger, an exception, `std::terminate`).
 * By default it is `assert`, so it checks in debug builds only. Bad *input*
 * (a file, a JSON record) never reaches an assertion: it is reported as an
 * error value instead.
 */
#  define CITYDIP_ASSERT(expr) assert(expr)
#endif

#endif
