// The powers of a city: every activity kind with what the city needs for it.
//
// Xi'an is a provincial capital and a sub-provincial city; its tier is the
// higher. Under the status quo it may hold trade fairs on its own but needs
// the MFA's approval to send a delegation abroad (Z-1-5); under the reform,
// more becomes its own to decide.
#include <citydip/citydip.hpp>

#include <cstdio>

int main() {
  //! [powers]
  const citydip::city& xian = *citydip::find_city("Xi'an");
  const citydip::date on{2016, 1, 1};
  for (const char* name : {"status-quo-2016", "reform-proposal"}) {
    const auto book = *citydip::builtin_rulebook(name);
    std::printf("%s (%s) under %s:\n", xian.name_en.c_str(), std::string(to_id(xian.tier_on(on))).c_str(), name);
    int own = 0;
    for (const citydip::power& p : citydip::powers(book, xian, on)) {
      std::printf("  %-42s %s\n", std::string(to_id(p.kind)).c_str(), std::string(to_id(p.what.verdict)).c_str());
      own += p.what.verdict == citydip::verdict::autonomous;
    }
    std::printf("  -> %d of %zu activity kinds are its own to decide\n\n", own,
                citydip::enum_count<citydip::activity_kind>());
  }
  //! [powers]
  return 0;
}
