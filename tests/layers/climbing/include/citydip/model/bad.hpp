#include <citydip/io/builtin.hpp>
#include <citydip/model/date.hpp>
