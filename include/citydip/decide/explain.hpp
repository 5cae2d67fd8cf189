/**
 * @file explain.hpp
 * @brief A decision as readable text, in English or Chinese.
 */
#ifndef CITYDIP_DECIDE_EXPLAIN_HPP
#define CITYDIP_DECIDE_EXPLAIN_HPP

#include <citydip/config.hpp>
#include <citydip/decide/decision.hpp>
#include <citydip/decide/what_if.hpp>
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

/**
 * @brief Appends to @p out one remedy as a sentence in `options.lang`: its
 *        changes, then what the activity would then need, with the deciding
 *        rules and their citations. No line break is written.
 *
 * @par Example output
 * @code{.txt}
 * as a sub_provincial_city, it would need only to report to mfa_special_commissioner (rf-overseas-office-upper: Z-4.4)
 * @endcode
 */
CITYDIP_API void write_explanation(std::string& out, const remedy& r, const explain_options& options = {});

/**
 * @brief Appends to @p out a what-if answer: for a prohibited activity its
 *        red lines and the changes of the proposal that lift them, then the
 *        remedies, numbered, one per line (or why there is none).
 */
CITYDIP_API void write_explanation(std::string& out, const what_it_takes& t, const explain_options& options = {});

CITYDIP_END_NAMESPACE

#endif
