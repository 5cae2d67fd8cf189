/**
 * @file rules.hpp
 * @brief The rules layer: rules as data, compiled rulebooks, built-ins.
 */
#ifndef CITYDIP_RULES_HPP
#define CITYDIP_RULES_HPP

#include <citydip/rules/builtin.hpp>
#include <citydip/rules/citation.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook.hpp>

#endif
