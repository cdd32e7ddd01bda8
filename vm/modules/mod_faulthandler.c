/* vm/modules/mod_faulthandler.c — the `faulthandler` module: Python
 * tracebacks written straight to a file descriptor when the process dies of
 * a fatal signal, when a timeout passes (a hung threaded program), or on
 * demand; in CPython 3.8's format.
 *
 * Invariants:
 *   - A dump writes with write(2) only and allocates nothing: a frame's
 *     file and function names are its code object's own UTF-8 and its line
 *     comes from the line table, so a dump may run in a signal handler.
 *   - dump_traceback runs with the GIL held, and so does the timer's dump:
 *     its thread attaches as a VM thread (vmthread_attach) to take the GIL,
 *     which stops every Python thread in a call or in a wait for the GIL,
 *     so no frame it reads moves.  A thread stuck in C code that keeps the
 *     GIL keeps the dump off too.
 *   - The fatal-signal handler dumps the faulting thread only (its own
 *     frames, still): the other threads' are reachable only through the
 *     registry's lock, which a signal handler may not take.  It then
 *     restores the default action and raises the signal again, so the
 *     process ends by that signal.
 *   - `fatal` (the handler's fd and thread choice) is written with the GIL
 *     held while the handlers are not installed; the handler only reads it.
 *   - The timer's state (`later`) is guarded by later_mu; its thread waits
 *     on later_cv until the deadline or a cancel, and is joined by cancel
 *     (GIL released while joining, since the thread may be waiting for it).
 *   - The file objects named are kept (owned) while armed, so their fds stay open.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vm/modules/builtins.h"
#include "vm/runtime/frame.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

enum { MAX_FRAMES = 100 };
static const char *const no_params[] = { NULL };

/* ---- writing, async-signal-safe */

static void put(int fd, const char *s)
{
    size_t n = strlen(s);
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return;
        s += k;
        n -= (size_t)k;
    }
}

/* v in decimal, or in hex with `width` digits (0x prefix not included). */
static void put_num(int fd, uint64_t v, int base, int width)
{
    char buf[24];
    int i = sizeof buf - 1;
    buf[i] = '\0';
    do {
        buf[--i] = "0123456789abcdef"[v % (unsigned)base];
        v /= (unsigned)base;
        width--;
    } while (v || width > 0);
    put(fd, buf + i);
}

static void dump_frames(int fd, const Frame *f)
{
    int depth = 0;
    for (; f; f = f->back, depth++) {
        if (depth == MAX_FRAMES) {
            put(fd, "  ...\n");
            return;
        }
        put(fd, "  File \"");
        put(fd, str_utf8(f->co->filename));
        put(fd, "\", line ");
        put_num(fd, (uint64_t)code_addr2line(f->co, f->lasti * 2), 10, 0);   /* lasti counts instructions */
        put(fd, " in ");
        put(fd, str_utf8(f->co->name));
        put(fd, "\n");
    }
}

static void dump_thread(int fd, uint64_t ident, const Frame *f, bool current)
{
    put(fd, current ? "Current thread 0x" : "Thread 0x");
    put_num(fd, ident, 16, 16);
    put(fd, " (most recent call first):\n");
    dump_frames(fd, f);
}

/* All threads, newest first, the caller's marked "Current"; or the caller's
 * alone, as CPython's "Stack". */
static void dump(int fd, bool all_threads, const ThreadState *self)
{
    if (!all_threads) {
        put(fd, "Stack (most recent call first):\n");
        if (self)
            dump_frames(fd, self->frame);
        return;
    }
    size_t n = 0;
    VmThreadFrame *v = vmthread_frames(&n);
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            put(fd, "\n");
        dump_thread(fd, v[i].ident, v[i].frame, self && v[i].ident == self->ident);
    }
    free(v);
}

/* ---- which file */

/* The fd to write to: `file` None or absent means sys.stderr; an int is an
 * fd; anything else must have fileno() and is flushed first.  -1 with an
 * exception set. */
