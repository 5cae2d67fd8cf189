// Check a sub-provincial special-economic-zone city's plan to open an
// overseas office.
//
// Shenzhen holds two designations, special economic zone (1980) and
// sub-provincial city (1994); its tier is the higher. It has the provincial
// FAO's approval already and asks what is still missing.
#include <citydip/citydip.hpp>

#include <iostream>
#include <string>

int main() {
  const citydip::city& shenzhen = *citydip::find_city("深圳");
  const citydip::date on{2016, 3, 1};

  std::cout << shenzhen.name_en << " holds:";
  for (citydip::designation d : shenzhen.designations_on(on)) std::cout << ' ' << to_id(d);
  std::cout << "\nits tier on " << on.to_string() << " is " << to_id(shenzhen.tier_on(on)) << "\n\n";

  const citydip::activity office{
      .id = "shenzhen-investment-office",
      .kind = citydip::activity_kind::overseas_office,
      .domain = citydip::issue_domain::investment,
      .counterpart = citydip::counterpart::foreign_local_government,
      .obtained = {citydip::body::provincial_fao},
      .date = on,
  };
  const auto book = *citydip::builtin_rulebook("status-quo-2016");
  const citydip::decision d = citydip::decide(book, shenzhen, office);
  std::string why;
  citydip::write_explanation(why, d);
  std::cout << why << "\n";

  std::cout << "Still to obtain:";
  for (citydip::body b : d.missing)
    std::cout << ' ' << display_name(b) << " (" << display_name(b, citydip::language::zh) << ")";
  std::cout << "\n";
  return d.outcome == citydip::outcome::pending ? 0 : 1;
}
