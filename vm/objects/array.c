/* vm/objects/array.c — array.array: a typed sequence of C numbers.
 *
 * One row of KINDS per typecode says how an item is stored (size, signed,
 * float) and how CPython words a value out of its range.  Items live in a
 * growable allocation, in machine order; like a bytearray's, it must not
 * move while exported (exports > 0), so every change of length goes
 * through arr_resize and raises BufferError then. */
#include "vm/objects/array.h"

#include <stdlib.h>
#include <string.h>

#include "vm/objects/buffer.h"

struct ArrayKind {
    char code;
    unsigned char size;
    bool is_signed, is_float;
    const char *what;   /* "<what> is greater than maximum" (NULL: a C long's words) */
};

static const ArrayKind KINDS[] = {
    { 'b', 1, true, false, "signed char" },
    { 'B', 1, false, false, "unsigned byte integer" },
    { 'h', 2, true, false, "signed short integer" },
    { 'H', 2, false, false, "unsigned short" },
    { 'i', 4, true, false, "signed integer" },
    { 'I', 4, false, false, "unsigned int" },
    { 'l', 8, true, false, NULL },
    { 'L', 8, false, false, NULL },
    { 'q', 8, true, false, NULL },
    { 'Q', 8, false, false, NULL },
    { 'f', 4, true, true, NULL },
    { 'd', 8, true, true, NULL },
};

const char array_typecodes[] = "bBhHiIlLqQfd";

static inline ArrayObject *A(Object *o) { return (ArrayObject *)o; }
size_t array_itemsize(const ArrayObject *a) { return a->kind->size; }
char array_typecode(const ArrayObject *a) { return a->kind->code; }

