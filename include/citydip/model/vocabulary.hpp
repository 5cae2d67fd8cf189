/**
 * @file vocabulary.hpp
 * @brief Generic access to citydip's vocabulary enums: stable string ids,
 *        English and Chinese display names, parsing, and enum sets.
 *
 * Every vocabulary enum (`designation`, `activity_kind`, `issue_domain`,
 * `counterpart`, `body`, `verdict`, `classification`, `outcome`, ...) has one
 * constexpr table, declared next to it as a specialisation of
 * `citydip::enum_traits`. All functions here read that table, so the id used
 * in JSON and on the command line, the English name and the Chinese name can
 * never drift apart.
 */
#ifndef CITYDIP_MODEL_VOCABULARY_HPP
#define CITYDIP_MODEL_VOCABULARY_HPP

#include <citydip/config.hpp>

#include <citydip/detail/enum_table.hpp>

#include <bit>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief The language of display names and reason texts.
 */
enum class language : std::uint8_t {
  en,  ///< English.
  zh   ///< Chinese (简体中文).
};

/**
 * @brief Specialised for every vocabulary enum with a `static constexpr`
 *        array `table` of `detail::enum_entry` rows in enumerator order and a
 *        `static constexpr std::string_view name`.
 */
template <class Enum>
struct enum_traits;

/**
 * @brief An enum with a citydip vocabulary table.
 */
template <class Enum>
concept vocabulary_enum = std::is_enum_v<Enum> && requires {
  { enum_traits<Enum>::table.size() } -> std::convertible_to<std::size_t>;
  { enum_traits<Enum>::name } -> std::convertible_to<std::string_view>;
};

/// @return how many enumerators @p Enum has.
template <vocabulary_enum Enum>
constexpr std::size_t enum_count() noexcept {
  return enum_traits<Enum>::table.size();
}

/**
 * @brief The stable string id of @p value, as used in JSON and on the command
 *        line (for example `"sub_provincial_city"`).
 * @pre @p value is one of the enum's enumerators.
 */
template <vocabulary_enum Enum>
constexpr std::string_view to_id(Enum value) noexcept {
  return enum_traits<Enum>::table[static_cast<std::size_t>(value)].id;
}

/**
 * @brief The display name of @p value in @p lang (for example
 *        `"Sub-provincial city"` or `"副省级城市"`).
 * @pre @p value is one of the enum's enumerators.
 */
template <vocabulary_enum Enum>
constexpr std::string_view display_name(Enum value, language lang = language::en) noexcept {
  const auto& row = enum_traits<Enum>::table[static_cast<std::size_t>(value)];
  return lang == language::zh ? row.zh : row.en;
}

/**
 * @brief The paper section or statement @p value rests on (for example
 *        `"Z-3.1"` for `pillar::spirit`), from the enum's table; empty for
 *        enums whose values the paper does not define one by one.
 * @pre @p value is one of the enum's enumerators.
 */
template <vocabulary_enum Enum>
constexpr std::string_view cite_of(Enum value) noexcept {
  return enum_traits<Enum>::table[static_cast<std::size_t>(value)].cite;
}

/**
 * @brief Parses a stable id. Matching is exact: ids are lower-case ASCII.
 * @return the enumerator, or `std::nullopt` when @p id names none.
 */
template <vocabulary_enum Enum>
constexpr std::optional<Enum> from_id(std::string_view id) noexcept {
  for (const auto& row : enum_traits<Enum>::table) {
    // Lengths and first letters rule most rows out before their bytes are compared.
    if (row.id.size() == id.size() && row.id.front() == id.front() && row.id == id) return row.value;
  }
  return std::nullopt;
}

/// @return every enumerator of @p Enum, in order, as table rows.
template <vocabulary_enum Enum>
constexpr std::span<const detail::enum_entry<Enum>> vocabulary() noexcept {
  return enum_traits<Enum>::table;
}

/**
 * @brief A set of enumerators of one vocabulary enum, stored as a bit mask.
 *
 * A literal, `constexpr`-friendly value type. Iteration yields the members in
 * enumerator order.
 */
