/* vm/modules/mod__weakref.c — the `_weakref` module: the C half of weakref
 * (vm/lib/weakref.py builds the rest on it).  The types are
 * vm/objects/weakref.c's.
 */
#include "vm/objects/weakref.h"
#include "vm/runtime/module.h"

static bool one_arg(const char *fn, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", fn, nargs);
        return false;
    }
    return true;
}

static Object *wr_getweakrefcount(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return one_arg("getweakrefcount", nargs, kw) ? int_from_i64((int64_t)weakref_count(args[0]))
                                                 : NULL;
}

static Object *wr_getweakrefs(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return one_arg("getweakrefs", nargs, kw) ? weakref_list(args[0]) : NULL;
}

static Object *wr_proxy(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "object", "callback", NULL };
    Object *a[2] = { NULL, NULL };
    if (args_parse("proxy", args, nargs, kw, 1, names, a) < 0)
        return NULL;
    return weakref_proxy_new(a[0], a[1]);
}

static const struct { const char *name; Object *type; } types[] = {
    { "ref", (Object *)&WeakRefType },
    { "ReferenceType", (Object *)&WeakRefType },
    { "ProxyType", (Object *)&WeakProxyType },
    { "CallableProxyType", (Object *)&WeakCallableProxyType },
};

Object *mod__weakref_init(void)
{
    Object *m = module_new("_weakref", NULL);
    int bad = !m || module_add_func(m, "getweakrefcount", wr_getweakrefcount) < 0 ||
              module_add_func(m, "getweakrefs", wr_getweakrefs) < 0 ||
              module_add_func(m, "proxy", wr_proxy) < 0;
    for (size_t i = 0; !bad && i < sizeof types / sizeof types[0]; i++)
        bad = module_add(m, types[i].name, types[i].type) < 0;
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
