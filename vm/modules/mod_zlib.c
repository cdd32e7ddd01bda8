/* vm/modules/mod_zlib.c — the `zlib` module over zlib: compress, decompress,
 * crc32, adler32, compressobj/decompressobj streams, and zlib.error.
 *
 * Invariants (who touches what, when):
 *   - deflate and inflate run with the GIL released, as CPython's zlib
 *     does.  Without the GIL they read the payload of the bytes argument
 *     (immutable, kept alive by the caller's reference for the whole call)
 *     and write into a malloc'ed buffer; no object is read or written.  The
 *     result becomes a bytes object after the GIL is taken back.
 *   - A stream object's z_stream is touched only with the object's mutex
 *     held; a thread that finds it taken waits with the GIL released.
 *   - zlib.error is held by each module function (builtin_self) and by each
 *     stream object, so raising it needs no global.
 */
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

enum { DEF_BUF_SIZE = 16384, CRC_GIL_MINSIZE = 5 * 1024 };

/* ---- arguments */

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

static int int_opt(Object *o, int64_t dflt, int64_t *out)
{
    *out = dflt;
    if (!o)
        return 0;
    if (!obj_isinstance_type(o, &IntType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
        return -1;
    }
    if (int_as_i64(o, out) < 0)
        return -1;
    if (*out < INT_MIN || *out > INT_MAX) {
        exc_set(ExcOverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

/* zlib.error with CPython's wording for code `err` during `what`. */
static void zerror(Object *errcls, const z_stream *zs, int err, const char *what)
{
    const char *msg = err == Z_VERSION_ERROR ? "library version mismatch" : zs->msg;
    if (!msg && err == Z_BUF_ERROR)
        msg = "incomplete or truncated stream";
    else if (!msg && err == Z_STREAM_ERROR)
        msg = "inconsistent stream state";
    else if (!msg && err == Z_DATA_ERROR)
        msg = "invalid input data";
    if (err == Z_MEM_ERROR)
        exc_set(ExcMemoryError, "Out of memory while %s", what);
    else if (msg)
        exc_set((Type *)errcls, "Error %d while %s: %.200s", err, what, msg);
    else
        exc_set((Type *)errcls, "Error %d while %s", err, what);
}

/* ---- running deflate/inflate (GIL released) */

typedef struct Out { unsigned char *p; size_t n, cap; } Out;
typedef struct In { const unsigned char *p; size_t left; } In;

/* Feeds `in` to zs (zlib takes at most UINT_MAX bytes a call) until it is
 * used up, the stream ends, zlib needs a dictionary, or the output reaches
 * max (0: no limit).  Returns the last zlib code; Z_MEM_ERROR when the output
 * buffer could not grow. */
static int zrun(z_stream *zs, bool inflating, int flush, In *in, Out *o, size_t max)
{
    int err = Z_OK;
    zs->avail_in = 0;   /* what an earlier call left unread is not this call's input */
    vm_block_begin("zlib");
    for (;;) {
        if (zs->avail_in == 0 && in->left) {
            uInt chunk = in->left > UINT_MAX ? UINT_MAX : (uInt)in->left;
            zs->next_in = (Bytef *)in->p;
            zs->avail_in = chunk;
            in->p += chunk;
            in->left -= chunk;
        }
        if (o->n == o->cap) {
            if (max && o->n >= max)
                break;
            size_t cap = o->cap ? o->cap * 2 : DEF_BUF_SIZE;
            cap = max && cap > max ? max : cap;
            unsigned char *p = realloc(o->p, cap);
            if (!p) {
                err = Z_MEM_ERROR;
                break;
            }
            o->p = p;
            o->cap = cap;
        }
        uInt room = o->cap - o->n > UINT_MAX ? UINT_MAX : (uInt)(o->cap - o->n);
        zs->next_out = o->p + o->n;
        zs->avail_out = room;
        err = inflating ? inflate(zs, flush) : deflate(zs, flush);
        o->n += room - zs->avail_out;
        if (err != Z_OK && err != Z_BUF_ERROR)
            break;
        /* Output room left over: zlib has nothing more to give for now. */
        if (zs->avail_out != 0 && zs->avail_in == 0 && in->left == 0)
            break;
        if (err == Z_BUF_ERROR && zs->avail_out != 0)
            break;
    }
    vm_block_end();
    return err;
}

/* The unread input, put back where `in` can resume (after a dictionary). */
static size_t in_left(const z_stream *zs, const In *in) { return zs->avail_in + in->left; }

static Object *out_bytes(Out *o)
{
    Object *r = bytes_from(o->p, o->n);
    free(o->p);
    return r;
}

/* ---- one-shot functions */

static Object *zl_compress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "level", "wbits", NULL };
    Object *a[3];
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    int64_t level, wbits;
    if (args_parse("compress", args, nargs, kw, 1, names, a) < 0 || bytes_arg(a[0], &hold, &p, &n) < 0 ||
        int_opt(a[1], Z_DEFAULT_COMPRESSION, &level) < 0 || int_opt(a[2], MAX_WBITS, &wbits) < 0)
        return NULL;
    z_stream zs = { 0 };
    int err = deflateInit2(&zs, (int)level, Z_DEFLATED, (int)wbits, 8, Z_DEFAULT_STRATEGY);
    if (err != Z_OK) {
        if (err == Z_STREAM_ERROR)
            exc_set((Type *)builtin_self(f), "Bad compression level");
        else
            zerror(builtin_self(f), &zs, err, "compressing data");
        deflateEnd(&zs);
        return NULL;
    }
    In in = { p, n };
    Out o = { 0 };
    err = zrun(&zs, false, Z_FINISH, &in, &o, 0);
    if (err != Z_STREAM_END) {
        zerror(builtin_self(f), &zs, err, "compressing data");
        deflateEnd(&zs);
        free(o.p);
        return NULL;
    }
    deflateEnd(&zs);
    return out_bytes(&o);
}

static Object *zl_decompress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "wbits", "bufsize", NULL };
    Object *a[3];
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    int64_t wbits, bufsize;
    if (args_parse("decompress", args, nargs, kw, 1, names, a) < 0 || bytes_arg(a[0], &hold, &p, &n) < 0 ||
        int_opt(a[1], MAX_WBITS, &wbits) < 0 || int_opt(a[2], DEF_BUF_SIZE, &bufsize) < 0)
        return NULL;
    if (bufsize < 0) {
        exc_set(ExcValueError, "bufsize must be non-negative");
        return NULL;
    }
    z_stream zs = { 0 };
    int err = inflateInit2(&zs, (int)wbits);
    if (err != Z_OK) {
        zerror(builtin_self(f), &zs, err, "preparing to decompress data");
        return NULL;
    }
    In in = { p, n };
    Out o = { 0 };
    err = zrun(&zs, true, Z_NO_FLUSH, &in, &o, 0);
    if (err != Z_STREAM_END) {
        zerror(builtin_self(f), &zs, err == Z_OK ? Z_BUF_ERROR : err, "decompressing data");
        inflateEnd(&zs);
        free(o.p);
        return NULL;
    }
    inflateEnd(&zs);
    return out_bytes(&o);
}

