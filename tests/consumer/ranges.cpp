// Uses citydip::ranges: the range-v3 adaptors of <citydip/ranges.hpp>.
#include <citydip/citydip.hpp>
#include <citydip/ranges.hpp>

#include <range/v3/algorithm/count_if.hpp>

#include <vector>

int main() {
  const auto book = *citydip::builtin_rulebook("status-quo-2016");
  std::vector<citydip::activity_record> records(2);
  records[0].known = citydip::find_city("beijing");
  records[0].what = {.kind = citydip::activity_kind::overseas_office, .date = citydip::date{2016, 1, 1}};
  records[1].known = citydip::find_city("beijing");
  records[1].what = {.kind = citydip::activity_kind::trade_fair, .date = citydip::date{2016, 1, 1}};
  const auto pending = ranges::count_if(records | citydip::views::decide_all(book), citydip::views::is_pending);
  return pending == 1 ? 0 : 1;
}
