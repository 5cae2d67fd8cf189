#include "base/near_miss.hpp"

#include <algorithm>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}
}  // namespace

std::optional<std::string_view> near_miss(std::string_view word, std::span<const std::string_view> candidates) {
  std::optional<std::string_view> best;
  std::size_t best_d = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (auto c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_d) {
      best_d = d;
      best = c;
    }
  }
  return best;
}

void append_suggestion(std::string& msg, std::string_view word, std::span<const std::string_view> candidates) {
  if (auto hint = near_miss(word, candidates)) {
    msg += "; did you mean '";
    msg += *hint;
    msg += "'?";
    return;
  }
  msg += "; expected one of:";
  for (auto c : candidates) {
    msg += ' ';
    msg += c;
  }
}

}  // namespace detail
CITYDIP_END_NAMESPACE
