/* vm/objects/bytearray.c — bytearray: a mutable byte string.
 *
 * The bytes live in a separate, growable allocation.  While a Buffer or a
 * memoryview holds them (exports > 0) the allocation must not move, so
 * every change of length checks ba_resize first and raises BufferError, as
 * CPython does; writing bytes in place is allowed.  The methods that only
 * read are bytes' own (vm/objects/bytes.h). */
#include "vm/objects/bytearray.h"

#include <stdlib.h>
#include <string.h>

#include "vm/objects/buffer.h"
#include "vm/objects/bytes.h"

static inline ByteArrayObject *BA(Object *o) { return (ByteArrayObject *)o; }

/* Bytes deleted from the front only move data on (so a FIFO buffer's
 * `del buf[:k]` costs O(1), as python3's); before a reallocation the
 * first keep bytes move back to the start of the block. */
static void ba_compact(ByteArrayObject *a, size_t keep)
{
    if (a->data == a->base)
        return;
    memmove(a->base, a->data, keep < a->n ? keep : a->n);
    a->cap += (size_t)(a->data - a->base);
    a->data = a->base;
}

/* Length n, contents kept up to min(old, n); BufferError while exported. */
static int ba_resize(ByteArrayObject *a, size_t n)
{
    if (n == a->n)
        return 0;
    if (a->exports) {
        exc_set(ExcBufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (n > a->cap || n < a->cap / 4) {
        size_t cap = n > a->cap ? n + n / 8 + 8 : n;
        if (!obj_size_ok(cap))
            return -1;
        ba_compact(a, n);
        unsigned char *p = realloc(a->base, cap ? cap : 1);
        if (!p && n <= a->cap) {  /* a shrink may keep the larger block */
            a->n = n;
            return 0;
        }
        if (!p) {
            exc_nomemory();
            return -1;
        }
        a->data = a->base = p;
        a->cap = cap;
    }
    a->n = n;
    return 0;
}

static ByteArrayObject *ba_new(Type *t)
{
    return (ByteArrayObject *)obj_alloc(t, sizeof(ByteArrayObject));
}

Object *bytearray_from(const void *p, size_t n)
{
    ByteArrayObject *a = ba_new(&ByteArrayType);
    if (a && ba_resize(a, n) < 0)
        SETREF(a, NULL);
    if (a && n)
        memcpy(a->data, p, n);
    return (Object *)a;
}

static void ba_dealloc(Object *o)
{
    free(BA(o)->base);
    obj_free(o);
}

/* An item to store: an int in range(0, 256). */
static int byte_value(Object *v, unsigned char *out)
{
    int64_t x;
    if (int_as_i64(v, &x) < 0) {
        if (obj_isinstance_type(v, &IntType)) {
            exc_clear();
            x = -1;
        } else {
            return -1;
        }
    }
    if (x < 0 || x > 255) {
        exc_set(ExcValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (unsigned char)x;
    return 0;
}

static int ba_append_bytes(ByteArrayObject *a, const void *p, size_t n)
{
    size_t at = a->n;
    if (ba_resize(a, at + n) < 0)
        return -1;
    if (n)
        memmove(a->data + at, p, n);
    return 0;
}

/* Appends the bytes of a buffer, or the ints of any other iterable. */
static int ba_extend(ByteArrayObject *a, Object *x)
{
    if (buffer_check(x)) {
        Buffer b;
        if (buffer_get(x, &b) < 0)
            return -1;
        /* x may be a itself: copy before a moves. */
        unsigned char *tmp = malloc(b.n ? b.n : 1);
        int rc = tmp ? 0 : -1;
        if (!tmp)
            exc_nomemory();
        else
            memcpy(tmp, b.p, b.n);
        buffer_release(&b);
        if (rc == 0)
            rc = ba_append_bytes(a, tmp, b.n);
        free(tmp);
        return rc;
    }
    /* All or nothing: the items go to a fresh bytearray first. */
    Object *it = obj_iter(x), *v;
    ByteArrayObject *t = it ? ba_new(&ByteArrayType) : NULL;
    int rc = t ? 0 : -1;
    while (rc == 0 && (v = obj_iternext(it))) {
        unsigned char c;
        rc = byte_value(v, &c);
        DECREF(v);
        if (rc == 0)
            rc = ba_append_bytes(t, &c, 1);
    }
    if (rc == 0 && !exc_occurred())
        rc = ba_append_bytes(a, t->data, t->n);
    else
        rc = -1;
    XDECREF(t);
    XDECREF(it);
    return rc;
}

/* bytearray(source=b'', encoding, errors) into a (empty or cleared). */
static int ba_init(ByteArrayObject *a, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "source", "encoding", "errors", NULL };
    Object *v[3];
    if (args_parse("bytearray", args, nargs, kw, 0, names, v) < 0 || ba_resize(a, 0) < 0)
        return -1;
    Object *x = v[0];
    if (!x) {
        if (v[1] || v[2]) {
            exc_set(ExcTypeError, v[1] ? "encoding without a string argument"
                                       : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (obj_isinstance_type(x, &StrType)) {
        if (!v[1]) {
            exc_set(ExcTypeError, "string argument without an encoding");
            return -1;
        }
        Object *e = obj_call_method(x, "encode", &v[1], 1);
        int rc = e ? ba_extend(a, e) : -1;
        XDECREF(e);
        return rc;
    }
    if (v[1] || v[2]) {
        exc_set(ExcTypeError, v[1] ? "encoding without a string argument"
                                   : "errors without a string argument");
        return -1;
    }
    if (obj_indexable(x)) {
        int64_t n;
        if (int_as_index(x, &n) < 0)
            return -1;
        if (n < 0) {
            exc_set(ExcValueError, "negative count");
            return -1;
        }
        if (ba_resize(a, (size_t)n) < 0)
            return -1;
        memset(a->data, 0, (size_t)n);
        return 0;
    }
    if (!buffer_check(x) && !x->type->iter && !x->type->getitem) {
        exc_set(ExcTypeError, "cannot convert '%s' object to bytearray", x->type->name);
        return -1;
    }
    return ba_extend(a, x);
}

static Object *ba_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    (void)callable;
    ByteArrayObject *a = ba_new(&ByteArrayType);
    if (a && ba_init(a, args, nargs, kw) < 0)
        SETREF(a, NULL);
    return (Object *)a;
}

/* ---- protocols -------------------------------------------------------------- */

static Object *ba_repr(Object *o)
{
    StrBuf s = { 0 };
    strbuf_printf(&s, "%s(", o->type->name);
    bytes_repr_into(&s, BA(o)->data, BA(o)->n, true);
    strbuf_puts(&s, ")");
    return strbuf_finish(&s);
}

static Object *ba_richcompare(Object *a, Object *b, int op)
{
    const unsigned char *pa, *pb;
    size_t na, nb;
    if (buffer_peek(a, &pa, &na) < 0 || buffer_peek(b, &pb, &nb) < 0) {
        exc_clear();
        INCREF(NotImplemented);
        return NotImplemented;
    }
    int c = memcmp(pa, pb, na < nb ? na : nb);
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

static ssize_t ba_len(Object *o) { return (ssize_t)BA(o)->n; }

static Object *ba_getitem(Object *o, Object *key)
{
    ByteArrayObject *a = BA(o);
    if (obj_is(key, &SliceType)) {
        ssize_t start, stop, step, n;
        if (slice_indices(key, (ssize_t)a->n, &start, &stop, &step, &n) < 0)
            return NULL;
        ByteArrayObject *r = ba_new(&ByteArrayType);
        if (r && ba_resize(r, (size_t)n) < 0)
            SETREF(r, NULL);
        for (ssize_t i = 0, j = start; r && i < n; i++, j += step)
            r->data[i] = a->data[j];
        return (Object *)r;
    }
    size_t i;
    if (seq_index(key, a->n, &i, "bytearray") < 0)
        return NULL;
    return int_from_i64(a->data[i]);
}

/* Removes the slicelen items start, start+step, ... (step > 0 after
 * normalising a negative one). */
static int ba_delete_slice(ByteArrayObject *a, ssize_t start, ssize_t step, ssize_t slicelen)
{
    if (slicelen <= 0)
        return 0;
    if (a->exports) {
        exc_set(ExcBufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (step < 0) {
        start += step * (slicelen - 1);
        step = -step;
    }
    if (slicelen == 1)
        step = 1;
    if (step == 1 && start == 0) {
        a->data += slicelen;
        a->cap -= (size_t)slicelen;
        return ba_resize(a, a->n - (size_t)slicelen);
    }
    if (step == 1) {
        memmove(a->data + start, a->data + start + slicelen, a->n - (size_t)(start + slicelen));
        return ba_resize(a, a->n - (size_t)slicelen);
    }
    size_t w = (size_t)start;
    for (size_t r = (size_t)start, k = 0; r < a->n; r++) {
        if (k < (size_t)slicelen && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        a->data[w++] = a->data[r];
    }
    return ba_resize(a, w);
}

/* The bytes to store by slice assignment, as a new bytearray (a copy, so
 * that `a[x:y] = a` reads what a held before). */
static ByteArrayObject *assigned_bytes(Object *v)
{
    if (obj_isinstance_type(v, &IntType) || obj_isinstance_type(v, &StrType) ||
        (!buffer_check(v) && !v->type->iter && !v->type->getitem)) {
        exc_set(ExcTypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return NULL;
    }
    ByteArrayObject *t = ba_new(&ByteArrayType);
    if (t && ba_extend(t, v) < 0)
        SETREF(t, NULL);
    return t;
}

static int ba_setslice(ByteArrayObject *a, Object *key, Object *value)
{
    ssize_t start, stop, step, n;
    if (slice_indices(key, (ssize_t)a->n, &start, &stop, &step, &n) < 0)
        return -1;
    if (!value)
        return ba_delete_slice(a, start, step, n);
    ByteArrayObject *t = assigned_bytes(value);
    if (!t)
        return -1;
    int rc = 0;
    if (step == 1) {
        size_t s = (size_t)start, old = (size_t)n, m = t->n, tail = a->n - s - old;
        if (m > old)
            rc = ba_resize(a, a->n + m - old);
        if (rc == 0) {
            memmove(a->data + s + m, a->data + s + old, tail);
            if (m)
                memcpy(a->data + s, t->data, m);
            if (m < old)
                rc = ba_resize(a, s + m + tail);
        }
    } else if ((size_t)n != t->n) {
        exc_set(ExcValueError, "attempt to assign bytes of size %zu to extended slice of size %zd",
                t->n, n);
        rc = -1;
    } else {
        for (ssize_t i = 0, j = start; i < n; i++, j += step)
            a->data[j] = t->data[i];
    }
    DECREF(t);
    return rc;
}

static int ba_setitem(Object *o, Object *key, Object *value)
{
    ByteArrayObject *a = BA(o);
    if (obj_is(key, &SliceType))
        return ba_setslice(a, key, value);
    size_t i;
    if (seq_index(key, a->n, &i, "bytearray") < 0)
        return -1;
    if (!value)
        return ba_delete_slice(a, (ssize_t)i, 1, 1);
    return byte_value(value, &a->data[i]);
}

static int ba_contains(Object *o, Object *x)
{
    ByteArrayObject *a = BA(o);
    if (obj_isinstance_type(x, &IntType)) {
        unsigned char c;
        if (byte_value(x, &c) < 0)
            return -1;
        return a->n && memchr(a->data, c, a->n) != NULL;
    }
    const unsigned char *p;
    size_t n;
    if (buffer_peek(x, &p, &n) < 0)
        return -1;
    return n == 0 || (a->n && memmem(a->data, a->n, p, n) != NULL);
}

static Object *ba_add(Object *a, Object *b)
{
    const unsigned char *p;
    size_t n;
    if (!obj_isinstance_type(a, &ByteArrayType) || !buffer_check(b)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    if (buffer_peek(b, &p, &n) < 0)
        return NULL;
    ByteArrayObject *r = (ByteArrayObject *)bytearray_from(BA(a)->data, BA(a)->n);
    if (r && ba_append_bytes(r, p, n) < 0)
        SETREF(r, NULL);
    return (Object *)r;
}

/* a's bytes times k into r (r may be a: it grows first, then fills). */
static int ba_repeat_into(ByteArrayObject *r, const ByteArrayObject *a, Object *k)
{
    int64_t times;
    if (int_as_index(k, &times) < 0)
        return -1;
    size_t n = a->n, total;
    if (times < 0)
        times = 0;
    if (__builtin_mul_overflow(n, (size_t)times, &total)) {
        exc_nomemory();
        return -1;
    }
    if (ba_resize(r, total) < 0)
        return -1;
    for (int64_t i = r == a; i < times; i++)
        memcpy(r->data + (size_t)i * n, r == a ? r->data : a->data, n);
    return 0;
}

static Object *ba_mul(Object *a, Object *b)
{
    Object *s = obj_isinstance_type(a, &ByteArrayType) ? a : b, *k = s == a ? b : a;
    if (!obj_isinstance_type(s, &ByteArrayType) || !obj_indexable(k)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    ByteArrayObject *r = ba_new(&ByteArrayType);
    if (r && ba_repeat_into(r, BA(s), k) < 0)
        SETREF(r, NULL);
    return (Object *)r;
}

/* bytearray % args: formatted as bytes are, over a NUL-terminated copy. */
static Object *ba_mod(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &ByteArrayType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    ByteArrayObject *ba = (ByteArrayObject *)a;
    Object *fmt = bytes_from(ba->data ? (const void *)ba->data : "", ba->n);
    Object *r = fmt ? format_percent_bytes(((BytesObject *)fmt)->data, ba->n, b) : NULL;
    XDECREF(fmt);
    if (!r)
        return NULL;
    Object *out = bytearray_from(((BytesObject *)r)->data, ((BytesObject *)r)->n);
    DECREF(r);
    return out;
}

static const NumberOps ba_num = { .add = ba_add, .mul = ba_mul, .mod = ba_mod };

Object *bytearray_inplace(Object *a, Object *b, int op)
{
    int rc;
    if (op == BIN_ADD && buffer_check(b))
        rc = ba_extend(BA(a), b);
    else if (op == BIN_MUL && obj_indexable(b))
        rc = ba_repeat_into(BA(a), BA(a), b);
    else {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    if (rc < 0)
        return NULL;
    INCREF(a);
    return a;
}

/* ---- iteration --------------------------------------------------------------- */

typedef struct BaIter { Object ob; Object *a; size_t i; } BaIter;

static void baiter_dealloc(Object *o)
{
    XDECREF(((BaIter *)o)->a);
    obj_free(o);
}

/* Reads the length at every step: the bytearray may change under it. */
static Object *baiter_next(Object *o)
{
    BaIter *it = (BaIter *)o;
    if (!it->a)
        return NULL;
    if (it->i >= BA(it->a)->n) {
        SETREF(it->a, NULL);
        return NULL;
    }
    return int_from_i64(BA(it->a)->data[it->i++]);
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Type BaIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "bytearray_iterator", .base = &ObjectType,
    .basicsize = sizeof(BaIter), .dealloc = baiter_dealloc, .iter = iter_self,
    .iternext = baiter_next,
};

static Object *ba_iter(Object *o)
{
    BaIter *it = (BaIter *)obj_alloc(&BaIterType, sizeof(BaIter));
    if (!it)
        return NULL;
    INCREF(o);
    it->a = o;
    return (Object *)it;
}

/* ---- methods ------------------------------------------------------------------ */

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

static int exact_args(const char *name, size_t nargs, Object *kw, size_t want)
{
    if (kw) {
        exc_set(ExcTypeError, "bytearray.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs - 1 != want) {
        if (want == 0)
            exc_set(ExcTypeError, "bytearray.%s() takes no arguments (%zu given)", name, nargs - 1);
        else if (want == 1)
            exc_set(ExcTypeError, "bytearray.%s() takes exactly one argument (%zu given)", name,
                    nargs - 1);
        else
            exc_set(ExcTypeError, "%s expected %zu arguments, got %zu", name, want, nargs - 1);
        return -1;
    }
    return 0;
}

METHOD(ba_m_append)
{
    unsigned char v;
    if (exact_args("append", nargs, kw, 1) < 0 || byte_value(args[1], &v) < 0 ||
        ba_append_bytes(BA(args[0]), &v, 1) < 0)
        return NULL;
    return none_new();
}

METHOD(ba_m_extend)
{
    if (exact_args("extend", nargs, kw, 1) < 0)
        return NULL;
    Object *x = args[1];
    if (!buffer_check(x) && !x->type->iter && !x->type->getitem) {
        exc_set(ExcTypeError, "can't extend bytearray with %s", x->type->name);
        return NULL;
    }
    return ba_extend(BA(args[0]), x) < 0 ? NULL : none_new();
}

METHOD(ba_m_pop)
{
    ByteArrayObject *a = BA(args[0]);
    if (kw || nargs > 2) {
        exc_set(ExcTypeError, "pop expected at most 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    int64_t i = -1;
    if (nargs == 2 && int_as_index(args[1], &i) < 0)
        return NULL;
    if (a->n == 0) {
        exc_set(ExcIndexError, "pop from empty bytearray");
        return NULL;
    }
    if (i < 0)
        i += (int64_t)a->n;
    if (i < 0 || i >= (int64_t)a->n) {
        exc_set(ExcIndexError, "pop index out of range");
        return NULL;
    }
    unsigned char v = a->data[i];
    if (ba_delete_slice(a, (ssize_t)i, 1, 1) < 0)
        return NULL;
    return int_from_i64(v);
}

METHOD(ba_m_insert)
{
    ByteArrayObject *a = BA(args[0]);
    int64_t i;
    unsigned char v;
    if (exact_args("insert", nargs, kw, 2) < 0 || int_as_index(args[1], &i) < 0 ||
        byte_value(args[2], &v) < 0)
        return NULL;
    int64_t n = (int64_t)a->n;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    if (ba_resize(a, a->n + 1) < 0)
        return NULL;
    memmove(a->data + i + 1, a->data + i, (size_t)(n - i));
    a->data[i] = v;
    return none_new();
}

METHOD(ba_m_remove)
{
    ByteArrayObject *a = BA(args[0]);
    unsigned char v;
    if (exact_args("remove", nargs, kw, 1) < 0 || byte_value(args[1], &v) < 0)
        return NULL;
    unsigned char *at = a->n ? memchr(a->data, v, a->n) : NULL;
    if (!at) {
        exc_set(ExcValueError, "value not found in bytearray");
        return NULL;
    }
    return ba_delete_slice(a, at - a->data, 1, 1) < 0 ? NULL : none_new();
}

METHOD(ba_m_clear)
{
    if (exact_args("clear", nargs, kw, 0) < 0 || ba_resize(BA(args[0]), 0) < 0)
        return NULL;
    return none_new();
}

METHOD(ba_m_reverse)
{
    if (exact_args("reverse", nargs, kw, 0) < 0)
        return NULL;
    ByteArrayObject *a = BA(args[0]);
    for (size_t i = 0, j = a->n; i + 1 < j; i++, j--) {
        unsigned char t = a->data[i];
        a->data[i] = a->data[j - 1];
        a->data[j - 1] = t;
    }
    return none_new();
}

METHOD(ba_m_copy)
{
    if (exact_args("copy", nargs, kw, 0) < 0)
        return NULL;
    return bytearray_from(BA(args[0])->data, BA(args[0])->n);
}

/* bytearray.__init__: what a subclass's instance starts from. */
METHOD(ba_m_init)
{
    return ba_init(BA(args[0]), args + 1, nargs - 1, kw) < 0 ? NULL : none_new();
}

static const MethodDef ba_methods[] = {
    BYTES_SHARED_METHODS,
    { "append", ba_m_append, NULL }, { "extend", ba_m_extend, NULL },
    { "pop", ba_m_pop, NULL }, { "insert", ba_m_insert, NULL },
    { "remove", ba_m_remove, NULL }, { "clear", ba_m_clear, NULL },
    { "reverse", ba_m_reverse, NULL }, { "copy", ba_m_copy, NULL },
    { "__init__", ba_m_init, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef ba_classmethods[] = {
    { "fromhex", bytes_m_fromhex, NULL }, { "maketrans", bytes_m_maketrans, NULL },
    { NULL, NULL, NULL },
};

static size_t ba_extsize(Object *o)
{
    ByteArrayObject *a = (ByteArrayObject *)o;
    return a->cap + (size_t)(a->data - a->base);
}

Type ByteArrayType = {
    OBJ_HEAD_INIT(&TypeType), .name = "bytearray", .base = &ObjectType,
    .basicsize = sizeof(ByteArrayObject), .flags = TYPE_BASETYPE, .dealloc = ba_dealloc,
    .extsize = ba_extsize,
    .repr = ba_repr, .hash = obj_hash_unhashable, .richcompare = ba_richcompare, .iter = ba_iter,
    .getitem = ba_getitem, .setitem = ba_setitem, .len = ba_len, .contains = ba_contains,
    .num = &ba_num, .construct = ba_construct, .methods = ba_methods,
    .classmethods = ba_classmethods,
};
