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
    b->data[n] = 0;   /* a C string too: a bytes path goes to the kernel as it is */
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

/* self unchanged: itself when an exact bytes (immutable, so CPython hands
 * it back), else a copy of self's kind. */
static Object *keep_self(Object *self)
{
    const unsigned char *p;
    size_t n;
    if (obj_is(self, &BytesType)) {
        INCREF(self);
        return self;
    }
    self_bytes(self, &p, &n);
    return like_self(self, p, n);
}

/* s's bytes as a byte string of self's kind; s is freed. */
static Object *finish_like(Object *self, StrBuf *s)
{
    if (s->oom) {
        strbuf_free(s);
        exc_nomemory();
        return NULL;
    }
    Object *r = like_self(self, s->p ? s->p : "", s->n);
    strbuf_free(s);
    return r;
}

/* "bytes" or "bytearray": the owner CPython's messages name. */
static const char *kind_name(Object *self)
{
    return obj_isinstance_type(self, &ByteArrayType) ? "bytearray" : "bytes";
}

/* A method of `want` (0 or 1) positional arguments and no keywords;
 * TypeError in CPython's words otherwise. */
static int exact_args(const char *name, Object *const *args, size_t nargs, Object *kw, size_t want)
{
    if (kw)
        exc_set(ExcTypeError, "%s.%s() takes no keyword arguments", kind_name(args[0]), name);
    else if (nargs - 1 != want)
        exc_set(ExcTypeError, want ? "%s.%s() takes exactly one argument (%zu given)"
                                   : "%s.%s() takes no arguments (%zu given)",
                kind_name(args[0]), name, nargs - 1);
    else
        return 0;
    return -1;
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
    if (!obj_isinstance_type(s, &BytesType) || !obj_indexable(k)) {
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
        int hi = hex_digit_value(p[i]), lo = i + 1 < n ? hex_digit_value(p[i + 1]) : -1;
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

/* out with a piece of self's kind (n bytes at p) appended; NULL, out
 * released, on error. */
static Object *add_piece(Object *out, Object *self, const unsigned char *p, size_t n)
{
    Object *piece = like_self(self, p, n);
    if (!piece || list_append(out, piece) < 0)
        SETREF(out, NULL);
    XDECREF(piece);
    return out;
}

/* sep (None or absent: NULL, whitespace) and maxsplit of split and rsplit. */
static int split_args(const char *name, Object *const *args, size_t nargs, Object *kw,
                      const unsigned char **q, size_t *m, int64_t *maxsplit)
{
    static const char *const names[] = { "sep", "maxsplit", NULL };
    Object *v[2];
    *q = NULL;
    *m = 0;
    *maxsplit = -1;
    if (args_parse(name, args + 1, nargs - 1, kw, 0, names, v) < 0 ||
        (v[1] && int_as_i64(v[1], maxsplit) < 0) ||
        (v[0] && v[0] != None && buffer_peek(v[0], q, m) < 0))
        return -1;
    if (*q && *m == 0) {
        exc_set(ExcValueError, "empty separator");
        return -1;
    }
    return 0;
}

/* split(sep=None, maxsplit=-1): on runs of ASCII whitespace without sep. */
METHOD(bytes_m_split)
{
    const unsigned char *p, *q;
    size_t n, m;
    int64_t maxsplit;
    if (split_args("split", args, nargs, kw, &q, &m, &maxsplit) < 0)
        return NULL;
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
        out = add_piece(out, args[0], p + start, end - start);
    }
    if (out && q == NULL)
        while (i < n && ascii_space(p[i]))
            i++;
    if (out && (q != NULL || i < n))
        out = add_piece(out, args[0], p + i, n - i);
    return out;
}

/* rsplit(sep=None, maxsplit=-1): split's pieces, maxsplit counted from the
 * right; the pieces are found right to left, then put in order. */
METHOD(bytes_m_rsplit)
{
    const unsigned char *p, *q;
    size_t n, m;
    int64_t maxsplit;
    if (split_args("rsplit", args, nargs, kw, &q, &m, &maxsplit) < 0)
        return NULL;
    self_bytes(args[0], &p, &n);
    Object *out = list_new(0);
    size_t z = n;   /* what is left to split: [0, z) */
    for (int64_t done = 0; out && (maxsplit < 0 || done < maxsplit); done++) {
        size_t start, end;
        if (!q) {
            for (end = z; end > 0 && ascii_space(p[end - 1]);)
                end--;
            for (start = end; start > 0 && !ascii_space(p[start - 1]);)
                start--;
            if (start == 0) {
                z = end;
                break;
            }
            z = start;
        } else {
            int64_t at = search(p, 0, z, q, m, true);
            if (at < 0)
                break;
            start = (size_t)at + m;
            end = z;
            z = (size_t)at;
        }
        out = add_piece(out, args[0], p + start, end - start);
    }
    if (out && q == NULL)
        while (z > 0 && ascii_space(p[z - 1]))
            z--;
    if (out && (q != NULL || z > 0))
        out = add_piece(out, args[0], p, z);
    for (size_t i = 0, j = out ? list_len(out) : 0; i + 1 < j; i++, j--) {
        Object *t = list_get(out, i);
        list_set(out, i, list_get(out, j - 1));
        list_set(out, j - 1, t);
    }
    return out;
}

/* splitlines(keepends=False): lines end at \n, \r or \r\n (only those,
 * for bytes). */
METHOD(bytes_m_splitlines)
{
    static const char *const names[] = { "keepends", NULL };
    Object *v[1];
    int64_t keep = 0;
    if (args_parse("splitlines", args + 1, nargs - 1, kw, 0, names, v) < 0 ||
        (v[0] && int_as_i64(v[0], &keep) < 0))
        return NULL;
    const unsigned char *p;
    size_t n;
    self_bytes(args[0], &p, &n);
    Object *out = list_new(0);
    for (size_t start = 0, i = 0; out && start < n; start = i) {
        while (i < n && p[i] != '\n' && p[i] != '\r')
            i++;
        size_t eol = i;
        if (i < n)
            i += p[i] == '\r' && i + 1 < n && p[i + 1] == '\n' ? 2 : 1;
        out = add_piece(out, args[0], p + start, (keep ? i : eol) - start);
    }
    return out;
}

/* partition, rpartition: (before, sep, after) around sep's first (last)
 * occurrence; not found: (self, b'', b'') or (b'', b'', self).  A bytes
 * (of any class) hands back self and sep themselves, a bytearray new
 * bytearrays, as CPython. */
static Object *partition_impl(const char *name, Object *const *args, size_t nargs, Object *kw,
                              bool last)
{
    const unsigned char *p, *q;
    size_t n, m;
    if (exact_args(name, args, nargs, kw, 1) < 0 || buffer_peek(args[1], &q, &m) < 0)
        return NULL;
    if (m == 0) {
        exc_set(ExcValueError, "empty separator");
        return NULL;
    }
    self_bytes(args[0], &p, &n);
    int64_t at = search(p, 0, n, q, m, last);
    Object *a, *b, *c;
    bool mutable = obj_isinstance_type(args[0], &ByteArrayType);
    if (at < 0) {
        Object *whole = mutable ? bytearray_from(p, n) : args[0];
        if (whole == args[0])
            INCREF(whole);
        a = last ? like_self(args[0], "", 0) : whole;
        b = like_self(args[0], "", 0);
        c = last ? whole : like_self(args[0], "", 0);
    } else {
        size_t after = (size_t)at + m;
        a = like_self(args[0], p, (size_t)at);
        c = like_self(args[0], p + after, n - after);
        b = mutable ? bytearray_from(q, m) : args[1];
        if (b == args[1])
            INCREF(b);
    }
    Object *t = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    XDECREF(a);
    XDECREF(b);
    XDECREF(c);
    return t;
}

METHOD(bytes_m_partition) { return partition_impl("partition", args, nargs, kw, false); }
METHOD(bytes_m_rpartition) { return partition_impl("rpartition", args, nargs, kw, true); }

/* removeprefix, removesuffix: self without the affix when it has it. */
static Object *remove_affix(const char *name, Object *const *args, size_t nargs, Object *kw,
                            bool end)
{
    const unsigned char *p, *q;
    size_t n, m;
    if (exact_args(name, args, nargs, kw, 1) < 0 || buffer_peek(args[1], &q, &m) < 0)
        return NULL;
    self_bytes(args[0], &p, &n);
    if (m == 0 || m > n || memcmp(p + (end ? n - m : 0), q, m) != 0)
        return keep_self(args[0]);
    return like_self(args[0], p + (end ? 0 : m), n - m);
}

METHOD(bytes_m_removeprefix) { return remove_affix("removeprefix", args, nargs, kw, false); }
METHOD(bytes_m_removesuffix) { return remove_affix("removesuffix", args, nargs, kw, true); }

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
    return finish_like(args[0], &s);
}

