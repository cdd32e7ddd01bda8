/* vm/modules/mod_struct.c — the `struct` module: values to and from C
 * structs held in bytes, as CPython's _struct (pack, unpack, calcsize,
 * pack_into, unpack_from, iter_unpack, the Struct class, struct.error), over
 * any bytes-like buffer (vm/objects/buffer.h).
 *
 * A format compiles once into a Struct: its byte order and size mode, then
 * one Code per format letter (repeat count, offset), so packing is a walk
 * over codes.  '@' (the default) uses this machine's sizes, alignment and
 * order; '=', '<', '>' and '!' use the standard sizes, no alignment, and
 * native, little, big, big order.  Messages are CPython's.
 *
 * Each Struct holds struct.error (the class the module made), so it raises
 * the module's error even after the module itself is gone.
 */
#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"

enum Kind { K_PAD, K_CHAR, K_SINT, K_UINT, K_BOOL, K_HALF, K_FLOAT, K_DOUBLE, K_STR, K_PSTR };

/* A format letter: its kind, native size (= native alignment), standard
 * size (0: native mode only). */
typedef struct Letter { char c; enum Kind kind; unsigned char native, standard; } Letter;

static const Letter letters[] = {
    { 'x', K_PAD, 1, 1 },    { 'c', K_CHAR, 1, 1 },    { 'b', K_SINT, 1, 1 },
    { 'B', K_UINT, 1, 1 },   { '?', K_BOOL, 1, 1 },    { 'h', K_SINT, 2, 2 },
    { 'H', K_UINT, 2, 2 },   { 'i', K_SINT, 4, 4 },    { 'I', K_UINT, 4, 4 },
    { 'l', K_SINT, 8, 4 },   { 'L', K_UINT, 8, 4 },    { 'q', K_SINT, 8, 8 },
    { 'Q', K_UINT, 8, 8 },   { 'n', K_SINT, 8, 0 },    { 'N', K_UINT, 8, 0 },
    { 'P', K_UINT, 8, 0 },   { 'e', K_HALF, 2, 2 },    { 'f', K_FLOAT, 4, 4 },
    { 'd', K_DOUBLE, 8, 8 }, { 's', K_STR, 1, 1 },     { 'p', K_PSTR, 1, 1 },
};

typedef struct Code {
    const Letter *l;
    size_t count;   /* items; for s and p the byte length of the one item */
    size_t offset;
    size_t size;    /* bytes of one item (s, p: 1) */
} Code;

typedef struct StructObject {
    Object ob;
    Object *format;   /* str */
    Object *err;      /* struct.error */
    bool little, native;
    size_t size, nitems, ncodes;
    Code *codes;
} StructObject;

static Type StructType, UnpackIterType;

static Object *struct_module_error(void);

/* ---- compiling a format */

static const Letter *letter_of(char c, bool native)
{
    for (size_t i = 0; i < sizeof letters / sizeof *letters; i++)
        if (letters[i].c == c)
            return native || letters[i].standard ? &letters[i] : NULL;
    return NULL;
}

static bool add_overflows(size_t a, size_t b, size_t *out) { return __builtin_add_overflow(a, b, out); }
static bool mul_overflows(size_t a, size_t b, size_t *out) { return __builtin_mul_overflow(a, b, out); }

