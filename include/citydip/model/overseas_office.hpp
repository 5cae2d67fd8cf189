/**
 * @file overseas_office.hpp
 * @brief An office a city keeps abroad (海外办事处).
 */
#ifndef CITYDIP_MODEL_OVERSEAS_OFFICE_HPP
#define CITYDIP_MODEL_OVERSEAS_OFFICE_HPP

#include <citydip/config.hpp>

#include <citydip/model/date.hpp>
#include <citydip/model/fact.hpp>
#include <citydip/model/issue_domain.hpp>

#include <optional>
#include <string>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief An office a city keeps abroad (海外办事处, Z-3.3-1).
 */
struct overseas_office {
  std::optional<std::string> name{};               ///< The office's name. Absent: unknown.
  std::optional<std::string> host{};               ///< Host country or city. Absent: unknown.
  std::optional<issue_domain_set> purposes{};      ///< What it works on. Absent: unknown.
  fact privileges_and_immunities = fact::unknown;  ///< Whether it has privileges and immunities.
  std::optional<partial_date> since{};             ///< When it opened. Absent: unknown.

  /// Equality of every field.
  friend bool operator==(const overseas_office&, const overseas_office&) = default;
};

CITYDIP_END_NAMESPACE

#endif
