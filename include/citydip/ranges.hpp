/**
 * @file ranges.hpp
 * @brief range-v3 adaptors for batches of activities (opt-in: link
 *        `citydip::ranges`, which brings range-v3).
 *
 * Not included by `<citydip/citydip.hpp>`, so that the umbrella header stays
 * cheap.
 *
 * @par Example
 * @code
 * auto pending = records | citydip::views::decide_all(book)
 *                        | ranges::views::filter(citydip::views::is_pending);
 * @endcode
 */
#ifndef CITYDIP_RANGES_HPP
#define CITYDIP_RANGES_HPP

#include <citydip/config.hpp>

#include <citydip/decide/decide.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/io/activity_json.hpp>
#include <citydip/rules/rulebook.hpp>

#include <range/v3/view/transform.hpp>

CITYDIP_BEGIN_NAMESPACE
namespace views {

/**
 * @brief A decision with the record it decides.
 */
struct decided {
  const activity_record* record = nullptr;  ///< The record; it must outlive this value.
  decision what{};                          ///< The decision; it must not outlive the rulebook.
};

/**
 * @brief A range adaptor deciding each `activity_record` of a range under
 *        @p book, lazily: `records | decide_all(book)` is a range of `decided`.
 *        @p book must outlive the view.
 */
inline auto decide_all(const rulebook& book) {
  return ranges::views::transform([&book](const activity_record& r) {
    return decided{&r, citydip::decide(book, r.subject(), r.what)};
  });
}

/// A predicate: the decision waits for approvals or a mandate.
inline constexpr auto is_pending = [](const decided& d) noexcept { return d.what.outcome == outcome::pending; };

/// A predicate: the decision denies the activity.
inline constexpr auto is_denied = [](const decided& d) noexcept { return d.what.outcome == outcome::denied; };

}  // namespace views
CITYDIP_END_NAMESPACE

#endif
