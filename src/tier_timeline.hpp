// Private: the tiers of the gazetteer's cities, computed once as a step
// function of the day, so that deciding for a gazetteer city reads its tier
// without walking its designation records.
#ifndef CITYDIP_SRC_TIER_TIMELINE_HPP
#define CITYDIP_SRC_TIER_TIMELINE_HPP

#include <citydip/model/city.hpp>

#include <array>
#include <cstdint>
#include <limits>

namespace citydip::detail {

// A city's tier changes only on the days where one of its records takes
// effect (`since.last_day()`) or stops (`until.first_day()`). `from` holds
// those days ascending, padded with the largest day; the tier on day x is
// `tier[number of entries of from that are <= x]`.
struct tier_timeline {
  static constexpr std::size_t max_changes = 8;
  std::array<std::int32_t, max_changes> from{};
  std::array<designation, max_changes + 1> tier{};

  designation at(std::int32_t day) const noexcept {
    std::size_t n = 0;
    for (std::int32_t f : from) n += static_cast<std::size_t>(f <= day);  // no branch: a fixed count of compares
    return tier[n];
  }
};

// The timeline of `c` if it is a city of the gazetteer with at most
// max_changes days of change; else null. (Exported for the tests of a shared build.)
CITYDIP_API const tier_timeline* gazetteer_timeline(const city& c) noexcept;

// The tier of `c` on `d`: city::tier_on, read from the timeline for a
// gazetteer city on a valid date.
inline designation tier_of(const city& c, date d) noexcept {
  if (const tier_timeline* t = gazetteer_timeline(c); t != nullptr && date::from_ymd(d.year, d.month, d.day)) {
    return t->at(d.days_since_epoch());
  }
  return c.tier_on(d);
}

}  // namespace citydip::detail

#endif
