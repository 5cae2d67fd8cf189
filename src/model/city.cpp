#include <citydip/model/city.hpp>

namespace citydip {

bool is_valid_city_id(std::string_view id) noexcept {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace citydip
