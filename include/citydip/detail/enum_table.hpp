/**
 * @file enum_table.hpp
 * @brief The machinery behind every vocabulary enum: one constexpr table per
 *        enum drives its stable id and its English and Chinese names.
 */
#ifndef CITYDIP_DETAIL_ENUM_TABLE_HPP
#define CITYDIP_DETAIL_ENUM_TABLE_HPP

#include <citydip/config.hpp>

#include <array>
#include <cstddef>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

/// One row of an enum's table.
template <class Enum>
struct enum_entry {
  Enum value;
  std::string_view id;
  std::string_view en;
  std::string_view zh;
  /// Where the enumerator comes from (a `Z-…` id or section), for the enums
  /// whose values the paper defines one by one; empty for the others.
  std::string_view cite{};
};

/// True when the rows of @p table are in enumerator order 0, 1, 2, ... and
/// every id is non-empty and lower-case ASCII with underscores.
template <class Enum, std::size_t N>
constexpr bool table_is_well_formed(const std::array<enum_entry<Enum>, N>& table) {
  for (std::size_t i = 0; i < N; ++i) {
    if (static_cast<std::size_t>(table[i].value) != i) return false;
    if (table[i].id.empty() || table[i].en.empty() || table[i].zh.empty()) return false;
    for (char c : table[i].id) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (table[j].id == table[i].id) return false;
    }
  }
  return true;
}

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
