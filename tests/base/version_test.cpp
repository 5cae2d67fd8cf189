#include <citydip/version.hpp>

#include <gtest/gtest.h>

#include <citydip/model/date.hpp>

#include <string>
#include <type_traits>

TEST(version_test, the_library_reports_the_version_its_headers_declare) {
  const std::string expected = std::to_string(CITYDIP_VERSION_MAJOR) + "." + std::to_string(CITYDIP_VERSION_MINOR) +
                               "." + std::to_string(CITYDIP_VERSION_PATCH);
  EXPECT_EQ(citydip::version_string(), expected);
}

#define CITYDIP_TEST_STRINGIFY_(x) #x
#define CITYDIP_TEST_STRINGIFY(x) CITYDIP_TEST_STRINGIFY_(x)

// The ABI namespace follows the major version, as the shared library's
// SOVERSION does: bumping one without the other is caught here.
TEST(version_test, the_abi_namespace_follows_the_major_version) {
  EXPECT_EQ(std::string(CITYDIP_TEST_STRINGIFY(CITYDIP_ABI_NAMESPACE)), "v" + std::to_string(CITYDIP_VERSION_MAJOR));
}

// Names are declared in the ABI namespace and reached without it.
static_assert(std::is_same_v<citydip::CITYDIP_ABI_NAMESPACE::date, citydip::date>);
