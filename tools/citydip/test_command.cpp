// citydip test: rulebook test files, with coverage and JUnit output.
#include "cli.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace citydip::cli {
namespace {

std::string where(const test_location& w) { return w.file + ":" + std::to_string(w.line); }

std::string title(const std::string& kind, const std::string& id, const std::string& cite) {
  std::string out = kind + (id.empty() ? "" : " '" + id + "'");
  if (!cite.empty()) out += " (" + cite + ")";
  return out;
}

std::string describe_cell(const counterexample& x) {
  std::string out =
      x.city.empty() ? "any " + std::string(to_id(x.tier)) : x.city + " (" + std::string(to_id(x.tier)) + ")";
  out += ": " + std::string(to_id(x.what.kind));
  if (x.what.domain) out += " domain=" + std::string(to_id(*x.what.domain));
  if (x.what.counterpart) out += " counterpart=" + std::string(to_id(*x.what.counterpart));
  for (auto [on, name] : {std::pair{x.what.touches_internal_affairs, "touches_internal_affairs"},
                          {x.what.has_central_mandate, "has_central_mandate"},
                          {x.what.uses_regional_name, "uses_regional_name"},
                          {x.what.legally_binding, "legally_binding"}}) {
    if (on) out += std::string(" ") + name;
  }
  if (!x.what.obtained.empty()) out += " (every approval obtained)";
  return out + " on " + x.what.date->to_string();
}

std::string property_claim(const test_property& p, const test_suite& suite) {
  switch (p.kind) {
    case property_kind::at_most: return "verdict at most " + std::string(to_id(p.bound));
    case property_kind::at_least: return "verdict at least " + std::string(to_id(p.bound));
    case property_kind::never_allowed: return "never allowed";
    case property_kind::never_needs: {
      std::string b;
      for (body x : p.bodies) b += (b.empty() ? "" : ", ") + std::string(to_id(x));
      return "never needs " + b;
    }
    case property_kind::not_stricter_than: return "never stricter than " + suite.rulebooks[p.than].ref;
  }
  return {};
}

std::string xml_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The opening of a case's or a property's <testcase> element, left open for
// its end or its failure: both carry a rulebook, an id and a place.
template <class Test>
void open_testcase(std::ostream& out, const test_suite& suite, const Test& t) {
  out << "    <testcase classname=\"" << xml_escape(suite.rulebooks[t.book].ref) << "\" name=\""
      << xml_escape(t.id.empty() ? where(t.where) : t.id) << "\" file=\"" << xml_escape(t.where.file) << "\" line=\""
      << t.where.line << "\"";
}

void write_junit(const std::string& path, const test_suite& suite, const test_report& report, language lang) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw usage_error{"cannot write '" + path + "'"};
  const std::size_t tests = report.cases.size() + report.properties.size();
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"" << tests << "\" failures=\""
      << report.failures() << "\">\n  <testsuite name=\"citydip\" tests=\"" << tests << "\" failures=\""
      << report.failures() << "\">\n";
  for (const auto& r : report.cases) {
    open_testcase(out, suite, *r.test);
    if (r.passed()) {
      out << "/>\n";
      continue;
    }
    std::string detail;
    for (const auto& m : r.mismatches) detail += m + "\n";
    write_explanation(detail, r.actual, {.lang = lang});
    out << ">\n      <failure message=\"" << xml_escape(r.mismatches.front()) << "\">" << xml_escape(detail)
        << "</failure>\n    </testcase>\n";
  }
  for (const auto& r : report.properties) {
    open_testcase(out, suite, *r.test);
    if (r.passed()) {
      out << "/>\n";
      continue;
    }
    const std::string msg = r.failure ? "fails at " + describe_cell(*r.failure) : "its scope admits no cell";
    out << ">\n      <failure message=\"" << xml_escape(msg) << "\"/>\n    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
}

// Prints `text` line by line, each indented under the failure it belongs to.
void print_indented(const std::string& text) {
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = text.find('\n', at);
    std::cout << "    " << text.substr(at, end - at) << '\n';
    at = end == std::string::npos ? text.size() : end + 1;
  }
}

}  // namespace

int run_test(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip test FILE... [--json] [--coverage] [--threshold PCT] [--junit OUT.xml] [--lang en|zh]

Runs rulebook test files (docs/test-format.md): each case is decided and
compared with what it expects; each property is checked on every cell of its
scope, by exhaustion. Prints each failure with the file and line of the case,
what was expected, the decision taken and its deciding rules with their
citations; for a property, the first counter-example in full.

--coverage     per rulebook the cases use, the rules (and default) no case
               made count, and the share that some case did
--threshold P  fail when a rulebook's coverage is below P percent (implies
               --coverage)
--junit OUT    also write the results as JUnit XML to OUT
--json         one JSON object per case, property and rulebook covered