/* ---- case and character classes (ASCII only, as CPython's bytes) ------------- */

static bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool ascii_alpha(unsigned char c) { return ascii_upper(c) || ascii_lower(c); }
static bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool ascii_alnum(unsigned char c) { return ascii_alpha(c) || ascii_digit(c); }
static bool ascii_byte(unsigned char c) { return c < 0x80; }

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE };

/* upper, lower, swapcase, title, capitalize: a letter that changes case has
 * its 0x20 bit flipped; title and capitalize look at the byte before. */
static Object *case_impl(const char *name, Object *const *args, size_t nargs, Object *kw, int how)
{
    const unsigned char *p;
    size_t n;
    if (exact_args(name, args, nargs, kw, 0) < 0)
        return NULL;
    self_bytes(args[0], &p, &n);
    Object *r = like_self(args[0], p, n);
    const unsigned char *rp;
    size_t rn;
    if (!r || buffer_peek(r, &rp, &rn) < 0)
        return r;
    unsigned char *w = (unsigned char *)rp;   /* r is new: no one else sees it yet */
    bool prev_cased = false;
    for (size_t i = 0; i < rn; i++) {
        bool up = ascii_upper(w[i]), lo = ascii_lower(w[i]), flip;
        switch (how) {
        case CASE_UPPER: flip = lo; break;
        case CASE_LOWER: flip = up; break;
        case CASE_SWAP: flip = up || lo; break;
        case CASE_TITLE: flip = prev_cased ? up : lo; break;
        default: flip = i == 0 ? lo : up; break;
        }
        if (flip)
            w[i] ^= 0x20;
        prev_cased = up || lo;
    }
    return r;
}

