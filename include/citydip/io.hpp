/**
 * @file io.hpp
 * @brief The io layer: JSON in and out for rulebooks, cities, activities,
 *        decisions and streamed batches, and the built-in rulebooks.
 */
#ifndef CITYDIP_IO_HPP
#define CITYDIP_IO_HPP

#include <citydip/io/activity_json.hpp>
#include <citydip/io/analysis_json.hpp>
#include <citydip/io/batch.hpp>
#include <citydip/io/builtin.hpp>
#include <citydip/io/city_json.hpp>
#include <citydip/io/decision_json.hpp>
#include <citydip/io/json_format.hpp>
#include <citydip/io/rulebook_json.hpp>
#include <citydip/io/test_json.hpp>
#include <citydip/io/what_if_json.hpp>

#endif
