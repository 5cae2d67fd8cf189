// Replaces the global allocation functions with ones that count every heap
// allocation in `citydip_test_support::allocations`. Include it in exactly
// one translation unit of a program: the no-allocation test and the
// benchmarks, which prove that deciding allocates nothing.
#ifndef CITYDIP_TESTS_ALLOC_COUNTING_NEW_HPP
#define CITYDIP_TESTS_ALLOC_COUNTING_NEW_HPP

#include <atomic>
#include <cstdlib>
#include <new>

namespace citydip_test_support {
inline std::atomic<long> allocations{0};
}

// GCC 12 at -O3 inlines these into callers and then mistakes the malloc/free
// pairing they implement for a mismatch (a false -Wmismatched-new-delete).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void* operator new(std::size_t n) {
  citydip_test_support::allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#endif
