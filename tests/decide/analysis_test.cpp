#include <citydip/decide/analysis.hpp>

#include <citydip/decide/decide.hpp>
#include <citydip/io/builtin.hpp>
#include <citydip/io/rulebook_json.hpp>

#include "../rules/test_rulebooks.hpp"
#include "../support/cells.hpp"
#include "../support/param_name.hpp"
#include "../support/source_file.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>

namespace {

using namespace citydip;
using test::compile_or_fail;
using test::make_rule;
using test::make_source;

TEST(analysis_test, the_builtin_rulebooks_are_monotone_and_have_no_dead_rules) {
  for (const char* name : {"status-quo-2016", "reform-proposal"}) {
    const auto book = *builtin_rulebook(name);
    const auto m = check_monotonicity(book);
    EXPECT_EQ(m.cells, enum_count<activity_kind>() * 19 * 11 * 16) << name;
    EXPECT_EQ(m.violations, 0u) << name;
    const auto u = find_dead_rules(book);
    EXPECT_TRUE(u.dead.empty()) << name << ": " << (u.dead.empty() ? "" : u.dead.front().id);
    EXPECT_TRUE(u.idle_exceptions.empty())
        << name << ": " << (u.idle_exceptions.empty() ? "" : u.idle_exceptions.front());
  }
}

TEST(analysis_test, catches_a_rulebook_that_restricts_a_higher_tier_and_names_the_rule) {
  const auto book = compile_or_fail(make_source({
      make_rule("fairs-open", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::autonomous),
      make_rule(
          "municipal-fairs",
          {.tiers = designation_set{designation::municipality}, .kinds = activity_kind_set{activity_kind::trade_fair}},
          verdict::approval, {body::mfa}),
  }));
  const auto m = check_monotonicity(book, 5);
  // Every trade-fair combination (19 domains x 11 counterparts x 16 flags), municipality against the five lower tiers.
  EXPECT_EQ(m.violations, 19u * 11 * 16 * 5);
  ASSERT_EQ(m.examples.size(), 5u);
  EXPECT_EQ(m.examples[0].higher, designation::municipality);
  EXPECT_EQ(m.examples[0].higher_verdict, verdict::approval);
  EXPECT_EQ(m.examples[0].lower_verdict, verdict::autonomous);
  EXPECT_EQ(m.examples[0].responsible, std::vector<std::string>{"municipal-fairs"});
  EXPECT_EQ(m.responsible, std::vector<std::string>{"municipal-fairs"});
}

TEST(analysis_test, catches_a_city_specific_rule_that_restricts_its_city) {
  const auto book = compile_or_fail(make_source({
      make_rule("beijing-fairs", {.kinds = activity_kind_set{activity_kind::trade_fair}, .cities = {"beijing"}},
                verdict::prohibited),
  }));
  const auto m = check_monotonicity(book);
  ASSERT_GT(m.violations, 0u);
  EXPECT_EQ(m.examples[0].city, "beijing");
  EXPECT_EQ(m.examples[0].higher, designation::municipality);
  EXPECT_EQ(m.responsible, std::vector<std::string>{"beijing-fairs"});
}

TEST(analysis_test, finds_rules_that_never_apply_or_are_always_overridden_and_idle_exceptions) {
  auto general =
      make_rule("general", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::report, {body::city_fao});
  auto shadow = make_rule(
      "shadowed",
      {.kinds = activity_kind_set{activity_kind::trade_fair}, .domains = issue_domain_set{issue_domain::culture}},
      verdict::approval, {body::mfa});
  auto cover =
      make_rule("cover", {.kinds = activity_kind_set{activity_kind::trade_fair}}, verdict::report, {body::mfa});
  cover.exception_to = {"shadowed"};  // applies wherever `shadowed` does: it always overrides it
  auto idle = make_rule("idle", {.kinds = activity_kind_set{activity_kind::cultural_exchange}}, verdict::autonomous);
  idle.exception_to = {"general"};  // never applies together with `general`: changes nothing
  auto never = make_rule("never", {.tiers = designation_set{designation::small_medium_city}, .cities = {"beijing"}},
                         verdict::prohibited);  // Beijing is a municipality
  const auto book = compile_or_fail(make_source({general, shadow, cover, idle, never}));
  const auto u = find_dead_rules(book);
  ASSERT_EQ(u.dead.size(), 2u);
  EXPECT_EQ(u.dead[0].id, "shadowed");
  EXPECT_EQ(u.dead[0].why, dead_reason::always_overridden);
  EXPECT_EQ(u.dead[1].id, "never");
  EXPECT_EQ(u.dead[1].why, dead_reason::never_applies);
  EXPECT_EQ(u.idle_exceptions, std::vector<std::string>{"idle"});
  EXPECT_TRUE(u.default_used);
}

TEST(analysis_test, a_rulebook_diffed_with_itself_has_no_difference) {
  const auto book = *builtin_rulebook("reform-proposal");
  const auto d = diff(book, book);
  EXPECT_TRUE(d.entries.empty());
  EXPECT_GT(d.cells, 0u);
  for (const auto& t : d.by_tier) {
    EXPECT_EQ(t.kinds_less_restricted + t.kinds_more_restricted + t.kinds_other_bodies + t.cells_differing, 0u);
  }
}

TEST(analysis_test, the_diff_of_the_builtins_matches_what_their_rules_say) {
  const auto sq = *builtin_rulebook("status-quo-2016");
  const auto rf = *builtin_rulebook("reform-proposal");
  const auto d = diff(sq, rf);
  ASSERT_FALSE(d.entries.empty());
  const auto find = [&](designation tier, activity_kind kind) -> const diff_entry* {
    for (const auto& e : d.entries) {
      if (e.tier == tier && e.city.empty() && e.what.kind == kind && !e.what.domain && !e.what.counterpart &&
          !e.what.touches_internal_affairs && !e.what.has_central_mandate && !e.what.uses_regional_name &&
          !e.what.legally_binding) {
        return &e;
      }
    }
    return nullptr;
  };
  // sq-overseas-office (approval: provincial FAO, MFA) -> rf-overseas-office-upper (report: special commissioner).
  const diff_entry* office = find(designation::sub_provincial_city, activity_kind::overseas_office);
  ASSERT_TRUE(office);
  EXPECT_EQ(office->verdict_a, verdict::approval);
  EXPECT_EQ(office->verdict_b, verdict::report);
  EXPECT_EQ(office->bodies_b, body_set{body::mfa_special_commissioner});
  // sq-sister-city (approval) -> the reform's sq-sister-city (report to the MFA, which supervises
  // politically, and to CPAFFC and CIFCA, which coordinate: Z-4.4) for a coastal open city.
  const diff_entry* sister = find(designation::coastal_open_city, activity_kind::sister_city_agreement);
  ASSERT_TRUE(sister);
  EXPECT_EQ(sister->verdict_b, verdict::report);
  EXPECT_EQ(sister->bodies_b, (body_set{body::mfa, body::cpaffc, body::cifca}));
  // sq-high-politics (central mandate) -> rf-high-politics-upper (MFA approval) for a municipality.
  const diff_entry* mediation = find(designation::municipality, activity_kind::conflict_mediation);
  ASSERT_TRUE(mediation);
  EXPECT_EQ(mediation->verdict_a, verdict::central_mandate);
  EXPECT_EQ(mediation->verdict_b, verdict::approval);
  // Unchanged: mega events stay under the central mandate, treaties stay prohibited.
  EXPECT_FALSE(find(designation::municipality, activity_kind::host_mega_event));
  // Every entry is what the two rulebooks decide.
  for (std::size_t i = 0; i < d.entries.size(); i += 997) {
    const auto& e = d.entries[i];
    EXPECT_EQ(decide(sq, e.tier, e.city, e.what).verdict, e.verdict_a);
    EXPECT_EQ(decide(rf, e.tier, e.city, e.what).verdict, e.verdict_b);
  }
  // The reform restricts no tier more, for the plain activity of any kind.
  for (const auto& t : d.by_tier) EXPECT_EQ(t.kinds_more_restricted, 0u) << to_id(t.tier);
  // Ten kinds as before, and arms control (Z-4.2: non-proliferation).
  EXPECT_EQ(d.by_tier[static_cast<std::size_t>(designation::sub_provincial_city)].kinds_less_restricted, 11u);
}

}  // namespace

