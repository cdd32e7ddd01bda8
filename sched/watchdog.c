/* sched/watchdog.c — the thread that ends a run from outside: --timeout's
 * deadline and SIGTERM (see watchdog.h).
 *
 * Invariants:
 *   - The thread shares nothing with the VM: it reads only its own deadline
 *     and the expiry function, both fixed before it starts, and stdout, only
 *     through stdio's own lock.  What the expiry function touches is its
 *     caller's business (measure.c claims the record with an atomic flag so
 *     that it and a normal exit never both write it).
 *   - When it takes SIGTERM, SIGTERM is blocked in every thread (watchdog_start blocks it in its
 *     caller before any other thread exists; threads inherit the mask), so
 *     it stays pending until this thread takes it with sigtimedwait.  Every
 *     other signal is blocked here too, so SIGINT still goes to the main
 *     thread and becomes KeyboardInterrupt there.
 *   - Under a real-time class it runs at SCHED_FIFO's top priority
 *     (cpuctl_watchdog_attr), so threads spinning on every allowed CPU
 *     cannot starve it.
 *   - It is never joined: either it fires and the process ends, or the
 *     process exits first and the thread ends with it.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "sched/cpuctl.h"
#include "sched/lock.h"
#include "sched/watchdog.h"

static uint64_t deadline_ns;   /* 0: none */
static bool takes_sigterm;
static void (*expire)(void);   /* does not return */

/* What the program printed and stdio still buffers goes out before the
 * process ends.  A thread may hold stdout's lock (blocked writing to a full
 * pipe, say): give it a second, then leave the buffer rather than hang. */
static void flush_stdout(void)
{
    for (int i = 0; i < 100; i++) {
        if (ftrylockfile(stdout) == 0) {
            fflush_unlocked(stdout);
            funlockfile(stdout);
            return;
        }
        nanosleep(&(struct timespec){ 0, 10 * 1000000L }, NULL);
    }
}

/* As if SIGTERM's default action had ended the process, after the flush. */
static void die_by_sigterm(void)
{
    flush_stdout();
    signal(SIGTERM, SIG_DFL);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    raise(SIGTERM);
}

static void *watch(void *unused)
{
    sigset_t term;
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    for (;;) {
        uint64_t now = lock_now_ns();
        if (deadline_ns && now >= deadline_ns)
            break;
        struct timespec left = lock_ns_to_ts(deadline_ns ? deadline_ns - now : 3600 * UINT64_C(1000000000));
        if (!takes_sigterm)
            nanosleep(&left, NULL);
        else if (sigtimedwait(&term, NULL, &left) == SIGTERM)
            die_by_sigterm();
        /* EAGAIN (the wait ran out) or EINTR: look at the clock again. */
    }
    flush_stdout();
    expire();
    return NULL;
}

int watchdog_start(double seconds, bool take_sigterm, void (*on_expire)(void),
                   char *err, size_t errlen)
{
    deadline_ns = seconds > 0 ? lock_now_ns() + (uint64_t)(seconds * 1e9) : 0;
    expire = on_expire;
    takes_sigterm = take_sigterm;
    sigset_t all, old, term;
    sigfillset(&all);
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    if (take_sigterm)
        pthread_sigmask(SIG_BLOCK, &term, NULL);   /* for good, in every thread */
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 * 1024);   /* it writes one record, nothing deep */
    int rc = cpuctl_watchdog_attr(&attr);
    pthread_t t;
    pthread_sigmask(SIG_BLOCK, &all, &old);   /* the new thread inherits the mask */
    if (!rc)
        rc = pthread_create(&t, &attr, watch, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        snprintf(err, errlen, "cannot start the watchdog thread (--timeout, SIGTERM)%s: %s",
                 cpuctl_realtime() ? " at SCHED_FIFO's top priority" : "", strerror(rc));
        return -1;
    }
    return 0;
}

void watchdog_after_fork_child(void)
{
    if (!takes_sigterm)
        return;
    sigset_t term;
    sigemptyset(&term);
    sigaddset(&term, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &term, NULL);
}
