/* vm/objects/weakref.h — weak references: weakref.ref and the proxies
 * (vm/objects/weakref.c).
 *
 * A weakly referenceable type names, in Type.weaklistoffset, a field of
 * its instances that heads the list of the weakrefs to them (NULL: none).
 * The dealloc of such a type calls weakref_clear_refs when that field is
 * set, after any finalizer and before it releases anything else; the
 * collector clears the weakrefs of the garbage it finds (vm/objects/gc.c).
 */
#ifndef GILKIT_VM_WEAKREF_H
#define GILKIT_VM_WEAKREF_H

#include <stdbool.h>
#include <sys/types.h>

#include "vm/objects/object.h"

typedef struct WeakRefObject WeakRefObject;

/* weakref.ref (subclassable), and weakref.proxy's two types: the
 * callable one for a callable referent. */
extern Type WeakRefType, WeakProxyType, WeakCallableProxyType;

/* The head of o's weakref list, NULL when o cannot be weakly referenced. */
static inline WeakRefObject **weakref_head(Object *o)
{
    size_t off = o->type->weaklistoffset;
    return off ? (WeakRefObject **)((char *)o + off) : NULL;
}

/* A ref to o, or a proxy (callback NULL or None: none).  A plain ref or
 * proxy without a callback is shared: asking again returns the same one.
 * TypeError "cannot create weak reference to 'X' object". */
Object *weakref_new(Type *type, Object *o, Object *callback);
Object *weakref_proxy_new(Object *o, Object *callback);
/* getweakrefcount and getweakrefs (a list, oldest plain ones first). */
size_t weakref_count(Object *o);
Object *weakref_list(Object *o);

/* o is dying (refcount zero): every weakref to o is cleared, then their
 * callbacks are called; an error in one is reported, not raised. */
void weakref_clear_refs(Object *o);

/* The collector's steps.  Weakrefs cleared, whose callbacks are still to
 * be called: each held by the chain, linked through its own list field. */
typedef struct WeakRefPending { WeakRefObject *first, *last; } WeakRefPending;
/* o is a ref or a proxy (or of a subclass of ref). */
bool weakref_check(Object *o);
/* The weakref wr forgets its referent without calling its callback. */
void weakref_detach(Object *wr);
/* Every weakref to o is cleared; those with a callback join *pending
 * (NULL: none is ever called). */
void weakref_clear(Object *o, WeakRefPending *pending);
/* Calls the callbacks of the chain, each with its weakref, and empties it. */
void weakref_call_pending(WeakRefPending *pending);

#endif
