/* vm/modules/mod_time.c — the `time` module: clocks, sleep without the GIL,
 * and calendar time (gmtime, localtime, mktime, strftime, asctime, ctime,
 * struct_time, timezone/altzone/daylight/tzname), as CPython's on Linux.
 *
 * struct_time is a class made when the module is: a tuple subclass of the
 * nine tm_* fields, with tm_zone and tm_gmtoff as attributes beside them,
 * as CPython's struct sequence shows them.  The functions that make one
 * hold the class as their builtin self.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/runtime/import.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

/* ---- clocks: one row each, for the float and _ns functions and get_clock_info */

typedef struct Clock {
    const char *name, *ns_name, *implementation;
    clockid_t id;
    bool monotonic, adjustable;
} Clock;

static const Clock clocks[] = {
    { "time", "time_ns", "clock_gettime(CLOCK_REALTIME)", CLOCK_REALTIME, false, true },
    { "monotonic", "monotonic_ns", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false },
    { "perf_counter", "perf_counter_ns", "clock_gettime(CLOCK_MONOTONIC)", CLOCK_MONOTONIC, true, false },
    { "process_time", "process_time_ns", "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)",
      CLOCK_PROCESS_CPUTIME_ID, true, false },
    { "thread_time", "thread_time_ns", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)",
      CLOCK_THREAD_CPUTIME_ID, true, false },
};
enum { N_CLOCKS = sizeof clocks / sizeof clocks[0] };

static bool no_args(const char *fn, size_t nargs, Object *kw)
{
    if (kw)
        exc_set(ExcTypeError, "time.%s() takes no keyword arguments", fn);
    else if (nargs)
        exc_set(ExcTypeError, "time.%s() takes no arguments (%zu given)", fn, nargs);
    return !nargs && !kw;
}

/* The clock a function was made for: its builtin self is the row's index. */
static const Clock *clock_of(Object *f) { return &clocks[int_value(builtin_self(f))]; }

static Object *clock_float(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const Clock *c = clock_of(f);
    struct timespec t;
    if (!no_args(c->name, nargs, kw))
        return NULL;
    clock_gettime(c->id, &t);
    return float_from_double((double)t.tv_sec + (double)t.tv_nsec * 1e-9);
}

static Object *clock_ns(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const Clock *c = clock_of(f);
    struct timespec t;
    if (!no_args(c->ns_name, nargs, kw))
        return NULL;
    clock_gettime(c->id, &t);
    return int_from_i64((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}

/* ---- any clock by its id: clock_gettime[_ns], clock_getres, pthread_getcpuclockid */

/* The CLOCK_* ids the module exports, one row each. */
#define CLOCK_IDS(X) \
    X(CLOCK_REALTIME) X(CLOCK_MONOTONIC) X(CLOCK_MONOTONIC_RAW) X(CLOCK_PROCESS_CPUTIME_ID) \
    X(CLOCK_THREAD_CPUTIME_ID) X(CLOCK_BOOTTIME) X(CLOCK_TAI)

static int clock_id_arg(const char *fn, Object *const *args, size_t nargs, Object *kw, clockid_t *id)
{
    int64_t v;
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", fn, nargs);
        return -1;
    }
    if (!obj_isinstance_type(args[0], &IntType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", args[0]->type->name);
        return -1;
    }
    if (int_as_i64(args[0], &v) < 0)
        return -1;
    *id = (clockid_t)v;
    return 0;
}

/* The reading of clock id as a timespec, or -1 with OSError (EINVAL for
 * an id the kernel does not know). */
static int read_clock(const char *fn, Object *const *args, size_t nargs, Object *kw,
                      int (*get)(clockid_t, struct timespec *), struct timespec *t)
{
    clockid_t id;
    if (clock_id_arg(fn, args, nargs, kw, &id) < 0)
        return -1;
    if (get(id, t) != 0) {
        exc_set_oserror(errno);
        return -1;
    }
    return 0;
}

static Object *time_clock_gettime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    struct timespec t;
    if (read_clock("clock_gettime", args, nargs, kw, clock_gettime, &t) < 0)
        return NULL;
    return float_from_double((double)t.tv_sec + (double)t.tv_nsec * 1e-9);
}

static Object *time_clock_gettime_ns(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    struct timespec t;
    if (read_clock("clock_gettime_ns", args, nargs, kw, clock_gettime, &t) < 0)
        return NULL;
    return int_from_i64((int64_t)t.tv_sec * 1000000000 + t.tv_nsec);
}

static Object *time_clock_getres(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    struct timespec t;
    if (read_clock("clock_getres", args, nargs, kw, clock_getres, &t) < 0)
        return NULL;
    return float_from_double((double)t.tv_sec + (double)t.tv_nsec * 1e-9);
}

/* The CPU-time clock of a thread of this process, by its threading.get_ident(). */
static Object *time_pthread_getcpuclockid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    clockid_t id;
    if (clock_id_arg("pthread_getcpuclockid", args, nargs, kw, &id) < 0)
        return NULL;
    int64_t tid;
    int_as_i64(args[0], &tid);   /* get_ident's pthread_t, read as clock_id_arg read it */
    int err = pthread_getcpuclockid((pthread_t)(uint64_t)tid, &id);
    if (err) {
        exc_set_oserror(err);
        return NULL;
    }
    return int_from_i64(id);
}

