/* sched/policy_prio.c — an I/O-priority GIL in the spirit of Beazley's
 * priority GIL and Nir Aides' BFS patch (bugs.python.org 7946).
 *
 * Shared words, guards and the handoff protocol are gil_queue.c's.  A thread
 * coming back from a voluntary release (I/O, sleep, join, a contended Lock)
 * is "interactive": it queues in `urgent` and sets GIL_BRK_PREEMPT, so the
 * CPU-bound holder hands it the GIL at its next breaker check instead of
 * after an interval.  A thread that dropped because it was told to (forced)
 * or that merely waits queues in `normal`; CPU-bound threads share by the
 * switch interval.
 * Property: the convoy effect goes (an I/O thread waits one instruction, not
 * one interval) without thrashing (handoff is direct: no futile wake-ups).
 * An interactive thread that then computes is drop-requested after an
 * interval like anyone, so it cannot starve the others.
 */
#include "sched/gil_queue.h"
#include "sched/policy.h"

static void prio_init(void) { gilq_init(); }
static void prio_fini(void) { gilq_fini(); }
static int prio_take(GilThreadPriv *p, bool after_block) { return gilq_take(p, after_block); }
static void prio_drop(GilThreadPriv *p, GilDropReason why) { gilq_drop(p); }
static bool prio_wants_drop(GilThreadPriv *p, uint32_t bits)
{
    return (bits & GIL_BRK_DROP) || ((bits & GIL_BRK_PREEMPT) && gilq_urgent_waiting());
}
static bool prio_tick_drops(GilThreadPriv *p) { return false; }
static int32_t prio_ticks(void) { return INT32_MAX; }

const PolicyOps policy_prio_ops = {
    .init = prio_init, .fini = prio_fini,
    .thread_init = gilq_thread_init, .thread_fini = gilq_thread_fini,
    .take = prio_take, .drop = prio_drop, .wants_drop = prio_wants_drop,
    .tick_drops = prio_tick_drops, .ticks = prio_ticks, .wake_all = gilq_wake_all,
};
