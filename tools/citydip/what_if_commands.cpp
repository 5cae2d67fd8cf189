// citydip whatif and ladder: what would it take, and the standing ladder.
#include "cli.hpp"

#include <algorithm>
#include <charconv>
#include <iostream>

namespace citydip::cli {
namespace {

const char* const whatif_help =
    R"(usage: citydip whatif [--rulebook NAME|FILE]... [--allow KINDS] [--max N]
                      [--max-changes N] [--json] [--lang en|zh] [--as-of DATE]
                      [FILE|-]

Answers, for every activity in FILE (read exactly as 'check' reads it: a JSON
array or JSON Lines, standard input when FILE is '-' or absent), what would
it take for it to be allowed: the smallest sets of changes after which it is,
each with the decision it would then get and the rules that decide it.

  --rulebook NAME|FILE  the rulebook to decide under (default status-quo-2016);
                        given again, the others are rulebooks a remedy may
                        move to ("what the reform would change")
  --allow KINDS         the kinds of change a remedy may make, comma-separated:
                        approvals (approvals and the central mandate),
                        standing (a higher designation), proposal (drop a
                        flag, another domain or counterpart), date (another
                        date, where a dated rule or designation decides),
                        rulebook (another rulebook given)
                        (default approvals,standing,rulebook)
  --max N               remedies per activity, the first in order (default 3;
                        0: every one)
  --max-changes N       changes in one remedy besides the approvals it obtains
                        (default 3)
  --json                one what-if object per line, in input order
  --lang en|zh          language of names and reasons (default en)
  --as-of DATE          date of activities that give none (default today)

Remedies come fewest changes first, then those involving the least central
bodies. A prohibited activity also gets its red line and the changes of the
proposal that lift it. A bad record gets an error in its place.
Exit status: 0 all answered, 1 some records were bad, 2 usage, I/O or
rulebook error.
)";

const char* const ladder_help =
    R"(usage: citydip ladder CITY KIND [--rulebook NAME|FILE]... [--as-of DATE]
                     [--lang en|zh] [--json]

Prints the standing ladder: the decision on an activity of KIND (nothing more
specified) if CITY held each tier from its own up to special administrative
region, under each rulebook given (default: status-quo-2016 and
reform-proposal). CITY is a gazetteer id or name or a city JSON file; the
date is --as-of (default today). With --json, one ladder object.
)";

change_families parse_allow(const std::string& text) {
  change_families out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    const std::string item = text.substr(start, end - start);
    const auto f = from_id<change_family>(item);
    if (!f) {
      std::string known;
      for (const auto& row : vocabulary<change_family>()) known += (known.empty() ? "" : ", ") + std::string(row.id);
      std::string message = "--allow takes a comma-separated list of ";
      message += known;
      message += "; not '";
      message += item;
      message += "'";
      throw usage_error{message};
    }
    out.insert(*f);
    start = end + 1;
  }
  return out;
}

std::size_t parse_count(arguments& args, std::string_view name, std::size_t fallback) {
  const auto text = args.option(name);
  if (!text) return fallback;
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), n);
  if (ec != std::errc{} || end != text->data() + text->size() || n > 1000) {
    throw usage_error{std::string(name) + " takes a whole number from 0 to 1000, not '" + *text + "'"};
  }
  return n;
}

// The decision in one line: verdict, bodies, outcome and what is missing.
std::string summary(const decision& d, language lang) {
  const bool zh = lang == language::zh;
  const auto list = [&](body_set bodies, bool mandate) {
    std::string out = bodies_list(bodies, lang);
    if (mandate) out += (out.empty() ? "" : zh ? "、" : ", ") + std::string(zh ? "中央授权" : "central mandate");
    return out;
  };
  std::string out = std::string(d.rulebook) + (zh ? "：" : ": ") + name(d.verdict, lang);
  if (!d.bodies.empty()) out += (zh ? "（" : " (") + list(d.bodies, false) + (zh ? "）" : ")");
  out += (zh ? "，" : ", ") + name(d.outcome, lang);
  if (d.outcome == outcome::pending) out += (zh ? "；尚缺：" : "; missing: ") + list(d.missing, d.mandate_missing);
  return out;
}

// The deciding rules of a decision, each with its citation in brief.
std::string deciding_rules(const decision& d, language lang) {
  std::string rules;
  for (const reason& why : d.reasons()) {
    if (why.deciding)
      rules += (rules.empty() ? "" : "; ") + why.rule->id + " [" + brief_citation(why.rule->cite, lang) + "]";
  }
  if (d.by_default) rules += lang == language::zh ? "（默认）" : " (the rulebook's default)";
  return rules;
}

}  // namespace

void add_first_remedy_json(std::string& line, const what_it_takes& t, const what_if_write_options& options) {
  // The decision object is closed: reopen it for one more key.
  line.pop_back();
  line += ",\"remedy\":";
  if (t.remedies.empty()) {
    line += "null";
  } else {
    write_remedy(line, t.remedies.front(), options);
  }
  line += '}';
}

void add_first_remedy_text(std::string& text, const what_it_takes& t, language lang) {
  text += lang == language::zh ? "怎样才能开展：" : "what would it take: ";
  if (t.remedies.empty()) {
    text += lang == language::zh ? "在批准与地位的改变范围内没有办法" : "no approval or standing suffices";
  } else {
    write_explanation(text, t.remedies.front(), {.lang = lang});
  }
  text += '\n';
}

