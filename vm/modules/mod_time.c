/* vm/modules/mod_time.c — the `time` module: clocks, and sleep without the GIL. */
#include <errno.h>
#include <math.h>
#include <time.h>

#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

static double clock_seconds(clockid_t id)
{
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static bool no_args(const char *fn, size_t nargs, Object *kw)
{
    if (kw)
        exc_set(ExcTypeError, "time.%s() takes no keyword arguments", fn);
    else if (nargs)
        exc_set(ExcTypeError, "time.%s() takes no arguments (%zu given)", fn, nargs);
    if (nargs || kw) {
        return false;
    }
    return true;
}

static Object *time_time(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return no_args("time", nargs, kw) ? float_from_double(clock_seconds(CLOCK_REALTIME)) : NULL;
}

static Object *time_perf_counter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return no_args("perf_counter", nargs, kw) ? float_from_double(clock_seconds(CLOCK_MONOTONIC)) : NULL;
}

static Object *time_monotonic(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return no_args("monotonic", nargs, kw) ? float_from_double(clock_seconds(CLOCK_MONOTONIC)) : NULL;
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

Object *mod_time_init(void)
{
    Object *m = module_new("time", NULL);
    if (!m)
        return NULL;
    if (module_add_func(m, "time", time_time) < 0 ||
        module_add_func(m, "perf_counter", time_perf_counter) < 0 ||
        module_add_func(m, "monotonic", time_monotonic) < 0 ||
        module_add_func(m, "sleep", time_sleep) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
