/* vm/modules/mod_pwd.c — the `pwd` module: getpwnam, getpwuid and getpwall
 * over the C library's password database, each entry a struct_passwd, as
 * CPython's on Linux.
 *
 * struct_passwd is a struct sequence (vm/objects/structseq.h): a tuple of
 * the seven pw_* fields, each also an attribute.  A uid outside uid_t's
 * range is simply not found, as in CPython.
 */
#include <pwd.h>
#include <sys/types.h>

#include "vm/modules/nss.h"
#include "vm/objects/structseq.h"
#include "vm/runtime/module.h"

static const char *const passwd_fields[] = {
    "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell", NULL,
};
enum { PASSWD_N = 7 };
static StructSeqType PasswdType = { .qualname = "pwd.struct_passwd", .fields = passwd_fields };

static Object *passwd_from(const struct passwd *p)
{
    Object *o[PASSWD_N] = {
        str_from_cstr(p->pw_name),  str_from_cstr(p->pw_passwd ? p->pw_passwd : ""),
        int_from_i64(nss_id_shown(p->pw_uid)), int_from_i64(nss_id_shown(p->pw_gid)),
        str_from_cstr(p->pw_gecos ? p->pw_gecos : ""), str_from_cstr(p->pw_dir),
        str_from_cstr(p->pw_shell),
    };
    bool ok = true;
    for (size_t i = 0; i < PASSWD_N; i++)
        ok &= o[i] != NULL;
    Object *r = ok ? structseq_new(&PasswdType, o) : NULL;
    for (size_t i = 0; i < PASSWD_N; i++)
        XDECREF(o[i]);
    return r;
}

static Object *pwd_getpwnam(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nss_positional("pwd.getpwnam", nargs, kw, 1))
        return NULL;
    const char *name = nss_name_arg(args[0], "getpwnam", NULL);
    if (!name)
        return NULL;
    const struct passwd *p = getpwnam(name);
    return p ? passwd_from(p) : nss_name_not_found("getpwnam", args[0]);
}

static Object *pwd_getpwuid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t v;
    bool beyond;
    if (!nss_positional("pwd.getpwuid", nargs, kw, 1) || nss_id_arg(args[0], "uid", &v, &beyond) < 0)
        return NULL;
    if (beyond || v < -1 || v > (int64_t)UINT32_MAX) {
        exc_set(ExcKeyError, "getpwuid(): uid not found");
        return NULL;
    }
    const struct passwd *p = getpwuid((uid_t)v);
    return p ? passwd_from(p) : nss_id_not_found("getpwuid", "uid", nss_id_shown((uint32_t)v));
}

static Object *next_passwd(void)
{
    const struct passwd *p = getpwent();
    return p ? passwd_from(p) : None;
}

static Object *pwd_getpwall(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nss_positional("pwd.getpwall", nargs, kw, 0))
        return NULL;
    setpwent();
    Object *all = nss_list_all(next_passwd);
    endpwent();
    return all;
}

Object *mod_pwd_init(void)
{
    Object *m = module_new("pwd", NULL);
    if (!m)
        return NULL;
    structseq_type_init(&PasswdType);
    if (module_add_func(m, "getpwnam", pwd_getpwnam) == 0 &&
        module_add_func(m, "getpwuid", pwd_getpwuid) == 0 &&
        module_add_func(m, "getpwall", pwd_getpwall) == 0 &&
        module_add(m, "struct_passwd", (Object *)&PasswdType) == 0)
        return m;
    DECREF(m);
    return NULL;
}
