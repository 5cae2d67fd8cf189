// citydip check: decide a batch of activities.
#include "cli.hpp"

#include <cstdio>
#include <iostream>
#include <memory>

namespace citydip::cli {
namespace {

struct labels {
  const char* line;
  const char* id;
  const char* city;
  const char* tier;
  const char* verdict;
  const char* outcome;
  const char* needs;
  const char* reasons;
  const char* error;
};
constexpr labels english{"LINE", "ID", "CITY", "TIER", "VERDICT", "OUTCOME", "NEEDS", "Reasons", "error"};
constexpr labels chinese{"行", "编号", "城市", "地位", "结论", "结果", "尚需", "理由", "错误"};

// What the activity still needs, or whom it reports to.
std::string needs(const decision& d, language lang) {
  std::string out;
  const auto add = [&](std::string_view s) {
    if (!out.empty()) out += lang == language::zh ? "、" : ", ";
    out += s;
  };
  const body_set shown = d.outcome == outcome::pending  ? d.missing
                         : d.verdict == verdict::report ? d.bodies
                                                        : body_set{};
  for (body b : shown) add(lang == language::zh ? display_name(b, lang) : to_id(b));
  if (d.mandate_missing) add(lang == language::zh ? "中央授权" : "central mandate");
  if (d.outcome == outcome::allowed && d.verdict == verdict::report && !out.empty()) {
    out = (lang == language::zh ? "报告：" : "report to ") + out;
  }
  return out.empty() ? "-" : out;
}

class text_output {
 public:
  text_output(language lang)
      : lang_(lang), l_(lang == language::zh ? chinese : english), spool_(std::tmpfile(), &std::fclose) {
    if (!spool_) throw usage_error{"cannot create a temporary file for the reasons"};
    std::cout << pad(l_.line, 6) << pad(l_.id, 12) << pad(l_.city, 14) << pad(l_.tier, 30)
              << pad(l_.verdict, verdict_width()) << pad(l_.outcome, 10) << l_.needs << '\n';
  }

  void decided(std::size_t line, const activity_record& r, const decision& d, const what_it_takes* t) {
    const city& c = r.subject();
    const std::string city_name = lang_ == language::zh && !c.name_zh.empty() ? c.name_zh : c.id;
    std::cout << pad(std::to_string(line), 6) << pad(r.what.id.empty() ? "-" : r.what.id, 12) << pad(city_name, 14)
              << pad(name(d.tier, lang_), 30) << pad(name(d.verdict, lang_), verdict_width())
              << pad(name(d.outcome, lang_), 10) << needs(d, lang_) << '\n';
    std::string text = "\n" + std::string(l_.line) + " " + std::to_string(line) +
                       (r.what.id.empty() ? "" : " (" + r.what.id + ")") + ", " + city_name + ", " +
                       name(r.what.kind, lang_) + ":\n";
    write_explanation(text, d, {.lang = lang_});
    if (t) add_first_remedy_text(text, *t, lang_);
    std::fwrite(text.data(), 1, text.size(), spool_.get());
  }

  void failed(const bad_record& bad) {
    for (const auto& d : bad.problems) {
      const std::string field = d.field();
      std::cout << pad(std::to_string(d.line), 6) << pad(bad.id ? *bad.id : "-", 12) << l_.error << ": "
                << (field.empty() ? "" : field + ": ") << d.message << '\n';
    }
  }

  void finish() {
    if (std::ftell(spool_.get()) <= 0) return;
    std::cout << '\n' << l_.reasons << (lang_ == language::zh ? "：" : ":") << '\n';
    std::rewind(spool_.get());
    char buf[64 * 1024];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, spool_.get())) > 0)
      std::cout.write(buf, static_cast<std::streamsize>(n));
  }

 private:
  // Chinese verdict names run to 28 columns.
  std::size_t verdict_width() const { return lang_ == language::zh ? 30 : 18; }

  language lang_;
  const labels& l_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> spool_;
};

const char* const help = R"(usage: citydip check [--rulebook NAME|FILE] [--json] [--lang en|zh] [--as-of DATE]
                     [--whatif] [FILE|-]

Decides every activity in FILE (standard input when FILE is '-' or absent).
The input is a JSON array of activity objects or JSON Lines, one per line:
  {"id": "a1", "city": "shenzhen", "activity": "overseas_office",
   "domain": "investment", "obtained": ["provincial_fao"], "date": "2016-01-01"}

  --rulebook NAME|FILE  a built-in rulebook (status-quo-2016, the default, or
                        reform-proposal) or a rulebook JSON file
  --json                one decision per line, in input order (JSON Lines)
  --lang en|zh          language of names and reasons (default en)
  --as-of DATE          date of activities that give none (default today)
  --whatif              add to every decision that is not allowed the first
                        remedy of 'citydip whatif' (approvals and standing)

Without --json, a table with one activity per row, then every decision's
reasons. A bad record gets an error in its place and the others are decided.
Exit status: 0 all decided, 1 some records were bad, 2 usage, I/O or
rulebook error.
)";

}  // namespace

int run_check(arguments args) {
  if (args.flag("--help")) {
    std::cout << help;
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  const bool whatif = args.flag("--whatif");
  const language lang = parse_lang(args);
  const auto as_of = parse_as_of(args);
  const rulebook book = open_rulebook(args);
  const auto files = args.positional(1);
  const std::string path = files.empty() ? "-" : files[0];

  activity_input input(path, as_of);
  std::optional<text_output> table;
  if (!as_json) table.emplace(lang);
  std::string line;
  const bool any_bad = input.each(
      [&](std::size_t at, const activity_record& r) {
        const decision d = decide(book, r.subject(), r.what);
        std::optional<what_it_takes> t;
        if (whatif && d.outcome != outcome::allowed) t = what_would_it_take(book, r.subject(), r.what);
        if (as_json) {
          line.clear();
          write_decision(line, d, {.id = r.what.id, .city = r.subject().id, .lang = lang});
          if (t) add_first_remedy_json(line, *t, {.id = r.what.id, .city = r.subject().id, .lang = lang});
          line += '\n';
          std::cout << line;
        } else {
          table->decided(at, r, d, t ? &*t : nullptr);
        }
      },
      [&](const bad_record& bad) {
        if (as_json) {
          line.clear();
          write_bad_record(line, bad);
          line += '\n';
          std::cout << line;
        } else {
          table->failed(bad);
        }
      });
  if (table) table->finish();
  std::cout.flush();
  return any_bad ? exit_bad_records : exit_ok;
}

}  // namespace citydip::cli
