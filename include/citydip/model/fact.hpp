/**
 * @file fact.hpp
 * @brief A yes/no fact that may be unknown.
 */
#ifndef CITYDIP_MODEL_FACT_HPP
#define CITYDIP_MODEL_FACT_HPP

#include <citydip/config.hpp>

#include <citydip/model/vocabulary.hpp>

#include <array>
#include <cstdint>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A yes/no fact about a city's institutions that may be unknown.
 *
 * "Unknown" is distinct from "no": the gazetteer fills a fact only where the
 * paper states it, and an audit never treats an unknown as a pass or a fail.
 * Value-initialised, a fact is unknown.
 */
enum class fact : std::uint8_t {
  unknown,  ///< Not stated by any source the library has.
  no,       ///< Known not to hold.
  yes       ///< Known to hold.
};

/// The vocabulary table of `fact`.
template <>
struct enum_traits<fact> {
  /// The enum's name, as used in messages.
  static constexpr std::string_view name = "fact";
  /// One row per enumerator, in order: id, English name, Chinese name.
  static constexpr std::array<detail::enum_entry<fact>, 3> table{{
      {fact::unknown, "unknown", "Unknown", "未知"},
      {fact::no, "no", "No", "否"},
      {fact::yes, "yes", "Yes", "是"},
  }};
  static_assert(detail::table_is_well_formed(table));
};

/// @return `fact::yes` or `fact::no`.
constexpr fact known(bool b) noexcept { return b ? fact::yes : fact::no; }

CITYDIP_END_NAMESPACE

#endif
