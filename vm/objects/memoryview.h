/* vm/objects/memoryview.h — memoryview: a zero-copy, one-dimensional view
 * (format 'B') of a bytes, bytearray or array('B') (vm/objects/memoryview.c). */
#ifndef GILKIT_VM_MEMORYVIEW_H
#define GILKIT_VM_MEMORYVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "vm/objects/buffer.h"

/* Item i of the view is base.p[start + i * step], for i < len. */
typedef struct MemoryViewObject {
    Object ob;
    Buffer base;        /* the whole exporter's buffer, pinned while the view lives */
    size_t start, len;
    ssize_t step;
    size_t exports;     /* Buffers taken from this view */
    bool released;
} MemoryViewObject;

extern Type MemoryViewType;

/* The view's bytes as a new bytes (its tobytes()). */
Object *memoryview_tobytes(Object *view);

#endif
