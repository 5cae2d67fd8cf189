// Test helper: the JSON text a writer appends, as a string of its own.
#ifndef CITYDIP_TESTS_SUPPORT_JSON_TEXT_HPP
#define CITYDIP_TESTS_SUPPORT_JSON_TEXT_HPP

#include <citydip/io/activity_json.hpp>
#include <citydip/io/city_json.hpp>
#include <citydip/io/rulebook_json.hpp>

#include <string>

namespace citydip::test {

// What write_city, write_activity and write_rulebook append to an empty string.
inline std::string city_text(const city& c) {
  std::string out;
  write_city(out, c);
  return out;
}
inline std::string activity_text(const activity_record& r) {
  std::string out;
  write_activity(out, r);
  return out;
}
inline std::string rulebook_text(const rulebook_source& s) {
  std::string out;
  write_rulebook(out, s);
  return out;
}
inline std::string rulebook_text(const rulebook_overlay& o) {
  std::string out;
  write_rulebook(out, o);
  return out;
}

}  // namespace citydip::test

#endif
