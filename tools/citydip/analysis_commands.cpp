// citydip audit and diff, and the analyses lint runs.
#include "cli.hpp"

#include <array>
#include <cstdio>
#include <iostream>

namespace citydip::cli {
namespace {

// "trade_fair domain=culture counterpart=foreign_ngo flags=internal,binding on 2016-01-01"
std::string describe(const activity& a) {
  std::string out(to_id(a.kind));
  if (a.domain) out += " domain=" + std::string(to_id(*a.domain));
  if (a.counterpart) out += " counterpart=" + std::string(to_id(*a.counterpart));
  std::string flags;
  const auto flag = [&](bool on, const char* name) {
    if (on) flags += (flags.empty() ? "" : ",") + std::string(name);
  };
  flag(a.touches_internal_affairs, "touches_internal_affairs");
  flag(a.has_central_mandate, "has_central_mandate");
  flag(a.uses_regional_name, "uses_regional_name");
  flag(a.legally_binding, "legally_binding");
  if (!flags.empty()) out += " flags=" + flags;
  if (a.date) out += " on " + a.date->to_string();
  return out;
}

// A city named in the gazetteer, or a city JSON file.
city city_or_file(const std::string& arg) {
  if (const city* c = find_city(arg)) return *c;
  auto text = read_file(arg);  // throws a usage_error naming the file when it cannot be read
  auto c = parse_city(text, {.file = arg});
  if (!c) {
    print_diagnostics(c.error());
    throw usage_error{"the city file '" + arg + "' has " + std::to_string(c.error().diagnostics.size()) +
                      " problem(s)"};
  }
  return *c;
}

// The effect of each layer of `name` against its first layer, alone and
// with the layers before it: a Markdown table per direction, then per tier.
int print_layer_effects(const std::string& name) {
  const auto layers = open_layers(name);
  if (layers.size() < 2) throw usage_error{"'" + name + "' extends no rulebook: it has no layers"};
  const rulebook root = compile_layer(layers.front());
  struct row {
    std::string layer;
    rulebook_diff alone, together;
  };
  std::vector<row> rows;
  for (std::size_t k = 1; k < layers.size(); ++k) {
    auto alone = apply_overlay(layers.front().resolved, *layers[k].overlay);
    if (!alone) {
      print_diagnostics(alone.error());
      throw usage_error{"the layer '" + layers[k].resolved.name + "' cannot be applied alone to '" +
                        layers.front().resolved.name + "'"};
    }
    const rulebook alone_book = compile_layer({layers[k].file, std::nullopt, std::move(*alone)});
    rows.push_back({layers[k].resolved.name, diff(root, alone_book), diff(root, compile_layer(layers[k]))});
  }
  const auto totals = [](const rulebook_diff& d) {
    std::array<std::size_t, 4> t{};
    for (const auto& r : d.by_tier) {
      t[0] += r.cells_differing;
      t[1] += r.cells_less_restricted;
      t[2] += r.cells_more_restricted;
      t[3] += r.cells_other_bodies;
    }
    return t;
  };
  const std::string& base = layers.front().resolved.name;
  std::cout << "Layers of " << layers.back().resolved.name << " over " << base << ": combinations (of "
            << rows.front().alone.cells << ", at each tier and named city) whose verdict or bodies change, counted "
            << "at the seven tiers (named cities left out); less or more restricted than under " << base
            << ", or the same verdict with other bodies.\n\n"
            << "| layer | alone: changed | less | more | bodies | with the layers before: changed | less | more | "
               "bodies |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& r : rows) {
    const auto a = totals(r.alone), t = totals(r.together);
    std::cout << "| `" << r.layer << "` | " << a[0] << " | " << a[1] << " | " << a[2] << " | " << a[3] << " | " << t[0]
              << " | " << t[1] << " | " << t[2] << " | " << t[3] << " |\n";
  }
  for (const auto* which : {"alone", "with the layers before"}) {
    const bool alone = std::string_view(which) == "alone";
    std::cout << "\nPer tier, each layer " << which << ": less / more restricted / other bodies.\n\n| layer |";
    for (const auto& t : vocabulary<designation>()) std::cout << ' ' << t.id << " |";
    std::cout << "\n|---|";
    for (std::size_t i = 0; i < enum_count<designation>(); ++i) std::cout << "---:|";
    std::cout << '\n';
    for (const auto& r : rows) {
      std::cout << "| `" << r.layer << "` |";
      for (const auto& t : (alone ? r.alone : r.together).by_tier) {
        std::cout << ' ' << t.cells_less_restricted << " / " << t.cells_more_restricted << " / " << t.cells_other_bodies
                  << " |";
      }
      std::cout << '\n';
    }
  }
  return exit_ok;
}

}  // namespace