METHOD(bytes_m_upper) { return case_impl("upper", args, nargs, kw, CASE_UPPER); }
METHOD(bytes_m_lower) { return case_impl("lower", args, nargs, kw, CASE_LOWER); }
METHOD(bytes_m_swapcase) { return case_impl("swapcase", args, nargs, kw, CASE_SWAP); }
METHOD(bytes_m_title) { return case_impl("title", args, nargs, kw, CASE_TITLE); }
METHOD(bytes_m_capitalize) { return case_impl("capitalize", args, nargs, kw, CASE_CAPITALIZE); }

/* isalpha & co.: every byte passes pred; an empty one gives if_empty. */
static Object *test_all(const char *name, Object *const *args, size_t nargs, Object *kw,
                        bool (*pred)(unsigned char), bool if_empty)
{
    const unsigned char *p;
    size_t n;
    if (exact_args(name, args, nargs, kw, 0) < 0)
        return NULL;
    self_bytes(args[0], &p, &n);
    for (size_t i = 0; i < n; i++)
        if (!pred(p[i]))
            return bool_from(false);
    return bool_from(n ? true : if_empty);
}

METHOD(bytes_m_isalnum) { return test_all("isalnum", args, nargs, kw, ascii_alnum, false); }
METHOD(bytes_m_isalpha) { return test_all("isalpha", args, nargs, kw, ascii_alpha, false); }
METHOD(bytes_m_isdigit) { return test_all("isdigit", args, nargs, kw, ascii_digit, false); }
METHOD(bytes_m_isspace) { return test_all("isspace", args, nargs, kw, ascii_space, false); }
METHOD(bytes_m_isascii) { return test_all("isascii", args, nargs, kw, ascii_byte, true); }

/* islower, isupper: a cased byte, and none of the other case. */
static Object *case_test(const char *name, Object *const *args, size_t nargs, Object *kw,
                         bool upper)
{
    const unsigned char *p;
    size_t n;
    bool cased = false;
    if (exact_args(name, args, nargs, kw, 0) < 0)
        return NULL;
    self_bytes(args[0], &p, &n);
    for (size_t i = 0; i < n; i++) {
        if (upper ? ascii_lower(p[i]) : ascii_upper(p[i]))
            return bool_from(false);
        cased = cased || (upper ? ascii_upper(p[i]) : ascii_lower(p[i]));
    }
    return bool_from(cased);
}

METHOD(bytes_m_islower) { return case_test("islower", args, nargs, kw, false); }
METHOD(bytes_m_isupper) { return case_test("isupper", args, nargs, kw, true); }

/* istitle: an uppercase letter only after an uncased byte, a lowercase one
 * only after a cased one, and at least one cased byte. */
