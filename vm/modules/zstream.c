/* vm/modules/zstream.c — the compressed streams' shared plumbing (see zstream.h). */
#include "vm/modules/zstream.h"

#include <stdlib.h>
#include <string.h>

#include "vm/runtime/state.h"

enum { OUT_CHUNK = 8192 };

bool zs_out_grow(ZsOut *o, int64_t max)
{
    if (max >= 0 && o->n >= (size_t)max)
        return false;
    size_t cap = o->cap ? o->cap * 2 : OUT_CHUNK;
    cap = max >= 0 && cap > (size_t)max ? (size_t)max : cap;
    unsigned char *q = realloc(o->p, cap ? cap : 1);
    if (!q)
        return false;
    o->p = q;
    o->cap = cap;
    return true;
}

Object *zs_out_bytes(ZsOut *o)
{
    Object *r = bytes_from(o->p ? (const void *)o->p : "", o->n);
    free(o->p);
    o->p = NULL;
    return r;
}

void zs_lock(pthread_mutex_t *m, const char *what)
{
    if (pthread_mutex_trylock(m) == 0)
        return;
    vm_block_begin(what);
    pthread_mutex_lock(m);
    vm_block_end();
}

int zs_input_init(ZsInput *s)
{
    s->needs_input = true;
    return (s->unused = bytes_from("", 0)) ? 0 : -1;
}

void zs_input_free(ZsInput *s)
{
    free(s->pending);
    s->pending = NULL;
    XDECREF(s->unused);
    s->unused = NULL;
}

int zs_input_join(const ZsInput *s, const unsigned char *p, size_t n, const unsigned char **in,
                  size_t *nin, unsigned char **joined)
{
    *in = p;
    *nin = n;
    *joined = NULL;
    if (!s->npending)
        return 0;
    if (!(*joined = malloc(s->npending + n))) {
        exc_nomemory();
        return -1;
    }
    memcpy(*joined, s->pending, s->npending);
    memcpy(*joined + s->npending, p, n);
    *in = *joined;
    *nin = s->npending + n;
    return 0;
}

Object *zs_input_settle(ZsInput *s, Object *out, bool eof, const unsigned char *in, size_t nin,
                        size_t used, size_t produced, int64_t max)
{
    if (!out)
        return NULL;
    size_t left = nin - used;
    s->eof = eof;
    if (eof) {
        Object *u = left ? bytes_from(in + used, left) : NULL;
        if (left && !u) {
            DECREF(out);
            return NULL;
        }
        if (u)
            SETREF(s->unused, u);
        free(s->pending);
        s->pending = NULL;
        s->npending = 0;
        s->needs_input = false;
        return out;
    }
    unsigned char *keep = left ? malloc(left) : NULL;
    if (left && !keep) {
        exc_nomemory();
        DECREF(out);
        return NULL;
    }
    if (keep)
        memcpy(keep, in + used, left);
    free(s->pending);
    s->pending = keep;
    s->npending = left;
    s->needs_input = !keep && !(max >= 0 && produced >= (size_t)max);
    return out;
}
