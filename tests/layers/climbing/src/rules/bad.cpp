#include "rules/rulebook_impl.hpp"
#include "decide/private.hpp"
