/* vm/objects/tuple.c — tuple: an immutable array of owned references.
 * The empty tuple is a single immortal object. */
#include "vm/objects/object.h"

#include <stdlib.h>
#include <string.h>

static TupleObject empty_tuple = { OBJ_HEAD_INIT(&TupleType), -1, 0 };

Object *tuple_new(size_t n)
{
    if (n == 0)
        return (Object *)&empty_tuple;
    if (n > ((size_t)1 << 40) / sizeof(Object *)) {
        exc_nomemory();
        return NULL;
    }
    TupleObject *t = (TupleObject *)obj_alloc(&TupleType, sizeof(TupleObject) + n * sizeof(Object *));
    if (!t)
        return NULL;
    t->hash = -1;
    t->n = n;
    return (Object *)t;
}

Object *tuple_pack(size_t n, ...)
{
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) {
        Object *v = va_arg(ap, Object *);
        INCREF(v);
        tuple_set(t, i, v);
    }
    va_end(ap);
    return t;
}

Object *tuple_reduce_call(Object *self, Object *a, Object *b, Object *c)
{
    Object *args = a && b && c ? tuple_pack(3, a, b, c) : NULL;
    Object *r = args ? tuple_pack(2, (Object *)self->type, args) : NULL;
    XDECREF(args);
    return r;
}

static Object *tuple_from_array(Object *const *items, size_t n)
{
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        INCREF(items[i]);
        tuple_set(t, i, items[i]);
    }
    return t;
}

Object *tuple_from_iter(Object *iterable)
{
    if (obj_is(iterable, &TupleType)) {
        INCREF(iterable);
        return iterable;
    }
    Object *l = list_from_iter(iterable);
    if (!l)
        return NULL;
    Object *t = tuple_from_array(((ListObject *)l)->items, list_len(l));
    DECREF(l);
    return t;
}

static void tuple_dealloc(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    for (size_t i = t->n; i-- > 0;) /* last first, as CPython */
        XDECREF(t->items[i]);
    obj_free(o);
}

/* No clear: a tuple cannot hold itself without a mutable object on the
 * way, and clearing that one breaks the cycle (as CPython). */
static void tuple_traverse(Object *o, VisitFn visit, void *arg)
{
    TupleObject *t = (TupleObject *)o;
    for (size_t i = 0; i < t->n; i++)
        visit(t->items[i], arg);
}

static Object *tuple_repr(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    int r = repr_enter(o); /* bounds the nesting depth */
    if (r)
        return r < 0 ? NULL : str_from_cstr("(...)");
    Object *s = seq_repr(t->items, t->n, "(", ")", true);
    repr_leave(o);
    return s;
}

static int64_t tuple_hash(Object *o)
{
    TupleObject *t = (TupleObject *)o;
    if (t->hash != -1)
        return t->hash;
    /* CPython 3.8's xxHash-based tuple hash. */
    const uint64_t p1 = 11400714785074694791ull, p2 = 14029467366897019727ull,
                   p5 = 2870177450012600261ull;
    uint64_t acc = p5;
    for (size_t i = 0; i < t->n; i++) {
        int64_t h = obj_hash(t->items[i]);
        if (h == -1)
            return -1;
        acc += (uint64_t)h * p2;
        acc = (acc << 31) | (acc >> 33);
        acc *= p1;
    }
    acc += t->n ^ (p5 ^ 3527539ull);
    int64_t r = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    t->hash = r;
    return r;
}

/* A list's or tuple's length and i-th item (borrowed), as they are now. */
static size_t seq_size(Object *s)
{
    return obj_isinstance_type(s, &ListType) ? ((ListObject *)s)->n : ((TupleObject *)s)->n;
}

static Object *seq_at(Object *s, size_t i)
{
    return obj_isinstance_type(s, &ListType) ? ((ListObject *)s)->items[i]
                                             : ((TupleObject *)s)->items[i];
}

/* obj_richcompare on x and y, held across the call: its __eq__ may drop
 * the last other reference to either. */