/* crc32 and adler32: (data, value), the GIL released above 5 KiB as CPython's. */
static Object *checksum(const char *fn, uLong (*sum)(uLong, const Bytef *, uInt), uLong start,
                        Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "value", NULL };
    Object *a[2];
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    if (args_parse(fn, args, nargs, kw, 1, names, a) < 0 || bytes_arg(a[0], &hold, &p, &n) < 0)
        return NULL;
    uLong v = start;
    if (a[1]) {
        int64_t x;
        if (!obj_isinstance_type(a[1], &IntType)) {
            exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", a[1]->type->name);
            return NULL;
        }
        if (int_as_i64(a[1], &x) < 0)   /* only the low 32 bits count, as CPython's */
            return NULL;
        v = (uLong)((uint64_t)x & 0xffffffffu);
    }
    bool release = n > CRC_GIL_MINSIZE;
    if (release)
        vm_block_begin("zlib");
    for (; n > UINT_MAX; p += UINT_MAX, n -= UINT_MAX)
        v = sum(v, p, UINT_MAX);
    v = sum(v, p, (uInt)n);
    if (release)
        vm_block_end();
    return int_from_i64((int64_t)(v & 0xffffffffu));
}

static Object *zl_crc32(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return checksum("crc32", crc32, 0, args, nargs, kw);
}

static Object *zl_adler32(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return checksum("adler32", adler32, 1, args, nargs, kw);
}

/* ---- stream objects */

