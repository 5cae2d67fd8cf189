/**
 * @file decide.hpp
 * @brief The decide layer: decisions, the validator, powers, the audit and the analyses.
 */
#ifndef CITYDIP_DECIDE_HPP
#define CITYDIP_DECIDE_HPP

#include <citydip/decide/analysis.hpp>
#include <citydip/decide/audit.hpp>
#include <citydip/decide/decide.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/decide/explain.hpp>
#include <citydip/decide/ladder.hpp>
#include <citydip/decide/powers.hpp>
#include <citydip/decide/testing.hpp>
#include <citydip/decide/what_if.hpp>

#endif
