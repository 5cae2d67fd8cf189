/**
 * @file test_json.hpp
 * @brief Reading rulebook test files (docs/test-format.md).
 */
#ifndef CITYDIP_IO_TEST_JSON_HPP
#define CITYDIP_IO_TEST_JSON_HPP

#include <citydip/config.hpp>
#include <citydip/decide/testing.hpp>
#include <citydip/error.hpp>

#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/// The two forms of a test file.
enum class test_file_form {
  automatic,   ///< JSON Lines when the file name ends in `.jsonl`, else one JSON object.
  json,        ///< One object: `{"citydip_tests": 1, "cases": [...], "properties": [...]}`.
  json_lines,  ///< One case or property per line, after an optional header line.
};

/// How to read a test file.
struct test_read_options {
  std::string_view file{};  ///< Its name, for diagnostics; relative rulebook paths start beside it.
  test_file_form form = test_file_form::automatic;  ///< Which form it is in.
};

/**
 * @brief Reads a test file: its cases and properties, and every rulebook
 *        they name (a built-in name, or a rulebook file relative to the test
 *        file, which may extend another).
 * @return the suite, or every problem, each with file, line, column and
 *         JSON path: unknown keys, rulebooks, cities, kinds, bodies, verdicts
 *         and rule ids (with a "did you mean"), a file with no case and no
 *         property, and an expectation no decision can meet (bodies for an
 *         autonomous or prohibited verdict, none for the others, approvals
 *         missing from an outcome that is not pending, an empty `expect`).
 */
CITYDIP_API result<test_suite> parse_tests(std::string_view text, const test_read_options& options = {});

CITYDIP_END_NAMESPACE

#endif
