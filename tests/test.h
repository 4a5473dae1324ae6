/* test.h - the tiny harness every tests/test_*.c uses.
 *
 * Each check prints one line, "PASS name" or "FAIL name: why"; tests/run.sh counts them over
 * all test programs and prints the summary "N passed, M failed". Tests run from the project
 * root (make test does that), so fixture paths are relative to it: tests/fixtures/...
 */
#ifndef BERT_TEST_H
#define BERT_TEST_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int test_passed, test_failed;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static inline void test_result(int ok, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fputs(ok ? "PASS " : "FAIL ", stdout);
    vprintf(fmt, ap);
    fputc('\n', stdout);
    va_end(ap);
    if (ok) test_passed++;
    else test_failed++;
    fflush(stdout);
}

/* CHECK(cond, "name") / CHECKF(cond, "name: detail %d", x) */
#define CHECK(cond, name) test_result((cond) != 0, "%s", name)
#define CHECKF(cond, ...) test_result((cond) != 0, __VA_ARGS__)

/* Ends main(): the exit status says whether anything failed. */
static inline int test_done(void) { return test_failed ? 1 : 0; }

#endif
