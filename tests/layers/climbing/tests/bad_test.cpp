#include <citydip/citydip.hpp>
#include "io/json_support.hpp"
