/* sched/policy_py32.c — CPython 3.2's "new GIL" (Antoine Pitrou), over any
 * primitive.
 *
 * Shared words (all in `g`):
 *   locked        1 while some thread holds the GIL.  Written under `mutex`;
 *                 atomic only so the statistics and asserts may peek.
 *   switch_number incremented under `mutex` each time the GIL goes to a
 *                 thread other than last_holder; a waiter that timed out
 *                 compares it with the value it saw before sleeping to tell
 *                 "the GIL did not move for a whole interval".
 *   last_holder   written under `mutex` by the taker, read under
 *                 `switch_mutex` by a forced dropper, hence atomic (acq/rel:
 *                 the dropper must see the taker's write before its own
 *                 wait decision; switch_mutex orders the rest).
 *   GIL_BRK_DROP  the drop request, set by a waiter whose timed wait expired
 *                 with no switch, cleared by the next taker under `mutex`.
 * Take: wait on `cond` in slices of one interval; after a slice with no
 * switch, request a drop.  Drop: clear locked, signal `cond`.  A drop made
 * while a drop request is pending then waits on `switch_cond` until some
 * other thread has taken the GIL — without that the dropper, still running,
 * would re-take it at once on a multicore machine.  As in 3.2's drop_gil,
 * that is every drop but a thread's last: the forced one, and a holder's
 * drop before it blocks when a waiter has already asked it to yield.
 * Property: a CPU-bound holder keeps the GIL at most ~one interval while
 * others wait; a thread back from I/O (voluntary drop, no drop request)
 * waits like any other, up to an interval — the convoy effect.
 * No FIFO order among waiters: whoever the primitive wakes wins.
 */
#include "sched/policy.h"
#include "sched/trace.h"

static struct {
    LockMutex *mutex, *switch_mutex;
    LockCond *cond, *switch_cond;
    _Atomic int locked;
    _Atomic unsigned long switch_number;
    _Atomic(GilThreadPriv *) last_holder;
} g;

static void py32_init(void)
{
    g.mutex = gil_lk->mutex_new();
    g.switch_mutex = gil_lk->mutex_new();
    g.cond = gil_lk->cond_new();
    g.switch_cond = gil_lk->cond_new();
    atomic_store(&g.locked, 0);
    atomic_store(&g.switch_number, 0);
    atomic_store(&g.last_holder, NULL);
}

static void py32_fini(void)
{
    gil_lk->cond_free(g.switch_cond);
    gil_lk->cond_free(g.cond);
    gil_lk->mutex_free(g.switch_mutex);
    gil_lk->mutex_free(g.mutex);
}

static void py32_thread_init(GilThreadPriv *p) {}
static void py32_thread_fini(GilThreadPriv *p)
{
    /* A freed thread must not stay the one a forced dropper compares with. */
    GilThreadPriv *self = p;
    atomic_compare_exchange_strong(&g.last_holder, &self, NULL);
}

/* Called with g.mutex held. Returns false when p gave up for shutdown. */
static bool wait_until_free(GilThreadPriv *p)
{
    if (atomic_load_explicit(&g.locked, memory_order_relaxed))
        gil_note_contended(p);
    while (atomic_load_explicit(&g.locked, memory_order_relaxed)) {
        if (gil_must_exit(p))
            return false;
        unsigned long saved = atomic_load_explicit(&g.switch_number, memory_order_relaxed);
        struct timespec dl = gil_interval_deadline();
        int r = gil_lk->wait(g.cond, g.mutex, &dl);
        bool still = atomic_load_explicit(&g.locked, memory_order_relaxed);
        if (r == LOCK_TIMEDOUT) {
            gil_note_timeout(p);
            if (still && atomic_load_explicit(&g.switch_number, memory_order_relaxed) == saved)
                gil_note_drop_request(p);
        } else if (still) {
            gil_note_lost_wakeup(p);
        }
    }
    return !gil_must_exit(p);
}

