#include <citydip/io/builtin.hpp>

#include <citydip/io/rulebook_json.hpp>

#include "builtin_texts.hpp"

#include <string>
#include <vector>

CITYDIP_BEGIN_NAMESPACE
namespace {

// Every built-in rulebook, loaded through the public loader and compiled once,
// on first use (a function-local static: thread-safe).
const std::vector<rulebook>& compiled_builtins() {
  static const std::vector<rulebook> books = [] {
    std::vector<rulebook> out;
    for (const auto& info : detail::builtin_rulebook_texts) {
      const std::string file = "<builtin:" + std::string(info.name) + ">";
      auto loaded = load_rulebook(info.json, {.file = file});
      // The library's own data is broken: the test suite makes this
      // unreachable, but a partial rulebook must never be handed out.
      if (!loaded) throw exception(loaded.error());
      out.push_back(std::move(*loaded));
    }
    return out;
  }();
  return books;
}

}  // namespace

std::span<const builtin_rulebook_info> builtin_rulebooks() noexcept { return detail::builtin_rulebook_texts; }

std::optional<rulebook> builtin_rulebook(std::string_view name) {
  const auto all = builtin_rulebooks();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].name == name) return compiled_builtins()[i];
  }
  return std::nullopt;
}

CITYDIP_END_NAMESPACE