int run_audit(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip audit CITY_FILE|CITY [--rulebook NAME|FILE] [--as-of DATE] [--lang en|zh] [--json]

Checks a city's institutions against the paper's recommendations (Z-3, Z-4)
and prints the findings grouped by pillar: city spirit, structure,
mechanisms, then the five priorities. Each finding is met, unmet or unknown
(a field the city file leaves out is unknown, never a pass or a fail), with
the Z-id it rests on and its severity. Legislation (Z-4.1) is a demand on
national law: it is reported as the city's standing, what its tier allows
under the rulebook on the date (today by default). CITY_FILE is a city JSON
file (examples/data/ has the paper's cities); a gazetteer city may be named
instead. The readiness figure is the library's own weighting (met findings
over known findings, each counting once), not a measure from the paper.
)";
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  const language lang = parse_lang(args);
  const date on = parse_as_of(args).value_or(date::today());
  const rulebook book = open_rulebook(args);
  const auto pos = args.positional(1);
  if (pos.empty()) throw usage_error{"which city? see 'citydip audit --help'"};
  const city c = city_or_file(pos[0]);
  const audit_report r = audit(book, c, on);
  const auto readiness = r.readiness();

  if (as_json) {
    std::string out;
    write_audit(out, r, {.lang = lang});
    std::cout << out << '\n';
    return exit_ok;
  }

  const bool zh = lang == language::zh;
  std::cout << (zh ? "城市外交制度审查：" : "Audit of ") << (zh ? c.name_zh : c.name_en) << " (" << c.id << ")"
            << (zh ? "，依据论文建议（Z-3、Z-4）\n" : " against the paper's recommendations (Z-3, Z-4)\n");
  for (const auto& p : r.profile) {
    std::cout << '\n' << display_name(p.pillar, lang) << " (" << cite_of(p.pillar) << ")";
    if (p.pillar == pillar::legislation) {
      const standing& s = *r.standing;
      std::cout << (zh ? "：立法是对国家法律的要求；本城市在 "
                       : ": a demand on national law; the city's standing under ")
                << s.rulebook << (zh ? " 下于 " : " on ") << s.date.to_string() << (zh ? " 的地位：" : ":") << '\n'
                << "  " << (zh ? "地位 " : "tier ") << name(s.tier, lang) << (zh ? "；" : "; of ")
                << enum_count<activity_kind>() << (zh ? "类活动中：" : " activity kinds:");
      for (std::size_t v = 0; v < s.kinds_by_verdict.size(); ++v) {
        std::cout << (v ? ", " : " ") << s.kinds_by_verdict[v] << ' ' << name(static_cast<verdict>(v), lang);
      }
      std::cout << '\n';
      continue;
    }
    std::cout << (zh ? "：满足 " : ": ") << p.met << (zh ? "，未满足 " : " met, ") << p.unmet
              << (zh ? "，未知 " : " unmet, ") << p.unknown << (zh ? "\n" : " unknown\n");
    for (const finding& f : r.findings) {
      if (f.pillar != p.pillar) continue;
      std::cout << "  " << pad(name(f.status, lang), 9) << pad(f.id, 40) << f.text(lang) << " [" << f.cite << ", "
                << name(f.severity, lang) << "]";
      if (!f.detail(lang).empty()) std::cout << "; " << f.detail(lang);
      std::cout << '\n';
    }
  }
  std::size_t met = 0, known = 0, unknown = 0;
  for (const auto& p : r.profile) {
    met += p.met;
    known += p.met + p.unmet;
    unknown += p.unknown;
  }
  std::cout << '\n';
  if (readiness) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f%%", *readiness * 100);
    std::cout << (zh ? "完备度：已知 " : "readiness: ") << met << (zh ? " 项满足，共 " : " of ") << known
              << (zh ? " 项已知（" : " known findings met (") << pct << (zh ? "）；" : "); ") << unknown
              << (zh ? " 项未知。（本库自定权重：满足数 ÷ 已知数，每项同权；非论文所定指标。）\n"
                     : " unknown. (The library's own weighting: met over known, each finding once; not a measure from "
                       "the paper.)\n");
  } else {
    std::cout << (zh ? "完备度：无已知项，全部 " : "readiness: no finding is known; all ") << unknown
              << (zh ? " 项未知。\n" : " are unknown.\n");
  }
  return exit_ok;
}

