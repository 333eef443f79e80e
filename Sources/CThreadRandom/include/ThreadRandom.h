#ifndef THREAD_RANDOM_H
#define THREAD_RANDOM_H

/// 1 when the C library's rand() and srand() of this process are this module's, one state
/// per thread (they are when it is linked into the executable); 0 when the shared one is in use.
int utdelning_rand_is_per_thread(void);

#endif
