// citydip: the command-line tool.
#include "cli.hpp"

#include <array>
#include <iostream>
#include <string_view>

namespace {

using namespace citydip::cli;

struct command {
  std::string_view name;
  int (*run)(arguments);
  std::string_view summary;
};

constexpr std::array commands{
    command{"check", run_check, "decide a batch of activities (JSON array or JSON Lines)"},
    command{"whatif", run_whatif, "what would it take: the smallest changes that let an activity go ahead"},
    command{"ladder", run_ladder, "one activity's verdict at every tier from a city's own up, per rulebook"},
    command{"serve", run_serve, "serve decisions over HTTP (docs/server.md)"},
    command{"powers", run_powers, "what a city may do: every activity kind with its verdict"},
    command{"lint", run_lint, "report every problem in a rulebook file, and what the analyses find"},
    command{"audit", run_audit, "a city's institutions against the paper's recommendations"},
    command{"diff", run_diff, "every difference between two rulebooks"},
    command{"test", run_test, "run rulebook test files: cases, properties and coverage"},
    command{"cities", run_cities, "search the gazetteer"},
    command{"vocab", run_vocab, "every id of every vocabulary, with display names"},
    command{"rulebook", run_rulebook, "list the built-in rulebooks, or show one as JSON"},
};

void usage(std::ostream& out) {
  out << "usage: citydip COMMAND [OPTIONS]\n\n"
         "Decides whether a Chinese city may carry out a foreign activity, what it needs first, and why.\n\n"
         "commands:\n";
  for (const auto& c : commands) out << "  " << pad(c.name, 10) << c.summary << '\n';
  out << "\n'citydip COMMAND --help' describes each; 'citydip --version' prints the version.\n";
}

}  // namespace

int main(int argc, char** argv) {
  // C++ streams with buffers of their own: faster, and std::cin can then tell
  // how much input has arrived, so that check streams.
  std::ios::sync_with_stdio(false);
  if (argc < 2) {
    usage(std::cerr);
    return exit_usage;
  }
  const std::string_view first = argv[1];
  if (first == "--help" || first == "-h" || first == "help") {
    usage(std::cout);
    return exit_ok;
  }
  if (first == "--version") {
    std::cout << "citydip " << citydip::version_string() << '\n';
    return exit_ok;
  }
  std::vector<std::string> rest(argv + 2, argv + argc);
  for (const auto& c : commands) {
    if (c.name != first) continue;
    try {
      return c.run(arguments(std::string(first), std::move(rest)));
    } catch (const usage_error& e) {
      std::cerr << "citydip " << first << ": " << e.message << '\n';
      return exit_usage;
    } catch (const citydip::exception& e) {
      std::cerr << "citydip " << first << ": " << e.what() << '\n';
      return exit_usage;
    } catch (const std::exception& e) {
      std::cerr << "citydip " << first << ": " << e.what() << '\n';
      return exit_usage;
    }
  }
  std::string hint;
  for (const auto& c : commands) {
    if (c.name.substr(0, 2) == first.substr(0, 2)) hint = "; did you mean '" + std::string(c.name) + "'?";
  }
  std::cerr << "citydip: unknown command '" << first << "'" << hint << "\n";
  usage(std::cerr);
  return exit_usage;
}
