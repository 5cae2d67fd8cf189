#include <citydip/io/analysis_json.hpp>

#include "io/json_writer.hpp"

#include <cstdio>

CITYDIP_BEGIN_NAMESPACE

void write_audit(std::string& out, const audit_report& r, const audit_write_options& options) {
  const language lang = options.lang;
  detail::json_writer w(out);
  w.begin_object().key("city").string(r.city).key("findings").begin_array();
  for (const finding& f : r.findings) {
    w.begin_object()
        .key("id")
        .string(f.id)
        .key("pillar")
        .id(f.pillar)
        .key("cite")
        .string(f.cite)
        .key("severity")
        .id(f.severity)
        .key("status")
        .id(f.status)
        .key("text")
        .string(f.text(lang))
        .key("detail")
        .string(f.detail(lang))
        .end_object();
  }
  w.end_array().key("profile").begin_array();
  for (const pillar_profile& p : r.profile) {
    w.begin_object()
        .key("pillar")
        .id(p.pillar)
        .key("cite")
        .string(cite_of(p.pillar))
        .key("met")
        .number(static_cast<long long>(p.met))
        .key("unmet")
        .number(static_cast<long long>(p.unmet))
        .key("unknown")
        .number(static_cast<long long>(p.unknown))
        .end_object();
  }
  w.end_array().key("standing");
  if (r.standing) {
    const standing& s = *r.standing;
    w.begin_object().key("rulebook").string(s.rulebook).key("date").string(s.date.to_string()).key("tier").id(s.tier);
    w.key("kinds_by_verdict").begin_object();
    for (const auto& v : vocabulary<verdict>()) {
      w.key(v.id).number(static_cast<long long>(s.kinds_by_verdict[static_cast<std::size_t>(v.value)]));
    }
    w.end_object().end_object();
  } else {
    w.null();
  }
  w.key("readiness");
  if (const auto x = r.readiness()) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.4f", *x);
    w.raw_number(buf);
  } else {
    w.null();
  }
  w.end_object();
}

void write_diff_entry(std::string& out, const diff_entry& e) {
  detail::json_writer w(out);
  w.begin_object().key("tier").id(e.tier).key("city");
  e.city.empty() ? w.null() : w.string(e.city);
  const activity& a = e.what;
  w.key("activity").begin_object().key("activity").id(a.kind).key("domain");
  a.domain ? w.id(*a.domain) : w.null();
  w.key("counterpart");
  a.counterpart ? w.id(*a.counterpart) : w.null();
  w.key("touches_internal_affairs")
      .boolean(a.touches_internal_affairs)
      .key("has_central_mandate")
      .boolean(a.has_central_mandate)
      .key("uses_regional_name")
      .boolean(a.uses_regional_name)
      .key("legally_binding")
      .boolean(a.legally_binding);
  w.key("date");
  a.date ? w.string(a.date->to_string()) : w.null();
  w.end_object();
  w.key("a").begin_object().key("verdict").id(e.verdict_a).key("bodies").ids(e.bodies_a).end_object();
  w.key("b").begin_object().key("verdict").id(e.verdict_b).key("bodies").ids(e.bodies_b).end_object();
  w.end_object();
}

CITYDIP_END_NAMESPACE
