/**
 * @file analysis_json.hpp
 * @brief Audits and rulebook diffs in JSON.
 */
#ifndef CITYDIP_IO_ANALYSIS_JSON_HPP
#define CITYDIP_IO_ANALYSIS_JSON_HPP

#include <citydip/config.hpp>
#include <citydip/decide/analysis.hpp>
#include <citydip/decide/audit.hpp>
#include <citydip/model/city.hpp>
#include <citydip/model/vocabulary.hpp>

#include <string>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief How `write_audit` writes.
 */
struct audit_write_options {
  language lang = language::en;  ///< The language of the finding texts.
};

/**
 * @brief Appends @p r as one compact JSON object:
 * `{"city": id, "findings": [{"id", "pillar", "cite", "severity", "status",
 * "text", "detail"}], "profile": [{"pillar", "cite", "met", "unmet",
 * "unknown"}], "standing": {"rulebook", "date", "tier", "kinds_by_verdict":
 * {verdict: count}} or null, "readiness": number or null}`, texts in
 * `options.lang`.
 */
CITYDIP_API void write_audit(std::string& out, const audit_report& r, const audit_write_options& options = {});

/**
 * @brief Appends @p e as one compact JSON object: `{"tier", "city" (or null),
 * "activity": {"activity", "domain", "counterpart", the four flags, "date"},
 * "a": {"verdict", "bodies"}, "b": {"verdict", "bodies"}}`.
 */
CITYDIP_API void write_diff_entry(std::string& out, const diff_entry& e);

CITYDIP_END_NAMESPACE

#endif
