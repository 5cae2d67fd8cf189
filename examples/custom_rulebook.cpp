// A custom rulebook loaded from JSON that tightens one rule.
//
// Start from the built-in status quo (its JSON is what `citydip rulebook show`
// prints), change one rule, load the result through the same loader, and see
// the effect. Here: receiving a foreign delegation, which open cities may do
// on their own, is made to need the provincial FAO's approval — but only for
// cities below the sub-provincial tier, so the rulebook stays monotone.
#include <citydip/citydip.hpp>

#include <iostream>
#include <string>

int main() {
  //! [custom]
  citydip::rulebook_source source = citydip::builtin_rulebook("status-quo-2016")->source();
  source.name = "tighter-reception";
  citydip::rule tighter;
  tighter.id = "reception-needs-approval";
  tighter.when.kinds = citydip::activity_kind_set{citydip::activity_kind::receive_foreign_delegation};
  tighter.when.tier_at_most = citydip::designation::special_economic_zone;
  tighter.verdict = citydip::verdict::approval;
  tighter.bodies = {citydip::body::provincial_fao};
  tighter.cite = "assumption: an example of tightening one rule";
  tighter.text_en = "Receiving a foreign delegation needs the provincial-level FAO's approval.";
  tighter.text_zh = "接待外国来访团组须经省级外办批准。";
  source.rules.push_back(tighter);

  // Written out as JSON and loaded back: the path a user's file takes.
  std::string json;
  citydip::write_rulebook(json, source);
  const citydip::result<citydip::rulebook> book = citydip::load_rulebook(json, {.file = "tighter-reception.json"});
  if (!book) {
    std::cerr << book.error().to_string() << '\n';
    return 1;
  }
  //! [custom]

  const citydip::activity visit{.kind = citydip::activity_kind::receive_foreign_delegation,
                                .date = citydip::date{2016, 1, 1}};
  const auto base = *citydip::builtin_rulebook("status-quo-2016");
  for (const char* id : {"zhuhai", "xiamen"}) {
    const citydip::city& c = *citydip::find_city(id);
    std::cout << c.name_en << " (" << to_id(c.tier_on(*visit.date)) << "): status quo "
              << to_id(citydip::decide(base, c, visit).verdict) << ", tightened "
              << to_id(citydip::decide(*book, c, visit).verdict) << '\n';
  }
  const auto check = citydip::check_monotonicity(*book);
  std::cout << "monotonicity violations in the tightened rulebook: " << check.violations << '\n';
  return check.violations == 0 ? 0 : 1;
}
