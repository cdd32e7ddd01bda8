/* sched/lock_condvar.c — pthread mutex + condition variable on CLOCK_MONOTONIC
 * (CPython 3.2's choice).
 *
 * Protocol: LockMutex is a pthread mutex; LockCond a pthread condvar created
 * with CLOCK_MONOTONIC so deadlines do not jump with the wall clock.  The
 * semaphore is CPython 2.6's portable "binary semaphore" generalised to a
 * count: a mutex, a condvar and the count, the count guarded by the mutex.
 * Fairness: whatever glibc gives (no handoff; the semaphore barges).
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include "sched/gil_counters.h"
#include "sched/chaos.h"
#include "sched/lock.h"

struct LockMutex { pthread_mutex_t m; };
struct LockCond { pthread_cond_t c; };
struct LockSem { pthread_mutex_t m; pthread_cond_t c; unsigned count; };

static void cond_init_mono(pthread_cond_t *c)
{
    pthread_condattr_t a;
    LOCK_CHECK(pthread_condattr_init(&a));
    LOCK_CHECK(pthread_condattr_setclock(&a, CLOCK_MONOTONIC));
    LOCK_CHECK(pthread_cond_init(c, &a));
    LOCK_CHECK(pthread_condattr_destroy(&a));
}

static int cv_setup(char *err, size_t errlen) { return 0; }
static void cv_thread_end(void) {}

static LockMutex *cv_mutex_new(void)
{
    LockMutex *m = lock_xcalloc(sizeof *m);
    LOCK_CHECK(pthread_mutex_init(&m->m, NULL));
    return m;
}
static void cv_mutex_free(LockMutex *m)
{
    LOCK_CHECK(pthread_mutex_destroy(&m->m));
    free(m);
}
static void cv_lock(LockMutex *m) { LOCK_CHECK(pthread_mutex_lock(&m->m)); }
static void cv_unlock(LockMutex *m) { LOCK_CHECK(pthread_mutex_unlock(&m->m)); }

static LockCond *cv_cond_new(void)
{
    LockCond *c = lock_xcalloc(sizeof *c);
    cond_init_mono(&c->c);
    return c;
}
static void cv_cond_free(LockCond *c)
{
    LOCK_CHECK(pthread_cond_destroy(&c->c));
    free(c);
}

static int timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *deadline)
{
    gil_prim_sleep();
    if (!deadline) {
        LOCK_CHECK(pthread_cond_wait(c, m));
        return LOCK_WOKEN;
    }
    int e = pthread_cond_timedwait(c, m, deadline);
    if (e == ETIMEDOUT)
        return LOCK_TIMEDOUT;
    if (e)
        lock_die("pthread_cond_timedwait", e);
    return LOCK_WOKEN;
}

static int cv_wait(LockCond *c, LockMutex *m, const struct timespec *deadline)
{
    int r = timedwait(&c->c, &m->m, deadline);
    CHAOS_POINT();  /* woken and holding the mutex, slowly: the others queue behind it */
    return r;
}
static void cv_signal(LockCond *c)
{
    gil_prim_wake();
    LOCK_CHECK(pthread_cond_signal(&c->c));
}
static void cv_broadcast(LockCond *c)
{
    gil_prim_wake();
    LOCK_CHECK(pthread_cond_broadcast(&c->c));
}
/* POSIX lets a condition be signalled without its mutex. */
static void cv_unlock_signal(LockMutex *m, LockCond *c)
{
    cv_unlock(m);
    CHAOS_POINT();  /* released, not yet signalled: the waiter may time out and return first */
    cv_signal(c);
}

static LockSem *cv_sem_new(unsigned count)
{
    LockSem *s = lock_xcalloc(sizeof *s);
    LOCK_CHECK(pthread_mutex_init(&s->m, NULL));
    cond_init_mono(&s->c);
    s->count = count;
    return s;
}
static void cv_sem_free(LockSem *s)
{
    LOCK_CHECK(pthread_cond_destroy(&s->c));
    LOCK_CHECK(pthread_mutex_destroy(&s->m));
    free(s);
}
static bool cv_sem_trywait(LockSem *s)
{
    LOCK_CHECK(pthread_mutex_lock(&s->m));
    bool got = s->count > 0;
    if (got)
        s->count--;
    LOCK_CHECK(pthread_mutex_unlock(&s->m));
    return got;
}
static void cv_sem_wait(LockSem *s)
{
    LOCK_CHECK(pthread_mutex_lock(&s->m));
    while (s->count == 0) {
        timedwait(&s->c, &s->m, NULL);
        /* Woken, but a barging thread may have taken the count first. */
        if (s->count == 0)
            GIL_COUNT(lost_wakeups);
    }
    s->count--;
    LOCK_CHECK(pthread_mutex_unlock(&s->m));
}
static void cv_sem_post(LockSem *s)
{
    LOCK_CHECK(pthread_mutex_lock(&s->m));
    s->count++;
    LOCK_CHECK(pthread_mutex_unlock(&s->m));
    /* Signalled after unlocking, as CPython 2.6's PyThread_release_lock: the
     * releaser is still running and usually re-takes the lock first. */
    CHAOS_POINT();  /* posted, not yet signalled: a barger may take the count (a lost wake-up, counted) */
    gil_prim_wake();
    LOCK_CHECK(pthread_cond_signal(&s->c));
}

const LockOps lock_condvar_ops = {
    .setup = cv_setup, .thread_end = cv_thread_end,
    .mutex_new = cv_mutex_new, .mutex_free = cv_mutex_free, .lock = cv_lock, .unlock = cv_unlock,
    .cond_new = cv_cond_new, .cond_free = cv_cond_free,
    .wait = cv_wait, .signal = cv_signal, .broadcast = cv_broadcast,
    .unlock_signal = cv_unlock_signal,
    .sem_new = cv_sem_new, .sem_free = cv_sem_free,
    .sem_trywait = cv_sem_trywait, .sem_wait = cv_sem_wait, .sem_post = cv_sem_post,
};
