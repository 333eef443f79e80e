// METIS draws its random numbers from the C library's rand(), whose one state is shared by
// the whole process: two partitions at once on two threads would draw from each other's
// sequence. These rand() and srand() take the place of the C library's (an executable's
// own definitions come first when libmetis looks the names up) and give each thread its own
// state, drawn exactly as glibc draws it (its TYPE_3 additive feedback generator, degree 31,
// separation 3), so a partition gets the numbers it got one at a time, whatever runs beside it.
#include <dlfcn.h>
#include <stdint.h>
#include <stdlib.h>

#include "ThreadRandom.h"

enum { degree = 31, separation = 3 };

static _Thread_local int32_t state[degree];
static _Thread_local int front, rear, seeded;

static int32_t next(void) {
    uint32_t value = (uint32_t)state[front] + (uint32_t)state[rear];
    state[front] = (int32_t)value;
    front = front + 1 == degree ? 0 : front + 1;
    rear = rear + 1 == degree ? 0 : rear + 1;
    return (int32_t)(value >> 1);
}

void srand(unsigned int seed) {
    if (seed == 0) seed = 1;
    state[0] = (int32_t)seed;
    // An int32_t, as in glibc's srandom_r: a seed of 2³¹ or more starts negative.
    int32_t word = (int32_t)seed;
    for (int i = 1; i < degree; i++) {
        // (16807 × word) mod (2³¹ − 1) without overflow, as glibc's srandom_r.
        long high = word / 127773, low = word % 127773;
        word = (int32_t)(16807 * low - 2836 * high);
        if (word < 0) word += 2147483647;
        state[i] = (int32_t)word;
    }
    front = separation;
    rear = 0;
    seeded = 1;
    for (int i = 0; i < 10 * degree; i++) (void)next();
}

int rand(void) {
    // A thread that never seeded draws as glibc does before any srand: as after srand(1).
    if (!seeded) srand(1);
    return next();
}

int utdelning_rand_is_per_thread(void) {
    return dlsym(RTLD_DEFAULT, "rand") == (void *)rand;
}
