/* sched/lock_futex.c — raw futex(2), process-private (FUTEX_PRIVATE_FLAG).
 *
 * Mutex: Drepper's "Futexes Are Tricky" mutex #3, one word:
 *   0 free, 1 locked, 2 locked with (possible) sleepers.
 *   lock: CAS 0->1; else exchange in 2 and sleep while the old value was
 *   not 0.  unlock: decrement; if it was 2, store 0 and wake one.  A woken
 *   thread re-takes with 2 (it cannot know whether others still sleep).
 * Condition: a sequence number `seq` and a count of sleepers `waiters`,
 *   both changed only with the associated mutex held (acq_rel atomics since
 *   the futex syscall reads `seq` without it).  wait: read seq, unlock,
 *   FUTEX_WAIT_BITSET on seq with the absolute CLOCK_MONOTONIC deadline
 *   (returns at once if seq moved: no lost signal), re-lock.  signal /
 *   broadcast: bump seq, wake 1 / all, but only when someone sleeps.
 * Semaphore: `count` and `sleepers`; post adds to count then wakes one if
 *   sleepers > 0; wait takes the count by CAS or sleeps on count == 0.
 *   seq_cst on both words (Dekker): a poster that misses a new sleeper is
 *   impossible because the sleeper rechecks count inside FUTEX_WAIT.
 *   It barges: a woken sleeper that finds the count gone counts a lost
 *   wake-up and sleeps again.
 */
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "sched/gil_counters.h"
#include "sched/chaos.h"
#include "sched/lock.h"

struct LockMutex { _Atomic uint32_t v; };
struct LockCond { _Atomic uint32_t seq, waiters; };
struct LockSem { _Atomic uint32_t count, sleepers; };

/* Sleep while *w == val.  Returns LOCK_TIMEDOUT only at the deadline. */
static int fwait(_Atomic uint32_t *w, uint32_t val, const struct timespec *deadline)
{
    gil_prim_sleep();
    long r = syscall(SYS_futex, (uint32_t *)w, FUTEX_WAIT_BITSET | FUTEX_PRIVATE_FLAG, val,
                     deadline, NULL, FUTEX_BITSET_MATCH_ANY);
    if (r == 0 || errno == EAGAIN || errno == EINTR)
        return LOCK_WOKEN;
    if (errno == ETIMEDOUT)
        return LOCK_TIMEDOUT;
    lock_die("futex(FUTEX_WAIT_BITSET)", errno);
}

static void fwake(_Atomic uint32_t *w, int n)
{
    gil_prim_wake();
    if (syscall(SYS_futex, (uint32_t *)w, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, n, NULL, NULL, 0) == -1)
        lock_die("futex(FUTEX_WAKE)", errno);
}

static int fx_setup(char *err, size_t errlen) { return 0; }
static void fx_thread_end(void) {}
static LockMutex *fx_mutex_new(void) { return lock_xcalloc(sizeof(LockMutex)); }
static void fx_mutex_free(LockMutex *m) { free(m); }

static void fx_lock(LockMutex *m)
{
    uint32_t c = 0;
    if (atomic_compare_exchange_strong_explicit(&m->v, &c, 1, memory_order_acquire, memory_order_relaxed))
        return;
    CHAOS_POINT();  /* the holder may unlock here: the exchange then reads 0 and takes it */
    if (c != 2)
        c = atomic_exchange_explicit(&m->v, 2, memory_order_acquire);
    while (c != 0) {
        fwait(&m->v, 2, NULL);
        c = atomic_exchange_explicit(&m->v, 2, memory_order_acquire);
    }
}

static void fx_unlock(LockMutex *m)
{
    if (atomic_fetch_sub_explicit(&m->v, 1, memory_order_release) != 1) {
        atomic_store_explicit(&m->v, 0, memory_order_release);
        CHAOS_POINT();  /* released, not yet woken: a barger may take it; the woken one re-sleeps with 2 */
        fwake(&m->v, 1);
    }
}

static LockCond *fx_cond_new(void) { return lock_xcalloc(sizeof(LockCond)); }
static void fx_cond_free(LockCond *c) { free(c); }

static int fx_wait(LockCond *c, LockMutex *m, const struct timespec *deadline)
{
    uint32_t s = atomic_load_explicit(&c->seq, memory_order_acquire);
    atomic_fetch_add_explicit(&c->waiters, 1, memory_order_relaxed);
    fx_unlock(m);
    CHAOS_POINT();  /* a signal here moves seq, so FUTEX_WAIT returns at once: no lost wake-up */
    int r = fwait(&c->seq, s, deadline);
    CHAOS_POINT();  /* woken, mutex not yet re-taken: others run; callers re-check their predicate */
    fx_lock(m);
    atomic_fetch_sub_explicit(&c->waiters, 1, memory_order_relaxed);
    return r;
}

static void fx_wake_cond(LockCond *c, int n)
{
    atomic_fetch_add_explicit(&c->seq, 1, memory_order_release);
    if (atomic_load_explicit(&c->waiters, memory_order_relaxed))
        fwake(&c->seq, n);
}
static void fx_signal(LockCond *c) { fx_wake_cond(c, 1); }
static void fx_broadcast(LockCond *c) { fx_wake_cond(c, INT_MAX); }

/* seq and waiters are read under the mutex, as signal reads them. */
static void fx_unlock_signal(LockMutex *m, LockCond *c)
{
    atomic_fetch_add_explicit(&c->seq, 1, memory_order_release);
    bool sleeper = atomic_load_explicit(&c->waiters, memory_order_relaxed) != 0;
    fx_unlock(m);
    CHAOS_POINT();  /* released, not yet woken: the waiter may time out and return first */
    if (sleeper)
        fwake(&c->seq, 1);
}

static LockSem *fx_sem_new(unsigned count)
{
    LockSem *s = lock_xcalloc(sizeof *s);
    atomic_store(&s->count, count);
    return s;
}
static void fx_sem_free(LockSem *s) { free(s); }

static bool fx_sem_trywait(LockSem *s)
{
    uint32_t c = atomic_load(&s->count);
    while (c > 0)
        if (atomic_compare_exchange_weak(&s->count, &c, c - 1))
            return true;
    return false;
}

static void fx_sem_wait(LockSem *s)
{
    while (!fx_sem_trywait(s)) {
        atomic_fetch_add(&s->sleepers, 1);
        CHAOS_POINT();  /* Dekker: a post here sees sleepers > 0, or FUTEX_WAIT sees count > 0 */
        fwait(&s->count, 0, NULL);
        atomic_fetch_sub(&s->sleepers, 1);
        if (atomic_load(&s->count) == 0)
            GIL_COUNT(lost_wakeups);
    }
}

static void fx_sem_post(LockSem *s)
{
    atomic_fetch_add(&s->count, 1);
    CHAOS_POINT();  /* the count is visible before the wake: a barger may take it (a lost wake-up, counted) */
    if (atomic_load(&s->sleepers))
        fwake(&s->count, 1);
}

const LockOps lock_futex_ops = {
    .setup = fx_setup, .thread_end = fx_thread_end,
    .mutex_new = fx_mutex_new, .mutex_free = fx_mutex_free, .lock = fx_lock, .unlock = fx_unlock,
    .cond_new = fx_cond_new, .cond_free = fx_cond_free,
    .wait = fx_wait, .signal = fx_signal, .broadcast = fx_broadcast,
    .unlock_signal = fx_unlock_signal,
    .sem_new = fx_sem_new, .sem_free = fx_sem_free,
    .sem_trywait = fx_sem_trywait, .sem_wait = fx_sem_wait, .sem_post = fx_sem_post,
};
