#include <citydip/decide/what_if.hpp>

#include <citydip/decide/decide.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstdlib>
#include <limits>
#include <map>
#include <tuple>

CITYDIP_BEGIN_NAMESPACE
namespace {

// The flags a proposal may drop: the mandate is obtained, not dropped.
constexpr std::array droppable{activity_flag::touches_internal_affairs, activity_flag::uses_regional_name,
                               activity_flag::legally_binding};
// One axis for each kind of change but `drop`, which has one per flag.
constexpr std::size_t max_axes = enum_count<change_kind>() - 1 + droppable.size();

const rulebook* find_book(const rulebook& book, std::span<const rulebook> others, std::string_view name) noexcept {
  if (name == book.name()) return &book;
  for (const rulebook& b : others) {
    if (b.name() == name) return &b;
  }
  return nullptr;
}

// Makes the changes; `what` is the activity they are made to (its date set).
applied_changes apply(const rulebook& book, std::span<const rulebook> others, const city& c, activity what,
                      std::span<const change> changes) {
  applied_changes r;
  r.book = &book;
  date on = what.date ? *what.date : date::today();
  std::optional<designation> raised;
  for (const change& ch : changes) {
    switch (ch.kind) {
      case change_kind::rulebook:
        r.book = find_book(book, others, ch.rulebook);
        if (r.book == nullptr) {
          r.book = &book;
          r.valid = false;
        }
        break;
      case change_kind::date: on = ch.dates.first_known(); break;
      case change_kind::tier: raised = ch.tier; break;
      case change_kind::drop: what.set_flag(ch.flag, false); break;
      case change_kind::domain: what.domain = ch.domain; break;
      case change_kind::counterpart: what.counterpart = ch.counterpart; break;
      case change_kind::mandate: what.has_central_mandate = true; break;
      case change_kind::obtain: what.obtained.insert(ch.body); break;
    }
  }
  what.date = on;
  r.tier = c.designations.tier_on(on);
  if (raised) {
    if (*raised <= r.tier) r.valid = false;  // not a higher designation on that day
    r.tier = *raised;
  }
  r.what = std::move(what);
  return r;
}

// What the search looks for: a decision that is allowed once approvals are
// obtained, or one that is merely no longer prohibited.
enum class goal { allowed, lifted };

struct change_list {
  std::array<change, max_axes> items{};
  std::size_t size = 0;
  std::span<const change> view() const noexcept { return {items.data(), size}; }
};

struct candidate {
  change_list changes{};                              // every change but the approvals
  body_set obtain{};                                  // the approvals the decision still misses
  decision what{};                                    // the decision the changes reach, before obtaining
  std::size_t first_interval = 0, last_interval = 0;  // of a date change: the intervals it spans
};

// x, a change of a remedy p, is met by y, a change of a remedy q, when y is x or
// raises the tier higher: then p asks for no more than q on that point.
bool met_by(const change& x, const change& y) noexcept {
  if (x.kind != y.kind) return false;
  if (x.kind == change_kind::tier) return x.tier <= y.tier;
  return x == y;
}

// p ≤ q: every change of p is met by one of q, and q obtains every approval p does.
bool dominates(const candidate& p, const candidate& q) noexcept {
  if (!q.obtain.includes(p.obtain)) return false;
  for (const change& x : p.changes.view()) {
    const auto ys = q.changes.view();
    if (std::none_of(ys.begin(), ys.end(), [&](const change& y) { return met_by(x, y); })) return false;
  }
  return true;
}

bool same_but_date(decision a, const decision& b) {
  a.date = b.date;
  return a == b;
}

// The intervals of days in which no rule of the books about the kind and no
// designation of the city starts or stops: within one, only the date itself
// differs.
std::vector<date_interval> date_intervals(std::span<const rulebook* const> books, const city& c, activity_kind k) {
  std::vector<std::int32_t> starts;  // days on which something starts or stops
  const auto add = [&](std::optional<date> d) {
    if (d) starts.push_back(d->days_since_epoch());
  };
  for (const rulebook* b : books) {
    for (const rule& r : b->rules()) {
      if (r.when.kinds && !r.when.kinds->contains(k)) continue;
      add(r.when.from);
      add(r.when.until);
    }
  }
  for (const designation_record& r : c.designations) {
    if (r.since) add(r.since->last_day());
    if (r.until) add(r.until->first_day());
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::vector<date_interval> out;
  if (starts.empty()) return out;
  if (auto before = date::from_days_since_epoch(starts.front() - 1)) out.push_back({std::nullopt, before});
  for (std::size_t i = 0; i < starts.size(); ++i) {
    date_interval in{date::from_days_since_epoch(starts[i]), std::nullopt};
    if (i + 1 < starts.size()) in.to = date::from_days_since_epoch(starts[i + 1] - 1);
    out.push_back(in);
  }
  return out;
}

class search {
 public:
  search(const rulebook& book, const city& c, const activity& a, const what_if_options& o, goal g,
         change_families allow, date on)
      : book_(book), city_(c), options_(o), goal_(g), allow_(allow), on_(on), base_(a) {
    base_.id.clear();  // not decided on: spare the copies
    base_.date = on;
    build_axes();
  }

  // The minimal candidates, date intervals merged, in no particular order.
  // Sets of changes are tried by size, fewest first, so that a set holding a
  // smaller one that works without approvals is skipped without deciding.
  std::vector<candidate> run() {
    std::vector<candidate> kept;
    const std::size_t largest = std::min(options_.max_changes, axes_.size());
    for (std::size_t size = 0; size <= largest; ++size) {
      found_.clear();
      change_list current;
      walk(0, size, current, kept);
      // A lower tier first: a set that differs only by a higher one is then dominated.
      std::stable_sort(found_.begin(), found_.end(),
                       [](const candidate& x, const candidate& y) { return tier_of(x) < tier_of(y); });
      const std::size_t before = kept.size();
      for (candidate& f : found_) {
        const auto dominated = [&](const candidate& k) { return dominates(k, f); };
        if (std::none_of(kept.begin(), kept.end(), dominated)) kept.push_back(std::move(f));
      }
      for (std::size_t i = before; i < kept.size(); ++i) {
        if (kept[i].obtain.empty()) free_.push_back(i);
      }
    }
    merge_intervals(kept);
    return kept;
  }

 private:
  // The values of one kind of change, in classes that no rule tells apart:
  // one decision serves a whole class (its first value decides).
  struct axis {
    std::vector<std::vector<change>> classes;
  };

  static int tier_of(const candidate& x) noexcept {
    for (const change& ch : x.changes.view()) {
      if (ch.kind == change_kind::tier) return static_cast<int>(ch.tier);
    }
    return -1;
  }

  // The rulebooks a decision may be taken under.
  std::vector<const rulebook*> books() const {
    std::vector<const rulebook*> out{&book_};
    if (allow_.contains(change_family::rulebook)) {
      for (const rulebook& b : options_.rulebooks) out.push_back(&b);
    }
    return out;
  }

  // The values of an enum that no rule about the activity's kind tells
  // apart, in classes; the class of the activity's own value (or, when it
  // has none, of the values no rule names) is left out: it changes nothing.
  template <class Enum, class Member>
  axis classes_of(Member member, std::optional<Enum> own, change (*make)(Enum)) const {
    std::map<std::vector<bool>, std::vector<change>> by_signature;
    std::vector<bool> own_signature;
    const std::vector<const rulebook*> in_play = books();
    const auto signature = [&](std::optional<Enum> v) {
      std::vector<bool> sig;
      for (const rulebook* b : in_play) {
        for (const rule& r : b->rules()) {
          const auto& set = r.when.*member;
          if (!set || (r.when.kinds && !r.when.kinds->contains(base_.kind))) continue;
          sig.push_back(v && set->contains(*v));
        }
      }
      return sig;
    };
    own_signature = signature(own);
    for (const auto& row : vocabulary<Enum>()) {
      auto sig = signature(row.value);
      if (sig != own_signature) by_signature[std::move(sig)].push_back(make(row.value));
    }
    axis ax;
    for (auto& [sig, values] : by_signature) ax.classes.push_back(std::move(values));
    return ax;
  }

  void build_axes() {
    const auto allowed = [&](change_family f) { return allow_.contains(f); };
    const auto single = [](const std::vector<change>& values) {
      axis ax;
      for (const change& v : values) ax.classes.push_back({v});
      return ax;
    };
    if (allowed(change_family::rulebook)) {
      std::vector<change> values;
      for (const rulebook& b : options_.rulebooks) {
        const bool seen = b.name() == book_.name() ||
                          std::any_of(values.begin(), values.end(), [&](auto& v) { return v.rulebook == b.name(); });
        if (!seen) values.push_back(change::under(b.name()));
      }
      add_axis(single(values));
    }
    if (allowed(change_family::date)) {
      intervals_ = date_intervals(books(), city_, base_.kind);
      std::vector<change> values;
      for (const date_interval& in : intervals_) {
        if (!in.contains(on_)) values.push_back(change::during(in));
      }
      add_axis(single(values));
    }
    if (allowed(change_family::standing)) {
      // Above the city's tier on the day decided: with a date change, on
      // another day (apply refuses a tier that does not raise it there).
      std::vector<change> values;
      const designation own = city_.designations.tier_on(on_);
      for (designation d : designation_set::all()) {
        if (d > own || allowed(change_family::date)) values.push_back(change::raising_to(d));
      }
      add_axis(single(values));
    }
    if (allowed(change_family::proposal)) {
      for (activity_flag f : droppable) {
        if (base_.flag(f)) add_axis(single({change::dropping(f)}));
      }
      add_axis(classes_of<issue_domain>(&condition::domains, base_.domain, &change::about));
      add_axis(classes_of<counterpart>(&condition::counterparts, base_.counterpart, &change::with));
    }
    if (allowed(change_family::approvals) && goal_ == goal::allowed && !base_.has_central_mandate) {
      add_axis(single({change::mandating()}));
    }
  }

  void add_axis(axis ax) {
    if (!ax.classes.empty()) axes_.push_back(std::move(ax));
  }

  // Whether the changes hold a kept set that works with no approval: then
  // every set holding them is dominated, whatever it decides.
  bool holds_a_free_remedy(const change_list& changes, const std::vector<candidate>& kept) const {
    return std::any_of(free_.begin(), free_.end(), [&](std::size_t i) {
      candidate probe;
      probe.changes = changes;
      return dominates(kept[i], probe);
    });
  }

  // Every combination of exactly `size` axes, one class from each.
  void walk(std::size_t next, std::size_t size, change_list& current, const std::vector<candidate>& kept) {
    if (current.size == size) {
      consider(current, kept);
      return;
    }
    if (axes_.size() - next < size - current.size) return;  // too few axes left
    walk(next + 1, size, current, kept);
    for (std::size_t c = 0; c < axes_[next].classes.size(); ++c) {
      current.items[current.size] = axes_[next].classes[c].front();
      classes_[current.size] = {next, c};
      ++current.size;
      if (!holds_a_free_remedy(current, kept)) walk(next + 1, size, current, kept);
      --current.size;
    }
  }

  void consider(const change_list& changes, const std::vector<candidate>& kept) {
    const applied_changes applied = apply(book_, options_.rulebooks, city_, base_, changes.view());
    if (!applied.valid) return;
    decision d = decide(*applied.book, applied.tier, city_.id, applied.what);
    if (d.verdict == verdict::prohibited) return;
    body_set obtain{};
    if (goal_ == goal::allowed) {
      if (d.verdict == verdict::central_mandate && !applied.what.has_central_mandate) return;
      if (d.verdict == verdict::approval) obtain = d.missing;
      if (!obtain.empty() && !allow_.contains(change_family::approvals)) return;
    }
    // One candidate for each value of each class the changes took.
    change_list each = changes;
    expand(0, each, obtain, d, kept);
  }

  void expand(std::size_t slot, change_list& each, body_set obtain, const decision& d,
              const std::vector<candidate>& kept) {
    if (slot == each.size) {
      if (holds_a_free_remedy(each, kept)) return;
      candidate c{each, obtain, d, 0, 0};
      for (const change& ch : each.view()) {
        if (ch.kind != change_kind::date) continue;
        const auto at = std::find(intervals_.begin(), intervals_.end(), ch.dates);
        c.first_interval = c.last_interval = static_cast<std::size_t>(at - intervals_.begin());
      }
      found_.push_back(std::move(c));
      return;
    }
    const auto [ax, cls] = classes_[slot];
    for (const change& value : axes_[ax].classes[cls]) {
      each.items[slot] = value;
      expand(slot + 1, each, obtain, d, kept);
    }
  }

  // Adjacent intervals of dates with the same other changes and the same
  // decision become one date change.
  void merge_intervals(std::vector<candidate>& kept) const {
    const auto date_slot = [](candidate& x) -> change* {
      for (std::size_t i = 0; i < x.changes.size; ++i) {
        if (x.changes.items[i].kind == change_kind::date) return &x.changes.items[i];
      }
      return nullptr;
    };
    const auto same_others = [&](candidate& x, candidate& y) {
      if (x.changes.size != y.changes.size || x.obtain != y.obtain) return false;
      for (std::size_t i = 0; i < x.changes.size; ++i) {
        const change& cx = x.changes.items[i];
        if (cx.kind != change_kind::date && !(cx == y.changes.items[i])) return false;
      }
      return same_but_date(x.what, y.what);
    };
    for (bool merged = true; merged;) {
      merged = false;
      for (std::size_t i = 0; i < kept.size() && !merged; ++i) {
        change* di = date_slot(kept[i]);
        if (di == nullptr) continue;
        for (std::size_t j = 0; j < kept.size(); ++j) {
          if (j == i || date_slot(kept[j]) == nullptr) continue;
          if (kept[j].first_interval != kept[i].last_interval + 1 || !same_others(kept[i], kept[j])) continue;
          kept[i].last_interval = kept[j].last_interval;
          di->dates.to = intervals_[kept[i].last_interval].to;
          kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(j));
          merged = true;
          break;
        }
      }
    }
  }

  const rulebook& book_;
  const city& city_;
  const what_if_options& options_;
  goal goal_;
  change_families allow_;
  date on_;
  activity base_;
  std::vector<axis> axes_;
  std::vector<date_interval> intervals_;
  std::vector<candidate> found_;
  std::vector<std::size_t> free_;                                        // the kept candidates that obtain nothing
  std::array<std::pair<std::size_t, std::size_t>, max_axes> classes_{};  // per slot: axis and class taken
};

// The order of remedies: fewer changes, less central bodies, nearer dates, then the changes.
struct order_key {
  std::size_t count = 0;
  std::array<body_level, enum_count<body>() + 1> levels{};  // descending
  std::size_t level_count = 0;
  std::int32_t distance = 0;

