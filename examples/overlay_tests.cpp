// A province's own rule on top of the national ones: an overlay of
// status-quo-2016 (examples/data/provincial-offices.json) and its test file,
// run through the library as citydip test runs them.
#include <citydip/citydip.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {
std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}
}  // namespace

int main() {
  const std::string dir = CITYDIP_EXAMPLES_DIR "/data/";
  // The overlay: every rule knows the layer it came from.
  const auto book =
      citydip::load_rulebook(slurp(dir + "provincial-offices.json"), {.file = dir + "provincial-offices.json"});
  if (!book) {
    std::cerr << book.error().to_string();
    return 1;
  }
  for (const citydip::rule& r : book->rules()) {
    if (r.layer.empty()) std::cout << "own rule: " << r.id << " [" << r.cite << "]\n";
  }
  // Its tests: cases and properties, with coverage.
  const std::string tests_file = dir + "provincial-offices.tests.json";
  const auto suite = citydip::parse_tests(slurp(tests_file), {.file = tests_file});
  if (!suite) {
    std::cerr << suite.error().to_string();
    return 1;
  }
  const citydip::test_report report = citydip::run_tests(*suite);
  for (const auto& c : report.cases) {
    std::cout << (c.passed() ? "pass " : "FAIL ") << c.test->id << ": " << to_id(c.actual.verdict) << '\n';
    for (const auto& m : c.mismatches) std::cout << "  " << m << '\n';
  }
  for (const auto& p : report.properties) {
    std::cout << (p.passed() ? "pass " : "FAIL ") << p.test->id << " (" << p.cells << " cells)\n";
  }
  for (const auto& c : report.coverage) {
    std::cout << "coverage: " << c.covered() << " of " << c.rules.size() << " rules\n";
  }
  return report.failures() == 0 ? 0 : 1;
}
