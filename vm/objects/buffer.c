/* vm/objects/buffer.c — the buffer seam (vm/objects/buffer.h): one place
 * that knows which types export bytes and how each is pinned. */
#include "vm/objects/buffer.h"

#include "vm/objects/array.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/memoryview.h"

/* The exporting procedures of o's type or of a base, NULL when none has any. */
static const BufferProcs *procs_of(Object *o)
{
    for (Type *t = o->type; t; t = t->base)
        if (t->buffer)
            return t->buffer;
    return NULL;
}

bool buffer_check(Object *o)
{
    return obj_isinstance_type(o, &BytesType) || obj_isinstance_type(o, &ByteArrayType) ||
           obj_isinstance_type(o, &MemoryViewType) || obj_isinstance_type(o, &ArrayType) ||
           procs_of(o);
}

/* A view's bytes, when they are one run: BufferError otherwise. */
static int view_bytes(MemoryViewObject *m, unsigned char **p, size_t *n)
{
    if (m->released) {
        exc_set(ExcValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    size_t size = array_kind_size(m->kind);
    if (m->step != (ssize_t)size && m->len > 1) {
        exc_set(ExcBufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    *p = m->base.p + m->start;
    *n = m->len * size;
    return 0;
}

/* b's bytes; b->obj is the caller's to set (only once the Buffer is held). */
static int fill(Object *o, Buffer *b)
{
    if (obj_isinstance_type(o, &BytesType)) {
        b->p = ((BytesObject *)o)->data;
        b->n = ((BytesObject *)o)->n;
        b->readonly = true;
        return 0;
    }
    if (obj_isinstance_type(o, &ByteArrayType)) {
        ByteArrayObject *a = (ByteArrayObject *)o;
        static unsigned char empty[1];
        b->p = a->data ? a->data : empty; /* never NULL: memcpy's callers */
        b->n = a->n;
        b->readonly = false;
        return 0;
    }
    if (obj_isinstance_type(o, &MemoryViewType)) {
        MemoryViewObject *m = (MemoryViewObject *)o;
        b->readonly = m->base.readonly;
        return view_bytes(m, &b->p, &b->n);
    }
    if (obj_isinstance_type(o, &ArrayType)) {
        ArrayObject *a = (ArrayObject *)o;
        static unsigned char empty[1];
        b->p = a->data ? a->data : empty;
        b->n = a->n * array_itemsize(a);
        b->readonly = false;
        return 0;
    }
    const BufferProcs *bp = procs_of(o);
    if (bp)
        return bp->get(o, &b->p, &b->n, &b->readonly);
    exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", o->type->name);
    return -1;
}

static void pin(Object *o, int by)
{
    if (obj_isinstance_type(o, &ByteArrayType))
        ((ByteArrayObject *)o)->exports += (size_t)by;
    else if (obj_isinstance_type(o, &MemoryViewType))
        ((MemoryViewObject *)o)->exports += (size_t)by;
    else if (obj_isinstance_type(o, &ArrayType))
        ((ArrayObject *)o)->exports += (size_t)by;
    else if (procs_of(o))
        procs_of(o)->pin(o, by);
}

int buffer_get(Object *o, Buffer *b)
{
    if (fill(o, b) < 0)
        return -1;
    INCREF(o);
    b->obj = o;
    pin(o, 1);
    return 0;
}

int buffer_get_writable(Object *o, Buffer *b)
{
    if (buffer_get(o, b) < 0)
        return -1;
    if (b->readonly) {
        buffer_release(b);
        exc_set(ExcTypeError, "argument must be read-write bytes-like object, not %s",
                o->type->name);
        return -1;
    }
    return 0;
}

void buffer_release(Buffer *b)
{
    if (!b->obj)
        return;
    pin(b->obj, -1);
    DECREF(b->obj);
    b->obj = NULL;
}

int buffer_peek(Object *o, const unsigned char **p, size_t *n)
{
    Buffer b;
    if (fill(o, &b) < 0)
        return -1;
    *p = b.p;
    *n = b.n;
    return 0;
}
