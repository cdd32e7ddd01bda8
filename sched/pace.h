/* sched/pace.h — pacing: gilvm runs an emulated interpreter's instructions
 * at that interpreter's speed on this machine.
 *
 * The unit is the tick (gil.h: an instruction that is not a fast-path
 * opcode).  With pacing on, gil.c arms every thread's tick budget at most
 * PACE_QUANTUM ticks ahead; at each expiry the holder, still holding the
 * GIL, busy-waits until the window's ticks have taken ns_per_tick each
 * since the window began (its own work included).  So the GIL is held, and
 * the CPU kept busy, as long as the emulated interpreter would keep them:
 * a whole-interpreter property, not a per-workload constant.  A window
 * restarts whenever the thread (re)acquires the GIL: time spent waiting or
 * blocked is never paid back. */
#ifndef GILKIT_SCHED_PACE_H
#define GILKIT_SCHED_PACE_H

#include <stdbool.h>
#include <stdint.h>

enum { PACE_QUANTUM = 100 };

/* ns_per_tick < 0: off (the raw VM speed).  source: where the figure comes
 * from, for the record (copied). */
void pace_configure(double ns_per_tick, const char *source);
bool pace_on(void);
double pace_ns_per_tick(void);      /* -1 when off */
const char *pace_source(void);      /* "" when off */
/* Busy-wait until *mark_ns + ticks * ns_per_tick, then restart the window
 * at the current time. */
void pace_spend(uint64_t *mark_ns, int64_t ticks);

#endif
