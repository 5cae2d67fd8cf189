#include <citydip/decide/explain.hpp>

#include <citydip/rules/rule.hpp>

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
