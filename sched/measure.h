/* sched/measure.h — what the OS did during a run, as the VM drives it.
 *
 * Call order (all from vm/main.c and the VM's thread start-up):
 *   measure_init()            once, after options, before the first VM thread starts:
 *                             applies --cpus/--pin/--sched/--nice (exit 2 on bad values),
 *                             opens the process-wide (inherit) perf counters.
 *   measure_thread_begin(n)   on every VM thread (main included) as it starts: opens its
 *                             own counter group, applies pinning and scheduling class.
 *   measure_thread_end()      on the thread before it exits: reads and keeps its counts.
 *   measure_finish(&run)      once at exit: reads totals, prints --stats, appends the
 *                             --csv / --json record.
 *
 * --timeout: measure_init starts a watchdog (sched/watchdog.h).  When it
 * fires before measure_finish, it writes the record itself (exit_status
 * 124, timed_out 1, the VM-side columns it cannot know absent) from its own
 * thread, without the GIL, and _exits 124; measure_finish, reached after
 * that, never returns.  measure_describe_run gives it the script's name
 * and arguments beforehand.
 */
#ifndef GILKIT_SCHED_MEASURE_H
#define GILKIT_SCHED_MEASURE_H

#include <stdint.h>
#include "sched/cliopt.h"

typedef struct MeasureRun {
    const char *script;            /* path as given, or "-c" / "-" */
    int argc; char **argv;         /* the script's arguments (sys.argv[1:]) */
    unsigned threads;              /* VM threads that ran, main included */
    uint64_t instructions;         /* VM instructions executed */
    int exit_status;
} MeasureRun;

int measure_init(void);            /* 0, or -1 after printing one line (caller exits 2) */
void measure_describe_run(const char *script, int argc, char **argv);  /* kept, not copied */
void measure_thread_begin(const char *name);
void measure_thread_end(void);
int measure_finish(const MeasureRun *run); /* -1 if the record could not be written (reported) */
/* In a fork(2) child, from gil_after_fork_child only: the run's measurement
 * is the parent's, so from now on nothing is counted, printed or written
 * (measure_finish returns 0 at once), --timeout no longer applies and
 * SIGTERM ends the child by its default action (watchdog.h). */
void measure_after_fork_child(void);
/* The run is another program (bin/gilrun), called before measure_init: the
 * record takes rusage from the reaped children and leaves the GIL and VM
 * columns absent.  The --timeout watchdog calls stop_child (which must kill
 * and reap the child) before it writes the record. */
void measure_foreign(void (*stop_child)(void));
extern const CliOption measure_options[];  /* --stats --csv --json --events --cpus --pin --sched --rtprio --nice --timeout */
extern int measure_stats_wanted;           /* --stats given: the VM prints its own block too */

#endif
