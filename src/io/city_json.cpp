#include <citydip/io/city_json.hpp>

#include "io/city_io.hpp"

CITYDIP_BEGIN_NAMESPACE
namespace detail {
namespace {

namespace json = boost::json;

std::string at(const std::string& path, std::string_view key) { return path + "/" + std::string(key); }

// A yes/no fact: true, false, or null/absent for unknown.
void read_fact(json_reader& in, const json::object& o, const std::string& path, std::string_view key, fact& out) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return;
  if (auto b = in.boolean(*v, at(path, key))) out = known(*b);
}

template <class T, class F>
void read_optional(const json::object& o, std::string_view key, std::optional<T>& out, F read) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return;
  if (auto x = read(*v)) out = std::move(*x);
}

void read_spirit(json_reader& in, const json::value& v, const std::string& path, city_spirit& s) {
  const auto* o = in.object(v, path);
  if (!o) return;
  in.only_keys(*o, path, {"values", "motto", "consensus"});
  read_optional(*o, "values", s.values, [&](const json::value& x) { return in.strings(x, at(path, "values")); });
  read_optional(*o, "motto", s.motto, [&](const json::value& x) { return in.string(x, at(path, "motto")); });
  read_fact(in, *o, path, "consensus", s.consensus);
}

void read_structure(json_reader& in, const json::value& v, const std::string& path, foreign_affairs_structure& s) {
  const auto* o = in.object(v, path);
  if (!o) return;
  in.only_keys(*o, path,
               {"governance", "fao_dual_role", "fao_director_attends_standing_committee", "has_leading_group",
                "leading_group_office_head", "has_coordination_committee", "coordination_committee_members",
                "has_international_affairs_office", "international_affairs_office_functions"});
  read_optional(*o, "governance", s.governance,
                [&](const json::value& x) { return in.id<governance_form>(x, at(path, "governance")); });
  read_fact(in, *o, path, "fao_dual_role", s.fao_dual_role);
  read_fact(in, *o, path, "fao_director_attends_standing_committee", s.fao_director_attends_standing_committee);
  read_fact(in, *o, path, "has_leading_group", s.has_leading_group);
  read_optional(*o, "leading_group_office_head", s.leading_group_office_head,
                [&](const json::value& x) { return in.id<official>(x, at(path, "leading_group_office_head")); });
  read_fact(in, *o, path, "has_coordination_committee", s.has_coordination_committee);
  read_optional(*o, "coordination_committee_members", s.coordination_committee_members, [&](const json::value& x) {
    return in.id_set<department>(x, at(path, "coordination_committee_members"));
  });
  read_fact(in, *o, path, "has_international_affairs_office", s.has_international_affairs_office);
  read_optional(*o, "international_affairs_office_functions", s.international_affairs_office_functions,
                [&](const json::value& x) {
                  return in.id_set<international_office_function>(x, at(path, "international_affairs_office_functions"));
                });
}

std::optional<overseas_office> read_office(json_reader& in, const json::value& v, const std::string& path) {
  const auto* o = in.object(v, path);
  if (!o) return std::nullopt;
  in.only_keys(*o, path, {"name", "host", "purposes", "privileges_and_immunities", "since"});
  overseas_office out;
  read_optional(*o, "name", out.name, [&](const json::value& x) { return in.string(x, at(path, "name")); });
  read_optional(*o, "host", out.host, [&](const json::value& x) { return in.string(x, at(path, "host")); });
  read_optional(*o, "purposes", out.purposes,
                [&](const json::value& x) { return in.id_set<issue_domain>(x, at(path, "purposes")); });
  read_fact(in, *o, path, "privileges_and_immunities", out.privileges_and_immunities);
  read_optional(*o, "since", out.since, [&](const json::value& x) { return in.some_date(x, at(path, "since")); });
  return out;
}

void read_mechanisms(json_reader& in, const json::value& v, const std::string& path, operating_mechanisms& m) {
  const auto* o = in.object(v, path);
  if (!o) return;
  in.only_keys(*o, path,
               {"overseas_offices", "government_level_coordination", "coordinated_departments", "reports_to_mfa",
                "memberships_under_regional_name"});
  if (const auto* x = o->if_contains("overseas_offices"); x && !x->is_null()) {
    if (const auto* arr = x->if_array()) {
      m.overseas_offices.emplace();
      for (std::size_t i = 0; i < arr->size(); ++i) {
        if (auto office = read_office(in, (*arr)[i], at(path, "overseas_offices") + "/" + std::to_string(i))) {
          m.overseas_offices->push_back(std::move(*office));
        }
      }
    } else {
      in.add(at(path, "overseas_offices"), "expected an array of offices or null, found " + std::string(json_kind_name(*x)));
    }
  }
  read_fact(in, *o, path, "government_level_coordination", m.government_level_coordination);
  read_optional(*o, "coordinated_departments", m.coordinated_departments,
                [&](const json::value& x) { return in.id_set<department>(x, at(path, "coordinated_departments")); });
  read_fact(in, *o, path, "reports_to_mfa", m.reports_to_mfa);
  read_optional(*o, "memberships_under_regional_name", m.memberships_under_regional_name,
                [&](const json::value& x) { return in.strings(x, at(path, "memberships_under_regional_name")); });
}

