#include <citydip/rules/rulebook_overlay.hpp>

#include "base/near_miss.hpp"

#include <string_view>
#include <unordered_map>
#include <utility>

CITYDIP_BEGIN_NAMESPACE
namespace {

class overlay_applier {
 public:
  overlay_applier(const rulebook_source& base, const rulebook_overlay& o) : base_(base), o_(o) {
    for (std::size_t i = 0; i < base.rules.size(); ++i) {
      index_.emplace(base.rules[i].id, i);
      ids_.push_back(base.rules[i].id);
    }
  }

  result<rulebook_source> apply() {
    // What happens to each of the base's rules: kept, replaced by
    // o_.replace[k] (k + 1), or removed (npos).
    std::vector<std::size_t> fate(base_.rules.size(), 0);
    std::unordered_map<std::string_view, std::string> changed;  // id -> the path that changed it first
    const auto claim = [&](std::string_view id, const std::string& at) {
      if (auto [it, fresh] = changed.emplace(id, at); !fresh) {
        add(at, "rule '" + std::string(id) + "' is already changed at " + it->second + ": change a rule once");
        return false;
      }
      return true;
    };
    for (std::size_t k = 0; k < o_.replace.size(); ++k) {
      const std::string at = "/replace/" + std::to_string(k) + "/id";
      const std::string& id = o_.replace[k].id;
      if (const auto i = base_index(id, at, "replace"); i && claim(id, at)) fate[*i] = k + 1;
    }
    for (std::size_t k = 0; k < o_.remove.size(); ++k) {
      const std::string at = "/remove/" + std::to_string(k);
      const std::string& id = o_.remove[k];
      if (const auto i = base_index(id, at, "remove"); i && claim(id, at)) fate[*i] = removed;
    }
    for (std::size_t k = 0; k < o_.add.size(); ++k) {
      const std::string& id = o_.add[k].id;
      if (index_.contains(id)) {
        add("/add/" + std::to_string(k) + "/id", "rule '" + id + "' is already in the base '" + base_.name +
                                                     "': list it under replace to change it, or give it a new id");
      }
    }
    rulebook_source out;
    out.name = o_.name;
    out.title_en = o_.title_en.empty() ? base_.title_en : o_.title_en;
    out.title_zh = o_.title_zh.empty() ? base_.title_zh : o_.title_zh;
    out.as_of = o_.as_of ? o_.as_of : base_.as_of;
    out.fallback = o_.fallback ? *o_.fallback : inherited(base_.fallback);
    out.fallback.id = "default";
    out.rules.reserve(base_.rules.size() + o_.add.size());
    for (std::size_t i = 0; i < base_.rules.size(); ++i) {
      if (fate[i] == 0) {
        out.rules.push_back(inherited(base_.rules[i]));
      } else if (fate[i] != removed) {
        out.rules.push_back(o_.replace[fate[i] - 1]);
        out.rules.back().layer.clear();
      }
    }
    for (const rule& r : o_.add) {
      out.rules.push_back(r);
      out.rules.back().layer.clear();
    }
    check_removed_exceptions(out);
    if (!problems_.empty()) return error{std::move(problems_)};
    return out;
  }

 private:
  static constexpr std::size_t removed = static_cast<std::size_t>(-1);

  void add(std::string path, std::string message) {
    problems_.push_back({{}, 0, 0, std::move(path), std::move(message)});
  }

  rule inherited(const rule& r) const {
    rule out = r;
    if (out.layer.empty()) out.layer = base_.name;
    return out;
  }

  std::optional<std::size_t> base_index(const std::string& id, const std::string& at, std::string_view what) {
    if (auto it = index_.find(id); it != index_.end()) return it->second;
    std::string msg =
        "cannot " + std::string(what) + " rule '" + id + "': the base '" + base_.name + "' has no such rule";
    if (auto hint = detail::near_miss(id, ids_)) {
      msg += "; did you mean '";
      msg += *hint;
      msg += "'?";
    }
    add(at, std::move(msg));
    return std::nullopt;
  }

  // A rule that stays may not be an exception to a rule the overlay removes.
  void check_removed_exceptions(const rulebook_source& out) {
    for (std::size_t k = 0; k < o_.remove.size(); ++k) {
      for (const rule& r : out.rules) {
        for (const auto& target : r.exception_to) {
          if (target != o_.remove[k]) continue;
          add("/remove/" + std::to_string(k), "rule '" + target + "' is named in exception_to of '" + r.id +
                                                  "', which stays: replace or remove '" + r.id + "' too");
        }
      }
    }
  }

  const rulebook_source& base_;
  const rulebook_overlay& o_;
  std::unordered_map<std::string_view, std::size_t> index_;
  std::vector<std::string_view> ids_;
  std::vector<diagnostic> problems_;
};

}  // namespace

result<rulebook_source> apply_overlay(const rulebook_source& base, const rulebook_overlay& overlay) {
  return overlay_applier(base, overlay).apply();
}

CITYDIP_END_NAMESPACE
