// Private: the keys of the objects of citydip's JSON formats, declared once.
// Each list is the one spelling of its object's keys: the readers take keys,
// paths and the allowed set from it (by the index enum beside it), the writers
// write its keys, and json_formats() (json_format.cpp) publishes it, for the
// docs test and for tools. The city's institutional parts take theirs from
// their Boost.Describe declarations (fields.hpp).
#ifndef CITYDIP_SRC_IO_FORMAT_KEYS_HPP
#define CITYDIP_SRC_IO_FORMAT_KEYS_HPP

#include <citydip/config.hpp>

#include <array>
#include <cstddef>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail::keys {

// Where two objects share a key because one names what the other holds (a
// rule's condition tests an activity's fields; a decision carries a rule's
// verdict), the second takes the first's entry, so that the key is written once.

// An activity. C++ names the `activity` member `kind` (activity::kind: the
// one name that differs) and holds the city beside it (activity_record).
inline constexpr std::array<std::string_view, 11> activity{"id",
                                                           "city",
                                                           "activity",
                                                           "domain",
                                                           "counterpart",
                                                           "touches_internal_affairs",
                                                           "has_central_mandate",
                                                           "uses_regional_name",
                                                           "legally_binding",
                                                           "obtained",
                                                           "date"};
enum activity_key : std::size_t {
  a_id,
  a_city,
  a_activity,
  a_domain,
  a_counterpart,
  a_touches,
  a_mandate,
  a_regional,
  a_binding,
  a_obtained,
  a_date
};

inline constexpr std::array<std::string_view, 10> city{"id",           "name_zh",  "name_en",   "province",
                                                       "designations", "spirit",   "structure", "mechanisms",
                                                       "guarantees",   "programme"};
enum city_key : std::size_t {
  ci_id,
  ci_name_zh,
  ci_name_en,
  ci_province,
  ci_designations,
  ci_spirit,
  ci_structure,
  ci_mechanisms,
  ci_guarantees,
  ci_programme
};
inline constexpr std::array<std::string_view, 4> designation{"designation", "since", "until", "source"};
enum designation_key : std::size_t { de_designation, de_since, de_until, de_source };

// A rule, and the condition under `when`. `layer` is written by
// `rulebook show --flatten` for rules a base contributed.
inline constexpr std::array<std::string_view, 10> rule{"id",           "when", "verdict", "bodies",  "classification",
                                                       "exception_to", "cite", "text_en", "text_zh", "layer"};
enum rule_key : std::size_t {
  ru_id,
  ru_when,
  ru_verdict,
  ru_bodies,
  ru_classification,
  ru_exception_to,
  ru_cite,
  ru_text_en,
  ru_text_zh,
  ru_layer
};
inline constexpr std::array<std::string_view, 13> condition{"tier",
                                                            "tier_at_least",
                                                            "tier_at_most",
                                                            activity[a_activity],
                                                            activity[a_domain],
                                                            activity[a_counterpart],
                                                            activity[a_touches],
                                                            activity[a_mandate],
                                                            activity[a_regional],
                                                            activity[a_binding],
                                                            "from",
                                                            "until",
                                                            "cities"};
enum condition_key : std::size_t {
  c_tier,
  c_tier_at_least,
  c_tier_at_most,
  c_activity,
  c_domain,
  c_counterpart,
  c_touches,
  c_mandate,
  c_regional,
  c_binding,
  c_from,
  c_until,
  c_cities
};
// The default: a rule's effect and texts, without id, condition or exceptions.
inline constexpr std::array<std::string_view, 7> fallback{rule[ru_verdict], rule[ru_bodies],  rule[ru_classification],
                                                          rule[ru_cite],    rule[ru_text_en], rule[ru_text_zh],
                                                          rule[ru_layer]};
// A rulebook. `rules` belongs to a rulebook that extends none; `extends`,
// `add`, `replace` and `remove` to an overlay.
inline constexpr std::array<std::string_view, 11> rulebook{
    "citydip_rulebook", "name", "title_en", "title_zh", "as_of", "default", "rules",
    "extends",          "add",  "replace",  "remove"};
enum rulebook_key : std::size_t {
  rb_version,
  rb_name,
  rb_title_en,
  rb_title_zh,
  rb_as_of,
  rb_default,
  rb_rules,
  rb_extends,
  rb_add,
  rb_replace,
  rb_remove
};

// A decision: the activity's id, city and date, the effect of its deciding rules.
// `remedy` is written by `check --whatif` only (a what-if remedy, below).
inline constexpr std::array<std::string_view, 15> decision{
    activity[a_id],          activity[a_city], "rulebook",      activity[a_date], "tier",
    rule[ru_classification], rule[ru_verdict], rule[ru_bodies], "outcome",        "missing",
    "mandate_missing",       "by_default",     "decided_by",    "reasons",        "remedy"};
