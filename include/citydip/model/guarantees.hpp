/**
 * @file guarantees.hpp
 * @brief Guarantees (保障): people, budget and infrastructure.
 */
#ifndef CITYDIP_MODEL_GUARANTEES_HPP
#define CITYDIP_MODEL_GUARANTEES_HPP

#include <citydip/config.hpp>

#include <citydip/model/fact.hpp>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief Guarantees (保障): people, budget and infrastructure (Z-4.5).
 */
struct guarantees {
  fact mayor_first_responsible = fact::unknown;  ///< The mayor is the first responsible person.
  fact professional_team = fact::unknown;        ///< A professional team working on issues, not protocol.
  fact dedicated_budget = fact::unknown;         ///< An adequate (充足) budget for city diplomacy.
  fact infrastructure = fact::unknown;           ///< Offices, information network, support staff, office systems.

  /// Equality of every field.
  friend bool operator==(const guarantees&, const guarantees&) = default;
};

CITYDIP_END_NAMESPACE

#endif
