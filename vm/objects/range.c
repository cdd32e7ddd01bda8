/* vm/objects/range.c — range: an arithmetic sequence computed on demand. */
#include "vm/objects/object.h"

typedef struct RangeObject { Object ob; int64_t start, stop, step, len; } RangeObject;

/* |k| and spans in unsigned arithmetic, exact near the int64 limits
 * (-INT64_MIN and z - a would overflow). */
static uint64_t abs_u(int64_t k) { return k > 0 ? (uint64_t)k : 0 - (uint64_t)k; }

static uint64_t range_length(int64_t a, int64_t z, int64_t k)
{
    if (k > 0 && a < z)
        return ((uint64_t)z - (uint64_t)a - 1) / abs_u(k) + 1;
    if (k < 0 && a > z)
        return ((uint64_t)a - (uint64_t)z - 1) / abs_u(k) + 1;
    return 0;
}

/* A length past INT64_MAX (range(-2**63, 2**63-1)) is refused here, so
 * that len, indexing and iteration never overflow; CPython refuses its
 * len() in the same words. */
static Object *range_make(int64_t a, int64_t z, int64_t k)
{
    uint64_t n = range_length(a, z, k);
    if (n > INT64_MAX) {
        exc_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
        return NULL;
    }
    RangeObject *r = (RangeObject *)obj_alloc(&RangeType, sizeof(RangeObject));
    if (!r)
        return NULL;
    r->start = a;
    r->stop = z;
    r->step = k;
    r->len = (int64_t)n;
    return (Object *)r;
}

static Object *range_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "range() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > 3) {
        exc_set(ExcTypeError, nargs ? "range expected at most 3 arguments, got %zu"
                                    : "range expected at least 1 argument, got %zu", nargs);
        return NULL;
    }
    int64_t v[3] = { 0, 0, 1 };
    for (size_t i = 0; i < nargs; i++)
        if (int_as_i64(args[i], &v[nargs == 1 ? 1 : i]) < 0)
            return NULL;
    if (v[2] == 0) {
        exc_set(ExcValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    return range_make(v[0], v[1], v[2]);
}

static Object *range_repr(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (r->step == 1)
        return str_from_fmt("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_from_fmt("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                        (long long)r->step);
}

static ssize_t range_len(Object *o) { return (ssize_t)((RangeObject *)o)->len; }

static int64_t item(RangeObject *r, int64_t i) { return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step); }

static Object *range_getitem(Object *o, Object *key)
{
    RangeObject *r = (RangeObject *)o;
    if (obj_is(key, &SliceType)) {
        ssize_t a, z, k, n;
        if (slice_indices(key, (ssize_t)r->len, &a, &z, &k, &n) < 0)
            return NULL;
        int64_t step, span, stop, start = item(r, a);
        if (__builtin_mul_overflow(r->step, (int64_t)k, &step) ||
            __builtin_mul_overflow(step, (int64_t)n, &span) ||
            __builtin_add_overflow(start, span, &stop)) {
            exc_set(ExcOverflowError, "integer overflow");
            return NULL;
        }
        return range_make(start, stop, step);
    }
    size_t i;
    if (seq_index(key, (size_t)r->len, &i, "range object") < 0)
        return NULL;
    return int_from_i64(item(r, (int64_t)i));
}

static int range_contains(Object *o, Object *x)
{
    RangeObject *r = (RangeObject *)o;
    if (!obj_is(x, &IntType) && !obj_is(x, &BoolType))
        return iter_contains(o, x);
    if (!int_is_small(x)) /* beyond int64: beyond every range's bounds */
        return 0;
    int64_t v = int_value(x);
    if (r->len == 0)
        return 0;
    int64_t last = item(r, r->len - 1);
    if (r->step > 0 ? (v < r->start || v > last) : (v > r->start || v < last))
        return 0;
    return ((uint64_t)v - (uint64_t)r->start) % abs_u(r->step) == 0;
}

