// What would it take, checked by brute force over the finite neighbourhood
// of each activity: every remedy works and is minimal, and every set of
// changes that works contains a remedy, so that no remedy is missed (and
// none is missed when none is returned).
#include <citydip/citydip.hpp>

#include <gtest/gtest.h>

#include "generated_rulebooks.hpp"

#include <random>
#include <set>

namespace citydip {
namespace {

// The cities tried: gazetteer cities with long and short histories, a SAR, a
// city with no designation, and one whose designations start and stop.
std::vector<city> test_cities() {
  std::vector<city> out{*find_city("beijing"), *find_city("shenzhen"), *find_city("hong_kong"), *find_city("chengdu")};
  city yiwu;
  yiwu.id = "yiwu";
  yiwu.name_en = "Yiwu";
  out.push_back(yiwu);
  city riser;
  riser.id = "riser";
  riser.name_en = "Riser";
  riser.designations.push_back({designation::coastal_open_city, partial_date::parse("2012-03-01"), std::nullopt, ""});
  riser.designations.push_back(
      {designation::sub_provincial_city, partial_date::parse("2015-01-01"), partial_date::parse("2018-01-01"), ""});
  out.push_back(riser);
  return out;
}

// The days a brute force tries: every day a rule or designation starts or
// stops, the days either side, and days far before and after.
std::vector<date> test_dates(std::span<const rulebook> books, const city& c) {
  std::set<std::int32_t> days{date{1900, 1, 1}.days_since_epoch(), date{2016, 6, 1}.days_since_epoch(),
                              date{2040, 1, 1}.days_since_epoch()};
  const auto add = [&](std::optional<date> d) {
    if (!d) return;
    for (int delta : {-1, 0, 1}) days.insert(d->days_since_epoch() + delta);
  };
  for (const rulebook& b : books) {
    for (const rule& r : b.rules()) {
      add(r.when.from);
      add(r.when.until);
    }
  }
  for (const auto& r : c.designations) {
    if (r.since) add(r.since->last_day());
    if (r.until) add(r.until->first_day());
  }
  std::vector<date> out;
  out.reserve(days.size());
  for (std::int32_t d : days) out.push_back(*date::from_days_since_epoch(d));
  return out;
}

// Every change of each allowed family that the neighbourhood holds, as
// independent axes (one change from each at most; a flag each its own axis).
std::vector<std::vector<change>> brute_axes(const activity& a, const city& c, std::span<const rulebook> others,
                                            std::span<const date> dates, change_families allow) {
  std::vector<std::vector<change>> axes;
  if (allow.contains(change_family::rulebook) && !others.empty()) {
    std::vector<change> ax;
    for (const rulebook& b : others) ax.push_back(change::under(b.name()));
    axes.push_back(ax);
  }
  if (allow.contains(change_family::date)) {
    std::vector<change> ax;
    for (date d : dates) ax.push_back(change::during({d, d}));
    axes.push_back(ax);
  }
  if (allow.contains(change_family::standing)) {
    std::vector<change> ax;
    for (designation d : designation_set::all()) ax.push_back(change::raising_to(d));  // apply_changes refuses lowering
    axes.push_back(ax);
  }
  if (allow.contains(change_family::proposal)) {
    for (activity_flag f :
         {activity_flag::touches_internal_affairs, activity_flag::uses_regional_name, activity_flag::legally_binding}) {
      if (a.flag(f)) axes.push_back({change::dropping(f)});
    }
    std::vector<change> doms, cps;
    for (const auto& row : vocabulary<issue_domain>()) doms.push_back(change::about(row.value));
    for (const auto& row : vocabulary<counterpart>()) cps.push_back(change::with(row.value));
    axes.push_back(doms);
    axes.push_back(cps);
  }
  if (allow.contains(change_family::approvals) && !a.has_central_mandate) axes.push_back({change::mandating()});
  (void)c;
  return axes;
}

void for_each_combination(const std::vector<std::vector<change>>& axes, std::size_t at_most,
                          const std::function<void(const std::vector<change>&)>& f) {
  std::vector<change> current;
  std::function<void(std::size_t)> walk = [&](std::size_t next) {
    if (next == axes.size()) {
      f(current);
      return;
    }
    walk(next + 1);
    if (current.size() >= at_most) return;
    for (const change& v : axes[next]) {
      current.push_back(v);
      walk(next + 1);
      current.pop_back();
    }
  };
  walk(0);
}

// x of a remedy is met by y of a working set of changes.
bool met_by(const change& x, const change& y) {
  if (x.kind != y.kind) return false;
  if (x.kind == change_kind::tier) return x.tier <= y.tier;
  if (x.kind == change_kind::date) return y.dates.from && x.dates.contains(*y.dates.from);
  return x == y;
}

// How much the checks saw: a property that checked nothing proves nothing.
struct counts {
  std::size_t checked_remedies = 0, checked_empty = 0, checked_sets = 0;
};

struct checker : counts {
  checker(const rulebook& b, std::span<const rulebook> o, const city& where) : book(b), others(o), c(where) {}
  const rulebook& book;
  std::span<const rulebook> others;
  const city& c;

