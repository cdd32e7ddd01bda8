/* vm/modules/mod__lzma.c — the `_lzma` module over liblzma (xz), behind
 * vm/lib/lzma.py: LZMACompressor, LZMADecompressor, LZMAError,
 * is_check_supported and the FORMAT_/CHECK_/PRESET_ constants.
 *
 * The .xz and legacy .lzma (FORMAT_ALONE) containers with preset levels are
 * bound; custom filter chains (filters=, FORMAT_RAW) are refused with one
 * line, not half done.
 *
 * Invariants (who touches what, when):
 *   - lzma_code runs with the GIL released, as CPython's _lzma does.
 *     Without the GIL it reads the payload of a bytes-like argument (pinned
 *     by the caller's Buffer) or the object's own malloc'ed leftover input,
 *     and writes a malloc'ed buffer and locals; no object is read or written.
 *   - An object's lzma_stream, leftover input and fields are written only
 *     with its mutex held; a thread that finds it taken waits with the GIL
 *     released.
 */
#include <lzma.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "vm/modules/zstream.h"
#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

/* CPython's container format numbers. */
enum { FORMAT_AUTO, FORMAT_XZ, FORMAT_ALONE, FORMAT_RAW };
enum { CHECK_UNKNOWN = LZMA_CHECK_ID_MAX + 1 };

static const char UNSUPPORTED[] = "gilvm: lzma filter chains (filters=, FORMAT_RAW) are not supported";

typedef struct LzmaObject {
    Object ob;
    lzma_stream lzs;
    pthread_mutex_t lock;
    Object *err;              /* _lzma.LZMAError, held: raised from any thread */
    bool flushed;
    int check;                /* Decompressor: the stream's check id */
    ZsInput in;               /* Decompressor: held-back input, unused_data, eof */
} LzmaObject;

static Type CompType, DecompType;

/* LZMAError of the module imported as `_lzma` (an object keeps its own). */
static Object *lz_error_class(void)
{
    Object *m = module_imported("_lzma");
    Object *err = m && obj_isinstance_type(m, &ModuleType) ? dict_get_str(module_dict(m), "LZMAError") : NULL;
    if (!err || !obj_isinstance_type(err, &TypeType)) {
        exc_set(ExcImportError, "_lzma: the module is not imported");
        return NULL;
    }
    return err;
}

/* CPython's catch_lzma_error: 0 for a code that is not an error. */
static int lz_error(Object *err, lzma_ret r)
{
    Type *t = (Type *)err;
    switch (r) {
    case LZMA_OK:
    case LZMA_STREAM_END:
    case LZMA_NO_CHECK:
    case LZMA_GET_CHECK:
        return 0;
    case LZMA_MEM_ERROR:
        exc_nomemory();
        return -1;
    case LZMA_UNSUPPORTED_CHECK:
        exc_set(t, "Unsupported integrity check");
        return -1;
    case LZMA_MEMLIMIT_ERROR:
        exc_set(t, "Memory usage limit exceeded");
        return -1;
    case LZMA_FORMAT_ERROR:
        exc_set(t, "Input format not supported by decoder");
        return -1;
    case LZMA_OPTIONS_ERROR:
        exc_set(t, "Invalid or unsupported options");
        return -1;
    case LZMA_DATA_ERROR:
        exc_set(t, "Corrupt input data");
        return -1;
    case LZMA_BUF_ERROR:
        exc_set(t, "Insufficient buffer space");
        return -1;
    case LZMA_PROG_ERROR:
        exc_set(t, "Internal error");
        return -1;
    default:
        exc_set(t, "Unrecognized error from liblzma: %d", (int)r);
        return -1;
    }
}

static void lz_lock(LzmaObject *z) { zs_lock(&z->lock, "lzma"); }
static void lz_unlock(LzmaObject *z) { pthread_mutex_unlock(&z->lock); }

/* Runs the stream over p[0..n) with `action` until the input is used up
 * (LZMA_FINISH: and the stream is ended; decompressing: or the stream ends
 * or the output reaches max, -1 for none).  *used gets the input consumed,
 * *check the stream's check id once liblzma has told it (else unchanged).
 * The GIL is released. */
