#include <citydip/decide/audit.hpp>

#include <citydip/decide/powers.hpp>

CITYDIP_BEGIN_NAMESPACE
namespace {

// One recommendation: where it comes from and how it is worded.
struct check {
  std::string_view id;
  pillar where;
  std::string_view cite;
  severity weight;
  std::string_view en;
  std::string_view zh;
};

finding_status of(fact f) noexcept {
  return f == fact::yes ? finding_status::met : f == fact::no ? finding_status::unmet : finding_status::unknown;
}

// The departments Z-3.3-2 names for government-level coordination.
constexpr department_set government_coordination_departments{department::foreign_affairs,
                                                             department::external_publicity,
                                                             department::development_reform,
                                                             department::commerce,
                                                             department::overseas_chinese_affairs,
                                                             department::cppcc_foreign_affairs,
                                                             department::education,
                                                             department::culture,
                                                             department::science_technology,
                                                             department::tourism};

class auditor {
 public:
  explicit auditor(audit_report& r) : r_(r) {}

  void add(const check& c, finding_status s, std::string detail_en = {}, std::string detail_zh = {}) {
    r_.findings.push_back({c.id, c.where, c.cite, c.weight, s, c.en, c.zh, std::move(detail_en), std::move(detail_zh)});
  }
  void add(const check& c, fact f) { add(c, of(f)); }

  // A set that should include `wanted`: met when it does, unmet with the
  // missing members listed when it does not, unknown when the set is.
  template <class Enum>
  void add_coverage(const check& c, fact exists, const std::optional<enum_set<Enum>>& have, enum_set<Enum> wanted) {
    const enum_set<Enum>* known = known_set(c, exists, have);
    if (!known) return;
    const enum_set<Enum> missing = wanted - *known;
    if (missing.empty()) {
      add(c, finding_status::met);
    } else {
      add(c, finding_status::unmet, "missing:" + ids(missing), "缺少：" + names_zh(missing));
    }
  }

  // A set of which any member of `listed` will do, the list being examples,
  // not a checklist: met when it holds one (the others named, for
  // comparison), unmet when it holds none, unknown when the set is.
  template <class Enum>
  void add_any(const check& c, fact exists, const std::optional<enum_set<Enum>>& have, enum_set<Enum> listed) {
    const enum_set<Enum>* known = known_set(c, exists, have);
    if (!known) return;
    const enum_set<Enum> others = listed - *known;
    if ((listed & *known).empty()) {
      add(c, finding_status::unmet, "none of:" + ids(listed), "均未具备：" + names_zh(listed));
    } else if (others.empty()) {
      add(c, finding_status::met);
    } else {
      add(c, finding_status::met, "not held:" + ids(others), "未具备：" + names_zh(others));
    }
  }

 private:
  // The set a check reads, or null once the finding is added: unmet when the
  // thing the set belongs to does not exist, unknown when the set is.
  template <class Enum>
  const enum_set<Enum>* known_set(const check& c, fact exists, const std::optional<enum_set<Enum>>& have) {
    if (exists == fact::no) {
      add(c, finding_status::unmet);
      return nullptr;
    }
    if (!have) {
      add(c, finding_status::unknown);
      return nullptr;
    }
    return &*have;
  }

  // A set's members, for a finding's detail: ids, each after a space, and
  // Chinese display names separated by "、".
  template <class Enum>
  static std::string ids(enum_set<Enum> set) {
    std::string out;
    for (Enum e : set) {
      out += ' ';
      out += to_id(e);
    }
    return out;
  }
  template <class Enum>
  static std::string names_zh(enum_set<Enum> set) {
    std::string out;
    for (Enum e : set) {
      if (!out.empty()) out += "、";
      out += display_name(e, language::zh);
    }
    return out;
  }