Exit status: 0 all pass, 1 a failure or coverage below the threshold, 2 a
file that cannot be read (its problems are printed, located).
)";
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  bool coverage = args.flag("--coverage");
  const language lang = parse_lang(args);
  const auto junit = args.option("--junit");
  std::optional<double> threshold;
  if (auto t = args.option("--threshold")) {
    char* end = nullptr;
    const double v = std::strtod(t->c_str(), &end);
    if (end == t->c_str() || *end != '\0' || !(v >= 0 && v <= 100))
      throw usage_error{"--threshold takes a percentage from 0 to 100, not '" + *t + "'"};
    threshold = v;
    coverage = true;
  }
  const auto files = args.positional(static_cast<std::size_t>(-1));
  if (files.empty()) throw usage_error{"which test files? see 'citydip test --help'"};
  test_suite suite;
  std::size_t problems = 0;
  for (const auto& f : files) {
    auto one = parse_tests(read_file(f), {.file = f});
    if (!one) {
      print_diagnostics(one.error());
      problems += one.error().diagnostics.size();
      continue;
    }
    suite.merge(std::move(*one));
  }
  if (problems) throw usage_error{std::to_string(problems) + " problem(s) in the test files; nothing was run"};
  const test_report report = run_tests(suite);
  if (junit) write_junit(*junit, suite, report, lang);
  bool below = false;
  if (as_json) {
    std::string line;
    for (const auto& r : report.cases) {
      line = "{\"kind\":\"case\",\"file\":";
      line += '"' + r.test->where.file + "\",\"line\":" + std::to_string(r.test->where.line) + ",\"id\":\"" +
              r.test->id + "\",\"passed\":" + (r.passed() ? "true" : "false") + ",\"mismatches\":[";
      for (std::size_t i = 0; i < r.mismatches.size(); ++i) line += (i ? ",\"" : "\"") + r.mismatches[i] + "\"";
      line += "],\"decision\":";
      write_decision(line, r.actual, {.city = r.test->subject.id, .lang = lang});
      std::cout << line << "}\n";
    }
    for (const auto& r : report.properties) {
      std::cout << "{\"kind\":\"property\",\"file\":\"" << r.test->where.file << "\",\"line\":" << r.test->where.line
                << ",\"id\":\"" << r.test->id << "\",\"passed\":" << (r.passed() ? "true" : "false")
                << ",\"cells\":" << r.cells << "}\n";
    }
  } else {
    for (const auto& r : report.cases) {
      if (r.passed()) continue;
      const test_case& c = *r.test;
      std::cout << where(c.where) << ": FAIL " << title("case", c.id, c.cite)
                << (c.description.empty() ? "" : ": " + c.description) << "\n  rulebook " << suite.rulebooks[c.book].ref
                << ", city " << c.subject.id << ", " << to_id(c.what.kind) << " on " << c.what.date->to_string()
                << '\n';
      for (const auto& m : r.mismatches) std::cout << "  " << m << '\n';
      std::string text;
      write_explanation(text, r.actual, {.lang = lang});
      std::cout << "  decision taken:\n";
      print_indented(text);
    }
    for (const auto& r : report.properties) {
      if (r.passed()) continue;
      const test_property& p = *r.test;
      std::cout << where(p.where) << ": FAIL " << title("property", p.id, p.cite)
                << (p.description.empty() ? "" : ": " + p.description) << "\n  rulebook " << suite.rulebooks[p.book].ref
                << ": " << property_claim(p, suite) << '\n';
      if (!r.failure) {
        std::cout << "  its scope admits no cell: it claims nothing\n";
        continue;
      }
      std::cout << "  counter-example: " << describe_cell(*r.failure) << '\n';
      std::string text;
      write_explanation(text, r.failure->actual, {.lang = lang});
      if (r.failure->other) {
        text += "under " + suite.rulebooks[p.than].ref + ":\n";
        write_explanation(text, *r.failure->other, {.lang = lang});
      }
      print_indented(text);
    }
  }
  if (coverage) {
    for (const auto& c : report.coverage) {
      const bool low = threshold && c.percent() + 1e-9 < *threshold;
      below = below || low;
      if (as_json) {
        std::cout << "{\"kind\":\"coverage\",\"rulebook\":\"" << c.rulebook << "\",\"covered\":" << c.covered()
                  << ",\"rules\":" << c.rules.size() << ",\"percent\":" << std::round(c.percent() * 10) / 10
                  << ",\"uncovered\":[";
        bool first = true;
        for (const auto& r : c.rules) {
          if (r.counted) continue;
          std::cout << (first ? "\"" : ",\"") << r.id << '"';
          first = false;
        }
        std::cout << "]}\n";
        continue;
      }
      char pct[16];
      std::snprintf(pct, sizeof pct, "%.1f", c.percent());
      std::cout << "coverage of " << c.rulebook << ": " << c.covered() << " of " << c.rules.size()
                << " rules counted in some case, " << pct << "%"
                << (low ? ", below the threshold of " + std::to_string(static_cast<int>(*threshold)) + "%" : "")
                << "; the default decided " << c.default_decided << " case(s)\n";
      for (const auto& r : c.rules) {
        if (!r.counted)
          std::cout << "  no case makes '" << r.id << "'" << (r.layer.empty() ? "" : " (from " + r.layer + ")")
                    << " count\n";
      }
    }
  }
  const std::size_t passed_cases = static_cast<std::size_t>(
      std::count_if(report.cases.begin(), report.cases.end(), [](const case_result& r) { return r.passed(); }));
  const std::size_t passed_props = static_cast<std::size_t>(std::count_if(
      report.properties.begin(), report.properties.end(), [](const property_result& r) { return r.passed(); }));
  if (!as_json) {
    std::cout << report.cases.size() << " cases, " << passed_cases << " passed; " << report.properties.size()
              << " properties, " << passed_props << " passed" << (report.failures() ? "" : ": all pass") << '\n';
  }
  return report.failures() || below ? exit_bad_records : exit_ok;
}

}  // namespace citydip::cli
