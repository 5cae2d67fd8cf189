#include "decide/private.hpp"
#include "rules/rulebook_impl.hpp"
