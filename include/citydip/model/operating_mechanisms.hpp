/**
 * @file operating_mechanisms.hpp
 * @brief Operating mechanisms (运行机制): the procedures through which foreign policy is carried out.
 */
#ifndef CITYDIP_MODEL_OPERATING_MECHANISMS_HPP
#define CITYDIP_MODEL_OPERATING_MECHANISMS_HPP

#include <citydip/config.hpp>

#include <citydip/model/department.hpp>
#include <citydip/model/fact.hpp>
#include <citydip/model/overseas_office.hpp>

#include <optional>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief Operating mechanisms (运行机制): the procedures through which
 *        foreign policy is carried out (Z-3.3).
 */
struct operating_mechanisms {
  /// Internal-external interaction: the offices kept abroad (Z-3.3-1).
  /// Absent: unknown; an empty list: known to have none.
  std::optional<std::vector<overseas_office>> overseas_offices{};
  /// Government-level coordination across departments (Z-3.3-2).
  fact government_level_coordination = fact::unknown;
  /// The departments it covers. Absent: unknown.
  std::optional<department_set> coordinated_departments{};
  /// Central-local coordination: the city reports to and asks instructions
  /// of the MFA (请示、报告; Z-3.3-3).
  fact reports_to_mfa = fact::unknown;
  /// Membership of international organisations under a regional name such as
  /// "Hong Kong, China" (Z-3.3-1). Absent: unknown.
  std::optional<std::vector<std::string>> memberships_under_regional_name{};

  /// Equality of every field.
  friend bool operator==(const operating_mechanisms&, const operating_mechanisms&) = default;
};

CITYDIP_END_NAMESPACE

#endif
