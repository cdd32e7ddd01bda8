/* sched/trace.h — GIL event recording (--trace=FILE).
 *
 * Each registered thread appends fixed-size events to its own buffer
 * without locks; nothing here ever blocks the GIL holder.  A full buffer
 * drops events and counts the drops.  The buffers are written out at exit.
 * When tracing is off, trace_emit is one predictable branch.
 */
#ifndef GILKIT_SCHED_TRACE_H
#define GILKIT_SCHED_TRACE_H

#include <stdbool.h>
#include <stdint.h>
#include "sched/cliopt.h"

#define TRACE_EVENT_LIST(X)                                            \
    X(THREAD_START)  X(THREAD_EXIT)                                    \
    X(GIL_REQUEST)   X(GIL_ACQUIRE)   X(GIL_RELEASE)                   \
    X(DROP_REQUEST)  X(FORCED_WAIT_BEGIN) X(FORCED_WAIT_END)           \
    X(LOST_WAKEUP)   X(BLOCK_BEGIN)   X(BLOCK_END)                     \
    X(PRIM_SLEEP)    X(PRIM_WAKE)                                      \
    X(GC_BEGIN)      X(GC_END)

typedef enum {
#define TRACE_ENUM(n) TR_##n,
    TRACE_EVENT_LIST(TRACE_ENUM)
#undef TRACE_ENUM
    TR__COUNT
} TraceEvent;

extern bool trace_on;
void trace_emit_(TraceEvent ev, uint32_t arg, const char *label);
/* arg: for GIL_RELEASE a GilDropReason, for GC_BEGIN/GC_END the generation
 * collected (the collector runs with the GIL held: a slice inside
 * "running"); label: blocking call name or NULL
 * (a string that lives until exit: it is read when the trace is written). */
static inline void trace_emit(TraceEvent ev, uint32_t arg, const char *label)
{
    if (__builtin_expect(trace_on, 0))
        trace_emit_(ev, arg, label);
}

void trace_thread_begin(const char *name); /* on the thread; allocates its buffer */
void trace_thread_end(void);
/* Before the run: can the --trace files be written at the end?  0, or -1
 * with a one-line reason in err (exit 2). */
int trace_check_targets(char *err, size_t n);
/* In a fork(2) child, from gil_after_fork_child only: the trace is the
 * parent's; no more events, and trace_finish writes nothing. */
void trace_after_fork_child(void);
int trace_finish(void);                    /* write the files; -1 on I/O error (reported) */
uint64_t trace_dropped(void);             /* events dropped so far (full buffers) */
extern const CliOption trace_options[];

#endif