static Object *range_richcompare(Object *a, Object *b, int op)
{
    if (!obj_is(b, &RangeType) || (op != CMP_EQ && op != CMP_NE)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    RangeObject *x = (RangeObject *)a, *y = (RangeObject *)b;
    bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start &&
              (x->len == 1 || x->step == y->step)));
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t range_hash(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    Object *t = tuple_new(3);
    if (!t)
        return -1;
    tuple_set(t, 0, int_from_i64(r->len));
    tuple_set(t, 1, r->len ? int_from_i64(r->start) : none_new());
    tuple_set(t, 2, r->len > 1 ? int_from_i64(r->step) : none_new());
    int64_t h = -1;
    if (tuple_get(t, 0) && tuple_get(t, 1) && tuple_get(t, 2))
        h = obj_hash(t);
    DECREF(t);
    return h;
}

static int range_truth(Object *o) { return ((RangeObject *)o)->len != 0; }

/* ---- iteration --------------------------------------------------------------- */

typedef struct RangeIter { Object ob; int64_t next, step, left; } RangeIter;

static Object *rangeiter_next(Object *o)
{
    RangeIter *it = (RangeIter *)o;
    if (it->left <= 0)
        return NULL;
    it->left--;
    int64_t v = it->next;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    return int_from_i64(v);
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Type RangeIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "range_iterator", .base = &ObjectType,
    .basicsize = sizeof(RangeIter), .iter = iter_self, .iternext = rangeiter_next,
};

static Object *rangeiter_new(int64_t start, int64_t step, int64_t n)
{
    RangeIter *it = (RangeIter *)obj_alloc(&RangeIterType, sizeof(RangeIter));
    if (!it)
        return NULL;
    it->next = start;
    it->step = step;
    it->left = n;
    return (Object *)it;
}

static Object *range_iter(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    return rangeiter_new(r->start, r->step, r->len);
}

Object *range_reversed(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    return rangeiter_new(r->len ? item(r, r->len - 1) : 0, (int64_t)(0 - (uint64_t)r->step), r->len);
}

/* ---- methods ------------------------------------------------------------------ */

static Object *range_m_index(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "index() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    RangeObject *r = (RangeObject *)args[0];
    int in = range_contains(args[0], args[1]);
    if (in < 0)
        return NULL;
    if (!in || (!obj_is(args[1], &IntType) && !obj_is(args[1], &BoolType))) {
        Object *rep = obj_repr(args[1]);
        if (rep)
            exc_set(ExcValueError, "%s is not in range", str_utf8(rep));
        XDECREF(rep);
        return NULL;
    }
    uint64_t v = (uint64_t)int_value(args[1]), a = (uint64_t)r->start;
    return int_from_i64((int64_t)((r->step > 0 ? v - a : a - v) / abs_u(r->step)));
}

static Object *range_m_count(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "count() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    int in = range_contains(args[0], args[1]);
    return in < 0 ? NULL : int_from_i64(in);
}

static Object *get_start(Object *o) { return int_from_i64(((RangeObject *)o)->start); }
static Object *get_stop(Object *o) { return int_from_i64(((RangeObject *)o)->stop); }
static Object *get_step(Object *o) { return int_from_i64(((RangeObject *)o)->step); }

static const MethodDef range_methods[] = {
    { "index", range_m_index, NULL },
    { "count", range_m_count, NULL },
    { "start", NULL, get_start },
    { "stop", NULL, get_stop },
    { "step", NULL, get_step },
    { NULL, NULL, NULL },
};

Type RangeType = {
    OBJ_HEAD_INIT(&TypeType), .name = "range", .base = &ObjectType, .basicsize = sizeof(RangeObject),
    .repr = range_repr, .hash = range_hash, .richcompare = range_richcompare,
    .truth = range_truth, .iter = range_iter, .getitem = range_getitem, .len = range_len,
    .contains = range_contains, .construct = range_construct, .methods = range_methods,
};
