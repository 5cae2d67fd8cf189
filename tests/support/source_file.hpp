// Test helper: the text of a file of the source tree (docs, examples, test
// data), read whole; a file that cannot be opened is a test failure.
#ifndef CITYDIP_TESTS_SUPPORT_SOURCE_FILE_HPP
#define CITYDIP_TESTS_SUPPORT_SOURCE_FILE_HPP

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace citydip::test {

// `relative` is a path below the repository's root, such as "docs/model.md".
inline std::string source_file(const std::string& relative) {
  std::ifstream in(std::string(CITYDIP_SOURCE_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << relative;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace citydip::test

#endif
