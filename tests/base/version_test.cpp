#include <citydip/version.hpp>

#include <gtest/gtest.h>

#include <string>

TEST(version_test, the_library_reports_the_version_its_headers_declare) {
  const std::string expected = std::to_string(CITYDIP_VERSION_MAJOR) + "." + std::to_string(CITYDIP_VERSION_MINOR) +
                               "." + std::to_string(CITYDIP_VERSION_PATCH);
  EXPECT_EQ(citydip::version_string(), expected);
}