typedef struct ZStream {
    Object ob;
    z_stream zs;
    pthread_mutex_t lock;
    bool inited, eof;
    Object *err;                  /* zlib.error */
    Object *zdict;                /* bytes or NULL */
    Object *unused, *tail;        /* Decompress: unused_data, unconsumed_tail */
} ZStream;

static Type CompressType, DecompressType;

static void zs_lock(ZStream *z)
{
    if (pthread_mutex_trylock(&z->lock) == 0)
        return;
    vm_block_begin("zlib");
    pthread_mutex_lock(&z->lock);
    vm_block_end();
}

static ZStream *zs_new(Type *t, Object *err, Object *zdict)
{
    ZStream *z = (ZStream *)obj_alloc(t, sizeof *z);
    if (!z)
        return NULL;
    pthread_mutex_init(&z->lock, NULL);
    INCREF(err);
    z->err = err;
    XINCREF(zdict);
    z->zdict = zdict;
    z->unused = bytes_from("", 0);
    z->tail = bytes_from("", 0);
    if (!z->unused || !z->tail) {
        DECREF(z);
        return NULL;
    }
    return z;
}

static void zs_dealloc(Object *o)
{
    ZStream *z = (ZStream *)o;
    if (z->inited)
        (void)(o->type == &CompressType ? deflateEnd(&z->zs) : inflateEnd(&z->zs));
    pthread_mutex_destroy(&z->lock);
    XDECREF(z->err);
    XDECREF(z->zdict);
    XDECREF(z->unused);
    XDECREF(z->tail);
    obj_free(o);
}

static int zdict_arg(Object *o)
{
    if (o && !obj_isinstance_type(o, &BytesType)) {
        exc_set(ExcTypeError, "zdict argument must support the buffer protocol");
        return -1;
    }
    return 0;
}

static Object *zl_compressobj(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "level", "method", "wbits", "memLevel", "strategy",
                                         "zdict", NULL };
    Object *a[6];
    int64_t level, method, wbits, memlevel, strategy;
    if (args_parse("compressobj", args, nargs, kw, 0, names, a) < 0 ||
        int_opt(a[0], Z_DEFAULT_COMPRESSION, &level) < 0 || int_opt(a[1], Z_DEFLATED, &method) < 0 ||
        int_opt(a[2], MAX_WBITS, &wbits) < 0 || int_opt(a[3], 8, &memlevel) < 0 ||
        int_opt(a[4], Z_DEFAULT_STRATEGY, &strategy) < 0 || zdict_arg(a[5]) < 0)
        return NULL;
    ZStream *z = zs_new(&CompressType, builtin_self(f), a[5]);
    if (!z)
        return NULL;
    int err = deflateInit2(&z->zs, (int)level, (int)method, (int)wbits, (int)memlevel, (int)strategy);
    z->inited = err == Z_OK;
    if (err == Z_OK && z->zdict) {
        BytesObject *d = (BytesObject *)z->zdict;
        err = deflateSetDictionary(&z->zs, d->data, (uInt)d->n);
    }
    if (err == Z_OK)
        return (Object *)z;
    if (err == Z_STREAM_ERROR)
        exc_set(ExcValueError, "Invalid initialization option");
    else
        zerror(z->err, &z->zs, err, "creating compression object");
    DECREF(z);
    return NULL;
}

static Object *zl_decompressobj(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "wbits", "zdict", NULL };
    Object *a[2];
    int64_t wbits;
    if (args_parse("decompressobj", args, nargs, kw, 0, names, a) < 0 ||
        int_opt(a[0], MAX_WBITS, &wbits) < 0 || zdict_arg(a[1]) < 0)
        return NULL;
    ZStream *z = zs_new(&DecompressType, builtin_self(f), a[1]);
    if (!z)
        return NULL;
    int err = inflateInit2(&z->zs, (int)wbits);
    z->inited = err == Z_OK;
    if (err == Z_OK && z->zdict && wbits < 0) {   /* raw streams take it at once */
        BytesObject *d = (BytesObject *)z->zdict;
        err = inflateSetDictionary(&z->zs, d->data, (uInt)d->n);
    }
    if (err == Z_OK)
        return (Object *)z;
    if (err == Z_STREAM_ERROR)
        exc_set(ExcValueError, "Invalid initialization option");
    else
        zerror(z->err, &z->zs, err, "creating decompression object");
    DECREF(z);
    return NULL;
}