/* Fills s's order, codes, size and nitems from fmt (a NUL-terminated string). */
static int struct_compile(StructObject *s, const char *fmt)
{
    s->native = true;
    s->little = true;   /* x86-64 and aarch64 are little-endian */
    switch (*fmt) {
    case '<': s->native = false; fmt++; break;
    case '>': case '!': s->native = false; s->little = false; fmt++; break;
    case '=': s->native = false; fmt++; break;
    case '@': fmt++; break;
    }
    s->codes = malloc((strlen(fmt) + 1) * sizeof *s->codes);
    if (!s->codes) {
        exc_nomemory();
        return -1;
    }
    size_t off = 0;
    for (const char *p = fmt; *p;) {
        char c = *p++;
        if (isspace((unsigned char)c))
            continue;
        size_t num = 1;
        if (isdigit((unsigned char)c)) {
            num = (size_t)(c - '0');
            while (isdigit((unsigned char)*p))
                if (mul_overflows(num, 10, &num) || add_overflows(num, (size_t)(*p++ - '0'), &num)) {
                    exc_set((Type *)s->err, "total struct size too long");
                    return -1;
                }
            if (!*p) {
                exc_set((Type *)s->err, "repeat count given without format specifier");
                return -1;
            }
            c = *p++;
        }
        const Letter *l = letter_of(c, s->native);
        if (!l) {
            exc_set((Type *)s->err, "bad char in struct format");
            return -1;
        }
        size_t size = s->native ? l->native : l->standard, bytes;
        if (s->native && size > 1)
            off = (off + size - 1) / size * size;
        if (mul_overflows(num, size, &bytes) || add_overflows(off, bytes, &bytes) ||
            bytes > (size_t)INT64_MAX) {
            exc_set((Type *)s->err, "total struct size too long");
            return -1;
        }
        s->codes[s->ncodes++] = (Code){ l, num, off, size };
        off = bytes;
        if (l->kind == K_STR || l->kind == K_PSTR)
            s->nitems++;
        else if (l->kind != K_PAD)
            s->nitems += num;
    }
    s->size = off;
    return 0;
}

/* s compiled anew from format (str or bytes). */
static int struct_set_format(StructObject *s, Object *format)
{
    if (!obj_isinstance_type(format, &StrType) && !obj_isinstance_type(format, &BytesType)) {
        exc_set(ExcTypeError, "Struct() argument 1 must be a str or bytes object, not %s",
                format->type->name);
        return -1;
    }
    Object *f = obj_isinstance_type(format, &StrType)
                    ? (INCREF(format), format)
                    : str_from_utf8((const char *)((BytesObject *)format)->data, ((BytesObject *)format)->n);
    if (!f)
        return -1;
    SETREF(s->format, f);
    free(s->codes);
    s->codes = NULL;
    s->size = s->nitems = s->ncodes = 0;
    return struct_compile(s, str_utf8(f));
}

/* A Struct for format raising err. */
static Object *struct_make(Type *t, Object *format, Object *err)
{
    StructObject *s = (StructObject *)obj_alloc(t, t->basicsize);
    if (!s)
        return NULL;
    INCREF(err);
    s->err = err;
    if (struct_set_format(s, format) < 0)
        SETREF(s, NULL);
    return (Object *)s;
}

static void struct_dealloc(Object *o)
{
    StructObject *s = (StructObject *)o;
    free(s->codes);
    XDECREF(s->format);
    XDECREF(s->err);
    obj_free(o);
}

/* ---- packing one item */

static void put_uint(unsigned char *p, uint64_t v, size_t size, bool little)
{
    for (size_t i = 0; i < size; i++, v >>= 8)
        p[little ? i : size - 1 - i] = (unsigned char)v;
}

static uint64_t get_uint(const unsigned char *p, size_t size, bool little)
{
    uint64_t v = 0;
    for (size_t i = 0; i < size; i++)
        v = v << 8 | p[little ? size - 1 - i : i];
    return v;
}

/* An int that fits 64 bits as unsigned (a big one above INT64_MAX too). */
static int as_u64(Object *v, uint64_t *out)
{
    if (int_is_small(v)) {
        if (int_value(v) < 0)
            return -1;
        *out = (uint64_t)int_value(v);
        return 0;
    }
    Object *args[2] = { int_from_i64(8), str_intern("little") };
    Object *b = args[0] ? obj_call_method(v, "to_bytes", args, 2) : NULL;
    XDECREF(args[0]);
    if (!b) {
        exc_clear();
        return -1;
    }
    *out = get_uint(((BytesObject *)b)->data, 8, true);
    DECREF(b);
    return 0;
}

