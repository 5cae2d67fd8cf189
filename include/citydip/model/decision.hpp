/**
 * @file decision.hpp
 * @brief The decision on one activity: verdict, bodies, outcome and reasons.
 */
#ifndef CITYDIP_MODEL_DECISION_HPP
#define CITYDIP_MODEL_DECISION_HPP

#include <citydip/detail/small_vector.hpp>
#include <citydip/model/body.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/verdict.hpp>

#include <cstddef>
#include <span>

namespace citydip {

struct rule;

/**
 * @brief One rule that counted for a decision.
 *
 * Refers to the rule inside its compiled rulebook: valid while that rulebook
 * (or a copy of it) lives.
 */
struct reason {
  const citydip::rule* rule = nullptr;  ///< The rule; never null in a decision.
  bool deciding = false;                ///< Whether its verdict is the one that won.
};

/**
 * @brief What a rulebook says about one activity of one city, and why.
 *
 * Produced by `citydip::decide`. The reasons refer to rules of the rulebook
 * that decided, so a decision must not outlive that rulebook. Copying a
 * decision copies references, not rule texts.
 */
class decision {
 public:
  /// Reasons kept without heap allocation; more spill to the heap.
  static constexpr std::size_t inline_reasons = 16;

  designation tier = designation::small_medium_city;  ///< The city's tier on the activity's date.
  date on{};                                             ///< The date the decision was taken for.
  citydip::classification classification = citydip::classification::general_foreign_affairs;  ///< What sort of foreign affair it is.
  citydip::verdict verdict = citydip::verdict::autonomous;      ///< What the city needs first.
  body_set bodies{};       ///< Bodies to approve (`approval`), be reported to (`report`) or mandate (`central_mandate`).
  citydip::outcome outcome = citydip::outcome::allowed;  ///< Where the activity stands given what it has obtained.
  body_set missing{};      ///< Bodies whose approval is still missing (`pending` only).
  bool mandate_missing = false;  ///< A central mandate is needed and not held (`pending` only).
  bool by_default = false;       ///< No rule covered the activity: the rulebook's default decided.

  /// @return every rule that counted, in rulebook order; the deciding ones are marked.
  std::span<const reason> reasons() const noexcept { return reasons_.span(); }

  /// Appends a reason (used by the validator).
  void add_reason(const reason& r) { reasons_.push_back(r); }
  /// Removes every reason.
  void clear_reasons() noexcept { reasons_.clear(); }

  /// Equal when every field and every reason (the same rule, the same mark) is.
  friend bool operator==(const decision& a, const decision& b) noexcept {
    const auto ra = a.reasons(), rb = b.reasons();
    if (ra.size() != rb.size()) return false;
    for (std::size_t i = 0; i < ra.size(); ++i) {
      if (ra[i].rule != rb[i].rule || ra[i].deciding != rb[i].deciding) return false;
    }
    return a.tier == b.tier && a.on == b.on && a.classification == b.classification && a.verdict == b.verdict &&
           a.bodies == b.bodies && a.outcome == b.outcome && a.missing == b.missing &&
           a.mandate_missing == b.mandate_missing && a.by_default == b.by_default;
  }

 private:
  detail::small_vector<reason, inline_reasons> reasons_{};
};

}  // namespace citydip

#endif