void read_guarantees(json_reader& in, const json::value& v, const std::string& path, guarantees& g) {
  const auto* o = in.object(v, path);
  if (!o) return;
  in.only_keys(*o, path, {"mayor_first_responsible", "professional_team", "dedicated_budget", "infrastructure"});
  read_fact(in, *o, path, "mayor_first_responsible", g.mayor_first_responsible);
  read_fact(in, *o, path, "professional_team", g.professional_team);
  read_fact(in, *o, path, "dedicated_budget", g.dedicated_budget);
  read_fact(in, *o, path, "infrastructure", g.infrastructure);
}

void read_programme(json_reader& in, const json::value& v, const std::string& path, programme& p) {
  const auto* o = in.object(v, path);
  if (!o) return;
  in.only_keys(*o, path,
               {"three_services", "internationalisation_strategy", "fao_shapes_strategy", "personnel_rules",
                "finance_rules", "request_report_rules", "assessment_rules", "supervision_rules"});
  read_fact(in, *o, path, "three_services", p.three_services);
  read_fact(in, *o, path, "internationalisation_strategy", p.internationalisation_strategy);
  read_fact(in, *o, path, "fao_shapes_strategy", p.fao_shapes_strategy);
  read_fact(in, *o, path, "personnel_rules", p.personnel_rules);
  read_fact(in, *o, path, "finance_rules", p.finance_rules);
  read_fact(in, *o, path, "request_report_rules", p.request_report_rules);
  read_fact(in, *o, path, "assessment_rules", p.assessment_rules);
  read_fact(in, *o, path, "supervision_rules", p.supervision_rules);
}

std::optional<designation_record> read_designation(json_reader& in, const json::value& v, const std::string& path) {
  const auto* o = in.object(v, path);
  if (!o) return std::nullopt;
  in.only_keys(*o, path, {"designation", "since", "until", "source"});
  designation_record r;
  bool ok = true;
  if (const auto* d = in.required(*o, path, "designation")) {
    if (auto e = in.id<designation>(*d, at(path, "designation"))) r.designation = *e; else ok = false;
  } else {
    ok = false;
  }
  read_optional(*o, "since", r.since, [&](const json::value& x) { return in.some_date(x, at(path, "since")); });
  read_optional(*o, "until", r.until, [&](const json::value& x) { return in.some_date(x, at(path, "until")); });
  if (const auto* s = o->if_contains("source")) {
    if (auto text = in.string(*s, at(path, "source"))) r.source = std::move(*text);
  }
  if (r.since && r.until && !(r.since->first_day() < r.until->first_day())) {
    in.add(at(path, "until"), "expected a date after 'since' (" + r.since->to_string() + ")");
  }
  if (!ok) return std::nullopt;
  return r;
}

void write_fact(json_writer& out, std::string_view key, fact f) {
  if (f != fact::unknown) out.key(key).boolean(f == fact::yes);
}

void write_strings(json_writer& out, const std::vector<std::string>& v) {
  out.begin_array();
  for (const auto& s : v) out.string(s);
  out.end_array();
}

}  // namespace

std::optional<city> read_city(json_reader& in, const json::value& v, const std::string& path) {
  const auto* o = in.object(v, path);
  if (!o) return std::nullopt;
  in.only_keys(*o, path,
               {"id", "name_zh", "name_en", "province", "designations", "spirit", "structure", "mechanisms",
                "guarantees", "programme"});
  city c;
  const std::size_t problems_before = in.problems().size();
  if (const auto* id = in.required(*o, path, "id")) {
    if (auto s = in.string(*id, at(path, "id"))) {
      if (is_valid_city_id(*s)) {
        c.id = std::move(*s);
      } else {
        in.add(at(path, "id"), "expected a city id (lower-case ASCII letters, digits, underscores), found '" + *s + "'");
      }
    }
  }
  for (auto [key, field] : {std::pair<std::string_view, std::string*>{"name_zh", &c.name_zh}, {"name_en", &c.name_en}}) {
    if (const auto* x = in.required(*o, path, key)) {
      if (auto s = in.string(*x, at(path, key))) *field = std::move(*s);
    }
  }
  read_optional(*o, "province", c.province, [&](const json::value& x) { return in.string(x, at(path, "province")); });
  if (const auto* d = in.required(*o, path, "designations")) {
    if (const auto* arr = d->if_array()) {
      for (std::size_t i = 0; i < arr->size(); ++i) {
        if (auto r = read_designation(in, (*arr)[i], at(path, "designations") + "/" + std::to_string(i))) {
          c.designations.push_back(std::move(*r));
        }
      }
    } else {
      in.add(at(path, "designations"), "expected an array of designations, found " + std::string(json_kind_name(*d)));
    }
  }
  if (const auto* x = o->if_contains("spirit"); x && !x->is_null()) read_spirit(in, *x, at(path, "spirit"), c.spirit);
  if (const auto* x = o->if_contains("structure"); x && !x->is_null()) read_structure(in, *x, at(path, "structure"), c.structure);
  if (const auto* x = o->if_contains("mechanisms"); x && !x->is_null()) read_mechanisms(in, *x, at(path, "mechanisms"), c.mechanisms);
  if (const auto* x = o->if_contains("guarantees"); x && !x->is_null()) read_guarantees(in, *x, at(path, "guarantees"), c.guarantees);
  if (const auto* x = o->if_contains("programme"); x && !x->is_null()) read_programme(in, *x, at(path, "programme"), c.programme);
  if (in.problems().size() != problems_before) return std::nullopt;
  return c;
}

