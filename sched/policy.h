/* sched/policy.h — a GIL policy: how and when the GIL changes hands,
 * written once against the primitive interface (sched/lock.h).
 *
 * Contract for every row:
 *   take(p, after_block)  returns GIL_OK holding the GIL, or GIL_EXIT not
 *                         holding it (gil_must_exit(p)).  after_block: p is
 *                         coming back from a voluntary release.
 *   drop(p, why)          p holds the GIL; gives it up.
 *   wants_drop(p, bits)   breaker slow path with the DROP/PREEMPT bits seen
 *                         (EXIT is handled by gil.c): true when p must drop
 *                         (forced) and take again.
 *   tick_drops(p)         tick budget spent: true when p must drop (tick)
 *                         and take again.
 *   ticks()               the budget to arm GilThread.ticks with.
 *   wake_all()            shutdown began: wake every sleeper so it can see it.
 *   fork_child(self)      in the child of a fork(2) made by self while it
 *                         held the GIL: every other thread is gone, and the
 *                         policy's objects may be held or waited on by them
 *                         (a mutex taken, a queue of waiters), so it makes
 *                         new ones and abandons the old (destroying a mutex
 *                         a vanished thread holds is undefined; CPython
 *                         abandons its pending-calls lock the same way),
 *                         keeping them reachable in a volatile static (a
 *                         leak check at the child's exit must not report
 *                         them, and the compiler must not drop the store);
 *                         on return self holds the GIL and nobody waits.
 *                         The primitive's own fork_child ran before it.
 * gil.c wraps every call with the counters and the trace events common to
 * all policies.
 */
#ifndef GILKIT_SCHED_POLICY_H
#define GILKIT_SCHED_POLICY_H

#include "sched/gil_priv.h"

typedef struct PolicyOps {
    void (*init)(void);
    void (*fini)(void);
    void (*thread_init)(GilThreadPriv *p);
    void (*thread_fini)(GilThreadPriv *p);
    int (*take)(GilThreadPriv *p, bool after_block);
    void (*drop)(GilThreadPriv *p, GilDropReason why);
    bool (*wants_drop)(GilThreadPriv *p, uint32_t bits);
    bool (*tick_drops)(GilThreadPriv *p);
    int32_t (*ticks)(void);
    void (*wake_all)(void);
    void (*fork_child)(GilThreadPriv *self);
} PolicyOps;

typedef struct PolicyRow {
    const char *name, *help;
    const PolicyOps *ops;
} PolicyRow;

extern const PolicyRow policy_table[];   /* the one list of policies */
extern const size_t policy_table_len;
const PolicyRow *policy_find(const char *name);

#endif
