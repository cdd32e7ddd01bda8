/* tests/fuzz/expand.c — see expand.h. */
#include "tests/fuzz/expand.h"

#include <stdlib.h>
#include <string.h>

typedef struct Buf { char *p; size_t n, cap; } Buf;

static int put(Buf *b, const void *s, size_t k)
{
    if (b->n + k > b->cap) {
        size_t cap = (b->n + k) * 2 + 16;
        char *p = realloc(b->p, cap);
        if (!p) return -1;
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, k);
    b->n += k;
    return 0;
}

static int put_times(Buf *b, const void *s, size_t k, size_t times)
{
    for (size_t i = 0; i < times; i++)
        if (put(b, s, k) < 0) return -1;
    return 0;
}

/* The offset of the two-byte `tok` in s[i..n), or n. */
static size_t find(const uint8_t *s, size_t i, size_t n, const char *tok)
{
    for (; i + 1 < n; i++)
        if (s[i] == (uint8_t)tok[0] && s[i + 1] == (uint8_t)tok[1]) return i;
    return n;
}

typedef struct Directive {
    size_t count, end;          /* end: just past the closing "}@" */
    int nest;                   /* '^' */
    const uint8_t *frag[3]; size_t len[3];   /* TEXT; or OPEN, MID, CLOSE */
} Directive;

/* Parses a directive at s[i] (which is "@{"); 0 when well formed. */
static int parse(const uint8_t *s, size_t i, size_t n, Directive *d)
{
    size_t j = i + 2, digits = 0;
    d->count = 0;
    while (j < n && s[j] >= '0' && s[j] <= '9' && digits < 7) {
        d->count = d->count * 10 + (size_t)(s[j++] - '0');
        digits++;
    }
    if (!digits || j >= n || (s[j] != '*' && s[j] != '^')) return -1;
    d->nest = s[j++] == '^';
    size_t close = find(s, j, n, "}@");
    if (close == n) return -1;
    d->end = close + 2;
    int parts = d->nest ? 3 : 1;
    for (int k = 0; k < parts; k++) {
        size_t stop = k == parts - 1 ? close : find(s, j, close, "@|");
        if (stop == close && k < parts - 1) return -1;
        d->frag[k] = s + j;
        d->len[k] = stop - j;
        j = stop + 2;
    }
    return find(s, d->frag[parts - 1] - s, close, "@|") == close ? 0 : -1;
}

static int emit(Buf *b, Directive *d)
{
    size_t room = EXPAND_MAX > b->n ? EXPAND_MAX - b->n : 0;
    if (!d->nest) {
        if (d->len[0] && d->count > room / d->len[0]) d->count = room / d->len[0];
        return put_times(b, d->frag[0], d->len[0], d->count);
    }
    size_t per = d->len[0] + d->len[2];
    room = room > d->len[1] ? room - d->len[1] : 0;
    if (per && d->count > room / per) d->count = room / per;
    if (put_times(b, d->frag[0], d->len[0], d->count) < 0 || put(b, d->frag[1], d->len[1]) < 0)
        return -1;
    return put_times(b, d->frag[2], d->len[2], d->count);
}

char *fuzz_expand(const uint8_t *data, size_t size, size_t *outlen)
{
    Buf b = { 0 };
    for (size_t i = 0; i < size;) {
        Directive d;
        if (data[i] == '@' && i + 1 < size && data[i + 1] == '{' && parse(data, i, size, &d) == 0) {
            if (emit(&b, &d) < 0) goto nomem;
            i = d.end;
            continue;
        }
        size_t next = find(data, i + 1, size, "@{");
        if (put(&b, data + i, next - i) < 0) goto nomem;
        i = next;
    }
    /* Exactly n bytes, so ASan sees a read past the source's end. */
    char *p = realloc(b.p, b.n ? b.n : 1);
    if (!p) goto nomem;
    *outlen = b.n;
    return p;
nomem:
    free(b.p);
    return NULL;
}