  decision decide_with(const activity& a, std::span<const change> changes, bool* valid = nullptr) const {
    const applied_changes ap = apply_changes(book, others, c, a, changes);
    if (valid) *valid = ap.valid;
    return decide(*ap.book, ap.tier, c.id, ap.what);
  }

  // Every remedy reaches its decision, and no smaller set does.
  void remedies_work_and_are_minimal(const activity& a, const std::vector<remedy>& list, bool lifting,
                                     const std::string& where) {
    for (const remedy& r : list) {
      ++checked_remedies;
      bool valid = false;
      const decision d = decide_with(a, r.changes, &valid);
      ASSERT_TRUE(valid) << where;
      EXPECT_EQ(d, r.what) << where;
      if (lifting) {
        EXPECT_NE(d.verdict, verdict::prohibited) << where;
      } else {
        EXPECT_EQ(d.outcome, outcome::allowed) << where;
      }
      const std::size_t n = r.changes.size();
      ASSERT_LT(n, 20u);
      for (std::uint32_t mask = 0; mask + 1 < (1u << n); ++mask) {
        std::vector<change> subset;
        for (std::size_t i = 0; i < n; ++i) {
          if ((mask >> i) & 1u) subset.push_back(r.changes[i]);
        }
        bool ok = false;
        const decision s = decide_with(a, subset, &ok);
        if (!ok) continue;
        if (lifting) {
          EXPECT_EQ(s.verdict, verdict::prohibited) << where << ": a subset lifts it too";
        } else {
          EXPECT_NE(s.outcome, outcome::allowed) << where << ": a subset of " << n << " changes suffices";
        }
      }
      // The lowest tier that suffices: no lower raise does.
      for (std::size_t i = 0; i < n; ++i) {
        if (r.changes[i].kind != change_kind::tier) continue;
        for (designation lower : designation_set::all()) {
          if (lower >= r.changes[i].tier) continue;
          std::vector<change> swapped = r.changes;
          swapped[i].tier = lower;
          bool ok = false;
          const decision s = decide_with(a, swapped, &ok);
          if (ok && !lifting) {
            EXPECT_NE(s.outcome, outcome::allowed) << where << ": a lower tier suffices";
          }
        }
      }
    }
  }

