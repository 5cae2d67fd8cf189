/**
 * @file model.hpp
 * @brief The model layer: value types of the domain.
 */
#ifndef CITYDIP_MODEL_HPP
#define CITYDIP_MODEL_HPP

#include <citydip/model/activity.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/counterpart.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/decision.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/fact.hpp>
#include <citydip/model/issue_domain.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/model/vocabulary.hpp>

#endif
