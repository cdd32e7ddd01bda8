/* sched/trace_sched.h — the kernel's view for --trace-sched: sched_switch,
 * sched_wakeup and sched_migrate_task of the VM's threads, recorded by
 * perf alongside the GIL trace and merged into the same timeline. */
#ifndef GILKIT_SCHED_TRACE_SCHED_H
#define GILKIT_SCHED_TRACE_SCHED_H

#include <stddef.h>
#include <stdint.h>
#include "sched/trace_buf.h"

/* Starts recording (called on the main thread before the script runs).
 * Failure (perf missing or refused) is reported in one line, never fatal. */
void trace_sched_start(const char *trace_file);
/* Stops recording; returns the kernel events as JSON fragments (each
 * followed by ",\n", malloc'd), or NULL when there are none. */
char *trace_sched_finish(TraceBuf **bufs, size_t nbuf, uint64_t t0);

#endif
