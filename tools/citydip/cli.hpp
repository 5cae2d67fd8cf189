// The citydip command-line tool: shared pieces of its subcommands.
#ifndef CITYDIP_TOOLS_CLI_HPP
#define CITYDIP_TOOLS_CLI_HPP

#include <citydip/citydip.hpp>

#include <fstream>
#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace citydip::cli {

// Exit statuses (DESIGN: CLI).
inline constexpr int exit_ok = 0;
inline constexpr int exit_bad_records = 1;
inline constexpr int exit_usage = 2;

// A usage or I/O problem: printed as "citydip CMD: message" and exit 2.
struct usage_error {
  std::string message;
};

// The arguments after the subcommand's name, consumed as they are read.
class arguments {
 public:
  arguments(std::string command, std::vector<std::string> args)
      : command_(std::move(command)), args_(std::move(args)) {}

  const std::string& command() const { return command_; }
  // Removes `--name VALUE` (or `--name=VALUE`) and returns VALUE.
  std::optional<std::string> option(std::string_view name);
  // Removes every `--name VALUE` (or `--name=VALUE`) and returns the values in order.
  std::vector<std::string> options(std::string_view name);
  // Removes `--name` and returns whether it was there.
  bool flag(std::string_view name);
  // The remaining arguments, which must not start with "--" (a lone "-" is fine).
  std::vector<std::string> positional(std::size_t at_most);

 private:
  std::string command_;
  std::vector<std::string> args_;
};

// The common options.
language parse_lang(arguments& args);
std::optional<date> parse_as_of(arguments& args);
rulebook open_rulebook(arguments& args);          // --rulebook NAME|FILE, default status-quo-2016
rulebook open_rulebook(const std::string& name);  // a built-in name or a rulebook file
// Every --rulebook given, in order; @p defaults when none is.
std::vector<rulebook> open_rulebooks(arguments& args, std::vector<std::string> defaults);
// A city named in the gazetteer, or a city JSON file.
city city_argument(const std::string& arg);
// Every layer of a rulebook (a built-in name or a file), root first.
std::vector<rulebook_layer> open_layers(const std::string& name);
// Compiles one layer's flattened rulebook.
rulebook compile_layer(const rulebook_layer& layer);

// The activities of PATH ("-": standard input), read as check reads them: a
// JSON array or JSON Lines. Opening fails with a usage_error.
class activity_input {
 public:
  explicit activity_input(const std::string& path, std::optional<date> as_of);
  // Calls @p decided for each record that reads, or @p failed for each that
  // does not, in input order, flushing the output after each record when
  // reading standard input. Returns whether any record was bad.
  bool each(const std::function<void(std::size_t line, const activity_record&)>& decided,
            const std::function<void(const bad_record&)>& failed);

 private:
  std::ifstream file_;
  bool stdin_;
  std::string display_;
  std::optional<date> as_of_;
};

// Reads a whole file ("-" or empty: standard input).
std::string read_file(const std::string& path);

// Prints diagnostics to standard error, one per line.
void print_diagnostics(const error& e);

// Text helpers.
// A vocabulary value as the tool shows it: its id in English, its display name in Chinese.
template <vocabulary_enum Enum>
std::string name(Enum e, language lang) {
  return std::string(lang == language::zh ? display_name(e, lang) : to_id(e));
}
// Bodies by name (ids in English, display names in Chinese), joined as a list; empty when none.
std::string bodies_list(body_set bodies, language lang);
std::size_t columns(std::string_view s);                 // display columns (CJK counts two)
std::string pad(std::string_view s, std::size_t width);  // pads by display columns

// The subcommands: each returns its exit status.
int run_check(arguments args);
int run_powers(arguments args);
int run_lint(arguments args);
int run_cities(arguments args);
int run_vocab(arguments args);
int run_rulebook(arguments args);
int run_audit(arguments args);
int run_diff(arguments args);
int run_test(arguments args);
int run_whatif(arguments args);
int run_ladder(arguments args);
int run_serve(arguments args);
// What check --whatif adds to a decision's JSON line and to its reasons.
void add_first_remedy_json(std::string& line, const what_it_takes& t, const what_if_write_options& options);
void add_first_remedy_text(std::string& text, const what_it_takes& t, language lang);
// The analyses lint runs on a rulebook that loaded: returns its exit status.
int lint_analyses(const rulebook& book, const std::string& display);

}  // namespace citydip::cli

#endif
