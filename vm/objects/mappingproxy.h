/* vm/objects/mappingproxy.h — types.MappingProxyType, the read-only view
 * a class's __dict__ gives of the class dict. */
#ifndef GILKIT_VM_MAPPINGPROXY_H
#define GILKIT_VM_MAPPINGPROXY_H

#include "vm/objects/object.h"

extern Type MappingProxyType;

/* A proxy over mapping (borrowed); TypeError, as CPython's, for a list, a
 * tuple or anything without __getitem__. */
Object *mappingproxy_new(Object *mapping);

#endif
