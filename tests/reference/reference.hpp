// A second, deliberately simple implementation of the rule semantics of
// DESIGN.md: it reads the rules as written (rulebook_source), with no
// compilation, no masks and no indexes, and shares no code with the fast path
// beyond the model types. The differential tests require both to agree.
#ifndef CITYDIP_TESTS_REFERENCE_HPP
#define CITYDIP_TESTS_REFERENCE_HPP

#include <citydip/model/activity.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook_source.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace citydip::reference {

struct outcome_of {
  verdict v = verdict::autonomous;
  body_set bodies;
  classification cls = classification::general_foreign_affairs;
  citydip::outcome result = citydip::outcome::allowed;
  body_set missing;
  bool mandate_missing = false;
  bool by_default = false;
  std::vector<std::string> counting;  // ids, in rulebook order
  std::vector<std::string> deciding;  // ids, in rulebook order
};

// "A rule applies to an activity when every field of its condition matches
// (absent field: any value)."
inline bool holds(const condition& c, designation tier, std::string_view city, const activity& a, date on) {
  if (c.tiers) {
    bool in = false;
    for (designation t : *c.tiers) in = in || t == tier;
    if (!in) return false;
  }
  if (c.tier_at_least && static_cast<int>(tier) < static_cast<int>(*c.tier_at_least)) return false;
  if (c.tier_at_most && static_cast<int>(tier) > static_cast<int>(*c.tier_at_most)) return false;
  if (c.kinds) {
    bool in = false;
    for (activity_kind k : *c.kinds) in = in || k == a.kind;
    if (!in) return false;
  }
  if (c.domains) {
    if (!a.domain) return false;
    bool in = false;
    for (issue_domain d : *c.domains) in = in || d == *a.domain;
    if (!in) return false;
  }
  if (c.counterparts) {
    if (!a.counterpart) return false;
    bool in = false;
    for (counterpart p : *c.counterparts) in = in || p == *a.counterpart;
    if (!in) return false;
  }
  if (c.touches_internal_affairs && *c.touches_internal_affairs != a.touches_internal_affairs) return false;
  if (c.has_central_mandate && *c.has_central_mandate != a.has_central_mandate) return false;
  if (c.uses_regional_name && *c.uses_regional_name != a.uses_regional_name) return false;
  if (c.legally_binding && *c.legally_binding != a.legally_binding) return false;
  if (c.from && on.days_since_epoch() < c.from->days_since_epoch()) return false;
  if (c.until && on.days_since_epoch() >= c.until->days_since_epoch()) return false;
  if (!c.cities.empty()) {
    bool named = false;
    for (const auto& id : c.cities) named = named || id == city;
    if (!named) return false;
  }
  return true;
}

inline outcome_of decide(const rulebook_source& book, designation tier, std::string_view city, const activity& a,
                         date on) {
  // Which rules apply.
  std::vector<const rule*> applying;
  for (const rule& r : book.rules) {
    if (holds(r.when, tier, city, a, on)) applying.push_back(&r);
  }
  // "A rule that is overridden by an applying exception does not count."
  std::vector<const rule*> counting;
  for (const rule* r : applying) {
    bool overridden = false;
    for (const rule* e : applying) {
      for (const auto& target : e->exception_to) overridden = overridden || target == r->id;
    }
    if (!overridden) counting.push_back(r);
  }
  outcome_of out;
  if (counting.empty()) {
    // "A rulebook states its default for activities no rule covers."
    out.v = book.fallback.verdict;
    out.bodies = book.fallback.bodies;
    out.cls = *book.fallback.classification;
    out.by_default = true;
    out.counting = {"default"};
    out.deciding = {"default"};
  } else {
    // "Of the rules that count, the most restrictive verdict wins; its
    // approving bodies are the union of those rules' bodies."
    for (const rule* r : counting) {
      if (static_cast<int>(r->verdict) > static_cast<int>(out.v)) out.v = r->verdict;
    }
    bool any_cls = false;
    for (const rule* r : counting) {
      out.counting.push_back(r->id);
      if (r->verdict == out.v) {
        out.deciding.push_back(r->id);
        for (body b : r->bodies) out.bodies.insert(b);
      }
      if (r->classification && (!any_cls || static_cast<int>(*r->classification) > static_cast<int>(out.cls))) {
        out.cls = *r->classification;
        any_cls = true;
      }
    }
    if (!any_cls) out.cls = *book.fallback.classification;
  }
  // The outcome, given what was obtained and the mandate.
  switch (out.v) {
    case verdict::prohibited: out.result = citydip::outcome::denied; break;
    case verdict::central_mandate:
      if (a.has_central_mandate) {
        out.result = citydip::outcome::allowed;
      } else {
        out.result = citydip::outcome::pending;
        out.mandate_missing = true;
        for (body b : out.bodies) {
          if (!a.obtained.contains(b)) out.missing.insert(b);
        }
      }
      break;
    case verdict::approval:
      for (body b : out.bodies) {
        if (!a.obtained.contains(b)) out.missing.insert(b);
      }
      out.result = out.missing.empty() ? citydip::outcome::allowed : citydip::outcome::pending;
      break;
    case verdict::report:
    case verdict::autonomous: out.result = citydip::outcome::allowed; break;
  }
  return out;
}

}  // namespace citydip::reference

#endif
