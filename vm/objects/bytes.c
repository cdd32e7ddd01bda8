/* vm/objects/bytes.c — bytes: an immutable byte string. */
#include "vm/objects/bytes.h"

#include "vm/objects/buffer.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/codec.h"
#include "vm/objects/memoryview.h"

#include <stdlib.h>
#include <string.h>

static BytesObject *bytes_alloc(size_t n)
{
    if (n > ((size_t)1 << 40)) {
        exc_nomemory();
        return NULL;
    }
    BytesObject *b = (BytesObject *)obj_alloc(&BytesType, sizeof(BytesObject) + n + 1);
    if (!b)
        return NULL;
    b->hash = -1;
    b->n = n;
    return b;
}

Object *bytes_from(const void *p, size_t n)
{
    BytesObject *b = bytes_alloc(n);
    if (!b)
        return NULL;
    if (n)
        memcpy(b->data, p, n);
    return (Object *)b;
}

static inline BytesObject *B(Object *o) { return (BytesObject *)o; }

void bytes_repr_into(StrBuf *s, const unsigned char *p, size_t n, bool escape_squote)
{
    bool sq = n && memchr(p, '\'', n) != NULL, dq = n && memchr(p, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    char esc = escape_squote ? '\'' : q;
    strbuf_printf(s, "b%c", q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == esc || c == '\\')
            strbuf_printf(s, "\\%c", c);
        else if (c == '\n')
            strbuf_puts(s, "\\n");
        else if (c == '\r')
            strbuf_puts(s, "\\r");
        else if (c == '\t')
            strbuf_puts(s, "\\t");
        else if (c < 0x20 || c >= 0x7f)
            strbuf_printf(s, "\\x%02x", c);
        else
            strbuf_put(s, (const char *)&c, 1);
    }
    strbuf_put(s, &q, 1);
}

static Object *bytes_repr(Object *o)
{
    StrBuf s = { 0 };
    bytes_repr_into(&s, B(o)->data, B(o)->n, false);
    return strbuf_finish(&s);
}

/* A byte string of self's kind: bytearray for a bytearray, else bytes. */
static Object *like_self(Object *self, const void *p, size_t n)
{
    return obj_isinstance_type(self, &ByteArrayType) ? bytearray_from(p, n) : bytes_from(p, n);
}

/* self's bytes (self is a bytes or a bytearray: a method's instance). */
static void self_bytes(Object *self, const unsigned char **p, size_t *n)
{
    if (obj_isinstance_type(self, &ByteArrayType)) {
        static const unsigned char empty[1];
        *p = ((ByteArrayObject *)self)->data ? ((ByteArrayObject *)self)->data : empty;
        *n = ((ByteArrayObject *)self)->n;
    } else {
        *p = B(self)->data;
        *n = B(self)->n;
    }
}

static int64_t bytes_hash(Object *o)
{
    BytesObject *b = B(o);
    if (b->hash == -1) {
        int64_t r = (int64_t)(hash_fnv1a(b->data, b->n) >> 1);
        b->hash = r == -1 ? -2 : r;
    }
    return b->hash;
}

