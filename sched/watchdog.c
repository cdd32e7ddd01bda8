/* sched/watchdog.c — the --timeout thread (see watchdog.h).
 *
 * Invariants:
 *   - The thread shares nothing with the VM: it reads only its own deadline
 *     and the expiry function, both fixed before it starts.  What the expiry
 *     function touches is its caller's business (measure.c claims the record
 *     with an atomic flag so that it and a normal exit never both write it).
 *   - Every signal is blocked on the thread, so SIGINT still goes to the main
 *     thread and becomes KeyboardInterrupt there.
 *   - It is never joined: either it fires and the process _exits, or the
 *     process exits first and the thread ends with it.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "sched/lock.h"
#include "sched/watchdog.h"

static struct timespec deadline;
static void (*expire)(void);   /* does not return */

static void *watch(void *unused)
{
    /* Every signal is blocked here, so EINTR is not expected; any other
     * error ends the wait at once rather than spinning on it. */
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, NULL) == EINTR)
        ;
    expire();
    return NULL;
}

int watchdog_start(double seconds, void (*on_expire)(void), char *err, size_t errlen)
{
    deadline = lock_ns_to_ts(lock_now_ns() + (uint64_t)(seconds * 1e9));
    expire = on_expire;
    sigset_t all, old;
    sigfillset(&all);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 * 1024);   /* it writes one record, nothing deep */
    pthread_sigmask(SIG_BLOCK, &all, &old);   /* the new thread inherits the mask */
    pthread_t t;
    int rc = pthread_create(&t, &attr, watch, NULL);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        snprintf(err, errlen, "--timeout: cannot start the watchdog thread: %s", strerror(rc));
        return -1;
    }
    return 0;
}