void write_city(json_writer& out, const city& c) {
  out.begin_object();
  out.key("id").string(c.id).key("name_zh").string(c.name_zh).key("name_en").string(c.name_en);
  if (c.province) out.key("province").string(*c.province);
  out.key("designations").begin_array();
  for (const auto& r : c.designations) {
    out.begin_object().key("designation").id(r.designation);
    out.key("since");
    r.since ? out.string(r.since->to_string()) : out.null();
    out.key("until");
    r.until ? out.string(r.until->to_string()) : out.null();
    if (!r.source.empty()) out.key("source").string(r.source);
    out.end_object();
  }
  out.end_array();

  const city_spirit& s = c.spirit;
  if (s.values || s.motto || s.consensus != fact::unknown) {
    out.key("spirit").begin_object();
    if (s.values) write_strings(out.key("values"), *s.values);
    if (s.motto) out.key("motto").string(*s.motto);
    write_fact(out, "consensus", s.consensus);
    out.end_object();
  }
  const foreign_affairs_structure& st = c.structure;
  out.key("structure").begin_object();
  if (st.governance) out.key("governance").id(*st.governance);
  write_fact(out, "fao_dual_role", st.fao_dual_role);
  write_fact(out, "fao_director_attends_standing_committee", st.fao_director_attends_standing_committee);
  write_fact(out, "has_leading_group", st.has_leading_group);
  if (st.leading_group_office_head) out.key("leading_group_office_head").id(*st.leading_group_office_head);
  write_fact(out, "has_coordination_committee", st.has_coordination_committee);
  if (st.coordination_committee_members) out.key("coordination_committee_members").ids(*st.coordination_committee_members);
  write_fact(out, "has_international_affairs_office", st.has_international_affairs_office);
  if (st.international_affairs_office_functions) {
    out.key("international_affairs_office_functions").ids(*st.international_affairs_office_functions);
  }
  out.end_object();

  const operating_mechanisms& m = c.mechanisms;
  out.key("mechanisms").begin_object();
  if (m.overseas_offices) {
    out.key("overseas_offices").begin_array();
    for (const auto& o : *m.overseas_offices) {
      out.begin_object();
      if (o.name) out.key("name").string(*o.name);
      if (o.host) out.key("host").string(*o.host);
      if (o.purposes) out.key("purposes").ids(*o.purposes);
      write_fact(out, "privileges_and_immunities", o.privileges_and_immunities);
      if (o.since) out.key("since").string(o.since->to_string());
      out.end_object();
    }
    out.end_array();
  }
  write_fact(out, "government_level_coordination", m.government_level_coordination);
  if (m.coordinated_departments) out.key("coordinated_departments").ids(*m.coordinated_departments);
  write_fact(out, "reports_to_mfa", m.reports_to_mfa);
  if (m.memberships_under_regional_name) write_strings(out.key("memberships_under_regional_name"), *m.memberships_under_regional_name);
  out.end_object();

  const guarantees& g = c.guarantees;
  out.key("guarantees").begin_object();
  write_fact(out, "mayor_first_responsible", g.mayor_first_responsible);
  write_fact(out, "professional_team", g.professional_team);
  write_fact(out, "dedicated_budget", g.dedicated_budget);
  write_fact(out, "infrastructure", g.infrastructure);
  out.end_object();

  const programme& p = c.programme;
  out.key("programme").begin_object();
  write_fact(out, "three_services", p.three_services);
  write_fact(out, "internationalisation_strategy", p.internationalisation_strategy);
  write_fact(out, "fao_shapes_strategy", p.fao_shapes_strategy);
  write_fact(out, "personnel_rules", p.personnel_rules);
  write_fact(out, "finance_rules", p.finance_rules);
  write_fact(out, "request_report_rules", p.request_report_rules);
  write_fact(out, "assessment_rules", p.assessment_rules);
  write_fact(out, "supervision_rules", p.supervision_rules);
  out.end_object();
  out.end_object();
}

}  // namespace detail

result<city> parse_city(std::string_view json, const city_read_options& options) {
  return detail::read_document<city>(json, options.file, [](detail::json_reader& in, const boost::json::value& v) {
    return detail::read_city(in, v, "");
  });
}

void write_city(std::string& out, const city& c) {
  detail::json_writer w(out);
  detail::write_city(w, c);
}

CITYDIP_END_NAMESPACE
