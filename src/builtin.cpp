#include <citydip/rules/builtin.hpp>

#include <citydip/io/rulebook_json.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace citydip {
namespace detail {
extern const std::array<builtin_rulebook_info, 2> builtin_rulebook_texts;
}

std::span<const builtin_rulebook_info> builtin_rulebooks() noexcept { return detail::builtin_rulebook_texts; }

std::optional<rulebook> builtin_rulebook(std::string_view name) {
  const auto all = builtin_rulebooks();
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].name != name) continue;
    // Each built-in rulebook is loaded and compiled once, on first use.
    static std::array<std::once_flag, 2> once;
    static std::array<std::optional<rulebook>, 2> books;
    std::call_once(once[i], [&] {
      auto loaded = load_rulebook(all[i].json, std::string("<builtin:") + std::string(name) + ">");
      if (!loaded) {
        // The library's own data is broken: the test suite makes this
        // unreachable in a released build, so fail loudly rather than decide
        // with a partial rulebook.
        std::fprintf(stderr, "citydip: built-in rulebook is invalid:\n%s\n", loaded.error().to_string().c_str());
        std::abort();
      }
      books[i] = std::move(*loaded);
    });
    return books[i];
  }
  return std::nullopt;
}

}  // namespace citydip
