// citydip's main job: decide a set of sample activities and explain each
// decision, under the rulebook describing present practice and, beside it,
// under the paper's reform proposal.
//
//   sample_decisions            English
//   sample_decisions --lang zh  Chinese
#include <citydip/citydip.hpp>

#include <cstring>
#include <iostream>
#include <string>

namespace {

struct sample {
  const char* title;
  const char* city;
  citydip::activity what;
};

}  // namespace

int main(int argc, char** argv) {
  citydip::language lang = citydip::language::en;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
      const std::string l = argv[++i];
      if (l == "zh") {
        lang = citydip::language::zh;
      } else if (l != "en") {
        std::cerr << "sample_decisions: --lang takes en or zh, not '" << l << "'\n";
        return 2;
      }
    } else {
      std::cerr << "usage: sample_decisions [--lang en|zh]\n";
      return 2;
    }
  }

  using namespace citydip;
  const date on{2016, 1, 1};
  const sample samples[] = {
      {"Beijing receives a delegation from a foreign city",
       "beijing",
       {.id = "s1",
        .kind = activity_kind::receive_foreign_delegation,
        .domain = issue_domain::culture,
        .counterpart = counterpart::foreign_local_government,
        .date = on}},
      {"Shenzhen plans an investment office abroad, with the provincial FAO's approval in hand",
       "shenzhen",
       {.id = "s2",
        .kind = activity_kind::overseas_office,
        .domain = issue_domain::investment,
        .counterpart = counterpart::foreign_local_government,
        .obtained = {body::provincial_fao},
        .date = on}},
      {"Hong Kong signs a trade agreement as \"Hong Kong, China\"",
       "hong_kong",
       {.id = "s3",
        .kind = activity_kind::international_agreement,
        .domain = issue_domain::economy_trade,
        .counterpart = counterpart::foreign_national_government,
        .uses_regional_name = true,
        .legally_binding = true,
        .date = on}},
      {"Shanghai wants to sign a treaty with a foreign state",
       "shanghai",
       {.id = "s4",
        .kind = activity_kind::international_agreement,
        .domain = issue_domain::economy_trade,
        .counterpart = counterpart::foreign_national_government,
        .legally_binding = true,
        .date = on}},
      {"Guangzhou bids for the Asian Games",
       "guangzhou",
       {.id = "s5",
        .kind = activity_kind::host_mega_event,
        .domain = issue_domain::sports,
        .counterpart = counterpart::international_organization,
        .date = on}},
      {"Macao acts for its residents kidnapped abroad",
       "macao",
       {.id = "s6",
        .kind = activity_kind::protect_residents_abroad,
        .domain = issue_domain::consular_protection,
        .date = on}},
      {"Xi'an sends a trade delegation abroad, MFA approval obtained",
       "xian",
       {.id = "s7",
        .kind = activity_kind::outbound_delegation,
        .domain = issue_domain::economy_trade,
        .obtained = {body::mfa},
        .date = on}},
      {"Wenzhou establishes a sister-city tie",
       "wenzhou",
       {.id = "s8",
        .kind = activity_kind::sister_city_agreement,
        .domain = issue_domain::people_to_people,
        .counterpart = counterpart::foreign_local_government,
        .date = on}},
      {"Ürümqi cooperates with a foreign NGO whose work touches China's internal affairs",
       "Ürümqi",
       {.id = "s9",
        .kind = activity_kind::ngo_cooperation,
        .domain = issue_domain::people_to_people,
        .counterpart = counterpart::foreign_ngo,
        .touches_internal_affairs = true,
        .date = on}},
      {"Wuhan offers to mediate a regional conflict",
       "wuhan",
       {.id = "s10",
        .kind = activity_kind::conflict_mediation,
        .counterpart = counterpart::foreign_national_government,
        .date = on}},
  };

  const rulebook books[] = {*builtin_rulebook("status-quo-2016"), *builtin_rulebook("reform-proposal")};
  for (const sample& s : samples) {
    const city& c = *find_city(s.city);
    std::cout << "== " << s.what.id << ": " << s.title << "\n"
              << "   " << c.name_en << " " << c.name_zh << ", " << to_id(s.what.kind) << "\n";
    for (const rulebook& book : books) {
      std::string why;
      write_explanation(why, decide(book, c, s.what), {.lang = lang});
      std::cout << "-- under " << book.name() << " (" << book.title(lang) << ")\n" << why;
    }
    std::cout << "\n";
  }
  return 0;
}
