/**
 * @file city.hpp
 * @brief A city: its identity, its designations over time, and its city-diplomacy institutions.
 */
#ifndef CITYDIP_MODEL_CITY_HPP
#define CITYDIP_MODEL_CITY_HPP

#include <citydip/config.hpp>
#include <citydip/model/city_spirit.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/designation_history.hpp>
#include <citydip/model/foreign_affairs_structure.hpp>
#include <citydip/model/guarantees.hpp>
#include <citydip/model/operating_mechanisms.hpp>
#include <citydip/model/programme.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A city: its identity, its designations over time, and its
 *        city-diplomacy institutions.
 *
 * An aggregate: build it with designated initialisers. Institutional fields
 * left out are unknown.
 */
struct city {
  std::string id{};                       ///< Stable id: lower-case ASCII and underscores (`hong_kong`).
  std::string name_zh{};                  ///< Chinese name (香港).
  std::string name_en{};                  ///< English name (Hong Kong).
  std::optional<std::string> province{};  ///< Province it belongs to. Absent: unknown or none.
  designation_history designations{};     ///< Every designation it holds or held.
  city_spirit spirit{};                   ///< Value layer (Z-3.1).
  foreign_affairs_structure structure{};  ///< Organisational layer (Z-3.2).
  operating_mechanisms mechanisms{};      ///< Procedural layer (Z-3.3).
  citydip::guarantees guarantees{};       ///< People, budget, infrastructure (Z-4.5).
  citydip::programme programme{};         ///< Responsibilities, strategy, working rules (Z-4.2 – Z-4.4).

  /// @return the city's tier on @p d: its highest designation in force (Z-2.2-6).
  designation tier_on(date d) const noexcept { return designations.tier_on(d); }
  /// @return the designations in force on @p d.
  designation_set designations_on(date d) const noexcept { return designations.designations_on(d); }

  /// Equality of every field.
  friend bool operator==(const city&, const city&) = default;
};

/// @return whether @p id is a well-formed city id: non-empty lower-case ASCII letters, digits and underscores.
CITYDIP_API bool is_valid_city_id(std::string_view id) noexcept;

CITYDIP_END_NAMESPACE

#endif