static Object *compare_held(Object *x, Object *y, int op)
{
    INCREF(x);
    INCREF(y);
    Object *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

/* 1, 0, or -1 with an exception set. */
static int equal_held(Object *x, Object *y)
{
    INCREF(x);
    INCREF(y);
    int r = obj_richcompare_bool(x, y, CMP_EQ);
    DECREF(x);
    DECREF(y);
    return r;
}

static bool compare_sizes(size_t na, size_t nb, int op)
{
    switch (op) {
    case CMP_LT: return na < nb;
    case CMP_LE: return na <= nb;
    case CMP_EQ: return na == nb;
    case CMP_NE: return na != nb;
    case CMP_GT: return na > nb;
    default: return na >= nb;
    }
}

Object *seq_richcompare(Object *a, Object *b, int op)
{
    if ((op == CMP_EQ || op == CMP_NE) && seq_size(a) != seq_size(b))
        return bool_from(op == CMP_NE);
    size_t i;
    for (i = 0; i < seq_size(a) && i < seq_size(b); i++) {
        int eq = equal_held(seq_at(a, i), seq_at(b, i));
        if (eq < 0)
            return NULL;
        if (!eq)
            break;
    }
    if (i >= seq_size(a) || i >= seq_size(b))
        return bool_from(compare_sizes(seq_size(a), seq_size(b), op));
    if (op == CMP_EQ || op == CMP_NE)
        return bool_from(op == CMP_NE);
    return compare_held(seq_at(a, i), seq_at(b, i), op);
}

Object *seq_index_of(Object *seq, Object *const *args, size_t nargs, Object *kw, const char *tname)
{
    if (kw || nargs < 2 || nargs > 4) {
        exc_set(ExcTypeError, "index expected at least 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    int64_t n = (int64_t)seq_size(seq), a = 0, z = n;
    if ((nargs > 2 && int_as_i64(args[2], &a) < 0) || (nargs > 3 && int_as_i64(args[3], &z) < 0))
        return NULL;
    if (a < 0)
        a = a + n < 0 ? 0 : a + n;
    if (z < 0)
        z = z + n < 0 ? 0 : z + n;
    for (int64_t i = a; i < z && (uint64_t)i < seq_size(seq); i++) {
        int eq = equal_held(seq_at(seq, (size_t)i), args[1]);
        if (eq < 0)
            return NULL;
        if (eq)
            return int_from_i64(i);
    }
    if (!strcmp(tname, "list")) {
        Object *r = obj_repr(args[1]);
        if (r)
            exc_set(ExcValueError, "%s is not in list", str_utf8(r));
        XDECREF(r);
    } else {
        exc_set(ExcValueError, "%s.index(x): x not in %s", tname, tname);
    }
    return NULL;
}

Object *seq_count_of(Object *seq, Object *x)
{
    int64_t k = 0;
    for (size_t i = 0; i < seq_size(seq); i++) {
        int eq = equal_held(seq_at(seq, i), x);
        if (eq < 0)
            return NULL;
        k += eq;
    }
    return int_from_i64(k);
}

static Object *tuple_richcompare(Object *a, Object *b, int op)
{
    if (!obj_isinstance_type(b, &TupleType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    return seq_richcompare(a, b, op);
}

static ssize_t tuple_length(Object *o) { return (ssize_t)tuple_len(o); }

static Object *tuple_getitem(Object *o, Object *key)
{
    TupleObject *t = (TupleObject *)o;
    if (obj_is(key, &SliceType)) {
        ssize_t start, stop, step, n;
        if (slice_indices(key, (ssize_t)t->n, &start, &stop, &step, &n) < 0)
            return NULL;
        if (step == 1 && (size_t)n == t->n) {
            INCREF(o);
            return o;
        }
        Object *r = tuple_new((size_t)n);
        if (!r)
            return NULL;
        for (ssize_t i = 0, j = start; i < n; i++, j += step) {
            INCREF(t->items[j]);
            tuple_set(r, (size_t)i, t->items[j]);
        }
        return r;
    }
    size_t i;
    if (seq_index(key, t->n, &i, "tuple") < 0)
        return NULL;
    INCREF(t->items[i]);
    return t->items[i];
}

static int tuple_contains(Object *o, Object *x)
{
    TupleObject *t = (TupleObject *)o;
    for (size_t i = 0; i < t->n; i++) {
        int eq = obj_richcompare_bool(t->items[i], x, CMP_EQ);
        if (eq)
            return eq;
    }
    return 0;
}

static Object *tuple_add(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &TupleType) || !obj_isinstance_type(b, &TupleType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    TupleObject *x = (TupleObject *)a, *y = (TupleObject *)b;
    Object *r = tuple_new(x->n + y->n);
    if (!r)
        return NULL;
    for (size_t i = 0; i < x->n; i++) {
        INCREF(x->items[i]);
        tuple_set(r, i, x->items[i]);
    }
    for (size_t i = 0; i < y->n; i++) {
        INCREF(y->items[i]);
        tuple_set(r, x->n + i, y->items[i]);
    }
    return r;
}

static Object *tuple_mul(Object *a, Object *b)
{
    Object *t = obj_isinstance_type(a, &TupleType) ? a : b, *k = t == a ? b : a;
    if (!obj_isinstance_type(t, &TupleType) || !obj_indexable(k)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    int64_t times;
    if (int_as_index(k, &times) < 0)
        return NULL;
    size_t n = tuple_len(t), total;
    if (times <= 0 || n == 0)
        return tuple_new(0);
    if (__builtin_mul_overflow(n, (size_t)times, &total)) {
        exc_nomemory();
        return NULL;
    }
    Object *r = tuple_new(total);
    if (!r)
        return NULL;
    for (size_t i = 0; i < total; i++) {
        Object *v = tuple_get(t, i % n);
        INCREF(v);
        tuple_set(r, i, v);
    }
    return r;
}

static const NumberOps tuple_num = { .add = tuple_add, .mul = tuple_mul };

static Object *tuple_m_index(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return seq_index_of(args[0], args, nargs, kw, "tuple");
}

static Object *tuple_m_count(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "tuple.count() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    return seq_count_of(args[0], args[1]);
}

static const MethodDef tuple_methods[] = {
    { "index", tuple_m_index, NULL },
    { "count", tuple_m_count, NULL },
    { NULL, NULL, NULL },
};

static size_t tuple_instsize(Object *o)
{
    return sizeof(TupleObject) + tuple_len(o) * sizeof(Object *);
}

static Object *tuple_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "tuple() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "tuple expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    return nargs ? tuple_from_iter(args[0]) : tuple_new(0);
}

typedef struct TupleIter { Object ob; Object *t; size_t i; } TupleIter;

static void tupleiter_dealloc(Object *o)
{
    XDECREF(((TupleIter *)o)->t);
    obj_free(o);
}

static void tupleiter_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((TupleIter *)o)->t, arg);
}

static Object *tupleiter_next(Object *o)
{
    TupleIter *it = (TupleIter *)o;
    if (!it->t)
        return NULL;
    if (it->i >= tuple_len(it->t)) {
        SETREF(it->t, NULL);
        return NULL;
    }
    Object *v = tuple_get(it->t, it->i++);
    INCREF(v);
    return v;
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Type TupleIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "tuple_iterator", .base = &ObjectType,
    .basicsize = sizeof(TupleIter), .flags = TYPE_GC, .traverse = tupleiter_traverse,
    .dealloc = tupleiter_dealloc, .iter = iter_self,
    .iternext = tupleiter_next,
};

static Object *tuple_iter(Object *o)
{
    TupleIter *it = (TupleIter *)obj_alloc(&TupleIterType, sizeof(TupleIter));
    if (!it)
        return NULL;
    INCREF(o);
    it->t = o;
    return (Object *)it;
}

Type TupleType = {
    OBJ_HEAD_INIT(&TypeType), .name = "tuple", .base = &ObjectType, .basicsize = sizeof(TupleObject),
    .flags = TYPE_BASETYPE | TYPE_GC | TYPE_COPYNEW, .instsize = tuple_instsize,
    .dealloc = tuple_dealloc, .repr = tuple_repr,
    .hash = tuple_hash, .richcompare = tuple_richcompare, .iter = tuple_iter,
    .getitem = tuple_getitem, .len = tuple_length, .contains = tuple_contains,
    .num = &tuple_num, .construct = tuple_construct, .methods = tuple_methods,
    .traverse = tuple_traverse,
    .classmethods = obj_generic_classmethods,
};