static ZStream *self_z(Object *const *args, size_t nargs, Type *t, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], t)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'zlib.%s' object", meth, t->name);
        return NULL;
    }
    return (ZStream *)args[0];
}

/* Compress.compress(data) and Compress.flush(mode): deflate under the lock. */
static Object *deflate_call(ZStream *z, const unsigned char *p, size_t n, int mode)
{
    zs_lock(z);
    In in = { p, n };
    Out o = { 0 };
    int err = z->inited ? zrun(&z->zs, false, mode, &in, &o, 0) : Z_STREAM_ERROR;
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        deflateEnd(&z->zs);
        z->inited = false;
    } else if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        pthread_mutex_unlock(&z->lock);
        zerror(z->err, &z->zs, err, mode == Z_NO_FLUSH ? "compressing data" : "flushing");
        free(o.p);
        return NULL;
    }
    pthread_mutex_unlock(&z->lock);
    return out_bytes(&o);
}

static Object *comp_compress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    ZStream *z = self_z(args, nargs, &CompressType, "compress");
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    if (!z)
        return NULL;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "compress() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    return bytes_arg(args[1], &hold, &p, &n) < 0 ? NULL : deflate_call(z, p, n, Z_NO_FLUSH);
}

static Object *comp_flush(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "mode", NULL };
    ZStream *z = self_z(args, nargs, &CompressType, "flush");
    Object *a[1];
    int64_t mode;
    if (!z || args_parse("flush", args + 1, nargs - 1, kw, 0, names, a) < 0 ||
        int_opt(a[0], Z_FINISH, &mode) < 0)
        return NULL;
    if (mode == Z_NO_FLUSH)
        return bytes_from("", 0);
    return deflate_call(z, (const unsigned char *)"", 0, (int)mode);
}

/* Decompress.decompress: inflate what fits max_length (0: all); the rest of
 * the input becomes unconsumed_tail, what follows the stream's end
 * unused_data.  Called with the lock held. */
static Object *inflate_call(ZStream *z, const unsigned char *p, size_t n, size_t max, int flush)
{
    In in = { p, n };
    Out o = { 0 };
    int err = Z_STREAM_ERROR;
    while (z->inited) {
        err = zrun(&z->zs, true, flush, &in, &o, max);
        if (err != Z_NEED_DICT || !z->zdict)
            break;
        BytesObject *d = (BytesObject *)z->zdict;
        if ((err = inflateSetDictionary(&z->zs, d->data, (uInt)d->n)) != Z_OK)
            break;
        in.p = z->zs.next_in;   /* resume where inflate stopped */
        in.left += z->zs.avail_in;
    }
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
        zerror(z->err, &z->zs, err, "decompressing data");
        free(o.p);
        return NULL;
    }
    /* The unread input sits at zs.next_in (zlib's last chunk) and in.p. */
    size_t left = in_left(&z->zs, &in);
    const unsigned char *rest = left ? p + (n - left) : p;
    Object *tail = bytes_from(rest, err == Z_STREAM_END ? 0 : left);
    if (!tail) {
        free(o.p);
        return NULL;
    }
    SETREF(z->tail, tail);
    if (err == Z_STREAM_END) {
        z->eof = true;
        Object *u = NULL, *more = bytes_from(rest, left);
        if (more) {
            u = obj_binop(z->unused, more, BIN_ADD);
            DECREF(more);
        }
        if (!u) {
            free(o.p);
            return NULL;
        }
        SETREF(z->unused, u);
    }
    return out_bytes(&o);
}

static Object *decomp_decompress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "max_length", NULL };
    ZStream *z = self_z(args, nargs, &DecompressType, "decompress");
    Object *a[2];
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    int64_t max;
    if (!z || args_parse("decompress", args + 1, nargs - 1, kw, 1, names, a) < 0 ||
        bytes_arg(a[0], &hold, &p, &n) < 0 || int_opt(a[1], 0, &max) < 0)
        return NULL;
    if (max < 0) {
        exc_set(ExcValueError, "max_length must be non-negative");
        return NULL;
    }
    zs_lock(z);
    Object *r = inflate_call(z, p, n, (size_t)max, Z_SYNC_FLUSH);
    pthread_mutex_unlock(&z->lock);
    return r;
}

