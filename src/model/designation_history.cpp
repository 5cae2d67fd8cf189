#include <citydip/model/designation_history.hpp>

#include <algorithm>

CITYDIP_BEGIN_NAMESPACE

void designation_history::rebuild() {
  reset_timeline();
  // The days the tier can change: where a record takes effect or stops.
  std::vector<date> changes;
  changes.reserve(records_.size() * 2);
  for (const auto& r : records_) {
    if (r.since) changes.push_back(r.since->last_day());
    if (r.until) changes.push_back(r.until->first_day());
  }
  std::sort(changes.begin(), changes.end());
  changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
  if (changes.size() > max_timeline_changes) {
    timed_ = false;
    return;
  }
  // Between two days of change every record is in force throughout or not at
  // all, so a stretch's tier is the tier on its first day. The stretch before
  // the first change is read on the earliest valid date (the timeline serves
  // valid dates only).
  tier_[0] = citydip::tier_on(records_, date{1, 1, 1});
  for (std::size_t i = 0; i < changes.size(); ++i) {
    from_[i] = changes[i].days_since_epoch();
    tier_[i + 1] = citydip::tier_on(records_, changes[i]);
  }
}

CITYDIP_END_NAMESPACE
