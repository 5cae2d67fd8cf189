#!/usr/bin/env python3
"""Regenerates docs/rulebooks.md from src/io/rulebooks/*.json.

A maintainer's tool, run by hand after editing a built-in rulebook; the test
rulebook_docs_test fails while a rule is missing from the page.
Usage: scripts/rulebook_docs.py  (from the repository root)
"""
import json

out = ["# The built-in rulebooks", "",
       "Two rulebooks ship inside the library, written in the [rulebook JSON format](rulebook-format.md)",
       "(`src/io/rulebooks/*.json`) and loaded through the same loader as users' files.",
       "`citydip::builtin_rulebook(name)` returns them. Every rule cites a statement of the paper (`Z-…`,",
       "see `../shared/DOMAIN.md`), a legal text, or `assumption:` with the reason the library had to",
       "choose where the paper is silent. The test `rulebook_docs_test` fails if a rule is missing here;",
       "`scripts/rulebook_docs.py` regenerates this page.",
       "",
       "Verdicts, least to most restrictive: `autonomous` < `report` < `approval` < `central_mandate` < `prohibited`.",
       "Of the rules that count for an activity the most restrictive wins (see [the model](model.md)).",
       ""]
for name in ["status-quo-2016", "reform-proposal"]:
    b = json.load(open(f"src/io/rulebooks/{name}.json", encoding="utf-8"))
    out += [f"## `{name}`", "", b["title_en"] + " / " + b["title_zh"], ""]
    d = b["default"]
    bodies = f" ({', '.join(d['bodies'])})" if d.get("bodies") else ""
    out += [f"Default, for an activity no rule covers: **{d['verdict']}**{bodies}, `{d['classification']}`. "
            f"{d['text_en']} Source: {d['cite']}.", ""]
    out += ["| rule | applies when | verdict | bodies | source |", "|---|---|---|---|---|"]
    for r in b["rules"]:
        parts = []
        for k, v in r.get("when", {}).items():
            if isinstance(v, list):
                v = ", ".join(v)
            elif isinstance(v, bool):
                v = "true" if v else "false"
            parts.append(f"{k}: {v}")
        if r.get("exception_to"):
            parts.append("exception to: " + ", ".join(r["exception_to"]))
        out.append(f"| `{r['id']}` | {'; '.join(parts) or 'always'} | {r['verdict']} | "
                   f"{', '.join(r.get('bodies', [])) or '—'} | {r['cite'].replace('|', '/')} |")
    out.append("")
open("docs/rulebooks.md", "w", encoding="utf-8").write("\n".join(out))
