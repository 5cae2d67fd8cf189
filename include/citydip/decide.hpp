/**
 * @file decide.hpp
 * @brief The decide layer: the validator.
 */
#ifndef CITYDIP_DECIDE_HPP
#define CITYDIP_DECIDE_HPP

#include <citydip/decide/analysis.hpp>
#include <citydip/decide/audit.hpp>
#include <citydip/decide/decide.hpp>
#include <citydip/decide/explain.hpp>
#include <citydip/decide/powers.hpp>

#endif