static int check_resizable(const ArrayObject *a)
{
    if (a->exports) {
        exc_set(ExcBufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    return 0;
}

static int arr_resize(ArrayObject *a, size_t n)
{
    if (n == a->n)
        return 0;
    if (check_resizable(a) < 0)
        return -1;
    if (n > a->cap || n < a->cap / 4) {
        size_t cap = n > a->cap ? n + n / 8 + 4 : n, bytes;
        if (__builtin_mul_overflow(cap, (size_t)a->kind->size, &bytes) || !obj_size_ok(bytes)) {
            if (!exc_occurred())
                exc_nomemory();
            return -1;
        }
        unsigned char *p = realloc(a->data, bytes ? bytes : 1);
        if (!p) {
            exc_nomemory();
            return -1;
        }
        a->data = p;
        a->cap = cap;
    }
    a->n = n;
    return 0;
}

static ArrayObject *arr_new(const ArrayKind *k, size_t n)
{
    ArrayObject *a = (ArrayObject *)obj_alloc(&ArrayType, sizeof(ArrayObject));
    if (!a)
        return NULL;
    a->kind = k;
    if (arr_resize(a, n) < 0)
        SETREF(a, NULL);
    return a;
}

static void arr_dealloc(Object *o)
{
    free(A(o)->data);
    obj_free(o);
}

/* ---- items ------------------------------------------------------------------ */

const ArrayKind *array_kind(char code)
{
    for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
        if (KINDS[i].code == code)
            return &KINDS[i];
    return NULL;
}

char array_kind_code(const ArrayKind *k) { return k->code; }
size_t array_kind_size(const ArrayKind *k) { return k->size; }

Object *array_kind_load(const ArrayKind *k, const unsigned char *p)
{
    if (k->is_float) {
        if (k->size == 4) {
            float f;
            memcpy(&f, p, 4);
            return float_from_double(f);
        }
        double d;
        memcpy(&d, p, 8);
        return float_from_double(d);
    }
    if (k->is_signed) {
        int64_t v = k->size == 1 ? *(const int8_t *)p : 0;
        if (k->size == 2) { int16_t x; memcpy(&x, p, 2); v = x; }
        if (k->size == 4) { int32_t x; memcpy(&x, p, 4); v = x; }
        if (k->size == 8) memcpy(&v, p, 8);
        return int_from_i64(v);
    }
    uint64_t u = k->size == 1 ? *p : 0;
    if (k->size == 2) { uint16_t x; memcpy(&x, p, 2); u = x; }
    if (k->size == 4) { uint32_t x; memcpy(&x, p, 4); u = x; }
    if (k->size == 8) memcpy(&u, p, 8);
    if (u <= INT64_MAX)
        return int_from_i64((int64_t)u);
    Object *args[2] = { NULL, str_intern("little") };
    args[0] = bytes_from(&u, 8);   /* this machine's order is little-endian */
    Object *r = args[0] ? obj_call_method((Object *)&IntType, "from_bytes", args, 2) : NULL;
    XDECREF(args[0]);
    return r;
}

static Object *item_get(const ArrayObject *a, size_t i)
{
    return array_kind_load(a->kind, a->data + i * a->kind->size);
}

/* A big int (beyond int64) as an unsigned 64-bit value, for 'L' and 'Q';
 * -1 without an exception when it does not fit. */
static int big_as_u64(Object *v, uint64_t *out)
{
    Object *args[2] = { int_from_i64(8), str_intern("little") };
    Object *b = args[0] ? obj_call_method(v, "to_bytes", args, 2) : NULL;
    XDECREF(args[0]);
    if (!b) {
        exc_clear();
        return -1;
    }
    memcpy(out, ((BytesObject *)b)->data, 8);
    DECREF(b);
    return 0;
}

/* A value out of k's range, in CPython's words.  CPython converts in two
 * steps for some codes ('b' through a short, 'B' through a long, 'H'
 * through an int, 'I' and 'L' through an unsigned long), and the first
 * step that fails names its own C type. */
static int int_range_error(const ArrayKind *k, Object *v)
{
    bool neg = obj_richcompare_bool(v, int_from_i64(0), CMP_LT) == 1;
    int64_t x = int_is_small(v) ? int_value(v) : 0;
    uint64_t u;
    const char *what = k->what;
    if (k->code == 'q' || k->code == 'Q') {
        exc_set(ExcOverflowError, neg && k->code == 'Q' ? "can't convert negative int to unsigned"
                                                         : "int too big to convert");
        return -1;
    }
    if ((k->code == 'I' || k->code == 'L') && neg) {
        exc_set(ExcOverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    if (k->code == 'I' && !int_is_small(v) && big_as_u64(v, &u) == 0)
        what = "unsigned int";
    else if (!int_is_small(v) || !what) {
        exc_set(ExcOverflowError, k->is_signed || k->size < 4
                                      ? "Python int too large to convert to C long"
                                      : "Python int too large to convert to C unsigned long");
        return -1;
    } else if (k->code == 'b' && (x < INT16_MIN || x > INT16_MAX))
        what = "signed short integer";
    else if (k->code == 'H' && (x < INT32_MIN || x > INT32_MAX))
        what = "signed integer";
    exc_set(ExcOverflowError, "%s is %s", what, neg ? "less than minimum" : "greater than maximum");
    return -1;
}

int array_kind_store(const ArrayKind *k, Object *v, unsigned char *p)
{
    if (k->is_float) {
        double d;
        if (num_as_double(v, &d) < 0)
            return -1;
        if (k->size == 4) {
            float f = (float)d;
            memcpy(p, &f, 4);
        } else {
            memcpy(p, &d, 8);
        }
        return 0;
    }
    if (!obj_isinstance_type(v, &IntType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", v->type->name);
        return -1;
    }
    uint64_t u;
    if (!int_is_small(v)) {
        if (k->is_signed || k->size != 8 || big_as_u64(v, &u) < 0)
            return int_range_error(k, v);   /* 'L' and 'Q' take 2**63 .. 2**64-1 */
    } else {
        int64_t x = int_value(v);
        unsigned bits = k->size * 8u;
        bool ok = k->is_signed ? bits == 64 || (x >= -((int64_t)1 << (bits - 1)) && x < ((int64_t)1 << (bits - 1)))
                               : x >= 0 && (bits == 64 || x < ((int64_t)1 << bits));
        if (!ok)
            return int_range_error(k, v);
        u = (uint64_t)x;
    }
    uint8_t b1 = (uint8_t)u;
    uint16_t b2 = (uint16_t)u;
    uint32_t b4 = (uint32_t)u;
    memcpy(p, k->size == 1 ? (void *)&b1 : k->size == 2 ? (void *)&b2 : k->size == 4 ? (void *)&b4 : (void *)&u,
           k->size);
    return 0;
}

static int arr_append(ArrayObject *a, Object *v)
{
    unsigned char tmp[8];
    if (array_kind_store(a->kind, v, tmp) < 0 || arr_resize(a, a->n + 1) < 0)
        return -1;
    memcpy(a->data + (a->n - 1) * a->kind->size, tmp, a->kind->size);
    return 0;
}

static int arr_append_raw(ArrayObject *a, const unsigned char *p, size_t nitems)
{
    size_t at = a->n;
    if (arr_resize(a, at + nitems) < 0)
        return -1;
    if (nitems)
        memmove(a->data + at * a->kind->size, p, nitems * a->kind->size);
    return 0;
}

/* Every item of an iterable, or nothing (a failing item leaves a as it was). */
static int arr_extend_iter(ArrayObject *a, Object *x)
{
    Object *it = obj_iter(x), *v;
    ArrayObject *t = it ? arr_new(a->kind, 0) : NULL;
    int rc = t ? 0 : -1;
    while (rc == 0 && (v = obj_iternext(it))) {
        rc = arr_append(t, v);
        DECREF(v);
    }
    if (rc == 0 && !exc_occurred())
        rc = arr_append_raw(a, t->data, t->n);
    else
        rc = -1;
    XDECREF(t);
    XDECREF(it);
    return rc;
}

static int arr_frombytes(ArrayObject *a, Object *x)
{
    Buffer b;
    if (buffer_get(x, &b) < 0)
        return -1;
    int rc = -1;
    if (b.n % a->kind->size) {
        exc_set(ExcValueError, "bytes length not a multiple of item size");
    } else {
        /* A copy: b may be a's own buffer, which the resize would move. */
        unsigned char *tmp = malloc(b.n + 1);
        if (!tmp)
            exc_nomemory();
        else {
            memcpy(tmp, b.p, b.n);
            buffer_release(&b);
            rc = arr_append_raw(a, tmp, b.n / a->kind->size);
            free(tmp);
            return rc;
        }
    }
    buffer_release(&b);
    return rc;
}

static int arr_extend(ArrayObject *a, Object *x)
{
    if (obj_isinstance_type(x, &ArrayType)) {
        if (A(x)->kind != a->kind) {
            exc_set(ExcTypeError, "can only extend with array of same kind");
            return -1;
        }
        return arr_append_raw(a, A(x)->data, A(x)->n);   /* memmove: x may be a */
    }
    return arr_extend_iter(a, x);
}

/* ---- construction -------------------------------------------------------------- */

static const ArrayKind *kind_of(Object *code)
{
    if (!obj_isinstance_type(code, &StrType) || ((StrObject *)code)->ncp != 1) {
        exc_set(ExcTypeError, "array() argument 1 must be a unicode character, not %s",
                code->type->name);
        return NULL;
    }
    for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
        if (KINDS[i].code == str_utf8(code)[0])
            return &KINDS[i];
    if (str_utf8(code)[0] == 'u') {   /* python3's message names it: refuse it plainly */
        exc_set(ExcNotImplementedError, "array: typecode 'u' (wchar_t items) is not supported");
        return NULL;
    }
    exc_set(ExcValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
    return NULL;
}

static Object *arr_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    (void)callable;
    if (kw) {
        exc_set(ExcTypeError, "array.array() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, "array() takes %s (%zu given)",
                nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
        return NULL;
    }
    const ArrayKind *k = kind_of(args[0]);
    ArrayObject *a = k ? arr_new(k, 0) : NULL;
    if (!a || nargs == 1)
        return (Object *)a;
    Object *x = args[1];
    int rc;
    if (obj_isinstance_type(x, &StrType)) {
        exc_set(ExcTypeError, "cannot use a str to initialize an array with typecode '%c'", k->code);
        rc = -1;
    } else if (buffer_check(x) && !obj_isinstance_type(x, &ArrayType)) {
        rc = arr_frombytes(a, x);
    } else {
        rc = arr_extend(a, x);
    }
    if (rc < 0)
        SETREF(a, NULL);
    return (Object *)a;
}

/* ---- protocols ------------------------------------------------------------------ */

static Object *arr_tolist(ArrayObject *a)
{
    Object *l = list_new(0);
    for (size_t i = 0; l && i < a->n; i++) {
        Object *v = item_get(a, i);
        if (!v || list_append(l, v) < 0)
            SETREF(l, NULL);
        XDECREF(v);
    }
    return l;
}

static Object *arr_repr(Object *o)
{
    ArrayObject *a = A(o);
    if (a->n == 0)
        return str_from_fmt("array('%c')", a->kind->code);
    Object *l = arr_tolist(a);
    Object *r = l ? obj_repr(l) : NULL;
    XDECREF(l);
    if (!r)
        return NULL;
    Object *s = str_from_fmt("array('%c', %s)", a->kind->code, str_utf8(r));
    DECREF(r);
    return s;
}

static int64_t arr_hash(Object *o)
{
    (void)o;
    exc_set(ExcTypeError, "unhashable type: 'array.array'");
    return -1;
}

/* Item by item, as lists compare (their values, whatever the typecodes). */
static Object *arr_richcompare(Object *a, Object *b, int op)
{
    if (!obj_isinstance_type(a, &ArrayType) || !obj_isinstance_type(b, &ArrayType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    Object *la = arr_tolist(A(a)), *lb = la ? arr_tolist(A(b)) : NULL;
    Object *r = lb ? obj_richcompare(la, lb, op) : NULL;
    XDECREF(la);
    XDECREF(lb);
    return r;
}

static ssize_t arr_len(Object *o) { return (ssize_t)A(o)->n; }

static Object *arr_getitem(Object *o, Object *key)
{
    ArrayObject *a = A(o);
    if (obj_is(key, &SliceType)) {
        ssize_t start, stop, step, n;
        if (slice_indices(key, (ssize_t)a->n, &start, &stop, &step, &n) < 0)
            return NULL;
        ArrayObject *r = arr_new(a->kind, (size_t)n);
        size_t sz = a->kind->size;
        for (ssize_t i = 0, j = start; r && i < n; i++, j += step)
            memcpy(r->data + (size_t)i * sz, a->data + (size_t)j * sz, sz);
        return (Object *)r;
    }
    size_t i;
    if (seq_index(key, a->n, &i, "array") < 0)
        return NULL;
    return item_get(a, i);
}

static int arr_delete(ArrayObject *a, ssize_t start, ssize_t step, ssize_t count)
{
    if (count <= 0)
        return 0;
    if (check_resizable(a) < 0)
        return -1;
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    size_t sz = a->kind->size, w = (size_t)start;
    for (size_t r = (size_t)start, k = 0; r < a->n; r++) {
        if (k < (size_t)count && r == (size_t)start + k * (size_t)step) {
            k++;
            continue;
        }
        memmove(a->data + w * sz, a->data + r * sz, sz);
        w++;
    }
    return arr_resize(a, w);
}

static int arr_setslice(ArrayObject *a, Object *key, Object *value)
{
    ssize_t start, stop, step, n;
    if (slice_indices(key, (ssize_t)a->n, &start, &stop, &step, &n) < 0)
        return -1;
    if (!value)
        return arr_delete(a, start, step, n);
    if (!obj_isinstance_type(value, &ArrayType)) {
        exc_set(ExcTypeError, "can only assign array (not \"%s\") to array slice", value->type->name);
        return -1;
    }
    ArrayObject *v = A(value);
    if (v->kind != a->kind) {
        exc_set(ExcTypeError, "bad argument type for built-in operation");
        return -1;
    }
    size_t sz = a->kind->size, m = v->n;
    unsigned char *tmp = malloc(m * sz + 1);   /* v may be a itself */
    if (!tmp) {
        exc_nomemory();
        return -1;
    }
    if (m)
        memcpy(tmp, v->data, m * sz);
    int rc = 0;
    if (step == 1) {
        size_t s = (size_t)start, old = (size_t)n, tail = a->n - s - old;
        if (m != old)
            rc = check_resizable(a);
        if (rc == 0 && m > old)
            rc = arr_resize(a, a->n + m - old);
        if (rc == 0) {
            memmove(a->data + (s + m) * sz, a->data + (s + old) * sz, tail * sz);
            if (m)
                memcpy(a->data + s * sz, tmp, m * sz);
            if (m < old)
                rc = arr_resize(a, s + m + tail);
        }
    } else if ((size_t)n != m) {
        exc_set(ExcValueError, "attempt to assign array of size %zu to extended slice of size %zd", m, n);
        rc = -1;
    } else {
        for (ssize_t i = 0, j = start; i < n; i++, j += step)
            memcpy(a->data + (size_t)j * sz, tmp + (size_t)i * sz, sz);
    }
    free(tmp);
    return rc;
}

static int arr_setitem(Object *o, Object *key, Object *value)
{
    ArrayObject *a = A(o);
    if (obj_is(key, &SliceType))
        return arr_setslice(a, key, value);
    size_t i;
    if (seq_index(key, a->n, &i, "array") < 0)
        return -1;
    if (!value)
        return arr_delete(a, (ssize_t)i, 1, 1);
    return array_kind_store(a->kind, value, a->data + i * a->kind->size);
}

static Object *arr_add(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &ArrayType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    if (!obj_isinstance_type(b, &ArrayType)) {
        exc_set(ExcTypeError, "can only append array (not \"%s\") to array", b->type->name);
        return NULL;
    }
    if (A(a)->kind != A(b)->kind) {
        exc_set(ExcTypeError, "bad argument type for built-in operation");
        return NULL;
    }
    ArrayObject *r = arr_new(A(a)->kind, 0);
    if (r && (arr_append_raw(r, A(a)->data, A(a)->n) < 0 || arr_append_raw(r, A(b)->data, A(b)->n) < 0))
        SETREF(r, NULL);
    return (Object *)r;
}

static Object *arr_mul(Object *a, Object *b)
{
    Object *s = obj_isinstance_type(a, &ArrayType) ? a : b, *k = s == a ? b : a;
    int64_t times;
    if (!obj_isinstance_type(s, &ArrayType) || !obj_indexable(k)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    if (int_as_index(k, &times) < 0)
        return NULL;
    size_t n = A(s)->n, total;
    if (times < 0)
        times = 0;
    if (__builtin_mul_overflow(n, (size_t)times, &total)) {
        exc_nomemory();
        return NULL;
    }
    ArrayObject *r = arr_new(A(s)->kind, total);
    size_t bytes = n * A(s)->kind->size;
    for (int64_t i = 0; r && i < times; i++)
        memcpy(r->data + (size_t)i * bytes, A(s)->data, bytes);
    return (Object *)r;
}

static const NumberOps arr_num = { .add = arr_add, .mul = arr_mul };

static int arr_contains(Object *o, Object *x)
{
    ArrayObject *a = A(o);
    for (size_t i = 0; i < a->n; i++) {
        Object *v = item_get(a, i);
        int eq = v ? obj_richcompare_bool(v, x, CMP_EQ) : -1;
        XDECREF(v);
        if (eq != 0)
            return eq;
    }
    return 0;
}

static Object *arr_iter(Object *o) { return iter_seq_new(o); }

/* ---- methods ----------------------------------------------------------------------- */

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

static int exact(const char *name, size_t nargs, Object *kw, size_t want)
{
    if (kw) {
        exc_set(ExcTypeError, "array.%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs - 1 != want) {
        if (want == 0)
            exc_set(ExcTypeError, "array.%s() takes no arguments (%zu given)", name, nargs - 1);
        else if (want == 1)
            exc_set(ExcTypeError, "array.%s() takes exactly one argument (%zu given)", name, nargs - 1);
        else
            exc_set(ExcTypeError, "%s expected %zu arguments, got %zu", name, want, nargs - 1);
        return -1;
    }
    return 0;
}

METHOD(arr_m_append)
{
    return exact("append", nargs, kw, 1) < 0 || arr_append(A(args[0]), args[1]) < 0 ? NULL : none_new();
}

METHOD(arr_m_extend)
{
    return exact("extend", nargs, kw, 1) < 0 || arr_extend(A(args[0]), args[1]) < 0 ? NULL : none_new();
}

METHOD(arr_m_frombytes)
{
    if (exact("frombytes", nargs, kw, 1) < 0)
        return NULL;
    if (!buffer_check(args[1])) {
        exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", args[1]->type->name);
        return NULL;
    }
    return arr_frombytes(A(args[0]), args[1]) < 0 ? NULL : none_new();
}

METHOD(arr_m_fromlist)
{
    if (exact("fromlist", nargs, kw, 1) < 0)
        return NULL;
    if (!obj_isinstance_type(args[1], &ListType)) {
        exc_set(ExcTypeError, "arg must be list");
        return NULL;
    }
    return arr_extend_iter(A(args[0]), args[1]) < 0 ? NULL : none_new();
}

METHOD(arr_m_tobytes)
{
    ArrayObject *a = A(args[0]);
    return exact("tobytes", nargs, kw, 0) < 0 ? NULL : bytes_from(a->data ? a->data : (unsigned char *)"", a->n * a->kind->size);
}

METHOD(arr_m_tolist)
{
    return exact("tolist", nargs, kw, 0) < 0 ? NULL : arr_tolist(A(args[0]));
}

METHOD(arr_m_pop)
{
    ArrayObject *a = A(args[0]);
    int64_t i = -1;
    if (kw || nargs > 2) {
        exc_set(ExcTypeError, "pop expected at most 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    if (nargs == 2 && int_as_index(args[1], &i) < 0)
        return NULL;
    if (a->n == 0) {
        exc_set(ExcIndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0)
        i += (int64_t)a->n;
    if (i < 0 || i >= (int64_t)a->n) {
        exc_set(ExcIndexError, "pop index out of range");
        return NULL;
    }
    Object *v = item_get(a, (size_t)i);
    if (v && arr_delete(a, (ssize_t)i, 1, 1) < 0)
        SETREF(v, NULL);
    return v;
}

METHOD(arr_m_insert)
{
    ArrayObject *a = A(args[0]);
    int64_t i;
    unsigned char tmp[8];
    if (exact("insert", nargs, kw, 2) < 0 || int_as_index(args[1], &i) < 0 ||
        array_kind_store(a->kind, args[2], tmp) < 0)
        return NULL;
    int64_t n = (int64_t)a->n;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    if (arr_resize(a, a->n + 1) < 0)
        return NULL;
    size_t sz = a->kind->size;
    memmove(a->data + ((size_t)i + 1) * sz, a->data + (size_t)i * sz, (size_t)(n - i) * sz);
    memcpy(a->data + (size_t)i * sz, tmp, sz);
    return none_new();
}

/* The first index whose item equals x, or -1 (0 with no exception: none). */
static int find_item(ArrayObject *a, Object *x, size_t *at)
{
    for (size_t i = 0; i < a->n; i++) {
        Object *v = item_get(a, i);
        int eq = v ? obj_richcompare_bool(v, x, CMP_EQ) : -1;
        XDECREF(v);
        if (eq < 0)
            return -1;
        if (eq) {
            *at = i;
            return 1;
        }
    }
    return 0;
}

METHOD(arr_m_index)
{
    size_t at;
    int r = exact("index", nargs, kw, 1) < 0 ? -1 : find_item(A(args[0]), args[1], &at);
    if (r == 0)
        exc_set(ExcValueError, "array.index(x): x not in array");
    return r == 1 ? int_from_i64((int64_t)at) : NULL;
}

METHOD(arr_m_remove)
{
    size_t at;
    int r = exact("remove", nargs, kw, 1) < 0 ? -1 : find_item(A(args[0]), args[1], &at);
    if (r == 0)
        exc_set(ExcValueError, "array.remove(x): x not in array");
    return r == 1 && arr_delete(A(args[0]), (ssize_t)at, 1, 1) == 0 ? none_new() : NULL;
}

METHOD(arr_m_count)
{
    ArrayObject *a = A(args[0]);
    int64_t count = 0;
    if (exact("count", nargs, kw, 1) < 0)
        return NULL;
    for (size_t i = 0; i < a->n; i++) {
        Object *v = item_get(a, i);
        int eq = v ? obj_richcompare_bool(v, args[1], CMP_EQ) : -1;
        XDECREF(v);
        if (eq < 0)
            return NULL;
        count += eq;
    }
    return int_from_i64(count);
}

METHOD(arr_m_reverse)
{
    ArrayObject *a = A(args[0]);
    if (exact("reverse", nargs, kw, 0) < 0)
        return NULL;
    size_t sz = a->kind->size;
    unsigned char t[8];
    for (size_t i = 0, j = a->n; i + 1 < j; i++, j--) {
        memcpy(t, a->data + i * sz, sz);
        memcpy(a->data + i * sz, a->data + (j - 1) * sz, sz);
        memcpy(a->data + (j - 1) * sz, t, sz);
    }
    return none_new();
}

/* Reverses each item's bytes in place: for data written on a machine of the other
   byte order. */
METHOD(arr_m_byteswap)
{
    ArrayObject *a = A(args[0]);
    if (exact("byteswap", nargs, kw, 0) < 0)
        return NULL;
    size_t sz = a->kind->size;
    for (unsigned char *p = a->data, *end = p + a->n * sz; p < end; p += sz)
        for (size_t i = 0; i < sz / 2; i++) {
            unsigned char t = p[i];
            p[i] = p[sz - 1 - i];
            p[sz - 1 - i] = t;
        }
    return none_new();
}

/* (address, length): the items' current address, which moves when the array grows. */
METHOD(arr_m_buffer_info)
{
    ArrayObject *a = A(args[0]);
    if (exact("buffer_info", nargs, kw, 0) < 0)
        return NULL;
    Object *addr = int_from_i64((int64_t)(uintptr_t)a->data), *len = int_from_i64((int64_t)a->n);
    Object *r = addr && len ? tuple_pack(2, addr, len) : NULL;
    XDECREF(addr);
    XDECREF(len);
    return r;
}

/* Writes the raw items with f.write(bytes). */
METHOD(arr_m_tofile)
{
    if (exact("tofile", nargs, kw, 1) < 0)
        return NULL;
    Object *data = arr_m_tobytes(c, args, 1, NULL);
    Object *r = data ? obj_call_method(args[1], "write", &data, 1) : NULL;
    XDECREF(data);
    if (!r)
        return NULL;
    DECREF(r);
    return none_new();
}

/* Appends n items read with f.read(); a short read keeps the whole items it got and
   raises EOFError. */
METHOD(arr_m_fromfile)
{
    ArrayObject *a = A(args[0]);
    int64_t n;
    if (exact("fromfile", nargs, kw, 2) < 0 || int_as_index(args[2], &n) < 0)
        return NULL;
    if (n < 0) {
        exc_set(ExcValueError, "negative count");
        return NULL;
    }
    Object *want = int_from_i64(n * (int64_t)a->kind->size);
    Object *data = want ? obj_call_method(args[1], "read", &want, 1) : NULL;
    XDECREF(want);
    if (!data)
        return NULL;
    if (!obj_isinstance_type(data, &BytesType)) {
        exc_set(ExcTypeError, "read() didn't return bytes");
        DECREF(data);
        return NULL;
    }
    const BytesObject *b = (const BytesObject *)data;
    size_t got = b->n / a->kind->size;
    int rc = arr_append_raw(a, b->data, got);
    DECREF(data);
    if (rc < 0)
        return NULL;
    if (got < (size_t)n) {
        exc_set(ExcEOFError, "read() didn't return enough bytes");
        return NULL;
    }
    return none_new();
}

static Object *get_itemsize(Object *o) { return int_from_i64(A(o)->kind->size); }
static Object *get_typecode(Object *o) { return str_from_fmt("%c", A(o)->kind->code); }

/* (array, (typecode, items)): what pickle and copy rebuild it from. */
METHOD(arr_m_reduce)
{
    if (exact("__reduce__", nargs, kw, 0) < 0)
        return NULL;
    Object *code = get_typecode(args[0]), *items = arr_tolist(A(args[0]));
    Object *ctor_args = code && items ? tuple_pack(2, code, items) : NULL;
    Object *r = ctor_args ? tuple_pack(2, (Object *)args[0]->type, ctor_args) : NULL;
    XDECREF(code);
    XDECREF(items);
    XDECREF(ctor_args);
    return r;
}

/* __copy__ and __deepcopy__(memo): the items are numbers, so both copy the data. */
static Object *arr_copy(const ArrayObject *a)
{
    ArrayObject *b = arr_new(a->kind, a->n);
    if (b && a->n)
        memcpy(b->data, a->data, a->n * a->kind->size);
    return (Object *)b;
}

METHOD(arr_m_copy)
{
    return exact("__copy__", nargs, kw, 0) < 0 ? NULL : arr_copy(A(args[0]));
}

METHOD(arr_m_deepcopy)
{
    return exact("__deepcopy__", nargs, kw, 1) < 0 ? NULL : arr_copy(A(args[0]));
}

static const MethodDef arr_methods[] = {
    { "__reduce__", arr_m_reduce, NULL },
    { "__copy__", arr_m_copy, NULL }, { "__deepcopy__", arr_m_deepcopy, NULL },
    { "append", arr_m_append, NULL }, { "extend", arr_m_extend, NULL },
    { "frombytes", arr_m_frombytes, NULL }, { "fromlist", arr_m_fromlist, NULL },
    { "tobytes", arr_m_tobytes, NULL }, { "tolist", arr_m_tolist, NULL },
    { "pop", arr_m_pop, NULL }, { "insert", arr_m_insert, NULL },
    { "index", arr_m_index, NULL }, { "remove", arr_m_remove, NULL },
    { "count", arr_m_count, NULL }, { "reverse", arr_m_reverse, NULL },
    { "byteswap", arr_m_byteswap, NULL }, { "buffer_info", arr_m_buffer_info, NULL },
    { "tofile", arr_m_tofile, NULL }, { "fromfile", arr_m_fromfile, NULL },
    { "itemsize", NULL, get_itemsize }, { "typecode", NULL, get_typecode },
    { NULL, NULL, NULL },
};

Object *array_inplace(Object *a, Object *b, int op)
{
    int rc;
    if (op == BIN_ADD && obj_isinstance_type(b, &ArrayType)) {
        if (A(b)->kind != A(a)->kind) {
            exc_set(ExcTypeError, "can only extend with array of same kind");
            return NULL;
        }
        rc = arr_append_raw(A(a), A(b)->data, A(b)->n);
    } else if (op == BIN_MUL && obj_indexable(b)) {
        Object *r = arr_mul(a, b);
        rc = r ? 0 : -1;
        if (r && A(r)->n != A(a)->n)
            rc = arr_resize(A(a), 0) < 0 ? -1 : arr_append_raw(A(a), A(r)->data, A(r)->n);
        XDECREF(r);
    } else if (op == BIN_ADD) {
        exc_set(ExcTypeError, "can only extend array with array (not \"%s\")", b->type->name);
        return NULL;
    } else {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    if (rc < 0)
        return NULL;
    INCREF(a);
    return a;
}

static size_t arr_extsize(Object *o)
{
    ArrayObject *a = (ArrayObject *)o;
    return a->cap * a->kind->size;
}

Type ArrayType = {
    OBJ_HEAD_INIT(&TypeType), .name = "array.array", .base = &ObjectType,
    .basicsize = sizeof(ArrayObject), .dealloc = arr_dealloc, .repr = arr_repr,
    .extsize = arr_extsize,
    .hash = arr_hash, .richcompare = arr_richcompare, .iter = arr_iter,
    .getitem = arr_getitem, .setitem = arr_setitem, .len = arr_len, .contains = arr_contains,
    .num = &arr_num, .construct = arr_construct, .methods = arr_methods,
};
