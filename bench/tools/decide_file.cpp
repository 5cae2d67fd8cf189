// citydip's side of the engine comparison (bench/compare): reads activities
// (JSON Lines), decides them all under a built-in rulebook, and times that in
// chunks. Writes one line per activity to OUT: the city's tier on the
// activity's date (entity data the other engines are given) and whether the
// outcome is `allowed`. Prints the median nanoseconds per decision over the
// chunks as one JSON object.
//   decide_file RULEBOOK ACTIVITIES OUT [CHUNK]
#include <citydip/citydip.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: decide_file RULEBOOK ACTIVITIES OUT [CHUNK]\n";
    return 2;
  }
  const auto book = citydip::builtin_rulebook(argv[1]);
  if (!book) {
    std::cerr << "decide_file: no built-in rulebook '" << argv[1] << "'\n";
    return 2;
  }
  const std::size_t chunk = argc > 4 ? std::stoul(argv[4]) : 1000;
  std::ifstream in(argv[2]);
  std::vector<citydip::activity_record> records;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    auto r = citydip::parse_activity(line, {.file = argv[2]});
    if (!r) {
      std::cerr << "decide_file: line " << n << ": " << r.error().to_string() << "\n";
      return 1;
    }
    records.push_back(std::move(*r));
  }
  std::vector<double> per_decision;
  std::size_t allowed = 0;
  for (std::size_t first = 0; first < records.size(); first += chunk) {
    const std::size_t last = std::min(records.size(), first + chunk);
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = first; i < last; ++i) {
      const citydip::decision d = citydip::decide(*book, records[i].subject(), records[i].what);
      allowed += d.outcome == citydip::outcome::allowed;
    }
    const auto ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count();
    per_decision.push_back(ns / static_cast<double>(last - first));
  }
  std::ofstream out(argv[3]);
  for (const auto& r : records) {
    const citydip::decision d = citydip::decide(*book, r.subject(), r.what);
    out << citydip::to_id(d.tier) << ' ' << (d.outcome == citydip::outcome::allowed ? "allow" : "deny") << '\n';
  }
  std::sort(per_decision.begin(), per_decision.end());
  std::cout << "{\"engine\":\"citydip\",\"decisions\":" << records.size() << ",\"allowed\":" << allowed
            << ",\"median_ns\":" << per_decision[per_decision.size() / 2] << "}\n";
  return 0;
}
