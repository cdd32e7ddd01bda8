/* vm/modules/mod__bz2.c — the `_bz2` module over libbz2, behind vm/lib/bz2.py:
 * BZ2Compressor, BZ2Decompressor, and compress/decompress built on them as
 * CPython's bz2.py builds them (multi-stream input; trailing garbage after a
 * stream ignored).
 *
 * Invariants (who touches what, when):
 *   - BZ2_bzCompress and BZ2_bzDecompress run with the GIL released, as
 *     CPython's _bz2 does.  Without the GIL they read the payload of a bytes
 *     argument (immutable, kept alive by the caller's reference) or the
 *     object's own malloc'ed leftover input, and write a malloc'ed buffer;
 *     no object is read or written.
 *   - A (de)compressor's bz_stream and leftover input are touched only with
 *     the object's mutex held; a thread that finds it taken waits with the
 *     GIL released.
 */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <bzlib.h>

#include "vm/modules/zstream.h"
#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

typedef struct Bz2Object {
    Object ob;
    bz_stream bzs;
    pthread_mutex_t lock;
    bool inited, flushed;
    ZsInput in;               /* Decompressor: held-back input, unused_data, eof */
} Bz2Object;

static Type CompType, DecompType;

/* The bytes of a bytes-like argument, held (pinned) in *hold until it
 * goes out of scope: the library runs with the GIL released. */
static int bytes_arg(Object *o, Buffer *hold, const unsigned char **p, size_t *n)
{
    if (buffer_get(o, hold) < 0)
        return -1;
    *p = hold->p;
    *n = hold->n;
    return 0;
}

/* CPython's catch_bz2_error: 0 for a code that is not an error. */
static int bz_error(int err)
{
    switch (err) {
    case BZ_PARAM_ERROR:
        exc_set(ExcValueError, "Internal error - invalid parameters passed to libbzip2");
        return -1;
    case BZ_MEM_ERROR:
        exc_nomemory();
        return -1;
    case BZ_DATA_ERROR:
    case BZ_DATA_ERROR_MAGIC:
        exc_set(ExcOSError, "Invalid data stream");
        return -1;
    case BZ_IO_ERROR:
        exc_set(ExcOSError, "Unknown I/O error");
        return -1;
    case BZ_UNEXPECTED_EOF:
        exc_set(ExcEOFError, "Compressed file ended before the logical end-of-stream was detected");
        return -1;
    case BZ_SEQUENCE_ERROR:
        exc_set(ExcRuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
        return -1;
    default:
        return 0;
    }
}

static void bz_lock(Bz2Object *b) { zs_lock(&b->lock, "bz2"); }
static void bz_unlock(Bz2Object *b) { pthread_mutex_unlock(&b->lock); }

/* Runs the stream over p[0..n) until the input is used up (compress: and
 * `action` is done; decompress: or the stream ends or the output reaches max,
 * -1 for none).  *used gets the input consumed.  The GIL is released. */
static int bz_run(Bz2Object *b, bool compress, int action, const unsigned char *p, size_t n,
                  ZsOut *o, int64_t max, size_t *used)
{
    bz_stream *s = &b->bzs;
    size_t left = n;
    int err = BZ_OK;
    s->avail_in = 0;
    vm_block_begin("bz2");
    for (;;) {
        if (s->avail_in == 0 && left) {
            unsigned chunk = left > UINT_MAX ? UINT_MAX : (unsigned)left;
            s->next_in = (char *)p + (n - left);
            s->avail_in = chunk;
            left -= chunk;
        }
        if (o->n == o->cap && !zs_out_grow(o, max)) {
            err = max >= 0 && o->n >= (size_t)max ? BZ_OK : BZ_MEM_ERROR;
            break;
        }
        unsigned room = o->cap - o->n > UINT_MAX ? UINT_MAX : (unsigned)(o->cap - o->n);
        s->next_out = (char *)o->p + o->n;
        s->avail_out = room;
        err = compress ? BZ2_bzCompress(s, action) : BZ2_bzDecompress(s);
        o->n += room - s->avail_out;
        if (err < 0 || err == BZ_STREAM_END)
            break;
        bool drained = s->avail_in == 0 && left == 0;
        if (drained && s->avail_out != 0 && (!compress || action == BZ_RUN))
            break;
    }
    vm_block_end();
    *used = n - left - s->avail_in;
    return err;
}

static Bz2Object *bz_alloc(Type *t)
{
    Bz2Object *b = (Bz2Object *)obj_alloc(t, sizeof *b);
    if (!b)
        return NULL;
    pthread_mutex_init(&b->lock, NULL);
    return b;
}

static void bz_dealloc(Object *o)
{
    Bz2Object *b = (Bz2Object *)o;
    if (b->inited)
        (void)(o->type == &CompType ? BZ2_bzCompressEnd(&b->bzs) : BZ2_bzDecompressEnd(&b->bzs));
    pthread_mutex_destroy(&b->lock);
    zs_input_free(&b->in);
    obj_free(o);
}

static Bz2Object *self_bz(Object *const *args, size_t nargs, Type *t, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], t)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a '_bz2.%s' object", meth, t->name);
        return NULL;
    }
    return (Bz2Object *)args[0];
}

