// Writes N random activities (bench_support.hpp's seeded stream) as JSON
// Lines: the input of the `citydip check` throughput benchmark and of the
// engine comparison.   make_activities N [SEED] > FILE
#include "../bench_support.hpp"

#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: make_activities N [SEED]\n";
    return 2;
  }
  const std::size_t n = std::stoul(argv[1]);
  const std::uint64_t seed = argc > 2 ? std::stoull(argv[2]) : 2016;
  std::string out;
  std::size_t i = 0;
  for (const auto& w : citydip_bench::random_work(n, seed)) {
    citydip::activity_record r{.what = w.what, .known = w.where};
    r.what.id = "a" + std::to_string(++i);
    citydip::write_activity(out, r);
    out += '\n';
    if (out.size() > (1u << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}