static lzma_ret lz_run(LzmaObject *z, lzma_action action, const unsigned char *p, size_t n,
                       ZsOut *o, int64_t max, size_t *used, int *check)
{
    lzma_stream *s = &z->lzs;
    lzma_ret r = LZMA_OK;
    s->next_in = p;
    s->avail_in = n;
    vm_block_begin("lzma");
    for (;;) {
        if (o->n == o->cap && !zs_out_grow(o, max)) {
            r = max >= 0 && o->n >= (size_t)max ? LZMA_OK : LZMA_MEM_ERROR;
            break;
        }
        s->next_out = o->p + o->n;
        s->avail_out = o->cap - o->n;
        r = lzma_code(s, action);
        o->n = o->cap - s->avail_out;
        /* No progress possible with all input taken: not an error here. */
        if (r == LZMA_BUF_ERROR && s->avail_in == 0 && s->avail_out > 0)
            r = LZMA_OK;
        if (r == LZMA_GET_CHECK || r == LZMA_NO_CHECK)
            *check = (int)lzma_get_check(s);
        if (r == LZMA_STREAM_END || (r != LZMA_OK && r != LZMA_GET_CHECK && r != LZMA_NO_CHECK))
            break;
        if (s->avail_out != 0 && s->avail_in == 0 && action == LZMA_RUN)
            break;
    }
    vm_block_end();
    *used = n - s->avail_in;
    s->next_in = NULL;
    s->avail_in = 0;
    return r;
}

static LzmaObject *lz_alloc(Type *t)
{
    Object *err = lz_error_class();
    LzmaObject *z = err ? (LzmaObject *)obj_alloc(t, sizeof *z) : NULL;
    if (!z)
        return NULL;
    z->lzs = (lzma_stream)LZMA_STREAM_INIT;
    pthread_mutex_init(&z->lock, NULL);
    INCREF(err);
    z->err = err;
    z->check = CHECK_UNKNOWN;
    return z;
}

static void lz_dealloc(Object *o)
{
    LzmaObject *z = (LzmaObject *)o;
    lzma_end(&z->lzs);
    pthread_mutex_destroy(&z->lock);
    zs_input_free(&z->in);
    XDECREF(z->err);
    obj_free(o);
}

static LzmaObject *self_lz(Object *const *args, size_t nargs, Type *t, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], t)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a '_lzma.%s' object", meth, t->name);
        return NULL;
    }
    return (LzmaObject *)args[0];
}

/* An optional int argument: *out keeps its default when o is NULL. */
static int opt_int(Object *o, int64_t *out) { return o ? int_as_i64(o, out) : 0; }

/* An unsigned argument of at most `max`, with CPython's messages. */
static int unsigned_arg(Object *o, uint64_t max, const char *ctype, uint64_t *out)
{
    int64_t v;
    if (int_as_i64(o, &v) < 0)
        return -1;
    if (v < 0) {
        exc_set(ExcOverflowError, "can't convert negative int to unsigned");
        return -1;
    }
    if ((uint64_t)v > max) {
        exc_set(ExcOverflowError, "Value too large for %s type", ctype);
        return -1;
    }
    *out = (uint64_t)v;
    return 0;
}

/* ---- LZMACompressor */

/* Starts the encoder for format; ValueError / LZMAError as CPython. */
static int comp_init(LzmaObject *z, int64_t format, int64_t check, uint32_t preset, bool filters)
{
    lzma_ret r;
    lzma_options_lzma opts;
    if (format == FORMAT_RAW && !filters) {
        exc_set(ExcValueError, "Must specify filters for FORMAT_RAW");
        return -1;
    }
    if (format != FORMAT_XZ && format != FORMAT_ALONE && format != FORMAT_RAW) {
        exc_set(ExcValueError, "Invalid container format: %d", (int)format);
        return -1;
    }
    if (filters || format == FORMAT_RAW) {
        exc_set(ExcValueError, "%s", UNSUPPORTED);
        return -1;
    }
    if (format == FORMAT_XZ) {
        r = lzma_easy_encoder(&z->lzs, preset, check == -1 ? LZMA_CHECK_CRC64 : (lzma_check)check);
    } else {
        if (lzma_lzma_preset(&opts, preset)) {
            exc_set((Type *)z->err, "Invalid compression preset: %u", preset);
            return -1;
        }
        r = lzma_alone_encoder(&z->lzs, &opts);
    }
    return lz_error(z->err, r);
}

static Object *comp_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "format", "check", "preset", "filters", NULL };
    Object *a[4];
    int64_t format = FORMAT_XZ, check = -1;
    uint64_t preset = LZMA_PRESET_DEFAULT;
    if (args_parse("LZMACompressor", args, nargs, kw, 0, names, a) < 0 ||
        opt_int(a[0], &format) < 0 || opt_int(a[1], &check) < 0)
        return NULL;
    bool has_preset = a[2] && a[2] != None, filters = a[3] && a[3] != None;
    if (format != FORMAT_XZ && check != -1 && check != LZMA_CHECK_NONE) {
        exc_set(ExcValueError, "Integrity checks are only supported by FORMAT_XZ");
        return NULL;
    }
    if (has_preset && filters) {
        exc_set(ExcValueError, "Cannot specify both preset and filter chain");
        return NULL;
    }
    if (has_preset && unsigned_arg(a[2], UINT32_MAX, "uint32_t", &preset) < 0)
        return NULL;
    LzmaObject *z = lz_alloc(&CompType);
    if (z && comp_init(z, format, check, (uint32_t)preset, filters) < 0)
        SETREF(z, NULL);
    return (Object *)z;
}

