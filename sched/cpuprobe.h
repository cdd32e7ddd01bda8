/* sched/cpuprobe.h — how fast each allowed CPU runs right now.
 *
 * A virtual CPU's speed is not fixed: on a shared host one vCPU can run
 * every program about twice as slowly for minutes at a time (a busy SMT
 * sibling, a throttled core).  A run record that carries each CPU's speed
 * at the start of the run lets a summary keep such runs apart instead of
 * mixing them into a median (experiments/summarize). */
#ifndef GILKIT_SCHED_CPUPROBE_H
#define GILKIT_SCHED_CPUPROBE_H

#include <sched.h>
#include <stddef.h>

/* Runs a fixed, interpreter-like piece of work pinned to each CPU of
 * `cpus` in turn (best of a few tries each) and writes "CPU=µs;..." into
 * buf: the microseconds one piece took.  The caller's affinity is `cpus`
 * again afterwards.  Call on a thread that may be moved (the main thread,
 * before others start).  0, or -1 with buf empty (affinity refused). */
int cpuprobe_run(const cpu_set_t *cpus, char *buf, size_t len);

#endif
