#include <citydip/decide/explain.hpp>

#include <citydip/rules/citation.hpp>
#include <citydip/rules/rule.hpp>

#include <algorithm>
#include <array>

CITYDIP_BEGIN_NAMESPACE
namespace {

struct labels {
  const char* verdict;
  const char* bodies;
  const char* outcome;
  const char* missing;
  const char* mandate;
  const char* kind;
  const char* tier;
  const char* on;
  const char* reasons;
  const char* by_default;
  const char* none;
};

constexpr labels english{
    "verdict:   ", "bodies:    ", "outcome:   ", "; missing: ", "the central mandate",
    "kind:      ", ", tier ",     " on ",        "reasons:",    " (no rule covers it: the rulebook's default)",
    "none"};
constexpr labels chinese{"结论：    ", "机构：    ", "结果：    ", "；尚缺：", "中央授权",
                         "性质：    ", "，地位 ",    "，日期 ",    "理由：",   "（无规则覆盖，适用规则集默认规定）",
                         "无"};

std::string list(body_set bodies, language lang, const labels& l) {
  if (bodies.empty()) return l.none;
  std::string out;
  for (body b : bodies) {
    if (!out.empty()) out += lang == language::zh ? "、" : ", ";
    out += lang == language::zh ? display_name(b, lang) : to_id(b);
  }
  return out;
}

}  // namespace

void write_explanation(std::string& out, const decision& d, const explain_options& options) {
  const language lang = options.lang;
  const labels& l = lang == language::zh ? chinese : english;
  const auto name = [&](auto e) {
    return lang == language::zh ? std::string(display_name(e, lang))
                                : std::string(to_id(e)) + " (" + std::string(display_name(e, lang)) + ")";
  };
  out += l.verdict + name(d.verdict) + "\n";
  out += l.bodies + list(d.bodies, lang, l) + "\n";
  out += l.outcome + name(d.outcome);
  if (d.outcome == outcome::pending) {
    std::string missing = d.missing.empty() ? std::string() : list(d.missing, lang, l);
    if (d.mandate_missing)
      missing += (missing.empty() ? "" : (lang == language::zh ? "、" : ", ")) + std::string(l.mandate);
    out += l.missing + missing;
  }
  out += "\n";
  out += l.kind + (lang == language::zh ? std::string(display_name(d.classification, lang))
                                        : std::string(to_id(d.classification)));
  out += l.tier + (lang == language::zh ? std::string(display_name(d.tier, lang)) : std::string(to_id(d.tier)));
  out += l.on + d.date.to_string() + "\n";
  out += l.reasons;
  if (d.by_default) out += l.by_default;
  out += "\n";
  for (const reason& r : d.reasons()) {
    out += r.deciding ? "  * " : "    ";
    out += r.rule->id + " [" + r.rule->cite + "]";
    if (!r.rule->layer.empty())
      out += (lang == language::zh ? "（来自 " : " (from ") + r.rule->layer + (lang == language::zh ? "）" : ")");
    out += "\n";
    out += "    " + std::string(r.rule->text(lang)) + "\n";
  }
}

CITYDIP_END_NAMESPACE

CITYDIP_BEGIN_NAMESPACE
namespace {

struct remedy_words {
  const char* comma;
  const char* list_sep;
  const char* under;
  const char* between;  // from, to
  const char* and_;
  const char* from_on;
  const char* up_to;
  const char* as_a;
  const char* proposal;
  const char* about;
  const char* with_counterpart;
  const char* mandate;
  const char* obtain;
  const char* obtain_end;
  const char* it;
  const char* autonomous;
  const char* report;
  const char* approved;
  const char* approval;
  const char* mandated;
  const char* needs_mandate;
  const char* prohibited;
  const char* still_missing;
  const char* open;
  const char* close;
  std::array<const char*, 4> not_flag;  // by activity_flag
};

constexpr remedy_words english_words{", ",
                                     ", ",
                                     "under ",
                                     "on a date from ",
                                     " to ",
                                     "on a date from ",
                                     "on a date up to ",
                                     "as a ",
                                     "with the proposal changed: ",
                                     "about ",
                                     "with counterpart ",
                                     "under the central government's mandate",
                                     "obtain the approval of ",
                                     "",
                                     "it would ",
                                     "be free to proceed on its own",
                                     "need only to report to ",
                                     "have every approval it needs: ",
                                     "need the approval of ",
                                     "proceed under the central mandate",
                                     "still need the central mandate",
                                     "still be prohibited",
                                     "; still missing: ",
                                     " (",
                                     ")",
                                     {"not touching China's internal affairs", "without the central mandate",
                                      "not acting under the regional name", "not legally binding"}};
constexpr remedy_words chinese_words{"，",
                                     "、",
                                     "依",
                                     "在",
                                     "至",
                                     "自",
                                     "在",
                                     "作为",
                                     "提案改为：",
                                     "领域为",
                                     "对象为",
                                     "在中央授权下",
                                     "取得",
                                     "的批准",
                                     "即",
                                     "可自主开展",
                                     "只需报告：",
                                     "已具备所需全部批准：",
                                     "须取得以下批准：",
                                     "可在中央授权下开展",
                                     "仍须中央授权",
                                     "仍被禁止",
                                     "；尚缺：",
                                     "（",
                                     "）",
                                     {"不涉及中国内政", "不在中央授权下", "不以地区名义", "不具法律约束力"}};

template <class Enum>
std::string shown(Enum e, language lang) {
  return std::string(lang == language::zh ? display_name(e, lang) : to_id(e));
}

std::string bodies_text(body_set bodies, language lang, const remedy_words& w) {
  std::string out;
  for (body b : bodies) {
    if (!out.empty()) out += w.list_sep;
    out += shown(b, lang);
  }
  return out;
}

// What the decision leaves the activity needing, as the end of a sentence.
std::string outlook(const decision& d, language lang, const remedy_words& w) {
  std::string out = w.it;
  switch (d.verdict) {
    case verdict::autonomous: out += w.autonomous; break;
    case verdict::report: out += w.report + bodies_text(d.bodies, lang, w); break;
    case verdict::approval:
      out += (d.outcome == outcome::allowed ? w.approved : w.approval) + bodies_text(d.bodies, lang, w);
      break;
    case verdict::central_mandate: out += d.mandate_missing ? w.needs_mandate : w.mandated; break;
    case verdict::prohibited: out += w.prohibited; break;
  }
  if (d.outcome == outcome::pending && !d.missing.empty()) out += w.still_missing + bodies_text(d.missing, lang, w);
  std::string cites;
  for (const reason& r : d.reasons()) {
    if (!r.deciding) continue;
    if (!cites.empty()) cites += "; ";
    cites += r.rule->id + ": " + brief_citation(r.rule->cite, lang);
  }
  if (!cites.empty()) out += w.open + cites + w.close;
  return out;
}

}  // namespace

