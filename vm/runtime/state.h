/* vm/runtime/state.h — the per-thread VM state, and how an OS thread becomes a VM thread.
 *
 * Every OS thread that runs Python owns exactly one ThreadState, reachable
 * through the thread-local `vm_tstate`.  Only its own thread reads or writes
 * it (the one exception: vmstats merges `opcount` after the thread is gone).
 *
 * Exceptions.  The exception raised and not yet caught is per thread too,
 * kept by vm/objects/exc.c (exc_set, exc_fetch, exc_occurred).  `handled` is the exception an
 * `except`/`finally` block is handling right now (CPython's exc_info): a bare
 * `raise` re-raises it and a newly raised exception takes it as its
 * implicit __context__.  The eval loop saves and restores it on the value
 * stack exactly as CPython 3.8 does.
 *
 * Recursion.  Each Python frame increments `depth`; entering one beyond
 * vm_recursion_limit raises RecursionError("maximum recursion depth
 * exceeded").  Whatever the limit is set to, a frame never starts below
 * `stack_limit` (a reserve at the end of the thread's C stack), so deep
 * Python recursion, also through builtins that call back into Python, ends
 * in RecursionError, never in a C stack overflow.
 *
 * Threads (the GIL protocol of sched/gil.h, seen from the VM):
 *
 *   ThreadState *ts = vmthread_attach("Thread-1");   // on the new OS thread
 *   if (!ts) return;              // shutting down: never touch an object
 *   ... run Python (obj_call on the target) ...
 *   vmthread_detach();            // releases the GIL for good, frees ts
 *
 *   vm_block_begin("recv");       // around a blocking system call: drops the GIL
 *   n = recv(fd, buf, len, 0);    // no Object may be touched in here
 *   vm_block_end();               // takes the GIL back; at shutdown a
 *                                 // non-main thread stops inside this call
 *
 * vm_at_shutdown(fn) registers fn to run on the main thread, GIL held,
 * after the main program finishes and before gil_begin_shutdown (threading
 * joins its non-daemon threads there).  Hooks run in registration order.
 */
#ifndef GILKIT_VM_STATE_H
#define GILKIT_VM_STATE_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <time.h>
#include "vm/objects/object.h"
#include "sched/gil.h"

struct Frame;

typedef struct ThreadState {
    Object *handled;           /* exception being handled (owned) or NULL */
    struct Frame *frame;       /* innermost running Python frame (eval.c's), for super() */
    uint64_t ident;            /* _thread.get_ident(): the thread's pthread_t as a number */
    int depth;                 /* Python frames running on this thread */
    char *stack_limit;         /* a frame starting below this raises RecursionError */
    GilThread *gil;
    char name[64];
    uint64_t opcount[256];     /* instructions executed, by opcode (internal forms included) */
    uint64_t global_hits, global_misses; /* LOAD_GLOBAL inline cache */
    struct ThreadState *next;  /* all states, for the merge at exit */
    /* sys.settrace / sys.setprofile (vm/runtime/trace.h): the thread's own
     * hooks (owned, or NULL); use_hooks is set while either is and no hook
     * is running, the one flag the eval loop tests at a frame's entry and
     * exit and after a call. */
    Object *tracefunc, *profilefunc;
    int in_hook;
    bool use_hooks;
} ThreadState;

extern _Thread_local ThreadState *vm_tstate;
extern int vm_recursion_limit;     /* sys.setrecursionlimit; default 1000 */

/* A new OS thread (vm/main.c attaches the main thread the same way, as
 * "MainThread"): creates the state, registers with the GIL and measure,
 * takes the GIL.  NULL (nothing allocated) if the process is shutting down. */
ThreadState *vmthread_attach(const char *name);
/* On the thread itself, GIL held: ends measurement, drops the GIL for good,
 * frees the state (its counters are kept for --stats). */
void vmthread_detach(void);
/* Every VM thread's ident and innermost Python frame, for sys._current_frames;
 * GIL held.  The frames stay as they are while the caller keeps the GIL (a
 * thread changes its frames only with the GIL held).  A malloc'ed array of
 * *n entries (threads running no Python frame are left out), or NULL with
 * *n = 0 when memory runs out. */
typedef struct VmThreadFrame { uint64_t ident; const struct Frame *frame; } VmThreadFrame;
VmThreadFrame *vmthread_frames(size_t *n);
/* GIL_EXIT from a GIL call: the process is shutting down and this (non-main)
 * thread must stop at once without touching any object: it releases its
 * state and parks until the process exits. */
