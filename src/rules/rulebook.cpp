#include <citydip/rules/rulebook.hpp>

#include <citydip/model/city.hpp>
#include <citydip/rules/citation.hpp>

#include "rules/rulebook_impl.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <utility>

CITYDIP_BEGIN_NAMESPACE
namespace {

using detail::compiled_rule;
using detail::rulebook_impl;

bool condition_is_empty(const condition& c) {
  return !c.tiers && !c.tier_at_least && !c.tier_at_most && !c.kinds && !c.domains && !c.counterparts &&
         !c.touches_internal_affairs && !c.has_central_mandate && !c.uses_regional_name && !c.legally_binding &&
         !c.from && !c.until && c.cities.empty();
}

class compiler {
 public:
  explicit compiler(rulebook_source& src) : src_(src) {}

  std::vector<diagnostic> check() {
    if (src_.name.empty()) add("/name", "expected a non-empty rulebook name");
    if (src_.title_en.empty()) add("/title_en", "expected a non-empty English title");
    if (src_.title_zh.empty()) add("/title_zh", "expected a non-empty Chinese title");
    check_fallback();
    for (std::size_t i = 0; i < src_.rules.size(); ++i) check_rule(i);
    check_exceptions();
    return std::move(diags_);
  }

 private:
  void add(std::string path, std::string message) { diags_.push_back({{}, 0, 0, std::move(path), std::move(message)}); }

  void check_effect(const rule& r, const std::string& at) {
    if (auto c = parse_citation(r.cite); !c) add(at + "/cite", c.error().diagnostics.front().message);
    if (r.text_en.empty()) add(at + "/text_en", "expected a non-empty English reason text");
    if (r.text_zh.empty()) add(at + "/text_zh", "expected a non-empty Chinese reason text");
    const bool needs_bodies =
        r.verdict == verdict::report || r.verdict == verdict::approval || r.verdict == verdict::central_mandate;
    if (needs_bodies && r.bodies.empty()) {
      add(at + "/bodies", "expected at least one body: verdict '" + std::string(to_id(r.verdict)) +
                              "' names who approves, is reported to or mandates");
    }
    if (!needs_bodies && !r.bodies.empty()) {
      add(at + "/bodies", "expected no bodies: verdict '" + std::string(to_id(r.verdict)) +
                              "' needs nobody's approval; bodies go with report, approval and central_mandate");
    }
  }

  void check_fallback() {
    const rule& f = src_.fallback;
    check_effect(f, "/default");
    if (!f.classification) add("/default/classification", "expected the default's classification");
    if (!condition_is_empty(f.when))
      add("/default/when", "expected no condition: the default applies where no rule does");
    if (!f.exception_to.empty()) add("/default/exception_to", "expected none: the default is an exception to nothing");
  }

  void check_rule(std::size_t i) {
    const rule& r = src_.rules[i];
    const std::string at = "/rules/" + std::to_string(i);
    if (r.id.empty()) {
      add(at + "/id", "expected a non-empty rule id");
    } else if (r.id == "default") {
      add(at + "/id", "the id 'default' is reserved for the rulebook's default");
    } else if (auto [it, fresh] = index_.emplace(r.id, i); !fresh) {
      add(at + "/id", "duplicate rule id '" + r.id + "': already used by /rules/" + std::to_string(it->second));
    }
    check_effect(r, at);
    const condition& c = r.when;
    const std::string w = at + "/when";
    if (c.admitted_tiers().empty()) {
      add(w + (c.tier_at_most    ? "/tier_at_most"
               : c.tier_at_least ? "/tier_at_least"
                                 : "/tier"),
          "the tier conditions admit no tier: the rule could never apply");
    }
    if (c.kinds && c.kinds->empty())
      add(w + "/activity", "expected at least one activity kind: the rule could never apply");
    if (c.domains && c.domains->empty()) add(w + "/domain", "expected at least one domain: the rule could never apply");
    if (c.counterparts && c.counterparts->empty()) {
      add(w + "/counterpart", "expected at least one counterpart: the rule could never apply");
    }
    if (c.from && c.until && !(*c.from < *c.until)) {
      add(w + "/until", "expected a date after 'from' (" + c.from->to_string() + "): the rule could never apply");
    }
    for (std::size_t k = 0; k < c.cities.size(); ++k) {
      if (!is_valid_city_id(c.cities[k])) {
        add(w + "/cities/" + std::to_string(k),
            "expected a city id (lower-case ASCII letters, digits, underscores), found '" + c.cities[k] + "'");
      }
    }
  }