METHOD(bytes_m_istitle)
{
    const unsigned char *p;
    size_t n;
    bool cased = false, prev_cased = false;
    if (exact_args("istitle", args, nargs, kw, 0) < 0)
        return NULL;
    self_bytes(args[0], &p, &n);
    for (size_t i = 0; i < n; i++) {
        bool up = ascii_upper(p[i]), lo = ascii_lower(p[i]);
        if ((up && prev_cased) || (lo && !prev_cased))
            return bool_from(false);
        prev_cased = up || lo;
        cased = cased || prev_cased;
    }
    return bool_from(cased);
}

/* ---- padding, tabs, translation ------------------------------------------------- */

/* Self's bytes placed at `left` in `width` fill bytes (self itself when it
 * is as wide already). */
static Object *pad_impl(Object *self, int64_t width, int64_t left, unsigned char fill)
{
    const unsigned char *p;
    size_t n;
    self_bytes(self, &p, &n);
    if (width <= (int64_t)n)
        return keep_self(self);
    if (!obj_size_ok((size_t)width))
        return NULL;
    unsigned char *buf = malloc((size_t)width);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    memset(buf, fill, (size_t)width);
    if (n)
        memcpy(buf + left, p, n);
    Object *r = like_self(self, buf, (size_t)width);
    free(buf);
    return r;
}

/* center, ljust, rjust(width, fillchar=b' ', /): the fill a bytes or
 * bytearray of one byte.  `how` 0 pads on the right, 1 on the left, 2
 * both (the odd byte on the left when width is odd, as CPython). */
static Object *justify(const char *name, Object *const *args, size_t nargs, Object *kw, int how)
{
    int64_t width;
    unsigned char fill = ' ';
    if (kw) {
        exc_set(ExcTypeError, "%s.%s() takes no keyword arguments", kind_name(args[0]), name);
        return NULL;
    }
    if (nargs < 2 || nargs > 3) {
        exc_set(ExcTypeError, "%s expected %s, got %zu", name,
                nargs < 2 ? "at least 1 argument" : "at most 2 arguments", nargs - 1);
        return NULL;
    }
    if (int_as_i64(args[1], &width) < 0)
        return NULL;
    if (nargs == 3) {
        Object *f = args[2];
        const unsigned char *fp = NULL;
        size_t fn = 0;
        if (obj_isinstance_type(f, &BytesType) || obj_isinstance_type(f, &ByteArrayType))
            self_bytes(f, &fp, &fn);
        if (fn != 1) {
            exc_set(ExcTypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                    name, f->type->name);
            return NULL;
        }
        fill = fp[0];
    }
    const unsigned char *p;
    size_t n;
    self_bytes(args[0], &p, &n);
    int64_t total = width - (int64_t)n;
    int64_t left = how == 0 ? 0 : how == 1 ? total : total / 2 + (total & width & 1);
    return pad_impl(args[0], width, left, fill);
}
METHOD(bytes_m_ljust) { return justify("ljust", args, nargs, kw, 0); }
METHOD(bytes_m_rjust) { return justify("rjust", args, nargs, kw, 1); }
METHOD(bytes_m_center) { return justify("center", args, nargs, kw, 2); }

/* zfill(width, /): right-justified in ASCII zeros, a leading sign kept in
 * front of them. */
METHOD(bytes_m_zfill)
{
    int64_t width;
    if (exact_args("zfill", args, nargs, kw, 1) < 0 || int_as_i64(args[1], &width) < 0)
        return NULL;
    const unsigned char *p, *rp;
    size_t n, rn;
    self_bytes(args[0], &p, &n);
    int64_t fill = width - (int64_t)n;
    Object *r = pad_impl(args[0], width, fill, '0');
    if (!r || fill <= 0 || buffer_peek(r, &rp, &rn) < 0)
        return r;
    unsigned char *w = (unsigned char *)rp;   /* r is new: no one else sees it yet */
    if (n && (w[fill] == '+' || w[fill] == '-')) {
        w[0] = w[fill];
        w[fill] = '0';
    }
    return r;
}

/* expandtabs(tabsize=8): a tab moves the column to the next multiple of
 * tabsize (none when tabsize <= 0), a newline or carriage return restarts it. */