static int pack_int(StructObject *s, const Code *c, Object *v, unsigned char *p)
{
    Type *err = (Type *)s->err;
    if (!obj_isinstance_type(v, &IntType) && obj_indexable(v)) {
        Object *i = obj_index(v);
        int r = i ? pack_int(s, c, i, p) : -1;
        XDECREF(i);
        return r;
    }
    if (!obj_isinstance_type(v, &IntType)) {
        exc_set(err, "required argument is not an integer");
        return -1;
    }
    char l = c->l->c;
    bool named = l == 'b' || l == 'B' || l == 'h' || l == 'H';  /* CPython reads these as signed */
    int bits = (int)c->size * 8;
    if (c->l->kind == K_SINT || named) {
        if (!int_is_small(v)) {
            exc_set(err, "argument out of range");
            return -1;
        }
        int64_t x = int_value(v);
        int64_t lo = c->l->kind == K_UINT ? 0 : bits == 64 ? INT64_MIN : -((int64_t)1 << (bits - 1));
        int64_t hi = bits == 64 ? INT64_MAX
                     : c->l->kind == K_UINT ? ((int64_t)1 << bits) - 1 : ((int64_t)1 << (bits - 1)) - 1;
        if (x < lo || x > hi) {
            const char *name = l == 'b' ? "byte" : l == 'B' ? "ubyte" : l == 'h' ? "short" : "ushort";
            if (named)
                exc_set(err, "%s format requires %lld <= number <= %lld", name, (long long)lo, (long long)hi);
            else
                exc_set(err, "'%c' format requires %lld <= number <= %lld", l, (long long)lo, (long long)hi);
            return -1;
        }
        put_uint(p, (uint64_t)x, c->size, s->little);
        return 0;
    }
    uint64_t x;
    if (l == 'P' && int_is_small(v) && int_value(v) < 0) {   /* a pointer may come signed */
        put_uint(p, (uint64_t)int_value(v), c->size, s->little);
        return 0;
    }
    if (as_u64(v, &x) < 0) {
        exc_set(err, "argument out of range");
        return -1;
    }
    if (bits < 64 && x >> bits) {
        exc_set(err, "'%c' format requires 0 <= number <= %llu", l,
                (unsigned long long)(((uint64_t)1 << bits) - 1));
        return -1;
    }
    put_uint(p, x, c->size, s->little);
    return 0;
}

/* IEEE 754 binary16, rounded half to even; -1 when too large. */
static int half_bits(double x, uint16_t *out)
{
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    double a = fabs(x);
    if (isnan(x)) {
        *out = sign | 0x7e00;
        return 0;
    }
    if (isinf(x)) {
        *out = sign | 0x7c00;
        return 0;
    }
    int e;
    double f = frexp(a, &e);   /* a = f * 2**e, 0.5 <= f < 1 */
    if (a == 0) {
        *out = sign;
        return 0;
    }
    e -= 1;                    /* a = 2f * 2**e, 1 <= 2f < 2 */
    if (e < -14) {             /* subnormal: units of 2**-24; 1024 carries into the exponent */
        *out = sign | (uint16_t)rint(ldexp(a, 24));
        return 0;
    }
    double m = rint((2 * f - 1) * 1024);
    if (m == 1024) {
        m = 0;
        e++;
    }
    if (e + 15 >= 31)
        return -1;
    *out = sign | (uint16_t)((e + 15) << 10) | (uint16_t)m;
    return 0;
}

static double half_value(uint16_t h)
{
    int e = (h >> 10) & 0x1f, m = h & 0x3ff;
    double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(m + 1024, e - 25);
    return (h & 0x8000) ? -v : v;
}