/* get_clock_info(name): an object with implementation, monotonic,
 * adjustable and resolution (self: the class to make it from; CPython's
 * is a types.SimpleNamespace). */
static Object *time_get_clock_info(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 1 || !obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "get_clock_info() argument must be str");
        return NULL;
    }
    const Clock *c = NULL;
    for (size_t i = 0; i < N_CLOCKS; i++)
        if (strcmp(clocks[i].name, str_utf8(args[0])) == 0)
            c = &clocks[i];
    if (!c) {
        exc_set(ExcValueError, "unknown clock");
        return NULL;
    }
    struct timespec res;
    clock_getres(c->id, &res);
    Object *info = obj_call(builtin_self(f), NULL, 0, NULL);
    Object *impl = info ? str_from_cstr(c->implementation) : NULL;
    Object *r = impl ? float_from_double((double)res.tv_sec + (double)res.tv_nsec * 1e-9) : NULL;
    Object *mono = bool_from(c->monotonic), *adj = bool_from(c->adjustable);
    bool ok = r && obj_setattr(info, str_intern("implementation"), impl) == 0 &&
              obj_setattr(info, str_intern("monotonic"), mono) == 0 &&
              obj_setattr(info, str_intern("adjustable"), adj) == 0 &&
              obj_setattr(info, str_intern("resolution"), r) == 0;
    XDECREF(impl);
    XDECREF(r);
    DECREF(mono);
    DECREF(adj);
    if (!ok)
        SETREF(info, NULL);
    return info;
}

