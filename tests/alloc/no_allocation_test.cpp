// Deciding an activity allocates nothing on the heap. This test replaces the
// global allocation functions, so it lives in an executable of its own.
#include <citydip/decide/decide.hpp>

#include <citydip/io/builtin.hpp>
#include <citydip/model/gazetteer.hpp>

#include <gtest/gtest.h>

#include "counting_new.hpp"

namespace {

using namespace citydip;
using citydip_test_support::allocations;

TEST(no_allocation_test, deciding_every_kind_for_every_city_allocates_nothing) {
  for (const char* name : {"status-quo-2016", "reform-proposal"}) {
    const auto book = *builtin_rulebook(name);  // loading allocates; deciding must not
    const auto cities = gazetteer();
    long decided = 0;
    const long before = allocations.load();
    for (const city& c : cities) {
      for (const auto& k : vocabulary<activity_kind>()) {
        for (bool flag : {false, true}) {
          const activity a{.kind = k.value,
                           .domain = issue_domain::economy_trade,
                           .counterpart = counterpart::foreign_national_government,
                           .touches_internal_affairs = flag,
                           .uses_regional_name = true,
                           .obtained = {body::mfa},
                           .date = date{2016, 1, 1}};
          const decision d = decide(book, c, a);
          const decision copy = d;  // a decided decision views its reasons: copying is free too
          decided += static_cast<long>(copy.reasons().size());
        }
      }
    }
    EXPECT_EQ(allocations.load() - before, 0) << name;
    EXPECT_GT(decided, 0);
  }
}

TEST(no_allocation_test, the_counter_sees_allocations) {
  const long before = allocations.load();
  auto* p = new int(7);
  EXPECT_EQ(allocations.load() - before, 1);
  delete p;
}

}  // namespace
