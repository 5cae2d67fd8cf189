// Private: the cells every exhaustive analysis decides (analysis.hpp): each
// activity kind x domain (or none) x counterpart (or none) x the 16 patterns
// of the four flags, on each date where a rule starts or stops, at each tier
// and for each city a rule names. The analyses and the test runner's
// properties enumerate them the same way, and name a decision's deciding
// rules the same way.
#ifndef CITYDIP_SRC_DECIDE_CELLS_HPP
#define CITYDIP_SRC_DECIDE_CELLS_HPP

#include <citydip/decide/decision.hpp>
#include <citydip/model/activity.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/rulebook.hpp>

#include <initializer_list>
#include <set>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// A city a rule names, at the tier it is decided for.
struct named_subject {
  std::string city;
  designation tier;
};

// The dates on which some rule of `books` starts or stops, and the books' own.
inline std::vector<date> dates_of(std::initializer_list<const rulebook*> books) {
  std::set<std::int32_t> seen;
  std::vector<date> out;
  const auto add = [&](date d) {
    if (seen.insert(d.days_since_epoch()).second) out.push_back(d);
  };
  for (const rulebook* b : books) add(b->source().as_of.value_or(date::today()));
  for (const rulebook* b : books) {
    for (const rule& r : b->rules()) {
      if (r.when.from) add(*r.when.from);
      if (r.when.until) add(*r.when.until);
    }
  }
  return out;
}

// The cities the rules of `books` name, each at its gazetteer tier on `on`
// (at every tier when the gazetteer does not know it).
inline std::vector<named_subject> named_subjects(std::initializer_list<const rulebook*> books, date on) {
  std::set<std::string> ids;
  for (const rulebook* b : books) {
    for (const auto& id : b->named_cities()) ids.insert(id);
  }
  std::vector<named_subject> out;
  for (const auto& id : ids) {
    if (const city* c = find_city(id)) {
      out.push_back({id, c->tier_on(on)});
    } else {
      for (const auto& t : vocabulary<designation>()) out.push_back({id, t.value});
    }
  }
  return out;
}

// Calls f(activity) for every cell on `on`; returns how many.
template <class F>
std::size_t for_each_activity(date on, F&& f) {
  std::size_t n = 0;
  for (const auto& k : vocabulary<activity_kind>()) {
    for (int dom = -1; dom < static_cast<int>(enum_count<issue_domain>()); ++dom) {
      for (int cp = -1; cp < static_cast<int>(enum_count<counterpart>()); ++cp) {
        for (unsigned flags = 0; flags < 16; ++flags) {
          activity a{.kind = k.value,
                     .touches_internal_affairs = (flags & 1u) != 0,
                     .has_central_mandate = (flags & 2u) != 0,
                     .uses_regional_name = (flags & 4u) != 0,
                     .legally_binding = (flags & 8u) != 0,
                     .date = on};
          if (dom >= 0) a.domain = static_cast<issue_domain>(dom);
          if (cp >= 0) a.counterpart = static_cast<counterpart>(cp);
          f(a);
          ++n;
        }
      }
    }
  }
  return n;
}

// The ids of the rules that decided `d`, in rulebook order.
inline std::vector<std::string> deciding_ids(const decision& d) {
  std::vector<std::string> out;
  for (const reason& r : d.reasons()) {
    if (r.deciding) out.push_back(r.rule->id);
  }
  return out;
}

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