static Object *time_sleep(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    double secs;
    if (kw || nargs != 1) {
        if (kw)
            exc_set(ExcTypeError, "time.sleep() takes no keyword arguments");
        else
            exc_set(ExcTypeError, "time.sleep() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    /* python3 (3.11) words a non-number this way. */
    if (!obj_isinstance_type(args[0], &IntType) && !obj_isinstance_type(args[0], &FloatType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer",
                args[0]->type->name);
        return NULL;
    }
    if (num_as_double(args[0], &secs) < 0)
        return NULL;
    if (secs < 0 || isnan(secs)) {
        exc_set(ExcValueError, "sleep length must be non-negative");
        return NULL;
    }
    struct timespec req = { (time_t)secs, (long)((secs - floor(secs)) * 1e9) }, rem;
    /* No object is touched between these two calls. */
    for (;;) {
        vm_block_begin("sleep");
        int r = nanosleep(&req, &rem);
        vm_block_end();
        if (r == 0 || errno != EINTR)
            return none_new();
        if (vmthread_check_signals() < 0)
            return NULL;
        req = rem;
    }
}

/* ---- struct_time */

static const char *const tm_fields[] = {
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
};
enum { TM_N = 9 };

/* A field's property getter: self is its index. */
static Object *st_field(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *v = tuple_get(args[0], (size_t)int_value(builtin_self(f)));
    INCREF(v);
    return v;
}

static Object *st_repr(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    StrBuf b = { 0 };
    strbuf_puts(&b, "time.struct_time(");
    for (size_t i = 0; i < TM_N && i < tuple_len(args[0]); i++) {
        strbuf_printf(&b, "%s%s=", i ? ", " : "", tm_fields[i]);
        strbuf_put_obj(&b, tuple_get(args[0], i), true);
    }
    strbuf_puts(&b, ")");
    return strbuf_finish(&b);
}

/* struct_time.__new__(cls, sequence, dict=None): 9 to 11 items, the last
 * two tm_zone and tm_gmtoff. */
static Object *st_new(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "cls", "sequence", "dict", NULL };
    Object *a[3];
    if (args_parse("struct_time", args, nargs, kw, 2, names, a) < 0)
        return NULL;
    Object *seq = tuple_from_iter(a[1]);
    if (!seq)
        return NULL;
    size_t n = tuple_len(seq);
    if (n < TM_N || n > TM_N + 2) {
        exc_set(ExcTypeError, "time.struct_time() takes an %s (%zu-sequence given)",
                n < TM_N ? "at least 9-sequence" : "at most 11-sequence", n);
        DECREF(seq);
        return NULL;
    }
    Object *nine = tuple_new(TM_N);
    for (size_t i = 0; nine && i < TM_N; i++) {
        INCREF(tuple_get(seq, i));
        tuple_set(nine, i, tuple_get(seq, i));
    }
    Object *tnew = nine ? obj_getattr_str((Object *)&TupleType, "__new__") : NULL;
    Object *targs[2] = { a[0], nine };
    Object *st = tnew ? obj_call(tnew, targs, 2, NULL) : NULL;
    if (st && (obj_setattr(st, str_intern("tm_zone"), n > TM_N ? tuple_get(seq, TM_N) : None) < 0 ||
               obj_setattr(st, str_intern("tm_gmtoff"), n > TM_N + 1 ? tuple_get(seq, TM_N + 1) : None) < 0))
        SETREF(st, NULL);
    XDECREF(tnew);
    XDECREF(nine);
    DECREF(seq);
    return st;
}

static int class_add(Object *d, const char *name, Object *v)   /* steals v */
{
    int r = v ? dict_set_str(d, name, v) : -1;
    XDECREF(v);
    return r;
}

static Object *property_of(Object *fget)   /* steals fget */
{
    Object *p = fget ? obj_call((Object *)&PropertyType, &fget, 1, NULL) : NULL;
    XDECREF(fget);
    return p;
}

static Object *wrap_static(Object *f)   /* steals f */
{
    Object *s = f ? obj_call((Object *)&StaticMethodType, &f, 1, NULL) : NULL;
    XDECREF(f);
    return s;
}

static Type *struct_time_class(void)
{
    Object *d = dict_new();
    bool ok = d && class_add(d, "__module__", str_from_cstr("time")) == 0 &&
              class_add(d, "__new__", wrap_static(builtin_new("__new__", st_new, NULL))) == 0 &&
              class_add(d, "__repr__", builtin_method_new("__repr__", st_repr, &TupleType)) == 0 &&
              class_add(d, "n_fields", int_from_i64(TM_N + 2)) == 0 &&
              class_add(d, "n_sequence_fields", int_from_i64(TM_N)) == 0 &&
              class_add(d, "n_unnamed_fields", int_from_i64(0)) == 0;
    for (size_t i = 0; ok && i < TM_N; i++) {
        Object *idx = int_from_i64((int64_t)i);
        ok = class_add(d, tm_fields[i], property_of(builtin_new(tm_fields[i], st_field, idx))) == 0;
        DECREF(idx);
    }
    Object *name = ok ? str_from_cstr("struct_time") : NULL;
    Object *bases = name ? tuple_pack(1, (Object *)&TupleType) : NULL;
    Type *cls = bases ? type_new_class(name, bases, d) : NULL;
    XDECREF(name);
    XDECREF(bases);
    XDECREF(d);
    return cls;
}

/* A struct_time (class cls) from a struct tm. */
static Object *struct_time_from(Object *cls, const struct tm *tm)
{
    int64_t v[TM_N] = { tm->tm_year + 1900LL, tm->tm_mon + 1, tm->tm_mday, tm->tm_hour, tm->tm_min,
                        tm->tm_sec, (tm->tm_wday + 6) % 7, tm->tm_yday + 1, tm->tm_isdst };
    Object *t = tuple_new(TM_N + 2);
    if (!t)
        return NULL;
    bool ok = true;
    for (size_t i = 0; i < TM_N + 2; i++) {
        Object *x = !ok ? NULL
                    : i < TM_N ? int_from_i64(v[i])
                    : i == TM_N ? str_from_cstr(tm->tm_zone ? tm->tm_zone : "")
                                : int_from_i64(tm->tm_gmtoff);
        ok = ok && x;
        tuple_set(t, i, x ? x : none_new());   /* None fills the rest after a failure */
    }
    Object *st = ok ? obj_call(cls, &t, 1, NULL) : NULL;
    DECREF(t);
    return st;
}

enum { ZONE_MAX = 64 };

/* o.name, or NULL without an exception when o has no such attribute;
 * *failed on any other error. */
static Object *optional_attr(Object *o, const char *name, bool *failed)
{
    Object *v = obj_getattr_str(o, name);
    if (!v && exc_matches(exc_occurred(), (Object *)ExcAttributeError))
        exc_clear();
    *failed = *failed || (!v && exc_occurred());
    return v;
}

/* A struct tm from a struct_time or a 9-tuple (CPython's gettmarg); the
 * time zone from tm_zone/tm_gmtoff when the struct_time has them, the
 * name copied into zone (ZONE_MAX bytes, which tm->tm_zone points to). */
static int tm_from(Object *t, struct tm *tm, char *zone, const char *fn)
{
    if (!obj_isinstance_type(t, &TupleType)) {
        exc_set(ExcTypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (tuple_len(t) != TM_N) {
        exc_set(ExcTypeError, "%s(): illegal time tuple argument", fn);
        return -1;
    }
    int64_t v[TM_N];
    for (size_t i = 0; i < TM_N; i++) {
        if (int_as_i64(tuple_get(t, i), &v[i]) < 0)
            return -1;
        if (v[i] < INT32_MIN + 1900LL || v[i] > INT32_MAX) {
            exc_set(ExcOverflowError, "Python int too large to convert to C int");
            return -1;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)v[1] - 1;
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)v[7] - 1;
    tm->tm_isdst = (int)v[8];
    if (!(t->type->flags & TYPE_HEAP))
        return 0;
    bool failed = false;
    Object *name = optional_attr(t, "tm_zone", &failed);
    Object *off = failed ? NULL : optional_attr(t, "tm_gmtoff", &failed);
    if (name && obj_isinstance_type(name, &StrType)) {
        snprintf(zone, ZONE_MAX, "%s", str_utf8(name));
        tm->tm_zone = zone;
    }
    if (off && obj_isinstance_type(off, &IntType) && int_is_small(off))
        tm->tm_gmtoff = int_value(off);
    XDECREF(name);
    XDECREF(off);
    return failed ? -1 : 0;
}

/* CPython's checktm: fields strftime and asctime index tables with. */
static int tm_check(const struct tm *tm)
{
    const char *bad = tm->tm_mon < 0 || tm->tm_mon > 11 ? "month out of range"
                      : tm->tm_mday < 1 || tm->tm_mday > 31 ? "day of month out of range"
                      : tm->tm_hour < 0 || tm->tm_hour > 23 ? "hour out of range"
                      : tm->tm_min < 0 || tm->tm_min > 59 ? "minute out of range"
                      : tm->tm_sec < 0 || tm->tm_sec > 61 ? "seconds out of range"
                      : tm->tm_wday < 0 ? "day of week out of range"
                      : tm->tm_yday < 0 || tm->tm_yday > 365 ? "day of year out of range" : NULL;
    if (bad)
        exc_set(ExcValueError, "%s", bad);
    return bad ? -1 : 0;
}

/* A timestamp argument (None: now) as time_t, floored as CPython's. */
static int seconds_arg(Object *o, time_t *out)
{
    if (!o || o == None) {
        *out = time(NULL);
        return 0;
    }
    if (obj_isinstance_type(o, &FloatType)) {
        double d = float_value(o);
        if (isnan(d)) {
            exc_set(ExcValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        d = floor(d);
        if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18)) {
            exc_set(ExcOverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        *out = (time_t)d;
        return 0;
    }
    int64_t v;
    if (!obj_isinstance_type(o, &IntType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
        return -1;
    }
    if (int_as_i64(o, &v) < 0) {
        exc_clear();
        exc_set(ExcOverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    *out = (time_t)v;
    return 0;
}

static Object *opt_arg(const char *fn, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", fn);
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "%s expected at most 1 argument, got %zu", fn, nargs);
        return NULL;
    }
    return nargs ? args[0] : None;
}

static Object *convert_time(Object *f, Object *const *args, size_t nargs, Object *kw, bool local)
{
    Object *a = opt_arg(local ? "localtime" : "gmtime", args, nargs, kw);
    time_t t;
    struct tm tm;
    if (!a || seconds_arg(a, &t) < 0)
        return NULL;
    errno = 0;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        exc_set_oserror(errno ? errno : EOVERFLOW);
        return NULL;
    }
    return struct_time_from(builtin_self(f), &tm);
}

static Object *time_gmtime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return convert_time(f, args, nargs, kw, false);
}

static Object *time_localtime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return convert_time(f, args, nargs, kw, true);
}

/* The struct tm of an optional time tuple (absent: localtime now). */
static int tm_arg(Object *t, struct tm *tm, char *zone, const char *fn)
{
    if (t && t != None)
        return tm_from(t, tm, zone, fn);
    time_t now = time(NULL);
    localtime_r(&now, tm);
    return 0;
}

static Object *time_mktime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    struct tm tm;
    char zone[ZONE_MAX];
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "time.mktime() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (tm_from(args[0], &tm, zone, "mktime") < 0)
        return NULL;
    tm.tm_wday = -1;   /* mktime sets it: still -1 means the time is out of range */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        exc_set(ExcOverflowError, "mktime argument out of range");
        return NULL;
    }
    return float_from_double((double)t);
}

static Object *time_strftime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    struct tm tm;
    char zone[ZONE_MAX];
    if (kw || nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, "strftime() takes at most 2 arguments (%zu given)", nargs);
        return NULL;
    }
    if (!obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "strftime() argument 1 must be str, not %s", args[0]->type->name);
        return NULL;
    }
    if (tm_arg(nargs > 1 ? args[1] : NULL, &tm, zone, "strftime") < 0)
        return NULL;
    /* As CPython: zeros where a field starts at 1 mean its first value. */
    if (tm.tm_mon == -1)
        tm.tm_mon = 0;
    if (tm.tm_mday == 0)
        tm.tm_mday = 1;
    if (tm.tm_yday == -1)
        tm.tm_yday = 0;
    tm.tm_isdst = tm.tm_isdst < -1 ? -1 : tm.tm_isdst > 1 ? 1 : tm.tm_isdst;
    if (tm_check(&tm) < 0)
        return NULL;
    const char *fmt = str_utf8(args[0]);
    size_t fmtlen = str_nbytes(args[0]);
    /* strftime's 0 is "did not fit" or an empty result: the buffer grows
     * up to 256 bytes a format byte before 0 is taken as empty. */
    for (size_t cap = 1024;; cap *= 2) {
        char *buf = malloc(cap);
        if (!buf) {
            exc_nomemory();
            return NULL;
        }
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n || cap > 256 * fmtlen) {
            Object *r = str_from_utf8(buf, n);
            free(buf);
            return r;
        }
        free(buf);
    }
}

