/* sched/lock_sem.c — POSIX semaphores (CPython 2.6's choice on Linux).
 *
 * Mutex: a binary semaphore (sem_wait / sem_post).
 * Condition: a semaphore `s` plus `unsignalled`, the number of waiters not
 *   yet signalled, guarded by the associated mutex.  Invariant (under the
 *   mutex): posts pending on `s` + unsignalled = threads inside wait().
 *   signal: if unsignalled > 0, decrement it and post once; broadcast: post
 *   that many.  A waiter that times out re-takes the mutex, then either
 *   withdraws (unsignalled > 0: decrement) or, when every thread inside has
 *   been signalled, consumes the post meant for it (it is already there, so
 *   sem_wait returns at once) and reports a wake-up.
 * Deadlines: sem_clockwait on CLOCK_MONOTONIC (sem_timedwait only knows
 *   CLOCK_REALTIME).  Every wait is retried on EINTR.
 * The semaphore is the POSIX one itself.  glibc's sem_wait loops inside:
 *   a waiter woken by a post whose count a barger took first goes back to
 *   sleep without returning.  Those lost wake-ups are counted from the
 *   kernel's side: each sleep is one voluntary context switch of the waiter
 *   (getrusage RUSAGE_THREAD, read around a wait that found the count at
 *   zero), so k sleeps inside one sem_wait are k sleeps and k-1 lost
 *   wake-ups.  (A page fault that blocks inside the wait would count too;
 *   the GIL's waits touch no new memory.)
 * Sampled: a thread reads around its first such wait and every
 *   SEM_SAMPLE-th after it, and counts each read SEM_SAMPLE times.  Reading
 *   around every wait put two system calls on the path of each hand-off
 *   and changed what it measured: four threads of countdown under
 *   --emulate=cpython-2.6.4 took 1.8-3.4 s against CPython 2.6.4's 1.3-1.6
 *   s, and 1.5-1.6 s without the reads.  The sampling is per thread (its
 *   counter is thread-local), so a thread's first wait is always read.
 */
#include <errno.h>
#include <semaphore.h>
#include <sys/resource.h>
#include <stdlib.h>
#include "sched/gil_counters.h"
#include "sched/chaos.h"
#include "sched/lock.h"

struct LockMutex { sem_t s; };
struct LockCond { sem_t s; unsigned unsignalled; };
struct LockSem { sem_t s; };

static void psem_wait(sem_t *s)
{
    while (sem_wait(s) == -1)
        if (errno != EINTR)
            lock_die("sem_wait", errno);
}

static int psem_clockwait(sem_t *s, const struct timespec *deadline)
{
    if (!deadline) {
        psem_wait(s);
        return LOCK_WOKEN;
    }
    while (sem_clockwait(s, CLOCK_MONOTONIC, deadline) == -1) {
        if (errno == ETIMEDOUT)
            return LOCK_TIMEDOUT;
        if (errno != EINTR)
            lock_die("sem_clockwait", errno);
    }
    return LOCK_WOKEN;
}

static void psem_post(sem_t *s)
{
    gil_prim_wake();
    LOCK_CHECK_ERRNO(sem_post(s));
}

static int ps_setup(char *err, size_t errlen) { return 0; }
static void ps_thread_end(void) {}

static LockMutex *ps_mutex_new(void)
{
    LockMutex *m = lock_xcalloc(sizeof *m);
    LOCK_CHECK_ERRNO(sem_init(&m->s, 0, 1));
    return m;
}
static void ps_mutex_free(LockMutex *m)
{
    LOCK_CHECK_ERRNO(sem_destroy(&m->s));
    free(m);
}
static void ps_lock(LockMutex *m)
{
    if (sem_trywait(&m->s) == 0)
        return;
    CHAOS_POINT();  /* the holder may post here: sem_wait then returns at once */
    gil_prim_sleep();
    psem_wait(&m->s);
}
static void ps_unlock(LockMutex *m) { LOCK_CHECK_ERRNO(sem_post(&m->s)); }

