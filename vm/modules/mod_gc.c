/* vm/modules/mod_gc.c — the `gc` module: the collector's controls (vm/objects/gc.h), with
 * python3's argument errors.  `garbage` stays empty (CPython 3.4+ puts
 * nothing there without DEBUG_SAVEALL, which gilvm does not have). */
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

static const struct { const char *name; CallFn fn; } gc_funcs[] = {
    { "collect", gc_m_collect },
    { "enable", gc_m_enable },
    { "disable", gc_m_disable },
    { "isenabled", gc_m_isenabled },
    { "get_count", gc_m_get_count },
    { "get_threshold", gc_m_get_threshold },
    { "set_threshold", gc_m_set_threshold },
    { "get_objects", gc_m_get_objects },
};

static int fill(Object *m)
{
    Object *callbacks = gc_callbacks(), *garbage = list_new(0);
    int rc = callbacks && garbage && module_add(m, "callbacks", callbacks) == 0 &&
             module_add(m, "garbage", garbage) == 0 ? 0 : -1;
    XDECREF(garbage);
    for (size_t i = 0; rc == 0 && i < sizeof gc_funcs / sizeof gc_funcs[0]; i++)
        rc = module_add_func(m, gc_funcs[i].name, gc_funcs[i].fn);
    return rc;
}

Object *mod_gc_init(void)
{
    Object *m = module_new("gc", NULL);
    if (m && fill(m) < 0)
        SETREF(m, NULL);
    return m;
}
