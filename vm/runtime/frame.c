/* vm/runtime/frame.c — frames off the C stack: the per-thread arena and generators' own frames.
 *
 * The arena is a stack of chunks, as CPython 3.11's data stack and Lua's
 * CallInfo list: each thread pushes a call's frame at `top` of its newest
 * chunk and pops it on return.  A frame that does not fit opens a new chunk
 * (ARENA_CHUNK bytes, or just big enough for a frame larger than that);
 * popping the last frame of a chunk returns to the previous one and keeps
 * one empty standard chunk as a spare, so a call loop at a chunk boundary
 * does not malloc and free on every call.  The arena is _Thread_local:
 * only its own thread ever touches it, so it needs no lock.
 */
#include <stdlib.h>
#include <string.h>

#include "vm/runtime/frame.h"

#define ARENA_CHUNK (64 * 1024)

typedef struct Chunk {
    struct Chunk *prev;
    char *top, *end;
    _Alignas(max_align_t) char data[];
} Chunk;

static _Thread_local Chunk *arena, *spare;

static size_t frame_bytes(const CodeObject *co)
{
    size_t n = frame_nfast(co) + (size_t)co->stacksize;
    return (sizeof(Frame) + n * sizeof(Object *) + 15) & ~(size_t)15;
}

static Frame *frame_init(Frame *f, CodeObject *co, Object *globals, Object *locals)
{
    f->back = NULL;
    f->co = co;
    f->globals = globals;
    f->locals = locals;
    f->lasti = 0;
    f->stacktop = 0;
    f->nblocks = 0;
    f->state = FRAME_CREATED;
    f->owned = false;
    f->fobj = NULL;
    memset(f->localsplus, 0, frame_nfast(co) * sizeof(Object *));
    return f;
}

static __attribute__((noinline)) Chunk *chunk_open(size_t need)
{
    Chunk *c;
    if (spare && need <= ARENA_CHUNK) {
        c = spare;
        spare = NULL;
    } else {
        size_t size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
        if (!(c = malloc(sizeof *c + size))) {
            exc_nomemory();
            return NULL;
        }
        c->end = c->data + size;
    }
    c->top = c->data;
    c->prev = arena;
    arena = c;
    return c;
}

Frame *frame_push(CodeObject *co, Object *globals, Object *locals)
{
    size_t need = frame_bytes(co);
    Chunk *c = arena;
    if (__builtin_expect(!c || (size_t)(c->end - c->top) < need, 0) && !(c = chunk_open(need)))
        return NULL;
    Frame *f = (Frame *)c->top;
    c->top += need;
    return frame_init(f, co, globals, locals);
}

void frame_pop(Frame *f)
{
    Chunk *c = arena;
    c->top = (char *)f;
    if (__builtin_expect(c->top != c->data || !c->prev, 1))
        return;
    arena = c->prev;
    if (!spare && c->end - c->data == ARENA_CHUNK) {
        spare = c;
    } else {
        free(c);
    }
}

void frame_arena_fini(void)
{
    while (arena) {
        Chunk *c = arena;
        arena = c->prev;
        free(c);
    }
    free(spare);
    spare = NULL;
}

Frame *frame_new_owned(CodeObject *co, Object *globals)
{
    Frame *f = malloc(frame_bytes(co));
    if (!f) {
        exc_nomemory();
        return NULL;
    }
    frame_init(f, co, globals, NULL);
    f->owned = true;
    INCREF(co);
    INCREF(globals);
    return f;
}

void frame_release(Frame *f, size_t stacktop)
{
    if (f->fobj) {
        Object *fo = f->fobj;
        f->fobj = NULL;
        DECREF(fo);
    }
    size_t n = frame_nfast(f->co) + stacktop;
    for (size_t i = 0; i < n; i++) {
        Object *v = f->localsplus[i];
        f->localsplus[i] = NULL;
        XDECREF(v);
    }
}

void frame_free_owned(Frame *f)
{
    frame_release(f, f->state == FRAME_SUSPENDED ? (size_t)f->stacktop : 0);
    DECREF(f->globals);
    DECREF((Object *)f->co);
    free(f);
}
