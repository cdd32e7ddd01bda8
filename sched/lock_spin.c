/* sched/lock_spin.c — never sleeps: test-and-test-and-set with `pause`.
 *
 * Mutex: one word, 0 free / 1 taken.  lock spins on a relaxed load until it
 *   reads 0, then tries an acquiring exchange (TTAS: the cache line stays
 *   shared while it is taken).  unlock: release store of 0.
 * Condition: a sequence number bumped (release) by signal and broadcast,
 *   which are therefore the same thing: every spinner sees the change.
 *   wait: read seq (acquire), unlock, spin until seq moves or the absolute
 *   CLOCK_MONOTONIC deadline passes (the clock is read every 64 spins),
 *   re-lock.
 * Semaphore: a count taken by CAS, spun on while zero.
 * Spin iterations are counted; `wakes` counts signals.  Property: no
 * syscalls at all — the fastest handoff when both threads own a CPU, and a
 * disaster when they share one (the waiter burns its time slice).
 */
#include <stdatomic.h>
#include <stdlib.h>
#include "sched/gil_counters.h"
#include "sched/chaos.h"
#include "sched/lock.h"

struct LockMutex { _Atomic uint32_t v; };
struct LockCond { _Atomic uint32_t seq; };
struct LockSem { _Atomic uint32_t count; };

static int sp_setup(char *err, size_t errlen) { return 0; }
static void sp_thread_end(void) {}
static LockMutex *sp_mutex_new(void) { return lock_xcalloc(sizeof(LockMutex)); }
static void sp_mutex_free(LockMutex *m) { free(m); }

static void sp_lock(LockMutex *m)
{
    uint64_t spins = 0;
    for (;;) {
        if (!atomic_load_explicit(&m->v, memory_order_relaxed) &&
            !atomic_exchange_explicit(&m->v, 1, memory_order_acquire))
            break;
        lock_cpu_relax();
        spins++;
    }
    if (spins)
        GIL_COUNT_N(spins, spins);
}

static void sp_unlock(LockMutex *m) { atomic_store_explicit(&m->v, 0, memory_order_release); }

static LockCond *sp_cond_new(void) { return lock_xcalloc(sizeof(LockCond)); }
static void sp_cond_free(LockCond *c) { free(c); }

static int sp_wait(LockCond *c, LockMutex *m, const struct timespec *deadline)
{
    uint32_t s = atomic_load_explicit(&c->seq, memory_order_acquire);
    uint64_t end = deadline ? lock_ts_to_ns(deadline) : UINT64_MAX, spins = 0;
    int r = LOCK_WOKEN;
    sp_unlock(m);
    CHAOS_POINT();  /* seq was read before the unlock: a signal here is still seen */
    while (atomic_load_explicit(&c->seq, memory_order_acquire) == s) {
        lock_cpu_relax();
        if ((++spins & 63) == 0 && lock_now_ns() >= end) {
            r = LOCK_TIMEDOUT;
            break;
        }
    }
    GIL_COUNT_N(spins, spins);
    CHAOS_POINT();  /* signalled, mutex not yet re-taken: callers re-check their predicate */
    sp_lock(m);
    return r;
}

static void sp_signal(LockCond *c)
{
    gil_prim_wake();
    atomic_fetch_add_explicit(&c->seq, 1, memory_order_release);
}

/* A waiter read seq before it released the mutex: a bump after ours is seen. */
static void sp_unlock_signal(LockMutex *m, LockCond *c)
{
    sp_unlock(m);
    CHAOS_POINT();  /* released, not yet signalled */
    sp_signal(c);
}

static LockSem *sp_sem_new(unsigned count)
{
    LockSem *s = lock_xcalloc(sizeof *s);
    atomic_store(&s->count, count);
    return s;
}
static void sp_sem_free(LockSem *s) { free(s); }

static bool sp_sem_trywait(LockSem *s)
{
    uint32_t c = atomic_load_explicit(&s->count, memory_order_relaxed);
    while (c > 0)
        if (atomic_compare_exchange_weak_explicit(&s->count, &c, c - 1, memory_order_acquire,
                                                  memory_order_relaxed))
            return true;
    return false;
}

static void sp_sem_wait(LockSem *s)
{
    uint64_t spins = 0;
    while (!sp_sem_trywait(s)) {
        while (!atomic_load_explicit(&s->count, memory_order_relaxed)) {
            lock_cpu_relax();
            spins++;
        }
    }
    GIL_COUNT_N(spins, spins);
}

static void sp_sem_post(LockSem *s)
{
    gil_prim_wake();
    atomic_fetch_add_explicit(&s->count, 1, memory_order_release);
}

const LockOps lock_spin_ops = {
    .setup = sp_setup, .thread_end = sp_thread_end,
    .mutex_new = sp_mutex_new, .mutex_free = sp_mutex_free, .lock = sp_lock, .unlock = sp_unlock,
    .cond_new = sp_cond_new, .cond_free = sp_cond_free,
    .wait = sp_wait, .signal = sp_signal, .broadcast = sp_signal,
    .unlock_signal = sp_unlock_signal,
    .sem_new = sp_sem_new, .sem_free = sp_sem_free,
    .sem_trywait = sp_sem_trywait, .sem_wait = sp_sem_wait, .sem_post = sp_sem_post,
};
