/* vm/objects/range.c — range: an arithmetic sequence computed on demand.
 *
 * Two representations behind one type.  While start, stop, step and the
 * length fit int64 the range is those four words and every operation is
 * machine arithmetic.  Otherwise `big` holds them as ints, the tuple
 * (start, stop, step, len), and every operation is int arithmetic, as
 * CPython's range always is; only len() of such a range can fail
 * (OverflowError, as CPython's). */
#include "vm/objects/object.h"

typedef struct RangeObject { Object ob; int64_t start, stop, step, len; Object *big; } RangeObject;
enum { R_START, R_STOP, R_STEP, R_LEN };

/* ---- the int representation ------------------------------------------------- */

static Object *bigf(const RangeObject *r, int i) { return tuple_get(r->big, (size_t)i); }

/* a op b, consuming neither; NULL on error. */
static Object *arith(Object *a, Object *b, int op) { return obj_binop(a, b, op); }

/* a op b where b is a small constant. */
static Object *arith_k(Object *a, int64_t k, int op)
{
    Object *b = int_from_i64(k);
    Object *r = b ? obj_binop(a, b, op) : NULL;
    XDECREF(b);
    return r;
}

/* a op k for a small constant k: -1 on error, else 0/1. */
static int cmp_k(Object *a, int64_t k, int op)
{
    Object *b = int_from_i64(k);
    int r = b ? obj_richcompare_bool(a, b, op) : -1;
    XDECREF(b);
    return r;
}

/* -1, 0 or 1; -2 on error. */
static int sign_of(Object *v)
{
    int gt = cmp_k(v, 0, CMP_GT), lt = gt ? 0 : cmp_k(v, 0, CMP_LT);
    return gt < 0 || lt < 0 ? -2 : gt ? 1 : lt ? -1 : 0;
}

/* The number of items of range(a, z, k), k != 0: (hi - lo - 1) // |k| + 1
 * when lo < hi, else 0, lo..hi being a..z stepped upward. */
static Object *big_length(Object *a, Object *z, Object *k)
{
    int s = sign_of(k);
    if (s == -2)
        return NULL;
    Object *lo = s > 0 ? a : z, *hi = s > 0 ? z : a;
    int nonempty = obj_richcompare_bool(lo, hi, CMP_LT);
    if (nonempty <= 0)
        return nonempty < 0 ? NULL : int_from_i64(0);
    Object *span = arith(hi, lo, BIN_SUB), *abs_k = s > 0 ? (INCREF(k), k) : obj_neg(k);
    Object *m = span && abs_k ? arith_k(span, 1, BIN_SUB) : NULL;
    Object *q = m ? arith(m, abs_k, BIN_FLOORDIV) : NULL;
    Object *n = q ? arith_k(q, 1, BIN_ADD) : NULL;
    XDECREF(span);
    XDECREF(abs_k);
    XDECREF(m);
    XDECREF(q);
    return n;
}

static Object *big_make(Object *a, Object *z, Object *k)
{
    Object *n = big_length(a, z, k);
    Object *t = n ? tuple_pack(4, a, z, k, n) : NULL;
    XDECREF(n);
    RangeObject *r = t ? (RangeObject *)obj_alloc(&RangeType, sizeof(RangeObject)) : NULL;
    if (!r) {
        XDECREF(t);
        return NULL;
    }
    r->big = t;
    return (Object *)r;
}

/* start + i * step of a big range. */
static Object *big_item(const RangeObject *r, Object *i)
{
    Object *off = arith(i, bigf(r, R_STEP), BIN_MUL);
    Object *v = off ? arith(bigf(r, R_START), off, BIN_ADD) : NULL;
    XDECREF(off);
    return v;
}

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

/* A length past INT64_MAX (range(-2**63, 2**63-1)) takes the int
 * representation, so the int64 one never overflows. */
