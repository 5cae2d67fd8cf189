/**
 * @file io.hpp
 * @brief The io layer: JSON in and out.
 */
#ifndef CITYDIP_IO_HPP
#define CITYDIP_IO_HPP

#include <citydip/io/rulebook_json.hpp>

#endif