int run_whatif(arguments args) {
  if (args.flag("--help")) {
    std::cout << whatif_help;
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  const language lang = parse_lang(args);
  const auto as_of = parse_as_of(args);
  what_if_options options;
  if (const auto allow = args.option("--allow")) options.allow = parse_allow(*allow);
  options.max_remedies = parse_count(args, "--max", options.max_remedies);
  options.max_changes = parse_count(args, "--max-changes", options.max_changes);
  const std::vector<rulebook> books = open_rulebooks(args, {"status-quo-2016"});
  options.rulebooks = std::span<const rulebook>(books).subspan(1);
  const auto files = args.positional(1);
  const std::string path = files.empty() ? "-" : files[0];

  std::string out;
  activity_input input(path, as_of);
  const bool any_bad = input.each(
      [&](std::size_t line, const activity_record& r) {
        out.clear();
        const what_it_takes t = what_would_it_take(books.front(), r.subject(), r.what, options);
        if (as_json) {
          write_what_if(out, t, {.id = r.what.id, .city = r.subject().id, .lang = lang});
          out += '\n';
        } else {
          const city& c = r.subject();
          const std::string city_name = lang == language::zh && !c.name_zh.empty() ? c.name_zh : c.id;
          out += (lang == language::zh ? "行 " : "line ") + std::to_string(line) +
                 (r.what.id.empty() ? "" : " (" + r.what.id + ")") + ", " + city_name + ", " + name(r.what.kind, lang) +
                 ", " + t.what.date.to_string() + ", " + name(t.what.tier, lang) + "\n";
          out += "  " + summary(t.what, lang) + "\n";
          out += lang == language::zh ? "  决定性规则：" : "  decided by: ";
          out += deciding_rules(t.what, lang) + "\n";
          write_explanation(out, t, {.lang = lang});
          out += '\n';
        }
        std::cout << out;
      },
      [&](const bad_record& bad) {
        out.clear();
        if (as_json) {
          write_bad_record(out, bad);
          out += '\n';
        } else {
          for (const auto& d : bad.problems) {
            const std::string field = d.field();
            out += (lang == language::zh ? "行 " : "line ") + std::to_string(d.line) +
                   (bad.id ? " (" + *bad.id + ")" : "") + (lang == language::zh ? "：错误：" : ": error: ") +
                   (field.empty() ? "" : field + ": ") + d.message + "\n";
          }
          out += '\n';
        }
        std::cout << out;
      });
  std::cout.flush();
  return any_bad ? exit_bad_records : exit_ok;
}

int run_ladder(arguments args) {
  if (args.flag("--help")) {
    std::cout << ladder_help;
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  const language lang = parse_lang(args);
  const date on = parse_as_of(args).value_or(date::today());
  const std::vector<rulebook> books = open_rulebooks(args, {"status-quo-2016", "reform-proposal"});
  const auto pos = args.positional(2);
  if (pos.size() < 2) throw usage_error{"which city and activity kind? see 'citydip ladder --help'"};
  const city c = city_argument(pos[0]);
  const auto kind = from_id<activity_kind>(pos[1]);
  if (!kind) {
    std::string known;
    for (const auto& row : vocabulary<activity_kind>()) known += (known.empty() ? "" : ", ") + std::string(row.id);
    throw usage_error{"unknown activity kind '" + pos[1] + "'; expected one of: " + known};
  }
  const auto rungs = ladder(books, c, {.kind = *kind, .date = on});
  if (as_json) {
    std::string out;
    write_ladder(out, rungs, {.city = c.id, .activity = *kind, .lang = lang});
    std::cout << out << '\n';
    return exit_ok;
  }
  const bool zh = lang == language::zh;
  std::cout << (zh ? c.name_zh : c.name_en) << " (" << c.id << "), " << name(*kind, lang) << ", " << on.to_string()
            << "\n\n";
  const auto cell = [&](const decision& d) {
    std::string s = name(d.verdict, lang);
    if (!d.bodies.empty()) s += (zh ? "：" : ": ") + bodies_list(d.bodies, lang);
    return s;
  };
  const std::string own = zh ? "（本市）" : " (own)";
  std::size_t tier_width = 6;
  std::vector<std::size_t> widths(books.size(), 0);
  for (std::size_t i = 0; i < books.size(); ++i) widths[i] = columns(books[i].name());
  for (std::size_t r = 0; r < rungs.size(); ++r) {
    tier_width = std::max(tier_width, columns(name(rungs[r].tier, lang)) + (r == 0 ? columns(own) : 0));
    for (std::size_t i = 0; i < books.size(); ++i)
      widths[i] = std::max(widths[i], columns(cell(rungs[r].decisions[i])));
  }
  const auto row = [&](std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::cout << line << '\n';
  };
  std::string head = pad(zh ? "地位" : "TIER", tier_width + 2);
  for (std::size_t i = 0; i < books.size(); ++i) head += pad(books[i].name(), widths[i] + 2);
  row(head);
  for (std::size_t r = 0; r < rungs.size(); ++r) {
    std::string line = pad(name(rungs[r].tier, lang) + (r == 0 ? own : ""), tier_width + 2);
    for (std::size_t i = 0; i < books.size(); ++i) line += pad(cell(rungs[r].decisions[i]), widths[i] + 2);
    row(line);
  }
  std::cout << '\n' << (zh ? "决定性规则：" : "deciding rules:") << '\n';
  for (const ladder_rung& rung : rungs) {
    for (const decision& d : rung.decisions) {
      std::cout << "  " << pad(name(rung.tier, lang), tier_width + 2) << pad(d.rulebook, 18) << deciding_rules(d, lang)
                << '\n';
    }
  }
  return exit_ok;
}

}  // namespace citydip::cli
