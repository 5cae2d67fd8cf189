// Test helper: the GoogleTest name of a test instantiated for a rulebook
// name ("reform-4.1-legislation" -> "reform_4_1_legislation"), since a
// parameter's name may hold only letters, digits and '_'.
#ifndef CITYDIP_TESTS_SUPPORT_PARAM_NAME_HPP
#define CITYDIP_TESTS_SUPPORT_PARAM_NAME_HPP

#include <string>

namespace citydip::test {

struct rulebook_param_name {
  template <class Info>
  std::string operator()(const Info& info) const {
    std::string n = info.param;
    for (char& c : n) {
      if (c == '-' || c == '.') c = '_';
    }
    return n;
  }
};

}  // namespace citydip::test

#endif
