/* sched/pace.h — pacing: gilvm runs an emulated interpreter's instructions
 * at that interpreter's speed on this machine.
 *
 * The unit of code is the tick (gil.h: an instruction CPython would charge
 * to its check interval).  The unit of cost is the pace unit: one step of
 * an indirect-branch dispatch loop, the kind of code an interpreter's
 * eval loop is, so a unit costs more or less exactly when the CPU runs
 * interpreters slower or faster (frequency, a busy SMT sibling sharing the
 * branch predictor: on a shared VM one vCPU was measured running every
 * CPython and this loop 1.7-2x slower than the other, while plain
 * arithmetic ran at the same speed on both).  A pace is work per tick, not
 * time per tick, so it needs no clock and holds when the machine's speed
 * changes after calibration; a holder that is preempted still owes its
 * work, as a real interpreter would.
 *
 * With pacing on, gil.c arms every thread's tick budget at most
 * PACE_QUANTUM ticks ahead and, whenever the budget is settled (it ran
 * out, or the holder drops the GIL), the holder, still holding the GIL,
 * spends `work_per_tick` units for each tick run: on top of gilvm's own
 * cost, the emulated interpreter's extra cost.  bench/calibrate measures
 * that figure against a real interpreter on the same CPU. */
#ifndef GILKIT_SCHED_PACE_H
#define GILKIT_SCHED_PACE_H

#include <stdbool.h>
#include <stdint.h>

enum { PACE_QUANTUM = 100 };

/* work_per_tick < 0: off (the raw VM speed).  source: where the figure
 * comes from, for the record (copied). */
void pace_configure(double work_per_tick, const char *source);
bool pace_on(void);
double pace_work_per_tick(void);    /* -1 when off */
const char *pace_source(void);      /* "" when off */
/* Spend the extra cost of `ticks` ticks: ticks * work_per_tick units. */
void pace_spend(int64_t ticks);

#endif
