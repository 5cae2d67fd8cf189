// A batch of activities through range-v3 pipelines: decide them all, keep the
// pending ones, and group the missing approvals by body — which office has
// the most files waiting on it.
#include <citydip/citydip.hpp>
#include <citydip/ranges.hpp>

#include <range/v3/action/sort.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/range/operations.hpp>
#include <range/v3/view/chunk_by.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/for_each.hpp>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

int main() {
  // A batch as the CLI reads it: JSON Lines, one activity per line.
  std::istringstream batch(R"({"id": "1", "city": "shenzhen", "activity": "overseas_office", "date": "2016-01-01"}
{"id": "2", "city": "wuhan", "activity": "outbound_delegation", "date": "2016-01-01"}
{"id": "3", "city": "beijing", "activity": "trade_fair", "date": "2016-01-01"}
{"id": "4", "city": "wenzhou", "activity": "sister_city_agreement", "obtained": ["cpaffc"], "date": "2016-01-01"}
{"id": "5", "city": "guangzhou", "activity": "host_mega_event", "date": "2016-01-01"}
{"id": "6", "city": "nanning", "activity": "join_city_network", "date": "2016-01-01"}
)");
  std::vector<citydip::activity_record> records;
  citydip::record_reader reader(batch);
  for (citydip::raw_record raw; reader.next(raw);) {
    if (auto r = citydip::parse_activity(raw.text)) records.push_back(std::move(*r));
  }

  //! [pipeline]
  const auto book = *citydip::builtin_rulebook("status-quo-2016");
  namespace rv = ranges::views;
  // The pending decisions, kept: the inner ranges below refer into them.
  const std::vector<citydip::views::decided> pending =
      records | citydip::views::decide_all(book) | rv::filter(citydip::views::is_pending) | ranges::to<std::vector>;
  // Every (body, activity id) pair a pending decision still waits for.
  std::vector<std::pair<citydip::body, std::string>> waiting =
      pending | rv::for_each([](const citydip::views::decided& d) {
        return d.what.missing | rv::transform([id = d.record->what.id](citydip::body b) { return std::pair{b, id}; });
      }) |
      ranges::to<std::vector>;
  waiting |= ranges::actions::sort;
  for (auto group : waiting | rv::chunk_by([](const auto&a, const auto&b) { return a.first == b.first; })) {
    std::printf("%-28s waits on:", std::string(citydip::to_id(ranges::front(group).first)).c_str());
    for (const auto& [body, id] : group) std::printf(" %s", id.c_str());
    std::printf("\n");
  }
  //! [pipeline]
  return waiting.empty() ? 1 : 0;
}
