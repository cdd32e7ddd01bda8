/* vm/modules/mod_grp.c — the `grp` module: getgrnam, getgrgid and getgrall
 * over the C library's group database, each entry a struct_group, as
 * CPython's on Linux.
 *
 * struct_group is a struct sequence (vm/objects/structseq.h) of gr_name,
 * gr_passwd, gr_gid and gr_mem (a list of member names).  A gid outside
 * gid_t's range is an OverflowError worded as CPython words it.
 */
#include <grp.h>
#include <sys/types.h>

#include "vm/modules/nss.h"
#include "vm/objects/structseq.h"
#include "vm/runtime/module.h"

static const char *const group_fields[] = { "gr_name", "gr_passwd", "gr_gid", "gr_mem", NULL };
enum { GROUP_N = 4 };
static StructSeqType GroupType = { .qualname = "grp.struct_group", .fields = group_fields };

static Object *members(char *const *mem)
{
    Object *l = list_new(0);
    for (size_t i = 0; l && mem && mem[i]; i++) {
        Object *s = str_from_cstr(mem[i]);
        if (!s || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return NULL;
        }
        DECREF(s);
    }
    return l;
}

static Object *group_from(const struct group *g)
{
    Object *o[GROUP_N] = {
        str_from_cstr(g->gr_name), str_from_cstr(g->gr_passwd ? g->gr_passwd : ""),
        int_from_i64(nss_id_shown(g->gr_gid)), members(g->gr_mem),
    };
    bool ok = o[0] && o[1] && o[2] && o[3];
    Object *r = ok ? structseq_new(&GroupType, o) : NULL;
    for (size_t i = 0; i < GROUP_N; i++)
        XDECREF(o[i]);
    return r;
}

static Object *grp_getgrnam(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *arg = nss_one_arg("getgrnam", "name", args, nargs, kw);
    const char *name = arg ? nss_name_arg(arg, "getgrnam", "name") : NULL;
    if (!name)
        return NULL;
    const struct group *g = getgrnam(name);
    return g ? group_from(g) : nss_name_not_found("getgrnam", arg);
}

/* CPython's gid converter: a value beyond int64 is "greater than maximum"
 * when positive; one below -1, or one that changes when cast to gid_t, is
 * "less than minimum". */
static int gid_arg(Object *o, gid_t *gid)
{
    int64_t v;
    bool beyond;
    if (nss_id_arg(o, "gid", &v, &beyond) < 0)
        return -1;
    if (beyond && v > 0) {
        exc_set(ExcOverflowError, "gid is greater than maximum");
        return -1;
    }
    if (beyond || v < -1 || v > (int64_t)UINT32_MAX) {
        exc_set(ExcOverflowError, "gid is less than minimum");
        return -1;
    }
    *gid = (gid_t)v;
    return 0;
}

static Object *grp_getgrgid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *arg = nss_one_arg("getgrgid", "id", args, nargs, kw);
    gid_t gid;
    if (!arg || gid_arg(arg, &gid) < 0)
        return NULL;
    const struct group *g = getgrgid(gid);
    return g ? group_from(g) : nss_id_not_found("getgrgid", "gid", nss_id_shown(gid));
}

static Object *next_group(void)
{
    const struct group *g = getgrent();
    return g ? group_from(g) : None;
}

static Object *grp_getgrall(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nss_positional("grp.getgrall", nargs, kw, 0))
        return NULL;
    setgrent();
    Object *all = nss_list_all(next_group);
    endgrent();
    return all;
}

Object *mod_grp_init(void)
{
    Object *m = module_new("grp", NULL);
    if (!m)
        return NULL;
    structseq_type_init(&GroupType);
    if (module_add_func(m, "getgrnam", grp_getgrnam) == 0 &&
        module_add_func(m, "getgrgid", grp_getgrgid) == 0 &&
        module_add_func(m, "getgrall", grp_getgrall) == 0 &&
        module_add(m, "struct_group", (Object *)&GroupType) == 0)
        return m;
    DECREF(m);
    return NULL;
}
