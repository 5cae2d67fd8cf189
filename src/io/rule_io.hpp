// Private: reading the parts of a rule that other formats share (a test
// property's scope is a rule's condition).
#ifndef CITYDIP_SRC_IO_RULE_IO_HPP
#define CITYDIP_SRC_IO_RULE_IO_HPP

#include <citydip/rules/condition.hpp>

#include "io/json_support.hpp"

#include <string>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// A condition (a rule's `when`) at `path`.
condition read_condition(json_reader& in, const json_value& v, const std::string& path);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
