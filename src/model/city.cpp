#include <citydip/model/city.hpp>

CITYDIP_BEGIN_NAMESPACE

bool is_valid_city_id(std::string_view id) noexcept {
  if (id.empty()) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

CITYDIP_END_NAMESPACE