  audit_report& r_;
};

// The recommendations, in pillar order.
constexpr check spirit_defined{"spirit-defined",
                               pillar::spirit,
                               "Z-3.1-3",
                               severity::medium,
                               "The city has defined a city spirit of its own",
                               "城市已确立自身的城市精神"};
constexpr check spirit_consensus{
    "spirit-consensus",      pillar::spirit, "Z-3.1-3", severity::medium, "The city spirit is held as a city consensus",
    "城市精神已成为城市共识"};
constexpr check fao_dual_role{
    "fao-dual-role",
    pillar::structure,
    "Z-3.2-4",
    severity::high,
    "The FAO is at once the office of the party committee's foreign-affairs leading group and the government's FAO",
    "外办同时是同级党委外事工作领导小组办公室和同级政府外事办公室"};
constexpr check fao_director{"fao-director-standing-committee",
                             pillar::structure,
                             "Z-3.2-4",
                             severity::high,
                             "The FAO director attends the party standing committee's meetings",
                             "外办主任列席市委常委会"};
constexpr check ia_office{"international-affairs-office",
                          pillar::structure,
                          "Z-3.2-2",
                          severity::low,
                          "The city has a specialised office for international affairs, as New York does",
                          "城市设有如纽约市国际事务办般的专门国际事务机构"};
constexpr check ia_functions{
    "international-affairs-office-functions",
    pillar::structure,
    "Z-3.2-2",
    severity::low,
    "That office does substantive work of the kind New York's does (liaison, advice, crises, foreign firms, "
    "partnerships), not reception alone",
    "该机构承担纽约市国际事务办那样的实质性职能（联络、咨询、危机处置、服务外企、城市伙伴），而非仅迎来送往"};
constexpr check overseas{"overseas-offices",
                         pillar::mechanisms,
                         "Z-3.3-1",
                         severity::medium,
                         "The city keeps offices abroad for internal-external interaction",
                         "城市设有海外办事处，形成内外互动机制"};
constexpr check gov_coordination{
    "government-coordination",
    pillar::mechanisms,
    "Z-3.3-2",
    severity::medium,
    "Foreign work is coordinated at government level, not only through party leading groups",
    "在政府层面统筹协调对外工作，而不仅依靠党的领导小组"};
constexpr check coordinated{"coordinated-departments",
                            pillar::mechanisms,
                            "Z-3.3-2",
                            severity::low,
                            "Government-level coordination covers the departments Z-3.3-2 names",
                            "政府层面的统筹协调涵盖论文所列各部门"};
constexpr check reports_mfa{"reports-to-mfa",
                            pillar::mechanisms,
                            "Z-3.3-3",
                            severity::high,
                            "The city reports to and asks instructions of the MFA (central-local coordination)",
                            "城市主动向外交部请示、报告工作（央地协调机制）"};
constexpr check three_services{"three-services",
                               pillar::responsibilities,
                               "Z-4.2",
                               severity::medium,
                               "The city's foreign work is defined by the three services",
                               "城市对外工作以\u201c三个服务\u201d明确职责"};
constexpr check strategy{"internationalisation-strategy",
                         pillar::strategy,
                         "Z-4.3",
                         severity::medium,
                         "The city has an internationalisation strategy",
                         "城市已制定国际化战略"};
constexpr check fao_strategy{"fao-shapes-strategy",
                             pillar::strategy,
                             "Z-4.3",
                             severity::low,
                             "The FAO has a real say in that strategy",
                             "外事部门在城市国际化战略中有实际话语权"};
constexpr check leading_group{"leading-group",
                              pillar::institutions,
                              "Z-4.4",
                              severity::medium,
                              "The city has a city-diplomacy leading group with an office",
                              "城市设有城市外交工作领导小组及其办公室"};
constexpr check office_head{"leading-group-office-head",
                            pillar::institutions,
                            "Z-4.4",
                            severity::low,
                            "The executive vice mayor heads the leading group's office",
                            "领导小组办公室主任由常务副市长担任"};
constexpr check committee{"coordination-committee",
                          pillar::institutions,
                          "Z-4.4",
                          severity::medium,
                          "The city has a cross-department coordination committee",
                          "城市设有跨部门协调委员会"};
constexpr check committee_members{
    "coordination-committee-members",
    pillar::institutions,
    "Z-4.4",
    severity::medium,
    "The committee covers foreign affairs, commerce, overseas Chinese affairs, development and reform, public "
    "security, culture, environment, customs and quality inspection",
    "协调委员会涵盖外事、商务、侨务、发改、公安、文化、环境、海关、质检等部门"};
constexpr check personnel{"personnel-rules",
                          pillar::institutions,
                          "Z-4.4",
                          severity::low,
                          "The city has rules on personnel for its foreign work",
                          "城市已制定对外工作人员管理制度"};
constexpr check finance{"finance-rules",
                        pillar::institutions,
                        "Z-4.4",
                        severity::low,
                        "The city has rules on finance for its foreign work",
                        "城市已制定对外工作财务制度"};
constexpr check requests{
    "request-report-rules",  pillar::institutions, "Z-4.4", severity::low, "The city has rules on requests and reports",
    "城市已制定请示报告制度"};
constexpr check assessment{"assessment-rules",
                           pillar::institutions,
                           "Z-4.4",
                           severity::low,
                           "The city has rules on assessment and evaluation",
                           "城市已制定考核评估制度"};
constexpr check supervision{"supervision-rules",
                            pillar::institutions,
                            "Z-4.4",
                            severity::low,
                            "The city has rules on supervision and inspection",
                            "城市已制定监督检查制度"};
constexpr check mayor{"mayor-first-responsible",
                      pillar::guarantees,
                      "Z-4.5",
                      severity::medium,
                      "The mayor is the first responsible person for foreign work",
                      "市长是外事工作第一责任人"};
constexpr check team{"professional-team",
                     pillar::guarantees,
                     "Z-4.5",
                     severity::medium,
                     "A professional team works on issues, not on protocol",
                     "有一支围绕议题而非礼宾接待工作的专业化团队"};
constexpr check budget{"dedicated-budget",
                       pillar::guarantees,
                       "Z-4.5",
                       severity::high,
                       "City diplomacy has an adequate budget (its lack is the common weakness)",
                       "城市外交有充足预算（缺乏预算是各国城市的共同问题）"};
constexpr check infrastructure{"infrastructure",
                               pillar::guarantees,
                               "Z-4.5",
                               severity::low,
                               "Offices, an information network, support staff and office systems are in place",
                               "办公场所、信息网络、辅助人员、办公系统等基础设施到位"};

}  // namespace

