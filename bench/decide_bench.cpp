// Benchmarks of the validator, the loader and the analyses. Build the
// `release` preset and run the `bench` target (docs/benchmarks.md).
#include "bench_support.hpp"

#include <benchmark/benchmark.h>

#include <chrono>
#include <thread>

// A counting allocator: every benchmark of deciding reports how many heap
// allocations each decision made, and fails if there was any.
#include "../tests/alloc/counting_new.hpp"

namespace {

using namespace citydip_bench;
using citydip_test_support::allocations;

constexpr std::size_t stream_size = 200'000;

const std::vector<work_item>& stream() {
  static const std::vector<work_item> work = random_work(stream_size, 2016);
  return work;
}

// Reports allocations per decision; a decision that allocates fails the benchmark.
void check_no_allocation(benchmark::State& state, long before, std::int64_t decisions) {
  const long made = allocations.load() - before;
  state.counters["allocs_per_decision"] = static_cast<double>(made) / static_cast<double>(decisions);
  if (made != 0) state.SkipWithError("deciding allocated on the heap");
}

// One activity, one city, reasons included (by reference).
void decide_one(benchmark::State& state, const char* book_name) {
  const rulebook book = *builtin_rulebook(book_name);
  const city& shenzhen = *find_city("shenzhen");
  const activity a{.kind = activity_kind::overseas_office,
                   .domain = issue_domain::investment,
                   .counterpart = counterpart::foreign_local_government,
                   .obtained = {body::provincial_fao},
                   .date = date{2016, 1, 1}};
  const long before = allocations.load();
  for (auto _ : state) {
    decision d = decide(book, shenzhen, a);
    benchmark::DoNotOptimize(d);
  }
  check_no_allocation(state, before, state.iterations());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(decide_one, status_quo, "status-quo-2016");
BENCHMARK_CAPTURE(decide_one, reform, "reform-proposal");

// What would it take (issue 15), with the default options: Shenzhen's office
// abroad under the status quo, its provincial FAO's approval obtained.
void what_if_one(benchmark::State& state, const char* book_name) {
  const rulebook book = *builtin_rulebook(book_name);
  const city& shenzhen = *find_city("shenzhen");
  const activity a{.kind = activity_kind::overseas_office,
                   .domain = issue_domain::investment,
                   .obtained = {body::provincial_fao},
                   .date = date{2016, 1, 1}};
  for (auto _ : state) {
    what_it_takes t = what_would_it_take(book, shenzhen, a);
    benchmark::DoNotOptimize(t);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(what_if_one, status_quo, "status-quo-2016")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(what_if_one, reform, "reform-proposal")->Unit(benchmark::kMicrosecond);

// What would it take over the random activities, default options: most are
// not allowed as they stand, so each query searches.
void what_if_random(benchmark::State& state, const char* book_name) {
  const rulebook book = *builtin_rulebook(book_name);
  const auto& work = stream();
  std::size_t i = 0;
  for (auto _ : state) {
    const work_item& w = work[i];
    what_it_takes t = what_would_it_take(book, *w.where, w.what);
    benchmark::DoNotOptimize(t);
    if (++i == work.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(what_if_random, status_quo, "status-quo-2016")->Unit(benchmark::kMicrosecond);

// Every kind of change allowed, and the other built-in rulebook: the widest query.
void what_if_every_change(benchmark::State& state) {
  const std::vector books{*builtin_rulebook("status-quo-2016"), *builtin_rulebook("reform-proposal")};
  const city& shenzhen = *find_city("shenzhen");
  const activity a{.kind = activity_kind::overseas_office,
                   .domain = issue_domain::investment,
                   .obtained = {body::provincial_fao},
                   .date = date{2016, 1, 1}};
  const what_if_options o{.allow = change_families::all(), .rulebooks = std::span(books).subspan(1)};
  for (auto _ : state) {
    what_it_takes t = what_would_it_take(books[0], shenzhen, a, o);
    benchmark::DoNotOptimize(t);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(what_if_every_change)->Unit(benchmark::kMicrosecond);

// The standing ladder: Shenzhen's office abroad, under one built-in rulebook and under both.
void ladder_one(benchmark::State& state) {
  std::vector<rulebook> books{*builtin_rulebook("status-quo-2016")};
  if (state.range(0) == 2) books.push_back(*builtin_rulebook("reform-proposal"));
  const city& shenzhen = *find_city("shenzhen");
  const activity a{.kind = activity_kind::overseas_office, .date = date{2016, 1, 1}};
  for (auto _ : state) {
    auto rungs = ladder(books, shenzhen, a);
    benchmark::DoNotOptimize(rungs);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(ladder_one)->ArgName("rulebooks")->Arg(1)->Arg(2);
// A small city climbs all seven rungs.
void ladder_small_city(benchmark::State& state) {
  const std::vector books{*builtin_rulebook("status-quo-2016"), *builtin_rulebook("reform-proposal")};
  city yiwu;
  yiwu.id = "yiwu";
  const activity a{.kind = activity_kind::sister_city_agreement, .date = date{2016, 1, 1}};
  for (auto _ : state) {
    auto rungs = ladder(books, yiwu, a);
    benchmark::DoNotOptimize(rungs);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(ladder_small_city);

// The 200,000 random activities, one decision per iteration, reasons included.
void decide_random(benchmark::State& state, const char* book_name) {
  const rulebook book = *builtin_rulebook(book_name);
  const auto& work = stream();
  std::size_t i = 0;
  const long before = allocations.load();
  for (auto _ : state) {
    const work_item& w = work[i];
    decision d = decide(book, *w.where, w.what);
    benchmark::DoNotOptimize(d);
    if (++i == work.size()) i = 0;
  }
  check_no_allocation(state, before, state.iterations());
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(decide_random, status_quo, "status-quo-2016");
BENCHMARK_CAPTURE(decide_random, reform, "reform-proposal");

// The floor: a dense table of the verdicts the rulebook gives, indexed by the
// city's tier on the activity's date (computed as decide computes it, from the
// gazetteer city's tier timeline), the city's place among the rulebook's named
// cities (given, which decide must look up), kind, domain, counterpart and the
// four flags; filled by deciding every combination once. Only the verdict: no
// bodies, outcome or reasons.
class verdict_table {
 public:
  explicit verdict_table(const rulebook& book) : cities_(book.named_cities().size() + 1) {
    cells_.resize(cities_ * tiers * kinds * domains * counterparts * flags);
    for (std::size_t c = 0; c < cities_; ++c) {
      const std::string_view id = c == 0 ? std::string_view{} : std::string_view(book.named_cities()[c - 1]);
      for (std::size_t t = 0; t < tiers; ++t) {
        for (std::size_t k = 0; k < kinds; ++k) {
          for (std::size_t d = 0; d < domains; ++d) {
            for (std::size_t p = 0; p < counterparts; ++p) {
              for (unsigned f = 0; f < flags; ++f) {
                activity a{.kind = static_cast<activity_kind>(k), .date = date{2016, 1, 1}};
                if (d + 1 < domains) a.domain = static_cast<issue_domain>(d);
                if (p + 1 < counterparts) a.counterpart = static_cast<counterpart>(p);
                a.touches_internal_affairs = f & 1u;
                a.has_central_mandate = f & 2u;
                a.uses_regional_name = f & 4u;
                a.legally_binding = f & 8u;
                cells_[index(c, static_cast<designation>(t), a)] =
                    decide(book, static_cast<designation>(t), id, a).verdict;
              }
            }
          }
        }
      }
    }
  }
  std::size_t city_slot(const rulebook& book, const city& c) const {
    const auto named = book.named_cities();
    for (std::size_t i = 0; i < named.size(); ++i) {
      if (named[i] == c.id) return i + 1;
    }
    return 0;
  }
  verdict lookup(std::size_t city_slot, const city& c, const activity& a) const noexcept {
    return cells_[index(city_slot, c.tier_on(*a.date), a)];
  }

 private:
  static constexpr std::size_t tiers = enum_count<designation>(), kinds = enum_count<activity_kind>(),
                               domains = enum_count<issue_domain>() + 1, counterparts = enum_count<counterpart>() + 1,
                               flags = 16;
  std::size_t index(std::size_t c, designation t, const activity& a) const noexcept {
    const std::size_t d = a.domain ? static_cast<std::size_t>(*a.domain) : domains - 1;
    const std::size_t p = a.counterpart ? static_cast<std::size_t>(*a.counterpart) : counterparts - 1;
    const unsigned f = (a.touches_internal_affairs ? 1u : 0u) | (a.has_central_mandate ? 2u : 0u) |
                       (a.uses_regional_name ? 4u : 0u) | (a.legally_binding ? 8u : 0u);
    return ((((c * tiers + static_cast<std::size_t>(t)) * kinds + static_cast<std::size_t>(a.kind)) * domains + d) *
                counterparts +
            p) *
               flags +
           f;
  }
  std::size_t cities_;
  std::vector<verdict> cells_;
};

// The floor's city slots for the stream, after checking that the table gives
// the library's verdicts on the whole stream; empty (and the benchmark
// skipped) if it does not.
std::vector<std::size_t> checked_slots(benchmark::State& state, const rulebook& book, const verdict_table& table) {
  const auto& work = stream();
  std::vector<std::size_t> slots;
  slots.reserve(work.size());
  for (const auto& w : work) slots.push_back(table.city_slot(book, *w.where));
  for (std::size_t j = 0; j < work.size(); ++j) {
    if (table.lookup(slots[j], *work[j].where, work[j].what) != decide(book, *work[j].where, work[j].what).verdict) {
      state.SkipWithError("the table disagrees with decide()");
      return {};
    }
  }
  return slots;
}

void lookup_table_random(benchmark::State& state, const char* book_name) {
  const rulebook book = *builtin_rulebook(book_name);
  const verdict_table table(book);
  const auto& work = stream();
  const std::vector<std::size_t> slots = checked_slots(state, book, table);
  if (slots.empty()) return;
  std::size_t i = 0;
  for (auto _ : state) {
    verdict v = table.lookup(slots[i], *work[i].where, work[i].what);
    benchmark::DoNotOptimize(v);
    if (++i == work.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(lookup_table_random, status_quo, "status-quo-2016");
BENCHMARK_CAPTURE(lookup_table_random, reform, "reform-proposal");

// decide() and the floor in alternating blocks of 1,000 activities of the
// stream, each block timed on its own: this machine's slow spells (seconds
// long) then fall on both alike, where two benchmarks run one after the other
// may catch one spell each. Reports both per-decision costs and their ratio.
void decide_vs_floor(benchmark::State& state, const char* book_name) {
  using clock = std::chrono::steady_clock;
  constexpr std::size_t block = 1000;
  const rulebook book = *builtin_rulebook(book_name);
  const verdict_table table(book);
  const auto& work = stream();
  const std::vector<std::size_t> slots = checked_slots(state, book, table);
  if (slots.empty()) return;
  clock::duration deciding{}, floor{};
  std::size_t first = 0, count = 0;
  const long before = allocations.load();
  for (auto _ : state) {
    const auto t0 = clock::now();
    for (std::size_t i = first; i < first + block; ++i) {
      decision d = decide(book, *work[i].where, work[i].what);
      benchmark::DoNotOptimize(d);
    }
    const auto t1 = clock::now();
    for (std::size_t i = first; i < first + block; ++i) {
      verdict v = table.lookup(slots[i], *work[i].where, work[i].what);
      benchmark::DoNotOptimize(v);
    }
    const auto t2 = clock::now();
    deciding += t1 - t0;
    floor += t2 - t1;
    count += block;
    first = first + 2 * block > work.size() ? 0 : first + block;
  }
  check_no_allocation(state, before, static_cast<std::int64_t>(count));
  const auto ns = [&](clock::duration d) {
    return std::chrono::duration<double, std::nano>(d).count() / static_cast<double>(count);
  };
  state.counters["decide_ns"] = ns(deciding);
  state.counters["floor_ns"] = ns(floor);
  state.counters["ratio"] = ns(deciding) / ns(floor);
}
BENCHMARK_CAPTURE(decide_vs_floor, status_quo, "status-quo-2016");
BENCHMARK_CAPTURE(decide_vs_floor, reform, "reform-proposal");

// The whole stream split among N threads sharing one rulebook; wall time.
void decide_batch(benchmark::State& state) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  const auto& work = stream();
  const auto threads = static_cast<std::size_t>(state.range(0));
  std::vector<std::size_t> allowed(threads);
  const auto part = [&](std::size_t t) {
    const std::size_t first = work.size() * t / threads, last = work.size() * (t + 1) / threads;
    std::size_t n = 0;
    for (std::size_t i = first; i < last; ++i) {
      const decision d = decide(book, *work[i].where, work[i].what);
      n += d.outcome == outcome::allowed;
    }
    allowed[t] = n;
  };
  for (auto _ : state) {
    if (threads == 1) {
      part(0);
    } else {
      std::vector<std::thread> pool;
      for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(part, t);
      for (auto& th : pool) th.join();
    }
    benchmark::DoNotOptimize(allowed);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(work.size()));
}
BENCHMARK(decide_batch)->ArgName("threads")->Arg(1)->Arg(2)->Arg(4)->UseRealTime()->Unit(benchmark::kMillisecond);

// Parsing and compiling a built-in rulebook from its JSON text.
void load_builtin(benchmark::State& state) {
  const std::string_view json = builtin_rulebooks()[0].json;
  for (auto _ : state) {
    auto book = load_rulebook(json, {.file = "status-quo-2016"});
    benchmark::DoNotOptimize(book);
  }
}
BENCHMARK(load_builtin)->Unit(benchmark::kMicrosecond);

// Parsing and compiling a generated rulebook of N rules from its JSON text.
void load_generated(benchmark::State& state) {
  const auto rules = static_cast<std::size_t>(state.range(0));
  std::string json;
  write_rulebook(json, generated_rulebook(rules, 42));
  std::size_t tabled = 0;
  for (auto _ : state) {
    auto book = load_rulebook(json, {.file = "generated.json"});
    if (!book) {
      state.SkipWithError("the generated rulebook does not load");
      return;
    }
    tabled = 0;
    for (const auto& k : vocabulary<activity_kind>()) tabled += book->is_tabled(k.value);
    benchmark::DoNotOptimize(book);
  }
  state.counters["tabled_kinds"] = static_cast<double>(tabled);
  state.counters["json_bytes"] = static_cast<double>(json.size());
}
BENCHMARK(load_generated)
    ->ArgName("rules")
    ->Arg(100)
    ->Arg(1000)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond);

// Deciding the random stream under a generated rulebook of N rules.
void decide_generated(benchmark::State& state) {
  const auto rules = static_cast<std::size_t>(state.range(0));
  const rulebook book = *rulebook::compile(generated_rulebook(rules, 42));
  const auto& work = stream();
  std::size_t i = 0;
  for (auto _ : state) {
    decision d = decide(book, *work[i].where, work[i].what);
    benchmark::DoNotOptimize(d);
    if (++i == work.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(decide_generated)->ArgName("rules")->Arg(100)->Arg(1000)->Arg(10000)->Arg(100000);

// The analyses, each an exhaustive sweep over 83,600 activities per tier and named city.
void analyse_monotonicity(benchmark::State& state) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  for (auto _ : state) benchmark::DoNotOptimize(check_monotonicity(book));
}
BENCHMARK(analyse_monotonicity)->Unit(benchmark::kMillisecond);

void analyse_dead_rules(benchmark::State& state) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  for (auto _ : state) benchmark::DoNotOptimize(find_dead_rules(book));
}
BENCHMARK(analyse_dead_rules)->Unit(benchmark::kMillisecond);

void analyse_diff(benchmark::State& state) {
  const rulebook a = *builtin_rulebook("status-quo-2016");
  const rulebook b = *builtin_rulebook("reform-proposal");
  for (auto _ : state) benchmark::DoNotOptimize(diff(a, b));
}
BENCHMARK(analyse_diff)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
