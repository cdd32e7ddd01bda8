/* vm/modules/nss.c — pwd's and grp's shared argument checks and errors
 * (vm/modules/nss.h). */
#include <string.h>

#include "vm/modules/nss.h"

bool nss_positional(const char *fn, size_t nargs, Object *kw, size_t want)
{
    if (kw)
        exc_set(ExcTypeError, "%s() takes no keyword arguments", fn);
    else if (nargs != want && want)
        exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", fn, nargs);
    else if (nargs != want)
        exc_set(ExcTypeError, "%s() takes no arguments (%zu given)", fn, nargs);
    return nargs == want && !kw;
}

Object *nss_one_arg(const char *fn, const char *param, Object *const *args, size_t nargs, Object *kw)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    const char *const names[] = { param, NULL };
    Object *v[1];
    if (npos > 1)
        exc_set(ExcTypeError, "%s() takes at most 1 argument (%zu given)", fn, npos);
    else if (nargs == 0)
        exc_set(ExcTypeError, "%s() missing required argument '%s' (pos 1)", fn, param);
    else if (args_parse(fn, args, nargs, kw, 1, names, v) == 0)
        return v[0];
    return NULL;
}

int nss_id_arg(Object *o, const char *what, int64_t *v, bool *beyond)
{
    Object *i = obj_isinstance_type(o, &FloatType) || !obj_indexable(o) ? NULL : obj_index(o);
    if (!i) {
        exc_clear();
        exc_set(ExcTypeError, "%s should be integer, not %s", what, o->type->name);
        return -1;
    }
    *beyond = !int_is_small(i);
    *v = int_value(i);
    DECREF(i);
    return 0;
}

int64_t nss_id_shown(uint32_t id)
{
    return id == UINT32_MAX ? -1 : (int64_t)id;
}

const char *nss_name_arg(Object *o, const char *fn, const char *param)
{
    if (!obj_isinstance_type(o, &StrType)) {
        if (param)
            exc_set(ExcTypeError, "%s() argument '%s' must be str, not %s", fn, param, o->type->name);
        else
            exc_set(ExcTypeError, "%s() argument must be str, not %s", fn, o->type->name);
        return NULL;
    }
    if (strlen(str_utf8(o)) != str_nbytes(o)) {
        exc_set(ExcValueError, "embedded null byte");
        return NULL;
    }
    return str_utf8(o);
}

Object *nss_name_not_found(const char *fn, Object *name)
{
    Object *r = str_repr(name);
    if (r) {
        exc_set(ExcKeyError, "%s(): name not found: %s", fn, str_utf8(r));
        DECREF(r);
    }
    return NULL;
}

Object *nss_id_not_found(const char *fn, const char *what, int64_t id)
{
    exc_set(ExcKeyError, "%s(): %s not found: %lld", fn, what, (long long)id);
    return NULL;
}

Object *nss_list_all(Object *(*next)(void))
{
    Object *all = list_new(0);
    for (Object *e; all && (e = next()) != None;) {
        if (!e || list_append(all, e) < 0) {
            XDECREF(e);
            DECREF(all);
            return NULL;
        }
        DECREF(e);
    }
    return all;
}
