/* sched/trace_out.h — turn recorded GIL events into per-thread state
 * intervals and write them as Chrome trace-event JSON and as CSV. */
#ifndef GILKIT_SCHED_TRACE_OUT_H
#define GILKIT_SCHED_TRACE_OUT_H

#include <stdio.h>
#include <stdint.h>
#include "sched/trace_buf.h"

/* bufs: all threads' buffers, in registration order.  t0: time origin.
 * kernel: an already-open JSON fragment stream of kernel events (each a
 * complete object followed by ",\n"), or NULL.  Returns 0, -1 on I/O error. */
int trace_out_json(FILE *f, TraceBuf **bufs, size_t nbuf, uint64_t t0,
                   const char *kernel_events);
int trace_out_csv(FILE *f, TraceBuf **bufs, size_t nbuf, uint64_t t0);

#endif
