#include <citydip/model/date.hpp>
#include <citydip/io/builtin.hpp>