static int file_fd(Object *file)
{
    if (!file || file == None) {
        file = sys_stream_replaced("stderr", stderr);
        if (!file) {
            builtins_flush_stdout();
            fflush(stderr);
            return STDERR_FILENO;
        }
    }
    int64_t fd = -1;
    if (obj_isinstance_type(file, &IntType)) {
        if (int_as_i64(file, &fd) < 0)
            return -1;
    } else {
        Object *r = obj_call_method(file, "fileno", NULL, 0);
        if (!r || int_as_i64(r, &fd) < 0) {
            XDECREF(r);
            return -1;
        }
        DECREF(r);
        if (!(r = obj_call_method(file, "flush", NULL, 0)))
            exc_clear();   /* as CPython: a file that cannot flush is still written to */
        XDECREF(r);
    }
    if (fd < 0 || fd > INT32_MAX) {
        exc_set(ExcValueError, "file is not a valid file descriptor");
        return -1;
    }
    return (int)fd;
}

static int parse_bool(Object *o, bool dflt)
{
    return o ? obj_truth(o) : dflt;
}

/* ---- dump_traceback */

static Object *fh_dump_traceback(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "file", "all_threads", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("dump_traceback", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    int all = parse_bool(v[1], true);
    int fd = all < 0 ? -1 : file_fd(v[0]);
    if (fd < 0)
        return NULL;
    dump(fd, all, vm_tstate);
    return none_new();
}

/* ---- fatal signals */

static const struct { int sig; const char *what; } fatal_signals[] = {
    { SIGBUS, "Bus error" }, { SIGILL, "Illegal instruction" }, { SIGFPE, "Floating point exception" },
    { SIGABRT, "Aborted" }, { SIGSEGV, "Segmentation fault" },
};
enum { NFATAL = sizeof fatal_signals / sizeof fatal_signals[0] };

static struct {
    bool enabled, all_threads;
    int fd;
    Object *file;                     /* owned while enabled */
    struct sigaction previous[NFATAL];
} fatal;

static void on_fatal(int sig)
{
    size_t i = 0;
    while (i < NFATAL && fatal_signals[i].sig != sig)
        i++;
    put(fatal.fd, "Fatal Python error: ");
    put(fatal.fd, i < NFATAL ? fatal_signals[i].what : "signal");
    put(fatal.fd, "\n\n");
    const ThreadState *self = vm_tstate;
    if (fatal.all_threads && self)
        dump_thread(fatal.fd, self->ident, self->frame, true);
    else
        dump(fatal.fd, false, self);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void fatal_uninstall(void)
{
    if (!fatal.enabled)
        return;
    for (size_t i = 0; i < NFATAL; i++)
        sigaction(fatal_signals[i].sig, &fatal.previous[i], NULL);
    fatal.enabled = false;
    SETREF(fatal.file, NULL);
}

static Object *fh_enable(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "file", "all_threads", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("enable", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    int all = parse_bool(v[1], true);
    int fd = all < 0 ? -1 : file_fd(v[0]);
    if (fd < 0)
        return NULL;
    fatal_uninstall();
    fatal.fd = fd;
    fatal.all_threads = all;
    fatal.file = v[0] ? v[0] : None;
    INCREF(fatal.file);
    struct sigaction sa = { .sa_handler = on_fatal, .sa_flags = SA_NODEFER };
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < NFATAL; i++)
        sigaction(fatal_signals[i].sig, &sa, &fatal.previous[i]);
    fatal.enabled = true;
    return none_new();
}

static Object *fh_disable(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (args_parse("disable", args, nargs, kw, 0, no_params, NULL) < 0)
        return NULL;
    bool was = fatal.enabled;
    fatal_uninstall();
    return bool_from(was);
}

static Object *fh_is_enabled(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (args_parse("is_enabled", args, nargs, kw, 0, no_params, NULL) < 0)
        return NULL;
    return bool_from(fatal.enabled);
}

/* Tests of the fatal path: the signal, as a crash would raise it. */
static Object *fh_sigsegv(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (args_parse("_sigsegv", args, nargs, kw, 0, no_params, NULL) < 0)
        return NULL;
    raise(SIGSEGV);
    return none_new();
}

/* ---- dump_traceback_later */

static pthread_mutex_t later_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t later_cv;
static struct {
    bool armed, cancel;
    pthread_t thread;
    double timeout;
    bool repeat, exit;
    int fd;
    Object *file;                     /* owned while armed */
} later;

/* "Timeout (H:MM:SS[.ffffff])!", as CPython writes it. */
static void put_timeout(int fd, double t)
{
    uint64_t us = (uint64_t)(t * 1e6 + 0.5), s = us / 1000000;
    put(fd, "Timeout (");
    put_num(fd, s / 3600, 10, 0);
    put(fd, ":");
    put_num(fd, s / 60 % 60, 10, 2);
    put(fd, ":");
    put_num(fd, s % 60, 10, 2);
    if (us % 1000000) {
        put(fd, ".");
        put_num(fd, us % 1000000, 10, 6);
    }
    put(fd, ")!\n");
}

static bool wait_for_deadline(void)
{
    struct timespec dl;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    double end = (double)dl.tv_sec + dl.tv_nsec * 1e-9 + later.timeout;
    dl.tv_sec = (time_t)end;
    dl.tv_nsec = (long)((end - (double)dl.tv_sec) * 1e9);
    pthread_mutex_lock(&later_mu);
    int r = 0;
    while (!later.cancel && r != ETIMEDOUT)
        r = pthread_cond_timedwait(&later_cv, &later_mu, &dl);
    bool fire = !later.cancel;
    pthread_mutex_unlock(&later_mu);
    return fire;
}

static void *later_main(void *unused)
{
    do {
        if (!wait_for_deadline())
            return NULL;
        if (!vmthread_attach("faulthandler"))
            return NULL;   /* shutting down */
        put_timeout(later.fd, later.timeout);
        dump(later.fd, true, NULL);
        if (later.exit)
            _exit(1);
        vmthread_detach();
    } while (later.repeat);
    return NULL;
}

static void later_cancel(void)
{
    if (!later.armed)
        return;
    pthread_mutex_lock(&later_mu);
    later.cancel = true;
    pthread_cond_signal(&later_cv);
    pthread_mutex_unlock(&later_mu);
    vm_block_begin("faulthandler");   /* the timer may be waiting for the GIL to dump */
    pthread_join(later.thread, NULL);
    vm_block_end();
    later.armed = false;
    SETREF(later.file, NULL);
}

static Object *fh_dump_later(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "timeout", "repeat", "file", "exit", NULL };
    Object *v[4] = { NULL, NULL, NULL, NULL };
    double timeout;
    if (args_parse("dump_traceback_later", args, nargs, kw, 1, names, v) < 0 ||
        num_as_double(v[0], &timeout) < 0)
        return NULL;
    if (!(timeout > 0) || timeout > 1e9) {
        exc_set(ExcValueError, timeout > 0 ? "timeout value is too large" : "timeout must be greater than 0");
        return NULL;
    }
    int repeat = parse_bool(v[1], false), ex = parse_bool(v[3], false);
    int fd = repeat < 0 || ex < 0 ? -1 : file_fd(v[2]);
    if (fd < 0)
        return NULL;
    later_cancel();
    later.cancel = false;
    later.timeout = timeout;
    later.repeat = repeat;
    later.exit = ex;
    later.fd = fd;
    later.file = v[2] ? v[2] : None;
    INCREF(later.file);
    int e = pthread_create(&later.thread, NULL, later_main, NULL);
    if (e) {
        SETREF(later.file, NULL);
        exc_set(ExcRuntimeError, "unable to start the watchdog thread: %s", strerror(e));
        return NULL;
    }
    later.armed = true;
    return none_new();
}

static Object *fh_cancel_later(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (args_parse("cancel_dump_traceback_later", args, nargs, kw, 0, no_params, NULL) < 0)
        return NULL;
    later_cancel();
    return none_new();
}

static Object *fh_register(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    exc_set(ExcNotImplementedError, "faulthandler.register: a dump from a user signal would read threads "
                                    "running without the GIL; use dump_traceback_later");
    return NULL;
}

/* A fork child has no timer thread to cancel or join. */
static void later_forget(void) { later.armed = false; }

Object *mod_faulthandler_init(void)
{
    pthread_atfork(NULL, NULL, later_forget);
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&later_cv, &a);
    pthread_condattr_destroy(&a);
    Object *m = module_new("faulthandler", NULL);
    if (m && (module_add_func(m, "dump_traceback", fh_dump_traceback) < 0 ||
              module_add_func(m, "enable", fh_enable) < 0 ||
              module_add_func(m, "disable", fh_disable) < 0 ||
              module_add_func(m, "is_enabled", fh_is_enabled) < 0 ||
              module_add_func(m, "dump_traceback_later", fh_dump_later) < 0 ||
              module_add_func(m, "cancel_dump_traceback_later", fh_cancel_later) < 0 ||
              module_add_func(m, "register", fh_register) < 0 ||
              module_add_func(m, "_sigsegv", fh_sigsegv) < 0))
        SETREF(m, NULL);
    return m;
}