static Object *asctime_of(const struct tm *tm)
{
    static const char wday[7][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char mon[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    if (tm_check(tm) < 0)
        return NULL;
    return str_from_fmt("%s %s%3d %.2d:%.2d:%.2d %lld", wday[tm->tm_wday], mon[tm->tm_mon],
                        tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, 1900LL + tm->tm_year);
}

static Object *time_asctime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *a = opt_arg("asctime", args, nargs, kw);
    struct tm tm;
    char zone[ZONE_MAX];
    return a && tm_arg(a, &tm, zone, "asctime") == 0 ? asctime_of(&tm) : NULL;
}

static Object *time_ctime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *a = opt_arg("ctime", args, nargs, kw);
    time_t t;
    struct tm tm;
    if (!a || seconds_arg(a, &t) < 0)
        return NULL;
    if (!localtime_r(&t, &tm)) {
        exc_set_oserror(EOVERFLOW);
        return NULL;
    }
    return asctime_of(&tm);
}

/* ---- the module */

/* timezone, altzone, daylight, tzname from this year's January and July,
 * as CPython's init_timezone (the zone with the larger UTC offset is DST). */
static int add_timezone(Object *m)
{
    tzset();
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    struct tm jan = { .tm_year = tm.tm_year, .tm_mday = 1, .tm_isdst = -1 };
    struct tm jul = { .tm_year = tm.tm_year, .tm_mon = 6, .tm_mday = 1, .tm_isdst = -1 };
    time_t tj = mktime(&jan), tl = mktime(&jul);
    localtime_r(&tj, &jan);
    localtime_r(&tl, &jul);
    long janzone = -jan.tm_gmtoff, julzone = -jul.tm_gmtoff;
    bool south = janzone < julzone;   /* DST in January */
    const struct tm *std = south ? &jul : &jan, *dst = south ? &jan : &jul;
    Object *tz = int_from_i64(-std->tm_gmtoff), *alt = int_from_i64(-dst->tm_gmtoff);
    Object *day = int_from_i64(janzone != julzone);
    Object *n1 = str_from_cstr(std->tm_zone ? std->tm_zone : ""), *n2 = str_from_cstr(dst->tm_zone ? dst->tm_zone : "");
    Object *names = n1 && n2 ? tuple_pack(2, n1, n2) : NULL;
    int r = tz && alt && day && names && module_add(m, "timezone", tz) == 0 &&
                    module_add(m, "altzone", alt) == 0 && module_add(m, "daylight", day) == 0 &&
                    module_add(m, "tzname", names) == 0 ? 0 : -1;
    XDECREF(tz);
    XDECREF(alt);
    XDECREF(day);
    XDECREF(n1);
    XDECREF(n2);
    XDECREF(names);
    return r;
}

