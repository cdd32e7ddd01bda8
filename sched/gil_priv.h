/* sched/gil_priv.h — what gil.c shares with the policies (sched/ only).
 *
 * gil.c owns: the thread registry, the counters, the options, the shutdown
 * state and the eval-breaker bits.  A policy owns how the GIL changes hands;
 * it calls the gil_note_* hooks at the points gil.c cannot see (the moment a
 * take becomes contended, a drop request, a forced switch) and reads the
 * shutdown state through gil_must_exit().
 */
#ifndef GILKIT_SCHED_GIL_PRIV_H
#define GILKIT_SCHED_GIL_PRIV_H

#include <stdatomic.h>
#include <stdbool.h>
#include "sched/gil.h"
#include "sched/gil_counters.h"
#include "sched/lock.h"

/* Bits of gil_eval_breaker.  Set with atomic OR by any thread; consumed by
 * the holder in gil_service (DROP and PREEMPT are cleared by the policy
 * under its mutex when the GIL changes hands; EXIT stays set for
 * non-owners once shutdown begins). */
enum { GIL_BRK_DROP = 1u, GIL_BRK_PREEMPT = 2u, GIL_BRK_EXIT = 4u };

typedef struct GilThreadPriv {
    GilThread pub;
    char name[40];
    GilCounters ctr;
    uint64_t wait_start_ns;     /* nonzero while a contended take waits; owner only */
    uint64_t hold_start_ns;     /* owner only */
    uint64_t drop_ns;           /* when a tick's drop left the hold open (gil.c); owner only */
    bool hold_open, switched;   /* gil.c's hold accounting; owner only */
    int64_t policy_ticks;       /* ticks left before the policy's own tick; owner only */
    int32_t armed;              /* GilThread.ticks when last armed or settled; owner only */
    uint64_t paced;             /* instructions counted when last settled (pacing); owner only */
    const char *block_what;     /* the blocking call in progress, for BLOCK_END; owner only */
    struct GilThreadPriv *next; /* registry list, guarded by gil.c's registry mutex */
    bool late;                  /* registered after gil_fini freed the policy: never takes */
    /* Policy fields (queueing policies), guarded by the policy's mutex. */
    struct GilThreadPriv *qnext;
    LockCond *cond;
    _Atomic bool granted;       /* written under the mutex; an urgent waiter also polls it unlocked */
    bool interactive;           /* prio: last gave the GIL up voluntarily; owner only */
} GilThreadPriv;

static inline GilThreadPriv *gil_priv(GilThread *t) { return (GilThreadPriv *)t; }

extern const LockOps *gil_lk;    /* the active primitive */

static inline void gil_breaker_set_bits(uint32_t b)
{
    atomic_fetch_or_explicit(&gil_eval_breaker, b, memory_order_relaxed);
}
static inline void gil_breaker_clear_bits(uint32_t b)
{
    atomic_fetch_and_explicit(&gil_eval_breaker, ~b, memory_order_relaxed);
}

bool gil_must_exit(const GilThreadPriv *p);   /* shutdown began and p is not its owner */
bool gil_shutting_down(void);
unsigned gil_live_threads(void);              /* registered threads (relaxed read) */
uint64_t gil_interval_ns(void);
int gil_check_ticks(void);
/* Deadline one switch interval from now. */
struct timespec gil_interval_deadline(void);

void gil_note_contended(GilThreadPriv *p);    /* a take must wait: starts the wait clock */
void gil_note_drop_request(GilThreadPriv *p); /* p asks the holder to drop */
void gil_note_lost_wakeup(GilThreadPriv *p);
void gil_note_timeout(GilThreadPriv *p);
void gil_note_switch(GilThreadPriv *p);       /* the GIL changed hands to p */

#endif
