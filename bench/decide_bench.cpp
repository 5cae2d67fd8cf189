// Benchmarks of the validator and the rulebook loader. Build with
// -DCITYDIP_BUILD_BENCHMARKS=ON in a Release build and run the `bench` target.
#include <citydip/citydip.hpp>

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace {

using namespace citydip;

// One activity, one city, reasons included (by reference).
void decide_one(benchmark::State& state, const char* book_name) {
  const rulebook book = *builtin_rulebook(book_name);
  const city& shenzhen = *find_city("shenzhen");
  const activity a{.kind = activity_kind::overseas_office, .domain = issue_domain::investment,
                   .with = counterpart::foreign_local_government, .obtained = {body::provincial_fao},
                   .on = date{2016, 1, 1}};
  for (auto _ : state) {
    decision d = decide(book, shenzhen, a);
    benchmark::DoNotOptimize(d);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK_CAPTURE(decide_one, status_quo, "status-quo-2016");
BENCHMARK_CAPTURE(decide_one, reform, "reform-proposal");

// Every gazetteer city against every activity kind and counterpart: a mix of
// verdicts, exceptions and city-specific rules.
void decide_mix(benchmark::State& state) {
  const rulebook book = *builtin_rulebook("status-quo-2016");
  std::vector<std::pair<const city*, activity>> work;
  for (const city& c : gazetteer()) {
    for (const auto& k : vocabulary<activity_kind>()) {
      for (const auto& cp : vocabulary<counterpart>()) {
        work.push_back({&c, activity{.kind = k.value, .domain = issue_domain::economy_trade, .with = cp.value,
                                     .uses_regional_name = true, .on = date{2016, 1, 1}}});
      }
    }
  }
  for (auto _ : state) {
    for (const auto& [c, a] : work) {
      decision d = decide(book, *c, a);
      benchmark::DoNotOptimize(d);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(work.size()));
}
BENCHMARK(decide_mix);

// Parsing and compiling a built-in rulebook from its JSON text.
void load_builtin(benchmark::State& state) {
  const std::string_view json = builtin_rulebooks()[0].json;
  for (auto _ : state) {
    auto book = load_rulebook(json, "status-quo-2016");
    benchmark::DoNotOptimize(book);
  }
}
BENCHMARK(load_builtin)->Unit(benchmark::kMicrosecond);

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
