// One compiled rulebook, many threads: every thread gets the decisions a single
// thread gets. (Run under the tsan preset to check for data races.)
#include <citydip/decide/decide.hpp>

#include <citydip/gazetteer.hpp>
#include <citydip/rules/builtin.hpp>

#include <gtest/gtest.h>

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
        const activity a{.kind = k.value, .domain = issue_domain::economy_trade, .with = cp.value,
                         .uses_regional_name = true, .obtained = {body::mfa}, .on = date{2016, 1, 1}};
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

TEST(concurrency_test, first_use_of_a_builtin_rulebook_from_many_threads_compiles_it_once) {
  std::vector<const rule*> seen(8);
  std::vector<std::thread> threads;
  for (auto& s : seen) threads.emplace_back([&s] { s = &builtin_rulebook("reform-proposal")->rules()[0]; });
  for (auto& t : threads) t.join();
  for (const rule* r : seen) EXPECT_EQ(r, seen[0]);
}

}  // namespace
