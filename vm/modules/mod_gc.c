/* vm/modules/mod_gc.c — the `gc` module: the collector's controls (vm/objects/gc.h), with
 * python3's argument errors.  `garbage` stays empty unless DEBUG_SAVEALL
 * is set (as in CPython 3.4+, nothing is uncollectable). */
#include <limits.h>
#include <stdio.h>

#include "vm/objects/gc.h"
#include "vm/runtime/module.h"

#define GC_FN(name) static Object *name(Object *self, Object *const *args, size_t nargs, Object *kw)

static bool no_args(const char *fn, size_t nargs, Object *kw)
{
    if (kw)
        exc_set(ExcTypeError, "gc.%s() takes no keyword arguments", fn);
    else if (nargs)
        exc_set(ExcTypeError, "gc.%s() takes no arguments (%zu given)", fn, nargs);
    return !kw && !nargs;
}

/* An int argument that must fit a C int (thresholds, generations). */
static int int_arg(Object *o, int *out)
{
    int64_t v;
    if (int_as_i64(o, &v) < 0)
        return -1;
    if (v > INT_MAX || v < INT_MIN) {
        exc_set(ExcOverflowError, "signed integer is %s than %s", v > 0 ? "greater" : "less",
                v > 0 ? "maximum" : "minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* collect(generation=2) */
GC_FN(gc_m_collect)
{
    size_t nkw = kw ? tuple_len(kw) : 0, npos = nargs - nkw;
    if (npos > 1) {
        exc_set(ExcTypeError, "collect() takes at most 1 argument (%zu given)", nargs);
        return NULL;
    }
    Object *gen = npos ? args[0] : NULL;
    for (size_t i = 0; i < nkw; i++) {
        Object *name = tuple_get(kw, i);
        if (!str_eq(name, str_intern("generation"))) {
            exc_set(ExcTypeError, "'%s' is an invalid keyword argument for collect()", str_utf8(name));
            return NULL;
        }
        if (gen) {
            exc_set(ExcTypeError, "argument for collect() given by name ('generation') and position (1)");
            return NULL;
        }
        gen = args[npos + i];
    }
    int g = GC_GENERATIONS - 1;
    if (gen && int_arg(gen, &g) < 0)
        return NULL;
    if (g < 0 || g >= GC_GENERATIONS) {
        exc_set(ExcValueError, "invalid generation");
        return NULL;
    }
    return int_from_i64(gc_collect(g));
}

/* get_objects(generation=None) */
GC_FN(gc_m_get_objects)
{
    static const char *const names[] = { "generation", NULL };
    Object *gen = NULL;
    if (args_parse("get_objects", args, nargs, kw, 0, names, &gen) < 0)
        return NULL;
    int g = -1; /* as in CPython, -1 also means every generation */
    if (gen && gen != None) {
        if (!obj_isinstance_type(gen, &IntType)) {
            exc_set(ExcTypeError, "argument should be integer or None, not '%s'", gen->type->name);
            return NULL;
        }
        if (int_arg(gen, &g) < 0)
            return NULL;
        if (g != -1 && (g < 0 || g >= GC_GENERATIONS)) {
            if (g < 0)
                exc_set(ExcValueError, "generation parameter cannot be negative");
            else
                exc_set(ExcValueError, "generation parameter must be less than the number "
                        "of available generations (%d)", GC_GENERATIONS);
            return NULL;
        }
    }
    return gc_get_objects(g);
}

GC_FN(gc_m_enable)
{
    if (!no_args("enable", nargs, kw))
        return NULL;
    gc_enabled = true;
    return none_new();
}

GC_FN(gc_m_disable)
{
    if (!no_args("disable", nargs, kw))
        return NULL;
    gc_enabled = false;
    return none_new();
}

GC_FN(gc_m_isenabled)
{
    return no_args("isenabled", nargs, kw) ? bool_from(gc_enabled) : NULL;
}

/* A tuple of the three generations' values of get(). */
static Object *per_generation(int (*get)(int))
{
    Object *t = tuple_new(GC_GENERATIONS);
    for (int i = 0; t && i < GC_GENERATIONS; i++) {
        Object *v = int_from_i64(get(i));
        if (!v) {
            DECREF(t);
            return NULL;
        }
        tuple_set(t, (size_t)i, v);
    }
    return t;
}

GC_FN(gc_m_get_count)
{
    return no_args("get_count", nargs, kw) ? per_generation(gc_get_count) : NULL;
}

GC_FN(gc_m_get_threshold)
{
    return no_args("get_threshold", nargs, kw) ? per_generation(gc_get_threshold) : NULL;
}

/* set_threshold(threshold0[, threshold1[, threshold2]]) */
GC_FN(gc_m_set_threshold)
{
    if (kw) {
        exc_set(ExcTypeError, "set_threshold() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 1 || nargs > GC_GENERATIONS) {
        exc_set(ExcTypeError, "set_threshold() takes at %s %d argument%s (%zu given)",
                nargs ? "most" : "least", nargs ? GC_GENERATIONS : 1, nargs ? "s" : "", nargs);
        return NULL;
    }
    int t[GC_GENERATIONS];
    for (size_t i = 0; i < nargs; i++)
        if (int_arg(args[i], &t[i]) < 0)
            return NULL;
    for (size_t i = 0; i < nargs; i++)
        gc_set_threshold((int)i, t[i]);
    return none_new();
}

/* One argument, positional only. */
static bool one_arg(const char *fn, size_t nargs, Object *kw)
{
    if (kw)
        exc_set(ExcTypeError, "%s() takes no keyword arguments", fn);
    else if (nargs != 1)
        exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", fn, nargs);
    return !kw && nargs == 1;
}

typedef struct Referents { Object *list; bool failed; } Referents;

static void visit_append(Object *child, void *arg)
{
    Referents *r = arg;
    if (child && !r->failed && list_append(r->list, child) < 0)
        r->failed = true;
}

/* get_referents(*objs): what each container's traverse visits; an object
 * the collector does not walk (int, str) has none. */
GC_FN(gc_m_get_referents)
{
    if (kw) {
        exc_set(ExcTypeError, "get_referents() takes no keyword arguments");
        return NULL;
    }
    Referents r = { list_new(0), false };
    for (size_t i = 0; r.list && !r.failed && i < nargs; i++)
        if ((args[i]->type->flags & TYPE_GC) && args[i]->type->traverse)
            args[i]->type->traverse(args[i], visit_append, &r);
    if (r.failed)
        SETREF(r.list, NULL);
    return r.list;
}

/* get_referrers(*objs) */
GC_FN(gc_m_get_referrers)
{
    if (kw) {
        exc_set(ExcTypeError, "get_referrers() takes no keyword arguments");
        return NULL;
    }
    Object *objs = tuple_new(nargs);
    for (size_t i = 0; objs && i < nargs; i++) {
        INCREF(args[i]);
        tuple_set(objs, i, args[i]);
    }
    Object *r = objs ? gc_get_referrers(objs) : NULL;
    XDECREF(objs);
    return r;
}

GC_FN(gc_m_is_tracked)
{
    if (!one_arg("is_tracked", nargs, kw))
        return NULL;
    return bool_from(obj_is_gc(args[0]) && gc_is_tracked(args[0]));
}

static Object *stats_dict(int generation)
{
    Object *d = dict_new();
    Object *v[3] = { int_from_i64((int64_t)gc_stats.collections[generation]),
                     int_from_i64((int64_t)gc_stats.collected_in[generation]), int_from_i64(0) };
    static const char *const keys[3] = { "collections", "collected", "uncollectable" };
    for (int i = 0; i < 3; i++)
        if (d && (!v[i] || dict_set_str(d, keys[i], v[i]) < 0))
            SETREF(d, NULL);
    for (int i = 0; i < 3; i++)
        XDECREF(v[i]);
    return d;
}

/* get_stats(): per generation, what the collector counted (nothing is
 * ever uncollectable here). */
GC_FN(gc_m_get_stats)
{
    if (!no_args("get_stats", nargs, kw))
        return NULL;
    Object *l = list_new(0);
    for (int g = 0; l && g < GC_GENERATIONS; g++) {
        Object *d = stats_dict(g);
        if (!d || list_append(l, d) < 0)
            SETREF(l, NULL);
        XDECREF(d);
    }
    return l;
}

GC_FN(gc_m_set_debug)
{
    int flags;
    if (!one_arg("set_debug", nargs, kw) || int_arg(args[0], &flags) < 0)
        return NULL;
    gc_debug = (unsigned)flags;
    return none_new();
}

GC_FN(gc_m_get_debug)
{
    return no_args("get_debug", nargs, kw) ? int_from_i64(gc_debug) : NULL;
}

GC_FN(gc_m_freeze)
{
    if (!no_args("freeze", nargs, kw))
        return NULL;
    gc_freeze();
    return none_new();
}

GC_FN(gc_m_unfreeze)
{
    if (!no_args("unfreeze", nargs, kw))
        return NULL;
    gc_unfreeze();
    return none_new();
}

GC_FN(gc_m_get_freeze_count)
{
    return no_args("get_freeze_count", nargs, kw) ? int_from_i64((int64_t)gc_freeze_count()) : NULL;
}

static const struct { const char *name; CallFn fn; } gc_funcs[] = {
    { "collect", gc_m_collect },
    { "enable", gc_m_enable },
    { "disable", gc_m_disable },
    { "isenabled", gc_m_isenabled },
    { "get_count", gc_m_get_count },
    { "get_threshold", gc_m_get_threshold },
    { "set_threshold", gc_m_set_threshold },
    { "get_objects", gc_m_get_objects },
    { "get_referents", gc_m_get_referents },
    { "get_referrers", gc_m_get_referrers },
    { "is_tracked", gc_m_is_tracked },
    { "get_stats", gc_m_get_stats },
    { "set_debug", gc_m_set_debug },
    { "get_debug", gc_m_get_debug },
    { "freeze", gc_m_freeze },
    { "unfreeze", gc_m_unfreeze },
    { "get_freeze_count", gc_m_get_freeze_count },
};

static const struct { const char *name; int64_t value; } gc_consts[] = {
    { "DEBUG_STATS", GC_DEBUG_STATS },
    { "DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE },
    { "DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE },
    { "DEBUG_SAVEALL", GC_DEBUG_SAVEALL },
    { "DEBUG_LEAK", GC_DEBUG_LEAK },
};

static int fill(Object *m)
{
    Object *callbacks = gc_callbacks(), *garbage = gc_garbage();
    int rc = callbacks && garbage && module_add(m, "callbacks", callbacks) == 0 &&
             module_add(m, "garbage", garbage) == 0 ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < sizeof gc_funcs / sizeof gc_funcs[0]; i++)
        rc = module_add_func(m, gc_funcs[i].name, gc_funcs[i].fn);
    for (size_t i = 0; rc == 0 && i < sizeof gc_consts / sizeof gc_consts[0]; i++)
        rc = module_add_int(m, gc_consts[i].name, gc_consts[i].value);
    return rc;
}

Object *mod_gc_init(void)
{
    Object *m = module_new("gc", NULL);
    if (m && fill(m) < 0)
        SETREF(m, NULL);
    return m;
}
