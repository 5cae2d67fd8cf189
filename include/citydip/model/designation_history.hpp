/**
 * @file designation_history.hpp
 * @brief A city's designations over time, and its tier on any day.
 */
#ifndef CITYDIP_MODEL_DESIGNATION_HISTORY_HPP
#define CITYDIP_MODEL_DESIGNATION_HISTORY_HPP

#include <citydip/config.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief Every designation a city holds or held (Z-2.2-6), with the tier
 *        they give it on each day.
 *
 * A sequence of `designation_record`s that reads like a `const std::vector`
 * and changes only through its own members, so that it can keep, beside the
 * records, the tier as a step function of the day: the days on which the
 * tier can change (where a record takes effect or stops) and the tier on
 * each stretch between them. `tier_on` then reads the tier with a fixed
 * number of compares instead of walking the records, which is what makes
 * deciding for a city cheap. Records that change the tier on more than
 * `max_timeline_changes` days are walked instead; both give the same answer.
 *
 * @par Example
 * @code
 * citydip::designation_history h{
 *     {citydip::designation::coastal_open_city, citydip::partial_date::parse("1984-05-04")}};
 * h.push_back({citydip::designation::sub_provincial_city, citydip::partial_date::parse("1994")});
 * assert(h.tier_on({2000, 1, 1}) == citydip::designation::sub_provincial_city);
 * @endcode
 */
class designation_history {
 public:
  using value_type = designation_record;                                   ///< The element type.
  using const_iterator = std::vector<designation_record>::const_iterator;  ///< Iterates the records.
  using iterator = const_iterator;                                         ///< Records are read-only in place.
  using size_type = std::size_t;                                           ///< Counts records.

  /// The most days of change the timeline holds; more are walked instead.
  static constexpr std::size_t max_timeline_changes = 8;

  /// No designation: a small or medium city on every day.
  designation_history() noexcept { reset_timeline(); }
  /// Copies @p other's records and timeline.
  designation_history(const designation_history& other) = default;
  /// Takes @p other's records; @p other is left empty.
  designation_history(designation_history&& other) noexcept
      : records_(std::move(other.records_)), from_(other.from_), tier_(other.tier_), timed_(other.timed_) {
    other.clear();
  }
  /// Copies @p other's records and timeline.
  designation_history& operator=(const designation_history& other) = default;
  /// Takes @p other's records; @p other is left empty.
  designation_history& operator=(designation_history&& other) noexcept {
    if (this != &other) {
      records_ = std::move(other.records_);
      from_ = other.from_;
      tier_ = other.tier_;
      timed_ = other.timed_;
      other.clear();
    }
    return *this;
  }
  ~designation_history() = default;
  /// The records @p records, in the order given.
  designation_history(std::initializer_list<designation_record> records) : records_(records) { rebuild(); }
  /// The records @p records, in the order given.
  explicit designation_history(std::vector<designation_record> records) : records_(std::move(records)) { rebuild(); }

  /// @name Reading, as a `const std::vector<designation_record>`
  /// @{
  const_iterator begin() const noexcept { return records_.begin(); }  ///< The first record.
  const_iterator end() const noexcept { return records_.end(); }      ///< Past the last record.
  std::size_t size() const noexcept { return records_.size(); }       ///< How many records.
  bool empty() const noexcept { return records_.empty(); }            ///< Whether there is none.
  /// @pre `i < size()`.
  const designation_record& operator[](std::size_t i) const noexcept { return records_[i]; }
  /// @pre `!empty()`.
  const designation_record& front() const noexcept { return records_.front(); }
  /// @pre `!empty()`.
  const designation_record& back() const noexcept { return records_.back(); }
  /// @return the records as a span.
  std::span<const designation_record> records() const noexcept { return records_; }
  /// @}

  /// @name Changing (each recomputes the timeline)
  /// @{

  /// Appends @p r.
  void push_back(designation_record r) {
    records_.push_back(std::move(r));
    rebuild();
  }
  /// Replaces every record with @p records.
  void assign(std::vector<designation_record> records) {
    records_ = std::move(records);
    rebuild();
  }
  /// Removes the record at @p i. @pre `i < size()`.
  void erase(std::size_t i) {
    records_.erase(records_.begin() + static_cast<std::ptrdiff_t>(i));
    rebuild();
  }
  /// Removes every record.
  void clear() noexcept {
    records_.clear();
    reset_timeline();
  }
  /// @}

  /**
   * @return the tier on @p d: the highest designation in force, or
   *         `small_medium_city` when none is (Z-2.2-6); the same as
   *         `citydip::tier_on(records(), d)`.
   */
  designation tier_on(date d) const noexcept { return tier_on(d, d.days_since_epoch()); }
  /// `tier_on(d)` for a caller that has @p d's day number already (`d.days_since_epoch()`).
  designation tier_on(date d, std::int32_t day) const noexcept {
    if (timed_ && date::from_ymd(d.year, d.month, d.day)) {
      std::size_t n = 0;
      for (std::int32_t f : from_) n += static_cast<std::size_t>(f <= day);  // a fixed count of compares, no branch
      return tier_[n];
    }
    return citydip::tier_on(records_, d);
  }
  /// @return the designations in force on @p d.
  designation_set designations_on(date d) const noexcept { return citydip::designations_on(records_, d); }

  /// Equal when the records are, in the same order.
  friend bool operator==(const designation_history& a, const designation_history& b) noexcept {
    return a.records_ == b.records_;
  }

 private:
  CITYDIP_API void rebuild();
  void reset_timeline() noexcept {
    from_.fill(INT32_MAX);
    tier_.fill(designation::small_medium_city);
    timed_ = true;
  }

  std::vector<designation_record> records_{};
  // The days (since the epoch) on which the tier changes, ascending, padded
  // with the largest day; the tier on day x is tier_[number of from_ <= x].
  std::array<std::int32_t, max_timeline_changes> from_{};
  std::array<designation, max_timeline_changes + 1> tier_{};
  bool timed_ = true;  // false: more changes than the timeline holds, walk the records
};

CITYDIP_END_NAMESPACE

#endif
