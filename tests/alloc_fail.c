/* alloc_fail.c - an LD_PRELOAD library that makes one allocation fail, for the tests that check
 * every allocation failure of a program is handled (tests/test_convert_oom.c).
 *
 *   ALLOC_FAIL_AT=N     the Nth call (from 1) to malloc, calloc, realloc or strdup returns NULL
 *                       with errno ENOMEM; the others succeed. Unset or 0: none fails.
 *   ALLOC_FAIL_COUNT=F  at exit, write to file F how many calls there were.
 *
 * Counting starts when this library's constructor runs, after the C library has set itself up
 * and before main. The real allocator is reached through glibc's __libc_* names, which (unlike
 * dlsym) need no allocation themselves. Linux/glibc only; the tests skip it elsewhere. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);

static unsigned long g_calls, g_fail_at;
static int g_active;

__attribute__((constructor)) static void alloc_fail_start(void) {
    const char *at = getenv("ALLOC_FAIL_AT");
    g_fail_at = at ? strtoul(at, NULL, 10) : 0;
    g_active = 1;
}

__attribute__((destructor)) static void alloc_fail_report(void) {
    const char *path = getenv("ALLOC_FAIL_COUNT");
    unsigned long calls = g_calls;
    g_active = 0;
    if (path) {
        FILE *f = fopen(path, "w");
        if (f) { fprintf(f, "%lu\n", calls); fclose(f); }
    }
}

/* Whether this call is the one that fails. */
static int alloc_fail_now(void) {
    if (!g_active) return 0;
    return ++g_calls == g_fail_at;
}

void *malloc(size_t n) {
    if (alloc_fail_now()) { errno = ENOMEM; return NULL; }
    return __libc_malloc(n);
}

void *calloc(size_t n, size_t size) {
    if (alloc_fail_now()) { errno = ENOMEM; return NULL; }
    return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n) {
    if (alloc_fail_now()) { errno = ENOMEM; return NULL; }
    return __libc_realloc(p, n);
}

char *strdup(const char *s) {
    size_t n = strlen(s) + 1;
    char *p = (char *)malloc(n);
    if (p) memcpy(p, s, n);
    return p;
}
