/**
 * @file decision.hpp
 * @brief The decision on one activity: verdict, bodies, outcome and reasons.
 */
#ifndef CITYDIP_DECIDE_DECISION_HPP
#define CITYDIP_DECIDE_DECISION_HPP

#include <citydip/config.hpp>

#include <citydip/model/body.hpp>
#include <citydip/model/date.hpp>
#include <citydip/model/designation.hpp>
#include <citydip/model/verdict.hpp>
#include <citydip/rules/reason.hpp>

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief What a rulebook says about one activity of one city, and why.
 *
 * Produced by `citydip::decide`. The reasons and the rulebook's name refer
 * to the rulebook that decided, so a decision must not outlive that rulebook
 * (`decide` refuses a temporary rulebook at compile time). Copying a decision
 * copies references, not rule texts.
 *
 * A decision made by `decide` views a reason list held by its compiled
 * rulebook, so making, copying and destroying it never touches the heap. A
 * decision built with `add_reason` (as the JSON reader does) owns its list.
 */
class decision {
 public:
  std::string_view rulebook{};  ///< The name of the rulebook that decided: a view of the name it holds.
  designation tier = designation::small_medium_city;  ///< The city's tier on the activity's date.
  citydip::date date{};                               ///< The date the decision was taken for.
  citydip::classification classification =
      citydip::classification::general_foreign_affairs;     ///< What sort of foreign affair it is.
  citydip::verdict verdict = citydip::verdict::autonomous;  ///< What the city needs first.
  body_set bodies{};  ///< Bodies to approve (`approval`), be reported to (`report`) or mandate (`central_mandate`).
  citydip::outcome outcome = citydip::outcome::allowed;  ///< Where the activity stands given what it has obtained.
  body_set missing{};                                    ///< Bodies whose approval is still missing (`pending` only).
  bool mandate_missing = false;                          ///< A central mandate is needed and not held (`pending` only).
  bool by_default = false;  ///< No rule covered the activity: the rulebook's default decided.

  /// An empty decision: no reasons.
  decision() noexcept = default;
  /// Copies the fields; an owned reason list is copied, a viewed one is shared.
  decision(const decision& other) : decision(other, copy_tag{}) {}
  /// Takes the fields and the reason list; @p other is left without reasons.
  decision(decision&& other) noexcept { take(other); }
  /// Copy assignment, as the copy constructor.
  decision& operator=(const decision& other) {
    if (this != &other) *this = decision(other);
    return *this;
  }
  /// Move assignment, as the move constructor.
  decision& operator=(decision&& other) noexcept {
    if (this != &other) take(other);
    return *this;
  }
  ~decision() = default;

  /// @return every rule that counted, in rulebook order; the deciding ones are marked.
  std::span<const reason> reasons() const noexcept { return {reasons_, count_}; }

  /// Appends a reason to a list the decision owns (a viewed list is copied first).
  void add_reason(const reason& r) {
    if (!owns()) owned_.assign(reasons_, reasons_ + count_);
    owned_.push_back(r);
    reasons_ = owned_.data();
    count_ = owned_.size();
  }
  /// Removes every reason.
  void clear_reasons() noexcept {
    owned_.clear();
    reasons_ = nullptr;
    count_ = 0;
  }
  /**
   * @brief Makes the reasons a view of @p list, which must outlive the
   *        decision and its copies. The validator passes lists its compiled
   *        rulebook holds.
   */
  void refer_reasons(std::span<const reason> list) noexcept {
    owned_.clear();
    reasons_ = list.data();
    count_ = list.size();
  }

  /// Equal when every field and every reason (the same rule, the same mark) is.
  friend bool operator==(const decision& a, const decision& b) noexcept {
    const auto ra = a.reasons(), rb = b.reasons();
    if (ra.size() != rb.size()) return false;
    for (std::size_t i = 0; i < ra.size(); ++i) {
      if (ra[i].rule != rb[i].rule || ra[i].deciding != rb[i].deciding) return false;
    }
    return a.rulebook == b.rulebook && a.tier == b.tier && a.date == b.date && a.classification == b.classification &&
           a.verdict == b.verdict && a.bodies == b.bodies && a.outcome == b.outcome && a.missing == b.missing &&
           a.mandate_missing == b.mandate_missing && a.by_default == b.by_default;
  }

 private:
  struct copy_tag {};
  decision(const decision& o, copy_tag)
      : rulebook(o.rulebook),
        tier(o.tier),
        date(o.date),
        classification(o.classification),
        verdict(o.verdict),
        bodies(o.bodies),
        outcome(o.outcome),
        missing(o.missing),
        mandate_missing(o.mandate_missing),
        by_default(o.by_default),
        reasons_(o.reasons_),
        count_(o.count_),
        owned_(o.owned_) {
    if (o.owns()) reasons_ = owned_.data();
  }
  bool owns() const noexcept { return !owned_.empty() && reasons_ == owned_.data(); }
  void take(decision& o) noexcept {
    rulebook = o.rulebook;
    tier = o.tier;
    date = o.date;
    classification = o.classification;
    verdict = o.verdict;
    bodies = o.bodies;
    outcome = o.outcome;
    missing = o.missing;
    mandate_missing = o.mandate_missing;
    by_default = o.by_default;
    owned_ = std::move(o.owned_);  // the heap buffer, and so reasons_, stays valid
    reasons_ = o.reasons_;
    count_ = o.count_;
    o.owned_.clear();
    o.reasons_ = nullptr;
    o.count_ = 0;
  }

  const reason* reasons_ = nullptr;
  std::size_t count_ = 0;
  std::vector<reason> owned_{};
};

CITYDIP_END_NAMESPACE

#endif
