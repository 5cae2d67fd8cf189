// Private: "did you mean" suggestions for a misspelt name, shared by every
// layer that reports an unknown id.
#ifndef CITYDIP_SRC_BASE_NEAR_MISS_HPP
#define CITYDIP_SRC_BASE_NEAR_MISS_HPP

#include <citydip/config.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

// Edits from `a` to `b`: insertions, deletions and substitutions; with
// `swaps`, a swap of two neighbouring letters counts one edit too (optimal
// string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b, bool swaps = false);

// The closest of `candidates` to `word`, if close enough to be a likely typo.
std::optional<std::string_view> near_miss(std::string_view word, std::span<const std::string_view> candidates);

// Appends "; did you mean 'x'?" for a likely typo of one of `candidates`, else
// "; expected one of: a b c".
void append_suggestion(std::string& msg, std::string_view word, std::span<const std::string_view> candidates);

}  // namespace detail
CITYDIP_END_NAMESPACE

#endif
