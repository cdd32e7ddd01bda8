/* sched/trace_buf.h — the per-thread event buffers behind sched/trace.h,
 * shared by the recorder (trace.c) and the writers (trace_out.c).
 *
 * Invariants.
 *   - A TraceBuf belongs to one thread (its owner).  Only the owner writes
 *     rec[] and stores n; it stores n with release order after filling
 *     rec[n-1], so a reader that loads n with acquire order sees complete
 *     records below it.  Nothing is ever overwritten, so a reader never races
 *     a writer on the same slot.
 *   - dropped / drop_t are written by the owner only; readers load them
 *     after trace_on is cleared (a late event may be missed, never torn).
 *   - Buffers are linked into one list at registration (under a mutex, once
 *     per thread) and freed only by trace_finish, after recording stopped.
 */
#ifndef GILKIT_SCHED_TRACE_BUF_H
#define GILKIT_SCHED_TRACE_BUF_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct TraceRec {
    uint64_t t_ns;        /* CLOCK_MONOTONIC */
    const char *label;    /* static string (blocking call name) or NULL */
    uint32_t arg;         /* GIL_RELEASE: GilDropReason */
    uint16_t ev;          /* TraceEvent */
    int16_t cpu;          /* sched_getcpu(), -1 if unknown */
} TraceRec;

typedef struct TraceBuf {
    struct TraceBuf *next;
    int tid;
    unsigned index;       /* registration order: 0 is the main thread */
    char name[48];
    size_t cap;
    _Atomic size_t n;
    _Atomic uint64_t dropped;
    _Atomic uint64_t drop_t;  /* time of the first drop, 0 if none */
    _Atomic bool ended;       /* the owner let go (trace_thread_end): it writes no more */
    uint64_t cut_t;           /* trace_finish's only: where --trace-window ended the recording, 0 if not */
    TraceRec rec[];
} TraceBuf;

#endif
