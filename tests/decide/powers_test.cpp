#include <citydip/decide/powers.hpp>

#include <citydip/decide/decide.hpp>
#include <citydip/io/builtin.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/rules/rule.hpp>

#include <gtest/gtest.h>

namespace {

using namespace citydip;

TEST(powers_test, lists_every_activity_kind_with_its_decision) {
  const auto book = *builtin_rulebook("status-quo-2016");
  const city& shenzhen = *find_city("shenzhen");
  const date on{2016, 1, 1};
  const auto all = powers(book, shenzhen, on);
  ASSERT_EQ(all.size(), enum_count<activity_kind>());
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(all[i].kind, static_cast<activity_kind>(i));
    EXPECT_EQ(all[i].what, decide(book, shenzhen, {.kind = all[i].kind, .date = on}));
    EXPECT_EQ(all[i].what.tier, designation::sub_provincial_city);
  }
  EXPECT_EQ(all[static_cast<std::size_t>(activity_kind::host_mega_event)].what.verdict, verdict::central_mandate);
  EXPECT_EQ(all[static_cast<std::size_t>(activity_kind::trade_fair)].what.verdict, verdict::autonomous);
}

TEST(powers_test, a_higher_tier_has_at_least_the_powers_of_a_lower_one) {
  for (const char* name : {"status-quo-2016", "reform-proposal"}) {
    const auto book = *builtin_rulebook(name);
    const auto low = powers(book, *find_city("wenzhou"), {2016, 1, 1});   // coastal open city
    const auto high = powers(book, *find_city("beijing"), {2016, 1, 1});  // municipality
    for (std::size_t i = 0; i < low.size(); ++i)
      EXPECT_LE(high[i].what.verdict, low[i].what.verdict) << name << " " << i;
  }
}

}  // namespace
