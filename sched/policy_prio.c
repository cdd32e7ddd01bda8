/* sched/policy_prio.c — an I/O-priority GIL in the spirit of Beazley's
 * priority GIL and Nir Aides' BFS patch (bugs.python.org 7946).
 *
 * Shared words, guards and the handoff protocol are gil_queue.c's.  Priority
 * is a property of the thread, set by how it last gave the GIL up
 * (p->interactive, touched by its owner only):
 *   new (has not computed yet)                       -> interactive
 *   voluntary (I/O, sleep, join, a contended Lock)  -> interactive
 *   held one grace (interval / PRIO_GRACE_DIV) since -> CPU-bound
 *   told to drop after an interval (DROP)            -> CPU-bound
 * An interactive thread queues in `urgent` and sets GIL_BRK_PREEMPT, so a
 * CPU-bound holder hands it the GIL at its next breaker check.  An
 * interactive holder is not preempted during its grace: it will most likely
 * block again first (an echo server holds for a microsecond).  A CPU-bound
 * thread queues in `normal`; those share by the switch interval.
 * Why the grace: were an interactive holder preempted by the next urgent
 * waiter and demoted, an echo server preempted by its own client's reply
 * would queue behind the spinner and wait a whole interval (the convoy
 * again, one round trip in a few); were it preempted and kept urgent, two
 * I/O threads would preempt each other at every instruction.  Why it ends: a
 * thread woken from a queue that then computes for long is CPU-bound, and
 * must not hold an I/O thread off for a whole interval.
 * Property: the convoy effect goes (an I/O thread waits one instruction of a
 * CPU-bound holder, at most one grace of an interactive one) without
 * thrashing (handoff is direct: no futile wake-ups).
 */
#include "sched/gil_queue.h"
#include "sched/policy.h"

/* The grace scales with the switch interval (sys.setswitchinterval), so a
 * shorter interval shortens how long an I/O burst may hold off another. */
enum { PRIO_GRACE_DIV = 10 };

static void prio_init(void) { gilq_init(); }
static void prio_fini(void) { gilq_fini(); }
static void prio_thread_init(GilThreadPriv *p)
{
    gilq_thread_init(p);
    p->interactive = true;
}
static int prio_take(GilThreadPriv *p, bool after_block)
{
    if (after_block)
        p->interactive = true;
    return gilq_take(p, p->interactive);
}
static void prio_drop(GilThreadPriv *p, GilDropReason why) { gilq_drop(p); }
static bool prio_wants_drop(GilThreadPriv *p, uint32_t bits)
{
    if (bits & GIL_BRK_DROP) {
        p->interactive = false;
        return true;
    }
    if (!(bits & GIL_BRK_PREEMPT))
        return false;
    /* PREEMPT stays set through the grace: the holder re-checks each poll. */
    if (p->interactive && lock_now_ns() - p->hold_start_ns < gil_interval_ns() / PRIO_GRACE_DIV)
        return false;
    p->interactive = false;
    return gilq_urgent_waiting();
}
static bool prio_tick_drops(GilThreadPriv *p) { return false; }
static int32_t prio_ticks(void) { return INT32_MAX; }

const PolicyOps policy_prio_ops = {
    .init = prio_init, .fini = prio_fini,
    .thread_init = prio_thread_init, .thread_fini = gilq_thread_fini,
    .take = prio_take, .drop = prio_drop, .wants_drop = prio_wants_drop,
    .tick_drops = prio_tick_drops, .ticks = prio_ticks, .wake_all = gilq_wake_all,
    .fork_child = gilq_fork_child,
};
