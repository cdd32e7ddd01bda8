/* sched/policy_fifo.c — a fair GIL: a dropped GIL goes to the longest
 * waiter, no barging; a holder is asked to drop after one switch interval
 * with waiters (as py32).  Shared words, guards and the handoff protocol are
 * gil_queue.c's (one queue used: `normal`).
 * Property: strict FIFO order of takes; no futile wake-ups; no convoy relief
 * either — a thread back from I/O queues behind the CPU-bound ones.
 */
#include "sched/gil_queue.h"
#include "sched/policy.h"

static void fifo_init(void) { gilq_init(); }
static void fifo_fini(void) { gilq_fini(); }
static int fifo_take(GilThreadPriv *p, bool after_block) { return gilq_take(p, false); }
static void fifo_drop(GilThreadPriv *p, GilDropReason why) { gilq_drop(p); }
static bool fifo_wants_drop(GilThreadPriv *p, uint32_t bits) { return bits & GIL_BRK_DROP; }
static bool fifo_tick_drops(GilThreadPriv *p) { return false; }
static int32_t fifo_ticks(void) { return INT32_MAX; }

const PolicyOps policy_fifo_ops = {
    .init = fifo_init, .fini = fifo_fini,
    .thread_init = gilq_thread_init, .thread_fini = gilq_thread_fini,
    .take = fifo_take, .drop = fifo_drop, .wants_drop = fifo_wants_drop,
    .tick_drops = fifo_tick_drops, .ticks = fifo_ticks, .wake_all = gilq_wake_all,
    .fork_child = gilq_fork_child,
};
