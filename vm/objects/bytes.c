/* vm/objects/bytes.c — bytes: an immutable byte string. */
#include "vm/objects/object.h"

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

static Object *bytes_repr(Object *o)
{
    BytesObject *b = B(o);
    bool sq = memchr(b->data, '\'', b->n) != NULL, dq = memchr(b->data, '"', b->n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    StrBuf s = { 0 };
    strbuf_printf(&s, "b%c", q);
    for (size_t i = 0; i < b->n; i++) {
        unsigned char c = b->data[i];
        if (c == q || c == '\\')
            strbuf_printf(&s, "\\%c", c);
        else if (c == '\n')
            strbuf_puts(&s, "\\n");
        else if (c == '\r')
            strbuf_puts(&s, "\\r");
        else if (c == '\t')
            strbuf_puts(&s, "\\t");
        else if (c < 0x20 || c >= 0x7f)
            strbuf_printf(&s, "\\x%02x", c);
        else
            strbuf_put(&s, (const char *)&c, 1);
    }
    strbuf_put(&s, &q, 1);
    return strbuf_finish(&s);
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
    if (!obj_isinstance_type(b, &BytesType)) {
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
    if (!obj_is(x, &BytesType)) {
        exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", x->type->name);
        return -1;
    }
    return B(x)->n == 0 || memmem(b->data, b->n, B(x)->data, B(x)->n) != NULL;
}

static Object *bytes_add(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &BytesType) || !obj_isinstance_type(b, &BytesType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    BytesObject *r = bytes_alloc(B(a)->n + B(b)->n);
    if (!r)
        return NULL;
    memcpy(r->data, B(a)->data, B(a)->n);
    memcpy(r->data + B(a)->n, B(b)->data, B(b)->n);
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

static const NumberOps bytes_num = { .add = bytes_add, .mul = bytes_mul };

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

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

METHOD(bytes_m_decode)
{
    static const char *const names[] = { "self", "encoding", "errors", NULL };
    Object *v[3];
    if (args_parse("decode", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    if (v[1] && (!obj_is(v[1], &StrType) ||
                 (strcasecmp(str_utf8(v[1]), "utf-8") && strcasecmp(str_utf8(v[1]), "utf8") &&
                  strcasecmp(str_utf8(v[1]), "ascii")))) {
        exc_set(ExcValueError /* CPython: LookupError */, "unknown encoding: %s",
                obj_is(v[1], &StrType) ? str_utf8(v[1]) : "?");
        return NULL;
    }
    return str_from_utf8((const char *)B(v[0])->data, B(v[0])->n);
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
    return bytes_hex(B(args[0])->data, B(args[0])->n, v[0], per);
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
    Object *r = bytes_from(buf, out);
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
    BytesObject *b = B(args[0]);
    for (size_t i = 0; i < nc; i++) {
        if (!obj_is(cands[i], &BytesType)) {
            exc_set(ExcTypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                    end ? "endswith" : "startswith", cands[i]->type->name);
            return NULL;
        }
        BytesObject *a = B(cands[i]);
        if (a->n <= b->n && !memcmp(b->data + (end ? b->n - a->n : 0), a->data, a->n))
            return bool_from(true);
    }
    return bool_from(false);
}

METHOD(bytes_m_startswith) { return affix(args, nargs, false); }
METHOD(bytes_m_endswith) { return affix(args, nargs, true); }

METHOD(bytes_m_find)
{
    if (nargs != 2 || !obj_is(args[1], &BytesType)) {
        exc_set(ExcTypeError, "find() argument must be bytes");
        return NULL;
    }
    BytesObject *b = B(args[0]), *s = B(args[1]);
    const unsigned char *f = s->n ? memmem(b->data, b->n, s->data, s->n) : b->data;
    return int_from_i64(f ? (int64_t)(f - b->data) : -1);
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
    BytesObject *sep = B(args[0]);
    size_t total = 0, n = list_len(items);
    for (size_t i = 0; i < n; i++) {
        Object *x = list_get(items, i);
        if (!obj_is(x, &BytesType)) {
            exc_set(ExcTypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                    x->type->name);
            DECREF(items);
            return NULL;
        }
        total += B(x)->n + (i ? sep->n : 0);
    }
    BytesObject *r = bytes_alloc(total);
    size_t at = 0;
    for (size_t i = 0; r && i < n; i++) {
        if (i) {
            memcpy(r->data + at, sep->data, sep->n);
            at += sep->n;
        }
        memcpy(r->data + at, B(list_get(items, i))->data, B(list_get(items, i))->n);
        at += B(list_get(items, i))->n;
    }
    DECREF(items);
    return (Object *)r;
}

static const MethodDef bytes_classmethods[] = {
    { "fromhex", bytes_m_fromhex, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef bytes_methods[] = {
    { "decode", bytes_m_decode, NULL }, { "hex", bytes_m_hex, NULL },
    { "startswith", bytes_m_startswith, NULL }, { "endswith", bytes_m_endswith, NULL },
    { "find", bytes_m_find, NULL }, { "join", bytes_m_join, NULL },
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

static Object *bytes_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Object *v[3];
    if (args_parse("bytes", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    Object *x = v[0];
    if (!x)
        return bytes_from("", 0);
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
