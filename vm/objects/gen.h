/* vm/objects/gen.h — generators and coroutines: a generator or async def's frame, resumed by next, send, throw and close. */
#ifndef GILKIT_VM_GEN_H
#define GILKIT_VM_GEN_H

#include "vm/objects/object.h"

struct Frame;
struct CodeObject;

extern Type GenType, CoroType, CoroWrapperType, AsyncGenType;

/* A generator, coroutine or async generator over f, as f's code flags say
 * (frame_new_owned, arguments bound; taken, also on failure); name and
 * qualname are borrowed. */
Object *gen_new(struct Frame *f, Object *name, Object *qualname);
/* Whether o is one of those three, resumed directly rather than by methods. */
bool gen_is_resumable(const Object *o);

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

/* GET_AWAITABLE: the iterator `await o` drives (o itself for a coroutine),
 * or NULL with TypeError or RuntimeError.  what_for, when not NULL, is the
 * start of the message naming where o came from ("'async with' received
 * an object from __aenter__"). */
Object *gen_awaitable(Object *o, const char *what_for);
/* GET_AITER: o.__aiter__(), checked to have __anext__; NULL on error. */
Object *gen_aiter(Object *o);
/* GET_ANEXT: the awaitable of aiter.__anext__(); NULL on error. */
Object *gen_anext(Object *aiter);
/* anext(aiter, default)'s awaitable: it awaits awaitable (what __anext__()
 * returned) and evaluates to deflt where that raises StopAsyncIteration. */
Object *gen_anext_default(Object *awaitable, Object *deflt);
/* GET_YIELD_FROM_ITER in code co: what `yield from o` delegates to. */
Object *gen_yield_from_iter(Object *o, const struct CodeObject *co);

#endif