enum decision_key : std::size_t {
  d_id,
  d_city,
  d_rulebook,
  d_date,
  d_tier,
  d_classification,
  d_verdict,
  d_bodies,
  d_outcome,
  d_missing,
  d_mandate_missing,
  d_by_default,
  d_decided_by,
  d_reasons,
  d_remedy
};
inline constexpr std::array<std::string_view, 5> reason{"rule", rule[ru_cite], "deciding", "text", rule[ru_layer]};
enum reason_key : std::size_t { r_rule, r_cite, r_deciding, r_text, r_layer };

// A what-if answer (docs/json-formats.md): the decision, the remedies, each
// with its changes (one key per change: the change's kind, or for a date
// change the two ends) and decision, and for a prohibited activity its red
// lines and the changes of the proposal that lift it.
inline constexpr std::array<std::string_view, 5> what_if{activity[a_id], "decision", "remedies", "omitted",
                                                         "prohibition"};
enum what_if_key : std::size_t { w_id, w_decision, w_remedies, w_omitted, w_prohibition };
inline constexpr std::array<std::string_view, 2> remedy{"changes", what_if[w_decision]};
enum remedy_key : std::size_t { rm_changes, rm_decision };
inline constexpr std::array<std::string_view, 9> change{"obtain",    "mandate",          decision[d_tier],
                                                        "drop",      activity[a_domain], activity[a_counterpart],
                                                        "date_from", "date_to",          decision[d_rulebook]};
enum change_key : std::size_t {
  ch_obtain,
  ch_mandate,
  ch_tier,
  ch_drop,
  ch_domain,
  ch_counterpart,
  ch_date_from,
  ch_date_to,
  ch_rulebook
};
inline constexpr std::array<std::string_view, 3> prohibition{"red_lines", "lifted_by", what_if[w_omitted]};
enum prohibition_key : std::size_t { ph_red_lines, ph_lifted_by, ph_omitted };

// The standing ladder: one activity kind of one city, its decision at each tier under each rulebook.
inline constexpr std::array<std::string_view, 5> ladder{activity[a_city], activity[a_activity], activity[a_date],
                                                        "rulebooks", "rungs"};
enum ladder_key : std::size_t { l_city, l_activity, l_date, l_rulebooks, l_rungs };
inline constexpr std::array<std::string_view, 2> rung{decision[d_tier], "decisions"};
enum rung_key : std::size_t { rg_tier, rg_decisions };

// A test file (docs/test-format.md): its top level, a case (an activity's
// keys and its own), what a case expects, and a property.
inline constexpr std::array<std::string_view, 5> tests{"citydip_tests", "rulebook", "description", "cases",
                                                       "properties"};
enum tests_key : std::size_t { t_version, t_rulebook, t_description, t_cases, t_properties };
inline constexpr std::array<std::string_view, 15> test_case{
    activity[a_id],      activity[a_city],    activity[a_activity], activity[a_domain],  activity[a_counterpart],
    activity[a_touches], activity[a_mandate], activity[a_regional], activity[a_binding], activity[a_obtained],
    activity[a_date],    tests[t_rulebook],   tests[t_description], rule[ru_cite],       "expect"};
enum test_case_key : std::size_t { tc_rulebook = 11, tc_description, tc_cite, tc_expect };
inline constexpr std::array<std::string_view, 7> expect{
    rule[ru_verdict],        rule[ru_bodies],        decision[d_outcome],   decision[d_missing],
    rule[ru_classification], decision[d_decided_by], decision[d_by_default]};
enum expect_key : std::size_t {
  e_verdict,
  e_bodies,
  e_outcome,
  e_missing,
  e_classification,
  e_decided_by,
  e_by_default
};
inline constexpr std::array<std::string_view, 9> property{"property",       activity[a_id],    tests[t_description],
                                                          rule[ru_cite],    tests[t_rulebook], "for",
                                                          rule[ru_verdict], rule[ru_bodies],   "than"};
enum property_key : std::size_t {
  p_property,
  p_id,
  p_description,
  p_cite,
  p_rulebook,
  p_for,
  p_verdict,
  p_bodies,
  p_than
};

// The JSON pointers of a top-level object's members ("/" and the key), made
// at compile time, so that a reader on a hot path names a member's path
// without building a string.
template <std::size_t N>
struct member_paths {
  std::array<std::array<char, 48>, N> text{};
  std::array<std::size_t, N> size{};
  constexpr std::string_view operator[](std::size_t i) const noexcept { return {text[i].data(), size[i]}; }
};
template <std::size_t N>
constexpr member_paths<N> paths_of(const std::array<std::string_view, N>& keys) {
  member_paths<N> out;
  for (std::size_t i = 0; i < N; ++i) {
    out.text[i][0] = '/';
    for (std::size_t j = 0; j < keys[i].size(); ++j) out.text[i][j + 1] = keys[i][j];
    out.size[i] = keys[i].size() + 1;
  }
  return out;
}
inline constexpr auto activity_paths = paths_of(activity);
inline constexpr auto decision_paths = paths_of(decision);

}  // namespace detail::keys
CITYDIP_END_NAMESPACE

#endif