  void check_exceptions() {
    const std::size_t n = src_.rules.size();
    targets_.assign(n, {});
    for (std::size_t i = 0; i < n; ++i) {
      const rule& r = src_.rules[i];
      for (std::size_t k = 0; k < r.exception_to.size(); ++k) {
        const std::string& target = r.exception_to[k];
        const std::string at = "/rules/" + std::to_string(i) + "/exception_to/" + std::to_string(k);
        const auto it = index_.find(target);
        if (it == index_.end()) {
          add(at, "names no rule of this rulebook: '" + target + "'");
        } else if (it->second == i) {
          add(at, "a rule cannot be an exception to itself");
        } else {
          targets_[i].push_back(it->second);
        }
      }
    }
    // A cycle of exceptions has no lex specialis: report each cycle once.
    std::vector<int> state(n, 0);  // 0 unvisited, 1 on stack, 2 done
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < n; ++i) find_cycles(i, state, stack);
  }

  void find_cycles(std::size_t i, std::vector<int>& state, std::vector<std::size_t>& stack) {
    if (state[i] == 2) return;
    if (state[i] == 1) {
      const auto start = std::find(stack.begin(), stack.end(), i);
      std::string names;
      for (auto it = start; it != stack.end(); ++it) names += "'" + src_.rules[*it].id + "' -> ";
      names += "'" + src_.rules[i].id + "'";
      add("/rules/" + std::to_string(i) + "/exception_to", "cycle of exceptions: " + names);
      return;
    }
    state[i] = 1;
    stack.push_back(i);
    for (std::size_t t : targets_[i]) find_cycles(t, state, stack);
    stack.pop_back();
    state[i] = 2;
  }

  rulebook_source& src_;
  std::vector<diagnostic> diags_;
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::vector<std::size_t>> targets_;
};

compiled_rule compile_condition(const condition& c) {
  compiled_rule out;
  out.kinds = c.kinds ? c.kinds->mask() : activity_kind_set::all().mask();
  out.domains = c.domains ? c.domains->mask() : (issue_domain_set::all().mask() | detail::unspecified_domain_bit);
  out.counterparts =
      c.counterparts ? c.counterparts->mask() : (counterpart_set::all().mask() | detail::unspecified_counterpart_bit);
  out.tiers = static_cast<std::uint8_t>(c.admitted_tiers().mask());
  const auto flag = [&](const std::optional<bool>& f, std::uint8_t bit) {
    if (f) {
      out.flag_care |= bit;
      if (*f) out.flag_value |= bit;
    }
  };
  flag(c.touches_internal_affairs, detail::flag_touches_internal_affairs);
  flag(c.has_central_mandate, detail::flag_has_central_mandate);
  flag(c.uses_regional_name, detail::flag_uses_regional_name);
  flag(c.legally_binding, detail::flag_legally_binding);
  if (c.from) out.from_day = c.from->days_since_epoch();
  if (c.until) out.until_day = c.until->days_since_epoch();
  return out;
}

}  // namespace

