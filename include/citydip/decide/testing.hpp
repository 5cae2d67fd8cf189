/**
 * @file testing.hpp
 * @brief Rulebook tests: cases that state what a rulebook must decide,
 *        properties checked by exhaustion, and which rules the cases cover.
 *
 * A host builds a `test_suite` in C++ or reads one from a test file
 * (`parse_tests`, docs/test-format.md), runs it with `run_tests`, and
 * inspects the `test_report`. `citydip test` is this, on the command line.
 */
#ifndef CITYDIP_DECIDE_TESTING_HPP
#define CITYDIP_DECIDE_TESTING_HPP

#include <citydip/config.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/rules/condition.hpp>
#include <citydip/rules/rulebook.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/// Where a case or property was written: 0 for a line not known (built in C++).
struct test_location {
  std::string file{};    ///< The test file.
  std::size_t line = 0;  ///< The line its object starts on.
};

/**
 * @brief What a case expects of its decision: any subset of these; each one
 *        given must hold.
 */
struct expectation {
  std::optional<citydip::verdict> verdict{};                ///< The verdict.
  std::optional<body_set> bodies{};                         ///< The bodies, exactly.
  std::optional<citydip::outcome> outcome{};                ///< The outcome, given what the activity obtained.
  std::optional<body_set> missing{};                        ///< The approvals still missing, exactly.
  std::optional<citydip::classification> classification{};  ///< The classification.
  std::optional<std::vector<std::string>> decided_by{};     ///< The deciding rules' ids, in any order.
  std::optional<bool> by_default{};                         ///< Whether the default decided.
};

/**
 * @brief One activity of one city, decided under one of the suite's
 *        rulebooks, with what the decision must be.
 */
struct test_case {
  std::string id{};           ///< Its name in reports; may be empty.
  std::string description{};  ///< What it checks, in words.
  std::string cite{};         ///< What it rests on: a `Z-…` id, a law article, or empty.
  std::size_t book = 0;       ///< Index into `test_suite::rulebooks`.
  city subject{};             ///< The city (a gazetteer city's copy, or one described in full).
  activity what{};            ///< The activity; its date is set.
  expectation expect{};       ///< What the decision must be.
  test_location where{};      ///< Where it was written.
};

/// What a property claims of every cell in its scope.
enum class property_kind {
  at_most,            ///< The verdict is `bound` or less restrictive.
  at_least,           ///< The verdict is `bound` or more restrictive.
  never_allowed,      ///< The outcome is not `allowed`, even with every approval obtained.
  never_needs,        ///< The decision names none of `bodies`.
  not_stricter_than,  ///< The verdict is no more restrictive than under the rulebook `than`.
};

/**
 * @brief A claim about every cell (as the analyses enumerate them,
 *        analysis.hpp) that its scope admits.
 */
struct test_property {
  std::string id{};                             ///< Its name in reports; may be empty.
  std::string description{};                    ///< What it checks, in words.
  std::string cite{};                           ///< What it rests on.
  std::size_t book = 0;                         ///< Index into `test_suite::rulebooks`: the rulebook it is about.
  property_kind kind = property_kind::at_most;  ///< The claim.
  condition scope{};                    ///< The cells it is about: a rule's condition (absent fields: every value).
  verdict bound = verdict::autonomous;  ///< For `at_most` and `at_least`.
  body_set bodies{};                    ///< For `never_needs`.
  std::size_t than = 0;                 ///< For `not_stricter_than`: index into `test_suite::rulebooks`.
  test_location where{};                ///< Where it was written.
};

/// A rulebook a suite uses, with the name it was referred to by.
struct test_rulebook {
  std::string ref{};  ///< A built-in name, or the file's path as resolved.
  rulebook book;      ///< The compiled rulebook.
};

/**
 * @brief Cases and properties, and the rulebooks they refer to.
 */
struct test_suite {
  std::vector<test_rulebook> rulebooks{};   ///< Each rulebook once.
  std::vector<test_case> cases{};           ///< The cases, in file order.
  std::vector<test_property> properties{};  ///< The properties, in file order.

  /**
   * @brief Appends @p other's cases and properties; a rulebook both use (the
   *        same `ref`) is kept once, so that coverage counts it once.
   */
  CITYDIP_API void merge(test_suite&& other);
};

/// One case's result.
struct case_result {
  const test_case* test = nullptr;        ///< The case (in the suite run).
  decision actual{};                      ///< The decision taken (refers to the suite's rulebook).
  std::vector<std::string> mismatches{};  ///< One line per expectation that failed: `verdict: expected …, got …`.
  /// @return whether every expectation held.
  bool passed() const noexcept { return mismatches.empty(); }
};

/// A cell where a property fails, in full.
struct counterexample {
  designation tier = designation::small_medium_city;  ///< The tier.
  std::string city{};                                 ///< The named city, or empty for any city of the tier.
  activity what{};                                    ///< The activity (every approval obtained for `never_allowed`).
  decision actual{};                                  ///< The property's rulebook's decision.
  std::optional<decision> other{};                    ///< `than`'s decision, for `not_stricter_than`.
};

/// One property's result.
struct property_result {
  const test_property* test = nullptr;      ///< The property (in the suite run).
  std::size_t cells = 0;                    ///< The cells in its scope that were checked.
  std::optional<counterexample> failure{};  ///< The first cell where it fails.
  /// @return whether it held on every cell; a scope that admits no cell
  ///         fails, since the property would claim nothing.
  bool passed() const noexcept { return cells > 0 && !failure.has_value(); }
};

/// How often the cases made one rule count and decide.
struct rule_coverage {
  std::string id{};         ///< The rule's id.
  std::string layer{};      ///< The layer it comes from (`rule::layer`).
  std::size_t counted = 0;  ///< Cases where it counted (was a reason).
  std::size_t decided = 0;  ///< Cases where it decided.
};

/// Which rules of one rulebook the cases exercise.
struct coverage_report {
  std::string rulebook{};              ///< The rulebook's `ref`.
  std::vector<rule_coverage> rules{};  ///< Every rule, in order.
  /// Cases the default decided. The default is not counted among the rules:
  /// a rulebook whose rules cover every activity (status-quo-2016) leaves it
  /// nothing to decide, and no case could cover it.
  std::size_t default_decided = 0;
  /// @return the rules some case made count.
  CITYDIP_API std::size_t covered() const noexcept;
  /// @return covered() as a percentage of all of them.
  CITYDIP_API double percent() const noexcept;
};

/// Everything `run_tests` found.
struct test_report {
  std::vector<case_result> cases{};           ///< One per case, in order.
  std::vector<property_result> properties{};  ///< One per property, in order.
  std::vector<coverage_report> coverage{};    ///< One per rulebook some case uses, in suite order.
  /// @return the cases and properties that failed.
  CITYDIP_API std::size_t failures() const noexcept;
};

/**
 * @brief Decides every case and checks every property of @p suite.
 *
 * The report refers to @p suite (its cases, properties and rulebooks): keep
 * the suite alive while the report is used.
 */
CITYDIP_API test_report run_tests(const test_suite& suite);
/// Deleted: the report would refer to a suite that is gone.
test_report run_tests(const test_suite&& suite) = delete;

CITYDIP_END_NAMESPACE

#endif
