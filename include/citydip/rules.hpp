/**
 * @file rules.hpp
 * @brief The rules layer: rules as data and compiled rulebooks.
 */
#ifndef CITYDIP_RULES_HPP
#define CITYDIP_RULES_HPP

#include <citydip/rules/citation.hpp>
#include <citydip/rules/condition.hpp>
#include <citydip/rules/reason.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook.hpp>
#include <citydip/rules/rulebook_overlay.hpp>
#include <citydip/rules/rulebook_source.hpp>

#endif
