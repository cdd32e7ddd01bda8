/* vm/runtime/eval.h — running code objects: functions, cells, frames and the eval loop.
 *
 * A Python call runs in one C call of the eval loop (eval.c); arguments are
 * bound by func.c into a frame (vm/runtime/frame.h).  Frames are not
 * objects: an ordinary call's frame lives on its thread's frame arena for
 * the length of the call, a generator's as long as the generator, and
 * tracebacks keep (code, line) pairs instead, so nothing outlives its call
 * by accident.
 */
#ifndef GILKIT_VM_EVAL_H
#define GILKIT_VM_EVAL_H

#include "vm/objects/code.h"
#include "vm/objects/object.h"

struct Frame;

typedef struct FunctionObject {
    Object ob;
    Object *code;       /* CodeObject */
    Object *globals;    /* dict */
    Object *name, *qualname;  /* str */
    Object *defaults;   /* tuple or NULL */
    Object *kwdefaults; /* dict or NULL */
    Object *closure;    /* tuple of cells or NULL */
    Object *dict;       /* __dict__, created on first use */
    Object *module;     /* __module__: globals' __name__ at creation, or NULL */
    struct WeakRefObject *weaklist;
} FunctionObject;

typedef struct CellObject { Object ob; Object *ref; } CellObject;

/* func.c */
Object *func_new(Object *code, Object *globals, Object *qualname); /* borrows */
/* f.__annotations__ = ann (a dict; NULL deletes): 0, or -1 with TypeError. */
int func_set_annotations(Object *f, Object *ann);
Object *cell_new(Object *value);                                   /* borrows; value may be NULL */

/* Run a module or class body: `locals` receives the names it binds. */
Object *eval_code(Object *code, Object *globals, Object *locals);
/* Run an ordinary call's frame (frame_push'd, its arguments bound) to the
 * end, then release its slots and pop it. */
Object *eval_frame(struct Frame *f);
/* Run a generator's frame (CREATED or SUSPENDED; the caller has checked it
 * is not RUNNING) until it yields, returns or raises; f->state tells which.
 * throwflag: the pending exception is raised at the point of suspension. */
Object *eval_resume(struct Frame *f, bool throwflag);
/* 1 with *delegate (borrowed) when suspended f waits in `yield from`, else 0. */
int eval_frame_delegate(const struct Frame *f, Object **delegate);

/* The running frame's globals (borrowed; NULL outside any frame) and its
 * locals as a dict (new reference): eval() and exec()'s defaults. */
Object *eval_frame_globals(void);
Object *eval_frame_locals(void);

/* The builtins every frame sees (LOAD_GLOBAL's second dict). */
Object *eval_builtins(void);   /* borrowed */
/* Makes `builtins` (borrowed; kept alive by the caller until exit) the
 * builtins of every frame and adds __build_class__ to it; -1 on failure. */
int eval_init(Object *builtins);

/* An instruction budget for the calling thread, for the fuzzer
 * (tests/fuzz/fuzz_vm.c): n > 0 lets about n more ticking instructions run
 * (charged in steps of 1000 on the tick slow path, so the fast path pays
 * nothing), after which every further one raises RuntimeError("instruction
 * budget exhausted"); n = 0 (the default) is unlimited. */
void eval_set_tick_budget(int64_t n);

/* True once an instruction gilvm refuses has run (eval.c printed the one
 * line and raised SystemExit(2)): the process must end with status 2. */
bool eval_refused(void);
/* Lets the next program's handlers run again: for a host that runs many
 * programs in one process (the fuzzer), never for gilvm itself. */
void eval_refused_clear(void);

/* Honest switches and counters for --stats. */
extern bool eval_global_cache_on;  /* --no-global-cache clears it */
/* Add the 3.8 instructions run inside fused internal forms of code objects
 * already freed (all of them, after finalization) to opcount. */
void eval_fused_counts(uint64_t opcount[256]);
/* Ints a fused form updated in place in those code objects: each one an
 * allocation and a free the program made, for --stats' object counts. */
uint64_t eval_fused_reused(void);
/* Instructions the calling thread has run, as CPython 3.8 counts them (a
 * fused run is its four): pacing's measure of work (sched/gil.h). */
uint64_t eval_thread_instructions(void);

#endif