namespace {

using namespace citydip;

// The fidelity corrections (issue 14) changed the built-ins' decisions only
// where they meant to: the rulebooks as shipped before them are kept,
// flattened, in tests/data/before-fidelity/. Every combination (incl. Hong
// Kong and Macao, with no and with every approval) that decides differently
// must be one the corrections name: a special administrative region
// (sq-sar-autonomy bounded by the Basic Laws), sister cities and city networks
// (small cities; the MFA's political supervision), arms control under the
// reform (Z-4.2), or the new host_foreign_city_office kind (Z-3.3-1).
rulebook load_before_fidelity(const std::string& name) {
  auto book =
      load_rulebook(test::source_file("tests/data/before-fidelity/" + name + ".json"), {.file = name + ".json"});
  if (!book) throw std::runtime_error(book.error().to_string());
  return std::move(*book);
}

class fidelity_test : public ::testing::TestWithParam<const char*> {};

TEST_P(fidelity_test, the_corrections_change_only_the_decisions_they_name) {
  const rulebook before = load_before_fidelity(GetParam());
  const rulebook after = *builtin_rulebook(GetParam());
  const bool reform = std::string_view(GetParam()) == "reform-proposal";
  std::size_t cells = 0, differing = 0;
  std::array<std::size_t, enum_count<activity_kind>()> by_kind{};
  const auto named = [&](designation tier, const activity& a) {
    using enum activity_kind;
    if (tier == designation::special_administrative_region) return true;
    if (a.kind == sister_city_agreement || a.kind == join_city_network || a.kind == host_foreign_city_office) {
      return true;
    }
    return reform && a.kind == arms_control_engagement;
  };
  const auto compare = [&](designation tier, std::string_view city, activity a) {
    for (const body_set obtained : {body_set{}, body_set::all()}) {
      a.obtained = obtained;
      const decision x = decide(before, tier, city, a);
      const decision y = decide(after, tier, city, a);
      ++cells;
      if (x.verdict != y.verdict || x.bodies != y.bodies || x.outcome != y.outcome) {
        ++differing;
        ++by_kind[static_cast<std::size_t>(a.kind)];
        if (!named(tier, a)) ADD_FAILURE() << to_id(tier) << " " << city << " " << to_id(a.kind);
      }
    }
  };
  test::for_each_activity({2016, 1, 1}, [&](const activity& a) {
    for (const auto& t : vocabulary<designation>()) compare(t.value, "", a);
    for (const char* city : {"hong_kong", "macao"}) compare(designation::special_administrative_region, city, a);
  });
  EXPECT_GT(cells, 1500000u);
  // Each correction shows: the new kind everywhere, and the named kinds.
  EXPECT_GT(by_kind[static_cast<std::size_t>(activity_kind::host_foreign_city_office)], 0u);
  EXPECT_GT(by_kind[static_cast<std::size_t>(activity_kind::sister_city_agreement)], 0u);
  if (reform) {
    EXPECT_GT(by_kind[static_cast<std::size_t>(activity_kind::arms_control_engagement)], 0u);
    EXPECT_GT(by_kind[static_cast<std::size_t>(activity_kind::join_city_network)], 0u);
  }
  EXPECT_GT(differing, 0u);
}

INSTANTIATE_TEST_SUITE_P(builtins, fidelity_test, ::testing::Values("status-quo-2016", "reform-proposal"),
                         test::rulebook_param_name{});

// docs/rulebooks.md: every kind has a status-quo rule at every tier, so the
// default decides nothing a gazetteer tier proposes; the reform's default
// (the negative list) decides much.
TEST(builtin_default_test, the_status_quo_default_is_reached_by_no_combination) {
  const auto sq = *builtin_rulebook("status-quo-2016");
  const auto rf = *builtin_rulebook("reform-proposal");
  std::size_t by_default_sq = 0, by_default_rf = 0, cells = 0;
  test::for_each_activity({2016, 1, 1}, [&](const activity& a) {
    for (const auto& t : vocabulary<designation>()) {
      ++cells;
      by_default_sq += decide(sq, t.value, "", a).by_default;
      by_default_rf += decide(rf, t.value, "", a).by_default;
    }
  });
  EXPECT_EQ(by_default_sq, 0u) << "of " << cells;
  EXPECT_GT(by_default_rf, 0u);
}

TEST(reform_layers_test, each_rule_of_the_reform_names_the_priority_or_the_status_quo_it_comes_from) {
  const auto layered = *builtin_rulebook("reform-proposal");
  for (const rule& r : layered.rules()) {
    EXPECT_TRUE(r.layer == "status-quo-2016" || r.layer.starts_with("reform-4.")) << r.id << " " << r.layer;
    if (r.layer.starts_with("reform-4.")) {
      // A rule a priority wrote cites that priority or says why it sits there.
      const std::string priority = "Z-4." + std::string(1, r.layer[9]);
      EXPECT_TRUE(r.cite.find(priority) != std::string::npos || r.cite.find("assumption:") != std::string::npos)
          << r.id << " (" << r.layer << "): " << r.cite;
    }
  }
  EXPECT_EQ(layered.fallback().layer, "reform-4.4-institutions");
}

}  // namespace