  // Every working set of changes within the limit contains a remedy.
  void no_remedy_is_missed(const activity& a, const what_if_options& o, const std::vector<remedy>& list,
                           std::span<const date> dates, const std::string& where) {
    if (list.empty()) ++checked_empty;
    const auto axes = brute_axes(a, c, others, dates, o.allow);
    for_each_combination(axes, o.max_changes, [&](const std::vector<change>& combo) {
      std::vector<change> with_all = combo;
      if (o.allow.contains(change_family::approvals)) {
        for (const auto& row : vocabulary<body>()) with_all.push_back(change::obtaining(row.value));
      }
      bool valid = false;
      const decision d = decide_with(a, with_all, &valid);
      if (!valid || d.outcome != outcome::allowed) return;
      ++checked_sets;
      const bool covered = std::any_of(list.begin(), list.end(), [&](const remedy& r) {
        return std::all_of(r.changes.begin(), r.changes.end(), [&](const change& x) {
          if (x.kind == change_kind::obtain) return true;
          return std::any_of(combo.begin(), combo.end(), [&](const change& y) { return met_by(x, y); });
        });
      });
      EXPECT_TRUE(covered) << where << ": a working set of " << combo.size() << " changes contains no remedy";
    });
  }
};

activity random_activity(std::mt19937& rng, std::span<const date> dates) {
  activity a;
  a.kind = static_cast<activity_kind>(rng() % enum_count<activity_kind>());
  if (rng() % 4 != 0) a.domain = static_cast<issue_domain>(rng() % enum_count<issue_domain>());
  if (rng() % 4 != 0) a.counterpart = static_cast<counterpart>(rng() % enum_count<counterpart>());
  a.touches_internal_affairs = rng() % 5 == 0;
  a.has_central_mandate = rng() % 6 == 0;
  a.uses_regional_name = rng() % 5 == 0;
  a.legally_binding = rng() % 4 == 0;
  for (const auto& row : vocabulary<body>()) {
    if (rng() % 8 == 0) a.obtained.insert(row.value);
  }
  a.date = dates[rng() % dates.size()];
  return a;
}

void check_book(const rulebook& book, std::span<const rulebook> others, unsigned seed, std::size_t per_city,
                counts* totals) {
  std::mt19937 rng(seed);
  std::vector<rulebook> all{book};
  all.insert(all.end(), others.begin(), others.end());
  const change_families every = change_families::all();
  const std::vector<change_families> allows{every,
                                            {change_family::approvals, change_family::standing},
                                            {change_family::proposal, change_family::date},
                                            {change_family::standing, change_family::rulebook}};
  for (const city& c : test_cities()) {
    checker ch{book, others, c};
    const auto dates = test_dates(all, c);
    for (std::size_t i = 0; i < per_city; ++i) {
      const activity a = random_activity(rng, dates);
      const what_if_options o{
          .allow = allows[i % allows.size()], .max_remedies = 0, .max_changes = 2, .rulebooks = others};
      const what_it_takes t = what_would_it_take(book, c, a, o);
      const std::string where =
          std::string(book.name()) + ", " + c.id + ", " + std::string(to_id(a.kind)) + ", case " + std::to_string(i);
      ASSERT_EQ(t.what, decide(book, c, a)) << where;
      if (t.what.outcome == outcome::allowed) {
        EXPECT_TRUE(t.remedies.empty()) << where;
        continue;
      }
      ch.remedies_work_and_are_minimal(a, t.remedies, false, where);
      ch.no_remedy_is_missed(a, o, t.remedies, dates, where);
      ASSERT_EQ(t.prohibition.has_value(), t.what.verdict == verdict::prohibited) << where;
      if (t.prohibition) {
        ch.remedies_work_and_are_minimal(a, t.prohibition->lifted_by, true, where);
        EXPECT_FALSE(t.prohibition->red_lines.empty() && !t.what.by_default) << where;
      }
      if (::testing::Test::HasFailure()) return;
    }
    totals->checked_remedies += ch.checked_remedies;
    totals->checked_empty += ch.checked_empty;
    totals->checked_sets += ch.checked_sets;
  }
}

TEST(what_if_property_test, remedies_of_the_builtin_rulebooks_work_are_minimal_and_complete) {
  const std::vector<rulebook> books{*builtin_rulebook("status-quo-2016"), *builtin_rulebook("reform-proposal")};
  counts totals;
  check_book(books[0], std::span(books).subspan(1), 1, 40, &totals);
  check_book(books[1], std::span(books).subspan(0, 1), 2, 40, &totals);
  // The check had something to check: remedies, activities with none, and working sets.
  EXPECT_GT(totals.checked_remedies, 200u);
  EXPECT_GT(totals.checked_empty, 5u);
  EXPECT_GT(totals.checked_sets, 1000u);
}

TEST(what_if_property_test, remedies_of_generated_rulebooks_work_are_minimal_and_complete) {
  counts totals;
  for (unsigned seed = 1; seed <= 40; ++seed) {
    auto main = rulebook::compile(testgen::random_rulebook(seed * 31));
    auto other = rulebook::compile(testgen::random_rulebook(seed * 31 + 1));
    ASSERT_TRUE(main && other);
    const std::vector<rulebook> others{*other};
    check_book(*main, others, seed, 6, &totals);
    if (HasFailure()) return;
  }
  EXPECT_GT(totals.checked_remedies, 200u);
  EXPECT_GT(totals.checked_empty, 5u);
  EXPECT_GT(totals.checked_sets, 1000u);
}

}  // namespace
}  // namespace citydip
