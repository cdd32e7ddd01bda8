/* tests/fuzz/expand.h — a small input that says how to grow into a big one.
 *
 * libFuzzer's inputs stay short (-max_len), but bugs that need a program of
 * megabytes, or nesting tens of thousands deep, are found only at those
 * sizes.  Before compiling, both targets expand two directives, so the
 * fuzzer mutates a count rather than the bytes it would take:
 *
 *   @{N*TEXT}@                  TEXT, N times
 *   @{N^OPEN@|MID@|CLOSE}@      OPEN N times, MID, then CLOSE N times
 *
 * N is 1 to 7 decimal digits.  Fragments are literal (directives do not
 * nest) and cannot contain "@|" or "}@".  A directive whose count would
 * take the output past EXPAND_MAX bytes gets the largest count that fits;
 * anything that is not a well-formed directive is copied as it is.
 */
#ifndef GILKIT_FUZZ_EXPAND_H
#define GILKIT_FUZZ_EXPAND_H

#include <stddef.h>
#include <stdint.h>

#define EXPAND_MAX ((size_t)1 << 20)

/* The expansion of data[0..size) in a new malloc'd buffer of exactly
 * *outlen bytes (not NUL-terminated), or NULL when out of memory. */
char *fuzz_expand(const uint8_t *data, size_t size, size_t *outlen);

#endif
