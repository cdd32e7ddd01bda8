/* vm/runtime/eval.h — running code objects: functions, cells, frames and the eval loop.
 *
 * A Python call runs in one C call of the eval loop (eval.c); arguments are
 * bound by func.c.  Frames are not objects: a frame lives on the C stack of
 * the call that runs it, and tracebacks keep (code, line) pairs instead, so
 * nothing outlives its call by accident.
 */
#ifndef GILKIT_VM_EVAL_H
#define GILKIT_VM_EVAL_H

#include "vm/objects/code.h"
#include "vm/objects/object.h"

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
} FunctionObject;

typedef struct CellObject { Object ob; Object *ref; } CellObject;

/* func.c */
Object *func_new(Object *code, Object *globals, Object *qualname); /* borrows */
Object *cell_new(Object *value);                                   /* borrows; value may be NULL */

/* Run a module or class body: `locals` receives the names it binds. */
Object *eval_code(Object *code, Object *globals, Object *locals);
/* Run a function's code with its arguments already bound: localsplus holds
 * nlocals + cells + frees (owned; eval_frame releases them) followed by room
 * for the value stack. */
Object *eval_frame(CodeObject *co, Object *globals, Object *locals, Object **localsplus);
/* Slots a frame of co needs (locals, cells, frees and value stack). */
size_t eval_frame_slots(const CodeObject *co);
/* Release the first n slots of a frame that will not run (XDECREF each). */
void eval_release_slots(Object **localsplus, size_t n);

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

/* Honest switches and counters for --stats. */
extern bool eval_global_cache_on;  /* --no-global-cache clears it */
/* Add the 3.8 instructions run inside fused internal forms of code objects
 * already freed (all of them, after finalization) to opcount. */
void eval_fused_counts(uint64_t opcount[256]);
/* Ints a fused form updated in place in those code objects: each one an
 * allocation and a free the program made, for --stats' object counts. */
uint64_t eval_fused_reused(void);

#endif