  bool operator<(const order_key& o) const noexcept {
    if (count != o.count) return count < o.count;
    const auto cmp = std::lexicographical_compare_three_way(levels.begin(), levels.begin() + level_count,
                                                            o.levels.begin(), o.levels.begin() + o.level_count);
    if (std::is_neq(cmp)) return std::is_lt(cmp);
    return distance < o.distance;
  }
};

order_key key_of(const remedy& r, date on) {
  order_key k;
  k.count = r.changes.size();
  body_set bodies = r.what.bodies;
  for (const change& ch : r.changes) {
    if (ch.kind == change_kind::obtain) bodies.insert(ch.body);
    if (ch.kind == change_kind::mandate) k.levels[k.level_count++] = body_level::central_leadership;
    if (ch.kind == change_kind::date)
      k.distance = std::abs(ch.dates.first_known().days_since_epoch() - on.days_since_epoch());
  }
  for (body b : bodies) k.levels[k.level_count++] = level_of(b);
  std::sort(k.levels.begin(), k.levels.begin() + k.level_count, std::greater<>());
  return k;
}

auto change_tuple(const change& c) {
  return std::tuple(c.kind, c.body, c.tier, c.flag, c.domain, c.counterpart,
                    c.dates.from ? c.dates.from->days_since_epoch() : std::numeric_limits<std::int32_t>::min(),
                    c.rulebook);
}

bool changes_less(const std::vector<change>& a, const std::vector<change>& b) {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](const change& x, const change& y) {
    return change_tuple(x) < change_tuple(y);
  });
}