template <vocabulary_enum Enum>
class enum_set {
  static_assert(enum_count<Enum>() <= 32, "enum_set holds at most 32 enumerators");

 public:
  /// The bit-mask type.
  using mask_type = std::uint32_t;

  /// The empty set.
  constexpr enum_set() noexcept = default;
  /// The set of the listed enumerators.
  constexpr enum_set(std::initializer_list<Enum> values) noexcept {
    for (Enum v : values) insert(v);
  }
  /// @return the set of every enumerator.
  static constexpr enum_set all() noexcept {
    return from_mask(enum_count<Enum>() == 32 ? ~mask_type{0} : (mask_type{1} << enum_count<Enum>()) - 1);
  }
  /// @return the set whose bit i stands for enumerator i.
  static constexpr enum_set from_mask(mask_type mask) noexcept {
    enum_set s;
    s.mask_ = mask;
    return s;
  }
  /// Adds @p v.
  constexpr void insert(Enum v) noexcept { mask_ |= bit(v); }
  /// Removes @p v.
  constexpr void erase(Enum v) noexcept { mask_ &= ~bit(v); }
  /// @return whether @p v is a member.
  constexpr bool contains(Enum v) const noexcept { return (mask_ & bit(v)) != 0; }
  /// @return whether every member of @p other is a member of this set.
  constexpr bool includes(enum_set other) const noexcept { return (other.mask_ & ~mask_) == 0; }
  /// @return whether the set is empty.
  constexpr bool empty() const noexcept { return mask_ == 0; }
  /// @return the number of members.
  constexpr std::size_t size() const noexcept {
    std::size_t n = 0;
    for (mask_type m = mask_; m != 0; m &= m - 1) ++n;
    return n;
  }
  /// @return the bit mask.
  constexpr mask_type mask() const noexcept { return mask_; }

  /// Union.
  friend constexpr enum_set operator|(enum_set a, enum_set b) noexcept { return from_mask(a.mask_ | b.mask_); }
  /// Intersection.
  friend constexpr enum_set operator&(enum_set a, enum_set b) noexcept { return from_mask(a.mask_ & b.mask_); }
  /// Difference: the members of @p a that are not in @p b.
  friend constexpr enum_set operator-(enum_set a, enum_set b) noexcept { return from_mask(a.mask_ & ~b.mask_); }
  /// Union, in place.
  constexpr enum_set& operator|=(enum_set b) noexcept {
    mask_ |= b.mask_;
    return *this;
  }
  /// Equality.
  friend constexpr bool operator==(enum_set, enum_set) noexcept = default;

  /// Forward iterator over the members, in enumerator order.
  class iterator {
   public:
    using value_type = Enum;                 ///< The enumerator type.
    using difference_type = std::ptrdiff_t;  ///< Required of iterators.
    /// The end iterator.
    constexpr iterator() noexcept = default;
    /// An iterator over the members whose bits are set in @p rest.
    constexpr explicit iterator(mask_type rest) noexcept : rest_(rest) {}
    /// @return the current member.
    constexpr Enum operator*() const noexcept { return static_cast<Enum>(std::countr_zero(rest_)); }
    /// Advances to the next member.
    constexpr iterator& operator++() noexcept {
      rest_ &= rest_ - 1;
      return *this;
    }
    /// Advances to the next member, returning the previous position.
    constexpr iterator operator++(int) noexcept {
      iterator t = *this;
      ++*this;
      return t;
    }
    /// Equality.
    friend constexpr bool operator==(iterator, iterator) noexcept = default;

   private:
    mask_type rest_ = 0;
  };
  /// @return an iterator to the first member.
  constexpr iterator begin() const noexcept { return iterator(mask_); }
  /// @return the end iterator.
  constexpr iterator end() const noexcept { return iterator(0); }

 private:
  static constexpr mask_type bit(Enum v) noexcept { return mask_type{1} << static_cast<unsigned>(v); }
  mask_type mask_ = 0;
};

CITYDIP_END_NAMESPACE

#endif
