// GEOS's C API; the reentrant (_r) functions are used throughout, one context per handle.
#define GEOS_USE_ONLY_R_API
#include <geos_c.h>
