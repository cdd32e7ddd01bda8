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

#include "vm/objects/code.h"
#include "vm/objects/object.h"

struct Frame;

extern Type FrameObjectType;

/* A snapshot of f (not NULL) and, through f_back, of every frame it was
 * called from; NULL with MemoryError. */
Object *frameobject_snapshot(const struct Frame *f);
/* A traceback entry's frame, which may have returned: co with the globals
 * and locals the entry kept, at instruction byte offset lasti, no f_back. */
Object *frameobject_detached(CodeObject *co, Object *globals, Object *locals, int lasti);
/* A dict of the values in a frame's slots (localsplus) by name; new
 * reference, NULL with MemoryError. */
Object *frameobject_locals(const CodeObject *co, Object *const *slots);

#endif
