// citydip::result: a value or the error that says why there is none.
#include <citydip/error.hpp>

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

using citydip::diagnostic;
using citydip::error;
using citydip::result;

error problem(std::string message) {
  return error{{diagnostic{.file = "in.json", .line = 3, .message = std::move(message)}}};
}

TEST(result_test, holds_a_value) {
  result<std::string> r = std::string("beijing");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r.has_value());
  EXPECT_FALSE(r.has_error());
  EXPECT_EQ(*r, "beijing");
  EXPECT_EQ(r->size(), 7u);
  EXPECT_EQ(r.value(), "beijing");
  EXPECT_TRUE(r.error().diagnostics.empty());  // as boost::system::result did
  r->append("!");
  EXPECT_EQ(std::as_const(r).value(), "beijing!");
}

TEST(result_test, holds_an_error_and_value_throws_it) {
  const result<std::string> r = problem("expected a string");
  ASSERT_FALSE(r);
  EXPECT_TRUE(r.has_error());
  ASSERT_EQ(r.error().diagnostics.size(), 1u);
  const auto& d = r.error().diagnostics[0];  // a reference into r, which lives
  EXPECT_EQ(d.message, "expected a string");
  try {
    (void)r.value();
    FAIL() << "value() returned without a value";
  } catch (const citydip::exception& e) {
    EXPECT_EQ(std::string(e.what()), "in.json:3: expected a string");
    ASSERT_EQ(e.error().diagnostics.size(), 1u);
  }
  EXPECT_THROW((void)result<int>(problem("x")).value(), citydip::exception);
}

TEST(result_test, rvalues_give_their_contents_by_value) {
  auto make = [] { return result<std::vector<int>>(std::vector<int>{1, 2, 3}); };
  const std::vector<int> v = make().value();
  EXPECT_EQ(v, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(*make(), v);
  const error e = result<int>(problem("gone")).error();
  EXPECT_EQ(e.diagnostics.at(0).message, "gone");
  EXPECT_TRUE(result<int>(4).error().diagnostics.empty());
}

TEST(result_test, copies_and_moves_between_a_value_and_an_error) {
  result<std::string> v = std::string(40, 'v');  // long enough to live on the heap
  result<std::string> e = problem("bad");
  result<std::string> v2 = v;
  result<std::string> e2 = e;
  EXPECT_EQ(*v2, *v);
  EXPECT_EQ(e2.error().diagnostics.at(0).message, "bad");

  v2 = e;  // value <- error
  ASSERT_FALSE(v2);
  EXPECT_EQ(v2.error().diagnostics.at(0).message, "bad");
  e2 = v;  // error <- value
  ASSERT_TRUE(e2);
  EXPECT_EQ(*e2, std::string(40, 'v'));
  e2 = result<std::string>(std::string("x"));  // value <- value, moved
  EXPECT_EQ(*e2, "x");
  v2 = result<std::string>(problem("worse"));  // error <- error, moved
  EXPECT_EQ(v2.error().diagnostics.at(0).message, "worse");

  auto& self = v;
  v = self;  // self-assignment keeps the value
  EXPECT_EQ(*v, std::string(40, 'v'));
  result<std::string> moved = std::move(v);
  EXPECT_EQ(*moved, std::string(40, 'v'));
  result<std::string> moved_error = std::move(e);
  EXPECT_EQ(moved_error.error().diagnostics.at(0).message, "bad");
}

// A value whose copy can fail: assignment that fails leaves an empty error
// (the basic guarantee), never a half-built value.
struct fragile {
  static inline bool fail = false;
  int n = 0;
  explicit fragile(int k) : n(k) {}
  fragile(const fragile& o) : n(o.n) {
    if (fail) throw std::runtime_error("copy failed");
  }
  fragile& operator=(const fragile&) = default;
};

TEST(result_test, a_failed_assignment_leaves_an_empty_error) {
  const result<fragile> v = fragile(7);
  result<fragile> target = problem("before");
  fragile::fail = true;
  EXPECT_THROW(target = v, std::runtime_error);
  fragile::fail = false;
  ASSERT_FALSE(target);
  EXPECT_TRUE(target.error().diagnostics.empty());
  target = v;
  ASSERT_TRUE(target);
  EXPECT_EQ(target->n, 7);
}

}  // namespace
