// Deciding an activity allocates nothing on the heap. This test replaces the
// global allocation functions, so it lives in an executable of its own.
#include <citydip/decide/decide.hpp>

#include <citydip/gazetteer.hpp>
#include <citydip/rules/builtin.hpp>

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> allocations{0};
}

void* operator new(std::size_t n) {
  allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

using namespace citydip;

TEST(no_allocation_test, deciding_every_kind_for_every_city_allocates_nothing) {
  for (const char* name : {"status-quo-2016", "reform-proposal"}) {
    const auto book = *builtin_rulebook(name);  // loading allocates; deciding must not
    const auto cities = gazetteer();
    long decided = 0;
    const long before = allocations.load();
    for (const city& c : cities) {
      for (const auto& k : vocabulary<activity_kind>()) {
        for (bool flag : {false, true}) {
          const activity a{.kind = k.value, .domain = issue_domain::economy_trade,
                           .with = counterpart::foreign_national_government, .touches_internal_affairs = flag,
                           .uses_regional_name = true, .obtained = {body::mfa}, .on = date{2016, 1, 1}};
          const decision d = decide(book, c, a);
          decided += static_cast<long>(d.reasons().size());
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
