#include <citydip/citydip.hpp>
#include <iostream>
#include <string>

int main() {
  const auto book = *citydip::builtin_rulebook("status-quo-2016");
  const citydip::city& shenzhen = *citydip::find_city("深圳");
  const citydip::activity office{
      .kind = citydip::activity_kind::overseas_office,
      .domain = citydip::issue_domain::investment,
      .obtained = {citydip::body::provincial_fao},
      .date = citydip::date{2016, 3, 1},
  };
  const citydip::decision d = citydip::decide(book, shenzhen, office);
  std::string why;
  citydip::write_explanation(why, d);
  std::cout << why;  // approval; pending; missing: mfa; and why
}
