// What would it take: the nearest changes that let an activity go ahead.
//
// Shenzhen has its provincial FAO's approval for an investment office
// abroad and asks what else would let it open the office: an approval, a
// higher standing, or the reform (Z-4.4). Then the standing ladder: the same
// office at every tier from Shenzhen's own up, under both rulebooks, the
// paper's thesis that standing caps what a city can do (Z-2.2-6).
#include <citydip/citydip.hpp>

#include <iostream>
#include <string>
#include <vector>

int main() {
  const std::vector books{*citydip::builtin_rulebook("status-quo-2016"), *citydip::builtin_rulebook("reform-proposal")};
  const citydip::city& shenzhen = *citydip::find_city("shenzhen");
  const citydip::activity office{.kind = citydip::activity_kind::overseas_office,
                                 .domain = citydip::issue_domain::investment,
                                 .obtained = {citydip::body::provincial_fao},
                                 .date = citydip::date{2016, 1, 1}};

  // Decide under the status quo; a remedy may also move to the reform.
  const citydip::what_if_options options{.max_remedies = 0, .rulebooks = std::span(books).subspan(1)};
  const citydip::what_it_takes t = citydip::what_would_it_take(books[0], shenzhen, office, options);
  std::string text;
  citydip::write_explanation(text, t);
  std::cout << "Shenzhen's office abroad, " << to_id(t.what.verdict) << ", " << to_id(t.what.outcome) << "\n"
            << text << '\n';

  // Every remedy, applied, gives the decision it reports.
  for (const citydip::remedy& r : t.remedies) {
    const citydip::applied_changes ap =
        citydip::apply_changes(books[0], options.rulebooks, shenzhen, office, r.changes);
    if (!(citydip::decide(*ap.book, ap.tier, shenzhen.id, ap.what) == r.what)) return 1;
  }

  std::cout << "The standing ladder:\n";
  for (const citydip::ladder_rung& rung : citydip::ladder(books, shenzhen, office)) {
    std::cout << "  " << to_id(rung.tier) << ':';
    for (const citydip::decision& d : rung.decisions) std::cout << "  " << d.rulebook << ' ' << to_id(d.verdict);
    std::cout << '\n';
  }
  return t.remedies.empty() ? 1 : 0;
}
