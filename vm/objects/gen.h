/* vm/objects/gen.h — generator objects: a generator function's frame, resumed by next, send, throw and close. */
#ifndef GILKIT_VM_GEN_H
#define GILKIT_VM_GEN_H

#include "vm/objects/object.h"

struct Frame;

extern Type GenType;

/* A generator over f (frame_new_owned, arguments bound; taken, also on
 * failure); name and qualname are borrowed. */
Object *gen_new(struct Frame *f, Object *name, Object *qualname);

/* next(gen): the value yielded; NULL at the end, with StopIteration(value)
 * set when the generator returned a value other than None (Type.iternext
 * drops it: exhausted is NULL without an exception there). */
Object *gen_next(Object *gen);

/* YIELD_FROM's step: send v into delegate (a generator, or any iterator:
 * next() for None, else its send method).  The value it yields, or NULL
 * when it finished or failed: then gen_fetch_stop_value. */
Object *gen_delegate_send(Object *delegate, Object *v);
/* After a NULL from an iterator: 0 with *value (owned) its return value
 * (StopIteration's value, None when it just ended), the exception cleared;
 * -1 if another exception is pending. */
int gen_fetch_stop_value(Object **value);

#endif