static int py32_take(GilThreadPriv *p, bool after_block)
{
    gil_lk->lock(g.mutex);
    if (!wait_until_free(p)) {
        gil_lk->unlock(g.mutex);
        return GIL_EXIT;
    }
    atomic_store_explicit(&g.locked, 1, memory_order_relaxed);
    if (atomic_load_explicit(&g.last_holder, memory_order_relaxed) != p) {
        atomic_store_explicit(&g.last_holder, p, memory_order_release);
        atomic_fetch_add_explicit(&g.switch_number, 1, memory_order_relaxed);
        gil_note_switch(p);
    }
    /* Wake a forced dropper waiting for someone to take over. */
    gil_lk->lock(g.switch_mutex);
    gil_lk->signal(g.switch_cond);
    gil_lk->unlock(g.switch_mutex);
    /* A request aimed at the previous holder is satisfied now. */
    gil_breaker_clear_bits(GIL_BRK_DROP);
    gil_lk->unlock(g.mutex);
    return GIL_OK;
}

static void py32_drop(GilThreadPriv *p, GilDropReason why)
{
    gil_lk->lock(g.mutex);
    atomic_store_explicit(&g.locked, 0, memory_order_relaxed);
    gil_lk->signal(g.cond);
    gil_lk->unlock(g.mutex);
    bool requested = atomic_load_explicit(&gil_eval_breaker, memory_order_relaxed) & GIL_BRK_DROP;
    if (why == GIL_DROP_EXIT || (why != GIL_DROP_FORCED && !requested))
        return;
    gil_lk->lock(g.switch_mutex);
    if (atomic_load_explicit(&g.last_holder, memory_order_acquire) == p) {
        trace_emit(TR_FORCED_WAIT_BEGIN, 0, NULL);
        while (atomic_load_explicit(&g.last_holder, memory_order_acquire) == p && !gil_shutting_down())
            gil_lk->wait(g.switch_cond, g.switch_mutex, NULL);
        trace_emit(TR_FORCED_WAIT_END, 0, NULL);
    }
    gil_lk->unlock(g.switch_mutex);
}

static bool py32_wants_drop(GilThreadPriv *p, uint32_t bits) { return bits & GIL_BRK_DROP; }
static bool py32_tick_drops(GilThreadPriv *p) { return false; }
static int32_t py32_ticks(void) { return INT32_MAX; }

static void py32_wake_all(void)
{
    gil_lk->lock(g.mutex);
    gil_lk->broadcast(g.cond);
    gil_lk->unlock(g.mutex);
    gil_lk->lock(g.switch_mutex);
    gil_lk->broadcast(g.switch_cond);
    gil_lk->unlock(g.switch_mutex);
}

/* New mutexes and conditions (policy.h), the GIL already held by self. */
static struct {    /* the parent's objects in a fork child (policy.h) */
    LockMutex *volatile mutex, *volatile switch_mutex;
    LockCond *volatile cond, *volatile switch_cond;
} forsaken;

static void py32_fork_child(GilThreadPriv *self)
{
    forsaken.mutex = g.mutex;
    forsaken.switch_mutex = g.switch_mutex;
    forsaken.cond = g.cond;
    forsaken.switch_cond = g.switch_cond;
    py32_init();
    atomic_store_explicit(&g.locked, 1, memory_order_relaxed);
    atomic_store_explicit(&g.last_holder, self, memory_order_relaxed);
}

const PolicyOps policy_py32_ops = {
    .init = py32_init, .fini = py32_fini,
    .thread_init = py32_thread_init, .thread_fini = py32_thread_fini,
    .take = py32_take, .drop = py32_drop, .wants_drop = py32_wants_drop,
    .tick_drops = py32_tick_drops, .ticks = py32_ticks, .wake_all = py32_wake_all,
    .fork_child = py32_fork_child,
};