int run_diff(arguments args) {
  if (args.flag("--help")) {
    std::cout << R"(usage: citydip diff RULEBOOK_A RULEBOOK_B [--json]
       citydip diff --against-base RULEBOOK [--json]
       citydip diff --layers RULEBOOK

Compares two rulebooks (built-in names or files, either of which may extend
another) by exhaustion: every combination of tier (and named city), activity
kind, domain, counterpart, flags and date where either changes. Prints, per
tier and per activity kind, where B is less or more restrictive than A for
the plain activity of each kind, and how many combinations differ in all.
With --json, every differing combination, one per line:
{"tier", "city", "activity", "a", "b"}.

--against-base compares a rulebook that extends another with its base: what
its own changes do. --layers takes a rulebook built of layers (such as
reform-proposal) and prints, for each layer, how many combinations change
against the first layer when the layer is applied alone and when it is
applied with every layer before it, per tier and per direction of the verdict.
)";
    return exit_ok;
  }
  const bool as_json = args.flag("--json");
  if (auto name = args.option("--layers")) {
    args.positional(0);
    return print_layer_effects(*name);
  }
  const auto against_base = args.option("--against-base");
  const auto pos = args.positional(against_base ? 0 : 2);
  std::optional<rulebook> a, b;
  if (against_base) {
    arguments top("diff", {"--rulebook", *against_base});
    b = open_rulebook(top);  // every problem, located
    const auto layers = open_layers(*against_base);
    if (layers.size() < 2)
      throw usage_error{"'" + *against_base + "' extends no rulebook: there is no base to diff against"};
    a = compile_layer(layers[layers.size() - 2]);
  } else {
    if (pos.size() < 2) throw usage_error{"expected two rulebooks; see 'citydip diff --help'"};
    arguments first("diff", {"--rulebook", pos[0]}), second("diff", {"--rulebook", pos[1]});
    a = open_rulebook(first);
    b = open_rulebook(second);
  }
  const rulebook_diff d = diff(*a, *b);
  if (as_json) {
    std::string line;
    for (const diff_entry& e : d.entries) {
      line.clear();
      write_diff_entry(line, e);
      line += '\n';
      std::cout << line;
    }
    return exit_ok;
  }
  std::cout << "diff " << d.a << " -> " << d.b << ": " << d.entries.size() << " of " << d.cells
            << " combinations differ in verdict or bodies\n\nper tier, for the plain activity of each kind (no domain, "
               "counterpart or flag):\n";
  const auto count = [](std::size_t n, const char* none) { return n == 0 ? std::string(none) : std::to_string(n); };
  for (const auto& t : d.by_tier) {
    std::cout << "  under " << d.b << ", " << pad(to_id(t.tier), 30) << "is less restricted in "
              << count(t.kinds_less_restricted, "no") << " activity kinds, more restricted in "
              << count(t.kinds_more_restricted, "none") << ", other bodies in " << count(t.kinds_other_bodies, "none")
              << "; " << t.cells_differing << " combinations differ\n";
  }
  std::cout << "\nper activity kind:\n";
  for (const auto& k : d.by_kind) {
    if (k.cells_differing == 0) continue;
    std::cout << "  " << pad(to_id(k.kind), 42) << "less restricted for " << k.tiers_less_restricted
              << " tiers, more for " << k.tiers_more_restricted << "; " << k.cells_differing
              << " combinations differ\n";
  }
  std::cout << "\n'citydip diff --json' lists every differing combination.\n";
  return exit_ok;
}

// " (from LAYER)" for a rule a base of the rulebook wrote, else nothing.
std::string from_layer(const rulebook& book, const std::string& id) {
  const rule* r = book.find(id);
  return r && !r->layer.empty() ? " (from " + r->layer + ")" : "";
}

int lint_analyses(const rulebook& book, const std::string& display) {
  const monotonicity_report m = check_monotonicity(book);
  for (const auto& v : m.examples) {
    std::cout << display << ": error: monotonicity (Z-2.2-6): "
              << (v.city.empty() ? std::string(to_id(v.higher)) : v.city + " (" + std::string(to_id(v.higher)) + ")")
              << " gets " << to_id(v.higher_verdict) << " but " << to_id(v.lower) << " gets " << to_id(v.lower_verdict)
              << " for " << describe(v.what) << "; deciding:";
    for (const auto& id : v.responsible) std::cout << ' ' << id << from_layer(book, id);
    std::cout << '\n';
  }
  if (m.violations > m.examples.size()) {
    std::cout << display << ": error: monotonicity: " << m.violations - m.examples.size() << " more violations\n";
  }
  if (m.violations) {
    std::cout << display << ": error: " << m.violations << " monotonicity violations in " << m.cells
              << " activities; rules responsible:";
    for (const auto& id : m.responsible) std::cout << ' ' << id << from_layer(book, id);
    std::cout << '\n';
  }
  const usage_report u = find_dead_rules(book);
  for (const auto& d : u.dead) {
    std::cout << display << ": warning: rule '" << d.id << "'" << from_layer(book, d.id) << ' '
              << (d.why == dead_reason::never_applies ? "never applies to any activity of any city"
                                                      : "applies only where an exception overrides it: it never counts")
              << '\n';
  }
  for (const auto& id : u.idle_exceptions) {
    std::cout << display << ": warning: rule '" << id << "'" << from_layer(book, id)
              << ": its exception_to changes no decision\n";
  }
  if (!u.default_used)
    std::cout << display << ": note: every activity is covered by a rule; the default decides none\n";
  std::cout << display << ": checked " << m.cells << " activities at every tier and named city: " << m.violations
            << " monotonicity violations, " << u.dead.size() << " dead rules, " << u.idle_exceptions.size()
            << " idle exceptions\n";
  return m.violations ? exit_usage : exit_ok;
}

}  // namespace citydip::cli
