/**
 * @file explain.hpp
 * @brief A decision as readable text, in English or Chinese.
 */
#ifndef CITYDIP_DECIDE_EXPLAIN_HPP
#define CITYDIP_DECIDE_EXPLAIN_HPP

#include <citydip/config.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/model/vocabulary.hpp>

#include <string>

CITYDIP_BEGIN_NAMESPACE

/**
 * @brief How `write_explanation` writes.
 */
struct explain_options {
  language lang = language::en;  ///< The language of the labels and reason texts.
};

/**
 * @brief Appends to @p out @p d as a few lines of text in `options.lang`: the verdict and the
 *        bodies it names, the outcome and what is missing, the classification
 *        and tier, then every reason (deciding ones marked `*`) with its rule
 *        id, citation and text.
 *
 * @par Example output
 * @code{.txt}
 * verdict:   approval (Needs the named bodies' approval first)
 * bodies:    provincial_fao, mfa
 * outcome:   pending; missing: mfa
 * kind:      city_diplomacy, tier sub_provincial_city on 2016-01-01
 * reasons:
 *   * sq-overseas-office [Z-3.3-1; …]
 *     An overseas office needs the approval of the provincial-level FAO and the MFA.
 * @endcode
 */
CITYDIP_API void write_explanation(std::string& out, const decision& d, const explain_options& options = {});

CITYDIP_END_NAMESPACE

#endif
