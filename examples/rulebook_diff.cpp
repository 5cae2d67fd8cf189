// The diff of the two built-in rulebooks: what the paper's reform would
// change, and for whom — the question a researcher asks of the paper.
#include <citydip/citydip.hpp>

#include <cstdio>

int main() {
  //! [diff]
  const auto now = *citydip::builtin_rulebook("status-quo-2016");
  const auto reform = *citydip::builtin_rulebook("reform-proposal");
  const citydip::rulebook_diff d = citydip::diff(now, reform);
  std::printf("%zu of %zu combinations decide differently\n", d.entries.size(), d.cells);
  for (const citydip::diff_tier_summary& t : d.by_tier) {
    std::printf("under the reform, %-30s gains in %2zu activity kinds, loses in %zu\n",
                std::string(to_id(t.tier)).c_str(), t.kinds_less_restricted, t.kinds_more_restricted);
  }
  //! [diff]
  return d.entries.empty() ? 1 : 0;
}