_Noreturn void vmthread_exit_now(void);

void vm_block_begin(const char *what);
void vm_block_end(void);

/* Signals on the main thread (state.c states the rule; vm/main.c calls
 * vmthread_signals_init before attaching).  SIGINT is caught from the
 * start.  vmthread_check_signals, on the main thread: handles every signal
 * recorded since the last check (KeyboardInterrupt for SIGINT, or what the
 * dispatch function does); -1 with the exception set if one raised, else 0.
 * The eval loop calls it from its slow path, blocking calls after EINTR.
 *   vm_signal_catch(sig): from now on sig is recorded for the main thread
 *     (sigaction's result).
 *   vm_signal_set_dispatch(fn): fn(sig) handles a recorded signal instead
 *     of the default (the signal module); 0, or -1 with an exception.
 *   vmthread_is_main: whether the caller is the program's main thread. */
void vmthread_signals_init(void);
int vmthread_check_signals(void);
int vm_signal_catch(int sig);
void vm_signal_set_dispatch(int (*fn)(int sig));
bool vmthread_is_main(void);

/* Blocking waits the main thread makes stop for a signal (state.c states the
 * rule).  Inside vm_block_begin/vm_block_end:
 *   vm_block_interrupted: true if a signal is pending and the caller is the
 *     main thread; a blocking system call is not started then (EINTR).
 *   vm_cond_wait: pthread_cond_(timed)wait on a CLOCK_MONOTONIC condvar,
 *     deadline NULL for none.  0 (woken, or a spurious return: re-check the
 *     condition), ETIMEDOUT, or EINTR: a signal is pending for the calling
 *     (main) thread.  After EINTR the caller ends the blocking region and
 *     raises with vmthread_check_signals. */
bool vm_block_interrupted(void);
int vm_cond_wait(pthread_cond_t *cv, pthread_mutex_t *m, const struct timespec *deadline);

/* Eval-breaker slow path for the current thread; on GIL_EXIT the thread
 * exits (vmthread_exit_now) and this never returns. */
void vmthread_service(ThreadState *ts);
void vmthread_tick(ThreadState *ts);

/* For recursion in C over a tree (the compiler's passes over deeply nested
 * source, comparing nested containers): true once the caller's frame is
 * inside the reserve at the end of its thread's C stack, the same floor
 * Python frames respect (computed on first use on a thread that is not a VM
 * thread, by the out-of-line part). */
bool vm_stack_exhausted_unattached(void);
/* The same floor for a VM thread whose state the caller holds (the eval
 * loop, before it starts a frame). */
static inline bool vm_stack_low(const ThreadState *ts)
{
    return (char *)__builtin_frame_address(0) < ts->stack_limit;
}
static inline bool vm_stack_exhausted(void)
{
    const ThreadState *ts = vm_tstate;
    return ts ? vm_stack_low(ts) : vm_stack_exhausted_unattached();
}

/* fork(2) from a VM thread holding the GIL (os.fork), as CPython's
 * PyOS_BeforeFork / PyOS_AfterFork_Parent / PyOS_AfterFork_Child:
 *   vmthread_before_fork: takes the import lock, the thread registry's lock
 *     and sched/'s (gil_before_fork), so the child inherits none of them
 *     held by a thread it does not have;
 *   vmthread_after_fork_parent: releases them;
 *   vmthread_after_fork_child: the caller becomes the child's only and main
 *     thread: the GIL and the registry are reset around it (the other
 *     threads' states are freed, what they held is abandoned), it takes
 *     SIGINT and the signals, the parent's pending signals are forgotten,
 *     and imports the other threads left unfinished are no longer waited for.
 * The GIL stays held throughout; no Python code runs in between. */
void vmthread_before_fork(void);
void vmthread_after_fork_parent(void);
void vmthread_after_fork_child(void);

/* 0, or -1 when out of memory (the caller raises MemoryError). */
int vm_at_shutdown(void (*fn)(void));
void vm_run_shutdown_hooks(void);  /* vm/main.c, once */

/* At exit: VM threads other than the caller still registered or stopped by
 * vmthread_exit_now (daemon threads abandoned at shutdown, which keep their
 * objects as CPython's do). */
unsigned vmthread_abandoned(void);
/* Sum of the per-thread counters of every thread that ever ran. */
void vmthread_totals(uint64_t opcount[256], uint64_t *hits, uint64_t *misses, unsigned *threads);

#endif