static int pack_real(StructObject *s, const Code *c, Object *v, unsigned char *p)
{
    double x;
    if (!obj_isinstance_type(v, &FloatType) && !obj_isinstance_type(v, &IntType)) {
        exc_set((Type *)s->err, "required argument is not a float");
        return -1;
    }
    if (num_as_double(v, &x) < 0)
        return -1;
    if (c->l->kind == K_HALF) {
        uint16_t h;
        if (half_bits(x, &h) < 0) {
            exc_set(ExcOverflowError, "float too large to pack with e format");
            return -1;
        }
        put_uint(p, h, 2, s->little);
    } else if (c->l->kind == K_FLOAT) {
        /* Native 'f' is C's conversion (inf beyond FLT_MAX), standard refuses. */
        if (!s->native && isfinite(x) && fabs(x) > FLT_MAX && isinf((float)x)) {
            exc_set(ExcOverflowError, "float too large to pack with f format");
            return -1;
        }
        float f = (float)x;
        uint32_t u;
        memcpy(&u, &f, 4);
        put_uint(p, u, 4, s->little);
    } else {
        uint64_t u;
        memcpy(&u, &x, 8);
        put_uint(p, u, 8, s->little);
    }
    return 0;
}

static int pack_bytes(StructObject *s, const Code *c, Object *v, unsigned char *p)
{
    if (!obj_isinstance_type(v, &BytesType)) {
        exc_set((Type *)s->err, "argument for '%c' must be a bytes object", c->l->c);
        return -1;
    }
    const BytesObject *b = (const BytesObject *)v;
    size_t n = b->n < c->count ? b->n : c->count;
    if (c->l->kind == K_STR) {
        memcpy(p, b->data, n);
        return 0;
    }
    if (c->count == 0)
        return 0;
    if (n > c->count - 1)
        n = c->count - 1;
    memcpy(p + 1, b->data, n);
    *p = (unsigned char)(n > 255 ? 255 : n);
    return 0;
}

static int pack_item(StructObject *s, const Code *c, Object *v, unsigned char *p)
{
    switch (c->l->kind) {
    case K_CHAR:
        if (!obj_isinstance_type(v, &BytesType) || ((BytesObject *)v)->n != 1) {
            exc_set((Type *)s->err, "char format requires a bytes object of length 1");
            return -1;
        }
        *p = ((BytesObject *)v)->data[0];
        return 0;
    case K_BOOL: {
        int t = obj_truth(v);
        *p = (unsigned char)(t > 0);
        return t < 0 ? -1 : 0;
    }
    case K_SINT: case K_UINT: return pack_int(s, c, v, p);
    case K_HALF: case K_FLOAT: case K_DOUBLE: return pack_real(s, c, v, p);
    default: return pack_bytes(s, c, v, p);
    }
}

/* Packs items (exactly s->nitems) into buf (s->size bytes, zeroed). */
static int struct_pack_to(StructObject *s, Object *const *items, unsigned char *buf)
{
    size_t k = 0;
    for (size_t i = 0; i < s->ncodes; i++) {
        const Code *c = &s->codes[i];
        if (c->l->kind == K_PAD)
            continue;
        bool one = c->l->kind == K_STR || c->l->kind == K_PSTR;
        for (size_t j = 0; j < (one ? 1 : c->count); j++)
            if (pack_item(s, c, items[k++], buf + c->offset + j * c->size) < 0)
                return -1;
    }
    return 0;
}

static Object *struct_pack(StructObject *s, Object *const *items, size_t n)
{
    if (n != s->nitems) {
        exc_set((Type *)s->err, "pack expected %zu items for packing (got %zu)", s->nitems, n);
        return NULL;
    }
    unsigned char *buf = calloc(s->size ? s->size : 1, 1);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    Object *r = struct_pack_to(s, items, buf) < 0 ? NULL : bytes_from(buf, s->size);
    free(buf);
    return r;
}

/* ---- unpacking */

static Object *int_from_u64(uint64_t v)
{
    if (v <= INT64_MAX)
        return int_from_i64((int64_t)v);
    Object *half = int_from_i64((int64_t)(v >> 1)), *one = int_from_i64(1), *low = int_from_i64(v & 1);
    Object *twice = half ? obj_binop(half, one, BIN_LSHIFT) : NULL;
    Object *r = twice ? obj_binop(twice, low, BIN_ADD) : NULL;
    XDECREF(half);
    XDECREF(twice);
    return r;
}

