/**
 * @file programme.hpp
 * @brief Responsibilities, strategy and working rules (明责、制略、建制).
 */
#ifndef CITYDIP_MODEL_PROGRAMME_HPP
#define CITYDIP_MODEL_PROGRAMME_HPP

#include <citydip/config.hpp>

#include <citydip/model/fact.hpp>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief Responsibilities, strategy and working rules (明责、制略、建制;
 *        Z-4.2 – Z-4.4): what the paper asks a city to settle beyond its
 *        structure and mechanisms.
 */
struct programme {
  /// The city's foreign work is defined by the "three services": the centre's
  /// overall diplomacy, local development, and local international exchange (Z-4.2).
  fact three_services = fact::unknown;
  /// The city has an internationalisation strategy (国际化战略, Z-4.3).
  fact internationalisation_strategy = fact::unknown;
  /// The FAO has a real say in that strategy, rather than the development and
  /// reform commission drafting it alone (Z-4.3).
  fact fao_shapes_strategy = fact::unknown;
  fact personnel_rules = fact::unknown;       ///< Rules on personnel (人员, Z-4.4).
  fact finance_rules = fact::unknown;         ///< Rules on finance (财务, Z-4.4).
  fact request_report_rules = fact::unknown;  ///< Rules on requests and reports (请示报告, Z-4.4).
  fact assessment_rules = fact::unknown;      ///< Rules on assessment (考核评估, Z-4.4).
  fact supervision_rules = fact::unknown;     ///< Rules on supervision (监督检查, Z-4.4).

  /// Equality of every field.
  friend bool operator==(const programme&, const programme&) = default;
};

CITYDIP_END_NAMESPACE

#endif
