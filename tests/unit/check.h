/* tests/unit/check.h — the assertion every unit test shares.
 *
 *   CHECK(cond);                      FAIL file:line: cond
 *   CHECK(cond, "got %d", x);         FAIL file:line: cond: got 3
 *   return check_done("test_lexer");  exit status 1 after any failure
 *
 * A failed CHECK is counted and reported on stderr, and the test goes on,
 * so one run shows every failure.  A test whose check does not fit CHECK
 * reports in its own words and counts in `failures` itself. */
#ifndef GILKIT_TESTS_UNIT_CHECK_H
#define GILKIT_TESTS_UNIT_CHECK_H

#include <stdarg.h>
#include <stdio.h>

static int failures;

static inline void check_begin(const char *file, int line, const char *cond)
{
    failures++;
    fprintf(stderr, "FAIL %s:%d: %s", file, line, cond);
}

/* fmt is " " followed by the caller's message, if any: never an empty
 * format, so the compiler checks the caller's arguments against it. */
__attribute__((format(printf, 1, 2))) static inline void check_detail(const char *fmt, ...)
{
    if (fmt[1] != '\0') {
        va_list ap;
        va_start(ap, fmt);
        fputc(':', stderr);
        vfprintf(stderr, fmt, ap);
        va_end(ap);
    }
    fputc('\n', stderr);
}

#define CHECK(cond, ...)                                        \
    do {                                                        \
        if (!(cond)) {                                          \
            check_begin(__FILE__, __LINE__, #cond);             \
            check_detail(" " __VA_ARGS__);                      \
        }                                                       \
    } while (0)

/* The test's exit status, after a summary line naming the test. */
static inline int check_done(const char *test)
{
    if (failures) {
        fprintf(stderr, "%s: %d check(s) failed\n", test, failures);
        return 1;
    }
    printf("%s: all checks passed\n", test);
    return 0;
}

#endif
