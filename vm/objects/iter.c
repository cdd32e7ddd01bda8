/* vm/objects/iter.c — iterator types that are not tied to one container:
 * the __getitem__ protocol iterator, iter(callable, sentinel), enumerate, zip, reversed, map, filter. */
#include "vm/objects/object.h"

#include <stdlib.h>
#include <string.h>

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

/* ---- seq[0], seq[1], ... until IndexError (or StopIteration) ---------- */

typedef struct SeqIter { Object ob; Object *seq; int64_t i; bool reverse; } SeqIter;

static void seqiter_dealloc(Object *o)
{
    XDECREF(((SeqIter *)o)->seq);
    obj_free(o);
}

static void seqiter_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((SeqIter *)o)->seq, arg);
}

static Object *seqiter_next(Object *o)
{
    SeqIter *it = (SeqIter *)o;
    if (!it->seq || it->i < 0)
        return NULL;
    Object *k = int_from_i64(it->i);
    if (!k)
        return NULL;
    Object *v = obj_getitem(it->seq, k);
    DECREF(k);
    if (!v) {
        Object *e = exc_occurred();
        if (exc_matches(e, (Object *)ExcIndexError) || exc_matches(e, (Object *)ExcStopIteration)) {
            exc_clear();
            SETREF(it->seq, NULL);
        }
        return NULL;
    }
    it->i += it->reverse ? -1 : 1;
    return v;
}

static Type SeqIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "iterator", .base = &ObjectType,
    .basicsize = sizeof(SeqIter), .flags = TYPE_GC, .dealloc = seqiter_dealloc,
    .iter = iter_self, .iternext = seqiter_next, .traverse = seqiter_traverse,
};

static Type RevIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "reversed", .base = &ObjectType,
    .basicsize = sizeof(SeqIter), .flags = TYPE_GC, .dealloc = seqiter_dealloc,
    .iter = iter_self, .iternext = seqiter_next, .traverse = seqiter_traverse,
};

static Object *seqiter_make(Type *t, Object *seq, int64_t start, bool reverse)
{
    SeqIter *it = (SeqIter *)obj_alloc(t, sizeof(SeqIter));
    if (!it)
        return NULL;
    INCREF(seq);
    it->seq = seq;
    it->i = start;
    it->reverse = reverse;
    return (Object *)it;
}

Object *iter_seq_new(Object *seq) { return seqiter_make(&SeqIterType, seq, 0, false); }

/* ---- iter(callable, sentinel): call until the result equals sentinel ----- */

typedef struct CallIter { Object ob; Object *call, *sentinel; } CallIter;

static void calliter_dealloc(Object *o)
{
    CallIter *it = (CallIter *)o;
    XDECREF(it->call);
    XDECREF(it->sentinel);
    obj_free(o);
}

static void calliter_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((CallIter *)o)->call, arg);
    visit(((CallIter *)o)->sentinel, arg);
}

/* Once exhausted the iterator drops both references, so it stays exhausted
 * and keeps nothing alive, as CPython's does. */
static void calliter_finish(CallIter *it)
{
    SETREF(it->call, NULL);
    SETREF(it->sentinel, NULL);
}

static Object *calliter_next(Object *o)
{
    CallIter *it = (CallIter *)o;
    if (!it->call)
        return NULL;
    Object *v = obj_call(it->call, NULL, 0, NULL);
    if (!v) {
        if (exc_matches(exc_occurred(), (Object *)ExcStopIteration)) {
            exc_clear();
            calliter_finish(it);
        }
        return NULL;
    }
    int eq = obj_richcompare_bool(it->sentinel, v, CMP_EQ);
    if (eq == 0)
        return v;
    DECREF(v);
    if (eq > 0)
        calliter_finish(it);
    return NULL;
}

static Type CallIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "callable_iterator", .base = &ObjectType,
    .basicsize = sizeof(CallIter), .flags = TYPE_GC, .dealloc = calliter_dealloc,
    .iter = iter_self, .iternext = calliter_next, .traverse = calliter_traverse,
};

Object *iter_call_new(Object *callable, Object *sentinel)
{
    CallIter *it = (CallIter *)obj_alloc(&CallIterType, sizeof(CallIter));
    if (!it)
        return NULL;
    INCREF(callable);
    INCREF(sentinel);
    it->call = callable;
    it->sentinel = sentinel;
    return (Object *)it;
}

/* ---- enumerate ------------------------------------------------------------ */

typedef struct Enumerate { Object ob; Object *it; int64_t n; } Enumerate;

static void enumerate_dealloc(Object *o)
{
    XDECREF(((Enumerate *)o)->it);
    obj_free(o);
}

static void enumerate_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((Enumerate *)o)->it, arg);
}

