// Test helper: every activity the exhaustive tests decide on one date, each
// kind x domain (or none) x counterpart (or none) x the 16 flag patterns.
// (The library's own enumeration is private: tests walk the same cells here.)
#ifndef CITYDIP_TESTS_SUPPORT_CELLS_HPP
#define CITYDIP_TESTS_SUPPORT_CELLS_HPP

#include <citydip/model/activity.hpp>
#include <citydip/model/vocabulary.hpp>

namespace citydip::test {

// Calls f(activity) for each of them, dated `on`.
template <class F>
void for_each_activity(date on, F&& f) {
  for (const auto& k : vocabulary<activity_kind>()) {
    for (int dom = -1; dom < static_cast<int>(enum_count<issue_domain>()); ++dom) {
      for (int cp = -1; cp < static_cast<int>(enum_count<counterpart>()); ++cp) {
        for (unsigned flags = 0; flags < 16; ++flags) {
          activity a{.kind = k.value,
                     .touches_internal_affairs = (flags & 1u) != 0,
                     .has_central_mandate = (flags & 2u) != 0,
                     .uses_regional_name = (flags & 4u) != 0,
                     .legally_binding = (flags & 8u) != 0,
                     .date = on};
          if (dom >= 0) a.domain = static_cast<issue_domain>(dom);
          if (cp >= 0) a.counterpart = static_cast<counterpart>(cp);
          f(a);
        }
      }
    }
  }
}

}  // namespace citydip::test

#endif
