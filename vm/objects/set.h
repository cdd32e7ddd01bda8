/* vm/objects/set.h — set and frozenset: unordered collections of hashable
 * items (vm/objects/set.c).  Both share one layout; a frozenset is hashable
 * and never changes after it is built. */
#ifndef GILKIT_VM_SET_H
#define GILKIT_VM_SET_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/objects/object.h"

extern Type SetType, FrozenSetType;

/* A set or a frozenset (or a subclass of either). */
bool set_check_any(Object *o);
/* A new set / frozenset of iterable's items; iterable NULL: empty. */
Object *set_new(Object *iterable);
Object *frozenset_new(Object *iterable);
/* Add key (borrowed) / every item of iterable to a set. */
int set_add(Object *set, Object *key);
int set_update(Object *set, Object *iterable);
size_t set_len(Object *set);
/* A frozenset of items (an iterable) as CPython's compiler leaves a
 * constant one: built, then rebuilt from its own iteration order (as its
 * constant merging does), which may lay the table out anew. */
Object *frozenset_const(Object *items);
/* a |= b, a &= b, a -= b, a ^= b (op one of BIN_OR/AND/SUB/XOR) on a
 * mutable set a: a (new reference), NotImplemented when b is not a set
 * or a is not a mutable set. */
Object *set_inplace(Object *a, Object *b, int op);

#endif
