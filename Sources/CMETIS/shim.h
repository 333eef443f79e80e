// METIS 5.1 (Debian's libmetis-dev: 32-bit idx_t, 32-bit real_t); multilevel k-way graph partitioning.
#include <metis.h>
