/* vm/modules/mod_resource.c — the `resource` module: getrusage (a
 * struct_rusage), getrlimit/setrlimit with the RLIMIT_* constants and
 * RLIM_INFINITY, getpagesize, and error (OSError), as CPython's on Linux.
 *
 * struct_rusage is a struct sequence (vm/objects/structseq.h): a tuple of
 * the sixteen ru_* fields, each also an attribute.  Limits cross as C long
 * long, so RLIM_INFINITY reads -1, as in CPython.  The errno values the
 * calls document for a bad argument become CPython's ValueErrors; any other
 * failure is OSError.
 */
#include <errno.h>
#include <limits.h>
#include <sys/resource.h>
#include <unistd.h>

#include "vm/objects/structseq.h"
#include "vm/runtime/module.h"

static const char *const rusage_fields[] = {
    "ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
    "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd",
    "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw", NULL,
};
enum { RUSAGE_N = 16 };
static StructSeqType RusageType = { .qualname = "resource.struct_rusage", .fields = rusage_fields };

#define RESOURCE_INTS(X) \
    X(RUSAGE_SELF) X(RUSAGE_CHILDREN) X(RUSAGE_THREAD) \
    X(RLIMIT_CPU) X(RLIMIT_FSIZE) X(RLIMIT_DATA) X(RLIMIT_STACK) X(RLIMIT_CORE) X(RLIMIT_RSS) \
    X(RLIMIT_NPROC) X(RLIMIT_NOFILE) X(RLIMIT_OFILE) X(RLIMIT_MEMLOCK) X(RLIMIT_AS) \
    X(RLIMIT_SIGPENDING) X(RLIMIT_MSGQUEUE) X(RLIMIT_NICE) X(RLIMIT_RTPRIO) X(RLIMIT_RTTIME)

/* CPython's argument checks for its positional-only functions. */
static bool nargs_ok(const char *fn, size_t nargs, Object *kw, size_t want)
{
    if (kw)
        exc_set(ExcTypeError, "resource.%s() takes no keyword arguments", fn);
    else if (nargs != want && want == 0)
        exc_set(ExcTypeError, "resource.%s() takes no arguments (%zu given)", fn, nargs);
    else if (nargs != want && want == 1)
        exc_set(ExcTypeError, "resource.%s() takes exactly one argument (%zu given)", fn, nargs);
    else if (nargs != want)
        exc_set(ExcTypeError, "%s expected %zu arguments, got %zu", fn, want, nargs);
    return nargs == want && !kw;
}

/* An int argument that must fit the C type whose name and range are given. */
static int ranged_arg(Object *o, const char *ctype, int64_t lo, int64_t hi, int64_t *out)
{
    bool is_int = obj_isinstance_type(o, &IntType) || obj_isinstance_type(o, &BoolType);
    if (is_int && (!int_is_small(o) || int_value(o) < lo || int_value(o) > hi)) {
        exc_set(ExcOverflowError, "Python int too large to convert to C %s", ctype);
        return -1;
    }
    return int_as_i64(o, out);
}

static int c_int_arg(Object *o, int *out)
{
    int64_t v;
    if (ranged_arg(o, "int", INT_MIN, INT_MAX, &v) < 0)
        return -1;
    *out = (int)v;
    return 0;
}

static double seconds(struct timeval tv)
{
    return (double)tv.tv_sec + (double)tv.tv_usec * 0.000001;
}

static Object *struct_rusage_from(const struct rusage *ru)
{
    const long counts[RUSAGE_N - 2] = {
        ru->ru_maxrss, ru->ru_ixrss, ru->ru_idrss, ru->ru_isrss, ru->ru_minflt,
        ru->ru_majflt, ru->ru_nswap, ru->ru_inblock, ru->ru_oublock, ru->ru_msgsnd,
        ru->ru_msgrcv, ru->ru_nsignals, ru->ru_nvcsw, ru->ru_nivcsw,
    };
    Object *o[RUSAGE_N] = { float_from_double(seconds(ru->ru_utime)),
                            float_from_double(seconds(ru->ru_stime)) };
    bool ok = o[0] && o[1];
    for (size_t i = 2; i < RUSAGE_N; i++)
        ok &= (o[i] = int_from_i64(counts[i - 2])) != NULL;
    structseq_type_init(&RusageType);
    Object *r = ok ? structseq_new(&RusageType, o) : NULL;
    for (size_t i = 0; i < RUSAGE_N; i++)
        XDECREF(o[i]);
    return r;
}