static Object *unpack_item(StructObject *s, const Code *c, const unsigned char *p)
{
    size_t size = c->size;
    switch (c->l->kind) {
    case K_CHAR: return bytes_from(p, 1);
    case K_BOOL: return bool_from(*p != 0);
    case K_SINT: {
        uint64_t u = get_uint(p, size, s->little);
        if (size < 8 && (u >> (size * 8 - 1)))
            u |= ~(uint64_t)0 << (size * 8);   /* sign-extend */
        return int_from_i64((int64_t)u);
    }
    case K_UINT: return int_from_u64(get_uint(p, size, s->little));
    case K_HALF: return float_from_double(half_value((uint16_t)get_uint(p, 2, s->little)));
    case K_FLOAT: {
        uint32_t u = (uint32_t)get_uint(p, 4, s->little);
        float f;
        memcpy(&f, &u, 4);
        return float_from_double(f);
    }
    case K_DOUBLE: {
        uint64_t u = get_uint(p, 8, s->little);
        double d;
        memcpy(&d, &u, 8);
        return float_from_double(d);
    }
    case K_STR: return bytes_from(p, c->count);
    default: {   /* K_PSTR */
        size_t n = c->count ? *p : 0;
        if (c->count && n > c->count - 1)
            n = c->count - 1;
        return bytes_from(p + 1, n);
    }
    }
}

/* A tuple of the items in buf (s->size bytes). */
static Object *struct_unpack_at(StructObject *s, const unsigned char *buf)
{
    Object *t = tuple_new(s->nitems);
    size_t k = 0;
    for (size_t i = 0; t && i < s->ncodes; i++) {
        const Code *c = &s->codes[i];
        if (c->l->kind == K_PAD)
            continue;
        bool one = c->l->kind == K_STR || c->l->kind == K_PSTR;
        for (size_t j = 0; j < (one ? 1 : c->count); j++) {
            Object *v = unpack_item(s, c, buf + c->offset + j * c->size);
            if (!v) {
                for (; k < s->nitems; k++)
                    tuple_set(t, k, none_new());
                DECREF(t);
                return NULL;
            }
            tuple_set(t, k++, v);
        }
    }
    return t;
}

static int buffer_arg(Object *o, const unsigned char **p, size_t *n)
{
    return buffer_peek(o, p, n);
}

static Object *struct_unpack(StructObject *s, Object *buffer)
{
    const unsigned char *p;
    size_t n;
    if (buffer_arg(buffer, &p, &n) < 0)
        return NULL;
    if (n != s->size) {
        exc_set((Type *)s->err, "unpack requires a buffer of %zu bytes", s->size);
        return NULL;
    }
    return struct_unpack_at(s, p);
}

static Object *struct_unpack_from(StructObject *s, Object *buffer, Object *offset)
{
    const unsigned char *p;
    size_t n;
    int64_t off = 0;
    if (buffer_arg(buffer, &p, &n) < 0 || (offset && int_as_i64(offset, &off) < 0))
        return NULL;
    Type *err = (Type *)s->err;
    if (off < 0) {
        if (off + (int64_t)n < 0) {
            exc_set(err, "offset %lld out of range for %zu-byte buffer", (long long)off, n);
            return NULL;
        }
        if ((uint64_t)-off < s->size) {
            exc_set(err, "not enough data to unpack %zu bytes at offset %lld", s->size, (long long)off);
            return NULL;
        }
        off += (int64_t)n;
    } else if ((uint64_t)off > n || n - (size_t)off < s->size) {
        exc_set(err, "unpack_from requires a buffer of at least %llu bytes for unpacking %zu "
                "bytes at offset %lld (actual buffer size is %zu)",
                (unsigned long long)s->size + (unsigned long long)off, s->size, (long long)off, n);
        return NULL;
    }
    return struct_unpack_at(s, p + off);
}

