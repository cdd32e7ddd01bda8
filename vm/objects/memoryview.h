/* vm/objects/memoryview.h — memoryview: a zero-copy, one-dimensional view
 * of a bytes, bytearray or array, its items in one of array's C number
 * formats (vm/objects/memoryview.c). */
#ifndef GILKIT_VM_MEMORYVIEW_H
#define GILKIT_VM_MEMORYVIEW_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "vm/objects/buffer.h"

struct ArrayKind;

/* Item i of the view is the kind's C number at base.p + start + i * step
 * (bytes), for i < len. */
typedef struct MemoryViewObject {
    Object ob;
    Buffer base;        /* the whole exporter's buffer, pinned while the view lives */
    const struct ArrayKind *kind;   /* the format: 'B' for bytes-likes, an array's typecode */
    size_t start, len;
    ssize_t step;
    size_t exports;     /* Buffers taken from this view */
    bool released;
} MemoryViewObject;

extern Type MemoryViewType;

/* The view's bytes as a new bytes (its tobytes()). */
Object *memoryview_tobytes(Object *view);

#endif
