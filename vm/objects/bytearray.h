/* vm/objects/bytearray.h — bytearray: a mutable byte string
 * (vm/objects/bytearray.c).  Its methods that do not change it are bytes'
 * own (vm/objects/bytes.h). */
#ifndef GILKIT_VM_BYTEARRAY_H
#define GILKIT_VM_BYTEARRAY_H

#include <stddef.h>

#include "vm/objects/object.h"

typedef struct ByteArrayObject {
    Object ob;
    unsigned char *data; /* the first byte: base, or past bytes deleted from the front */
    unsigned char *base; /* malloc'd (NULL when nothing is) */
    size_t n, cap;       /* cap: the bytes allocated from data on */
    size_t exports;      /* held Buffers and memoryviews: no resize while > 0 */
} ByteArrayObject;

extern Type ByteArrayType;

Object *bytearray_from(const void *p, size_t n);
/* a += b, a *= b on a bytearray a: a (new reference) or NotImplemented. */
Object *bytearray_inplace(Object *a, Object *b, int op);

#endif
