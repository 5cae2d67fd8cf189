// The same activities decided under both built-in rulebooks, side by side:
// practice as the paper describes it (status-quo-2016) and the paper's
// reform programme (reform-proposal, Z-4).
#include <citydip/citydip.hpp>

#include <cstdio>
#include <string>

int main() {
  const auto now = *citydip::builtin_rulebook("status-quo-2016");
  const auto reform = *citydip::builtin_rulebook("reform-proposal");
  const citydip::date on{2016, 1, 1};

  struct sample {
    const char* city;
    citydip::activity what;
  };
  const sample samples[] = {
      {"shenzhen",
       {.kind = citydip::activity_kind::overseas_office, .domain = citydip::issue_domain::investment, .date = on}},
      {"zhuhai",
       {.kind = citydip::activity_kind::overseas_office, .domain = citydip::issue_domain::investment, .date = on}},
      {"wenzhou",
       {.kind = citydip::activity_kind::sister_city_agreement,
        .counterpart = citydip::counterpart::foreign_local_government,
        .date = on}},
      {"nanning",
       {.kind = citydip::activity_kind::global_governance_initiative,
        .domain = citydip::issue_domain::environment_climate,
        .date = on}},
      {"wuhan", {.kind = citydip::activity_kind::conflict_mediation, .date = on}},
      {"kunming",
       {.kind = citydip::activity_kind::international_organization_participation,
        .domain = citydip::issue_domain::public_health,
        .date = on}},
  };

  std::printf("%-10s %-42s %-28s %-28s\n", "city", "activity", std::string(now.name()).c_str(),
              std::string(reform.name()).c_str());
  int differ = 0;
  for (const auto& s : samples) {
    const citydip::city& c = *citydip::find_city(s.city);
    const auto a = citydip::decide(now, c, s.what);
    const auto b = citydip::decide(reform, c, s.what);
    const auto cell = [](const citydip::decision& d) {
      std::string out(to_id(d.verdict));
      for (citydip::body x : d.bodies) {
        out += ' ';
        out += to_id(x);
      }
      return out;
    };
    std::printf("%-10s %-42s %-28s %-28s\n", s.city, std::string(to_id(s.what.kind)).c_str(), cell(a).c_str(),
                cell(b).c_str());
    differ += a.verdict != b.verdict;
  }
  std::printf("\n%d of %zu sample activities change verdict under the reform.\n", differ, std::size(samples));
  return 0;
}
