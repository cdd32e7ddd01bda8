/* vm/objects/str.c — str: immutable Unicode text stored as UTF-8.
 *
 * A str knows its code-point count; when every byte is ASCII (str_is_ascii),
 * indexing is O(1), otherwise positions are found by walking the UTF-8.
 * The empty string and one-character ASCII strings are cached and
 * immortal; str_intern keeps a set of immortal strings so that names
 * compare by pointer in dict lookups. */
#include "vm/objects/object.h"
#include "vm/objects/codec.h"
#include "vm/objects/utf8.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/ucasemap.h>

/* ---- construction -------------------------------------------------------- */

static StrObject *str_alloc(size_t nbytes)
{
    if (nbytes > ((size_t)1 << 40)) {
        exc_nomemory();
        return NULL;
    }
    StrObject *s = (StrObject *)obj_alloc(&StrType, sizeof(StrObject) + nbytes + 1);
    if (!s)
        return NULL;
    s->hash = -1;
    s->nbytes = nbytes;
    return s;
}

static StrObject *char_cache[128];
static StrObject *empty_str;

static Object *cached(StrObject **slot, const char *s, size_t n)
{
    if (!*slot) {
        StrObject *o = str_alloc(n);
        if (!o)
            return NULL;
        memcpy(o->data, s, n);
        o->ncp = n;
        obj_immortalize((Object *)o);
        *slot = o;
    }
    return (Object *)*slot;
}

/* A str from bytes known to be valid UTF-8 with ncp code points. */
static Object *str_make(const char *s, size_t n, size_t ncp)
{
    if (n == 0)
        return cached(&empty_str, "", 0);
    if (n == 1 && (unsigned char)s[0] < 128)
        return cached(&char_cache[(unsigned char)s[0]], s, 1);
    StrObject *o = str_alloc(n);
    if (!o)
        return NULL;
    memcpy(o->data, s, n);
    o->ncp = ncp;
    return (Object *)o;
}

Object *str_from_utf8(const char *s, size_t n)
{
    size_t ncp = codec_utf8_count(s, n);
    return ncp == (size_t)-1 ? NULL : str_make(s, n, ncp);
}

Object *str_from_cstr(const char *s) { return str_from_utf8(s, strlen(s)); }

Object *str_from_utf8_trusted(const char *s, size_t n, size_t ncp) { return str_make(s, n, ncp); }

Object *str_from_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = NULL;
    int n = vasprintf(&p, fmt, ap);
    va_end(ap);
    if (n < 0) {
        exc_nomemory();
        return NULL;
    }
    Object *r = str_from_utf8(p, (size_t)n);
    free(p);
    return r;
}

/* ---- interning ---------------------------------------------------------------- */

static StrObject **intern_tab;
static size_t intern_cap, intern_n;

uint64_t hash_fnv1a(const void *p, size_t n)
{
    const unsigned char *b = p;
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    return h;
}

static int64_t str_hash(Object *o)
{
    StrObject *s = (StrObject *)o;
    if (s->hash == -1) {
        int64_t h = (int64_t)(hash_fnv1a(s->data, s->nbytes) >> 1);
        s->hash = h == -1 ? -2 : h;
    }
    return s->hash;
}

static bool intern_grow(void)
{
    size_t cap = intern_cap ? intern_cap * 2 : 1024;
    StrObject **t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    for (size_t i = 0; i < intern_cap; i++) {
        StrObject *s = intern_tab[i];
        if (!s)
            continue;
        size_t j = (size_t)str_hash((Object *)s) & (cap - 1);
        while (t[j])
            j = (j + 1) & (cap - 1);
        t[j] = s;
    }
    free(intern_tab);
    intern_tab = t;
    intern_cap = cap;
    return true;
}

Object *str_intern(const char *s)
{
    return str_intern_bytes(s, strlen(s));
}

Object *str_intern_str(Object *s)
{
    return str_intern_bytes(str_utf8(s), str_nbytes(s));
}

/* The interned string s[0, n) (hash h), or NULL; *slot: where it is, or
 * the free slot it would take.  The table must have room. */
static StrObject *intern_find(const char *s, size_t n, int64_t h, size_t *slot)
{
    size_t j = (size_t)h & (intern_cap - 1);
    StrObject *e;
    for (; (e = intern_tab[j]); j = (j + 1) & (intern_cap - 1))
        if (e->hash == h && e->nbytes == n && !memcmp(e->data, s, n))
            break;
    *slot = j;
    return e;
}

Object *str_intern_bytes(const char *s, size_t n)
{
    int64_t h = (int64_t)(hash_fnv1a(s, n) >> 1);
    h = h == -1 ? -2 : h;
    size_t j = 0;
    /* Found before the table may grow: a name already interned is given
     * back without allocating, so asking for it again cannot fail. */
    StrObject *e = intern_cap ? intern_find(s, n, h, &j) : NULL;
    if (e)
        return (Object *)e;
    if ((intern_n + 1) * 2 > intern_cap) {
        if (!intern_grow()) {
            exc_nomemory();
            return NULL;
        }
        intern_find(s, n, h, &j);   /* the free slot moved with the growth */
    }
    StrObject *o;
    if (n <= 1 && (n == 0 || (unsigned char)s[0] < 128)) {
        o = (StrObject *)str_make(s, n, n); /* already immortal */
    } else {
        o = (StrObject *)str_from_utf8(s, n);
        if (o)
            obj_immortalize((Object *)o);
    }
    if (!o)
        return NULL;
    o->interned = true;
    o->hash = h;
    intern_tab[j] = o;
    intern_n++;
    return (Object *)o;
}

/* ---- basic operations ------------------------------------------------------ */

bool str_eq(Object *a, Object *b)
{
    if (a == b)
        return true;
    StrObject *x = (StrObject *)a, *y = (StrObject *)b;
    if (x->nbytes != y->nbytes || (x->hash != -1 && y->hash != -1 && x->hash != y->hash))
        return false;
    return memcmp(x->data, y->data, x->nbytes) == 0;
}

static size_t str_ncp(Object *s) { return ((StrObject *)s)->ncp; }

Object *str_concat(Object *a, Object *b)
{
    size_t na = str_nbytes(a), nb = str_nbytes(b);
    if (na == 0 && obj_is(b, &StrType)) {
        INCREF(b);
        return b;
    }
    if (nb == 0 && obj_is(a, &StrType)) {
        INCREF(a);
        return a;
    }
    StrObject *o = str_alloc(na + nb);
    if (!o)
        return NULL;
    memcpy(o->data, str_utf8(a), na);
    memcpy(o->data + na, str_utf8(b), nb);
    o->ncp = str_ncp(a) + str_ncp(b);
    return (Object *)o;
}

/* A non-ASCII str longer than one stride keeps, once asked, the byte offset
 * of every STR_STRIDE-th code point (cpindex, freed with the str), so s[i],
 * slices and find's positions cost O(STR_STRIDE), not a scan from the start:
 * CPython's fixed-width storage makes them O(1), and a loop over s[i] must
 * not turn quadratic here.  Built on first use with the GIL held, as every
 * access to a str is; the str is immutable, so the table never goes stale. */
#define STR_STRIDE 32

static const size_t *cp_table(StrObject *o)
{
    if (o->cpindex || o->ncp <= STR_STRIDE)
        return o->cpindex;
    size_t n = o->ncp / STR_STRIDE + 1, b = 0;
    size_t *t = malloc(n * sizeof *t);
    if (!t)
        return NULL;   /* the scan from the start still answers */
    for (size_t k = 0; k < n; k++) {
        t[k] = b;
        for (int j = 0; j < STR_STRIDE && b < o->nbytes; j++)
            b += (size_t)utf8_len((unsigned char)o->data[b]);
    }
    o->cpindex = t;
    return t;
}

size_t str_cp_offset(Object *s, size_t i)
{
    StrObject *o = (StrObject *)s;
    if (str_is_ascii(s))
        return i;
    const size_t *t = cp_table(o);
    size_t b = t ? t[i / STR_STRIDE] : 0;
    for (i = t ? i % STR_STRIDE : i; i > 0; i--)
        b += (size_t)utf8_len((unsigned char)o->data[b]);
    return b;
}

