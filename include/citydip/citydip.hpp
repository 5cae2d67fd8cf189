/**
 * @file citydip.hpp
 * @brief Everything in citydip.
 */
#ifndef CITYDIP_CITYDIP_HPP
#define CITYDIP_CITYDIP_HPP

#include <citydip/config.hpp>
#include <citydip/decide.hpp>
#include <citydip/error.hpp>
#include <citydip/io.hpp>
#include <citydip/model.hpp>
#include <citydip/rules.hpp>
#include <citydip/version.hpp>

#endif
