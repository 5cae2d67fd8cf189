// One compiled rulebook, many threads: every thread gets the decisions a single
// thread gets. (Run under the tsan preset to check for data races.)
#include <citydip/decide/decide.hpp>

#include <citydip/io/builtin.hpp>
#include <citydip/model/gazetteer.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <thread>
#include <vector>

namespace {

using namespace citydip;

struct summary {
  verdict v;
  body_set bodies;
  outcome o;
  const rule* first_reason;
  friend bool operator==(const summary&, const summary&) = default;
};

std::vector<summary> decide_all(const rulebook& book) {
  std::vector<summary> out;
  for (const city& c : gazetteer()) {
    for (const auto& k : vocabulary<activity_kind>()) {
      for (const auto& cp : vocabulary<counterpart>()) {
        const activity a{.kind = k.value,
                         .domain = issue_domain::economy_trade,
                         .counterpart = cp.value,
                         .uses_regional_name = true,
                         .obtained = {body::mfa},
                         .date = date{2016, 1, 1}};
        const decision d = decide(book, c, a);
        out.push_back({d.verdict, d.bodies, d.outcome, d.reasons().front().rule});
      }
    }
  }
  return out;
}

TEST(concurrency_test, threads_sharing_one_rulebook_agree_with_one_thread) {
  for (const char* name : {"status-quo-2016", "reform-proposal"}) {
    const auto book = *builtin_rulebook(name);
    const auto expected = decide_all(book);
    std::vector<std::vector<summary>> results(4);
    std::vector<std::thread> threads;
    for (auto& r : results) threads.emplace_back([&book, &r] { r = decide_all(book); });
    for (auto& t : threads) t.join();
    for (const auto& r : results) EXPECT_EQ(r, expected) << name;
  }
}

TEST(concurrency_test, copies_of_one_rulebook_made_and_dropped_in_many_threads_share_it_safely) {
  // The rulebook handle counts references; the last copy, in whichever thread,
  // frees the compiled state. TSan checks the count, ASan the freeing.
  const activity trade_fair{.kind = activity_kind::trade_fair, .date = date{2016, 1, 1}};
  const city& beijing = gazetteer()[0];
  std::vector<std::uint64_t> verdicts(4);
  std::uint64_t expected = 0;
  {
    // Compiled afresh, so that no cache holds a reference: the last one dies in a thread.
    auto original = rulebook::compile(builtin_rulebook("status-quo-2016")->source());
    ASSERT_TRUE(original);
    expected = 1000 * static_cast<std::uint64_t>(decide(*original, beijing, trade_fair).verdict);
    std::vector<rulebook> copies(4, *original);
    original = citydip::error{};
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < copies.size(); ++t) {
      threads.emplace_back([&copies, &verdicts, &beijing, &trade_fair, t] {
        rulebook mine = std::move(copies[t]);
        for (int i = 0; i < 1000; ++i) {
          const rulebook again = mine;  // copied and dropped, over and over
          verdicts[t] += static_cast<std::uint64_t>(decide(again, beijing, trade_fair).verdict);
        }
      });
    }
    for (auto& t : threads) t.join();
  }
  for (std::uint64_t v : verdicts) EXPECT_EQ(v, expected);
}

TEST(concurrency_test, first_use_of_a_builtin_rulebook_from_many_threads_compiles_it_once) {
  std::vector<const rule*> seen(8);
  std::vector<std::thread> threads;
  for (auto& s : seen) threads.emplace_back([&s] { s = &builtin_rulebook("reform-proposal")->rules()[0]; });
  for (auto& t : threads) t.join();
  for (const rule* r : seen) EXPECT_EQ(r, seen[0]);
}

}  // namespace

namespace {

// The i-th of a million activities: every kind, counterpart, domain, flag
// pattern and gazetteer city in turn.
std::pair<const city*, activity> nth_activity(std::size_t i) {
  const auto cities = gazetteer();
  activity a{
      .kind = static_cast<activity_kind>(i % 25),
      .touches_internal_affairs = (i / 25) % 7 == 0,
      .has_central_mandate = (i / 25) % 5 == 0,
      .uses_regional_name = (i / 25) % 3 == 0,
      .legally_binding = (i / 25) % 2 == 0,
      .obtained = body_set::from_mask(static_cast<body_set::mask_type>(i * 2654435761u) & body_set::all().mask()),
      .date = date{2016, 1, 1}};
  if (i % 19 != 18) a.domain = static_cast<issue_domain>(i % 19 % 18);
  if (i % 11 != 10) a.counterpart = static_cast<counterpart>(i % 11 % 10);
  return {&cities[(i / 7) % cities.size()], a};
}

std::uint64_t fingerprint(const decision& d) {
  std::uint64_t f = static_cast<std::uint64_t>(d.verdict) | static_cast<std::uint64_t>(d.outcome) << 4 |
                    static_cast<std::uint64_t>(d.bodies.mask()) << 8 |
                    static_cast<std::uint64_t>(d.missing.mask()) << 28;
  for (const reason& r : d.reasons()) f = f * 31 + reinterpret_cast<std::uintptr_t>(r.rule) + r.deciding;
  return f;
}

TEST(concurrency_test, eight_threads_decide_a_million_activities_as_one_thread_does) {
  constexpr std::size_t count = 1'000'000;
  const auto book = *builtin_rulebook("status-quo-2016");
  std::vector<std::uint64_t> expected(count);
  for (std::size_t i = 0; i < count; ++i) {
    const auto [c, a] = nth_activity(i);
    expected[i] = fingerprint(decide(book, *c, a));
  }
  std::vector<std::size_t> mismatches(8);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t i = t; i < count; i += 8) {
        const auto [c, a] = nth_activity(i);
        if (fingerprint(decide(book, *c, a)) != expected[i]) ++mismatches[t];
      }
    });
  }
  for (auto& t : threads) t.join();
  for (std::size_t m : mismatches) EXPECT_EQ(m, 0u);
}

}  // namespace
