// The decision's reason list: a view into the rulebook when decided, owned
// when built by hand; copies and moves keep it valid either way.
#include <citydip/decide/decide.hpp>
#include <citydip/io/builtin.hpp>
#include <citydip/model/gazetteer.hpp>

#include <gtest/gtest.h>

#include <utility>

namespace {

using namespace citydip;

decision decided(const rulebook& book) {
  return decide(book, *find_city("shenzhen"),
                {.kind = activity_kind::overseas_office, .domain = issue_domain::investment, .date = date{2016, 1, 1}});
}

TEST(decision_test, a_decided_decision_views_reasons_its_rulebook_holds_and_copies_share_them) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  const decision d = decided(book);
  ASSERT_FALSE(d.reasons().empty());
  const decision copy = d;
  EXPECT_EQ(copy.reasons().data(), d.reasons().data());
  EXPECT_EQ(copy, d);
  EXPECT_EQ(decided(book).reasons().data(), d.reasons().data()) << "the same cell, the same list";
}

TEST(decision_test, adding_a_reason_to_a_viewed_list_copies_it_first) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  const decision d = decided(book);
  decision more = d;
  more.add_reason({&book.fallback(), false});
  ASSERT_EQ(more.reasons().size(), d.reasons().size() + 1);
  EXPECT_NE(more.reasons().data(), d.reasons().data());
  for (std::size_t i = 0; i < d.reasons().size(); ++i) EXPECT_EQ(more.reasons()[i].rule, d.reasons()[i].rule);
  EXPECT_EQ(more.reasons().back().rule, &book.fallback());
  EXPECT_NE(more, d);
}

TEST(decision_test, an_owned_list_is_copied_by_a_copy_and_carried_by_a_move) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  decision owned;
  owned.add_reason({&book.rules()[0], true});
  owned.add_reason({&book.rules()[1], false});
  decision copy = owned;
  EXPECT_NE(copy.reasons().data(), owned.reasons().data());
  EXPECT_EQ(copy, owned);

  const auto* buffer = owned.reasons().data();
  decision moved = std::move(owned);
  EXPECT_EQ(moved.reasons().data(), buffer);
  EXPECT_EQ(moved, copy);
  EXPECT_TRUE(owned.reasons().empty());  // NOLINT(bugprone-use-after-move): the moved-from state is specified

  decision assigned = decided(book);
  assigned = copy;
  EXPECT_EQ(assigned, copy);
  EXPECT_NE(assigned.reasons().data(), copy.reasons().data());
  const decision& same = assigned;
  assigned = same;  // self-assignment keeps the list
  EXPECT_EQ(assigned, copy);
  assigned = decided(book);
  EXPECT_EQ(assigned, decided(book));
}

TEST(decision_test, clearing_and_referring_replace_the_list) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  decision d = decided(book);
  d.clear_reasons();
  EXPECT_TRUE(d.reasons().empty());
  const reason list[] = {{&book.fallback(), true}};
  d.refer_reasons(list);
  EXPECT_EQ(d.reasons().data(), list);
  EXPECT_EQ(d.reasons().size(), 1u);
}

}  // namespace
