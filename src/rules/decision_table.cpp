// The decision tables: for each activity kind, every value of each dimension
// the rules test (tier, domain, counterpart, the four flags, the named city,
// the date) is put in a class with the values no rule of the kind tells apart
// from it, and every combination of classes is resolved once, here, into a
// record that deciding then only looks up.
#include "rules/rulebook_impl.hpp"

#include <string>
#include <unordered_map>

CITYDIP_BEGIN_NAMESPACE
namespace detail {
namespace {

// The rules of one kind that a value admits, as a bit set over the kind's
// rules: `words` 64-bit words, stored flat.

// Values grouped by identical signature.
struct classes {
  std::vector<std::uint32_t> of_value;  // class of each value
  std::vector<std::uint64_t> sets;      // signature of each class, `words` words each
  std::size_t count = 0;
  std::vector<std::uint64_t> scratch;  // the signature being built
  const std::uint64_t* set(std::size_t c, std::size_t words) const { return sets.data() + c * words; }
};

// Groups `values` values by the rules that admit them. Few values (every
// dimension but named cities and dates) are compared with each class found;
// many are hashed.
template <class Admits>
void classify(classes& out, std::size_t values, std::span<const std::uint32_t> rules, std::size_t words,
              Admits&& admits) {
  out.of_value.clear();
  out.sets.clear();
  out.count = 0;
  out.scratch.assign(words, 0);
  std::vector<std::uint64_t>& sig = out.scratch;
  std::unordered_map<std::string, std::uint32_t> index;
  for (std::size_t v = 0; v < values; ++v) {
    std::fill(sig.begin(), sig.end(), 0);
    for (std::size_t j = 0; j < rules.size(); ++j) {
      if (admits(v, rules[j])) sig[j / 64] |= std::uint64_t{1} << (j % 64);
    }
    std::size_t c = out.count;
    if (values <= 64) {
      for (std::size_t k = 0; k < out.count; ++k) {
        if (std::equal(sig.begin(), sig.end(), out.set(k, words))) {
          c = k;
          break;
        }
      }
    } else {
      const std::string key(reinterpret_cast<const char*>(sig.data()), words * sizeof(std::uint64_t));
      c = index.try_emplace(key, static_cast<std::uint32_t>(out.count)).first->second;
    }
    if (c == out.count) {
      out.sets.insert(out.sets.end(), sig.begin(), sig.end());
      ++out.count;
    }
    out.of_value.push_back(static_cast<std::uint32_t>(c));
  }
}

class table_builder {
 public:
  table_builder(rulebook_impl& impl, std::size_t max_cells) : impl_(impl), max_cells_(max_cells) {}