static Object *comp_feed(LzmaObject *z, const unsigned char *p, size_t n, lzma_action action)
{
    ZsOut o = { 0 };
    size_t used;
    int check = 0;
    lz_lock(z);
    lzma_ret r = lz_run(z, action, p, n, &o, -1, &used, &check);
    if (action == LZMA_FINISH)
        z->flushed = true;
    lz_unlock(z);
    if (lz_error(z->err, r) < 0) {
        free(o.p);
        return NULL;
    }
    return zs_out_bytes(&o);
}

static Object *comp_compress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    LzmaObject *z = self_lz(args, nargs, &CompType, "compress");
    Buffer hold BUFFER_SCOPED = { 0 };
    if (!z)
        return NULL;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "compress() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    if (buffer_get(args[1], &hold) < 0)
        return NULL;
    if (z->flushed) {
        exc_set(ExcValueError, "Compressor has been flushed");
        return NULL;
    }
    return comp_feed(z, hold.p, hold.n, LZMA_RUN);
}

static Object *comp_flush(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    LzmaObject *z = self_lz(args, nargs, &CompType, "flush");
    if (!z)
        return NULL;
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "flush() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    if (z->flushed) {
        exc_set(ExcValueError, "Repeated call to flush()");
        return NULL;
    }
    return comp_feed(z, (const unsigned char *)"", 0, LZMA_FINISH);
}

/* ---- LZMADecompressor */

static int decomp_init(LzmaObject *z, int64_t format, uint64_t memlimit)
{
    const uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
    lzma_ret r;
    switch (format) {
    case FORMAT_AUTO:
        r = lzma_auto_decoder(&z->lzs, memlimit, flags);
        break;
    case FORMAT_XZ:
        r = lzma_stream_decoder(&z->lzs, memlimit, flags);
        break;
    case FORMAT_ALONE:
        z->check = LZMA_CHECK_NONE;
        r = lzma_alone_decoder(&z->lzs, memlimit);
        break;
    default:
        exc_set(ExcValueError, "Invalid container format: %d", (int)format);
        return -1;
    }
    return lz_error(z->err, r);
}

static Object *decomp_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "format", "memlimit", "filters", NULL };
    Object *a[3];
    int64_t format = FORMAT_AUTO;
    uint64_t memlimit = UINT64_MAX;
    if (args_parse("LZMADecompressor", args, nargs, kw, 0, names, a) < 0 || opt_int(a[0], &format) < 0)
        return NULL;
    bool filters = a[2] && a[2] != None;
    if (a[1] && a[1] != None) {
        if (format == FORMAT_RAW) {
            exc_set(ExcValueError, "Cannot specify memory limit with FORMAT_RAW");
            return NULL;
        }
        if (unsigned_arg(a[1], UINT64_MAX, "uint64_t", &memlimit) < 0)
            return NULL;
    }
    if (format == FORMAT_RAW || filters) {
        exc_set(ExcValueError, "%s", format == FORMAT_RAW && !filters ? "Must specify filters for FORMAT_RAW"
                                 : format != FORMAT_RAW ? "Cannot specify filters except with FORMAT_RAW"
                                 : UNSUPPORTED);
        return NULL;
    }
    LzmaObject *z = lz_alloc(&DecompType);
    if (z && (zs_input_init(&z->in) < 0 || decomp_init(z, format, memlimit) < 0))
        SETREF(z, NULL);
    return (Object *)z;
}

/* Decompresses held-back input followed by p[0..n), lock held.  What is
 * left is held back again, or (after the end of stream) is unused_data. */
static Object *decomp_feed(LzmaObject *z, const unsigned char *p, size_t n, int64_t max)
{
    const unsigned char *in;
    unsigned char *joined;
    size_t nin, used;
    if (zs_input_join(&z->in, p, n, &in, &nin, &joined) < 0)
        return NULL;
    ZsOut o = { 0 };
    int check = z->check;
    lzma_ret ret = lz_run(z, LZMA_RUN, in, nin, &o, max, &used, &check);
    z->check = check;
    size_t produced = o.n;
    Object *out = lz_error(z->err, ret) == 0 ? zs_out_bytes(&o) : NULL;
    Object *r = zs_input_settle(&z->in, out, ret == LZMA_STREAM_END, in, nin, used, produced, max);
    free(o.p);
    free(joined);
    return r;
}

