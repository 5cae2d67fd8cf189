/**
 * @file rulebook.hpp
 * @brief A compiled rulebook: checked, indexed, immutable and shared.
 */
#ifndef CITYDIP_RULES_RULEBOOK_HPP
#define CITYDIP_RULES_RULEBOOK_HPP

#include <citydip/config.hpp>
#include <citydip/error.hpp>
#include <citydip/model/vocabulary.hpp>
#include <citydip/rules/rule.hpp>
#include <citydip/rules/rulebook_source.hpp>

#include <cstddef>
#include <span>
#include <string_view>
#include <utility>

CITYDIP_BEGIN_NAMESPACE

namespace detail {
struct rulebook_impl;
struct rulebook_access;
}  // namespace detail

/**
 * @brief How `rulebook::compile` trades memory and compile time for speed.
 */
struct compile_options {
  /**
   * @brief The most cells one activity kind's decision table may have.
   *
   * For each activity kind, compiling groups the values of every dimension
   * the kind's rules test (tier, domain, counterpart, flags, named city, date)
   * into classes the rules cannot tell apart, and resolves every combination
   * of classes into a table cell (4 bytes each). Deciding an activity of a
   * tabled kind is then a lookup that allocates nothing. A kind whose table
   * would exceed this, or whose distinct cells would hold more than this many
   * reasons between them (16 bytes each), is decided by testing each of its rules
   * instead, which decides the same but copies its reasons into the
   * decision. 0: no tables.
   */
  std::size_t max_table_cells = std::size_t{1} << 16;
};

/**
 * @brief A rulebook compiled once into an immutable, indexed form.
 *
 * `compile` checks the source (unique ids, citations, exceptions that name
 * existing rules and form no cycle, conditions that can hold, bodies that fit
 * the verdict) and reports every problem, not just the first. A rulebook that
 * fails to compile yields no rulebook at all.
 *
 * @par Thread safety
 * A `rulebook` is a cheap handle to shared immutable state: copy it freely,
 * and decide with it from any number of threads at once.
 *
 * @par Semantics (DESIGN: rule semantics)
 * A rule applies when its condition holds. A rule that an applying rule names
 * in `exception_to` is overridden and does not count. Of the rules that
 * count, the most restrictive verdict wins, its bodies are the union of the
 * bodies of the rules with that verdict (the deciding rules), and every
 * counting rule is a reason. When no rule counts, the fallback decides.
 */
class rulebook {
 public:
  /**
   * @brief Checks and compiles @p source.
   * @return the rulebook, or every problem found, each with the JSON path of
   *         the offending field (lines and columns are filled in by the JSON
   *         loader).
   */
  CITYDIP_API static result<rulebook> compile(rulebook_source source, const compile_options& options = {});

  /// @return the rulebook's short name.
  CITYDIP_API std::string_view name() const noexcept;
  /// @return the rulebook's title in @p lang.
  CITYDIP_API std::string_view title(language lang = language::en) const noexcept;
  /// @return the source the rulebook was compiled from.
  CITYDIP_API const rulebook_source& source() const noexcept;
  /// @return the rules, in source order.
  CITYDIP_API std::span<const rule> rules() const noexcept;
  /// @return the rule that decides when no rule counts.
  CITYDIP_API const rule& fallback() const noexcept;
  /// @return the rule with id @p id (`default` names the fallback), or null.
  CITYDIP_API const rule* find(std::string_view id) const noexcept;
  /// @return the ids named by the rules' `cities` conditions, sorted, without repeats.
  CITYDIP_API std::span<const std::string> named_cities() const noexcept;
  /// @return an upper bound on how many rules can apply to one activity.
  CITYDIP_API std::size_t max_applying() const noexcept;
  /**
   * @return whether activities of kind @p k are decided by a table lookup
   *         (see `compile_options`): true for every kind of the built-in
   *         rulebooks. Deciding a tabled kind never touches the heap.
   */
  CITYDIP_API bool is_tabled(activity_kind k) const noexcept;
  /// @return the number of cells in all the decision tables (4 bytes each).
  CITYDIP_API std::size_t table_cells() const noexcept;

  /// @name Sharing
  /// A rulebook is a handle to immutable compiled state, counted by
  /// reference: copying one is cheap and shares that state, and copies may
  /// be used from any threads at once. A moved-from rulebook may only be
  /// assigned to or destroyed.
  /// @{
  CITYDIP_API rulebook(const rulebook& other) noexcept;  ///< Shares @p other's compiled state.
  rulebook(rulebook&& other) noexcept : impl_(std::exchange(other.impl_, nullptr)) {}  ///< Takes @p other's.
  CITYDIP_API rulebook& operator=(const rulebook& other) noexcept;  ///< Shares @p other's compiled state.
  CITYDIP_API rulebook& operator=(rulebook&& other) noexcept;       ///< Takes @p other's.
  CITYDIP_API ~rulebook();                                          ///< Frees the state when no copy is left.
                                                                    /// @}

 private:
  friend struct detail::rulebook_access;
  // Adopts one reference to @p impl. A counted pointer of our own rather than
  // std::shared_ptr keeps <memory> (and, through it, <ostream>) out of the
  // public headers.
  explicit rulebook(const detail::rulebook_impl* impl) noexcept : impl_(impl) {}
  const detail::rulebook_impl* impl_;
};

CITYDIP_END_NAMESPACE

#endif