/* The byte offset pack_into writes at: a negative one counts from the end. */
static int pack_offset(StructObject *s, Object *o, size_t n, size_t *out)
{
    Type *err = (Type *)s->err;
    int64_t off;
    if (int_as_i64(o, &off) < 0)
        return -1;
    if (off < 0) {
        if (off + (int64_t)s->size > 0) {
            exc_set(err, "no space to pack %zu bytes at offset %lld", s->size, (long long)off);
            return -1;
        }
        if (off + (int64_t)n < 0) {
            exc_set(err, "offset %lld out of range for %zu-byte buffer", (long long)off, n);
            return -1;
        }
        off += (int64_t)n;
    }
    if ((uint64_t)off > n || n - (size_t)off < s->size) {
        exc_set(err, "pack_into requires a buffer of at least %llu bytes for packing %zu bytes "
                "at offset %lld (actual buffer size is %zu)",
                (unsigned long long)s->size + (unsigned long long)off, s->size, (long long)off, n);
        return -1;
    }
    *out = (size_t)off;
    return 0;
}

/* pack_into(buffer, offset, *items): the items are packed aside first, so
 * the buffer (pinned meanwhile) changes only when every item packs. */
static Object *struct_pack_into(StructObject *s, Object *const *args, size_t nargs)
{
    Type *err = (Type *)s->err;
    if (nargs == 0)
        exc_set(err, "pack_into expected buffer argument");
    else if (nargs == 1)
        exc_set(err, "pack_into expected offset argument");
    else if (nargs - 2 != s->nitems)
        exc_set(err, "pack_into expected %zu items for packing (got %zu)", s->nitems, nargs - 2);
    if (nargs < 2 || nargs - 2 != s->nitems)
        return NULL;
    Buffer hold BUFFER_SCOPED = { 0 };
    size_t off;
    if (buffer_get_writable(args[0], &hold) < 0 || pack_offset(s, args[1], hold.n, &off) < 0)
        return NULL;
    unsigned char *tmp = calloc(s->size ? s->size : 1, 1);
    if (!tmp) {
        exc_nomemory();
        return NULL;
    }
    int rc = struct_pack_to(s, args + 2, tmp);
    if (rc == 0 && s->size)
        memcpy(hold.p + off, tmp, s->size);
    free(tmp);
    return rc < 0 ? NULL : none_new();
}

/* ---- iter_unpack's iterator: the Struct and the buffer it walks */

typedef struct UnpackIter {
    Object ob;
    StructObject *s;
    Buffer buf;       /* held until the iterator is exhausted or freed */
    size_t pos;
} UnpackIter;

static Object *struct_iter_unpack(StructObject *s, Object *buffer)
{
    UnpackIter *it = (UnpackIter *)obj_alloc(&UnpackIterType, sizeof *it);
    if (!it)
        return NULL;
    INCREF(s);
    it->s = s;
    if (buffer_get(buffer, &it->buf) < 0)
        SETREF(it, NULL);
    else if (s->size == 0) {
        exc_set((Type *)s->err, "cannot iteratively unpack with a struct of length 0");
        SETREF(it, NULL);
    } else if (it->buf.n % s->size) {
        exc_set((Type *)s->err, "iterative unpacking requires a buffer of a multiple of %zu bytes",
                s->size);
        SETREF(it, NULL);
    }
    return (Object *)it;
}

static void iter_dealloc(Object *o)
{
    UnpackIter *it = (UnpackIter *)o;
    XDECREF(it->s);
    buffer_release(&it->buf);
    obj_free(o);
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Object *iter_next(Object *o)
{
    UnpackIter *it = (UnpackIter *)o;
    if (it->pos >= it->buf.n) {
        buffer_release(&it->buf);
        return NULL;
    }
    Object *r = struct_unpack_at(it->s, it->buf.p + it->pos);
    it->pos += it->s->size;
    return r;
}

static Object *iter_m_length_hint(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    UnpackIter *it = (UnpackIter *)args[0];
    return int_from_i64(it->buf.obj ? (int64_t)((it->buf.n - it->pos) / it->s->size) : 0);
}

static const MethodDef iter_methods[] = {
    { "__length_hint__", iter_m_length_hint, NULL },
    { NULL, NULL, NULL },
};

static Type UnpackIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "unpack_iterator", .base = &ObjectType,
    .basicsize = sizeof(UnpackIter), .dealloc = iter_dealloc, .iter = iter_self,
    .iternext = iter_next, .methods = iter_methods,
};

