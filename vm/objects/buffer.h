/* vm/objects/buffer.h — the buffer seam: the bytes a bytes-like object
 * (bytes, bytearray, memoryview, array.array, and a type with Type.buffer:
 * mmap) holds, for the C code that reads or fills them (file and socket
 * writes, hashlib, zlib, bz2, struct, binascii, ...).
 *
 * A held Buffer keeps its exporter alive and pinned: a bytearray cannot be
 * resized (BufferError), an mmap neither resized nor closed, and a
 * memoryview cannot be released until every Buffer taken from it is
 * released, so the pointer stays valid across a call that drops the GIL. */
#ifndef GILKIT_VM_BUFFER_H
#define GILKIT_VM_BUFFER_H

#include <stdbool.h>
#include <stddef.h>

#include "vm/objects/object.h"

typedef struct Buffer {
    Object *obj;        /* the exporter, held */
    unsigned char *p;   /* n bytes; not to be written when readonly */
    size_t n;
    bool readonly;
} Buffer;

/* o exports a buffer: bytes, bytearray, memoryview, array, a type with
 * Type.buffer (or a subclass). */
bool buffer_check(Object *o);
/* Fills b and pins o until buffer_release.  -1 with TypeError "a
 * bytes-like object is required, not 'T'", or BufferError for a released
 * or non-contiguous memoryview. */
int buffer_get(Object *o, Buffer *b);
/* The same for a buffer to write into: TypeError "argument must be
 * read-write bytes-like object, not T" when o is read-only. */
int buffer_get_writable(Object *o, Buffer *b);
void buffer_release(Buffer *b);
/* A local Buffer released when it goes out of scope (on every return):
 * `Buffer hold BUFFER_SCOPED = { 0 };`. */
#define BUFFER_SCOPED __attribute__((cleanup(buffer_release)))
/* Borrowed bytes, unpinned: valid only while the caller holds the GIL and
 * runs no Python code.  Errors as buffer_get. */
int buffer_peek(Object *o, const unsigned char **p, size_t *n);

#endif
