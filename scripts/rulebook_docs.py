#!/usr/bin/env python3
"""Regenerates docs/rulebooks.md from src/io/rulebooks/*.json.

A maintainer's tool, run by hand after editing a built-in rulebook; the test
rulebook_docs_test fails while a rule is missing from the page.
Usage: scripts/rulebook_docs.py  (from the repository root)
"""
import json

out = ["# The built-in rulebooks", "",
       "Seven rulebooks ship inside the library, written in the [rulebook JSON format](rulebook-format.md)",
       "(`src/io/rulebooks/*.json`) and loaded through the same loader as users' files.",
       "`citydip::builtin_rulebook(name)` returns them. Every rule cites a statement of the paper (`Z-…`,",
       "see `../shared/DOMAIN.md`), a legal text, or `assumption:` with the reason the library had to",
       "choose where the paper is silent. The test `rulebook_docs_test` fails if a rule is missing here;",
       "`scripts/rulebook_docs.py` regenerates this page.",
       "",
       "`status-quo-2016` is written in full. `reform-proposal` is written as `status-quo-2016` with five",
       "overlays on it, one per priority of the paper's reform programme (Z-4.1 – Z-4.5), applied in the",
       "paper's order; each overlay is a built-in rulebook of its own (the first k priorities together),",
       "so that `citydip diff status-quo-2016 reform-4.2-responsibilities` shows what legislation and",
       "responsibilities change together, and `citydip diff --layers reform-proposal` what each priority",
       "changes alone and cumulatively ([analysis.md](analysis.md#the-five-priorities-one-by-one)).",
       "Each rule of `reform-proposal` names the layer it comes from (`rule::layer`).",
       "",
       "Verdicts, least to most restrictive: `autonomous` < `report` < `approval` < `central_mandate` < `prohibited`.",
       "Of the rules that count for an activity the most restrictive wins (see [the model](model.md)).",
       "",
       "What the rulebooks leave out, and why:",
       "",
       "- The CPAFFC rules on sister cities, as reported, take partners only from states with",
       "  diplomatic relations with China. No field of an activity says where the partner is, so",
       "  no rule can enforce this, and no rule's text claims it.",
       "- The status quo's default is reached by no activity of a gazetteer tier: every kind has a",
       "  rule at every tier. It decides what an overlay's removed rules leave uncovered.",
       "- How the corrections of issue 14 changed the decisions, per tier:",
       "  [analysis.md](analysis.md#what-the-fidelity-corrections-changed).",
       ""]


def default_line(d):
    bodies = f" ({', '.join(d['bodies'])})" if d.get("bodies") else ""
    return (f"Default, for an activity no rule covers: **{d['verdict']}**{bodies}, `{d['classification']}`. "
            f"{d['text_en']} Source: {d['cite']}.")


def table(rules):
    rows = ["| rule | applies when | verdict | bodies | source |", "|---|---|---|---|---|"]
    for r in rules:
        parts = []
        for k, v in r.get("when", {}).items():
            if isinstance(v, list):
                v = ", ".join(v)
            elif isinstance(v, bool):
                v = "true" if v else "false"
            parts.append(f"{k}: {v}")
        if r.get("exception_to"):
            parts.append("exception to: " + ", ".join(r["exception_to"]))
        rows.append(f"| `{r['id']}` | {'; '.join(parts) or 'always'} | {r['verdict']} | "
                    f"{', '.join(r.get('bodies', [])) or '—'} | {r['cite'].replace('|', '/')} |")
    return rows


names = ["status-quo-2016", "reform-4.1-legislation", "reform-4.2-responsibilities", "reform-4.3-strategy",
         "reform-4.4-institutions", "reform-4.5-guarantees", "reform-proposal"]
for name in names:
    b = json.load(open(f"src/io/rulebooks/{name}.json", encoding="utf-8"))
    out += [f"## `{name}`", "", b["title_en"] + " / " + b["title_zh"], ""]
    if "extends" in b:
        out += [f"Extends `{b['extends']}`."]
        if not any(k in b for k in ("default", "add", "replace", "remove")):
            out += ["It changes no rule of its base."]
        out.append("")
    if "default" in b:
        out += [default_line(b["default"]), ""]
    if "rules" in b:
        out += table(b["rules"]) + [""]
    if b.get("replace"):
        out += ["Replaces, keeping the ids:", ""] + table(b["replace"]) + [""]
    if b.get("add"):
        out += ["Adds:", ""] + table(b["add"]) + [""]
    if b.get("remove"):
        out += ["Removes: " + ", ".join(f"`{i}`" for i in b["remove"]) + ".", ""]
open("docs/rulebooks.md", "w", encoding="utf-8").write("\n".join(out))