/* time.strptime(string, format): the parser datetime.strptime uses too
 * (vm/lib/_strptime.py), so that both read a text alike. */
static Object *time_strptime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "strptime() takes no keyword arguments");
        return NULL;
    }
    return import_call("_strptime", "_strptime_time", args, nargs);
}

static int add_fn(Object *m, const char *name, CallFn fn, Object *self)   /* borrows self */
{
    Object *f = builtin_new(name, fn, self);
    int r = f ? module_add(m, name, f) : -1;
    XDECREF(f);
    return r;
}

static int add_clock_ids(Object *m)
{
#define ADD_ID(name) if (module_add_int(m, #name, name) < 0) return -1;
    CLOCK_IDS(ADD_ID)
#undef ADD_ID
    return add_fn(m, "clock_gettime", time_clock_gettime, NULL) | add_fn(m, "clock_gettime_ns", time_clock_gettime_ns, NULL) |
           add_fn(m, "clock_getres", time_clock_getres, NULL) |
           add_fn(m, "pthread_getcpuclockid", time_pthread_getcpuclockid, NULL);
}

static int add_clocks(Object *m)
{
    for (size_t i = 0; i < N_CLOCKS; i++) {
        Object *idx = int_from_i64((int64_t)i);
        int r = add_fn(m, clocks[i].name, clock_float, idx) | add_fn(m, clocks[i].ns_name, clock_ns, idx);
        DECREF(idx);
        if (r < 0)
            return -1;
    }
    return 0;
}

Object *mod_time_init(void)
{
    Object *m = module_new("time", NULL);
    Object *st = m ? (Object *)struct_time_class() : NULL;
    Object *info = st ? (Object *)type_new_module_class("types", "SimpleNamespace", &ObjectType) : NULL;
    int bad = !info || add_clocks(m) < 0 || module_add(m, "struct_time", st) < 0 ||
              add_fn(m, "sleep", time_sleep, NULL) < 0 ||
              add_fn(m, "get_clock_info", time_get_clock_info, info) < 0 ||
              add_fn(m, "gmtime", time_gmtime, st) < 0 ||
              add_fn(m, "localtime", time_localtime, st) < 0 ||
              add_fn(m, "mktime", time_mktime, NULL) < 0 ||
              add_fn(m, "strftime", time_strftime, NULL) < 0 ||
              add_fn(m, "strptime", time_strptime, NULL) < 0 ||
              add_fn(m, "asctime", time_asctime, NULL) < 0 ||
              add_fn(m, "ctime", time_ctime, NULL) < 0 || add_timezone(m) < 0 || add_clock_ids(m) < 0;
    XDECREF(st);
    XDECREF(info);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
