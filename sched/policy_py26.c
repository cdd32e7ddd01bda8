/* sched/policy_py26.c — CPython <= 3.1's GIL: a plain lock and a tick counter.
 *
 * Shared words: one counting semaphore `sem` (count 1 = free), the
 * primitive's "plain lock"; its own protocol guards it.  `last_holder`, for
 * counting switches only, is written by each new holder right after it got
 * the semaphore (relaxed: the semaphore orders it).
 * Take: try the semaphore; if taken, sleep in it.  Drop: post it.  Every
 * check-interval ticks (sys.setcheckinterval, default 100; the VM counts
 * ticks as CPython does) the holder drops and immediately takes it
 * again — only once a second thread exists, as 2.6 only did so after
 * PyEval_InitThreads.
 * Property: none.  No handoff, no fairness, no interval: the dropper is still
 * running and usually wins the re-take on a multicore machine, so the woken
 * thread finds the lock taken and sleeps again (lost wake-ups, a flood of
 * context switches: the "GIL battle"); on one CPU the OS picks the winner.
 * Shutdown: a thread that wins the semaphore after shutdown began posts it
 * back and leaves, which passes the exit on to the next sleeper.
 */
#include "sched/policy.h"

static LockSem *sem;
static _Atomic(GilThreadPriv *) last_holder;

static void py26_init(void) { sem = gil_lk->sem_new(1); }
static void py26_fini(void) { gil_lk->sem_free(sem); }
static void py26_thread_init(GilThreadPriv *p) {}
static void py26_thread_fini(GilThreadPriv *p)
{
    GilThreadPriv *self = p;
    atomic_compare_exchange_strong(&last_holder, &self, NULL);
}

static int py26_take(GilThreadPriv *p, bool after_block)
{
    if (gil_must_exit(p))
        return GIL_EXIT;
    if (!gil_lk->sem_trywait(sem)) {
        gil_note_contended(p);
        gil_lk->sem_wait(sem);
    }
    if (gil_must_exit(p)) {
        gil_lk->sem_post(sem);
        return GIL_EXIT;
    }
    if (atomic_load_explicit(&last_holder, memory_order_relaxed) != p) {
        atomic_store_explicit(&last_holder, p, memory_order_relaxed);
        gil_note_switch(p);
    }
    return GIL_OK;
}

static void py26_drop(GilThreadPriv *p, GilDropReason why) { gil_lk->sem_post(sem); }
static bool py26_wants_drop(GilThreadPriv *p, uint32_t bits) { return false; }
static bool py26_tick_drops(GilThreadPriv *p) { return gil_live_threads() > 1; }
static int32_t py26_ticks(void) { return gil_check_ticks(); }
static void py26_wake_all(void) {}

/* A new semaphore (policy.h), its count already taken by self. */
static LockSem *volatile forsaken;   /* the parent's semaphore in a fork child (policy.h) */

static void py26_fork_child(GilThreadPriv *self)
{
    forsaken = sem;
    sem = gil_lk->sem_new(0);
    atomic_store_explicit(&last_holder, self, memory_order_relaxed);
}

const PolicyOps policy_py26_ops = {
    .init = py26_init, .fini = py26_fini,
    .thread_init = py26_thread_init, .thread_fini = py26_thread_fini,
    .take = py26_take, .drop = py26_drop, .wants_drop = py26_wants_drop,
    .tick_drops = py26_tick_drops, .ticks = py26_ticks, .wake_all = py26_wake_all,
    .fork_child = py26_fork_child,
};
