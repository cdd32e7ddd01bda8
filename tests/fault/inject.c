/* tests/fault/inject.c — an LD_PRELOAD shim that makes chosen library calls
 * fail on demand, so the tests can check that gilvm degrades or stops in one
 * line instead of crashing.  Test-only: nothing in vm/ or sched/ knows it
 * exists.  Built by the Makefile as build/VARIANT/libfault.so.
 *
 *   LD_PRELOAD=build/release/libfault.so GILKIT_FAULT=RULES bin/gilvm ...
 *
 * RULES is a comma-separated list; each rule is NAME followed by options,
 * each introduced by ':':
 *
 *   NAME     malloc             malloc, calloc and realloc, counted as one
 *                               sequence (NULL, errno ENOMEM)
 *            pthread_create     returns the error number (default EAGAIN)
 *            perf_event_open    syscall(SYS_perf_event_open, ...) returns -1
 *                               with errno (default EACCES)
 *            io_uring_queue_init  liburing's ring setup returns -errno
 *                               (default EPERM, as io_uring_disabled gives)
 *            sched_setaffinity  returns -1 with errno (default EINVAL)
 *   nth=N    fail only the N-th call (1-based)
 *   after=N  let the first N calls succeed and fail every later one
 *            (neither: every call fails)
 *   errno=E  the error to report: EACCES EPERM ENOENT EMFILE ENOMEM EAGAIN
 *            EINVAL ENODEV ENOSYS
 *   count    never fail; at exit write "gilkit-fault: NAME: N calls" to
 *            stderr (how a sweep learns how many calls a run makes)
 *   trace    write the call stack of each failed call to stderr (which
 *            caller did not check?  addr2line -e gilvm turns the
 *            "gilvm(+0x...)" frames into lines)
 *
 * e.g.  GILKIT_FAULT="malloc:nth=120,perf_event_open:errno=EMFILE"
 *
 * A rule that does not parse stops the process at load time with one line
 * on stderr and exit status 99, so a typo cannot pass as "no fault".
 *
 * malloc: the real allocator is glibc's __libc_malloc family, called
 * directly, so no dlsym() (which itself allocates) runs inside malloc.  The
 * other real functions are looked up once, in the constructor, before the
 * program runs; calls made before that (by libc's own start-up) resolve
 * lazily, and so does io_uring_queue_init (only programs linked with
 * liburing have one).  Call counters are atomics: threads may race for "the N-th call",
 * and exactly one of them gets it.
 */
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

struct io_uring;
void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);

enum { F_MALLOC, F_PTHREAD_CREATE, F_PERF, F_URING, F_AFFINITY, F_COUNT };

typedef struct Fault {
    const char *name;
    int default_errno;
    bool active, count_only, trace;
    unsigned long nth, after;       /* 0: not given */
    int err;
    _Atomic unsigned long calls;
} Fault;

static Fault faults[F_COUNT] = {
    [F_MALLOC] = { .name = "malloc", .default_errno = ENOMEM },
    [F_PTHREAD_CREATE] = { .name = "pthread_create", .default_errno = EAGAIN },
    [F_PERF] = { .name = "perf_event_open", .default_errno = EACCES },
    [F_URING] = { .name = "io_uring_queue_init", .default_errno = EPERM },
    [F_AFFINITY] = { .name = "sched_setaffinity", .default_errno = EINVAL },
};

static const struct { const char *name; int value; } errnos[] = {
    { "EACCES", EACCES }, { "EPERM", EPERM }, { "ENOENT", ENOENT }, { "EMFILE", EMFILE },
    { "ENOMEM", ENOMEM }, { "EAGAIN", EAGAIN }, { "EINVAL", EINVAL }, { "ENODEV", ENODEV },
    { "ENOSYS", ENOSYS },
};

/* ---- the rules (parsed without allocating: malloc may be the caller) */