void write_explanation(std::string& out, const remedy& r, const explain_options& options) {
  const language lang = options.lang;
  const remedy_words& w = lang == language::zh ? chinese_words : english_words;
  std::string clauses, proposal;
  body_set obtain;
  const auto clause = [&](const std::string& text) {
    if (!clauses.empty()) clauses += w.comma;
    clauses += text;
  };
  const auto proposal_part = [&](const std::string& text) {
    if (!proposal.empty()) proposal += w.list_sep;
    proposal += text;
  };
  for (const change& ch : r.changes) {
    switch (ch.kind) {
      case change_kind::rulebook: clause(w.under + std::string(ch.rulebook)); break;
      case change_kind::date:
        if (ch.dates.from && ch.dates.to) {
          clause(w.between + ch.dates.from->to_string() + w.and_ + ch.dates.to->to_string());
        } else if (ch.dates.from) {
          clause(w.from_on + ch.dates.from->to_string() + (lang == language::zh ? "起" : " on"));
        } else {
          clause(w.up_to + ch.dates.first_known().to_string() + (lang == language::zh ? "及以前" : ""));
        }
        break;
      case change_kind::tier: clause(w.as_a + shown(ch.tier, lang)); break;
      case change_kind::drop: proposal_part(w.not_flag[static_cast<std::size_t>(ch.flag)]); break;
      case change_kind::domain: proposal_part(w.about + shown(ch.domain, lang)); break;
      case change_kind::counterpart: proposal_part(w.with_counterpart + shown(ch.counterpart, lang)); break;
      case change_kind::mandate: break;  // after the proposal
      case change_kind::obtain: obtain.insert(ch.body); break;
    }
  }
  if (!proposal.empty()) clause(w.proposal + proposal);
  if (std::any_of(r.changes.begin(), r.changes.end(), [](const change& c) { return c.kind == change_kind::mandate; }))
    clause(w.mandate);
  if (!obtain.empty()) clause(w.obtain + bodies_text(obtain, lang, w) + w.obtain_end);
  out += clauses;
  out += w.comma;
  out += outlook(r.what, lang, w);
}

void write_explanation(std::string& out, const what_it_takes& t, const explain_options& options) {
  const language lang = options.lang;
  const bool zh = lang == language::zh;
  const auto numbered = [&](const std::vector<remedy>& list, std::size_t omitted) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      out += "  " + std::to_string(i + 1) + ". ";
      write_explanation(out, list[i], options);
      out += "\n";
    }
    if (omitted != 0) {
      out += zh ? "  另有 " + std::to_string(omitted) + " 种（--max 0 全部列出）\n"
                : "  and " + std::to_string(omitted) + " more (--max 0 lists every one)\n";
    }
  };
  if (t.prohibition) {
    out += zh ? "红线：\n" : "red line:\n";
    for (const rule* r : t.prohibition->red_lines) {
      out += "  " + r->id + " [" + r->cite + "]\n    " + std::string(r->text(lang)) + "\n";
    }
    if (t.prohibition->lifted_by.empty()) {
      out += zh ? "提案的任何修改（在限度内）都不能解除禁止。\n"
                : "no change of the proposal (within the limit) lifts the prohibition.\n";
    } else {
      out += zh ? "以下提案修改可解除禁止：\n" : "the prohibition is lifted:\n";
      numbered(t.prohibition->lifted_by, t.prohibition->omitted);
    }
  }
  if (t.what.outcome == outcome::allowed) {
    out += zh ? "无需任何改变：按原提案即可开展。\n" : "nothing: it may go ahead as proposed.\n";
    return;
  }
  if (t.remedies.empty()) {
    out += zh ? "在所允许的改变范围内，没有办法使其得以开展。\n"
              : "no remedy: no allowed set of changes (within the limit) lets it go ahead.\n";
    return;
  }
  out += zh ? "怎样才能开展：\n" : "what would it take:\n";
  numbered(t.remedies, t.omitted);
}

CITYDIP_END_NAMESPACE
