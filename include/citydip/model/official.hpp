/**
 * @file official.hpp
 * @brief The officials the model names (Z-3.2, Z-4.4).
 */
#ifndef CITYDIP_MODEL_OFFICIAL_HPP
#define CITYDIP_MODEL_OFFICIAL_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A city office-holder, as the head of a leading group's office.
 */
enum class official : std::uint8_t {
  party_secretary,       ///< 市委书记.
  mayor,                 ///< 市长.
  executive_vice_mayor,  ///< 常务副市长 (the paper's choice, Z-4.4).
  vice_mayor,            ///< 副市长.
  fao_director,          ///< 外办主任.
  other                  ///< Someone else.
};

/// The vocabulary table of `official`.
template <>
struct enum_traits<official> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "official";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<official>, 6> table{{
      {official::party_secretary, "party_secretary", "Party secretary", "市委书记"},
      {official::mayor, "mayor", "Mayor", "市长"},
      {official::executive_vice_mayor, "executive_vice_mayor", "Executive vice mayor", "常务副市长"},
      {official::vice_mayor, "vice_mayor", "Vice mayor", "副市长"},
      {official::fao_director, "fao_director", "Director of the foreign affairs office", "外办主任"},
      {official::other, "other", "Other", "其他"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

CITYDIP_END_NAMESPACE

#endif
