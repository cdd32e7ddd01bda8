/* vm/objects/slice.c — slice objects and the index arithmetic every sequence shares. */
#include "vm/objects/object.h"

#include <string.h>

typedef struct SliceObject { Object ob; Object *start, *stop, *step; } SliceObject;

Object *slice_new(Object *start, Object *stop, Object *step)
{
    SliceObject *s = (SliceObject *)obj_alloc(&SliceType, sizeof(SliceObject));
    if (!s)
        return NULL;
    s->start = start ? start : None;
    s->stop = stop ? stop : None;
    s->step = step ? step : None;
    INCREF(s->start);
    INCREF(s->stop);
    INCREF(s->step);
    return (Object *)s;
}

static void slice_dealloc(Object *o)
{
    SliceObject *s = (SliceObject *)o;
    DECREF(s->start);
    DECREF(s->stop);
    DECREF(s->step);
    obj_free(o);
}

static bool is_int(Object *o) { return obj_isinstance_type(o, &IntType); }

static int slice_part(Object *v, int64_t *out)
{
    if (is_int(v)) {
        *out = int_value(v);
        return 1;
    }
    if (v == None)
        return 0;
    if (obj_indexable(v)) {
        Object *i = obj_index(v);
        int r = i ? slice_part(i, out) : -1;
        XDECREF(i);
        return r;
    }
    exc_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
}

static int64_t clamp(int64_t v, int64_t len, int64_t step)
{
    if (v < 0) {
        v += len;
        if (v < 0)
            v = step < 0 ? -1 : 0;
    } else if (v >= len) {
        v = step < 0 ? len - 1 : len;
    }
    return v;
}

int slice_indices(Object *slice, ssize_t len, ssize_t *start, ssize_t *stop, ssize_t *step,
                  ssize_t *slicelen)
{
    SliceObject *s = (SliceObject *)slice;
    int64_t a = 0, z = 0, k = 1;
    int has_a, has_z, has_k;
    if ((has_k = slice_part(s->step, &k)) < 0 || (has_a = slice_part(s->start, &a)) < 0 ||
        (has_z = slice_part(s->stop, &z)) < 0)
        return -1;
    if (k == 0) {
        exc_set(ExcValueError, "slice step cannot be zero");
        return -1;
    }
    if (k < -INT64_MAX)
        k = -INT64_MAX; /* so that -k is defined */
    a = has_a ? clamp(a, len, k) : (k < 0 ? len - 1 : 0);
    z = has_z ? clamp(z, len, k) : (k < 0 ? -1 : len);
    int64_t n;
    if (k < 0)
        n = z < a ? (a - z - 1) / (-k) + 1 : 0;
    else
        n = a < z ? (z - a - 1) / k + 1 : 0;
    *start = (ssize_t)a;
    *stop = (ssize_t)z;
    *step = (ssize_t)k;
    *slicelen = (ssize_t)n;
    return 0;
}

/* One bound over ints: None takes `dflt`; a negative one counts from the end;
 * either is then clamped to [lower, upper].  New reference or NULL. */
static Object *bound_big(Object *v, Object *len, Object *lower, Object *upper, Object *dflt)
{
    if (v == None) {
        INCREF(dflt);
        return dflt;
    }
    if (!is_int(v) && obj_indexable(v)) {
        Object *i = obj_index(v);
        Object *r = i ? bound_big(i, len, lower, upper, dflt) : NULL;
        XDECREF(i);
        return r;
    }
    if (!is_int(v)) {
        exc_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
        return NULL;
    }
    Object *zero = int_from_i64(0);
    int neg = zero ? obj_richcompare_bool(v, zero, CMP_LT) : -1;
    XDECREF(zero);
    Object *x = neg > 0 ? obj_binop(v, len, BIN_ADD) : neg == 0 ? type_value_exact(v) : NULL;
    Object *edge = !x ? NULL : neg ? lower : upper;
    int out = edge ? obj_richcompare_bool(x, edge, neg ? CMP_LT : CMP_GT) : -1;
    if (out > 0) {
        INCREF(edge);
        SETREF(x, edge);
    }
    if (out < 0)
        SETREF(x, NULL);
    return x;
}

/* v's __index__ as an exact int (True steps by 1, not by True). */
static Object *exact_index(Object *v)
{
    Object *i = obj_index(v);
    Object *r = i ? type_value_exact(i) : NULL;
    XDECREF(i);
    return r;
}