static Object *bytes_richcompare(Object *a, Object *b, int op)
{
    if (!obj_isinstance_type(a, &BytesType) || !obj_isinstance_type(b, &BytesType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    size_t na = B(a)->n, nb = B(b)->n;
    int c = memcmp(B(a)->data, B(b)->data, na < nb ? na : nb);
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

static ssize_t bytes_len(Object *o) { return (ssize_t)B(o)->n; }

static Object *bytes_getitem(Object *o, Object *key)
{
    BytesObject *b = B(o);
    if (obj_is(key, &SliceType)) {
        ssize_t a, z, k, n;
        if (slice_indices(key, (ssize_t)b->n, &a, &z, &k, &n) < 0)
            return NULL;
        BytesObject *r = bytes_alloc((size_t)n);
        if (!r)
            return NULL;
        for (ssize_t i = 0, j = a; i < n; i++, j += k)
            r->data[i] = b->data[j];
        return (Object *)r;
    }
    size_t i;
    if (seq_index(key, b->n, &i, "bytes") < 0)
        return NULL;
    return int_from_i64(b->data[i]);
}

static int bytes_contains(Object *o, Object *x)
{
    BytesObject *b = B(o);
    if (obj_isinstance_type(x, &IntType)) {
        int64_t v = int_value(x);
        if (v < 0 || v > 255) {
            exc_set(ExcValueError, "byte must be in range(0, 256)");
            return -1;
        }
        return memchr(b->data, (int)v, b->n) != NULL;
    }
    const unsigned char *p;
    size_t n;
    if (buffer_peek(x, &p, &n) < 0)
        return -1;
    return n == 0 || memmem(b->data, b->n, p, n) != NULL;
}

static Object *bytes_add(Object *a, Object *b)
{
    const unsigned char *p;
    size_t n;
    if (!obj_isinstance_type(a, &BytesType) || !buffer_check(b)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    if (buffer_peek(b, &p, &n) < 0)
        return NULL;
    BytesObject *r = bytes_alloc(B(a)->n + n);
    if (!r)
        return NULL;
    memcpy(r->data, B(a)->data, B(a)->n);
    if (n)
        memcpy(r->data + B(a)->n, p, n);
    return (Object *)r;
}

static Object *bytes_mul(Object *a, Object *b)
{
    Object *s = obj_isinstance_type(a, &BytesType) ? a : b, *k = s == a ? b : a;
    if (!obj_isinstance_type(s, &BytesType) || !(obj_isinstance_type(k, &IntType))) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    int64_t times;
    if (int_as_index(k, &times) < 0)
        return NULL;
    size_t n = B(s)->n, total;
    if (times <= 0)
        times = 0;
    if (__builtin_mul_overflow(n, (size_t)times, &total)) {
        exc_nomemory();
        return NULL;
    }
    BytesObject *r = bytes_alloc(total);
    if (!r)
        return NULL;
    for (int64_t i = 0; i < times; i++)
        memcpy(r->data + (size_t)i * n, B(s)->data, n);
    return (Object *)r;
}

static Object *bytes_mod(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &BytesType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    return format_percent_bytes(B(a)->data, B(a)->n, b);
}

static const NumberOps bytes_num = { .add = bytes_add, .mul = bytes_mul, .mod = bytes_mod };

/* ---- iteration --------------------------------------------------------------- */

typedef struct BytesIter { Object ob; Object *b; size_t i; } BytesIter;

static void bytesiter_dealloc(Object *o)
{
    XDECREF(((BytesIter *)o)->b);
    obj_free(o);
}

static Object *bytesiter_next(Object *o)
{
    BytesIter *it = (BytesIter *)o;
    if (!it->b)
        return NULL;
    if (it->i >= B(it->b)->n) {
        SETREF(it->b, NULL);
        return NULL;
    }
    return int_from_i64(B(it->b)->data[it->i++]);
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Type BytesIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "bytes_iterator", .base = &ObjectType,
    .basicsize = sizeof(BytesIter), .dealloc = bytesiter_dealloc, .iter = iter_self,
    .iternext = bytesiter_next,
};

static Object *bytes_iter(Object *o)
{
    BytesIter *it = (BytesIter *)obj_alloc(&BytesIterType, sizeof(BytesIter));
    if (!it)
        return NULL;
    INCREF(o);
    it->b = o;
    return (Object *)it;
}

/* ---- methods ------------------------------------------------------------------ */

#define METHOD(name) Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

METHOD(bytes_m_decode)
{
    static const char *const names[] = { "self", "encoding", "errors", NULL };
    Object *v[3];
    if (args_parse("decode", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    const unsigned char *p;
    size_t n;
    self_bytes(v[0], &p, &n);
    return codec_decode("decode", p, n, v[1], v[2]);
}

/* Two hex digits a byte; with a one-character ASCII separator every `per`
 * bytes, counted from the right (per > 0) or the left (per < 0). */
Object *bytes_hex(const void *data, size_t n, Object *sep, int64_t per)
{
    static const char digits[] = "0123456789abcdef";
    const unsigned char *d = data;
    char sc = 0;
    if (sep && sep != None) {
        const char *sp;
        size_t sn;
        if (obj_isinstance_type(sep, &StrType)) {
            sp = str_utf8(sep);
            sn = ((StrObject *)sep)->ncp;
        } else if (obj_isinstance_type(sep, &BytesType)) {
            sp = (const char *)B(sep)->data;
            sn = B(sep)->n;
        } else {
            exc_set(ExcTypeError, "object of type '%s' has no len()", sep->type->name);
            return NULL;
        }
        if (sn != 1) {
            exc_set(ExcValueError, "sep must be length 1.");
            return NULL;
        }
        if ((unsigned char)sp[0] >= 0x80) {
            exc_set(ExcValueError, "sep must be ASCII.");
            return NULL;
        }
        sc = sp[0];
    }
    uint64_t group = per < 0 ? (uint64_t)0 - (uint64_t)per : (uint64_t)per;
    StrBuf s = { 0 };
    for (size_t i = 0; i < n; i++) {
        /* A separator before byte i when a group boundary falls there. */
        size_t k = per < 0 ? i : n - i;
        if (sc && group && i > 0 && k % group == 0)
            strbuf_put(&s, &sc, 1);
        char two[2] = { digits[d[i] >> 4], digits[d[i] & 15] };
        strbuf_put(&s, two, 2);
    }
    return strbuf_finish(&s);
}

METHOD(bytes_m_hex)
{
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    Object *v[2];
    int64_t per = 1;
    if (args_parse("hex", args + 1, nargs - 1, kw, 0, names, v) < 0 ||
        (v[1] && int_as_i64(v[1], &per) < 0))
        return NULL;
    const unsigned char *p;
    size_t n;
    self_bytes(args[0], &p, &n);
    return bytes_hex(p, n, v[0], per);
}

static bool hex_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int hex_val(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
}

/* bytes.fromhex(string): pairs of hex digits, ASCII whitespace between pairs. */
METHOD(bytes_m_fromhex)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "fromhex() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    if (!obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "fromhex() argument must be str, not %s", args[1]->type->name);
        return NULL;
    }
    const char *p = str_utf8(args[1]);
    size_t n = str_nbytes(args[1]), i = 0, out = 0;
    unsigned char *buf = malloc(n / 2 + 1);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    for (;;) {
        while (i < n && hex_space(p[i]))
            i++;
        if (i >= n)
            break;
        int hi = hex_val(p[i]), lo = i + 1 < n ? hex_val(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t at = hi < 0 ? i : i + 1;
            free(buf);
            /* The position counts characters: everything before is ASCII. */
            exc_set(ExcValueError, "non-hexadecimal number found in fromhex() arg at position %zu", at);
            return NULL;
        }
        buf[out++] = (unsigned char)(hi << 4 | lo);
        i += 2;
    }
    Object *r = type_is_subtype((Type *)args[0], &ByteArrayType) ? bytearray_from(buf, out)
                                                                   : bytes_from(buf, out);
    free(buf);
    return r;
}

static Object *affix(Object *const *args, size_t nargs, bool end)
{
    if (nargs != 2) {
        exc_set(ExcTypeError, "%s() takes exactly one argument", end ? "endswith" : "startswith");
        return NULL;
    }
    Object *const *cands = &args[1];
    size_t nc = 1;
    if (obj_is(args[1], &TupleType)) {
        cands = ((TupleObject *)args[1])->items;
        nc = tuple_len(args[1]);
    }
    const unsigned char *p, *q;
    size_t n, m;
    self_bytes(args[0], &p, &n);
    for (size_t i = 0; i < nc; i++) {
        if (buffer_peek(cands[i], &q, &m) < 0) {
            exc_set(ExcTypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                    end ? "endswith" : "startswith", cands[i]->type->name);
            return NULL;
        }
        if (m <= n && (m == 0 || !memcmp(p + (end ? n - m : 0), q, m)))
            return bool_from(true);
    }
    return bool_from(false);
}

METHOD(bytes_m_startswith) { return affix(args, nargs, false); }
METHOD(bytes_m_endswith) { return affix(args, nargs, true); }

/* An optional start or end of find(): None or absent keeps dflt; a
 * negative one counts from the end; both clamp to [0, n + 1] (a start
 * past the end finds nothing, not even b''). */
static int find_bound(Object *o, size_t n, size_t dflt, size_t *out)
{
    int64_t v;
    *out = dflt;
    if (!o || o == None)
        return 0;
    if (int_as_index(o, &v) < 0) {
        exc_clear();
        exc_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    if (v < 0)
        v = v + (int64_t)n < 0 ? 0 : v + (int64_t)n;
    *out = (size_t)v > n ? n + 1 : (size_t)v;
    return 0;
}

/* The arguments of find, rfind, index, rindex and count: sub (a
 * bytes-like object or an int byte; copied to *one for an int) and the
 * window [*a, *z) of self's n bytes at *p.  -1 with CPython's errors. */
static int search_args(const char *name, Object *const *args, size_t nargs, Object *kw,
                       const unsigned char **p, size_t *n, const unsigned char **q, size_t *m,
                       unsigned char *one, size_t *a, size_t *z)
{
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs < 2 || nargs > 4) {
        exc_set(ExcTypeError, "%s() takes %s (%zu given)", name,
                nargs < 2 ? "at least 1 argument" : "at most 3 arguments", nargs - 1);
        return -1;
    }
    self_bytes(args[0], p, n);
    if (obj_isinstance_type(args[1], &IntType)) {
        int64_t v;
        if (int_as_i64(args[1], &v) < 0 || v < 0 || v > 255) {
            exc_clear();
            exc_set(ExcValueError, "byte must be in range(0, 256)");
            return -1;
        }
        *one = (unsigned char)v;
        *q = one;
        *m = 1;
    } else if (buffer_peek(args[1], q, m) < 0) {
        exc_clear();
        exc_set(ExcTypeError, "argument should be integer or bytes-like object, not '%s'",
                args[1]->type->name);
        return -1;
    }
    if (find_bound(nargs > 2 ? args[2] : NULL, *n, 0, a) < 0 ||
        find_bound(nargs > 3 ? args[3] : NULL, *n, *n, z) < 0)
        return -1;
    if (*z > *n)
        *z = *n;
    return 0;
}

/* The first (or last) offset of q in p's window [a, z), or -1. */
static int64_t search(const unsigned char *p, size_t a, size_t z, const unsigned char *q,
                      size_t m, bool last)
{
    if (a > z || z - a < m)
        return -1;
    if (!last) {
        const unsigned char *f = m ? memmem(p + a, z - a, q, m) : p + a;
        return f ? (int64_t)(f - p) : -1;
    }
    for (size_t i = z - m + 1; i-- > a;)
        if (m == 0 || !memcmp(p + i, q, m))
            return (int64_t)i;
    return -1;
}

/* find, rfind, index, rindex: index raises where find gives -1. */
static Object *find_impl(const char *name, Object *const *args, size_t nargs, Object *kw,
                         bool last, bool raise)
{
    const unsigned char *p, *q;
    size_t n, m, a, z;
    unsigned char one;
    if (search_args(name, args, nargs, kw, &p, &n, &q, &m, &one, &a, &z) < 0)
        return NULL;
    int64_t at = search(p, a, z, q, m, last);
    if (at < 0 && raise) {
        exc_set(ExcValueError, "subsection not found");
        return NULL;
    }
    return int_from_i64(at);
}

METHOD(bytes_m_find) { return find_impl("find", args, nargs, kw, false, false); }
METHOD(bytes_m_rfind) { return find_impl("rfind", args, nargs, kw, true, false); }
METHOD(bytes_m_index) { return find_impl("index", args, nargs, kw, false, true); }
METHOD(bytes_m_rindex) { return find_impl("rindex", args, nargs, kw, true, true); }

/* count(sub[, start[, end]]): non-overlapping occurrences. */
METHOD(bytes_m_count)
{
    const unsigned char *p, *q;
    size_t n, m, a, z;
    unsigned char one;
    if (search_args("count", args, nargs, kw, &p, &n, &q, &m, &one, &a, &z) < 0)
        return NULL;
    if (a > z)
        return int_from_i64(0);
    if (m == 0)
        return int_from_i64((int64_t)(z - a + 1));
    int64_t count = 0;
    for (int64_t at; (at = search(p, a, z, q, m, false)) >= 0; a = (size_t)at + m)
        count++;
    return int_from_i64(count);
}

/* ---- split, strip, replace, case ------------------------------------------------ */

static bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* split(sep=None, maxsplit=-1): on runs of ASCII whitespace without sep. */
METHOD(bytes_m_split)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Object *v[2];
    const unsigned char *p, *q = NULL;
    size_t n, m = 0;
    int64_t maxsplit = -1;
    if (args_parse("split", args + 1, nargs - 1, kw, 0, names, v) < 0 ||
        (v[1] && int_as_index(v[1], &maxsplit) < 0))
        return NULL;
    if (v[0] && v[0] != None) {
        if (buffer_peek(v[0], &q, &m) < 0)
            return NULL;
        if (m == 0) {
            exc_set(ExcValueError, "empty separator");
            return NULL;
        }
    }
    self_bytes(args[0], &p, &n);
    Object *out = list_new(0);
    size_t i = 0;
    for (int64_t done = 0; out && (maxsplit < 0 || done < maxsplit); done++) {
        size_t start = i, end;
        if (!q) {
            while (start < n && ascii_space(p[start]))
                start++;
            if (start == n) {
                i = n;
                break;
            }
            end = start;
            while (end < n && !ascii_space(p[end]))
                end++;
            if (end == n) {
                i = start;
                break;
            }
            i = end;
        } else {
            int64_t at = search(p, i, n, q, m, false);
            if (at < 0)
                break;
            end = (size_t)at;
            i = end + m;
        }
        Object *piece = like_self(args[0], p + start, end - start);
        if (!piece || list_append(out, piece) < 0)
            SETREF(out, NULL);
        XDECREF(piece);
    }
    if (out && q == NULL)
        while (i < n && ascii_space(p[i]))
            i++;
    if (out && (q != NULL || i < n)) {
        Object *piece = like_self(args[0], p + i, n - i);
        if (!piece || list_append(out, piece) < 0)
            SETREF(out, NULL);
        XDECREF(piece);
    }
    return out;
}

/* strip, lstrip, rstrip (chars=None: ASCII whitespace). */
static Object *strip_impl(const char *name, Object *const *args, size_t nargs, Object *kw,
                          bool left, bool right)
{
    const unsigned char *p, *q = NULL;
    size_t n, m = 0;
    if (kw || nargs > 2) {
        exc_set(ExcTypeError, kw ? "%s() takes no keyword arguments"
                                 : "%s expected at most 1 argument, got %zu", name, nargs - 1);
        return NULL;
    }
    if (nargs == 2 && args[1] != None && buffer_peek(args[1], &q, &m) < 0)
        return NULL;
    self_bytes(args[0], &p, &n);
    size_t a = 0, z = n;
    while (left && a < z && (q ? m && memchr(q, p[a], m) != NULL : ascii_space(p[a])))
        a++;
    while (right && z > a && (q ? m && memchr(q, p[z - 1], m) != NULL : ascii_space(p[z - 1])))
        z--;
    return like_self(args[0], p + a, z - a);
}

METHOD(bytes_m_strip) { return strip_impl("strip", args, nargs, kw, true, true); }
METHOD(bytes_m_lstrip) { return strip_impl("lstrip", args, nargs, kw, true, false); }
METHOD(bytes_m_rstrip) { return strip_impl("rstrip", args, nargs, kw, false, true); }

/* replace(old, new, count=-1). */
METHOD(bytes_m_replace)
{
    const unsigned char *p, *o, *w;
    size_t n, no, nw;
    int64_t count = -1;
    if (kw) {
        exc_set(ExcTypeError, "replace() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 3 || nargs > 4) {
        exc_set(ExcTypeError, "replace expected %s arguments, got %zu",
                nargs < 3 ? "at least 2" : "at most 3", nargs - 1);
        return NULL;
    }
    if (buffer_peek(args[1], &o, &no) < 0 || buffer_peek(args[2], &w, &nw) < 0 ||
        (nargs == 4 && int_as_index(args[3], &count) < 0))
        return NULL;
    self_bytes(args[0], &p, &n);
    StrBuf s = { 0 };
    size_t i = 0;
    for (int64_t done = 0; count < 0 || done < count; done++) {
        int64_t at;
        if (no == 0) {   /* before every byte and at the end */
            if (i > n)
                break;
            at = (int64_t)i;
        } else if ((at = search(p, i, n, o, no, false)) < 0) {
            break;
        }
        strbuf_put(&s, (const char *)p + i, (size_t)at - i);
        strbuf_put(&s, (const char *)w, nw);
        if (no == 0) {
            if ((size_t)at < n)
                strbuf_put(&s, (const char *)p + at, 1);
            i = (size_t)at + 1;
        } else {
            i = (size_t)at + no;
        }
    }
    if (i < n)
        strbuf_put(&s, (const char *)p + i, n - i);
    if (s.oom) {
        strbuf_free(&s);
        exc_nomemory();
        return NULL;
    }
    Object *r = like_self(args[0], s.p ? s.p : "", s.n);
    strbuf_free(&s);
    return r;
}

static Object *case_impl(const char *name, Object *const *args, size_t nargs, Object *kw, bool upper)
{
    const unsigned char *p;
    size_t n;
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "%s.%s() takes no arguments (%zu given)",
                obj_isinstance_type(args[0], &ByteArrayType) ? "bytearray" : "bytes", name, nargs - 1);
        return NULL;
    }
    self_bytes(args[0], &p, &n);
    Object *r = like_self(args[0], p, n);
    const unsigned char *rp;
    size_t rn;
    if (r && buffer_peek(r, &rp, &rn) == 0) {
        unsigned char *w = (unsigned char *)rp;   /* r is new: no one else sees it yet */
        for (size_t i = 0; i < rn; i++)
            if (upper ? (w[i] >= 'a' && w[i] <= 'z') : (w[i] >= 'A' && w[i] <= 'Z'))
                w[i] ^= 0x20;
    }
    return r;
}

METHOD(bytes_m_upper) { return case_impl("upper", args, nargs, kw, true); }
METHOD(bytes_m_lower) { return case_impl("lower", args, nargs, kw, false); }

METHOD(bytes_m_join)
{
    if (nargs != 2) {
        exc_set(ExcTypeError, "join() takes exactly one argument");
        return NULL;
    }
    Object *items = list_from_iter(args[1]);
    if (!items)
        return NULL;
    const unsigned char *sep, *q;
    size_t nsep, m, n = list_len(items);
    StrBuf s = { 0 };
    self_bytes(args[0], &sep, &nsep);
    for (size_t i = 0; i < n; i++) {
        Object *x = list_get(items, i);
        if (buffer_peek(x, &q, &m) < 0) {
            exc_clear();
            exc_set(ExcTypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                    x->type->name);
            strbuf_free(&s);
            DECREF(items);
            return NULL;
        }
        if (i)
            strbuf_put(&s, (const char *)sep, nsep);
        strbuf_put(&s, (const char *)q, m);
    }
    DECREF(items);
    if (s.oom) {
        strbuf_free(&s);
        exc_nomemory();
        return NULL;
    }
    Object *r = like_self(args[0], s.p ? s.p : "", s.n);
    strbuf_free(&s);
    return r;
}

static const MethodDef bytes_classmethods[] = {
    { "fromhex", bytes_m_fromhex, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef bytes_methods[] = {
    BYTES_SHARED_METHODS,
    { NULL, NULL, NULL },
};

static Object *bytes_from_iterable(Object *x)
{
    Object *l = list_from_iter(x);
    if (!l)
        return NULL;
    BytesObject *r = bytes_alloc(list_len(l));
    for (size_t i = 0; r && i < list_len(l); i++) {
        int64_t v;
        if (int_as_i64(list_get(l, i), &v) < 0 || v < 0 || v > 255) {
            if (!exc_occurred())
                exc_set(ExcValueError, "bytes must be in range(0, 256)");
            SETREF(r, NULL);
            break;
        }
        r->data[i] = (unsigned char)v;
    }
    DECREF(l);
    return (Object *)r;
}

static size_t bytes_instsize(Object *o) { return sizeof(BytesObject) + B(o)->n + 1; }

Object *bytes_dunder(Object *x)
{
    Object *r = obj_call_special(x, str_intern("__bytes__"), NULL, 0);
    if (r && !obj_isinstance_type(r, &BytesType)) {
        exc_set(ExcTypeError, "__bytes__ returned non-bytes (type %s)", r->type->name);
        SETREF(r, NULL);
    }
    return r;
}

static Object *bytes_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Object *v[3];
    if (args_parse("bytes", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    Object *x = v[0];
    if ((v[1] || v[2]) && !(x && obj_isinstance_type(x, &StrType))) {
        /* python3 checks this before __bytes__: only text has an encoding */
        exc_set(ExcTypeError, v[1] ? "encoding without a string argument"
                                   : "errors without a string argument");
        return NULL;
    }
    if (!x)
        return bytes_from("", 0);
    if (x->type->flags & TYPE_HEAP) {
        /* a class's own __bytes__ comes first, as in CPython (pathlib's paths have one) */
        Object *r = bytes_dunder(x);
        if (r || exc_occurred())
            return r;
    }
    if (obj_is(x, &StrType)) {
        if (!v[1]) {
            exc_set(ExcTypeError, "string argument without an encoding");
            return NULL;
        }
        return bytes_from(str_utf8(x), str_nbytes(x));
    }
    if (obj_is(x, &BytesType)) {
        INCREF(x);
        return x;
    }
    if (obj_isinstance_type(x, &MemoryViewType))
        return memoryview_tobytes(x);
    if (buffer_check(x)) {
        const unsigned char *p;
        size_t n;
        return buffer_peek(x, &p, &n) < 0 ? NULL : bytes_from(p, n);
    }
    if (obj_isinstance_type(x, &IntType)) {
        if (int_value(x) < 0) {
            exc_set(ExcValueError, "negative count");
            return NULL;
        }
        BytesObject *b = bytes_alloc((size_t)int_value(x));
        if (b)
            memset(b->data, 0, b->n);
        return (Object *)b;
    }
    if (!x->type->iter && !x->type->getitem) {
        exc_set(ExcTypeError, "cannot convert '%s' object to bytes", x->type->name);
        return NULL;
    }
    return bytes_from_iterable(x);
}

Type BytesType = {
    OBJ_HEAD_INIT(&TypeType), .name = "bytes", .base = &ObjectType, .basicsize = sizeof(BytesObject),
    .flags = TYPE_BASETYPE | TYPE_COPYNEW, .instsize = bytes_instsize, .repr = bytes_repr, .hash = bytes_hash,
    .richcompare = bytes_richcompare, .iter = bytes_iter, .getitem = bytes_getitem,
    .len = bytes_len, .contains = bytes_contains, .num = &bytes_num,
    .construct = bytes_construct, .methods = bytes_methods, .classmethods = bytes_classmethods,
};