static Object *enumerate_next(Object *o)
{
    Enumerate *e = (Enumerate *)o;
    Object *v = obj_iternext(e->it);
    if (!v)
        return NULL;
    Object *k = int_from_i64(e->n++);
    Object *t = k ? tuple_new(2) : NULL;
    if (!t) {
        XDECREF(k);
        DECREF(v);
        return NULL;
    }
    tuple_set(t, 0, k);
    tuple_set(t, 1, v);
    return t;
}

static Object *enumerate_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "iterable", "start", NULL };
    Object *v[2];
    int64_t start = 0;
    if (args_parse("enumerate", args, nargs, kw, 1, names, v) < 0 ||
        (v[1] && int_as_i64(v[1], &start) < 0))
        return NULL;
    Object *it = obj_iter(v[0]);
    if (!it)
        return NULL;
    Enumerate *e = (Enumerate *)obj_alloc((Type *)callable, sizeof(Enumerate));
    if (!e) {
        DECREF(it);
        return NULL;
    }
    e->it = it;
    e->n = start;
    return (Object *)e;
}

static Type EnumerateType = {
    OBJ_HEAD_INIT(&TypeType), .name = "enumerate", .base = &ObjectType,
    .basicsize = sizeof(Enumerate), .flags = TYPE_GC, .dealloc = enumerate_dealloc,
    .traverse = enumerate_traverse, .iter = iter_self,
    .iternext = enumerate_next, .construct = enumerate_construct,
    .classmethods = obj_generic_classmethods,
};

/* ---- zip --------------------------------------------------------------------- */

typedef struct Zip {
    Object ob;
    Object *its;   /* a tuple of iterators */
    bool strict;   /* zip(..., strict=True): unequal lengths are a ValueError */
} Zip;

static void zip_dealloc(Object *o)
{
    XDECREF(((Zip *)o)->its);
    obj_free(o);
}

static void zip_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((Zip *)o)->its, arg);
}

/* strict zip's error: argument i+1 (0-based i) ended first or outlasted the
 * ones before it, in CPython's words. */
static Object *zip_unequal(size_t i, const char *how)
{
    if (i == 1)
        exc_set(ExcValueError, "zip() argument 2 is %s than argument 1", how);
    else
        exc_set(ExcValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1, how, i);
    return NULL;
}

/* The first iterator ended: under strict every other must have ended too. */
static Object *zip_check_rest(Zip *z)
{
    for (size_t i = 1; i < tuple_len(z->its); i++) {
        Object *v = obj_iternext(tuple_get(z->its, i));
        if (v) {
            DECREF(v);
            return zip_unequal(i, "longer");
        }
        if (exc_occurred())
            return NULL;
    }
    return NULL;
}

static Object *zip_next(Object *o)
{
    Zip *z = (Zip *)o;
    size_t n = tuple_len(z->its);
    if (n == 0)
        return NULL;
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *v = obj_iternext(tuple_get(z->its, i));
        if (!v) {
            DECREF(t);
            if (!z->strict || exc_occurred())
                return NULL;
            return i ? zip_unequal(i, "shorter") : zip_check_rest(z);
        }
        tuple_set(t, i, v);
    }
    return t;
}

static Object *zip_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    size_t nkw = kw ? tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++) {
        const char *name = str_utf8(tuple_get(kw, i));
        if (i || strcmp(name, "strict") != 0) {
            exc_set(ExcTypeError, "'%s' is an invalid keyword argument for zip()", name);
            return NULL;
        }
    }
    int strict = nkw ? obj_truth(args[--nargs]) : 0;
    if (strict < 0)
        return NULL;
    Object *its = tuple_new(nargs);
    if (!its)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Object *it = obj_iter(args[i]);
        if (!it) {
            if (exc_matches(exc_occurred(), (Object *)ExcTypeError)) {
                exc_clear();
                exc_set(ExcTypeError, "zip argument #%zu must support iteration", i + 1);
            }
            DECREF(its);
            return NULL;
        }
        tuple_set(its, i, it);
    }
    Zip *z = (Zip *)obj_alloc((Type *)callable, sizeof(Zip));
    if (!z) {
        DECREF(its);
        return NULL;
    }
    z->its = its;
    z->strict = strict;
    return (Object *)z;
}

static Type ZipType = {
    OBJ_HEAD_INIT(&TypeType), .name = "zip", .base = &ObjectType, .basicsize = sizeof(Zip),
    .flags = TYPE_GC, .traverse = zip_traverse,
    .dealloc = zip_dealloc, .iter = iter_self, .iternext = zip_next, .construct = zip_construct,
};

/* ---- reversed ---------------------------------------------------------------- */

