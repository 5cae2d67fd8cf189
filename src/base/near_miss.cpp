#include "base/near_miss.hpp"

#include <algorithm>
#include <utility>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace detail {

std::size_t edit_distance(std::string_view a, std::string_view b, bool swaps) {
  // Three rows: the one before last (for swaps), the last, and this one.
  std::vector<std::size_t> before(b.size() + 1), last(b.size() + 1), now(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) last[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    now[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      now[j] = std::min({last[j] + 1, now[j - 1] + 1, last[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (swaps && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        now[j] = std::min(now[j], before[j - 2] + 1);
      }
    }
    std::swap(before, last);
    std::swap(last, now);
  }
  return last[b.size()];
}

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
