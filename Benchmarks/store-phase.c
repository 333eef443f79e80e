/* Times a process from the moment it first opens a file whose path contains $STORE_PHASE_FILE
 * to its exit, in wall and CPU seconds (all threads), written to $STORE_PHASE_OUT. Loaded with
 * LD_PRELOAD into `utdelning import osm`, it times the store phase alone: the extract is read
 * before the database is opened. Only the open calls are wrapped; nothing else changes.
 *   gcc -O2 -shared -fPIC store-phase.c -o store-phase.so -ldl */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static int started;
static struct timespec wall0;
static double cpu0;

static double cpu_seconds(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

static void mark(const char *path) {
    const char *marker = getenv("STORE_PHASE_FILE");
    if (started || !marker || !path || !strstr(path, marker)) return;
    started = 1;
    clock_gettime(CLOCK_MONOTONIC, &wall0);
    cpu0 = cpu_seconds();
}

__attribute__((destructor)) static void report(void) {
    const char *out = getenv("STORE_PHASE_OUT");
    if (!started || !out) return;
    struct timespec wall1;
    clock_gettime(CLOCK_MONOTONIC, &wall1);
    FILE *f = fopen(out, "w");
    if (!f) return;
    fprintf(f, "%.4f %.4f\n", (wall1.tv_sec - wall0.tv_sec) + (wall1.tv_nsec - wall0.tv_nsec) / 1e9, cpu_seconds() - cpu0);
    fclose(f);
}

/* The mode argument exists only when a file may be created. */
#define MODE(flags, mode)                                   \
    mode_t mode = 0;                                        \
    if ((flags) & (O_CREAT | O_TMPFILE)) {                  \
        va_list args;                                       \
        va_start(args, flags);                              \
        mode = va_arg(args, mode_t);                        \
        va_end(args);                                       \
    }

int open(const char *path, int flags, ...) {
    MODE(flags, mode)
    mark(path);
    int (*real)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    return real(path, flags, mode);
}

int open64(const char *path, int flags, ...) {
    MODE(flags, mode)
    mark(path);
    int (*real)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open64");
    return real(path, flags, mode);
}

int openat(int dir, const char *path, int flags, ...) {
    MODE(flags, mode)
    mark(path);
    int (*real)(int, const char *, int, ...) = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat");
    return real(dir, path, flags, mode);
}

int openat64(int dir, const char *path, int flags, ...) {
    MODE(flags, mode)
    mark(path);
    int (*real)(int, const char *, int, ...) = (int (*)(int, const char *, int, ...))dlsym(RTLD_NEXT, "openat64");
    return real(dir, path, flags, mode);
}
