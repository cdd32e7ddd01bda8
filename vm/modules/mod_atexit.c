/* vm/modules/mod_atexit.c — the `atexit` module: functions to call when the
 * program ends (normally, by sys.exit or by an uncaught exception), last
 * registered first, as CPython's.
 *
 * vm/main.c calls mod_atexit_run after the shutdown hooks (threading has
 * joined its non-daemon threads) and before module_fini, so callbacks still
 * see every module.  An exception in a callback is reported on stderr and
 * the others still run; the exit status does not change.
 *
 * Invariants: the callback table is read and written only with the GIL
 * held (every entry point is a Python call or main.c's exit path, which
 * holds it).  A callback may register, unregister or clear while the table
 * is being run, so a run reads its slot again after every call and never
 * keeps a pointer into the table across one.  An unregistered slot is NULL
 * until the table is cleared; _ncallbacks counts slots, as CPython's does.
 */
#include <stdio.h>
#include <stdlib.h>

#include "vm/modules/builtins.h"
#include "vm/objects/traceback.h"
#include "vm/runtime/module.h"

typedef struct Callback {
    Object *func;
    Object *args;      /* tuple: the positional arguments, then the keyword values */
    Object *kwnames;   /* tuple of the keywords' names, or NULL */
} Callback;

static Callback *table;
static size_t nslots, cap;

static void callback_release(Callback *c)
{
    XDECREF(c->func);
    XDECREF(c->args);
    XDECREF(c->kwnames);
}

/* Empties the table first, so a __del__ that registers again while the
 * old entries go starts a new one. */
static void clear_table(void)
{
    Callback *old = table;
    size_t n = nslots;
    table = NULL;
    nslots = cap = 0;
    for (size_t i = 0; i < n; i++)
        callback_release(&old[i]);
    free(old);
}

static void report(Object *exc)
{
    builtins_flush_stdout();
    fprintf(stderr, "Error in atexit._run_exitfuncs:\n");
    traceback_print(exc);
}

/* Calls every callback, last registered first, then forgets them all. */
static void run_table(void)
{
    for (size_t i = nslots; i-- > 0;) {
        if (i >= nslots || !table[i].func)   /* a callback may have cleared the table */
            continue;
        Callback c = table[i];
        INCREF(c.func);
        INCREF(c.args);
        XINCREF(c.kwnames);
        Object *r = obj_call(c.func, ((TupleObject *)c.args)->items, tuple_len(c.args), c.kwnames);
        if (r) {
            DECREF(r);
        } else {
            Object *exc = exc_fetch();
            if (exc)
                report(exc);
            XDECREF(exc);
        }
        callback_release(&c);
    }
    clear_table();
}

void mod_atexit_run(void)
{
    run_table();
}

#define ATEXIT_FN(name) static Object *name(Object *self, Object *const *args, size_t nargs, Object *kw)

static bool no_args(const char *fn, size_t nargs, Object *kw)
{
    if (kw)
        exc_set(ExcTypeError, "atexit.%s() takes no keyword arguments", fn);
    else if (nargs)
        exc_set(ExcTypeError, "atexit.%s() takes no arguments (%zu given)", fn, nargs);
    return !nargs && !kw;
}

static Object *tuple_of(Object *const *items, size_t n)
{
    Object *t = tuple_new(n);
    for (size_t i = 0; t && i < n; i++) {
        INCREF(items[i]);
        tuple_set(t, i, items[i]);
    }
    return t;
}

/* register(func, *args, **kwargs) -> func */
ATEXIT_FN(atexit_register)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos < 1) {
        exc_set(ExcTypeError, "register() takes at least 1 argument (%zu given)", npos);
        return NULL;
    }
    if (!obj_callable(args[0])) {
        exc_set(ExcTypeError, "the first argument must be callable");
        return NULL;
    }
    if (nslots == cap) {
        size_t ncap = cap ? 2 * cap : 8;
        Callback *grown = realloc(table, ncap * sizeof *grown);
        if (!grown) {
            exc_nomemory();
            return NULL;
        }
        table = grown;
        cap = ncap;
    }
    Object *rest = tuple_of(args + 1, nargs - 1);
    if (!rest)
        return NULL;
    INCREF(args[0]);
    XINCREF(kw);
    table[nslots++] = (Callback){ args[0], rest, kw };
    INCREF(args[0]);
    return args[0];
}

/* unregister(func): every slot whose function == func is emptied. */
ATEXIT_FN(atexit_unregister)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "atexit.unregister() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    for (size_t i = 0; i < nslots; i++) {
        if (!table[i].func)
            continue;
        Object *f = table[i].func;
        INCREF(f);
        int eq = obj_richcompare_bool(f, args[0], CMP_EQ);
        DECREF(f);
        if (eq < 0)
            return NULL;
        if (eq && i < nslots && table[i].func == f) {   /* __eq__ may have changed the table */
            Callback c = table[i];
            table[i] = (Callback){ NULL, NULL, NULL };
            callback_release(&c);
        }
    }
    return none_new();
}

ATEXIT_FN(atexit_run_exitfuncs)
{
    if (!no_args("_run_exitfuncs", nargs, kw))
        return NULL;
    run_table();
    return none_new();
}

ATEXIT_FN(atexit_clear)
{
    if (!no_args("_clear", nargs, kw))
        return NULL;
    clear_table();
    return none_new();
}

ATEXIT_FN(atexit_ncallbacks)
{
    if (!no_args("_ncallbacks", nargs, kw))
        return NULL;
    return int_from_i64((int64_t)nslots);
}

Object *mod_atexit_init(void)
{
    Object *m = module_new("atexit", NULL);
    if (m && (module_add_func(m, "register", atexit_register) < 0 ||
              module_add_func(m, "unregister", atexit_unregister) < 0 ||
              module_add_func(m, "_run_exitfuncs", atexit_run_exitfuncs) < 0 ||
              module_add_func(m, "_clear", atexit_clear) < 0 ||
              module_add_func(m, "_ncallbacks", atexit_ncallbacks) < 0))
        SETREF(m, NULL);
    return m;
}
