// Links citydip and decides one activity: prints the version the library
// reports and the decision, and fails unless both are right.
#include <citydip/citydip.hpp>

#include <cstring>
#include <iostream>

int main() {
  if (std::strcmp(citydip::version_string(), "0.1.0") != 0) {
    std::cerr << "unexpected version " << citydip::version_string() << '\n';
    return 1;
  }
  const auto book = citydip::builtin_rulebook("status-quo-2016");
  const citydip::city* shenzhen = citydip::find_city("shenzhen");
  if (!book || !shenzhen) return 1;
  const auto d = citydip::decide(*book, *shenzhen,
                                 {.kind = citydip::activity_kind::overseas_office, .date = citydip::date{2016, 1, 1}});
  std::cout << "citydip " << citydip::version_string() << ": shenzhen overseas_office " << to_id(d.verdict) << '\n';
  return d.verdict == citydip::verdict::approval ? 0 : 1;
}