int slice_indices_big(Object *slice, Object *len, Object **start, Object **stop, Object **step)
{
    SliceObject *s = (SliceObject *)slice;
    Object *k = s->step == None ? int_from_i64(1) : obj_indexable(s->step) ? exact_index(s->step) : NULL;
    if (!k) {
        if (!exc_occurred())
            exc_set(ExcTypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Object *zero = int_from_i64(0);
    int back = zero ? obj_richcompare_bool(k, zero, CMP_LT) : -1;
    int none = zero ? obj_richcompare_bool(k, zero, CMP_EQ) : -1;
    if (none > 0)
        exc_set(ExcValueError, "slice step cannot be zero");
    Object *lower = back > 0 ? int_from_i64(-1) : zero ? (INCREF(zero), zero) : NULL;
    Object *one = int_from_i64(1);
    Object *upper = back > 0 ? (one ? obj_binop(len, one, BIN_SUB) : NULL) : (INCREF(len), len);
    XDECREF(one);
    Object *a = NULL, *z = NULL;
    if (back >= 0 && none == 0 && lower && upper) {
        a = bound_big(s->start, len, lower, upper, back ? upper : lower);
        z = a ? bound_big(s->stop, len, lower, upper, back ? lower : upper) : NULL;
    }
    XDECREF(zero);
    XDECREF(lower);
    XDECREF(upper);
    if (!z) {
        XDECREF(a);
        DECREF(k);
        return -1;
    }
    *start = a;
    *stop = z;
    *step = k;
    return 0;
}

int seq_index(Object *key, size_t len, size_t *out, const char *what)
{
    if (!is_int(key) && obj_indexable(key)) {
        Object *i = obj_index(key);
        if (i && !int_is_small(i)) {   /* the message names the index's own type */
            exc_set(ExcIndexError, "cannot fit '%s' into an index-sized integer", key->type->name);
            SETREF(i, NULL);
        }
        int r = i ? seq_index(i, len, out, what) : -1;
        XDECREF(i);
        return r;
    }
    if (!is_int(key)) {
        if (!strcmp(what, "string"))
            exc_set(ExcTypeError, "string indices must be integers, not '%s'", key->type->name);
        else if (!strcmp(what, "list assignment"))
            exc_set(ExcTypeError, "list indices must be integers or slices, not %s", key->type->name);
        else if (!strcmp(what, "range object"))
            exc_set(ExcTypeError, "range indices must be integers or slices, not %s", key->type->name);
        else if (!strcmp(what, "bytes"))
            exc_set(ExcTypeError, "byte indices must be integers or slices, not %s", key->type->name);
        else
            exc_set(ExcTypeError, "%s indices must be integers or slices, not %s", what,
                    key->type->name);
        return -1;
    }
    if (!int_is_small(key)) {
        exc_set(ExcIndexError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    int64_t i = int_value(key);
    if (i < 0)
        i += (int64_t)len;
    if (i < 0 || (uint64_t)i >= len) {
        if (!strcmp(what, "bytes"))
            exc_set(ExcIndexError, "index out of range");
        else
            exc_set(ExcIndexError, "%s index out of range", what);
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Object *slice_repr(Object *o)
{
    SliceObject *s = (SliceObject *)o;
    StrBuf b = { 0 };
    strbuf_puts(&b, "slice(");
    strbuf_put_obj(&b, s->start, true);
    strbuf_puts(&b, ", ");
    strbuf_put_obj(&b, s->stop, true);
    strbuf_puts(&b, ", ");
    strbuf_put_obj(&b, s->step, true);
    strbuf_puts(&b, ")");
    return strbuf_finish(&b);
}

static Object *slice_richcompare(Object *a, Object *b, int op)
{
    if (!obj_is(b, &SliceType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    SliceObject *x = (SliceObject *)a, *y = (SliceObject *)b;
    Object *ta = tuple_pack(3, x->start, x->stop, x->step);
    Object *tb = ta ? tuple_pack(3, y->start, y->stop, y->step) : NULL;
    Object *r = tb ? obj_richcompare(ta, tb, op) : NULL;
    XDECREF(ta);
    XDECREF(tb);
    return r;
}

static int64_t slice_hash(Object *o)
{
    exc_set(ExcTypeError, "unhashable type: 'slice'");
    return -1;
}

static Object *slice_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs < 1 || nargs > 3) {
        exc_set(ExcTypeError, kw ? "slice() takes no keyword arguments"
                              : "slice expected at least 1 argument, got 0");
        return NULL;
    }
    if (nargs == 1)
        return slice_new(None, args[0], None);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : None);
}

static Object *get_start(Object *o) { INCREF(((SliceObject *)o)->start); return ((SliceObject *)o)->start; }
static Object *get_stop(Object *o) { INCREF(((SliceObject *)o)->stop); return ((SliceObject *)o)->stop; }
static Object *get_step(Object *o) { INCREF(((SliceObject *)o)->step); return ((SliceObject *)o)->step; }

static Object *slice_m_indices(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    int64_t len;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "indices() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    if (int_as_i64(args[1], &len) < 0)
        return NULL;
    if (len < 0) {
        exc_set(ExcValueError, "length should not be negative");
        return NULL;
    }
    ssize_t a, z, k, n;
    if (slice_indices(args[0], (ssize_t)len, &a, &z, &k, &n) < 0)
        return NULL;
    Object *t = tuple_new(3);
    if (!t)
        return NULL;
    tuple_set(t, 0, int_from_i64(a));
    tuple_set(t, 1, int_from_i64(z));
    tuple_set(t, 2, int_from_i64(k));
    for (int i = 0; i < 3; i++)
        if (!tuple_get(t, (size_t)i)) {
            DECREF(t);
            return NULL;
        }
    return t;
}

static Object *slice_m_reduce(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__reduce__() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    SliceObject *s = (SliceObject *)args[0];
    return tuple_reduce_call(args[0], s->start, s->stop, s->step);
}

static const MethodDef slice_methods[] = {
    { "indices", slice_m_indices, NULL },
    { "__reduce__", slice_m_reduce, NULL },
    { "start", NULL, get_start },
    { "stop", NULL, get_stop },
    { "step", NULL, get_step },
    { NULL, NULL, NULL },
};

Type SliceType = {
    OBJ_HEAD_INIT(&TypeType), .name = "slice", .base = &ObjectType, .basicsize = sizeof(SliceObject),
    .dealloc = slice_dealloc, .repr = slice_repr, .richcompare = slice_richcompare,
    .hash = slice_hash, .construct = slice_construct, .methods = slice_methods,
};
