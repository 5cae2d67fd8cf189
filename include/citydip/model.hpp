/**
 * @file model.hpp
 * @brief The model layer: value types of the domain.
 */
#ifndef CITYDIP_MODEL_HPP
#define CITYDIP_MODEL_HPP

#include <citydip/model/activity.hpp>
#include <citydip/model/activity_flag.hpp>
#include <citydip/model/activity_kind.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/city_spirit.hpp>
#include <citydip/model/counterpart.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/department.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/designation_history.hpp>
#include <citydip/model/fact.hpp>
#include <citydip/model/foreign_affairs_structure.hpp>
#include <citydip/model/gazetteer.hpp>
#include <citydip/model/guarantees.hpp>
#include <citydip/model/issue_domain.hpp>
#include <citydip/model/official.hpp>
#include <citydip/model/operating_mechanisms.hpp>
#include <citydip/model/overseas_office.hpp>
#include <citydip/model/programme.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/model/vocabulary.hpp>

#endif
