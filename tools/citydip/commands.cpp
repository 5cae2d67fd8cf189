// citydip powers, lint, cities, vocab and rulebook.
#include "cli.hpp"

#include <fstream>
#include <iostream>

namespace citydip::cli {
namespace {

std::string list(body_set bodies, language lang) {
  const std::string out = bodies_list(bodies, lang);
  return out.empty() ? "-" : out;
}

std::string designations_text(const city& c) {
  std::string out;
  for (const auto& r : c.designations) {
    if (!out.empty()) out += "; ";
    out += std::string(to_id(r.designation)) + " " + (r.since ? r.since->to_string() : "?") + "–" +
           (r.until ? r.until->to_string() : "");
  }
  return out.empty() ? "-" : out;
}

}  // namespace

int run_powers(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip powers CITY [--rulebook NAME|FILE] [--as-of DATE] [--lang en|zh] [--json]

Prints what CITY may do: every activity kind with its verdict, the bodies it
names and the rules that decide it, for the city's tier on the date (today by
default). CITY is a gazetteer id or name (citydip cities) or a city JSON file.
The verdict is for the kind with nothing more specified: a particular domain,
counterpart or flag can change it (decide such an activity with 'check').
With --json, one decision per line, its "id" the activity kind.
)";
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  const language lang = parse_lang(args);
  const date on = parse_as_of(args).value_or(date::today());
  const rulebook book = open_rulebook(args);
  const auto pos = args.positional(1);
  if (pos.empty()) throw usage_error{"which city? see 'citydip powers --help'"};
  const city c = city_argument(pos[0]);
  const auto all = powers(book, c, on);
  if (as_json) {
    std::string line;
    for (const auto& p : all) {
      line.clear();
      write_decision(line, p.what, {.id = to_id(p.kind), .city = c.id, .lang = lang});
      std::cout << line << '\n';
    }
    return exit_ok;
  }
  std::cout << (lang == language::zh ? c.name_zh : c.name_en) << " (" << c.id << "), " << name(c.tier_on(on), lang)
            << ", " << on.to_string() << ", " << book.name() << "\n\n";
  const std::size_t verdict_width = lang == language::zh ? 30 : 18;  // Chinese verdict names run to 28 columns
  std::cout << pad(lang == language::zh ? "活动" : "ACTIVITY", 42)
            << pad(lang == language::zh ? "结论" : "VERDICT", verdict_width)
            << pad(lang == language::zh ? "机构" : "BODIES", 44) << (lang == language::zh ? "依据" : "DECIDED BY")
            << '\n';
  for (const auto& p : all) {
    std::string by;
    for (const reason& r : p.what.reasons()) {
      if (r.deciding) by += (by.empty() ? "" : " ") + r.rule->id;
    }
    std::cout << pad(name(p.kind, lang), 42) << pad(name(p.what.verdict, lang), verdict_width)
              << pad(list(p.what.bodies, lang), 44) << by << '\n';
  }
  return exit_ok;
}

int run_lint(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip lint FILE

Loads the rulebook FILE and reports every problem in it, each with its line,
column, JSON path, what was found and what was expected. A rulebook that
loads is then analysed by exhaustion: every activity where a higher tier is
more restricted than a lower one (Z-2.2-6) is an error naming the rules
responsible; a rule that never counts and an exception that changes no
decision are warnings. Exit status 0 when the rulebook is sound (warnings
allowed), 2 when it has problems, violates monotonicity or cannot be read.
)";
    return exit_ok;
  }
  const auto pos = args.positional(1);
  if (pos.empty()) throw usage_error{"which rulebook file? see 'citydip lint --help'"};
  const std::string& path = pos[0];
  const std::string display = path == "-" ? "<stdin>" : path;
  auto book = load_rulebook(read_file(path), {.file = display});
  if (!book) {
    for (const auto& d : book.error().diagnostics) std::cout << d.to_string() << '\n';
    std::cout << display << ": " << book.error().diagnostics.size() << " problem(s)\n";
    return exit_usage;
  }
  std::cout << display << ": loaded: rulebook '" << book->name() << "', " << book->rules().size() << " rules, default "
            << to_id(book->fallback().verdict) << '\n';
  return lint_analyses(*book, display);
}

