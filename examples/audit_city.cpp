// An institutional audit: a city's institutions against the paper's
// recommendations, with unknowns kept unknown.
//
// Hong Kong as the paper describes it: eleven overseas offices with
// privileges and immunities (Z-3.3-1), and nothing else about its
// institutions — so one finding is met and the rest are unknown.
#include <citydip/citydip.hpp>

#include <cstdio>

int main() {
  //! [audit]
  const citydip::city& hk = *citydip::find_city("hong_kong");
  const citydip::audit_report report = citydip::audit(*citydip::builtin_rulebook("status-quo-2016"), hk, {2016, 1, 1});
  for (const citydip::pillar_profile& p : report.profile) {
    std::printf("%-26s met %zu, unmet %zu, unknown %zu\n", std::string(display_name(p.pillar)).c_str(), p.met, p.unmet,
                p.unknown);
  }
  for (const citydip::finding& f : report.findings) {
    if (f.status == citydip::finding_status::met)
      std::printf("met: %s [%s]\n", std::string(f.text_en).c_str(), std::string(f.cite).c_str());
  }
  //! [audit]
  const auto& s = *report.standing;
  std::printf("standing: tier %s; %zu of %zu activity kinds are its own to decide\n",
              std::string(to_id(s.tier)).c_str(), s.kinds_by_verdict[0], citydip::enum_count<citydip::activity_kind>());
  return report.readiness() ? 0 : 1;
}
