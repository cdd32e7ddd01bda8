/* tests/unit/test_fuzz_expand.c — the fuzz inputs' size directives
 * (tests/fuzz/expand.h): repeat, nest, the size cap, and malformed
 * directives copied as they are.
 *
 * With a file argument it is the expander itself: it writes the file's
 * expansion to stdout, so tests/sh/fuzz_regress.sh can run a reproducer
 * written as directives through bin/gilvm. */
#include "tests/fuzz/expand.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/unit/check.h"

static char *expand(const char *in, size_t *n)
{
    char *out = fuzz_expand((const uint8_t *)in, strlen(in), n);
    CHECK(out != NULL);
    return out;
}

/* Expands `in` and compares with `want`. */
static void same(const char *in, const char *want)
{
    size_t n;
    char *out = expand(in, &n);
    if (!out) return;
    CHECK(n == strlen(want) && memcmp(out, want, n) == 0, "%s -> %.*s, want %s", in, (int)n, out, want);
    free(out);
}

static int expand_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return 2; }
    static uint8_t in[1 << 20];
    size_t k = fread(in, 1, sizeof in, f);
    fclose(f);
    size_t n;
    char *out = fuzz_expand(in, k, &n);
    if (!out) { fprintf(stderr, "out of memory\n"); return 2; }
    fwrite(out, 1, n, stdout);
    free(out);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2) return expand_file(argv[1]);
    same("x = 1\n", "x = 1\n");
    same("", "");
    same("@{3*ab}@", "ababab");
    same("a@{0*zz}@b", "ab");
    same("t = @{3^(@|int@|,)}@\n", "t = (((int,),),)\n");
    same("@{2*{1: 2}}@", "{1: 2}{1: 2}");
    same("@{1*a}@@{2*b}@", "abb");
    /* not directives: copied */
    same("@{x*a}@", "@{x*a}@");
    same("@{3*a", "@{3*a");
    same("@{12345678*a}@", "@{12345678*a}@");
    same("@{2^a@|b}@", "@{2^a@|b}@");
    same("@{2*a@|b}@", "@{2*a@|b}@");
    same("@@{2*a}@@", "@aa@");
    /* the cap lowers the count to what fits, keeping a nest balanced */
    size_t n;
    char *out = expand("@{9999999*abc}@", &n);
    if (out) {
        CHECK(n <= EXPAND_MAX && n > EXPAND_MAX - 3, "%zu bytes", n);
        free(out);
    }
    out = expand("@{9999999^((@|1@|))}@", &n);
    if (out) {
        CHECK(n <= EXPAND_MAX && n % 4 == 1 && out[n / 2] == '1', "%zu bytes", n);
        free(out);
    }
    return check_done("test_fuzz_expand");
}
