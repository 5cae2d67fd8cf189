#include <citydip/decide/testing.hpp>

#include <citydip/decide/decide.hpp>

#include "decide/cells.hpp"

#include <algorithm>

CITYDIP_BEGIN_NAMESPACE
namespace {

std::string names(body_set s) {
  std::string out = "[";
  for (body b : s) out += (out.size() > 1 ? ", " : "") + std::string(to_id(b));
  return out + "]";
}

std::string names(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  std::string out = "[";
  for (const auto& id : ids) out += (out.size() > 1 ? ", " : "") + id;
  return out + "]";
}

// "field: expected X, got Y" for each expectation `d` does not meet.
std::vector<std::string> mismatches(const expectation& e, const decision& d) {
  std::vector<std::string> out;
  const auto check = [&](const char* field, bool same, const std::string& want, const std::string& got) {
    if (!same) out.push_back(std::string(field) + ": expected " + want + ", got " + got);
  };
  if (e.verdict)
    check("verdict", *e.verdict == d.verdict, std::string(to_id(*e.verdict)), std::string(to_id(d.verdict)));
  if (e.bodies) check("bodies", *e.bodies == d.bodies, names(*e.bodies), names(d.bodies));
  if (e.outcome)
    check("outcome", *e.outcome == d.outcome, std::string(to_id(*e.outcome)), std::string(to_id(d.outcome)));
  if (e.missing) check("missing", *e.missing == d.missing, names(*e.missing), names(d.missing));
  if (e.classification) {
    check("classification", *e.classification == d.classification, std::string(to_id(*e.classification)),
          std::string(to_id(d.classification)));
  }
  if (e.decided_by) {
    auto want = *e.decided_by, got = detail::deciding_ids(d);
    std::sort(want.begin(), want.end());
    std::sort(got.begin(), got.end());
    check("decided_by", want == got, names(want), names(got));
  }
  if (e.by_default) {
    check("by_default", *e.by_default == d.by_default, *e.by_default ? "true" : "false",
          d.by_default ? "true" : "false");
  }
  return out;
}

// Checks `p` on every cell its scope admits; stops at the first failure.
property_result check_property(const test_suite& suite, const test_property& p) {
  property_result out{&p, 0, std::nullopt};
  const rulebook& book = suite.rulebooks.at(p.book).book;
  const rulebook* than = p.kind == property_kind::not_stricter_than ? &suite.rulebooks.at(p.than).book : nullptr;
  // One cell: true when the property holds there.
  const auto holds = [&](designation tier, std::string_view city, const activity& a) {
    if (!applies(p.scope, tier, city, a, *a.date)) return true;
    ++out.cells;
    activity x = a;
    if (p.kind == property_kind::never_allowed) x.obtained = body_set::all();
    const decision d = decide(book, tier, city, x);
    bool ok = true;
    std::optional<decision> other;
    switch (p.kind) {
      case property_kind::at_most: ok = d.verdict <= p.bound; break;
      case property_kind::at_least: ok = d.verdict >= p.bound; break;
      case property_kind::never_allowed: ok = d.outcome != outcome::allowed; break;
      case property_kind::never_needs: ok = (d.bodies & p.bodies).empty(); break;
      case property_kind::not_stricter_than:
        other = decide(*than, tier, city, x);
        ok = d.verdict <= other->verdict;
        break;
    }
    if (!ok) out.failure = counterexample{tier, std::string(city), x, d, std::move(other)};
    return ok;
  };
  std::initializer_list<const rulebook*> books = {&book};
  std::initializer_list<const rulebook*> both = {&book, than};
  const auto& all = than ? both : books;
  for (const date on : detail::dates_of(all)) {
    const auto named = detail::named_subjects(all, on);
    // A scope's named cities are subjects even when no rule names them.
    std::vector<detail::named_subject> subjects = named;
    for (const auto& id : p.scope.cities) {
      if (std::none_of(named.begin(), named.end(), [&](const auto& s) { return s.city == id; })) {
        for (const auto& t : vocabulary<designation>()) subjects.push_back({id, t.value});
      }
    }
    bool stop = false;
    detail::for_each_activity(on, [&](const activity& a) {
      if (stop) return;
      for (const auto& t : vocabulary<designation>()) {
        if (!holds(t.value, {}, a)) {
          stop = true;
          return;
        }
      }
      for (const auto& s : subjects) {
        if (!holds(s.tier, s.city, a)) {
          stop = true;
          return;
        }
      }
    });
    if (stop) break;
  }
  return out;
}

}  // namespace

void test_suite::merge(test_suite&& other) {
  std::vector<std::size_t> index;
  for (auto& r : other.rulebooks) {
    auto it = std::find_if(rulebooks.begin(), rulebooks.end(), [&](const test_rulebook& x) { return x.ref == r.ref; });
    if (it == rulebooks.end()) {
      rulebooks.push_back(std::move(r));
      index.push_back(rulebooks.size() - 1);
    } else {
      index.push_back(static_cast<std::size_t>(it - rulebooks.begin()));
    }
  }
  for (auto& c : other.cases) {
    c.book = index.at(c.book);
    cases.push_back(std::move(c));
  }
  for (auto& p : other.properties) {
    p.book = index.at(p.book);
    p.than = p.kind == property_kind::not_stricter_than ? index.at(p.than) : 0;
    properties.push_back(std::move(p));
  }
}

std::size_t coverage_report::covered() const noexcept {
  return static_cast<std::size_t>(
      std::count_if(rules.begin(), rules.end(), [](const rule_coverage& r) { return r.counted > 0; }));
}

double coverage_report::percent() const noexcept {
  return rules.empty() ? 100.0 : 100.0 * static_cast<double>(covered()) / static_cast<double>(rules.size());
}

std::size_t test_report::failures() const noexcept {
  return static_cast<std::size_t>(
      std::count_if(cases.begin(), cases.end(), [](const case_result& r) { return !r.passed(); }) +
      std::count_if(properties.begin(), properties.end(), [](const property_result& r) { return !r.passed(); }));
}

test_report run_tests(const test_suite& suite) {
  test_report out;
  // Coverage, per rulebook some case uses: its rules in order.
  std::vector<std::optional<std::size_t>> report_of(suite.rulebooks.size());
  for (const test_case& c : suite.cases) {
    const rulebook& book = suite.rulebooks.at(c.book).book;
    if (!report_of[c.book]) {
      coverage_report rep{suite.rulebooks[c.book].ref, {}};
      for (const rule& r : book.rules()) rep.rules.push_back({r.id, r.layer, 0, 0});
      report_of[c.book] = out.coverage.size();
      out.coverage.push_back(std::move(rep));
    }
    decision d = decide(book, c.subject, c.what);
    auto& rep = out.coverage[*report_of[c.book]];
    if (d.by_default) ++rep.default_decided;
    for (const reason& r : d.reasons()) {
      if (r.rule == &book.fallback()) continue;
      auto& row = rep.rules[static_cast<std::size_t>(r.rule - book.rules().data())];
      ++row.counted;
      if (r.deciding) ++row.decided;
    }
    auto wrong = mismatches(c.expect, d);
    out.cases.push_back({&c, std::move(d), std::move(wrong)});
  }
  for (const test_property& p : suite.properties) out.properties.push_back(check_property(suite, p));
  return out;
}

CITYDIP_END_NAMESPACE