static Object *reversed_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, kw ? "reversed() takes no keyword arguments"
                                 : "reversed expected 1 argument, got %zu", nargs);
        return NULL;
    }
    Object *seq = args[0];
    if (obj_is(seq, &ListType))
        return list_reversed(seq);
    if (obj_is(seq, &RangeType))
        return range_reversed(seq);
    /* __reversed__ = None opts out, as CPython allows. */
    Object *f = type_lookup(seq->type, str_intern("__reversed__"));
    if (f && f != None)
        return obj_call_prepend(f, seq, NULL, 0, NULL);
    bool opted_out = f == None;
    if (opted_out || !seq->type->getitem || !seq->type->len) {
        exc_set(ExcTypeError, "'%s' object is not reversible", seq->type->name);
        return NULL;
    }
    ssize_t n = obj_len(seq);
    if (n < 0)
        return NULL;
    return seqiter_make(&RevIterType, seq, (int64_t)n - 1, true);
}

static Type ReversedType = {
    OBJ_HEAD_INIT(&TypeType), .name = "reversed", .base = &ObjectType,
    .basicsize = sizeof(SeqIter), .construct = reversed_construct,
};

/* ---- map and filter ------------------------------------------------------------ */

typedef struct MapObj { Object ob; Object *fn; Object *its; } MapObj;

static void map_dealloc(Object *o)
{
    MapObj *m = (MapObj *)o;
    XDECREF(m->fn);
    XDECREF(m->its);
    obj_free(o);
}

static void map_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((MapObj *)o)->fn, arg);
    visit(((MapObj *)o)->its, arg);
}

static Object *map_next(Object *o)
{
    MapObj *m = (MapObj *)o;
    size_t n = tuple_len(m->its);
    Object *small[8], **vals = n <= 8 ? small : malloc(n * sizeof(Object *));
    if (!vals) {
        exc_nomemory();
        return NULL;
    }
    size_t got = 0;
    Object *r = NULL;
    for (; got < n; got++)
        if (!(vals[got] = obj_iternext(tuple_get(m->its, got))))
            break;
    if (got == n)
        r = obj_call(m->fn, vals, n, NULL);
    for (size_t i = 0; i < got; i++)
        DECREF(vals[i]);
    if (vals != small)
        free(vals);
    return r;
}

/* map and filter share a layout: a function and a tuple of iterators (stolen). */
static Object *mapobj_new(Type *type, Object *fn, Object *its)
{
    MapObj *m = (MapObj *)obj_alloc(type, sizeof(MapObj));
    if (!m) {
        DECREF(its);
        return NULL;
    }
    INCREF(fn);
    m->fn = fn;
    m->its = its;
    return (Object *)m;
}

static Object *map_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs < 2) {
        exc_set(ExcTypeError, kw ? "map() takes no keyword arguments"
                                 : "map() must have at least two arguments.");
        return NULL;
    }
    Object *its = tuple_new(nargs - 1);
    if (!its)
        return NULL;
    for (size_t i = 1; i < nargs; i++) {
        Object *it = obj_iter(args[i]);
        if (!it) {
            DECREF(its);
            return NULL;
        }
        tuple_set(its, i - 1, it);
    }
    return mapobj_new((Type *)callable, args[0], its);
}

static Type MapType = {
    OBJ_HEAD_INIT(&TypeType), .name = "map", .base = &ObjectType, .basicsize = sizeof(MapObj),
    .flags = TYPE_GC, .traverse = map_traverse,
    .dealloc = map_dealloc, .iter = iter_self, .iternext = map_next, .construct = map_construct,
};

static Object *filter_next(Object *o)
{
    MapObj *m = (MapObj *)o;
    Object *v;
    while ((v = obj_iternext(tuple_get(m->its, 0)))) {
        int t;
        if (m->fn == None) {
            t = obj_truth(v);
        } else {
            Object *r = obj_call(m->fn, &v, 1, NULL);
            t = r ? obj_truth(r) : -1;
            XDECREF(r);
        }
        if (t > 0)
            return v;
        DECREF(v);
        if (t < 0)
            return NULL;
    }
    return NULL;
}

static Object *filter_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, kw ? "filter() takes no keyword arguments"
                                 : "filter expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    Object *it = obj_iter(args[1]);
    Object *its = it ? tuple_pack(1, it) : NULL;
    XDECREF(it);
    if (!its)
        return NULL;
    return mapobj_new((Type *)callable, args[0], its);
}

static Type FilterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "filter", .base = &ObjectType, .basicsize = sizeof(MapObj),
    .flags = TYPE_GC, .traverse = map_traverse,
    .dealloc = map_dealloc, .iter = iter_self, .iternext = filter_next,
    .construct = filter_construct,
};

int iter_add_builtins(Object *dict)
{
    Type *types[] = { &EnumerateType, &ZipType, &ReversedType, &MapType, &FilterType };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (dict_set_str(dict, types[i]->name, (Object *)types[i]) < 0)
            return -1;
    return 0;
}