static Object *range_make(int64_t a, int64_t z, int64_t k)
{
    uint64_t n = range_length(a, z, k);
    if (n > INT64_MAX) {
        Object *v[3] = { int_from_i64(a), int_from_i64(z), int_from_i64(k) };
        Object *r = v[0] && v[1] && v[2] ? big_make(v[0], v[1], v[2]) : NULL;
        for (int i = 0; i < 3; i++)
            XDECREF(v[i]);
        return r;
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

static Object *range_construct(Object *callable, Object *const *args, size_t nargs, Object *kw);

/* range(a, b, c) of objects with __index__: the same range of their ints. */
static Object *range_of_indexes(Object *callable, Object *const *args, size_t nargs)
{
    Object *ints[3] = { NULL, NULL, NULL }, *r = NULL;
    size_t n = 0;
    while (n < nargs && (ints[n] = obj_index(args[n])))
        n++;
    if (n == nargs)
        r = range_construct(callable, ints, nargs, NULL);
    for (size_t i = 0; i < n; i++)
        DECREF(ints[i]);
    return r;
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
    bool small = true;
    for (size_t i = 0; i < nargs; i++) {
        if (!obj_isinstance_type(args[i], &IntType))
            return range_of_indexes(callable, args, nargs);
        if (int_is_small(args[i]))
            v[nargs == 1 ? 1 : i] = int_value(args[i]);
        else
            small = false;
    }
    if (nargs == 3 && int_is_small(args[2]) && v[2] == 0) {
        exc_set(ExcValueError, "range() arg 3 must not be zero");
        return NULL;
    }
    if (small)
        return range_make(v[0], v[1], v[2]);
    Object *o[3] = { NULL, NULL, NULL };
    for (size_t i = 0; i < 3; i++) {
        size_t src = nargs == 1 ? (i == 1 ? 0 : 3) : i;
        o[i] = src < nargs ? type_value_exact(args[src]) : int_from_i64(i == 2 ? 1 : 0);
    }
    Object *r = o[0] && o[1] && o[2] ? big_make(o[0], o[1], o[2]) : NULL;
    for (int i = 0; i < 3; i++)
        XDECREF(o[i]);
    return r;
}

static Object *big_repr(RangeObject *r)
{
    Object *a = obj_repr(bigf(r, R_START)), *z = obj_repr(bigf(r, R_STOP));
    int one = cmp_k(bigf(r, R_STEP), 1, CMP_EQ);
    Object *k = one == 0 ? obj_repr(bigf(r, R_STEP)) : NULL;
    Object *res = NULL;
    if (a && z && one == 1)
        res = str_from_fmt("range(%s, %s)", str_utf8(a), str_utf8(z));
    else if (a && z && k)
        res = str_from_fmt("range(%s, %s, %s)", str_utf8(a), str_utf8(z), str_utf8(k));
    XDECREF(a);
    XDECREF(z);
    XDECREF(k);
    return res;
}

static Object *range_repr(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (r->big)
        return big_repr(r);
    if (r->step == 1)
        return str_from_fmt("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    return str_from_fmt("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                        (long long)r->step);
}

static ssize_t range_len(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (!r->big)
        return (ssize_t)r->len;
    int64_t n;
    return int_as_i64(bigf(r, R_LEN), &n) < 0 ? -1 : (ssize_t)n;
}

static int64_t item(RangeObject *r, int64_t i) { return (int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step); }

/* r[i] for an int i of a big range (negative from the end). */
static Object *big_index(RangeObject *r, Object *key)
{
    Object *len = bigf(r, R_LEN), *i = type_value_exact(key);
    int neg = i ? sign_of(i) : -2;
    if (neg == -1)
        SETREF(i, arith(i, len, BIN_ADD));
    int ok = !i || neg == -2 ? -1 : sign_of(i) >= 0 ? obj_richcompare_bool(i, len, CMP_LT) : 0;
    Object *v = NULL;
    if (ok == 0)
        exc_set(ExcIndexError, "range object index out of range");
    else if (ok > 0)
        v = big_item(r, i);
    XDECREF(i);
    return v;
}

/* r[a:z:k] of a big range: range(r[a], r[z], step * k), the bounds
 * clamped over ints as CPython's. */
static Object *big_slice(RangeObject *r, Object *key)
{
    Object *a, *z, *k;
    if (slice_indices_big(key, bigf(r, R_LEN), &a, &z, &k) < 0)
        return NULL;
    Object *start = big_item(r, a), *stop = big_item(r, z);
    Object *step = arith(bigf(r, R_STEP), k, BIN_MUL);
    Object *res = start && stop && step ? big_make(start, stop, step) : NULL;
    DECREF(a);
    DECREF(z);
    DECREF(k);
    XDECREF(start);
    XDECREF(stop);
    XDECREF(step);
    return res;
}

static Object *range_getitem(Object *o, Object *key)
{
    RangeObject *r = (RangeObject *)o;
    if (r->big && obj_is(key, &SliceType))
        return big_slice(r, key);
    if (r->big && obj_isinstance_type(key, &IntType))
        return big_index(r, key);
    if (obj_is(key, &SliceType)) {
        ssize_t a, z, k, n;
        if (slice_indices(key, (ssize_t)r->len, &a, &z, &k, &n) < 0)
            return NULL;
        /* The stop is r's item at the slice's stop, as CPython's, so the
         * repr shows range(1, 8, 2) for range(10)[1:8:2]. */
        int64_t step, zoff, stop, start = item(r, a);
        if (__builtin_mul_overflow(r->step, (int64_t)k, &step) ||
            __builtin_mul_overflow(r->step, (int64_t)z, &zoff) ||
            __builtin_add_overflow(r->start, zoff, &stop)) {
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

/* The position of int x in a big range, or NULL without an exception. */
static Object *big_position(RangeObject *r, Object *x)
{
    Object *off = arith(x, bigf(r, R_START), BIN_SUB);
    Object *rem = off ? arith(off, bigf(r, R_STEP), BIN_MOD) : NULL;
    Object *pos = rem && sign_of(rem) == 0 ? arith(off, bigf(r, R_STEP), BIN_FLOORDIV) : NULL;
    int in = -1;
    if (pos)
        in = sign_of(pos) >= 0 ? obj_richcompare_bool(pos, bigf(r, R_LEN), CMP_LT) : 0;
    XDECREF(off);
    XDECREF(rem);
    if (in <= 0)
        SETREF(pos, NULL);
    return pos;
}

static int range_contains(Object *o, Object *x)
{
    RangeObject *r = (RangeObject *)o;
    if (!obj_is(x, &IntType) && !obj_is(x, &BoolType))
        return iter_contains(o, x);
    if (r->big) {
        Object *pos = big_position(r, x);
        if (!pos)
            return exc_occurred() ? -1 : 0;
        DECREF(pos);
        return 1;
    }
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

/* What a range equals and hashes by, as CPython: the sequence it is,
 * (len, start or None when empty, step or None when at most one item). */
static Object *range_key(RangeObject *r)
{
    Object *len = r->big ? (INCREF(bigf(r, R_LEN)), bigf(r, R_LEN)) : int_from_i64(r->len);
    int more = len ? cmp_k(len, 1, CMP_GT) : -1;
    int any = len ? sign_of(len) : -2;
    Object *start = any <= 0 ? none_new() : r->big ? (INCREF(bigf(r, R_START)), bigf(r, R_START)) : int_from_i64(r->start);
    Object *step = more <= 0 ? none_new() : r->big ? (INCREF(bigf(r, R_STEP)), bigf(r, R_STEP)) : int_from_i64(r->step);
    Object *t = len && start && step && more >= 0 && any >= 0 ? tuple_pack(3, len, start, step) : NULL;
    XDECREF(len);
    XDECREF(start);
    XDECREF(step);
    return t;
}

static Object *range_richcompare(Object *a, Object *b, int op)
{
    if (!obj_is(b, &RangeType) || (op != CMP_EQ && op != CMP_NE)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    RangeObject *x = (RangeObject *)a, *y = (RangeObject *)b;
    if (!x->big && !y->big) {
        bool eq = x->len == y->len && (x->len == 0 || (x->start == y->start &&
                  (x->len == 1 || x->step == y->step)));
        return bool_from(op == CMP_EQ ? eq : !eq);
    }
    Object *kx = range_key(x), *ky = kx ? range_key(y) : NULL;
    Object *res = ky ? obj_richcompare(kx, ky, op) : NULL;
    XDECREF(kx);
    XDECREF(ky);
    return res;
}

static int64_t range_hash(Object *o)
{
    Object *t = range_key((RangeObject *)o);
    int64_t h = t ? obj_hash(t) : -1;
    XDECREF(t);
    return h;
}

static int range_truth(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    return r->big ? sign_of(bigf(r, R_LEN)) != 0 : r->len != 0;
}

static void range_dealloc(Object *o)
{
    XDECREF(((RangeObject *)o)->big);
    obj_free(o);
}

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

/* A big range's iterator: the same walk in ints. */
typedef struct BigRangeIter { Object ob; Object *next, *step, *left; } BigRangeIter;

static Object *bigiter_next(Object *o)
{
    BigRangeIter *it = (BigRangeIter *)o;
    int more = sign_of(it->left);
    if (more <= 0)
        return NULL;
    Object *v = it->next, *next = arith(v, it->step, BIN_ADD), *left = arith_k(it->left, 1, BIN_SUB);
    if (!next || !left) {
        XDECREF(next);
        XDECREF(left);
        return NULL;
    }
    it->next = next;
    SETREF(it->left, left);
    return v;   /* the reference `next` held */
}

static void bigiter_dealloc(Object *o)
{
    BigRangeIter *it = (BigRangeIter *)o;
    DECREF(it->next);
    DECREF(it->step);
    DECREF(it->left);
    obj_free(o);
}

static Type BigRangeIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "longrange_iterator", .base = &ObjectType,
    .basicsize = sizeof(BigRangeIter), .dealloc = bigiter_dealloc, .iter = iter_self,
    .iternext = bigiter_next,
};

/* Consumes next and step. */
static Object *bigiter_new(Object *next, Object *step, Object *left)
{
    BigRangeIter *it = next && step ? (BigRangeIter *)obj_alloc(&BigRangeIterType, sizeof(BigRangeIter)) : NULL;
    if (!it) {
        XDECREF(next);
        XDECREF(step);
        return NULL;
    }
    it->next = next;
    it->step = step;
    INCREF(left);
    it->left = left;
    return (Object *)it;
}

static Object *range_iter(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (r->big) {
        INCREF(bigf(r, R_START));
        INCREF(bigf(r, R_STEP));
        return bigiter_new(bigf(r, R_START), bigf(r, R_STEP), bigf(r, R_LEN));
    }
    return rangeiter_new(r->start, r->step, r->len);
}

Object *range_reversed(Object *o)
{
    RangeObject *r = (RangeObject *)o;
    if (r->big) {
        Object *last = arith_k(bigf(r, R_LEN), 1, BIN_SUB);
        Object *first = last ? big_item(r, last) : NULL;
        XDECREF(last);
        return bigiter_new(first, obj_neg(bigf(r, R_STEP)), bigf(r, R_LEN));
    }
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
    if (r->big && obj_isinstance_type(args[1], &IntType)) {
        Object *pos = big_position(r, args[1]);
        if (pos || exc_occurred())
            return pos;
    }
    int in = r->big ? 0 : range_contains(args[0], args[1]);
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

static Object *field(Object *o, int i, int64_t small)
{
    RangeObject *r = (RangeObject *)o;
    if (!r->big)
        return int_from_i64(small);
    INCREF(bigf(r, i));
    return bigf(r, i);
}
static Object *get_start(Object *o) { return field(o, R_START, ((RangeObject *)o)->start); }
static Object *get_stop(Object *o) { return field(o, R_STOP, ((RangeObject *)o)->stop); }
static Object *get_step(Object *o) { return field(o, R_STEP, ((RangeObject *)o)->step); }

static Object *range_m_reduce(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__reduce__() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    Object *a = get_start(args[0]), *z = get_stop(args[0]), *k = get_step(args[0]);
    Object *r = tuple_reduce_call(args[0], a, z, k);
    XDECREF(a);
    XDECREF(z);
    XDECREF(k);
    return r;
}

static const MethodDef range_methods[] = {
    { "index", range_m_index, NULL },
    { "__reduce__", range_m_reduce, NULL },
    { "count", range_m_count, NULL },
    { "start", NULL, get_start },
    { "stop", NULL, get_stop },
    { "step", NULL, get_step },
    { NULL, NULL, NULL },
};

Type RangeType = {
    OBJ_HEAD_INIT(&TypeType), .name = "range", .base = &ObjectType, .basicsize = sizeof(RangeObject),
    .dealloc = range_dealloc, .repr = range_repr, .hash = range_hash, .richcompare = range_richcompare,
    .truth = range_truth, .iter = range_iter, .getitem = range_getitem, .len = range_len,
    .contains = range_contains, .construct = range_construct, .methods = range_methods,
};
