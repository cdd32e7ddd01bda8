/* sched/pace.h — pacing: gilvm runs an emulated interpreter's instructions
 * at that interpreter's speed on this machine.
 *
 * The unit of code is the instruction (a 3.8 instruction, as the VM counts
 * them: a fused pair of loads, an operation and a store is four).  The
 * unit of cost is the pace unit: one instruction of a miniature eval loop
 * (pace.c), so a unit costs more or less exactly when the CPU runs
 * interpreters slower or faster (frequency, a busy SMT sibling: on a
 * shared VM one vCPU at times runs every CPython, gilvm and this unit
 * about 2x slower than the other).  A pace is work per instruction, not
 * time, so it needs no clock and holds when the machine's speed changes
 * after calibration; a holder that is preempted still owes its work, as a
 * real interpreter would.
 *
 * Why per instruction and not per tick: CPython's cost is a dispatch per
 * instruction plus the instruction's own work, and gilvm's own cost has
 * the same shape, so the difference spreads over instructions.  Measured
 * against CPython 2.6.4 and 3.2 on six loop shapes besides the countdown
 * both figures are calibrated on (a subscript spin, calls, attributes,
 * list methods, dict methods, arithmetic), pacing per instruction missed
 * the real times by 13% and 7% on average, per tick by 30% and 20%: a
 * loop dense in ticking instructions (the convoy's spinner) ran 1.35x too
 * slow per tick and within 2% per instruction.
 *
 * With pacing on, gil.c arms every thread's tick budget at most
 * PACE_QUANTUM ticks ahead and, whenever the budget is settled (it ran
 * out, or the holder drops the GIL), the holder, still holding the GIL,
 * spends `work_per_instruction` units for each instruction run since the
 * last settlement (the VM counts them: gil_count_instructions_with): on
 * top of gilvm's own cost, the emulated interpreter's extra cost.
 * bench/calibrate measures that figure against a real interpreter on the
 * same CPU. */
#ifndef GILKIT_SCHED_PACE_H
#define GILKIT_SCHED_PACE_H

#include <stdbool.h>
#include <stdint.h>

enum { PACE_QUANTUM = 100 };

/* work_per_instruction < 0: off (the raw VM speed).  source: where the
 * figure comes from, for the record (copied). */
void pace_configure(double work_per_instruction, const char *source);
bool pace_on(void);
double pace_work_per_instruction(void);    /* -1 when off */
const char *pace_source(void);             /* "" when off */
/* Spend the extra cost of n instructions: n * work_per_instruction units. */
void pace_spend(uint64_t instructions);

#endif