/* ---- BZ2Compressor */

static Object *comp_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    int64_t level = 9;
    if (kw) {
        exc_set(ExcTypeError, "BZ2Compressor() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "BZ2Compressor expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs && int_as_i64(args[0], &level) < 0)
        return NULL;
    if (level < 1 || level > 9) {
        exc_set(ExcValueError, "compresslevel must be between 1 and 9");
        return NULL;
    }
    Bz2Object *b = bz_alloc(&CompType);
    if (!b)
        return NULL;
    int err = BZ2_bzCompressInit(&b->bzs, (int)level, 0, 0);
    b->inited = err == BZ_OK;
    if (bz_error(err) < 0) {
        DECREF(b);
        return NULL;
    }
    return (Object *)b;
}

static Object *comp_feed(Bz2Object *b, const unsigned char *p, size_t n, int action)
{
    ZsOut o = { 0 };
    size_t used;
    bz_lock(b);
    int err = bz_run(b, true, action, p, n, &o, -1, &used);
    if (action == BZ_FINISH)
        b->flushed = true;
    bz_unlock(b);
    if (bz_error(err) < 0) {
        free(o.p);
        return NULL;
    }
    return zs_out_bytes(&o);
}

static Object *comp_compress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Bz2Object *b = self_bz(args, nargs, &CompType, "compress");
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    if (!b)
        return NULL;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "compress() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    if (bytes_arg(args[1], &hold, &p, &n) < 0)
        return NULL;
    if (b->flushed) {
        exc_set(ExcValueError, "Compressor has been flushed");
        return NULL;
    }
    return comp_feed(b, p, n, BZ_RUN);
}

static Object *comp_flush(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Bz2Object *b = self_bz(args, nargs, &CompType, "flush");
    if (!b)
        return NULL;
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "flush() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    if (b->flushed) {
        exc_set(ExcValueError, "Repeated call to flush()");
        return NULL;
    }
    return comp_feed(b, (const unsigned char *)"", 0, BZ_FINISH);
}

/* ---- BZ2Decompressor */

static Object *decomp_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "BZ2Decompressor() takes no arguments");
        return NULL;
    }
    Bz2Object *b = bz_alloc(&DecompType);
    if (!b || zs_input_init(&b->in) < 0) {
        XDECREF(b);
        return NULL;
    }
    int err = BZ2_bzDecompressInit(&b->bzs, 0, 0);
    b->inited = err == BZ_OK;
    if (bz_error(err) < 0) {
        DECREF(b);
        return NULL;
    }
    return (Object *)b;
}

/* Decompresses held-back input followed by p[0..n), lock held. */
static Object *decomp_feed(Bz2Object *b, const unsigned char *p, size_t n, int64_t max)
{
    const unsigned char *in;
    unsigned char *joined;
    size_t nin, used;
    if (zs_input_join(&b->in, p, n, &in, &nin, &joined) < 0)
        return NULL;
    ZsOut o = { 0 };
    int err = bz_run(b, false, 0, in, nin, &o, max, &used);
    size_t produced = o.n;
    Object *out = bz_error(err) == 0 ? zs_out_bytes(&o) : NULL;
    Object *r = zs_input_settle(&b->in, out, err == BZ_STREAM_END, in, nin, used, produced, max);
    free(o.p);
    free(joined);
    return r;
}