static Object *decomp_flush(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "length", NULL };
    ZStream *z = self_z(args, nargs, &DecompressType, "flush");
    Object *a[1];
    int64_t len;
    if (!z || args_parse("flush", args + 1, nargs - 1, kw, 0, names, a) < 0 ||
        int_opt(a[0], DEF_BUF_SIZE, &len) < 0)
        return NULL;
    if (len <= 0) {
        exc_set(ExcValueError, "length must be greater than zero");
        return NULL;
    }
    zs_lock(z);
    Object *tail = z->tail;
    INCREF(tail);   /* inflate_call replaces z->tail */
    BytesObject *t = (BytesObject *)tail;
    Object *r = inflate_call(z, t->data, t->n, 0, Z_FINISH);
    pthread_mutex_unlock(&z->lock);
    DECREF(tail);
    return r;
}

static Object *decomp_get_unused(Object *o) { INCREF(((ZStream *)o)->unused); return ((ZStream *)o)->unused; }
static Object *decomp_get_tail(Object *o) { INCREF(((ZStream *)o)->tail); return ((ZStream *)o)->tail; }
static Object *decomp_get_eof(Object *o) { return bool_from(((ZStream *)o)->eof); }

static const MethodDef comp_methods[] = {
    { "compress", comp_compress, NULL },
    { "flush", comp_flush, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef decomp_methods[] = {
    { "decompress", decomp_decompress, NULL },
    { "flush", decomp_flush, NULL },
    { "unused_data", NULL, decomp_get_unused },
    { "unconsumed_tail", NULL, decomp_get_tail },
    { "eof", NULL, decomp_get_eof },
    { NULL, NULL, NULL },
};

static Type CompressType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Compress", .base = &ObjectType,
    .basicsize = sizeof(ZStream), .dealloc = zs_dealloc, .methods = comp_methods,
};

static Type DecompressType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Decompress", .base = &ObjectType,
    .basicsize = sizeof(ZStream), .dealloc = zs_dealloc, .methods = decomp_methods,
};

/* ---- the module */

static const struct { const char *name; int v; } zl_ints[] = {
    { "MAX_WBITS", MAX_WBITS }, { "DEFLATED", Z_DEFLATED }, { "DEF_MEM_LEVEL", 8 },
    { "DEF_BUF_SIZE", DEF_BUF_SIZE }, { "Z_NO_COMPRESSION", Z_NO_COMPRESSION },
    { "Z_BEST_SPEED", Z_BEST_SPEED }, { "Z_BEST_COMPRESSION", Z_BEST_COMPRESSION },
    { "Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION }, { "Z_FILTERED", Z_FILTERED },
    { "Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY }, { "Z_RLE", Z_RLE }, { "Z_FIXED", Z_FIXED },
    { "Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY }, { "Z_NO_FLUSH", Z_NO_FLUSH },
    { "Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH }, { "Z_SYNC_FLUSH", Z_SYNC_FLUSH },
    { "Z_FULL_FLUSH", Z_FULL_FLUSH }, { "Z_FINISH", Z_FINISH }, { "Z_BLOCK", Z_BLOCK },
};

static const struct { const char *name; CallFn fn; } zl_funcs[] = {
    { "compress", zl_compress }, { "decompress", zl_decompress },
    { "compressobj", zl_compressobj }, { "decompressobj", zl_decompressobj },
    { "crc32", zl_crc32 }, { "adler32", zl_adler32 },
};

static int add_obj(Object *m, const char *name, Object *v)   /* steals v */
{
    int r = v ? module_add(m, name, v) : -1;
    XDECREF(v);
    return r;
}

Object *mod_zlib_init(void)
{
    Object *m = module_new("zlib", NULL);
    Object *err = m ? (Object *)type_new_module_class("zlib", "error", ExcException) : NULL;
    int bad = !err || module_add(m, "error", err) < 0 ||
              add_obj(m, "ZLIB_VERSION", str_from_cstr(ZLIB_VERSION)) < 0 ||
              add_obj(m, "ZLIB_RUNTIME_VERSION", str_from_cstr(zlibVersion())) < 0;
    for (size_t i = 0; !bad && i < sizeof zl_ints / sizeof zl_ints[0]; i++)
        bad = add_obj(m, zl_ints[i].name, int_from_i64(zl_ints[i].v)) < 0;
    for (size_t i = 0; !bad && i < sizeof zl_funcs / sizeof zl_funcs[0]; i++)
        bad = add_obj(m, zl_funcs[i].name, builtin_new(zl_funcs[i].name, zl_funcs[i].fn, err)) < 0;
    XDECREF(err);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