  void build(std::size_t k) {
    const std::span<const std::uint32_t> rules(impl_.by_kind.data() + impl_.kind_offsets[k],
                                               impl_.kind_offsets[k + 1] - impl_.kind_offsets[k]);
    const std::size_t words = (rules.size() + 63) / 64;
    const auto& compiled = impl_.compiled;
    const auto rule = [&](std::uint32_t i) -> const compiled_rule& { return compiled[i]; };

    // The six dimensions, in the order of their strides (the last varies fastest).
    enum { tier, domain, counterpart, flag, city, day };
    std::array<classes, 6>& dim = dims_;
    classify(dim[tier], tier_slots, rules, words,
             [&](std::size_t t, std::uint32_t i) { return rule(i).admits_tier(t); });
    classify(dim[domain], domain_slots, rules, words,
             [&](std::size_t d, std::uint32_t i) { return rule(i).admits_domain(d); });
    classify(dim[counterpart], counterpart_slots, rules, words,
             [&](std::size_t c, std::uint32_t i) { return rule(i).admits_counterpart(c); });
    classify(dim[flag], flag_slots, rules, words,
             [&](std::size_t f, std::uint32_t i) { return rule(i).admits_flags(static_cast<unsigned>(f)); });
    classify(dim[city], impl_.named_cities.size() + 1, rules, words, [&](std::size_t slot, std::uint32_t i) {
      return city_matches(impl_, rule(i), static_cast<int>(slot) - 1);
    });
    std::vector<std::int32_t>& bounds = bounds_;
    bounds.clear();
    for (std::uint32_t i : rules) {
      if (rule(i).from_day != std::numeric_limits<std::int32_t>::min()) bounds.push_back(rule(i).from_day);
      if (rule(i).until_day != std::numeric_limits<std::int32_t>::max()) bounds.push_back(rule(i).until_day);
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    // Interval 0 lies before the first bound; interval n starts at bound n - 1.
    classify(dim[day], bounds.size() + 1, rules, words, [&](std::size_t n, std::uint32_t i) {
      const std::int32_t d = n == 0 ? std::numeric_limits<std::int32_t>::min() : bounds[n - 1];
      return rule(i).admits_day(d);
    });

    // The product of six counts, checked step by step so that it cannot overflow.
    std::array<std::size_t, 6> stride{};
    std::size_t cells = 1;
    for (int d = day; d >= tier; --d) {
      stride[static_cast<std::size_t>(d)] = cells;
      if (cells > max_cells_ / dim[static_cast<std::size_t>(d)].count) return;  // too big: scan this kind
      cells *= dim[static_cast<std::size_t>(d)].count;
    }

    const mark before = here();
    kind_table& t = impl_.tables[k];
    const auto offsets = [&](int d, auto& out) {
      const classes& c = dim[static_cast<std::size_t>(d)];
      for (std::size_t v = 0; v < c.of_value.size(); ++v) {
        out[v] = static_cast<std::uint32_t>(c.of_value[v] * stride[static_cast<std::size_t>(d)]);
      }
    };
    offsets(tier, t.tier_off);
    offsets(domain, t.domain_off);
    offsets(counterpart, t.counterpart_off);
    offsets(flag, t.flag_off);
    t.by_city = dim[city].count > 1;
    t.city_base = static_cast<std::uint32_t>(impl_.city_off.size());
    for (std::uint32_t c : dim[city].of_value) impl_.city_off.push_back(static_cast<std::uint32_t>(c * stride[city]));
    t.bounds_base = static_cast<std::uint32_t>(impl_.date_bounds.size());
    t.bounds_count = static_cast<std::uint32_t>(bounds.size());
    impl_.date_bounds.insert(impl_.date_bounds.end(), bounds.begin(), bounds.end());
    t.date_off_base = static_cast<std::uint32_t>(impl_.date_off.size());
    for (std::uint32_t c : dim[day].of_value) impl_.date_off.push_back(static_cast<std::uint32_t>(c * stride[day]));
    t.cells_base = static_cast<std::uint32_t>(impl_.cells.size());
    t.tabled = true;

    // Every combination of classes as an odometer over the six dimensions,
    // keeping the intersection of the signatures up to each one, so that a
    // step recomputes only the levels below the digit that moved.
    level_.assign(7 * words, ~std::uint64_t{0});
    const auto lvl = [&](std::size_t d) { return level_.data() + d * words; };
    std::array<std::size_t, 6> digit{};
    std::size_t moved = 0;  // levels from `moved` down need recomputing
    // Open addressing, at most half full: there are at most `cells` distinct sets.
    std::size_t slots = 16;
    while (slots < 2 * cells) slots *= 2;
    if (words <= 1) seen_one_.assign(slots, {});
    seen_many_.clear();
    for (std::size_t cell = 0; cell < cells; ++cell) {
      for (std::size_t d = moved; d < 6; ++d) {
        const std::uint64_t* above = lvl(d);
        const std::uint64_t* own = dim[d].set(digit[d], words);
        std::uint64_t* out = lvl(d + 1);
        for (std::size_t w = 0; w < words; ++w) out[w] = above[w] & own[w];
      }
      const std::uint64_t* applies = lvl(6);
      std::uint32_t* found = nullptr;
      bool fresh = false;
      if (words <= 1) {
        const std::uint64_t key = words ? applies[0] : 0;
        std::size_t slot = hash(key) & (seen_one_.size() - 1);
        while (seen_one_[slot].used && seen_one_[slot].key != key) slot = (slot + 1) & (seen_one_.size() - 1);
        fresh = !seen_one_[slot].used;
        seen_one_[slot].used = true;
        seen_one_[slot].key = key;
        found = &seen_one_[slot].record;
      } else {
        auto [it, inserted] = seen_many_.try_emplace(
            std::string(reinterpret_cast<const char*>(applies), words * sizeof(std::uint64_t)), 0u);
        found = &it->second;
        fresh = inserted;
      }
      if (fresh) {
        applying_.clear();
        for (std::size_t j = 0; j < rules.size(); ++j) {
          if ((applies[j / 64] >> (j % 64)) & 1u) applying_.push_back(rules[j]);
        }
        *found = record(applying_);
        if (impl_.reason_pool.size() - before.reasons > max_reasons()) {
          undo(before);  // too many distinct reason lists: scan this kind instead
          t = kind_table{};
          return;
        }
      }
      impl_.cells.push_back(*found);
      // Advance the odometer.
      std::size_t d = 6;
      while (d > 0) {
        --d;
        if (++digit[d] < dim[d].count) break;
        digit[d] = 0;
      }
      moved = d;
    }
  }

 private:
  // The sizes of the shared arrays before a kind's table was added.
  struct mark {
    std::size_t cells, records, reasons, city_off, bounds, date_off;
  };
  mark here() const {
    return {impl_.cells.size(),    impl_.records.size(),     impl_.reason_pool.size(),
            impl_.city_off.size(), impl_.date_bounds.size(), impl_.date_off.size()};
  }
  void undo(const mark& m) {
    impl_.cells.resize(m.cells);
    impl_.records.resize(m.records);
    impl_.reason_pool.resize(m.reasons);
    impl_.city_off.resize(m.city_off);
    impl_.date_bounds.resize(m.bounds);
    impl_.date_off.resize(m.date_off);
  }
  // The most reasons one kind's distinct cells may hold between them.
  std::size_t max_reasons() const { return max_cells_; }

  std::uint32_t record(std::span<const std::uint32_t> applying) {
    auto& pool = impl_.reason_pool;
    const auto first = static_cast<std::uint32_t>(pool.size());
    resolved r = resolve(impl_, applying, [&](const reason& why) { pool.push_back(why); });
    r.reasons_offset = first;
    r.reasons_count = static_cast<std::uint32_t>(pool.size() - first);
    impl_.records.push_back(r);
    return static_cast<std::uint32_t>(impl_.records.size() - 1);
  }

  rulebook_impl& impl_;
  std::size_t max_cells_;
  // Buffers reused from one kind to the next.
  std::array<classes, 6> dims_;
  std::vector<std::int32_t> bounds_;
  std::vector<std::uint64_t> level_;
  std::vector<std::uint32_t> applying_;
  struct one_word_entry {
    std::uint64_t key = 0;
    std::uint32_t record = 0;
    bool used = false;
  };
  static std::size_t hash(std::uint64_t x) {  // a 64-bit mix (splitmix64's finaliser)
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9u;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebu;
    x ^= x >> 31;
    return static_cast<std::size_t>(x);
  }
  std::vector<one_word_entry> seen_one_;                      // applying set (one word) -> record
  std::unordered_map<std::string, std::uint32_t> seen_many_;  // applying set (more words) -> record
};

}  // namespace

void build_tables(rulebook_impl& impl, std::size_t max_cells) {
  if (max_cells == 0) return;
  table_builder b(impl, max_cells);
  for (std::size_t k = 0; k < enum_count<activity_kind>(); ++k) b.build(k);
}

}  // namespace detail
CITYDIP_END_NAMESPACE
