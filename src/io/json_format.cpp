#include <citydip/io/json_format.hpp>

#include "io/fields.hpp"
#include "io/format_keys.hpp"
#include "io/json_writer.hpp"

CITYDIP_BEGIN_NAMESPACE
namespace {

namespace keys = detail::keys;

// The institutional parts' keys, from their Boost.Describe declarations.
constexpr auto spirit_keys = detail::field_keys<city_spirit>();
constexpr auto structure_keys = detail::field_keys<foreign_affairs_structure>();
constexpr auto mechanisms_keys = detail::field_keys<operating_mechanisms>();
constexpr auto office_keys = detail::field_keys<overseas_office>();
constexpr auto guarantees_keys = detail::field_keys<guarantees>();
constexpr auto programme_keys = detail::field_keys<programme>();

const json_object_format formats[] = {
    {"activity", "", keys::activity},
    {"city", "", keys::city},
    {"city", "designations[]", keys::designation},
    {"city", "spirit", spirit_keys},
    {"city", "structure", structure_keys},
    {"city", "mechanisms", mechanisms_keys},
    {"city", "mechanisms.overseas_offices[]", office_keys},
    {"city", "guarantees", guarantees_keys},
    {"city", "programme", programme_keys},
    {"decision", "", keys::decision},
    {"decision", "reasons[]", keys::reason},
    {"decision", "remedy", keys::remedy},
    {"decision", "remedy.changes[]", keys::change},
    {"rulebook", "", keys::rulebook},
    {"rulebook", "default", keys::fallback},
    {"rulebook", "rules[]", keys::rule},
    {"rulebook", "rules[].when", keys::condition},
    {"rulebook", "add[]", keys::rule},
    {"tests", "", keys::tests},
    {"tests", "cases[]", keys::test_case},
    {"tests", "cases[].expect", keys::expect},
    {"tests", "properties[]", keys::property},
    {"rulebook", "replace[]", keys::rule},
    {"whatif", "", keys::what_if},
    {"whatif", "remedies[]", keys::remedy},
    {"whatif", "remedies[].changes[]", keys::change},
    {"whatif", "prohibition", keys::prohibition},
    {"whatif", "prohibition.lifted_by[]", keys::remedy},
    {"ladder", "", keys::ladder},
    {"ladder", "rungs[]", keys::rung},
};

}  // namespace

std::span<const json_object_format> json_formats() noexcept { return formats; }

void write_json_string(std::string& out, std::string_view text) { detail::json_writer::quote(out, text); }

CITYDIP_END_NAMESPACE