/* ---- Struct's methods (args[0] is the Struct) */

static StructObject *self_struct(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &StructType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'Struct' object", meth);
        return NULL;
    }
    return (StructObject *)args[0];
}

static bool no_kw(Object *kw, const char *meth)
{
    if (kw)
        exc_set(ExcTypeError, "%s() takes no keyword arguments", meth);
    return !kw;
}

static Object *s_pack(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    StructObject *s = self_struct(args, nargs, "pack");
    return s && no_kw(kw, "pack") ? struct_pack(s, args + 1, nargs - 1) : NULL;
}

static Object *s_pack_into(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    StructObject *s = self_struct(args, nargs, "pack_into");
    return s && no_kw(kw, "pack_into") ? struct_pack_into(s, args + 1, nargs - 1) : NULL;
}

static Object *s_unpack(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "buffer", NULL };
    Object *a[1];
    StructObject *s = self_struct(args, nargs, "unpack");
    if (!s || !no_kw(kw, "unpack") || args_parse("unpack", args + 1, nargs - 1, NULL, 1, names, a) < 0)
        return NULL;
    return struct_unpack(s, a[0]);
}

static Object *s_unpack_from(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "buffer", "offset", NULL };
    Object *a[2];
    StructObject *s = self_struct(args, nargs, "unpack_from");
    if (!s || args_parse("unpack_from", args + 1, nargs - 1, kw, 1, names, a) < 0)
        return NULL;
    return struct_unpack_from(s, a[0], a[1]);
}

static Object *s_iter_unpack(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "buffer", NULL };
    Object *a[1];
    StructObject *s = self_struct(args, nargs, "iter_unpack");
    if (!s || !no_kw(kw, "iter_unpack") ||
        args_parse("iter_unpack", args + 1, nargs - 1, NULL, 1, names, a) < 0)
        return NULL;
    return struct_iter_unpack(s, a[0]);
}

static Object *s_get_format(Object *o)
{
    INCREF(((StructObject *)o)->format);
    return ((StructObject *)o)->format;
}

static Object *s_get_size(Object *o) { return int_from_i64((int64_t)((StructObject *)o)->size); }

static Object *struct_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "format", NULL };
    Object *a[1];
    if (args_parse("Struct", args, nargs, kw, 1, names, a) < 0)
        return NULL;
    Object *err = struct_module_error();
    return err ? struct_make((Type *)callable, a[0], err) : NULL;
}

/* Struct.__init__(format): a subclass's __init__ passes its format on. */
static Object *s_init(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "format", NULL };
    Object *a[1];
    StructObject *s = self_struct(args, nargs, "__init__");
    if (!s || args_parse("Struct", args + 1, nargs - 1, kw, 1, names, a) < 0)
        return NULL;
    return struct_set_format(s, a[0]) < 0 ? NULL : none_new();
}

static const MethodDef struct_methods[] = {
    { "__init__", s_init, NULL },
    { "pack", s_pack, NULL },
    { "pack_into", s_pack_into, NULL },
    { "unpack", s_unpack, NULL },
    { "unpack_from", s_unpack_from, NULL },
    { "iter_unpack", s_iter_unpack, NULL },
    { "format", NULL, s_get_format },
    { "size", NULL, s_get_size },
    { NULL, NULL, NULL },
};

static Type StructType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Struct", .base = &ObjectType,
    .basicsize = sizeof(StructObject), .flags = TYPE_BASETYPE | TYPE_CONSTRUCT_SUBCLASS,
    .dealloc = struct_dealloc,
    .construct = struct_construct, .methods = struct_methods,
};