static Object *resource_getrusage(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int who;
    struct rusage ru;
    if (!nargs_ok("getrusage", nargs, kw, 1) || c_int_arg(args[0], &who) < 0)
        return NULL;
    if (getrusage(who, &ru) != 0) {
        if (errno == EINVAL)
            exc_set(ExcValueError, "invalid who parameter");
        else
            exc_set_oserror(errno);
        return NULL;
    }
    return struct_rusage_from(&ru);
}

/* The resource number, checked before the system sees it, as CPython does. */
static int resource_arg(Object *o, int *out)
{
    if (c_int_arg(o, out) < 0)
        return -1;
    if (*out < 0 || *out >= RLIM_NLIMITS) {
        exc_set(ExcValueError, "invalid resource specified");
        return -1;
    }
    return 0;
}

static Object *resource_getrlimit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int res;
    struct rlimit rl;
    if (!nargs_ok("getrlimit", nargs, kw, 1) || resource_arg(args[0], &res) < 0)
        return NULL;
    if (getrlimit(res, &rl) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *soft = int_from_i64((long long)rl.rlim_cur), *hard = int_from_i64((long long)rl.rlim_max);
    Object *t = soft && hard ? tuple_pack(2, soft, hard) : NULL;
    XDECREF(soft);
    XDECREF(hard);
    return t;
}

/* limits: any iterable of two ints (soft, hard), as C long long. */
static int limits_arg(Object *o, struct rlimit *rl)
{
    Object *t = tuple_from_iter(o);
    if (!t)
        return -1;
    int64_t v[2];
    int r = -1;
    if (tuple_len(t) != 2)
        exc_set(ExcValueError, "expected a tuple of 2 integers");
    else if (ranged_arg(tuple_get(t, 0), "long", LLONG_MIN, LLONG_MAX, &v[0]) == 0 &&
             ranged_arg(tuple_get(t, 1), "long", LLONG_MIN, LLONG_MAX, &v[1]) == 0)
        r = 0;
    DECREF(t);
    if (r == 0) {
        rl->rlim_cur = (rlim_t)v[0];
        rl->rlim_max = (rlim_t)v[1];
    }
    return r;
}

static Object *resource_setrlimit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int res;
    struct rlimit rl;
    if (!nargs_ok("setrlimit", nargs, kw, 2) || resource_arg(args[0], &res) < 0 ||
        limits_arg(args[1], &rl) < 0)
        return NULL;
    if (setrlimit(res, &rl) == 0)
        return none_new();
    if (errno == EINVAL)
        exc_set(ExcValueError, "current limit exceeds maximum limit");
    else if (errno == EPERM)
        exc_set(ExcValueError, "not allowed to raise maximum limit");
    else
        exc_set_oserror(errno);
    return NULL;
}

static Object *resource_getpagesize(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs_ok("getpagesize", nargs, kw, 0) ? int_from_i64(sysconf(_SC_PAGESIZE)) : NULL;
}

Object *mod_resource_init(void)
{
    Object *m = module_new("resource", NULL);
    if (!m)
        return NULL;
    structseq_type_init(&RusageType);
    bool ok = module_add_func(m, "getrusage", resource_getrusage) == 0 &&
              module_add_func(m, "getrlimit", resource_getrlimit) == 0 &&
              module_add_func(m, "setrlimit", resource_setrlimit) == 0 &&
              module_add_func(m, "getpagesize", resource_getpagesize) == 0 &&
              module_add(m, "struct_rusage", (Object *)&RusageType) == 0 &&
              module_add(m, "error", (Object *)ExcOSError) == 0 &&
              module_add_int(m, "RLIM_INFINITY", (long long)RLIM_INFINITY) == 0;
#define ADD_INT(name) ok = ok && module_add_int(m, #name, name) == 0;
    RESOURCE_INTS(ADD_INT)
#undef ADD_INT
    if (ok)
        return m;
    DECREF(m);
    return NULL;
}
