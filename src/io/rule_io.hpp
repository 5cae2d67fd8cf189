// Private: reading the parts of a rule that other formats share (a test
// property's scope is a rule's condition), and finding a rulebook that a file
// names (an overlay's base, a test's rulebook) the one way.
#ifndef CITYDIP_SRC_IO_RULE_IO_HPP
#define CITYDIP_SRC_IO_RULE_IO_HPP

#include <citydip/rules/condition.hpp>

#include "io/json_support.hpp"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// A condition (a rule's `when`) at `path`.
condition read_condition(json_reader& in, const json_value& v, const std::string& path);

// The directory relative paths in `file` start from: its parent, or none for
// a name in angle brackets (`<stdin>`, `<builtin:…>`).
std::string directory_of(std::string_view file);

// A rulebook a file names by a relative path: the path joined to `dir`, and
// its identity (the canonical path, which tells two spellings of one file apart).
struct rulebook_path {
  std::filesystem::path path;
  std::string identity;
};
rulebook_path resolve_rulebook_path(std::string_view ref, const std::string& dir);

// The text of `path` when it is a regular file of at most 64 MiB, else
// nullopt: a name such as /dev/zero never hangs a loader.
std::optional<std::string> read_rulebook_file(const std::filesystem::path& path);

// "unknown rulebook 'x': not a built-in rulebook (did you mean 'y'?)".
std::string unknown_rulebook(std::string_view ref);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
