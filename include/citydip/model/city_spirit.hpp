/**
 * @file city_spirit.hpp
 * @brief City spirit (城市精神), the value layer of a city-diplomacy institution.
 */
#ifndef CITYDIP_MODEL_CITY_SPIRIT_HPP
#define CITYDIP_MODEL_CITY_SPIRIT_HPP

#include <citydip/config.hpp>

#include <citydip/model/fact.hpp>

#include <optional>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief City spirit (城市精神), the value layer of a city-diplomacy
 *        institution and the "baton" for the other two (Z-3.1, Z-3-2).
 *
 * Every field absent or `fact::unknown` means "not known".
 */
struct city_spirit {
  /// The values the spirit names, as the source gives them (for example
  /// Beijing's 爱国, 创新, 包容, 厚德; Z-3.1-2). Absent: unknown.
  std::optional<std::vector<std::string>> values{};
  /// The spirit's motto as one phrase. Absent: unknown.
  std::optional<std::string> motto{};
  /// Whether the spirit is held as a city consensus (Z-3.1-3).
  fact consensus = fact::unknown;

  /// Equality of every field.
  friend bool operator==(const city_spirit&, const city_spirit&) = default;
};

CITYDIP_END_NAMESPACE

#endif
