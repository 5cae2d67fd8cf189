#include <citydip/version.hpp>

#define CITYDIP_STRINGIFY2(x) #x
#define CITYDIP_STRINGIFY(x) CITYDIP_STRINGIFY2(x)

namespace citydip {

const char* version_string() noexcept {
  return CITYDIP_STRINGIFY(CITYDIP_VERSION_MAJOR) "." CITYDIP_STRINGIFY(CITYDIP_VERSION_MINOR) "." CITYDIP_STRINGIFY(
      CITYDIP_VERSION_PATCH);
}

}  // namespace citydip
