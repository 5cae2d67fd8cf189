/**
 * @file rulebook_overlay.hpp
 * @brief A rulebook written as changes to another: rules added, replaced and
 *        removed, and the default overridden.
 */
#ifndef CITYDIP_RULES_RULEBOOK_OVERLAY_HPP
#define CITYDIP_RULES_RULEBOOK_OVERLAY_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/model/date.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook_source.hpp>

#include <optional>
#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief A rulebook that extends a base: what it changes, as written.
 *
 * OpenFisca calls this a reform; the rulebook format writes it with
 * `"extends"` (docs/rulebook-format.md). `apply_overlay` makes the rulebook
 * it describes.
 */
struct rulebook_overlay {
  std::string
      extends{};       ///< The base as written: a built-in rulebook's name, or a path relative to the overlay's file.
  std::string name{};  ///< The new rulebook's name.
  std::string title_en{};             ///< Its English title; empty: the base's.
  std::string title_zh{};             ///< Its Chinese title; empty: the base's.
  std::optional<date> as_of{};        ///< Its date; absent: the base's.
  std::optional<rule> fallback{};     ///< A new default; absent: the base's.
  std::vector<rule> add{};            ///< Rules the base does not have, appended after the base's.
  std::vector<rule> replace{};        ///< Rules that take the place of the base's rules with the same ids.
  std::vector<std::string> remove{};  ///< Ids of the base's rules to leave out.
};

/**
 * @brief The rulebook @p overlay makes of @p base: the base's rules in their
 *        order, each replaced one in its place, the removed ones left out,
 *        the added ones after them.
 *
 * Every rule the base contributes unchanged keeps the layer it names, or,
 * when it names none, takes the base's name as its layer; the overlay's own
 * rules (added, replacing, and its default) have no layer: they are the new
 * rulebook's.
 *
 * @return the flattened source (not yet compiled), or every problem, each at
 *         the JSON path of the overlay field it is about: a replaced or
 *         removed id the base does not have (with a near-miss suggestion), an
 *         added id the base already has, an id changed twice, a removed rule
 *         that a rule which stays names in `exception_to`.
 */
CITYDIP_API result<rulebook_source> apply_overlay(const rulebook_source& base, const rulebook_overlay& overlay);

CITYDIP_END_NAMESPACE

#endif