// The candidates as remedies, each decided again with its approvals obtained,
// in order, the first max_remedies of them kept.
std::vector<remedy> to_remedies(const rulebook& book, const city& c, const activity& a, const what_if_options& o,
                                std::vector<candidate> found, date on, std::size_t& omitted) {
  std::vector<remedy> out;
  out.reserve(found.size());
  for (candidate& f : found) {
    remedy r;
    r.changes.assign(f.changes.items.begin(), f.changes.items.begin() + static_cast<std::ptrdiff_t>(f.changes.size));
    for (body b : f.obtain) r.changes.push_back(change::obtaining(b));
    std::stable_sort(r.changes.begin(), r.changes.end(),
                     [](const change& x, const change& y) { return change_tuple(x) < change_tuple(y); });
    const applied_changes applied = apply_changes(book, o.rulebooks, c, a, r.changes);
    r.what = decide(*applied.book, applied.tier, c.id, applied.what);
    out.push_back(std::move(r));
  }
  std::vector<std::pair<order_key, std::size_t>> keys;
  keys.reserve(out.size());
  for (std::size_t i = 0; i < out.size(); ++i) keys.emplace_back(key_of(out[i], on), i);
  std::sort(keys.begin(), keys.end(), [&](const auto& x, const auto& y) {
    if (x.first < y.first) return true;
    if (y.first < x.first) return false;
    return changes_less(out[x.second].changes, out[y.second].changes);
  });
  const std::size_t shown = o.max_remedies == 0 ? keys.size() : std::min(o.max_remedies, keys.size());
  omitted = keys.size() - shown;
  std::vector<remedy> sorted;
  sorted.reserve(shown);
  for (std::size_t i = 0; i < shown; ++i) sorted.push_back(std::move(out[keys[i].second]));
  return sorted;
}

}  // namespace

applied_changes apply_changes(const rulebook& book, std::span<const rulebook> others, const city& c, const activity& a,
                              std::span<const change> changes) {
  return apply(book, others, c, a, changes);
}

what_it_takes what_would_it_take(const rulebook& book, const city& c, const activity& a,
                                 const what_if_options& options) {
  what_it_takes out;
  const date on = a.date ? *a.date : date::today();
  activity dated = a;
  dated.date = on;
  out.what = decide(book, c, dated);
  if (out.what.outcome == outcome::allowed) return out;

  search remedies(book, c, dated, options, goal::allowed, options.allow, on);
  out.remedies = to_remedies(book, c, dated, options, remedies.run(), on, out.omitted);

  if (out.what.verdict == verdict::prohibited) {
    prohibition p;
    for (const reason& r : out.what.reasons()) {
      if (r.deciding) p.red_lines.push_back(r.rule);
    }
    search lifting(book, c, dated, options, goal::lifted, change_families{change_family::proposal}, on);
    p.lifted_by = to_remedies(book, c, dated, options, lifting.run(), on, p.omitted);
    out.prohibition = std::move(p);
  }
  return out;
}

CITYDIP_END_NAMESPACE
