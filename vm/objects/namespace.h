/* vm/objects/namespace.h — types.SimpleNamespace: an object whose
 * attributes are its dict's items (sys.implementation is one). */
#ifndef GILKIT_VM_NAMESPACE_H
#define GILKIT_VM_NAMESPACE_H

#include "vm/objects/object.h"

/* A namespace holding a copy of the str-keyed dict attrs. */
Object *namespace_new(Object *attrs);

#endif