result<rulebook> rulebook::compile(rulebook_source source, const compile_options& options) {
  if (auto diags = compiler(source).check(); !diags.empty()) return error{std::move(diags)};

  auto impl = std::make_unique<rulebook_impl>();
  impl->source = std::move(source);
  impl->source.fallback.id = "default";
  const auto& rules = impl->source.rules;
  const std::size_t n = rules.size();

  for (const rule& r : rules) {
    for (const auto& id : r.when.cities) impl->named_cities.push_back(id);
  }
  std::sort(impl->named_cities.begin(), impl->named_cities.end());
  impl->named_cities.erase(std::unique(impl->named_cities.begin(), impl->named_cities.end()), impl->named_cities.end());
  for (const auto& id : impl->named_cities) impl->city_keys.push_back(rulebook_impl::city_key::of(id));

  std::unordered_map<std::string_view, std::uint32_t> index;
  for (std::size_t i = 0; i < n; ++i) index.emplace(rules[i].id, static_cast<std::uint32_t>(i));
  std::vector<std::vector<std::uint32_t>> overridden_by(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& target : rules[i].exception_to)
      overridden_by[index.at(target)].push_back(static_cast<std::uint32_t>(i));
  }

  impl->compiled.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    compiled_rule c = compile_condition(rules[i].when);
    c.cities_offset = static_cast<std::uint32_t>(impl->city_refs.size());
    for (const auto& id : rules[i].when.cities) {
      impl->city_refs.push_back(static_cast<std::uint32_t>(impl->city_index(id)));
    }
    c.cities_count = static_cast<std::uint32_t>(rules[i].when.cities.size());
    std::sort(overridden_by[i].begin(), overridden_by[i].end());
    c.overridden_by_offset = static_cast<std::uint32_t>(impl->overridden_by.size());
    c.overridden_by_count = static_cast<std::uint32_t>(overridden_by[i].size());
    impl->overridden_by.insert(impl->overridden_by.end(), overridden_by[i].begin(), overridden_by[i].end());
    impl->compiled.push_back(c);
  }

  constexpr std::size_t kinds = enum_count<activity_kind>();
  impl->kind_offsets.reserve(kinds + 1);
  for (std::size_t k = 0; k < kinds; ++k) {
    impl->kind_offsets.push_back(static_cast<std::uint32_t>(impl->by_kind.size()));
    const std::uint32_t bit = 1u << k;
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (impl->compiled[i].kinds & bit) {
        impl->by_kind.push_back(static_cast<std::uint32_t>(i));
        ++count;
      }
    }
    impl->max_applying = std::max(impl->max_applying, count);
  }
  impl->kind_offsets.push_back(static_cast<std::uint32_t>(impl->by_kind.size()));
  detail::build_tables(*impl, options.max_table_cells);
  return rulebook(impl.release());
}

namespace {
void retain(const rulebook_impl* impl) noexcept {
  if (impl != nullptr) impl->references.fetch_add(1, std::memory_order_relaxed);
}
void release(const rulebook_impl* impl) noexcept {
  // acq_rel: the last owner sees every other owner's reads finished before it frees.
  if (impl != nullptr && impl->references.fetch_sub(1, std::memory_order_acq_rel) == 1) delete impl;
}
}  // namespace

rulebook::rulebook(const rulebook& other) noexcept : impl_(other.impl_) { retain(impl_); }
rulebook& rulebook::operator=(const rulebook& other) noexcept {
  if (this == &other) return *this;
  retain(other.impl_);  // before releasing ours
  release(std::exchange(impl_, other.impl_));
  return *this;
}
rulebook& rulebook::operator=(rulebook&& other) noexcept {
  if (this != &other) release(std::exchange(impl_, std::exchange(other.impl_, nullptr)));
  return *this;
}
rulebook::~rulebook() { release(impl_); }

std::string_view rulebook::name() const noexcept { return impl_->source.name; }
std::string_view rulebook::title(language lang) const noexcept {
  return lang == language::zh ? impl_->source.title_zh : impl_->source.title_en;
}
const rulebook_source& rulebook::source() const noexcept { return impl_->source; }
std::span<const rule> rulebook::rules() const noexcept { return impl_->source.rules; }
const rule& rulebook::fallback() const noexcept { return impl_->source.fallback; }
const rule* rulebook::find(std::string_view id) const noexcept {
  if (id == "default") return &impl_->source.fallback;
  for (const rule& r : impl_->source.rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}
std::span<const std::string> rulebook::named_cities() const noexcept { return impl_->named_cities; }
std::size_t rulebook::max_applying() const noexcept { return impl_->max_applying; }
bool rulebook::is_tabled(activity_kind k) const noexcept { return impl_->tables[static_cast<std::size_t>(k)].tabled; }
std::size_t rulebook::table_cells() const noexcept { return impl_->cells.size(); }

CITYDIP_END_NAMESPACE