int run_cities(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip cities [QUERY] [--as-of DATE] [--json]

Lists the gazetteer's cities whose id, English or Chinese name contains QUERY
(all of them without one; English matches ignore case, accents, spaces and
apostrophes), with their tier on the date (today by default) and every
designation with its dates ('?' where the start is unknown). With --json,
one city object per line.
)";
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  const date on = parse_as_of(args).value_or(date::today());
  const auto pos = args.positional(1);
  const std::string query = pos.empty() ? "" : pos[0];
  std::size_t shown = 0;
  for (const city* found : search_cities(query)) {
    const city& c = *found;
    ++shown;
    if (as_json) {
      std::string text;
      write_city(text, c);
      std::cout << text << '\n';
    } else {
      std::cout << pad(c.id, 14) << pad(c.name_zh, 10) << pad(c.name_en, 14) << pad(to_id(c.tier_on(on)), 30)
                << designations_text(c) << '\n';
    }
  }
  if (shown == 0 && !as_json) std::cout << "no gazetteer city matches '" << query << "'\n";
  return exit_ok;
}

int run_vocab(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip vocab [--lang en|zh]

Lists every id of every vocabulary the JSON formats use, with its display
name in the language asked for (default en).
)";
    return exit_ok;
  }
  const language lang = parse_lang(args);
  args.positional(0);
  const auto section = [&]<class Enum>(Enum) {
    std::cout << enum_traits<Enum>::name << ":\n";
    for (const auto& row : vocabulary<Enum>()) {
      std::cout << "  " << pad(row.id, 44) << display_name(row.value, lang) << '\n';
    }
  };
  section(designation{});
  section(activity_kind{});
  section(issue_domain{});
  section(counterpart{});
  section(activity_flag{});
  section(body{});
  section(verdict{});
  section(classification{});
  section(outcome{});
  section(governance_form{});
  section(official{});
  section(department{});
  section(international_office_function{});
  return exit_ok;
}

int run_rulebook(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip rulebook list
       citydip rulebook show NAME|FILE [--flatten]

list  the built-in rulebooks, with their dates, sizes and titles
show  prints a rulebook (built-in, or a file) in the rulebook JSON format,
      the same format your own rulebooks are written in: a place to start
      from. A rulebook that extends another is printed as written (its
      extends, add, replace and remove); with --flatten, resolved into one
      rulebook whose inherited rules name the layer they come from
)";
    return exit_ok;
  }
  const bool flatten = args.flag("--flatten");
  const auto pos = args.positional(2);
  if (pos.empty()) throw usage_error{"expected 'list' or 'show NAME'; see 'citydip rulebook --help'"};
  if (pos[0] == "list") {
    if (pos.size() > 1) throw usage_error{"'rulebook list' takes no argument"};
    for (const auto& info : builtin_rulebooks()) {
      const auto book = *builtin_rulebook(info.name);
      std::cout << pad(info.name, 29) << pad(book.source().as_of ? book.source().as_of->to_string() : "-", 12)
                << pad(std::to_string(book.rules().size()) + " rules", 10) << book.title() << '\n';
    }
    return exit_ok;
  }
  if (pos[0] == "show") {
    if (pos.size() < 2) throw usage_error{"which rulebook? 'citydip rulebook list' names the built-in ones"};
    if (!builtin_rulebook(pos[1]) && !std::ifstream(pos[1])) {
      throw usage_error{"no built-in rulebook is named '" + pos[1] +
                        "' and no such file can be read; 'citydip rulebook list' names the built-in ones"};
    }
    const auto layers = open_layers(pos[1]);
    std::string text;
    if (layers.back().overlay && !flatten) {
      write_rulebook(text, *layers.back().overlay);
    } else {
      write_rulebook(text, layers.back().resolved);
    }
    std::cout << text;
    return exit_ok;
  }
  throw usage_error{"unknown rulebook command '" + pos[0] + "': expected 'list' or 'show'"};
}

}  // namespace citydip::cli
