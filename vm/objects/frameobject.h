/* vm/objects/frameobject.h — frames as Python code sees them (sys._getframe).
 *
 * A frame object is a snapshot of a running frame taken when it is asked
 * for: its code, globals, line and locals then, and its caller's snapshot
 * as f_back.  gilvm's frames live on the thread's arena and go when the
 * call returns (vm/runtime/frame.h), so nothing Python holds may point
 * into one; a snapshot holds only objects.  What differs from CPython: a
 * snapshot's f_lineno and f_locals do not move on as the frame runs.
 */
#ifndef GILKIT_VM_FRAMEOBJECT_H
#define GILKIT_VM_FRAMEOBJECT_H

#include <stdbool.h>

#include "vm/objects/code.h"
#include "vm/objects/object.h"

struct Frame;

extern Type FrameObjectType;

/* A snapshot of f (not NULL) and, through f_back, of every frame it was
 * called from; NULL with MemoryError. */
Object *frameobject_snapshot(const struct Frame *f);
/* The per-frame state of trace and profile hooks (vm/runtime/trace.c),
 * kept in the frame object the hooks see. */
typedef struct FrameTrace {
    Object *trace;      /* f_trace: the frame's local trace function (owned), or NULL */
    Object *cfunc;      /* the C function a 'c_call' announced, until its c_return (owned) */
    int lb, ub, prev;   /* CPython 3.8's line window: byte offsets */
    int line;           /* f_lineno while trace is set: the last line event's line */
    bool lines, opcodes; /* f_trace_lines, f_trace_opcodes */
} FrameTrace;

/* The frame object hooks see for running frame f: made once and kept in
 * f->fobj (borrowed), its f_back the caller's own, brought up to date
 * with f's line (f->lasti) and locals.  NULL with MemoryError. */
Object *frameobject_live(struct Frame *f);
FrameTrace *frameobject_trace(Object *fo);
/* fo.f_trace = fn (borrowed; NULL unsets). */
void frameobject_set_trace(Object *fo, Object *fn);
/* A traceback entry's frame, which may have returned: co with the globals
 * and locals the entry kept, at instruction byte offset lasti, no f_back. */
Object *frameobject_detached(CodeObject *co, Object *globals, Object *locals, int lasti);
/* A dict of the values in a frame's slots (localsplus) by name; new
 * reference, NULL with MemoryError. */
Object *frameobject_locals(const CodeObject *co, Object *const *slots);

#endif