METHOD(bytes_m_expandtabs)
{
    static const char *const names[] = { "tabsize", NULL };
    static const char spaces[] = "                                ";
    Object *v[1];
    int64_t tabsize = 8;
    if (args_parse("expandtabs", args + 1, nargs - 1, kw, 0, names, v) < 0 ||
        (v[0] && int_as_i64(v[0], &tabsize) < 0))
        return NULL;
    const unsigned char *p;
    size_t n;
    self_bytes(args[0], &p, &n);
    int64_t col = 0;
    StrBuf s = { 0 };
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '\t') {
            strbuf_put(&s, (const char *)p + i, 1);
            col = p[i] == '\n' || p[i] == '\r' ? 0 : col + 1;
            continue;
        }
        int64_t fill = tabsize > 0 ? tabsize - col % tabsize : 0;
        /* MemoryError before a loop that would write 2**62 spaces */
        if (!obj_size_ok(s.n + (size_t)fill + n)) {
            strbuf_free(&s);
            return NULL;
        }
        const int64_t chunk = (int64_t)sizeof spaces - 1;
        for (col += fill; fill > 0; fill -= chunk)
            strbuf_put(&s, spaces, (size_t)(fill < chunk ? fill : chunk));
    }
    return finish_like(args[0], &s);
}

/* translate(table, /, delete=b''): each byte not in delete replaced by
 * table[byte] (table None: kept). */
METHOD(bytes_m_translate)
{
    static const char *const names[] = { "table", "delete", NULL };
    Object *v[2];
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos < 2) {
        exc_set(ExcTypeError, "translate() takes at least 1 positional argument (%zu given)",
                npos - 1);
        return NULL;
    }
    const unsigned char *t = NULL, *d = NULL, *p;
    size_t tn = 256, dn = 0, n;
    if (args_parse("translate", args + 1, nargs - 1, kw, 1, names, v) < 0 ||
        (v[0] != None && buffer_peek(v[0], &t, &tn) < 0))
        return NULL;
    if (tn != 256) {
        exc_set(ExcValueError, "translation table must be 256 characters long");
        return NULL;
    }
    if (v[1] && buffer_peek(v[1], &d, &dn) < 0)
        return NULL;
    bool gone[256] = { false };
    for (size_t i = 0; i < dn; i++)
        gone[d[i]] = true;
    self_bytes(args[0], &p, &n);
    unsigned char *buf = malloc(n ? n : 1);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (!gone[p[i]])
            buf[k++] = t ? t[p[i]] : p[i];
    Object *r = like_self(args[0], buf, k);
    free(buf);
    return r;
}

/* bytes.maketrans(frm, to, /): translate's 256-byte table, each byte of frm
 * mapped to the byte of to at its place; always a bytes.  A classmethod
 * here (CPython's is a staticmethod): args[0] is the class, unused. */
METHOD(bytes_m_maketrans)
{
    const unsigned char *f, *t;
    size_t fn, tn;
    const char *owner = type_is_subtype((Type *)args[0], &ByteArrayType) ? "bytearray" : "bytes";
    if (kw) {
        exc_set(ExcTypeError, "%s.maketrans() takes no keyword arguments", owner);
        return NULL;
    }
    if (nargs != 3) {
        exc_set(ExcTypeError, "maketrans expected 2 arguments, got %zu", nargs - 1);
        return NULL;
    }
    if (buffer_peek(args[1], &f, &fn) < 0 || buffer_peek(args[2], &t, &tn) < 0)
        return NULL;
    if (fn != tn) {
        exc_set(ExcValueError, "maketrans arguments must have same length");
        return NULL;
    }
    unsigned char table[256];
    for (int i = 0; i < 256; i++)
        table[i] = (unsigned char)i;
    for (size_t i = 0; i < fn; i++)
        table[f[i]] = t[i];
    return bytes_from(table, sizeof table);
}

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
    return finish_like(args[0], &s);
}

static const MethodDef bytes_classmethods[] = {
    { "fromhex", bytes_m_fromhex, NULL }, { "maketrans", bytes_m_maketrans, NULL },
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

/* bytes(n): n zero bytes, n an int or through __index__. */
static Object *bytes_zeros(Object *count)
{
    int64_t n;
    if (int_as_index(count, &n) < 0)
        return NULL;
    if (n < 0) {
        exc_set(ExcValueError, "negative count");
        return NULL;
    }
    BytesObject *b = bytes_alloc((size_t)n);
    if (b)
        memset(b->data, 0, b->n);
    return (Object *)b;
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
    if (obj_indexable(x))
        return bytes_zeros(x);
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