static _Noreturn void bad_rule(const char *rule, size_t len, const char *why)
{
    char line[256];
    int n = snprintf(line, sizeof line, "gilkit-fault: GILKIT_FAULT: bad rule '%.*s': %s\n",
                     (int)len, rule, why);
    if (n > 0)
        (void)!write(2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
    _exit(99);
}

static bool word_is(const char *s, size_t len, const char *w)
{
    return strlen(w) == len && strncmp(s, w, len) == 0;
}

static unsigned long number(const char *s, size_t len, const char *rule, size_t rlen)
{
    unsigned long v = 0;
    if (len == 0 || len > 18)
        bad_rule(rule, rlen, "want a positive number");
    for (size_t i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            bad_rule(rule, rlen, "want a positive number");
        v = v * 10 + (unsigned long)(s[i] - '0');
    }
    if (v == 0)
        bad_rule(rule, rlen, "want a positive number");
    return v;
}

static void parse_option(Fault *f, const char *o, size_t len, const char *rule, size_t rlen)
{
    if (word_is(o, len, "count")) {
        f->count_only = true;
    } else if (word_is(o, len, "trace")) {
        f->trace = true;
    } else if (len > 4 && strncmp(o, "nth=", 4) == 0) {
        f->nth = number(o + 4, len - 4, rule, rlen);
    } else if (len > 6 && strncmp(o, "after=", 6) == 0) {
        f->after = number(o + 6, len - 6, rule, rlen);
    } else if (len > 6 && strncmp(o, "errno=", 6) == 0) {
        for (size_t i = 0; i < sizeof errnos / sizeof *errnos; i++)
            if (word_is(o + 6, len - 6, errnos[i].name)) {
                f->err = errnos[i].value;
                return;
            }
        bad_rule(rule, rlen, "unknown errno name");
    } else {
        bad_rule(rule, rlen, "options are nth=N, after=N, errno=E, count, trace");
    }
}

static void parse_rule(const char *rule, size_t len)
{
    size_t nlen = strcspn(rule, ":,");
    Fault *f = NULL;
    for (int i = 0; i < F_COUNT; i++)
        if (word_is(rule, nlen, faults[i].name))
            f = &faults[i];
    if (!f)
        bad_rule(rule, len, "names are malloc, pthread_create, perf_event_open, "
                 "io_uring_queue_init, sched_setaffinity");
    if (f->active)
        bad_rule(rule, len, "this call has a rule already");
    f->active = true;
    f->err = f->default_errno;
    for (size_t at = nlen; at < len;) {
        at++;                                   /* the ':' */
        size_t olen = strcspn(rule + at, ":,");
        parse_option(f, rule + at, olen, rule, len);
        at += olen;
    }
    if (f->nth && f->after)
        bad_rule(rule, len, "nth and after exclude each other");
}

static _Atomic int parsed;    /* 0 not yet, 1 parsing, 2 done */

static void parse_rules(void)
{
    int expect = 0;
    if (!atomic_compare_exchange_strong(&parsed, &expect, 1)) {
        while (atomic_load(&parsed) != 2)
            ;
        return;
    }
    const char *s = getenv("GILKIT_FAULT");
    while (s && *s) {
        size_t len = strcspn(s, ",");
        if (len)
            parse_rule(s, len);
        s += len;
        if (*s == ',')
            s++;
    }
    atomic_store(&parsed, 2);
}

/* backtrace() loads libgcc on first use, which allocates: a thread already
 * tracing lets its own calls through. */
static __thread bool tracing;

static void trace_call(const Fault *f, unsigned long k)
{
    void *frames[32];
    char line[96];
    tracing = true;
    int n = snprintf(line, sizeof line, "gilkit-fault: %s call %lu fails here:\n", f->name, k);
    if (n > 0)
        (void)!write(2, line, (size_t)n);
    backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
    tracing = false;
}

/* Should this call fail?  Counts it either way. */
static bool should_fail(Fault *f)
{
    if (atomic_load_explicit(&parsed, memory_order_acquire) != 2)
        parse_rules();
    if (!f->active || tracing)
        return false;
    unsigned long k = atomic_fetch_add(&f->calls, 1) + 1;
    if (f->count_only)
        return false;
    bool fail = f->nth ? k == f->nth : f->after ? k > f->after : true;
    if (fail && f->trace)
        trace_call(f, k);
    return fail;
}

/* ---- the real functions */

static long (*real_syscall)(long, ...);
static int (*real_pthread_create)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
static int (*real_sched_setaffinity)(pid_t, size_t, const cpu_set_t *);
static int (*real_uring_init)(unsigned, struct io_uring *, unsigned);

static void *real(const char *name)
{
    void *p = dlsym(RTLD_NEXT, name);
    if (!p) {
        static const char msg[] = "gilkit-fault: a wrapped function has no real definition\n";
        (void)!write(2, msg, sizeof msg - 1);
        _exit(99);
    }
    return p;
}

__attribute__((constructor)) static void fault_init(void)
{
    parse_rules();
    real_syscall = (long (*)(long, ...))real("syscall");
    real_pthread_create = real("pthread_create");
    real_sched_setaffinity = real("sched_setaffinity");
}

__attribute__((destructor)) static void fault_report(void)
{
    for (int i = 0; i < F_COUNT; i++) {
        if (!faults[i].count_only)
            continue;
        char line[96];
        int n = snprintf(line, sizeof line, "gilkit-fault: %s: %lu calls\n", faults[i].name,
                         atomic_load(&faults[i].calls));
        if (n > 0)
            (void)!write(2, line, (size_t)n);
    }
}

/* ---- the wrappers */

void *malloc(size_t n)
{
    if (should_fail(&faults[F_MALLOC])) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
    if (should_fail(&faults[F_MALLOC])) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
    if (should_fail(&faults[F_MALLOC])) {
        errno = ENOMEM;
        return NULL;
    }
    return __libc_realloc(p, n);
}

int pthread_create(pthread_t *t, const pthread_attr_t *a, void *(*fn)(void *), void *arg)
{
    if (should_fail(&faults[F_PTHREAD_CREATE]))
        return faults[F_PTHREAD_CREATE].err;
    if (!real_pthread_create)
        real_pthread_create = real("pthread_create");
    return real_pthread_create(t, a, fn, arg);
}

int sched_setaffinity(pid_t pid, size_t size, const cpu_set_t *set)
{
    if (should_fail(&faults[F_AFFINITY])) {
        errno = faults[F_AFFINITY].err;
        return -1;
    }
    if (!real_sched_setaffinity)
        real_sched_setaffinity = real("sched_setaffinity");
    return real_sched_setaffinity(pid, size, set);
}

int io_uring_queue_init(unsigned entries, struct io_uring *ring, unsigned flags)
{
    if (should_fail(&faults[F_URING]))
        return -faults[F_URING].err;
    if (!real_uring_init)
        real_uring_init = real("io_uring_queue_init");
    return real_uring_init(entries, ring, flags);
}

/* Six register-sized arguments is the most any Linux system call takes;
 * reading more than the caller passed is harmless on the supported ABIs. */
long syscall(long nr, ...)
{
    va_list ap;
    va_start(ap, nr);
    long a[6];
    for (int i = 0; i < 6; i++)
        a[i] = va_arg(ap, long);
    va_end(ap);
    if (nr == SYS_perf_event_open && should_fail(&faults[F_PERF])) {
        errno = faults[F_PERF].err;
        return -1;
    }
    if (!real_syscall)
        real_syscall = (long (*)(long, ...))real("syscall");
    return real_syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}
