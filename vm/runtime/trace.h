/* vm/runtime/trace.h — sys.settrace and sys.setprofile: per-thread hooks the eval loop calls.
 *
 * As CPython 3.8.  Each thread has its own trace and profile function
 * (ThreadState.tracefunc, .profilefunc).  The trace function gets 'call'
 * when a frame starts or resumes and returns the frame's local trace
 * function (frame.f_trace), which then gets 'line', 'return', 'exception'
 * and, with f_trace_opcodes set, 'opcode'.  The profile function gets
 * 'call' and 'return' for Python frames and 'c_call', 'c_return',
 * 'c_exception' around calls of built-in functions from Python code.
 *
 * Cost.  With no hook set nothing here runs: the eval loop tests the one
 * flag ts->use_hooks when a frame starts, after it ends and after a call.
 * A frame that starts (or, after a call, goes on) while a hook is set runs
 * its instructions through one extra step, trace_instr, which also gives a
 * hook set later its events in that frame.
 *
 * Rules.  Hooks run with the GIL held, on their own thread, with hooks off
 * for that thread while one runs (ts->in_hook), so a hook is never
 * re-entered.  A hook that raises is unset and its exception propagates
 * from the point of the event (a trace function's frame loses its f_trace).
 * An event fired while an exception is pending ('return' from a frame
 * that raised, 'exception', 'c_exception') leaves that exception as it
 * was unless the hook itself raises.
 */
#ifndef GILKIT_VM_TRACE_H
#define GILKIT_VM_TRACE_H

#include <stdbool.h>
#include <stdint.h>
#include "vm/runtime/frame.h"
#include "vm/runtime/state.h"

/* sys.settrace(fn) / sys.setprofile(fn) for the calling thread (None
 * unsets); sys.gettrace / getprofile: the hook, borrowed, or NULL. */
void trace_set_trace(Object *fn);
void trace_set_profile(Object *fn);

/* A frame starts (fresh) or resumes: 'call' to each hook.  0, or -1 with
 * the hook's exception set (the frame must not run). */
int trace_frame_enter(ThreadState *ts, Frame *f, bool fresh);
/* It ends, returning r, or raising (r NULL), or yielding r: 'return' to
 * each hook.  The result to pass on: r, or NULL if a hook raised. */
Object *trace_frame_exit(ThreadState *ts, Frame *f, Object *r);
/* The frame runs (again) through trace_instr from here: a new line window. */
void trace_frame_reset(Frame *f);
/* Before instruction `at` (index) of f, op and oparg its 3.8 form and sp
 * the value stack: c_return of a call just finished, 'line' and 'opcode',
 * c_call before a call of a built-in.  0, or -1 with an exception raised
 * at that instruction. */
int trace_instr(ThreadState *ts, Frame *f, int at, unsigned op, uint32_t oparg, Object **sp);
/* An exception was raised in f (its traceback has f's entry, or a for
 * loop's iterator ended with StopIteration): c_exception of a built-in call
 * that raised it, then 'exception'.  0, or -1 if a hook raised, whose
 * exception replaces the pending one. */
int trace_raised(ThreadState *ts, Frame *f);

#endif