static Object *decomp_decompress(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "max_length", NULL };
    LzmaObject *z = self_lz(args, nargs, &DecompType, "decompress");
    Object *a[2];
    Buffer hold BUFFER_SCOPED = { 0 };
    int64_t max = -1;
    if (!z || args_parse("decompress", args + 1, nargs - 1, kw, 1, names, a) < 0 ||
        buffer_get(a[0], &hold) < 0 || opt_int(a[1], &max) < 0)
        return NULL;
    lz_lock(z);
    Object *r;
    if (z->in.eof) {
        exc_set(ExcEOFError, "Already at end of stream");
        r = NULL;
    } else {
        r = decomp_feed(z, hold.p, hold.n, max < 0 ? -1 : max);
    }
    lz_unlock(z);
    return r;
}

static Object *decomp_get_check(Object *o) { return int_from_i64(((LzmaObject *)o)->check); }
static Object *decomp_get_eof(Object *o) { return bool_from(((LzmaObject *)o)->in.eof); }
static Object *decomp_get_needs_input(Object *o) { return bool_from(((LzmaObject *)o)->in.needs_input); }
static Object *decomp_get_unused(Object *o) { INCREF(((LzmaObject *)o)->in.unused); return ((LzmaObject *)o)->in.unused; }

static const MethodDef comp_methods[] = {
    { "compress", comp_compress, NULL },
    { "flush", comp_flush, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef decomp_methods[] = {
    { "decompress", decomp_decompress, NULL },
    { "check", NULL, decomp_get_check },
    { "eof", NULL, decomp_get_eof },
    { "needs_input", NULL, decomp_get_needs_input },
    { "unused_data", NULL, decomp_get_unused },
    { NULL, NULL, NULL },
};

static Type CompType = {
    OBJ_HEAD_INIT(&TypeType), .name = "LZMACompressor", .base = &ObjectType,
    .basicsize = sizeof(LzmaObject), .dealloc = lz_dealloc, .construct = comp_construct,
    .methods = comp_methods,
};

static Type DecompType = {
    OBJ_HEAD_INIT(&TypeType), .name = "LZMADecompressor", .base = &ObjectType,
    .basicsize = sizeof(LzmaObject), .dealloc = lz_dealloc, .construct = decomp_construct,
    .methods = decomp_methods,
};

/* ---- module */

static Object *lz_is_check_supported(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "check_id", NULL };
    Object *a[1];
    int64_t id;
    if (args_parse("is_check_supported", args, nargs, kw, 1, names, a) < 0 || int_as_i64(a[0], &id) < 0)
        return NULL;
    return bool_from(id >= 0 && id <= LZMA_CHECK_ID_MAX && lzma_check_is_supported((lzma_check)id));
}

static const struct { const char *name; int64_t v; } lz_ints[] = {
    { "FORMAT_AUTO", FORMAT_AUTO }, { "FORMAT_XZ", FORMAT_XZ },
    { "FORMAT_ALONE", FORMAT_ALONE }, { "FORMAT_RAW", FORMAT_RAW },
    { "CHECK_NONE", LZMA_CHECK_NONE }, { "CHECK_CRC32", LZMA_CHECK_CRC32 },
    { "CHECK_CRC64", LZMA_CHECK_CRC64 }, { "CHECK_SHA256", LZMA_CHECK_SHA256 },
    { "CHECK_ID_MAX", LZMA_CHECK_ID_MAX }, { "CHECK_UNKNOWN", CHECK_UNKNOWN },
    { "PRESET_DEFAULT", LZMA_PRESET_DEFAULT }, { "PRESET_EXTREME", LZMA_PRESET_EXTREME },
};

static int add_obj(Object *m, const char *name, Object *v)   /* steals v */
{
    int r = v ? module_add(m, name, v) : -1;
    XDECREF(v);
    return r;
}

Object *mod__lzma_init(void)
{
    Object *m = module_new("_lzma", NULL);
    int bad = !m || add_obj(m, "LZMAError", (Object *)type_new_module_class("_lzma", "LZMAError", ExcException)) < 0 ||
              module_add(m, "LZMACompressor", (Object *)&CompType) < 0 ||
              module_add(m, "LZMADecompressor", (Object *)&DecompType) < 0 ||
              module_add_func(m, "is_check_supported", lz_is_check_supported) < 0;
    for (size_t i = 0; !bad && i < sizeof lz_ints / sizeof lz_ints[0]; i++)
        bad = add_obj(m, lz_ints[i].name, int_from_i64(lz_ints[i].v)) < 0;
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
