/* vm/runtime/frame.h — a Python frame: the state of one running or suspended code object.
 *
 * Layout.  One block of memory: the Frame header, then localsplus, which
 * holds co's nlocals, then its cells, then its free variables (together
 * "fast", frame_nfast), then the value stack (co_stacksize slots).  The
 * block stack follows CPython 3.8 (SETUP_FINALLY and EXCEPT_HANDLER blocks).
 *
 * Where a frame lives.  No frame is on the C stack, so a frame's size is
 * bounded by memory, not by the thread's C stack:
 *   - an ordinary call's frame is pushed on its thread's frame arena
 *     (frame_push), a stack of malloc'd chunks, and popped (frame_pop) when
 *     the call returns, strictly last in, first out.  Pushing costs a
 *     pointer bump; a frame too big for a chunk gets a chunk of its own;
 *   - a generator's frame (frame_new_owned) is malloc'd on its own, owns
 *     references to its code and globals, and lives as long as its
 *     generator (frame_free_owned).
 *
 * States and who may touch a frame (the suspended-frame invariants):
 *   CREATED    bound, never run.  SUSPENDED  stopped at a yield: lasti is the
 *   next instruction, stacktop the value stack's depth, and the stack below
 *   it holds owned references (or the NULL and int markers of finally).
 *   RUNNING    in the eval loop on exactly one thread; lasti and stacktop
 *   are stale.  DONE  finished: fast and stack hold nothing.
 *   - Every read or write of a frame happens with the GIL held.
 *   - Only a CREATED or SUSPENDED frame may be resumed, by any thread, one
 *     at a time: its owner (the generator) marks it RUNNING before the eval
 *     loop enters it, and a second resume while it is RUNNING (a recursive
 *     next(), or another thread while the first has let the GIL go) is
 *     refused with ValueError before anything is touched.
 *   - While RUNNING, `back` is the resuming thread's caller frame and the
 *     frame is that thread's ts->frame chain; a suspended frame has no
 *     `back` and belongs to no thread.
 *   - The cycle collector walks a SUSPENDED or CREATED frame's slots
 *     through its generator; a RUNNING frame's references count as outside
 *     references, so nothing it uses can be collected under it.
 * Arena frames are only ever RUNNING (an ordinary call never suspends), on
 * the thread whose arena holds them.
 */
#ifndef GILKIT_VM_FRAME_H
#define GILKIT_VM_FRAME_H

#include <stdbool.h>
#include "vm/objects/code.h"
#include "vm/objects/object.h"

#define FRAME_MAX_BLOCKS 20
enum { BLOCK_FINALLY, BLOCK_EXCEPT_HANDLER };
typedef struct Block { int type, handler, level; } Block;

enum FrameState { FRAME_CREATED, FRAME_SUSPENDED, FRAME_RUNNING, FRAME_DONE };

typedef struct Frame {
    struct Frame *back;      /* the caller's frame while RUNNING, else NULL */
    CodeObject *co;          /* borrowed, or owned by an owned frame */
    Object *globals;         /* borrowed, or owned by an owned frame */
    Object *locals;          /* a module or class body's namespace (borrowed), else NULL */
    int lasti;               /* SUSPENDED: the instruction to resume at; RUNNING: the
                                call in progress (callers' lines for warnings, logging) */
    int stacktop;            /* SUSPENDED: value-stack depth */
    int nblocks;
    unsigned char state;     /* enum FrameState */
    bool owned;              /* malloc'd for a generator, not on the arena */
    Object *fobj;            /* the frame object trace and profile hooks see (owned), or NULL */
    Block blocks[FRAME_MAX_BLOCKS];
    Object *localsplus[];
} Frame;

/* Locals, cells and free variables: the slots before the value stack. */
static inline size_t frame_nfast(const CodeObject *co)
{
    return (size_t)co->nlocals + tuple_len(co->cellvars) + tuple_len(co->freevars);
}

/* A frame for co on the calling thread's arena, fast slots NULL, CREATED;
 * NULL with MemoryError set.  Borrows co, globals and locals. */
Frame *frame_push(CodeObject *co, Object *globals, Object *locals);
/* Pops the newest frame of the calling thread's arena (f itself); its slots
 * must already be released. */
void frame_pop(Frame *f);
/* A frame of its own for a generator: as frame_push, but it takes new
 * references to co and globals. */
Frame *frame_new_owned(CodeObject *co, Object *globals);
void frame_free_owned(Frame *f);   /* releases what it still holds, then frees */

/* Release the fast slots, and the value stack below stacktop (a suspended
 * frame's), setting each to NULL, in slot order as CPython's frame dealloc;
 * and the frame object hooks saw, which lives on as a snapshot. */
void frame_release(Frame *f, size_t stacktop);

/* The calling thread is leaving the VM: free its arena (empty by then). */
void frame_arena_fini(void);

#endif
