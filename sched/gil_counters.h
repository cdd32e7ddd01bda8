/* sched/gil_counters.h — per-thread GIL and primitive counters.
 *
 * Protocol: each GilCounters belongs to one thread, which is the only
 * writer; gil_totals()/gil_stats_print() read them from another thread.  So
 * every field is an atomic written with a relaxed load + store (no locked
 * read-modify-write: on x86 these are plain moves), and a reader sees each
 * field whole but not a consistent snapshot across fields — fine for
 * statistics read once the threads are done.
 *
 * gil_ctr points at the calling thread's counters: a registered GIL thread's
 * own block, or a thread-local scratch block for unregistered threads
 * (benchmarks, the primitives' own helpers).
 */
#ifndef GILKIT_SCHED_GIL_COUNTERS_H
#define GILKIT_SCHED_GIL_COUNTERS_H

#include <stdatomic.h>
#include <stdint.h>
#include "sched/trace.h"

#define GIL_HIST_BUCKETS 40   /* log2 of the wait in ns: bucket b holds [2^b, 2^(b+1)) */

#define GIL_COUNTER_FIELDS(X) \
    X(acquires) X(releases) X(contended) X(drop_requests) X(forced_switches) \
    X(lost_wakeups) X(timeouts) X(sleeps) X(wakes) X(spins) X(switches)      \
    X(wait_ns) X(hold_ns) X(ticks)

typedef struct GilCounters {
#define GIL_CTR_DECL(f) _Atomic uint64_t f;
    GIL_COUNTER_FIELDS(GIL_CTR_DECL)
#undef GIL_CTR_DECL
    _Atomic uint64_t wait_max_ns;
    _Atomic uint64_t hist[GIL_HIST_BUCKETS];
} GilCounters;

extern __thread GilCounters *gil_ctr;

static inline void gil_counter_add(_Atomic uint64_t *c, uint64_t n)
{
    atomic_store_explicit(c, atomic_load_explicit(c, memory_order_relaxed) + n, memory_order_relaxed);
}
#define GIL_COUNT(field) gil_counter_add(&gil_ctr->field, 1)
#define GIL_COUNT_N(field, n) gil_counter_add(&gil_ctr->field, (n))

/* A primitive is about to put the caller to sleep / is waking someone. */
static inline void gil_prim_sleep(void)
{
    GIL_COUNT(sleeps);
    trace_emit(TR_PRIM_SLEEP, 0, NULL);
}
static inline void gil_prim_wake(void)
{
    GIL_COUNT(wakes);
    trace_emit(TR_PRIM_WAKE, 0, NULL);
}

#endif