static LockCond *ps_cond_new(void)
{
    LockCond *c = lock_xcalloc(sizeof *c);
    LOCK_CHECK_ERRNO(sem_init(&c->s, 0, 0));
    return c;
}
static void ps_cond_free(LockCond *c)
{
    LOCK_CHECK_ERRNO(sem_destroy(&c->s));
    free(c);
}

static int ps_wait(LockCond *c, LockMutex *m, const struct timespec *deadline)
{
    c->unsignalled++;
    ps_unlock(m);
    CHAOS_POINT();  /* a signal here is kept by the semaphore: no lost wake-up */
    gil_prim_sleep();
    int r = psem_clockwait(&c->s, deadline);
    CHAOS_POINT();  /* woken or timed out, mutex not yet re-taken: a late signal must still balance */
    ps_lock(m);
    if (r == LOCK_TIMEDOUT) {
        if (c->unsignalled > 0) {
            c->unsignalled--;
        } else {
            psem_wait(&c->s);
            r = LOCK_WOKEN;
        }
    }
    return r;
}

static void ps_signal(LockCond *c)
{
    if (c->unsignalled > 0) {
        c->unsignalled--;
        psem_post(&c->s);
    }
}
static void ps_broadcast(LockCond *c)
{
    while (c->unsignalled > 0) {
        c->unsignalled--;
        psem_post(&c->s);
    }
}

/* unsignalled changes under the mutex; the post may come later because a
 * waiter that times out meanwhile finds unsignalled already taken and waits
 * for this post (ps_wait), so the invariant holds again once it lands. */
static void ps_unlock_signal(LockMutex *m, LockCond *c)
{
    bool post = c->unsignalled > 0;
    if (post)
        c->unsignalled--;
    ps_unlock(m);
    CHAOS_POINT();  /* released, not yet posted: a timed-out waiter blocks for this post */
    if (post)
        psem_post(&c->s);
}

static LockSem *ps_sem_new(unsigned count)
{
    LockSem *s = lock_xcalloc(sizeof *s);
    LOCK_CHECK_ERRNO(sem_init(&s->s, 0, count));
    return s;
}
static void ps_sem_free(LockSem *s)
{
    LOCK_CHECK_ERRNO(sem_destroy(&s->s));
    free(s);
}
static bool ps_sem_trywait(LockSem *s) { return sem_trywait(&s->s) == 0; }
static long voluntary_switches(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_THREAD, &ru) == 0 ? ru.ru_nvcsw : -1;
}

enum { SEM_SAMPLE = 16 };
static _Thread_local unsigned waits;   /* this thread's waits that found zero */

static void ps_sem_wait(LockSem *s)
{
    if (sem_trywait(&s->s) == 0)
        return;
    gil_prim_sleep();
    if (waits++ % SEM_SAMPLE != 0) {
        psem_wait(&s->s);
        return;
    }
    long before = voluntary_switches();
    psem_wait(&s->s);
    long slept = before < 0 ? -1 : voluntary_switches() - before;
    if (slept > 1) {
        GIL_COUNT_N(sleeps, (uint64_t)(slept - 1) * SEM_SAMPLE);
        GIL_COUNT_N(lost_wakeups, (uint64_t)(slept - 1) * SEM_SAMPLE);
    }
}
static void ps_sem_post(LockSem *s) { psem_post(&s->s); }

const LockOps lock_sem_ops = {
    .setup = ps_setup, .thread_end = ps_thread_end,
    .mutex_new = ps_mutex_new, .mutex_free = ps_mutex_free, .lock = ps_lock, .unlock = ps_unlock,
    .cond_new = ps_cond_new, .cond_free = ps_cond_free,
    .wait = ps_wait, .signal = ps_signal, .broadcast = ps_broadcast,
    .unlock_signal = ps_unlock_signal,
    .sem_new = ps_sem_new, .sem_free = ps_sem_free,
    .sem_trywait = ps_sem_trywait, .sem_wait = ps_sem_wait, .sem_post = ps_sem_post,
};
