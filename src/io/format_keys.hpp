// Private: the keys of the objects of citydip's JSON formats, declared once.
// The readers refuse any other key with these lists, the writers write these
// keys, and json_formats() (json_format.cpp) publishes them, for the docs test
// and for tools. The city's institutional parts take theirs from their
// Boost.Describe declarations (fields.hpp).
#ifndef CITYDIP_SRC_IO_FORMAT_KEYS_HPP
#define CITYDIP_SRC_IO_FORMAT_KEYS_HPP

#include <citydip/config.hpp>

#include <array>
#include <string_view>

CITYDIP_BEGIN_NAMESPACE
namespace detail::keys {

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

inline constexpr std::array<std::string_view, 10> city{"id",           "name_zh",  "name_en",   "province",
                                                       "designations", "spirit",   "structure", "mechanisms",
                                                       "guarantees",   "programme"};
inline constexpr std::array<std::string_view, 4> designation{"designation", "since", "until", "source"};

inline constexpr std::array<std::string_view, 14> decision{
    "id",      "city",    "rulebook",        "date",       "tier",       "classification", "verdict", "bodies",
    "outcome", "missing", "mandate_missing", "by_default", "decided_by", "reasons"};
inline constexpr std::array<std::string_view, 4> reason{"rule", "cite", "deciding", "text"};

inline constexpr std::array<std::string_view, 7> rulebook{"citydip_rulebook", "name", "title_en", "title_zh", "as_of",
                                                          "default",          "rules"};
inline constexpr std::array<std::string_view, 6> fallback{"verdict", "bodies",  "classification",
                                                          "cite",    "text_en", "text_zh"};
inline constexpr std::array<std::string_view, 9> rule{"id",           "when", "verdict", "bodies", "classification",
                                                      "exception_to", "cite", "text_en", "text_zh"};
inline constexpr std::array<std::string_view, 13> condition{"tier",
                                                            "tier_at_least",
                                                            "tier_at_most",
                                                            "activity",
                                                            "domain",
                                                            "counterpart",
                                                            "touches_internal_affairs",
                                                            "has_central_mandate",
                                                            "uses_regional_name",
                                                            "legally_binding",
                                                            "from",
                                                            "until",
                                                            "cities"};

}  // namespace detail::keys
CITYDIP_END_NAMESPACE

#endif
