/* sched/gil.h — the GIL as the VM sees it.  vm/ includes this header and
 * nothing else from sched/ for the lock (measure.h and trace.h are the
 * other two seams).
 *
 * Model.  One GIL per process.  A VM thread registers once (gil_thread_new,
 * on the thread itself), then alternates between holding the GIL and not.
 * While it does not hold the GIL it must not touch any VM object (see the
 * invariant in vm/objects/object.h).
 *
 * Polling.  The eval loop polls at instruction boundaries:
 *   - gil_eval_breaker: nonzero when some thread wants the holder to act
 *     (a drop request, a priority preemption, shutdown).  One relaxed load
 *     and a predictable branch on the fast path; gil_service() is the slow
 *     path.
 *   - GilThread.ticks: the VM decrements it wherever CPython would count
 *     an instruction against its check interval (not after its fast-path
 *     instructions, predicted pairs or bool jumps — the VM decides) and calls
 *     gil_tick() when it goes below zero.  The policy arms it: py26 with the
 *     check interval, interval-based policies with a large value.  The VM
 *     never knows which policy runs.
 * Both slow paths return with the GIL held again (possibly after other
 * threads ran), or GIL_EXIT when the process is shutting down and this
 * thread must never run Python again (daemon threads at exit).
 */
#ifndef GILKIT_SCHED_GIL_H
#define GILKIT_SCHED_GIL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "sched/cliopt.h"

typedef struct GilThread {
    int32_t ticks;          /* VM-decremented tick budget (see above); owner thread only */
    struct GilThreadPriv *priv; /* policy/primitive/counter state, sched-private */
} GilThread;

extern _Atomic uint32_t gil_eval_breaker;

static inline bool gil_breaker_set(void)
{
    return atomic_load_explicit(&gil_eval_breaker, memory_order_relaxed) != 0;
}

/* The VM's own reasons to stop at the next instruction boundary (a pending
 * signal) share the breaker word: these bits belong to the VM, policies
 * ignore them.  Async-signal-safe (one atomic read-modify-write). */
enum { GIL_BRK_VM_SIGNAL = 1u << 31 };
static inline void gil_breaker_raise_vm(uint32_t bits)
{
    atomic_fetch_or_explicit(&gil_eval_breaker, bits, memory_order_relaxed);
}
static inline void gil_breaker_lower_vm(uint32_t bits)
{
    atomic_fetch_and_explicit(&gil_eval_breaker, ~bits, memory_order_relaxed);
}

enum { GIL_OK = 0, GIL_EXIT = 1 };

/* Why a holder gives the GIL up (recorded in counters and the trace). */
typedef enum { GIL_DROP_VOLUNTARY, GIL_DROP_FORCED, GIL_DROP_TICK, GIL_DROP_EXIT } GilDropReason;

/* Process setup: creates the GIL with the policy and primitive chosen by
 * --gil/--lock (or their environment variables).  Returns 0, or -1 after
 * printing one line why (e.g. io_uring refused), in which case the caller
 * exits 2. */
int gil_init(void);
void gil_fini(void);

/* Thread registration, on the thread itself. `name` is the Python thread name. */
GilThread *gil_thread_new(const char *name);
void gil_thread_free(GilThread *t);

/* Pacing (pace.h) charges per instruction, and only the VM sees them: it
 * gives the count of instructions the calling thread has run so far, which
 * never decreases (0 before the thread runs any).  Called on the holder's
 * own thread with the GIL held, only while pacing is on.  Without one,
 * pacing spends nothing. */
void gil_count_instructions_with(uint64_t (*count)(void));

int gil_take(GilThread *t);                       /* GIL_OK or GIL_EXIT */
void gil_drop(GilThread *t, GilDropReason why);
int gil_service(GilThread *t);                    /* eval-breaker slow path */
int gil_tick(GilThread *t);                       /* tick budget exhausted */

/* Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS around a blocking call.
 * `what` names it for counters and the trace: "sleep", "read", "recv", ... */
void gil_blocking_begin(GilThread *t, const char *what);
int gil_blocking_end(GilThread *t);               /* GIL_OK or GIL_EXIT */

/* Shutdown: after this, any thread other than the caller that tries to take
 * the GIL gets GIL_EXIT, and the breaker is set so running ones stop. */
void gil_begin_shutdown(GilThread *self);

/* fork(2) from a VM thread that holds the GIL (os.fork), in CPython's
 * PyOS_BeforeFork / PyOS_AfterFork_Parent / PyOS_AfterFork_Child manner:
 *
 *   gil_before_fork();            // GIL held; takes sched/'s own locks
 *   pid = fork();
 *   if (pid == 0) gil_after_fork_child(self);   // self: the forking thread's
 *   else          gil_after_fork_parent();      // releases them again
 *
 * Only the forking thread exists in the child.  gil_after_fork_child makes
 * the child's sched/ state as if self were the process's only thread,
 * holding the GIL: the primitive's process-wide state (an io_uring ring is
 * shared with the parent, so the child gets new ones), the policy's state
 * (new mutexes, conditions, semaphores and queues; the old ones, which the
 * vanished threads may hold or wait on, are abandoned), the thread registry
 * (self alone), the drop and preemption requests.  Measurement is the
 * parent's: the child counts nothing and writes nothing at exit (no --csv
 * or --json record, no --stats, no --trace files), and has no --timeout.
 * GilThread handles of the other threads are gone in the child. */
void gil_before_fork(void);
void gil_after_fork_parent(void);
void gil_after_fork_child(GilThread *self);

/* sys.setswitchinterval / setcheckinterval and their getters. */
int gil_set_switch_interval(double seconds);      /* -1: ValueError-worthy value */
double gil_get_switch_interval(void);
int gil_set_check_interval(int ticks);
int gil_get_check_interval(void);

/* Tables (one row per policy / primitive; everything else derives from them). */
typedef struct GilTableRow { const char *name, *help; } GilTableRow;
size_t gil_policy_names(const GilTableRow **rows);
size_t gil_lock_names(const GilTableRow **rows);
const char *gil_policy_name(void);                /* the active one */
const char *gil_lock_name(void);

/* Command-line rows: --gil, --lock, --emulate, --pace, --calibration
 * (+ env GILVM_GIL, GILVM_LOCK, GILVM_EMULATE, GILVM_PACE, GILVM_CALIBRATION). */
extern const CliOption gil_options[];

/* Counters: totals for the CSV record and a --stats block. */
typedef struct GilTotals {
    uint64_t acquires, releases, contended, drop_requests, forced_switches,
        lost_wakeups, timeouts, sleeps, wakes, spins, switches,
        ticks;              /* counted only while pacing arms the budget (pace.h) */
    double wait_s, wait_max_s, hold_s;
    unsigned threads;
} GilTotals;
void gil_totals(GilTotals *out);
void gil_stats_print(FILE *f);
/* Threads registered right now (gil_thread_new without gil_thread_free):
 * above 1 at exit means daemon threads were stopped and abandoned their
 * objects, so a leak check cannot expect every object freed. */
unsigned gil_threads_registered(void);

#endif
