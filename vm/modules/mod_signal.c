/* vm/modules/mod_signal.c — the `_signal` module: Python handlers for
 * signals, as CPython's on Linux.  The SIG* numbers, SIG_DFL and SIG_IGN are
 * plain ints here; vm/lib/signal.py shows them as CPython's Signals,
 * Handlers and Sigmasks enums.  A handler's frame argument is None.
 *
 * Invariants: handlers[] is read and written only with the GIL held, and
 * written only from the main thread (signal() refuses other threads, as
 * CPython).  The C side of a signal (recording it, waking the main thread,
 * retrying interrupted calls) is vm/runtime/state.c's; this module installs
 * its recorder for a signal given a Python handler and runs that handler
 * from the dispatch function state.c calls on the main thread between
 * instructions or after a blocking call's EINTR.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "vm/objects/set.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

/* What getsignal says for each signal: a callable, SIG_DFL/SIG_IGN's int,
 * or NULL (None: a handler not installed from Python). */
static Object *handlers[NSIG];
static Object *default_int_handler;

#define SIG_FN(name) static Object *name(Object *self, Object *const *args, size_t nargs, Object *kw)

static int signum_arg(Object *o, int *out)
{
    int64_t v;
    if (int_as_i64(o, &v) < 0)
        return -1;
    if (v < 1 || v >= NSIG) {
        exc_set(ExcValueError, "signal number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static bool is_handler_int(Object *h, int64_t which)
{
    int64_t v;
    return obj_isinstance_type(h, &IntType) && int_as_i64(h, &v) == 0 && v == which;
}

/* Runs the Python handler of a recorded signal (state.c, main thread, GIL). */
static int dispatch(int sig)
{
    Object *h = handlers[sig];
    if (!h || obj_isinstance_type(h, &IntType))
        return 0;   /* set to SIG_DFL/SIG_IGN after the signal was recorded */
    Object *num = int_from_i64(sig);
    if (!num)
        return -1;
    INCREF(h);
    Object *r = obj_call(h, (Object *[]){ num, None }, 2, NULL);
    DECREF(h);
    DECREF(num);
    XDECREF(r);
    return r ? 0 : -1;
}

static Object *old_handler(int sig)
{
    Object *h = handlers[sig] ? handlers[sig] : None;
    INCREF(h);
    return h;
}

/* signal(signalnum, handler) -> the previous handler */
SIG_FN(sig_signal)
{
    static const char *const names[] = { "signalnum", "handler", NULL };
    Object *v[2];
    int sig;
    if (args_parse("signal", args, nargs, kw, 2, names, v) < 0 || signum_arg(v[0], &sig) < 0)
        return NULL;
    if (!vmthread_is_main()) {
        exc_set(ExcValueError, "signal only works in main thread of the main interpreter");
        return NULL;
    }
    bool dfl = is_handler_int(v[1], 0), ign = is_handler_int(v[1], 1);
    if (!dfl && !ign && !obj_callable(v[1])) {
        exc_set(ExcTypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        return NULL;
    }
    struct sigaction sa = { .sa_handler = dfl ? SIG_DFL : SIG_IGN };
    sigemptyset(&sa.sa_mask);
    if ((dfl || ign ? sigaction(sig, &sa, NULL) : vm_signal_catch(sig)) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *old = old_handler(sig);
    INCREF(v[1]);
    SETREF(handlers[sig], v[1]);
    return old;
}

SIG_FN(sig_getsignal)
{
    static const char *const names[] = { "signalnum", NULL };
    Object *v[1];
    int sig;
    if (args_parse("getsignal", args, nargs, kw, 1, names, v) < 0 || signum_arg(v[0], &sig) < 0)
        return NULL;
    return old_handler(sig);
}

/* The handler SIGINT has from the start: KeyboardInterrupt. */
SIG_FN(sig_default_int_handler)
{
    exc_set_obj((Object *)ExcKeyboardInterrupt);
    return NULL;
}

SIG_FN(sig_alarm)
{
    static const char *const names[] = { "seconds", NULL };
    Object *v[1];
    int64_t secs;
    if (args_parse("alarm", args, nargs, kw, 1, names, v) < 0 || int_as_i64(v[0], &secs) < 0)
        return NULL;
    if (secs < 0 || secs > (int64_t)UINT32_MAX) {
        exc_set(ExcOverflowError, "Python int too large to convert to C unsigned int");
        return NULL;
    }
    return int_from_i64(alarm((unsigned)secs));
}

/* Waits for a signal without the GIL, then runs its handler. */
SIG_FN(sig_pause)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "signal.pause() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    vm_block_begin("pause");
    if (!vm_block_interrupted())
        pause();
    vm_block_end();
    return vmthread_check_signals() < 0 ? NULL : none_new();
}

/* After a signal sent to this process: its handler runs before returning. */
static Object *after_send(int r)
{
    if (r != 0) {
        exc_set_oserror(r);
        return NULL;
    }
    return vmthread_check_signals() < 0 ? NULL : none_new();
}

SIG_FN(sig_raise_signal)
{
    static const char *const names[] = { "signalnum", NULL };
    Object *v[1];
    int sig;
    if (args_parse("raise_signal", args, nargs, kw, 1, names, v) < 0 || signum_arg(v[0], &sig) < 0)
        return NULL;
    return after_send(raise(sig) != 0 ? errno : 0);
}

SIG_FN(sig_pthread_kill)
{
    static const char *const names[] = { "thread_id", "signalnum", NULL };
    Object *v[2];
    int64_t id;
    int sig;
    if (args_parse("pthread_kill", args, nargs, kw, 2, names, v) < 0 || int_as_i64(v[0], &id) < 0 ||
        signum_arg(v[1], &sig) < 0)
        return NULL;
    return after_send(pthread_kill((pthread_t)(uint64_t)id, sig));
}

SIG_FN(sig_strsignal)
{
    static const char *const names[] = { "signalnum", NULL };
    Object *v[1];
    int sig;
    if (args_parse("strsignal", args, nargs, kw, 1, names, v) < 0 || signum_arg(v[0], &sig) < 0)
        return NULL;
    return str_from_cstr(strsignal(sig));
}

SIG_FN(sig_valid_signals)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "signal.valid_signals() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    sigset_t all;
    sigfillset(&all);
    Object *s = set_new(NULL);
    for (int sig = 1; s && sig < NSIG; sig++) {
        if (sigismember(&all, sig) != 1)
            continue;
        Object *n = int_from_i64(sig);
        if (!n || set_add(s, n) < 0)
            SETREF(s, NULL);
        XDECREF(n);
    }
    return s;
}

/* ---- signal masks: sets of ints (CPython's hold Signals members, which
 * compare equal) */

static int sigset_arg(Object *o, sigset_t *set)
{
    sigemptyset(set);
    Object *it = obj_iter(o), *item;
    while (it && (item = obj_iternext(it))) {
        int64_t v;
        int rc = int_as_i64(item, &v);
        DECREF(item);
        if (rc == 0 && (v < 1 || v >= NSIG)) {
            exc_set(ExcValueError, "signal number %lld out of range [1; %d]", (long long)v, NSIG - 1);
            rc = -1;
        }
        if (rc < 0)
            SETREF(it, NULL);
        else
            sigaddset(set, (int)v);
    }
    XDECREF(it);
    return exc_occurred() ? -1 : 0;
}

static Object *sigset_obj(const sigset_t *set)
{
    Object *s = set_new(NULL);
    for (int sig = 1; s && sig < NSIG; sig++) {
        if (sigismember(set, sig) != 1)
            continue;
        Object *n = int_from_i64(sig);
        if (!n || set_add(s, n) < 0)
            SETREF(s, NULL);
        XDECREF(n);
    }
    return s;
}

/* pthread_sigmask(how, mask) -> the previous mask.  A signal it unblocks
 * that was pending has its handler run before the return, as in CPython. */
SIG_FN(sig_pthread_sigmask)
{
    static const char *const names[] = { "how", "mask", NULL };
    Object *v[2];
    int64_t how;
    sigset_t set, old;
    if (args_parse("pthread_sigmask", args, nargs, kw, 2, names, v) < 0 || int_as_i64(v[0], &how) < 0 ||
        sigset_arg(v[1], &set) < 0)
        return NULL;
    int err = how < INT32_MIN || how > INT32_MAX ? EINVAL : pthread_sigmask((int)how, &set, &old);
    if (err) {
        exc_set_oserror(err);
        return NULL;
    }
    return vmthread_check_signals() < 0 ? NULL : sigset_obj(&old);
}

SIG_FN(sig_sigpending)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "sigpending() takes 0 positional arguments but %zu %s given", nargs,
                nargs == 1 ? "was" : "were");
        return NULL;
    }
    sigset_t set;
    if (sigpending(&set) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return sigset_obj(&set);
}

/* sigwait(sigset): waits without the GIL.  sigwaitinfo, unlike sigwait,
 * ends with EINTR when a caught signal's handler runs, so Ctrl-C and the
 * program's handlers are served (PEP 475: then the wait goes on). */
SIG_FN(sig_sigwait)
{
    static const char *const names[] = { "sigset", NULL };
    Object *v[1];
    sigset_t set;
    if (args_parse("sigwait", args, nargs, kw, 1, names, v) < 0 || sigset_arg(v[0], &set) < 0)
        return NULL;
    for (;;) {
        vm_block_begin("sigwait");
        int sig = vm_block_interrupted() ? (errno = EINTR, -1) : sigwaitinfo(&set, NULL);
        int err = errno;
        vm_block_end();
        if (sig > 0)
            return int_from_i64(sig);
        if (err != EINTR) {
            exc_set_oserror(err);
            return NULL;
        }
        if (vmthread_check_signals() < 0)
            return NULL;
    }
}

/* siginterrupt(signalnum, flag): flag false sets SA_RESTART, so a system
 * call the signal cuts short restarts, and its handler waits for the call
 * to end, as with CPython. */
SIG_FN(sig_siginterrupt)
{
    int sig;
    int64_t flag;
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, kw ? "siginterrupt() takes no keyword arguments"
                                 : "siginterrupt expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (signum_arg(args[0], &sig) < 0 || int_as_i64(args[1], &flag) < 0)
        return NULL;
    struct sigaction sa;
    if (sigaction(sig, NULL, &sa) == 0) {
        if (flag)
            sa.sa_flags &= ~SA_RESTART;
        else
            sa.sa_flags |= SA_RESTART;
        if (sigaction(sig, &sa, NULL) == 0)
            return none_new();
    }
    exc_set_oserror(errno);
    return NULL;
}

/* ---- interval timers: (delay, interval) in float seconds */

static double tv_seconds(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6; }

static struct timeval seconds_tv(double s)
{
    double whole = floor(s);
    struct timeval tv = { (time_t)whole, (suseconds_t)((s - whole) * 1e6) };
    if (s > 0 && !tv.tv_sec && !tv.tv_usec)
        tv.tv_usec = 1;   /* a positive delay never rounds to "disarm" */
    return tv;
}

static Object *itimer_tuple(const struct itimerval *it)
{
    Object *d = float_from_double(tv_seconds(it->it_value));
    Object *i = float_from_double(tv_seconds(it->it_interval));
    Object *t = d && i ? tuple_pack(2, d, i) : NULL;
    XDECREF(d);
    XDECREF(i);
    return t;
}

SIG_FN(sig_setitimer)
{
    static const char *const names[] = { "which", "seconds", "interval", NULL };
    Object *v[3] = { NULL, NULL, NULL };
    int64_t which;
    double secs, every = 0;
    if (args_parse("setitimer", args, nargs, kw, 2, names, v) < 0 || int_as_i64(v[0], &which) < 0 ||
        num_as_double(v[1], &secs) < 0 || (v[2] && num_as_double(v[2], &every) < 0))
        return NULL;
    struct itimerval it = { seconds_tv(every), seconds_tv(secs) }, old;
    if (setitimer((int)which, &it, &old) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return itimer_tuple(&old);
}

SIG_FN(sig_getitimer)
{
    static const char *const names[] = { "which", NULL };
    Object *v[1];
    int64_t which;
    if (args_parse("getitimer", args, nargs, kw, 1, names, v) < 0 || int_as_i64(v[0], &which) < 0)
        return NULL;
    struct itimerval it;
    if (getitimer((int)which, &it) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return itimer_tuple(&it);
}

/* ---- the module */

#define SIGNAL_NAMES(X) X(SIGHUP) X(SIGINT) X(SIGQUIT) X(SIGILL) X(SIGTRAP) X(SIGABRT) X(SIGIOT) \
    X(SIGBUS) X(SIGFPE) X(SIGKILL) X(SIGUSR1) X(SIGSEGV) X(SIGUSR2) X(SIGPIPE) X(SIGALRM)         \
    X(SIGTERM) X(SIGSTKFLT) X(SIGCHLD) X(SIGCONT) X(SIGSTOP) X(SIGTSTP) X(SIGTTIN) X(SIGTTOU)     \
    X(SIGURG) X(SIGXCPU) X(SIGXFSZ) X(SIGVTALRM) X(SIGPROF) X(SIGWINCH) X(SIGIO) X(SIGPOLL)      \
    X(SIGPWR) X(SIGSYS) X(NSIG) X(SIG_BLOCK) X(SIG_UNBLOCK) X(SIG_SETMASK)                      \
    X(ITIMER_REAL) X(ITIMER_VIRTUAL) X(ITIMER_PROF)

typedef struct IntConst { const char *name; int64_t value; } IntConst;

static int add_ints(Object *m)
{
#define INT_ROW(name) { #name, name },
    const IntConst ints[] = { SIGNAL_NAMES(INT_ROW) { "SIGRTMIN", SIGRTMIN }, { "SIGRTMAX", SIGRTMAX },
                              { "SIG_DFL", 0 }, { "SIG_IGN", 1 } };
#undef INT_ROW
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) {
        if (module_add_int(m, ints[i].name, ints[i].value) < 0)
            return -1;
    }
    return 0;
}

/* getsignal's answers before any signal() call: what the process has. */
static int init_handlers(void)
{
    for (int sig = 1; sig < NSIG; sig++) {
        struct sigaction sa;
        if (handlers[sig] || sigaction(sig, NULL, &sa) != 0)
            continue;
        if (sig == SIGINT)
            handlers[sig] = default_int_handler;
        else if (sa.sa_handler == SIG_DFL || sa.sa_handler == SIG_IGN)
            handlers[sig] = int_from_i64(sa.sa_handler == SIG_IGN);
        if (!handlers[sig])
            continue;
        INCREF(handlers[sig]);
    }
    vm_signal_set_dispatch(dispatch);
    return 0;
}

void mod_signal_fini(void)
{
    vm_signal_set_dispatch(NULL);
    for (int sig = 1; sig < NSIG; sig++) {
        Object *h = handlers[sig];
        handlers[sig] = NULL;
        /* No Python is left to run a handler: SIGINT is KeyboardInterrupt
         * again (state.c's default), any other goes back to SIG_DFL. */
        if (h && !obj_isinstance_type(h, &IntType) && h != default_int_handler) {
            if (sig == SIGINT)
                vm_signal_catch(SIGINT);
            else
                signal(sig, SIG_DFL);
        }
        XDECREF(h);
    }
    SETREF(default_int_handler, NULL);
}

Object *mod__signal_init(void)
{
    Object *m = module_new("_signal", NULL);
    if (!m)
        return NULL;
    if (!default_int_handler && !(default_int_handler = builtin_new("default_int_handler",
                                                                    sig_default_int_handler, NULL)))
        SETREF(m, NULL);
    if (!m || add_ints(m) < 0 || module_add(m, "default_int_handler", default_int_handler) < 0 ||
        module_add_func(m, "signal", sig_signal) < 0 || module_add_func(m, "getsignal", sig_getsignal) < 0 ||
        module_add_func(m, "alarm", sig_alarm) < 0 || module_add_func(m, "pause", sig_pause) < 0 ||
        module_add_func(m, "raise_signal", sig_raise_signal) < 0 ||
        module_add_func(m, "pthread_kill", sig_pthread_kill) < 0 ||
        module_add_func(m, "strsignal", sig_strsignal) < 0 ||
        module_add_func(m, "valid_signals", sig_valid_signals) < 0 ||
        module_add_func(m, "setitimer", sig_setitimer) < 0 ||
        module_add_func(m, "getitimer", sig_getitimer) < 0 ||
        module_add_func(m, "pthread_sigmask", sig_pthread_sigmask) < 0 ||
        module_add_func(m, "sigpending", sig_sigpending) < 0 ||
        module_add_func(m, "sigwait", sig_sigwait) < 0 ||
        module_add_func(m, "siginterrupt", sig_siginterrupt) < 0 || init_handlers() < 0)
        SETREF(m, NULL);
    return m;
}