static Object *decomp_decompress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "max_length", NULL };
    Bz2Object *b = self_bz(args, nargs, &DecompType, "decompress");
    Object *a[2];
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    int64_t max = -1;
    if (!b || args_parse("decompress", args + 1, nargs - 1, kw, 1, names, a) < 0 ||
        bytes_arg(a[0], &hold, &p, &n) < 0 || (a[1] && int_as_i64(a[1], &max) < 0))
        return NULL;
    bz_lock(b);
    Object *r;
    if (b->in.eof) {
        exc_set(ExcEOFError, "End of stream already reached");
        r = NULL;
    } else {
        r = decomp_feed(b, p, n, max < 0 ? -1 : max);
    }
    bz_unlock(b);
    return r;
}

static Object *decomp_get_eof(Object *o) { return bool_from(((Bz2Object *)o)->in.eof); }
static Object *decomp_get_needs_input(Object *o) { return bool_from(((Bz2Object *)o)->in.needs_input); }
static Object *decomp_get_unused(Object *o) { INCREF(((Bz2Object *)o)->in.unused); return ((Bz2Object *)o)->in.unused; }

static const MethodDef comp_methods[] = {
    { "compress", comp_compress, NULL },
    { "flush", comp_flush, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef decomp_methods[] = {
    { "decompress", decomp_decompress, NULL },
    { "eof", NULL, decomp_get_eof },
    { "needs_input", NULL, decomp_get_needs_input },
    { "unused_data", NULL, decomp_get_unused },
    { NULL, NULL, NULL },
};

static Type CompType = {
    OBJ_HEAD_INIT(&TypeType), .name = "BZ2Compressor", .base = &ObjectType,
    .basicsize = sizeof(Bz2Object), .dealloc = bz_dealloc, .construct = comp_construct,
    .methods = comp_methods,
};

static Type DecompType = {
    OBJ_HEAD_INIT(&TypeType), .name = "BZ2Decompressor", .base = &ObjectType,
    .basicsize = sizeof(Bz2Object), .dealloc = bz_dealloc, .construct = decomp_construct,
    .methods = decomp_methods,
};

/* ---- module functions, as bz2.py's */

static Object *bz_compress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "compresslevel", NULL };
    Object *a[2];
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    if (args_parse("compress", args, nargs, kw, 1, names, a) < 0)
        return NULL;
    Bz2Object *b = (Bz2Object *)comp_construct(NULL, a + 1, a[1] ? 1 : 0, NULL);
    if (!b)
        return NULL;
    Object *r = bytes_arg(a[0], &hold, &p, &n) < 0 ? NULL : comp_feed(b, p, n, BZ_FINISH);
    DECREF(b);
    return r;
}

/* Streams one after another until the input ends; what follows a complete
 * stream and is not one is ignored, as bz2.decompress does. */
static Object *bz_decompress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", NULL };
    Object *a[1];
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    if (args_parse("decompress", args, nargs, kw, 1, names, a) < 0 || bytes_arg(a[0], &hold, &p, &n) < 0)
        return NULL;
    /* data walks the streams as bytes: a copy of any other bytes-like input. */
    Object *data = obj_is(a[0], &BytesType) ? (INCREF(a[0]), a[0]) : bytes_from(p, n);
    Object *acc = data ? bytes_from("", 0) : NULL;
    bool first = true;
    while (acc && ((BytesObject *)data)->n) {
        Bz2Object *b = (Bz2Object *)decomp_construct(NULL, NULL, 0, NULL);
        BytesObject *d = (BytesObject *)data;
        Object *part = b ? decomp_feed(b, d->data, d->n, -1) : NULL;
        if (!part && !first && exc_matches(exc_occurred(), (Object *)ExcOSError)) {
            exc_clear();
            XDECREF(b);
            break;
        }
        Object *sum = part ? obj_binop(acc, part, BIN_ADD) : NULL;
        XDECREF(part);
        SETREF(acc, sum);
        if (acc && !b->in.eof) {
            exc_set(ExcValueError, "Compressed data ended before the end-of-stream marker was reached");
            SETREF(acc, NULL);
        }
        if (acc)
            SETREF(data, (INCREF(b->in.unused), b->in.unused));
        XDECREF(b);
        first = false;
    }
    XDECREF(data);
    return acc;
}

Object *mod__bz2_init(void)
{
    Object *m = module_new("_bz2", NULL);
    if (!m)
        return NULL;
    if (module_add(m, "BZ2Compressor", (Object *)&CompType) < 0 ||
        module_add(m, "BZ2Decompressor", (Object *)&DecompType) < 0 ||
        module_add_func(m, "compress", bz_compress) < 0 ||
        module_add_func(m, "decompress", bz_decompress) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