/* struct.error for Struct(...) called directly: the class of the module
 * imported as `struct` (a Struct outlives it by holding its own). */
static Object *struct_module_error(void)
{
    Object *m = module_imported("struct");
    Object *err = m && obj_isinstance_type(m, &ModuleType) ? dict_get_str(module_dict(m), "error") : NULL;
    if (!err || !obj_isinstance_type(err, &TypeType)) {
        exc_set(ExcImportError, "struct.Struct: the struct module is not imported");
        return NULL;
    }
    return err;
}

/* ---- module functions: self is struct.error; the format is args[0] */

static Object *fmt_struct(Object *f, Object *const *args, size_t nargs, const char *fn)
{
    if (nargs < 1) {
        exc_set(ExcTypeError, "%s() missing required argument 'format' (pos 1)", fn);
        return NULL;
    }
    return struct_make(&StructType, args[0], builtin_self(f));
}

#define MOD_FN(name, body)                                                                 \
    static Object *m_##name(Object *f, Object *const *args, size_t nargs, Object *kw)      \
    {                                                                                      \
        StructObject *s = (StructObject *)fmt_struct(f, args, nargs, #name);                \
        Object *r = s ? (body) : NULL;                                                     \
        XDECREF(s);                                                                        \
        return r;                                                                          \
    }

/* unpack(format, buffer) and iter_unpack(format, buffer): exactly two
 * positional arguments, as CPython's. */
static bool one_buffer(Object *const *args, size_t nargs, Object *kw, const char *fn)
{
    if (kw)
        exc_set(ExcTypeError, "%s() takes no keyword arguments", fn);
    else if (nargs != 1)
        exc_set(ExcTypeError, "%s expected 2 arguments, got %zu", fn, nargs + 1);
    return !kw && nargs == 1;
}

static Object *unpack_from_args(StructObject *s, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "buffer", "offset", NULL };
    Object *a[2];
    if (args_parse("unpack_from", args, nargs, kw, 1, names, a) < 0)
        return NULL;
    return struct_unpack_from(s, a[0], a[1]);
}

static Object *calcsize_of(StructObject *s, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "calcsize() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    return int_from_i64((int64_t)s->size);
}

MOD_FN(pack, no_kw(kw, "pack") ? struct_pack(s, args + 1, nargs - 1) : NULL)
MOD_FN(pack_into, no_kw(kw, "pack_into") ? struct_pack_into(s, args + 1, nargs - 1) : NULL)
MOD_FN(unpack, one_buffer(args + 1, nargs - 1, kw, "unpack") ? struct_unpack(s, args[1]) : NULL)
MOD_FN(unpack_from, unpack_from_args(s, args + 1, nargs - 1, kw))
MOD_FN(iter_unpack, one_buffer(args + 1, nargs - 1, kw, "iter_unpack") ? struct_iter_unpack(s, args[1]) : NULL)
MOD_FN(calcsize, calcsize_of(s, nargs, kw))
#undef MOD_FN

static int add_fn(Object *m, const char *name, CallFn fn, Object *err)
{
    Object *f = builtin_new(name, fn, err);
    int r = f ? module_add(m, name, f) : -1;
    XDECREF(f);
    return r;
}

Object *mod_struct_init(void)
{
    Object *m = module_new("struct", NULL);
    Object *err = m ? (Object *)type_new_module_class("struct", "error", ExcException) : NULL;
    int bad = !err || module_add(m, "error", err) < 0 ||
              module_add(m, "Struct", (Object *)&StructType) < 0 ||
              add_fn(m, "pack", m_pack, err) < 0 || add_fn(m, "pack_into", m_pack_into, err) < 0 ||
              add_fn(m, "unpack", m_unpack, err) < 0 ||
              add_fn(m, "unpack_from", m_unpack_from, err) < 0 ||
              add_fn(m, "iter_unpack", m_iter_unpack, err) < 0 ||
              add_fn(m, "calcsize", m_calcsize, err) < 0;
    XDECREF(err);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