size_t str_cp_index(Object *s, size_t b)
{
    StrObject *o = (StrObject *)s;
    if (str_is_ascii(s))
        return b;
    const size_t *t = cp_table(o);
    if (!t)
        return utf8_count(o->data, b);
    size_t lo = 0, hi = o->ncp / STR_STRIDE;   /* the last entry at or before b */
    while (lo < hi) {
        size_t mid = lo + (hi - lo + 1) / 2;
        if (t[mid] <= b)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo * STR_STRIDE + utf8_count(o->data + t[lo], b - t[lo]);
}

/* l + r when l is an exact, non-interned str that only the caller holds
 * (refcnt 1): l's block grows in place, so a loop appending to one string
 * is linear, as CPython's unicode_concatenate makes it.  Takes over the
 * caller's reference to l; NULL with MemoryError (l freed then). */
Object *str_concat_owned(Object *l, Object *r)
{
    StrObject *a = (StrObject *)l;
    const StrObject *b = (const StrObject *)r;
    size_t n = a->nbytes + b->nbytes;
    StrObject *grown = n > ((size_t)1 << 40) ? NULL : realloc(a, sizeof(StrObject) + n + 1);
    if (!grown) {
        DECREF(l);
        exc_nomemory();
        return NULL;
    }
    free(grown->cpindex);   /* its offsets end at the old length */
    grown->cpindex = NULL;
    memcpy(grown->data + grown->nbytes, b->data, b->nbytes + 1);
    grown->nbytes = n;
    grown->ncp += b->ncp;
    grown->hash = -1;
    return (Object *)grown;
}

static void str_dealloc(Object *s)
{
    free(((StrObject *)s)->cpindex);
    obj_free(s);
}

static Object *substr(Object *s, size_t from_b, size_t to_b)
{
    const char *d = str_utf8(s) + from_b;
    size_t n = to_b - from_b;
    if (n == str_nbytes(s)) {
        INCREF(s);
        return s;
    }
    return str_make(d, n, str_is_ascii(s) ? n : utf8_count(d, n));
}

Object *str_from_codepoint(uint32_t c)
{
    char buf[4];
    size_t n = utf8_encode(c, buf);
    return str_make(buf, n, 1);
}

uint32_t str_codepoint(Object *s, size_t i)
{
    int k;
    return utf8_decode_at(str_utf8(s) + str_cp_offset(s, i), &k);
}

/* ---- repr --------------------------------------------------------------- */

static bool cp_printable(uint32_t c);   /* with the character classes below */

Object *str_repr(Object *s)
{
    const char *p = str_utf8(s), *end = p + str_nbytes(s);
    bool has_sq = memchr(p, '\'', str_nbytes(s)) != NULL;
    bool has_dq = memchr(p, '"', str_nbytes(s)) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    StrBuf b = { 0 };
    strbuf_put(&b, &q, 1);
    while (p < end) {
        int k;
        uint32_t c = utf8_decode_at(p, &k);
        if (c == (uint32_t)q || c == '\\') {
            char e[2] = { '\\', (char)c };
            strbuf_put(&b, e, 2);
        } else if (c == '\n') {
            strbuf_puts(&b, "\\n");
        } else if (c == '\r') {
            strbuf_puts(&b, "\\r");
        } else if (c == '\t') {
            strbuf_puts(&b, "\\t");
        } else if (!cp_printable(c)) {
            if (c < 0x100)
                strbuf_printf(&b, "\\x%02x", c);
            else if (c < 0x10000)
                strbuf_printf(&b, "\\u%04x", c);
            else
                strbuf_printf(&b, "\\U%08x", c);
        } else {
            strbuf_put(&b, p, (size_t)k);
        }
        p += k;
    }
    strbuf_put(&b, &q, 1);
    return strbuf_finish(&b);
}

static Object *str_str(Object *s)
{
    INCREF(s);
    return s;
}

/* ---- StrBuf ---------------------------------------------------------------- */

static bool strbuf_reserve(StrBuf *b, size_t extra)
{
    if (b->oom)
        return false;
    if (b->n + extra + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + extra + 1) {
        if (cap > ((size_t)1 << 40)) {
            b->oom = true;
            return false;
        }
        cap *= 2;
    }
    if (!obj_size_ok(cap)) {
        exc_clear(); /* reported by strbuf_finish */
        b->oom = true;
        return false;
    }
    char *p = realloc(b->p, cap);
    if (!p) {
        b->oom = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

void strbuf_put(StrBuf *b, const char *s, size_t n)
{
    if (!strbuf_reserve(b, n))
        return;
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

void strbuf_puts(StrBuf *b, const char *s) { strbuf_put(b, s, strlen(s)); }

void strbuf_printf(StrBuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[128];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        strbuf_put(b, small, (size_t)n);
        return;
    }
    if (!strbuf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

int strbuf_put_obj(StrBuf *b, Object *o, bool use_repr)
{
    Object *s = use_repr ? obj_repr(o) : obj_str(o);
    if (!s) {
        b->failed = true;
        return -1;
    }
    strbuf_put(b, str_utf8(s), str_nbytes(s));
    DECREF(s);
    return 0;
}

Object *strbuf_finish(StrBuf *b)
{
    Object *r = NULL;
    /* Built from strs, the text may hold their encoded lone surrogates,
     * which str_from_utf8 refuses in bytes from outside. */
    size_t ncp = b->oom || b->failed ? 0 : codec_strbuf_count(b->p ? b->p : "", b->n);
    if (b->oom && !b->failed)
        exc_nomemory();
    else if (!b->failed && ncp != (size_t)-1)
        r = str_from_utf8_trusted(b->p ? b->p : "", b->n, ncp);
    else if (!b->failed)
        r = str_from_utf8(b->p ? b->p : "", b->n);
    strbuf_free(b);
    return r;
}

void strbuf_free(StrBuf *b)
{
    free(b->p);
    b->p = NULL;
    b->n = b->cap = 0;
}

/* ---- character classes (Unicode, from ICU's character data) ------------------ */

static bool cp_space(uint32_t c)
{
    return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Python's alpha is the letter categories (L*), not ICU's Alphabetic. */
static bool cp_alpha(uint32_t c)
{
    if (c < 128)
        return isalpha((int)c);
    return (U_GET_GC_MASK((UChar32)c) & U_GC_L_MASK) != 0;
}

/* Python's decimal, digit and numeric are Unicode's Numeric_Type Decimal,
 * Decimal or Digit, and any: each class holds the one before. */
static int32_t numeric_type(uint32_t c)
{
    return u_getIntPropertyValue((UChar32)c, UCHAR_NUMERIC_TYPE);
}

static bool cp_decimal(uint32_t c)
{
    return c < 128 ? c >= '0' && c <= '9' : numeric_type(c) == U_NT_DECIMAL;
}

static bool cp_digit(uint32_t c)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    int32_t t = numeric_type(c);
    return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}

static bool cp_numeric(uint32_t c)
{
    return c < 128 ? c >= '0' && c <= '9' : numeric_type(c) != U_NT_NONE;
}

Object *str_numeric_ascii(Object *s)
{
    if (str_is_ascii(s)) {
        INCREF(s);
        return s;
    }
    StrBuf b = { 0 };
    const char *p = str_utf8(s), *end = p + str_nbytes(s);
    while (p < end) {
        int k;
        uint32_t c = utf8_decode_at(p, &k);
        char d = c < 128 ? 0 : cp_space(c) ? ' ' : cp_decimal(c) ? (char)('0' + u_charDigitValue((UChar32)c)) : 0;
        if (d)
            strbuf_put(&b, &d, 1);
        else
            strbuf_put(&b, p, (size_t)k);
        p += k;
    }
    return strbuf_finish(&b);
}

/* Upper and lower are Unicode's Uppercase and Lowercase properties, which
 * take in more than the Lu and Ll categories (Ⓐ, ª). */
static bool cp_upper(uint32_t c)
{
    return c < 128 ? isupper((int)c) : u_isUUppercase((UChar32)c);
}

static bool cp_lower(uint32_t c)
{
    return c < 128 ? islower((int)c) : u_isULowercase((UChar32)c);
}

static bool cp_title(uint32_t c)
{
    return c >= 128 && u_charType((UChar32)c) == U_TITLECASE_LETTER;
}

static bool cp_cased(uint32_t c)
{
    return c < 128 ? isalpha((int)c) : u_hasBinaryProperty((UChar32)c, UCHAR_CASED);
}

/* Python's printable: every category but Cc, Cf, Cs, Co, Cn, Zl, Zp and
 * Zs other than ' ' (isprintable, and what repr escapes). */
static bool cp_printable(uint32_t c)
{
    if (c < 128)
        return c >= 0x20 && c != 0x7f;
    return (U_GET_GC_MASK((UChar32)c) & (U_GC_C_MASK | U_GC_Z_MASK)) == 0;
}

/* ---- slots ------------------------------------------------------------------- */

static ssize_t str_len(Object *s) { return (ssize_t)str_ncp(s); }
static int str_truth(Object *s) { return str_nbytes(s) != 0; }

static Object *str_richcompare(Object *a, Object *b, int op)
{
    if (!obj_isinstance_type(b, &StrType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    if (op == CMP_EQ || op == CMP_NE) {
        bool eq = str_eq(a, b);
        return bool_from(op == CMP_EQ ? eq : !eq);
    }
    size_t na = str_nbytes(a), nb = str_nbytes(b);
    int c = memcmp(str_utf8(a), str_utf8(b), na < nb ? na : nb);
    if (c == 0)
        c = na < nb ? -1 : na > nb;
    bool r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
    return bool_from(r);
}

static Object *str_getitem(Object *s, Object *key)
{
    if (obj_is(key, &SliceType)) {
        ssize_t start, stop, step, n;
        if (slice_indices(key, (ssize_t)str_ncp(s), &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1)
            return substr(s, str_cp_offset(s, (size_t)start), str_cp_offset(s, (size_t)start + (size_t)n));
        StrBuf b = { 0 };
        for (ssize_t i = 0, j = start; i < n; i++, j += step) {
            size_t off = str_cp_offset(s, (size_t)j);
            strbuf_put(&b, str_utf8(s) + off, (size_t)utf8_len((unsigned char)str_utf8(s)[off]));
        }
        return strbuf_finish(&b);
    }
    size_t i;
    if (seq_index(key, str_ncp(s), &i, "string") < 0)
        return NULL;
    size_t off = str_cp_offset(s, i);
    const char *p = str_utf8(s) + off;
    return str_make(p, (size_t)utf8_len((unsigned char)*p), 1);
}

static int str_contains(Object *s, Object *sub)
{
    if (!obj_isinstance_type(sub, &StrType)) {
        exc_set(ExcTypeError, "'in <string>' requires string as left operand, not %s",
                sub->type->name);
        return -1;
    }
    if (str_nbytes(sub) == 0)
        return 1;
    return memmem(str_utf8(s), str_nbytes(s), str_utf8(sub), str_nbytes(sub)) != NULL;
}

static Object *str_add(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &StrType) || !obj_isinstance_type(b, &StrType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    return str_concat(a, b);
}

static Object *str_repeat(Object *s, int64_t n)
{
    if (n <= 0)
        return str_make("", 0, 0);
    size_t len = str_nbytes(s), total;
    if (n == 1 && obj_is(s, &StrType)) {
        INCREF(s);
        return s;
    }
    if (__builtin_mul_overflow(len, (size_t)n, &total)) {
        exc_nomemory();
        return NULL;
    }
    StrObject *o = str_alloc(total);
    if (!o)
        return NULL;
    for (int64_t i = 0; i < n; i++)
        memcpy(o->data + (size_t)i * len, str_utf8(s), len);
    o->ncp = str_ncp(s) * (size_t)n;
    return (Object *)o;
}

static Object *str_mul(Object *a, Object *b)
{
    Object *s = obj_isinstance_type(a, &StrType) ? a : b, *k = s == a ? b : a;
    if (!obj_isinstance_type(s, &StrType) || !obj_indexable(k)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    int64_t times;
    return int_as_index(k, &times) < 0 ? NULL : str_repeat(s, times);
}

static Object *str_mod(Object *a, Object *b)
{
    if (!obj_is(a, &StrType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    return format_percent(a, b);
}

static const NumberOps str_num = { .add = str_add, .mul = str_mul, .mod = str_mod };

/* ---- iteration ------------------------------------------------------------------ */

typedef struct StrIter { Object ob; Object *s; size_t pos; } StrIter;

static void striter_dealloc(Object *o)
{
    XDECREF(((StrIter *)o)->s);
    obj_free(o);
}

static Object *striter_next(Object *o)
{
    StrIter *it = (StrIter *)o;
    if (!it->s || it->pos >= str_nbytes(it->s)) {
        SETREF(it->s, NULL);
        return NULL;
    }
    const char *p = str_utf8(it->s) + it->pos;
    size_t k = (size_t)utf8_len((unsigned char)*p);
    it->pos += k;
    return str_make(p, k, 1);
}

static Object *self_iter(Object *o)
{
    INCREF(o);
    return o;
}

static Type StrIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "str_ascii_iterator", .base = &ObjectType,
    .basicsize = sizeof(StrIter), .dealloc = striter_dealloc, .iter = self_iter,
    .iternext = striter_next,
};

static Object *str_iter(Object *s)
{
    StrIter *it = (StrIter *)obj_alloc(&StrIterType, sizeof(StrIter));
    if (!it)
        return NULL;
    INCREF(s);
    it->s = s;
    return (Object *)it;
}

/* ---- methods -------------------------------------------------------------------- */

#define SELF args[0]
#define METHOD(name) static Object *name(Object *callable, Object *const *args, size_t nargs, Object *kw)

static int need_str(Object *o, const char *what)
{
    if (obj_isinstance_type(o, &StrType))
        return 0;
    exc_set(ExcTypeError, "%s, not %s", what, o->type->name);
    return -1;
}

/* Optional start/end arguments as byte offsets into s (slice semantics). */
static int byte_range(Object *s, Object *start, Object *end, size_t *b0, size_t *b1)
{
    int64_t n = (int64_t)str_ncp(s), a = 0, z = n;
    if (start && start != None && int_as_i64(start, &a) < 0)
        return -1;
    if (end && end != None && int_as_i64(end, &z) < 0)
        return -1;
    if (a < 0)
        a = a + n < 0 ? 0 : a + n;
    if (z < 0)
        z = z + n < 0 ? 0 : z + n;
    if (z > n)
        z = n;
    if (z < a || a > n) { /* an empty range: even "" is not found in it */
        *b0 = 1;
        *b1 = 0;
        return 0;
    }
    *b0 = str_cp_offset(s, (size_t)a);
    *b1 = str_cp_offset(s, (size_t)z);
    return 0;
}

static const char *rmemmem(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn > hn)
        return NULL;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if (!memcmp(h + i, n, nn))
            return h + i;
    return NULL;
}

/* find/rfind/index/rindex: code point position or -1. */
static int find_impl(Object *const *args, size_t nargs, Object *kw, const char *name,
                     bool reverse, int64_t *pos)
{
    static const char *const names[] = { "self", "sub", "start", "end", NULL };
    Object *v[4];
    if (args_parse(name, args, nargs, kw, 2, names, v) < 0 ||
        need_str(v[1], "must be str") < 0)
        return -1;
    size_t b0, b1;
    if (byte_range(v[0], v[2], v[3], &b0, &b1) < 0)
        return -1;
    *pos = -1;
    if (b0 > b1 || str_nbytes(v[1]) > b1 - b0)
        return 0;
    const char *h = str_utf8(v[0]) + b0;
    const char *f = reverse ? rmemmem(h, b1 - b0, str_utf8(v[1]), str_nbytes(v[1]))
                            : (str_nbytes(v[1]) == 0 ? h
                               : memmem(h, b1 - b0, str_utf8(v[1]), str_nbytes(v[1])));
    if (f)
        *pos = (int64_t)str_cp_index(v[0], (size_t)(f - str_utf8(v[0])));
    return 0;
}

METHOD(str_m_find)
{
    int64_t p;
    return find_impl(args, nargs, kw, "find", false, &p) < 0 ? NULL : int_from_i64(p);
}

METHOD(str_m_rfind)
{
    int64_t p;
    return find_impl(args, nargs, kw, "rfind", true, &p) < 0 ? NULL : int_from_i64(p);
}

METHOD(str_m_index)
{
    int64_t p;
    if (find_impl(args, nargs, kw, "index", false, &p) < 0)
        return NULL;
    if (p < 0) {
        exc_set(ExcValueError, "substring not found");
        return NULL;
    }
    return int_from_i64(p);
}

METHOD(str_m_rindex)
{
    int64_t p;
    if (find_impl(args, nargs, kw, "rindex", true, &p) < 0)
        return NULL;
    if (p < 0) {
        exc_set(ExcValueError, "substring not found");
        return NULL;
    }
    return int_from_i64(p);
}

METHOD(str_m_count)
{
    static const char *const names[] = { "self", "sub", "start", "end", NULL };
    Object *v[4];
    if (args_parse("count", args, nargs, kw, 2, names, v) < 0 ||
        need_str(v[1], "must be str") < 0)
        return NULL;
    size_t b0, b1;
    if (byte_range(v[0], v[2], v[3], &b0, &b1) < 0)
        return NULL;
    if (b0 > b1)
        return int_from_i64(0);
    size_t nn = str_nbytes(v[1]);
    if (nn == 0)
        return int_from_i64((int64_t)(str_cp_index(v[0], b1) - str_cp_index(v[0], b0)) + 1);
    int64_t k = 0;
    const char *h = str_utf8(v[0]) + b0, *end = str_utf8(v[0]) + b1, *f;
    while ((f = memmem(h, (size_t)(end - h), str_utf8(v[1]), nn))) {
        k++;
        h = f + nn;
    }
    return int_from_i64(k);
}

static Object *fix_affix(Object *const *args, size_t nargs, Object *kw, const char *name,
                         bool end)
{
    static const char *const names[] = { "self", "prefix", "start", "end", NULL };
    Object *v[4];
    if (args_parse(name, args, nargs, kw, 2, names, v) < 0)
        return NULL;
    size_t b0, b1;
    if (byte_range(v[0], v[2], v[3], &b0, &b1) < 0)
        return NULL;
    Object *const *cands = &v[1];
    size_t nc = 1;
    if (obj_is(v[1], &TupleType)) {
        cands = ((TupleObject *)v[1])->items;
        nc = tuple_len(v[1]);
    }
    for (size_t i = 0; i < nc; i++) {
        Object *a = cands[i];
        if (!obj_isinstance_type(a, &StrType)) {
            exc_set(ExcTypeError, "%s first arg must be str or a tuple of str, not %s", name,
                    a->type->name);
            return NULL;
        }
        size_t n = str_nbytes(a);
        if (b0 > b1 || n > b1 - b0)
            continue;
        const char *at = str_utf8(v[0]) + (end ? b1 - n : b0);
        if (!memcmp(at, str_utf8(a), n))
            return bool_from(true);
    }
    return bool_from(false);
}

METHOD(str_m_startswith) { return fix_affix(args, nargs, kw, "startswith", false); }
METHOD(str_m_endswith) { return fix_affix(args, nargs, kw, "endswith", true); }

/* Splits on runs of whitespace; maxsplit < 0 means no limit. */
static int split_ws(Object *s, int64_t maxsplit, bool reverse, Object *out)
{
    const char *p = str_utf8(s);
    size_t n = str_nbytes(s);
    /* Collect the (start, end) byte spans of words, then honour maxsplit. */
    size_t cap = 16, nw = 0;
    size_t *spans = malloc(cap * 2 * sizeof(size_t));
    if (!spans) {
        exc_nomemory();
        return -1;
    }
    size_t i = 0;
    while (i < n) {
        int k;
        while (i < n && cp_space(utf8_decode_at(p + i, &k)))
            i += (size_t)k;
        if (i >= n)
            break;
        size_t st = i;
        while (i < n && !cp_space(utf8_decode_at(p + i, &k)))
            i += (size_t)k;
        if (nw == cap) {
            size_t *ns = realloc(spans, cap * 4 * sizeof(size_t));
            if (!ns) {
                free(spans);
                exc_nomemory();
                return -1;
            }
            spans = ns;
            cap *= 2;
        }
        spans[2 * nw] = st;
        spans[2 * nw + 1] = i;
        nw++;
    }
    int rc = 0;
    bool rest = maxsplit >= 0 && (uint64_t)maxsplit < nw; /* the last piece is the rest */
    size_t limit = rest ? (size_t)maxsplit + 1 : nw;
    for (size_t w = 0; w < limit && rc == 0; w++) {
        size_t a, z;
        /* Past maxsplit the rest stays whole, its outer whitespace kept. */
        if (!reverse) {
            a = spans[2 * w];
            z = w + 1 == limit && rest ? n : spans[2 * w + 1];
        } else {
            size_t r = nw - limit + w;
            a = w == 0 && rest ? 0 : spans[2 * r];
            z = spans[2 * r + 1];
        }
        Object *piece = substr(s, a, z);
        rc = piece ? list_append(out, piece) : -1;
        XDECREF(piece);
    }
    free(spans);
    return rc;
}

static int split_sep(Object *s, Object *sep, int64_t maxsplit, bool reverse, Object *out)
{
    const char *p = str_utf8(s), *sp = str_utf8(sep);
    size_t n = str_nbytes(s), sn = str_nbytes(sep);
    if (sn == 0) {
        exc_set(ExcValueError, "empty separator");
        return -1;
    }
    if (!reverse) {
        size_t st = 0;
        const char *f;
        while (maxsplit-- != 0 && (f = memmem(p + st, n - st, sp, sn))) {
            Object *piece = substr(s, st, (size_t)(f - p));
            if (!piece || list_append(out, piece) < 0) {
                XDECREF(piece);
                return -1;
            }
            DECREF(piece);
            st = (size_t)(f - p) + sn;
        }
        Object *piece = substr(s, st, n);
        int rc = piece ? list_append(out, piece) : -1;
        XDECREF(piece);
        return rc;
    }
    size_t end = n;
    const char *f;
    while (maxsplit-- != 0 && (f = rmemmem(p, end, sp, sn))) {
        Object *piece = substr(s, (size_t)(f - p) + sn, end);
        if (!piece || list_append(out, piece) < 0) {
            XDECREF(piece);
            return -1;
        }
        DECREF(piece);
        end = (size_t)(f - p);
    }
    Object *piece = substr(s, 0, end);
    int rc = piece ? list_append(out, piece) : -1;
    XDECREF(piece);
    if (rc == 0) { /* collected right to left */
        ListObject *l = (ListObject *)out;
        for (size_t i = 0, j = l->n - 1; i < j; i++, j--) {
            Object *t = l->items[i];
            l->items[i] = l->items[j];
            l->items[j] = t;
        }
    }
    return rc;
}

static Object *split_impl(Object *const *args, size_t nargs, Object *kw, const char *name,
                          bool reverse)
{
    static const char *const names[] = { "self", "sep", "maxsplit", NULL };
    Object *v[3];
    if (args_parse(name, args, nargs, kw, 1, names, v) < 0)
        return NULL;
    int64_t maxsplit = -1;
    if (v[2] && int_as_i64(v[2], &maxsplit) < 0)
        return NULL;
    if (maxsplit < 0)
        maxsplit = -1;   /* no limit; the loops' -- must never start at INT64_MIN */
    if (v[1] && v[1] != None && need_str(v[1], "must be str or None") < 0)
        return NULL;
    Object *out = list_new(0);
    if (!out)
        return NULL;
    int rc = v[1] && v[1] != None ? split_sep(v[0], v[1], maxsplit, reverse, out)
                                  : split_ws(v[0], maxsplit, reverse, out);
    if (rc < 0)
        SETREF(out, NULL);
    return out;
}

METHOD(str_m_split) { return split_impl(args, nargs, kw, "split", false); }
METHOD(str_m_rsplit) { return split_impl(args, nargs, kw, "rsplit", true); }

Object *str_join(Object *sep, Object *iterable)
{
    Object *items = list_from_iter(iterable);
    if (!items)
        return NULL;
    StrBuf b = { 0 };
    size_t ncp = 0;
    for (size_t i = 0; i < list_len(items); i++) {
        Object *x = list_get(items, i);
        if (!obj_isinstance_type(x, &StrType)) {
            exc_set(ExcTypeError, "sequence item %zu: expected str instance, %s found", i,
                    x->type->name);
            strbuf_free(&b);
            DECREF(items);
            return NULL;
        }
        if (i) {
            strbuf_put(&b, str_utf8(sep), str_nbytes(sep));
            ncp += str_ncp(sep);
        }
        strbuf_put(&b, str_utf8(x), str_nbytes(x));
        ncp += str_ncp(x);
    }
    DECREF(items);
    /* The parts are strs already: no revalidation, which would refuse the
     * encoded lone surrogates a str may hold. */
    if (b.oom)
        return strbuf_finish(&b);
    Object *r = str_make(b.p ? b.p : "", b.n, ncp);
    strbuf_free(&b);
    return r;
}

METHOD(str_m_join)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "str.join() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    return str_join(SELF, args[1]);
}

static bool in_chars(Object *chars, uint32_t c)
{
    if (!chars)
        return cp_space(c);
    const char *p = str_utf8(chars), *end = p + str_nbytes(chars);
    while (p < end) {
        int k;
        if (utf8_decode_at(p, &k) == c)
            return true;
        p += k;
    }
    return false;
}

static Object *strip_impl(Object *const *args, size_t nargs, Object *kw, const char *name,
                          bool left, bool right)
{
    static const char *const names[] = { "self", "chars", NULL };
    Object *v[2];
    if (args_parse(name, args, nargs, kw, 1, names, v) < 0)
        return NULL;
    Object *chars = v[1] && v[1] != None ? v[1] : NULL;
    if (chars && need_str(chars, "strip arg must be None or str") < 0)
        return NULL;
    Object *s = v[0];
    const char *p = str_utf8(s);
    size_t a = 0, z = str_nbytes(s);
    int k;
    while (left && a < z && in_chars(chars, utf8_decode_at(p + a, &k)))
        a += (size_t)k;
    while (right && z > a) {
        size_t b = z - 1;
        while (b > a && ((unsigned char)p[b] & 0xc0) == 0x80)
            b--;
        if (!in_chars(chars, utf8_decode_at(p + b, &k)))
            break;
        z = b;
    }
    return substr(s, a, z);
}

METHOD(str_m_strip) { return strip_impl(args, nargs, kw, "strip", true, true); }
METHOD(str_m_lstrip) { return strip_impl(args, nargs, kw, "lstrip", true, false); }
METHOD(str_m_rstrip) { return strip_impl(args, nargs, kw, "rstrip", false, true); }

/* ---- case mapping ------------------------------------------------------------ */
/* Python maps case with Unicode's full mappings (ß upper is SS, İ lower is
 * i and a combining dot) and no language's rules: ICU's root locale "".
 * ASCII strings keep a byte loop; the rest go to ICU, whole for upper,
 * lower and casefold (context-free but for final sigma, which ICU places
 * as Python does), one code point at a time for Python's own rules of
 * swapcase, title and capitalize. */

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_TITLE, CASE_SWAP, CASE_CAPITALIZE, CASE_KEEP };

/* What code point c becomes under `how`: one of the first four or KEEP. */
static int case_step(int how, uint32_t c, bool first, bool prev_cased)
{
    switch (how) {
    case CASE_SWAP: return cp_upper(c) ? CASE_LOWER : cp_lower(c) ? CASE_UPPER : CASE_KEEP;
    case CASE_TITLE: return prev_cased ? CASE_LOWER : CASE_TITLE;
    case CASE_CAPITALIZE: return first ? CASE_TITLE : CASE_LOWER;
    default: return how;
    }
}

static char ascii_to(int c, int to)
{
    return (char)(to == CASE_LOWER || to == CASE_FOLD ? tolower(c) : to == CASE_KEEP ? c : toupper(c));
}

static Object *ascii_case(Object *s, int how)
{
    size_t n = str_nbytes(s);
    const char *p = str_utf8(s);
    char one = 0;
    StrObject *o = n > 1 ? str_alloc(n) : NULL;
    if (n > 1 && !o)
        return NULL;
    char *out = o ? o->data : &one;
    bool prev_cased = false;
    for (size_t i = 0; i < n && how == CASE_UPPER; i++)
        out[i] = (char)toupper((unsigned char)p[i]);
    for (size_t i = 0; i < n && (how == CASE_LOWER || how == CASE_FOLD); i++)
        out[i] = (char)tolower((unsigned char)p[i]);
    for (size_t i = 0; i < n && how > CASE_FOLD; i++) {
        int c = (unsigned char)p[i];
        out[i] = ascii_to(c, case_step(how, (uint32_t)c, i == 0, prev_cased));
        prev_cased = isalpha(c);
    }
    if (n <= 1)
        return str_make(&one, n, n);
    o->ncp = n;
    return (Object *)o;
}

static int32_t icu_case_into(UCaseMap *m, int how, char *out, int32_t cap, const char *p,
                             int32_t n, UErrorCode *e)
{
    switch (how) {
    case CASE_UPPER: return ucasemap_utf8ToUpper(m, out, cap, p, n, e);
    case CASE_LOWER: return ucasemap_utf8ToLower(m, out, cap, p, n, e);
    case CASE_FOLD: return ucasemap_utf8FoldCase(m, out, cap, p, n, e);
    default: return ucasemap_utf8ToTitle(m, out, cap, p, n, e);
    }
}

/* Appends the n bytes at p mapped by how (UPPER, LOWER, FOLD or TITLE);
 * ICU copies the encoded lone surrogates a str may hold as they are. */
static int icu_case(StrBuf *b, UCaseMap *m, int how, const char *p, size_t n)
{
    size_t want = n + n / 2 + 16;   /* most mappings keep the length; else a second go */
    char small[64], *out = want > sizeof small ? malloc(want) : small;
    UErrorCode e = U_ZERO_ERROR;
    int32_t cap = out == small ? (int32_t)sizeof small : (int32_t)want;
    int32_t len = out ? icu_case_into(m, how, out, cap, p, (int32_t)n, &e) : 0;
    if (e == U_BUFFER_OVERFLOW_ERROR) {
        if (out != small)
            free(out);
        e = U_ZERO_ERROR;
        out = malloc((size_t)len);
        len = out ? icu_case_into(m, how, out, len, p, (int32_t)n, &e) : 0;
    }
    bool ok = out && U_SUCCESS(e);
    if (ok)
        strbuf_put(b, out, (size_t)len);
    if (out != small)
        free(out);
    if (!ok)
        exc_nomemory();
    return ok ? 0 : -1;
}

static bool cp_case_ignorable(uint32_t c)
{
    return u_hasBinaryProperty((UChar32)c, UCHAR_CASE_IGNORABLE);
}

/* Σ at `at` lowers to ς at a word's end: after a cased character and not
 * before one, case-ignorable characters between not counting. */
static bool final_sigma(const char *s, const char *at, const char *end)
{
    const char *p = at;
    bool after_cased = false;
    int k;
    while (p > s) {
        do
            p--;
        while (p > s && ((unsigned char)*p & 0xc0) == 0x80);
        uint32_t c = utf8_decode_at(p, &k);
        if (!cp_case_ignorable(c)) {
            after_cased = cp_cased(c);
            break;
        }
    }
    if (!after_cased)
        return false;
    for (p = at + 2; p < end; p += k) {
        uint32_t c = utf8_decode_at(p, &k);
        if (!cp_case_ignorable(c))
            return !cp_cased(c);
    }
    return true;
}

static int map_each(StrBuf *b, UCaseMap *m, const char *s, const char *end, int how)
{
    bool prev_cased = false;
    int k;
    for (const char *p = s; p < end; p += k) {
        uint32_t c = utf8_decode_at(p, &k);
        int to = case_step(how, c, p == s, prev_cased);
        if (to == CASE_LOWER && c == 0x3a3 && final_sigma(s, p, end))
            strbuf_puts(b, "\u03c2");
        else if (to == CASE_KEEP)
            strbuf_put(b, p, (size_t)k);
        else if (c < 128) {
            char a = ascii_to((int)c, to);
            strbuf_put(b, &a, 1);
        } else if (icu_case(b, m, to, p, (size_t)k) < 0)
            return -1;
        prev_cased = cp_cased(c);
    }
    return 0;
}

static Object *map_case(Object *s, int how)
{
    if (str_is_ascii(s))
        return ascii_case(s, how);
    /* Titlecasing one code point at a time needs no word breaks; the map
     * holds the iterator ICU sets up for it, so each call opens its own. */
    UErrorCode e = U_ZERO_ERROR;
    UCaseMap *m = ucasemap_open("", U_TITLECASE_WHOLE_STRING | U_TITLECASE_NO_BREAK_ADJUSTMENT, &e);
    if (U_FAILURE(e)) {
        exc_nomemory();
        return NULL;
    }
    const char *p = str_utf8(s);
    size_t n = str_nbytes(s);
    StrBuf b = { 0 };
    int r = how <= CASE_FOLD && n <= INT32_MAX / 4 ? icu_case(&b, m, how, p, n)
                                                   : map_each(&b, m, p, p + n, how);
    ucasemap_close(m);
    if (r < 0 || b.oom) {
        if (r == 0)
            exc_nomemory();
        strbuf_free(&b);
        return NULL;
    }
    Object *o = str_from_utf8_trusted(b.p, b.n, utf8_count(b.p, b.n));
    strbuf_free(&b);
    return o;
}

METHOD(str_m_upper) { return map_case(SELF, CASE_UPPER); }
METHOD(str_m_lower) { return map_case(SELF, CASE_LOWER); }
METHOD(str_m_casefold) { return map_case(SELF, CASE_FOLD); }
METHOD(str_m_swapcase) { return map_case(SELF, CASE_SWAP); }
METHOD(str_m_title) { return map_case(SELF, CASE_TITLE); }
METHOD(str_m_capitalize) { return map_case(SELF, CASE_CAPITALIZE); }

METHOD(str_m_replace)
{
    static const char *const names[] = { "self", "old", "new", "count", NULL };
    Object *v[4];
    if (args_parse("replace", args, nargs, kw, 3, names, v) < 0 ||
        need_str(v[1], "replace() argument 1 must be str") < 0 ||
        need_str(v[2], "replace() argument 2 must be str") < 0)
        return NULL;
    int64_t count = -1;
    if (v[3] && int_as_i64(v[3], &count) < 0)
        return NULL;
    if (count < 0)
        count = -1;   /* no limit; count-- must never start at INT64_MIN */
    Object *s = v[0], *old = v[1], *rep = v[2];
    const char *p = str_utf8(s), *end = p + str_nbytes(s);
    size_t on = str_nbytes(old);
    StrBuf b = { 0 };
    if (on == 0) { /* insert rep between every code point */
        while (count != 0) {
            strbuf_put(&b, str_utf8(rep), str_nbytes(rep));
            count--;
            if (p >= end)
                break;
            int k = utf8_len((unsigned char)*p);
            strbuf_put(&b, p, (size_t)k);
            p += k;
        }
        strbuf_put(&b, p, (size_t)(end - p));
        return strbuf_finish(&b);
    }
    const char *f;
    while (count != 0 && (f = memmem(p, (size_t)(end - p), str_utf8(old), on))) {
        strbuf_put(&b, p, (size_t)(f - p));
        strbuf_put(&b, str_utf8(rep), str_nbytes(rep));
        p = f + on;
        count--;
    }
    strbuf_put(&b, p, (size_t)(end - p));
    return strbuf_finish(&b);
}

METHOD(str_m_encode)
{
    static const char *const names[] = { "self", "encoding", "errors", NULL };
    Object *v[3];
    if (args_parse("encode", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    return codec_encode("encode", v[0], v[1], v[2]);
}

static Object *classify(Object *s, bool (*pred)(uint32_t))
{
    const char *p = str_utf8(s), *end = p + str_nbytes(s);
    if (p == end)
        return bool_from(false);
    while (p < end) {
        int k;
        if (!pred(utf8_decode_at(p, &k)))
            return bool_from(false);
        p += k;
    }
    return bool_from(true);
}

static bool cp_alnum(uint32_t c) { return cp_alpha(c) || cp_numeric(c); }
static bool cp_ascii(uint32_t c) { return c < 128; }

METHOD(str_m_isdecimal) { return classify(SELF, cp_decimal); }
METHOD(str_m_isdigit) { return classify(SELF, cp_digit); }
METHOD(str_m_isnumeric) { return classify(SELF, cp_numeric); }
METHOD(str_m_isalpha) { return classify(SELF, cp_alpha); }
METHOD(str_m_isspace) { return classify(SELF, cp_space); }
METHOD(str_m_isalnum) { return classify(SELF, cp_alnum); }
METHOD(str_m_isascii)
{
    return str_nbytes(SELF) ? classify(SELF, cp_ascii) : bool_from(true);
}

static Object *case_test(Object *s, bool want_upper)
{
    const char *p = str_utf8(s), *end = p + str_nbytes(s);
    bool cased = false;
    while (p < end) {
        int k;
        uint32_t c = utf8_decode_at(p, &k);
        /* a titlecase letter (ǅ) is cased but neither upper nor lower */
        if ((want_upper ? cp_lower(c) : cp_upper(c)) || cp_title(c))
            return bool_from(false);
        cased = cased || (want_upper ? cp_upper(c) : cp_lower(c));
        p += k;
    }
    return bool_from(cased);
}

METHOD(str_m_isupper) { return case_test(SELF, true); }
METHOD(str_m_islower) { return case_test(SELF, false); }

/* A method without arguments: TypeError in CPython's words otherwise. */
static int no_args(const char *name, size_t nargs, Object *kw)
{
    if (!kw && nargs == 1)
        return 0;
    exc_set(ExcTypeError, kw ? "str.%s() takes no keyword arguments"
                             : "str.%s() takes no arguments (%zu given)", name, nargs - 1);
    return -1;
}

/* isprintable: an empty string is printable. */
METHOD(str_m_isprintable)
{
    if (no_args("isprintable", nargs, kw) < 0)
        return NULL;
    return str_nbytes(SELF) ? classify(SELF, cp_printable) : bool_from(true);
}

/* istitle: an uppercase or titlecase letter only after an uncased
 * character, a lowercase one only after a cased one, and at least one
 * cased character. */
METHOD(str_m_istitle)
{
    if (no_args("istitle", nargs, kw) < 0)
        return NULL;
    const char *p = str_utf8(SELF), *end = p + str_nbytes(SELF);
    bool cased = false, prev_cased = false;
    while (p < end) {
        int k;
        uint32_t c = utf8_decode_at(p, &k);
        bool up = cp_title(c) || cp_upper(c), lo = !up && cp_lower(c);
        if ((up && prev_cased) || (lo && !prev_cased))
            return bool_from(false);
        prev_cased = up || lo;
        cased = cased || prev_cased;
        p += k;
    }
    return bool_from(cased);
}

METHOD(str_m_isidentifier)
{
    const char *p = str_utf8(SELF), *end = p + str_nbytes(SELF);
    if (p == end)
        return bool_from(false);
    for (bool first = true; p < end; first = false) {
        int k;
        uint32_t c = utf8_decode_at(p, &k);
        bool ok = c < 128 ? c == '_' || isalpha((int)c) || (!first && isdigit((int)c))
                          : u_hasBinaryProperty((UChar32)c, first ? UCHAR_XID_START : UCHAR_XID_CONTINUE);
        if (!ok)
            return bool_from(false);
        p += k;
    }
    return bool_from(true);
}

/* count units of padding plus `rest` bytes: MemoryError before the loops
 * that would write them, so a width of 2**62 fails at once, not after
 * 2**62 turns of a loop whose buffer stopped growing (CPython sizes first). */
static bool pad_size_ok(int64_t count, size_t unit, size_t rest)
{
    uint64_t c = (uint64_t)count;
    return obj_size_ok(c > (SIZE_MAX - rest) / unit ? SIZE_MAX : (size_t)c * unit + rest);
}

static Object *pad(Object *s, int64_t width, int64_t left, uint32_t fill)
{
    int64_t n = (int64_t)str_ncp(s);
    if (width <= n) {
        INCREF(s);
        return s;
    }
    int64_t total = width - n, lpad = left < 0 ? total / 2 + (total & width & 1) : left;
    char fb[4];
    size_t fn = utf8_encode(fill, fb);
    if (!pad_size_ok(total, fn, str_nbytes(s)))
        return NULL;
    StrBuf b = { 0 };
    for (int64_t i = 0; i < lpad; i++)
        strbuf_put(&b, fb, fn);
    strbuf_put(&b, str_utf8(s), str_nbytes(s));
    for (int64_t i = lpad; i < total; i++)
        strbuf_put(&b, fb, fn);
    return strbuf_finish(&b);
}

static Object *justify(Object *const *args, size_t nargs, Object *kw, const char *name, int how)
{
    static const char *const names[] = { "self", "width", "fillchar", NULL };
    Object *v[3];
    int64_t width;
    if (args_parse(name, args, nargs, kw, 2, names, v) < 0 || int_as_i64(v[1], &width) < 0)
        return NULL;
    uint32_t fill = ' ';
    if (v[2]) {
        if (!obj_is(v[2], &StrType) || str_ncp(v[2]) != 1) {
            exc_set(ExcTypeError, "The fill character must be exactly one character long");
            return NULL;
        }
        fill = str_codepoint(v[2], 0);
    }
    int64_t n = (int64_t)str_ncp(v[0]), total = width > n ? width - n : 0;
    int64_t left = how == 0 ? 0 : how == 1 ? total : -1;
    return pad(v[0], width, left, fill);
}

METHOD(str_m_ljust) { return justify(args, nargs, kw, "ljust", 0); }
METHOD(str_m_rjust) { return justify(args, nargs, kw, "rjust", 1); }
METHOD(str_m_center) { return justify(args, nargs, kw, "center", 2); }

/* Tabs to spaces: a tab moves the column to the next multiple of tabsize
 * (counted in code points), a newline or carriage return restarts it. */
METHOD(str_m_expandtabs)
{
    static const char *const names[] = { "self", "tabsize", NULL };
    static const char spaces[] = "                                ";
    Object *v[2];
    int64_t tabsize = 8;
    if (args_parse("expandtabs", args, nargs, kw, 1, names, v) < 0
        || (v[1] && int_as_i64(v[1], &tabsize) < 0))
        return NULL;
    const char *p = str_utf8(v[0]);
    size_t n = str_nbytes(v[0]);
    int64_t col = 0;
    StrBuf b = { 0 };
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c != '\t') {
            strbuf_put(&b, p + i, 1);
            col = c == '\n' || c == '\r' ? 0 : col + ((c & 0xC0) != 0x80);
            continue;
        }
        int64_t fill = tabsize > 0 ? tabsize - col % tabsize : 0;
        if (!pad_size_ok(fill, 1, b.n + n)) {
            strbuf_free(&b);
            return NULL;
        }
        const int64_t chunk = (int64_t)sizeof spaces - 1;
        for (col += fill; fill > 0; fill -= chunk)
            strbuf_put(&b, spaces, (size_t)(fill < chunk ? fill : chunk));
    }
    return strbuf_finish(&b);
}

/* One code point through a translate table: the table's entry for ord(c)
 * appended (None deletes), c itself when the table has none (LookupError).
 * 0 done, -1 error. */
static int translate_one(Object *table, const char *p, int len, StrBuf *b)
{
    Object *key = int_from_i64(utf8_decode_at(p, &len));
    Object *to = key ? obj_getitem(table, key) : NULL;
    XDECREF(key);
    if (!to) {
        if (!key || !exc_matches(exc_occurred(), (Object *)ExcLookupError))
            return -1;
        exc_clear();
        strbuf_put(b, p, (size_t)len);
        return 0;
    }
    int rc = 0;
    int64_t v;
    char out[4];
    if (obj_isinstance_type(to, &StrType)) {
        strbuf_put(b, str_utf8(to), str_nbytes(to));
    } else if (obj_isinstance_type(to, &IntType)) {
        if (int_as_i64(to, &v) < 0 || v < 0 || v > 0x10FFFF) {
            exc_clear();
            exc_set(ExcValueError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else {
            size_t n = utf8_encode((uint32_t)v, out);   /* fill out before passing it */
            strbuf_put(b, out, n);
        }
    } else if (to != None) {
        exc_set(ExcTypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    DECREF(to);
    return rc;
}

/* str.translate(table): each character through table[ord(c)]. */
METHOD(str_m_translate)
{
    static const char *const names[] = { "self", "table", NULL };
    Object *v[2];
    if (args_parse("translate", args, nargs, kw, 2, names, v) < 0)
        return NULL;
    const char *p = str_utf8(v[0]);
    size_t n = str_nbytes(v[0]);
    StrBuf b = { 0 };
    for (size_t i = 0; i < n; i += (size_t)utf8_len((unsigned char)p[i])) {
        if (translate_one(v[1], p + i, 0, &b) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    return strbuf_finish(&b);
}

/* maketrans's one-argument form: the dict with 1-character keys made ords. */
static Object *maketrans_dict(Object *map)
{
    if (!obj_isinstance_type(map, &DictType)) {
        exc_set(ExcTypeError, "if you give only one argument to maketrans it must be a dict");
        return NULL;
    }
    Object *table = dict_new(), *key, *value, *k;
    size_t pos = 0;
    while (table && dict_next(map, &pos, &key, &value)) {
        if (obj_isinstance_type(key, &StrType) && str_ncp(key) == 1) {
            k = int_from_i64(str_codepoint(key, 0));
        } else if (obj_isinstance_type(key, &IntType)) {
            k = key;
            INCREF(k);
        } else {
            if (obj_isinstance_type(key, &StrType))
                exc_set(ExcValueError, "string keys in translate table must be of length 1");
            else
                exc_set(ExcTypeError, "keys in translate table must be strings or integers");
            k = NULL;
        }
        if (!k || dict_set(table, k, value) < 0) {
            XDECREF(k);
            DECREF(table);
            return NULL;
        }
        DECREF(k);
    }
    return table;
}

/* Each code point of from (as an int) mapped to to_cp(i) (or None when
 * to is NULL), into table.  -1 on error. */
static int maketrans_add(Object *table, Object *from, Object *to)
{
    for (size_t i = 0; i < str_ncp(from); i++) {
        Object *k = int_from_i64(str_codepoint(from, i));
        Object *v = to ? int_from_i64(str_codepoint(to, i)) : None;
        if (to == NULL)
            INCREF(v);
        int rc = k && v ? dict_set(table, k, v) : -1;
        XDECREF(k);
        XDECREF(v);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* str.maketrans(dict) or str.maketrans(from, to[, delete]): a table for
 * translate().  (A classmethod here; CPython's is a staticmethod.) */
static Object *str_m_maketrans(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "cls", "x", "y", "z", NULL };
    Object *v[4];
    if (args_parse("maketrans", args, nargs, kw, 2, names, v) < 0)
        return NULL;
    if (!v[2])
        return maketrans_dict(v[1]);
    if (!obj_isinstance_type(v[1], &StrType)) {
        exc_set(ExcTypeError, "first maketrans argument must be a string if there is a second argument");
        return NULL;
    }
    for (int i = 2; i < 4; i++) {
        if (v[i] && !obj_isinstance_type(v[i], &StrType)) {
            exc_set(ExcTypeError, "maketrans() argument %d must be str, not %s", i, v[i]->type->name);
            return NULL;
        }
    }
    if (str_ncp(v[1]) != str_ncp(v[2])) {
        exc_set(ExcValueError, "the first two maketrans arguments must have equal length");
        return NULL;
    }
    Object *table = dict_new();
    if (table && (maketrans_add(table, v[1], v[2]) < 0 || (v[3] && maketrans_add(table, v[3], NULL) < 0))) {
        DECREF(table);
        return NULL;
    }
    return table;
}

static const MethodDef str_classmethods[] = {
    { "maketrans", str_m_maketrans, NULL },
    { NULL, NULL, NULL },
};

METHOD(str_m_zfill)
{
    static const char *const names[] = { "self", "width", NULL };
    Object *v[2];
    int64_t width;
    if (args_parse("zfill", args, nargs, kw, 2, names, v) < 0 || int_as_i64(v[1], &width) < 0)
        return NULL;
    Object *s = v[0];
    int64_t n = (int64_t)str_ncp(s);
    if (width <= n) {
        INCREF(s);
        return s;
    }
    if (!pad_size_ok(width - n, 1, str_nbytes(s)))
        return NULL;
    const char *p = str_utf8(s);
    StrBuf b = { 0 };
    size_t skip = 0;
    if (n && (p[0] == '+' || p[0] == '-')) {
        strbuf_put(&b, p, 1);
        skip = 1;
    }
    for (int64_t i = 0; i < width - n; i++)
        strbuf_put(&b, "0", 1);
    strbuf_put(&b, p + skip, str_nbytes(s) - skip);
    return strbuf_finish(&b);
}

METHOD(str_m_splitlines)
{
    static const char *const names[] = { "self", "keepends", NULL };
    Object *v[2];
    if (args_parse("splitlines", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    int keep = v[1] ? obj_truth(v[1]) : 0;
    if (keep < 0)
        return NULL;
    Object *s = v[0], *out = list_new(0);
    if (!out)
        return NULL;
    const char *p = str_utf8(s);
    size_t n = str_nbytes(s), st = 0, i = 0;
    while (i < n) {
        int k;
        uint32_t c = utf8_decode_at(p + i, &k);
        bool brk = c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
                   c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
        size_t next = i + (size_t)k;
        if (brk) {
            if (c == '\r' && next < n && p[next] == '\n')
                next++;
            Object *line = substr(s, st, keep ? next : i);
            if (!line || list_append(out, line) < 0) {
                XDECREF(line);
                DECREF(out);
                return NULL;
            }
            DECREF(line);
            st = next;
        }
        i = next;
    }
    if (st < n) {
        Object *line = substr(s, st, n);
        if (!line || list_append(out, line) < 0) {
            XDECREF(line);
            DECREF(out);
            return NULL;
        }
        DECREF(line);
    }
    return out;
}

static Object *partition_impl(Object *const *args, size_t nargs, bool reverse)
{
    if (nargs != 2 || need_str(args[1], "must be str") < 0) {
        if (nargs != 2)
            exc_set(ExcTypeError, "%spartition() takes exactly one argument (%zu given)",
                    reverse ? "r" : "", nargs - 1);
        return NULL;
    }
    Object *s = args[0], *sep = args[1];
    size_t sn = str_nbytes(sep), n = str_nbytes(s);
    if (sn == 0) {
        exc_set(ExcValueError, "empty separator");
        return NULL;
    }
    const char *p = str_utf8(s);
    const char *f = reverse ? rmemmem(p, n, str_utf8(sep), sn) : memmem(p, n, str_utf8(sep), sn);
    Object *a, *b, *c;
    if (!f) {
        Object *e = str_make("", 0, 0); /* immortal: may fill two slots */
        INCREF(s);
        a = reverse ? e : s;
        b = e;
        c = reverse ? s : e;
    } else {
        a = substr(s, 0, (size_t)(f - p));
        INCREF(sep);
        b = sep;
        c = substr(s, (size_t)(f - p) + sn, n);
    }
    Object *t = tuple_new(3);
    if (!t || !a || !c) {
        XDECREF(a);
        XDECREF(b);
        XDECREF(c);
        XDECREF(t);
        return NULL;
    }
    tuple_set(t, 0, a);
    tuple_set(t, 1, b);
    tuple_set(t, 2, c);
    return t;
}

METHOD(str_m_partition) { return partition_impl(args, nargs, false); }
METHOD(str_m_rpartition) { return partition_impl(args, nargs, true); }

METHOD(str_m_format)
{
    return format_str_method(SELF, args + 1, nargs - 1, kw);
}

METHOD(str_m_format_map)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, kw ? "str.format_map() takes no keyword arguments"
                                 : "str.format_map() takes exactly one argument (%zu given)",
                nargs - 1);
        return NULL;
    }
    return format_str_map(SELF, args[1]);
}

/* removeprefix, removesuffix: s without the affix when it has it. */
static Object *remove_affix(Object *const *args, size_t nargs, Object *kw, const char *name,
                            bool end)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, kw ? "str.%s() takes no keyword arguments"
                                 : "str.%s() takes exactly one argument (%zu given)", name,
                nargs - 1);
        return NULL;
    }
    Object *s = args[0], *a = args[1];
    if (!obj_isinstance_type(a, &StrType)) {
        exc_set(ExcTypeError, "%s() argument must be str, not %s", name, a->type->name);
        return NULL;
    }
    size_t n = str_nbytes(s), m = str_nbytes(a);
    if (m && m <= n && !memcmp(str_utf8(s) + (end ? n - m : 0), str_utf8(a), m))
        return end ? substr(s, 0, n - m) : substr(s, m, n);
    if (!obj_is(s, &StrType))
        return substr(s, 0, n);   /* a subclass's value as a str */
    INCREF(s);
    return s;
}

METHOD(str_m_removeprefix) { return remove_affix(args, nargs, kw, "removeprefix", false); }
METHOD(str_m_removesuffix) { return remove_affix(args, nargs, kw, "removesuffix", true); }

static const MethodDef str_methods[] = {
    { "split", str_m_split, NULL }, { "rsplit", str_m_rsplit, NULL },
    { "__format__", format_m_builtin, NULL },
    { "join", str_m_join, NULL }, { "strip", str_m_strip, NULL },
    { "lstrip", str_m_lstrip, NULL }, { "rstrip", str_m_rstrip, NULL },
    { "upper", str_m_upper, NULL }, { "lower", str_m_lower, NULL },
    { "swapcase", str_m_swapcase, NULL }, { "title", str_m_title, NULL },
    { "capitalize", str_m_capitalize, NULL }, { "casefold", str_m_casefold, NULL },
    { "replace", str_m_replace, NULL }, { "find", str_m_find, NULL },
    { "rfind", str_m_rfind, NULL }, { "index", str_m_index, NULL },
    { "rindex", str_m_rindex, NULL }, { "count", str_m_count, NULL },
    { "startswith", str_m_startswith, NULL }, { "endswith", str_m_endswith, NULL },
    { "encode", str_m_encode, NULL }, { "format", str_m_format, NULL },
    { "isdigit", str_m_isdigit, NULL }, { "isdecimal", str_m_isdecimal, NULL },
    { "isnumeric", str_m_isnumeric, NULL }, { "isalpha", str_m_isalpha, NULL },
    { "isspace", str_m_isspace, NULL }, { "isalnum", str_m_isalnum, NULL },
    { "isascii", str_m_isascii, NULL }, { "isupper", str_m_isupper, NULL },
    { "islower", str_m_islower, NULL }, { "isidentifier", str_m_isidentifier, NULL },
    { "expandtabs", str_m_expandtabs, NULL }, { "translate", str_m_translate, NULL },
    { "zfill", str_m_zfill, NULL }, { "ljust", str_m_ljust, NULL },
    { "rjust", str_m_rjust, NULL }, { "center", str_m_center, NULL },
    { "splitlines", str_m_splitlines, NULL }, { "partition", str_m_partition, NULL },
    { "rpartition", str_m_rpartition, NULL }, { "format_map", str_m_format_map, NULL },
    { "isprintable", str_m_isprintable, NULL }, { "istitle", str_m_istitle, NULL },
    { "removeprefix", str_m_removeprefix, NULL }, { "removesuffix", str_m_removesuffix, NULL },
    { NULL, NULL, NULL },
};

static size_t str_instsize(Object *o) { return sizeof(StrObject) + str_nbytes(o) + 1; }

static Object *str_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "object", "encoding", "errors", NULL };
    Object *v[3];
    if (args_parse("str", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    if (!v[0])
        return str_make("", 0, 0);
    if (!v[1] && !v[2])
        return obj_str(v[0]);
    if (!obj_is(v[0], &BytesType)) {
        exc_set(ExcTypeError, "decoding to str: need a bytes-like object, %s found",
                v[0]->type->name);
        return NULL;
    }
    BytesObject *b = (BytesObject *)v[0];
    return codec_decode("str", b->data, b->n, v[1], v[2]);
}

Type StrType = {
    OBJ_HEAD_INIT(&TypeType), .name = "str", .base = &ObjectType, .basicsize = sizeof(StrObject),
    .dealloc = str_dealloc, .flags = TYPE_BASETYPE | TYPE_COPYNEW, .instsize = str_instsize, .repr = str_repr, .str = str_str, .hash = str_hash,
    .richcompare = str_richcompare, .truth = str_truth, .iter = str_iter,
    .getitem = str_getitem, .len = str_len, .contains = str_contains, .num = &str_num,
    .construct = str_construct, .methods = str_methods, .classmethods = str_classmethods,
};
