// Private: the compiled form of a rulebook, shared by the compiler and the validator.
#ifndef CITYDIP_SRC_RULEBOOK_IMPL_HPP
#define CITYDIP_SRC_RULEBOOK_IMPL_HPP

#include <citydip/rules/rule.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace citydip::detail {

// Bit positions of the four activity flags in compiled_rule::flag_care/flag_value.
enum flag_bit : std::uint8_t {
  flag_touches_internal_affairs = 1u << 0,
  flag_has_central_mandate = 1u << 1,
  flag_uses_regional_name = 1u << 2,
  flag_legally_binding = 1u << 3,
};

// The bit that stands for "unspecified" in the domain and counterpart masks.
inline constexpr std::uint32_t unspecified_domain_bit = 1u << enum_count<issue_domain>();
inline constexpr std::uint32_t unspecified_counterpart_bit = 1u << enum_count<counterpart>();

// A rule's condition as masks: it matches when every test passes.
struct compiled_rule {
  std::uint32_t kinds = 0;
  std::uint32_t domains = 0;       // includes unspecified_domain_bit when the rule has no domain condition
  std::uint32_t counterparts = 0;  // likewise with unspecified_counterpart_bit
  std::uint8_t tiers = 0;
  std::uint8_t flag_care = 0;
  std::uint8_t flag_value = 0;
  std::int32_t from_day = std::numeric_limits<std::int32_t>::min();  // inclusive
  std::int32_t until_day = std::numeric_limits<std::int32_t>::max(); // exclusive
  std::uint32_t cities_offset = 0;  // into rulebook_impl::city_refs
  std::uint32_t cities_count = 0;   // 0: every city
  std::uint32_t overridden_by_offset = 0;  // into rulebook_impl::overridden_by
  std::uint32_t overridden_by_count = 0;
};

struct rulebook_impl {
  rulebook_source source;
  std::vector<compiled_rule> compiled;       // parallel to source.rules
  std::vector<std::uint32_t> kind_offsets;   // enum_count<activity_kind>() + 1 entries into by_kind
  std::vector<std::uint32_t> by_kind;        // rule indices that may match each kind, ascending
  std::vector<std::uint32_t> overridden_by;  // for each rule, the rules that are exceptions to it
  std::vector<std::string> named_cities;     // sorted, unique
  std::vector<std::uint32_t> city_refs;      // indices into named_cities
  std::size_t max_applying = 0;

  // Index of `id` in named_cities, or -1.
  int city_index(std::string_view id) const noexcept {
    for (std::size_t i = 0; i < named_cities.size(); ++i) {
      if (named_cities[i] == id) return static_cast<int>(i);
    }
    return -1;
  }
};

}  // namespace citydip::detail

#endif