std::optional<double> audit_report::readiness() const noexcept {
  std::size_t met = 0, known = 0;
  for (const auto& p : profile) {
    met += p.met;
    known += p.met + p.unmet;
  }
  if (known == 0) return std::nullopt;
  return static_cast<double>(met) / static_cast<double>(known);
}

audit_report audit(const city& c) {
  audit_report r;
  r.city = c.id;
  auditor a(r);

  const city_spirit& s = c.spirit;
  const bool has_values = s.values && !s.values->empty();
  if (has_values || (s.motto && !s.motto->empty())) {
    a.add(spirit_defined, finding_status::met);
  } else if (s.values && s.values->empty() && !s.motto) {
    a.add(spirit_defined, finding_status::unmet);
  } else {
    a.add(spirit_defined, finding_status::unknown);
  }
  a.add(spirit_consensus, s.consensus);

  const foreign_affairs_structure& st = c.structure;
  a.add(fao_dual_role, st.fao_dual_role);
  a.add(fao_director, st.fao_director_attends_standing_committee);
  a.add(ia_office, st.has_international_affairs_office);
  // New York's functions are the paper's example of a specialised office (Z-3.2-2), set against
  // Chinese FAOs that mostly do reception (Z-3.2-3): any of them will do.
  a.add_any(ia_functions, st.has_international_affairs_office, st.international_affairs_office_functions,
            international_office_function_set::all());

  const operating_mechanisms& m = c.mechanisms;
  a.add(overseas, !m.overseas_offices           ? finding_status::unknown
                  : m.overseas_offices->empty() ? finding_status::unmet
                                                : finding_status::met);
  a.add(gov_coordination, m.government_level_coordination);
  a.add_coverage(coordinated, m.government_level_coordination, m.coordinated_departments,
                 government_coordination_departments);
  a.add(reports_mfa, m.reports_to_mfa);

  const programme& p = c.programme;
  a.add(three_services, p.three_services);
  a.add(strategy, p.internationalisation_strategy);
  a.add(fao_strategy, p.internationalisation_strategy == fact::no ? fact::no : p.fao_shapes_strategy);

  a.add(leading_group, st.has_leading_group);
  if (st.leading_group_office_head) {
    a.add(office_head, *st.leading_group_office_head == official::executive_vice_mayor ? finding_status::met
                                                                                       : finding_status::unmet);
  } else {
    a.add(office_head, st.has_leading_group == fact::no ? finding_status::unmet : finding_status::unknown);
  }
  a.add(committee, st.has_coordination_committee);
  a.add_coverage(committee_members, st.has_coordination_committee, st.coordination_committee_members,
                 coordination_committee_departments);
  a.add(personnel, p.personnel_rules);
  a.add(finance, p.finance_rules);
  a.add(requests, p.request_report_rules);
  a.add(assessment, p.assessment_rules);
  a.add(supervision, p.supervision_rules);

  const guarantees& g = c.guarantees;
  a.add(mayor, g.mayor_first_responsible);
  a.add(team, g.professional_team);
  a.add(budget, g.dedicated_budget);
  a.add(infrastructure, g.infrastructure);

  for (std::size_t i = 0; i < r.profile.size(); ++i) r.profile[i].pillar = static_cast<pillar>(i);
  for (const finding& f : r.findings) {
    auto& row = r.profile[static_cast<std::size_t>(f.pillar)];
    (f.status == finding_status::met ? row.met : f.status == finding_status::unmet ? row.unmet : row.unknown) += 1;
  }
  return r;
}

audit_report audit(const rulebook& book, const city& c, date on) {
  audit_report r = audit(c);
  citydip::standing s;
  s.rulebook = std::string(book.name());
  s.date = on;
  s.tier = c.tier_on(on);
  for (const power& p : powers(book, c, on)) ++s.kinds_by_verdict[static_cast<std::size_t>(p.what.verdict)];
  r.standing = std::move(s);
  return r;
}

CITYDIP_END_NAMESPACE
