// The citydip command-line tool: shared pieces of its subcommands.
#ifndef CITYDIP_TOOLS_CLI_HPP
#define CITYDIP_TOOLS_CLI_HPP

#include <citydip/citydip.hpp>

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
rulebook open_rulebook(arguments& args);  // --rulebook NAME|FILE, default status-quo-2016
const city& find_city_or_fail(std::string_view name);
// Every layer of a rulebook (a built-in name or a file), root first.
std::vector<rulebook_layer> open_layers(const std::string& name);
// Compiles one layer's flattened rulebook.
rulebook compile_layer(const rulebook_layer& layer);

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
std::string pad(std::string_view s, std::size_t width);  // pads by display columns (CJK counts two)

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
// The analyses lint runs on a rulebook that loaded: returns its exit status.
int lint_analyses(const rulebook& book, const std::string& display);

}  // namespace citydip::cli

#endif
