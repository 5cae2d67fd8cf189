// Decide one activity and print the decision with its reasons.
//
// Guangzhou wants to bid for the Asian Games. The paper says such bids
// cannot be run by a city alone (Z-2.2-4), so the verdict is
// `central_mandate` and the outcome stays `pending` until the central
// government's mandate is held.
#include <citydip/citydip.hpp>

#include <iostream>
#include <string>

int main() {
  //! [decide one]
  const citydip::rulebook book = *citydip::builtin_rulebook("status-quo-2016");
  const citydip::city& guangzhou = *citydip::find_city("Guangzhou");

  const citydip::activity bid{
      .id = "asian-games-bid",
      .kind = citydip::activity_kind::host_mega_event,
      .domain = citydip::issue_domain::sports,
      .counterpart = citydip::counterpart::international_organization,
      .date = citydip::date{2004, 7, 1},
  };
  const citydip::decision d = citydip::decide(book, guangzhou, bid);
  std::string why;
  citydip::write_explanation(why, d);
  std::cout << guangzhou.name_en << " (" << guangzhou.name_zh << "), " << to_id(bid.kind) << ":\n" << why;
  //! [decide one]

  // The same bid, now under the central government's mandate.
  citydip::activity mandated = bid;
  mandated.has_central_mandate = true;
  std::cout << "\nWith the central mandate: " << to_id(citydip::decide(book, guangzhou, mandated).outcome) << "\n";
  return d.outcome == citydip::outcome::pending ? 0 : 1;
}
