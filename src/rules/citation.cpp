#include <citydip/rules/citation.hpp>

#include <algorithm>

CITYDIP_BEGIN_NAMESPACE
namespace {

// Every statement and section of DOMAIN.md, in paper order.
constexpr paper_statement statements[] = {
    {"Z-0", "Introduction: the practice of Chinese city diplomacy"},
    {"Z-0-1", "Sister-city relations are the main channel; first pair Tianjin-Kobe, 1973"},
    {"Z-0-2", "1992: CPAFFC founded CIFCA, which joined UCLG"},
    {"Z-0-3", "As of 2015-12-16: 2225 sister relations (SARs and Taiwan not counted)"},
    {"Z-0-4", "City diplomacy is semi-official and must obey and serve overall diplomacy"},
    {"Z-1", "Why city diplomacy"},
    {"Z-1-1", "Foreign affairs belong to the centre; no small matter in foreign affairs"},
    {"Z-1-2", "Globalisation and opening-up make cities need foreign functions"},
    {"Z-1-3", "Decentralisation: 1980 SEZs, 1984 coastal open cities, 1994 tax-sharing"},
    {"Z-1-4", "Constitution: the State Council concludes treaties and agreements with foreign states"},
    {"Z-1-5", "Outbound-visit approval stays with the MFA; CPAFFC and friendship associations coordinate"},
    {"Z-1-6", "The MFA and central FAO act as veto players: quiet diplomacy"},
    {"Z-2", "The core problem is standing"},
    {"Z-2.1", "What is new in city diplomacy"},
    {"Z-2.1-1", "Definition: institutionalised communication on non-sovereign affairs under central authorisation"},
    {"Z-2.1-2", "Non-sovereign, partly official, autonomous, may touch high politics"},
    {"Z-2.1-3", "Set in the international system, more complex rules, networked communication"},
    {"Z-2.2", "Standing"},
    {"Z-2.2-1", "Cross pressure from the state, city society and the international system"},
    {"Z-2.2-2", "Red line one: party leadership of diplomacy; cities recast city diplomacy as general foreign affairs"},
    {"Z-2.2-3", "Red line two: non-interference in China's internal affairs"},
    {"Z-2.2-4", "Olympics, Expo and Asian Games bids only under unified national leadership"},
    {"Z-2.2-5", "SARs cannot protect their residents abroad; the central government handles it"},
    {"Z-2.2-6", "City diplomacy follows political status: small city up to SAR"},
    {"Z-3", "The key is institutional design"},
    {"Z-3-1", "Status is not enough; institutional design decides performance"},
    {"Z-3-2", "Three layers: city spirit, structure, operating mechanisms"},
    {"Z-3.1", "City spirit"},
    {"Z-3.1-1", "Stadtluft macht frei: no city diplomacy without a free city spirit"},
    {"Z-3.1-2", "City spirits of New York, London, Paris, Berlin, Beijing, Shanghai, Shenzhen"},
    {"Z-3.1-3", "A distinct spirit held as a city consensus is the precondition"},
    {"Z-3.2", "Foreign-affairs structure"},
    {"Z-3.2-1", "Structure: distribution of power; forms of city government"},
    {"Z-3.2-2", "New York's office for international affairs and its functions"},
    {"Z-3.2-3", "Chinese cities' FAOs are weak and mostly do reception"},
    {"Z-3.2-4", "The FAO should be dual-role and its director attend the standing committee"},
    {"Z-3.3", "Operating mechanisms"},
    {"Z-3.3-1", "Overseas offices; Hong Kong's 11 offices and WTO membership as Hong Kong, China"},
    {"Z-3.3-2", "Coordination across fragmented departments"},
    {"Z-3.3-3", "Central-local coordination: cities report to and ask instructions of the MFA"},
    {"Z-4", "Five priorities"},
    {"Z-4.1", "Legislation: grade city foreign powers by status in law"},
    {"Z-4.2", "Responsibilities: three services; non-sovereign fields"},
    {"Z-4.3", "Strategy: national city-diplomacy strategy and city internationalisation strategies"},
    {"Z-4.4", "Institution-building: MFA norms, special commissioners, negative list, leading groups"},
    {"Z-4.5", "Guarantees: people, budget, infrastructure"},
    {"Z-5", "Conclusion"},
    {"Z-5-1", "China is a latecomer; early FAOs were local editions of state diplomacy"},
    {"Z-5-2", "Reform opens room for city internationalisation strategies"},
};

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::span<const paper_statement> paper_statements() noexcept { return statements; }

const paper_statement* find_paper_statement(std::string_view id) noexcept {
  const auto all = paper_statements();
  const auto it = std::find_if(all.begin(), all.end(), [&](const paper_statement& s) { return s.id == id; });
  return it == all.end() ? nullptr : &*it;
}

result<citation> parse_citation(std::string_view cite) {
  const auto problem = [](std::string message) { return error{{diagnostic{.message = std::move(message)}}}; };
  if (trim(cite).empty())
    return problem("expected a citation: a paper id (Z-…), a legal source, or 'assumption: <reason>'");
  citation out;
  std::size_t start = 0;
  while (start <= cite.size()) {
    const std::size_t end = std::min(cite.find(';', start), cite.size());
    const std::string_view part = trim(cite.substr(start, end - start));
    if (part.empty()) return problem("empty part in citation '" + std::string(cite) + "'");
    if (part.starts_with("Z-")) {
      // A paper id, optionally followed by a remark after a space or comma.
      const std::string_view id = part.substr(0, part.find_first_of(" ,("));
      if (!find_paper_statement(id)) {
        return problem("unknown paper id '" + std::string(id) + "': expected one of the Z-… ids of DOMAIN.md");
      }
      out.paper.emplace_back(id);
    } else if (part.starts_with("assumption")) {
      const std::string_view rest = part.substr(10);
      if (!rest.starts_with(":") || trim(rest.substr(1)).empty()) {
        return problem("expected 'assumption: <reason>' with a reason, found '" + std::string(part) + "'");
      }
      out.assumptions.emplace_back(trim(rest.substr(1)));
    } else {
      out.sources.emplace_back(part);
    }
    start = end + 1;
  }
  return out;
}

std::string brief_citation(std::string_view cite, language lang) {
  const auto c = parse_citation(cite);
  if (!c) return std::string(cite);
  std::string out;
  const auto add = [&](std::string_view part) {
    if (!out.empty()) out += "; ";
    out += part;
  };
  for (const auto& id : c->paper) add(id);
  for (const auto& source : c->sources) add(source);
  if (!c->assumptions.empty()) add(lang == language::zh ? "假设" : "assumption");
  return out;
}

CITYDIP_END_NAMESPACE
