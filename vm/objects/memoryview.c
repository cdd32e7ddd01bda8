/* vm/objects/memoryview.c — memoryview: a view of a bytes, bytearray or
 * array's bytes that copies nothing.  One dimension; its items are C numbers
 * in one of array's typecodes (vm/objects/array.h converts them both ways,
 * so the two agree): 'B' for bytes and bytearray, the typecode for an
 * array, any of them by cast() from or to a byte format.
 *
 * A view holds a Buffer of the whole exporter (so a viewed bytearray cannot
 * be resized while the view lives) and a window of it: start, len and a
 * step, which slicing composes.  A view of a view is a view of the same
 * exporter.  release() lets go of the Buffer at once; after it every use
 * but repr, release and == raises ValueError. */
#include "vm/objects/memoryview.h"

#include <stdlib.h>
#include <string.h>

#include "vm/objects/array.h"
#include "vm/objects/bytearray.h"

static inline MemoryViewObject *MV(Object *o) { return (MemoryViewObject *)o; }

static int live(MemoryViewObject *m)
{
    if (m->released) {
        exc_set(ExcValueError, "operation forbidden on released memoryview object");
        return -1;
    }
    return 0;
}

static inline unsigned char *at(MemoryViewObject *m, size_t i)
{
    return m->base.p + (ssize_t)m->start + (ssize_t)i * m->step;
}

static inline size_t isize(const MemoryViewObject *m) { return array_kind_size(m->kind); }
static inline char fmt(const MemoryViewObject *m) { return array_kind_code(m->kind); }

/* A view of kind's items over the exporter x: len of them from byte start,
 * step bytes apart. */
static Object *view_new(Object *x, const ArrayKind *kind, size_t start, size_t len, ssize_t step)
{
    MemoryViewObject *m = (MemoryViewObject *)obj_alloc(&MemoryViewType, sizeof(MemoryViewObject));
    if (!m)
        return NULL;
    if (buffer_get(x, &m->base) < 0) {
        m->released = true;
        DECREF(m);
        return NULL;
    }
    /* An empty window's start may lie outside the bytes (a reversed
     * slice's -1): it is never read, so keep it at 0. */
    m->kind = kind;
    m->start = len ? start : 0;
    m->len = len;
    m->step = len ? step : (ssize_t)array_kind_size(kind);
    return (Object *)m;
}

static Object *mv_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "object", NULL };
    Object *v[1];
    (void)callable;
    if (args_parse("memoryview", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    Object *x = v[0];
    if (obj_isinstance_type(x, &MemoryViewType)) {
        MemoryViewObject *m = MV(x);
        return live(m) < 0 ? NULL : view_new(m->base.obj, m->kind, m->start, m->len, m->step);
    }
    if (!buffer_check(x)) {
        exc_set(ExcTypeError, "memoryview: a bytes-like object is required, not '%s'",
                x->type->name);
        return NULL;
    }
    const ArrayKind *kind = array_kind(obj_isinstance_type(x, &ArrayType)
                                       ? array_typecode((ArrayObject *)x) : 'B');
    Buffer b;
    if (buffer_get(x, &b) < 0)
        return NULL;
    size_t size = array_kind_size(kind);
    Object *r = view_new(x, kind, 0, b.n / size, (ssize_t)size);
    buffer_release(&b);
    return r;
}

static void mv_drop(MemoryViewObject *m)
{
    if (!m->released)
        buffer_release(&m->base);
    m->released = true;
}

static void mv_dealloc(Object *o)
{
    mv_drop(MV(o));
    obj_free(o);
}

static size_t nbytes(const MemoryViewObject *m) { return m->len * isize(m); }

/* The window's items' bytes, copied into a malloc'd block of nbytes (+1). */
static unsigned char *mv_copy(MemoryViewObject *m)
{
    size_t size = isize(m);
    unsigned char *p = malloc(nbytes(m) + 1);
    if (!p) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < m->len; i++)
        memcpy(p + i * size, at(m, i), size);
    return p;
}

Object *memoryview_tobytes(Object *o)
{
    MemoryViewObject *m = MV(o);
    if (live(m) < 0)
        return NULL;
    unsigned char *p = mv_copy(m);
    Object *r = p ? bytes_from(p, nbytes(m)) : NULL;
    free(p);
    return r;
}

/* ---- protocols -------------------------------------------------------------- */

static Object *mv_repr(Object *o)
{
    return str_from_fmt(MV(o)->released ? "<released memory at %p>" : "<memory at %p>", (void *)o);
}

static int64_t mv_hash(Object *o)
{
    MemoryViewObject *m = MV(o);
    if (live(m) < 0)
        return -1;
    if (!m->base.readonly) {
        exc_set(ExcValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (fmt(m) != 'B' && fmt(m) != 'b') {
        exc_set(ExcValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    Object *b = memoryview_tobytes(o);
    if (!b)
        return -1;
    int64_t h = obj_hash(b);
    DECREF(b);
    return h;
}

/* A bytes-like whose items are unsigned bytes (every one but a view or an
 * array of another format). */
static bool byte_format(Object *o)
{
    if (obj_isinstance_type(o, &MemoryViewType))
        return fmt(MV(o)) == 'B';
    return !obj_isinstance_type(o, &ArrayType) || array_typecode((ArrayObject *)o) == 'B';
}

static Object *as_list(Object *o)
{
    Object *view = obj_isinstance_type(o, &MemoryViewType) ? (INCREF(o), o)
                   : mv_construct((Object *)&MemoryViewType, &o, 1, NULL);
    Object *l = view ? obj_call_method(view, "tolist", NULL, 0) : NULL;
    XDECREF(view);
    return l;
}

/* As CPython: views of other formats are equal when their items' values are. */
static int compare_items(Object *a, Object *b, bool *eq)
{
    Object *x = as_list(a), *y = x ? as_list(b) : NULL;
    int r = y ? obj_richcompare_bool(x, y, CMP_EQ) : -1;
    XDECREF(x);
    XDECREF(y);
    if (r >= 0)
        *eq = r == 1;
    return r < 0 ? -1 : 0;
}

static Object *mv_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !buffer_check(a) || !buffer_check(b)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    bool eq;
    if (a == b) {
        eq = true;
    } else if ((obj_isinstance_type(a, &MemoryViewType) && MV(a)->released) ||
               (obj_isinstance_type(b, &MemoryViewType) && MV(b)->released)) {
        eq = false;
    } else if (!byte_format(a) || !byte_format(b)) {
        int r = compare_items(a, b, &eq);
        if (r < 0)
            return NULL;
    } else {
        /* Copies: a strided view has no single run to compare. */
        Object *x = obj_isinstance_type(a, &MemoryViewType) ? memoryview_tobytes(a) : NULL;
        Object *y = obj_isinstance_type(b, &MemoryViewType) ? memoryview_tobytes(b) : NULL;
        const unsigned char *p, *q;
        size_t n, k;
        if (buffer_peek(x ? x : a, &p, &n) < 0 || buffer_peek(y ? y : b, &q, &k) < 0) {
            XDECREF(x);
            XDECREF(y);
            return NULL;
        }
        eq = n == k && (n == 0 || !memcmp(p, q, n));
        XDECREF(x);
        XDECREF(y);
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static ssize_t mv_len(Object *o)
{
    return live(MV(o)) < 0 ? -1 : (ssize_t)MV(o)->len;
}

static int mv_index(MemoryViewObject *m, Object *key, size_t *out)
{
    if (!obj_indexable(key)) {
        exc_set(ExcTypeError, "memoryview: invalid slice key");
        return -1;
    }
    int64_t i;
    if (int_as_index(key, &i) < 0)
        return -1;
    if (i < 0)
        i += (int64_t)m->len;
    if (i < 0 || i >= (int64_t)m->len) {
        exc_set(ExcIndexError, "index out of bounds on dimension 1");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Object *mv_getitem(Object *o, Object *key)
{
    MemoryViewObject *m = MV(o);
    if (live(m) < 0)
        return NULL;
    if (obj_is(key, &SliceType)) {
        ssize_t a, z, k, n;
        if (slice_indices(key, (ssize_t)m->len, &a, &z, &k, &n) < 0)
            return NULL;
        return view_new(m->base.obj, m->kind, (size_t)((ssize_t)m->start + a * m->step), (size_t)n,
                        k * m->step);
    }
    size_t i;
    return mv_index(m, key, &i) < 0 ? NULL : array_kind_load(m->kind, at(m, i));
}

/* Stores value as item i, array's conversion errors in memoryview's words. */
static int store_item(MemoryViewObject *m, size_t i, Object *value)
{
    unsigned char tmp[8];
    if (array_kind_store(m->kind, value, tmp) == 0) {
        memcpy(at(m, i), tmp, isize(m));
        return 0;
    }
    bool type_error = exc_matches(exc_occurred(), (Object *)ExcTypeError);
    exc_clear();
    exc_set(type_error ? ExcTypeError : ExcValueError, "memoryview: invalid %s for format '%c'",
            type_error ? "type" : "value", fmt(m));
    return -1;
}

/* The format letter of a bytes-like assigned to a slice of a view. */
static char source_format(Object *o)
{
    if (obj_isinstance_type(o, &MemoryViewType))
        return fmt(MV(o));
    return obj_isinstance_type(o, &ArrayType) ? array_typecode((ArrayObject *)o) : 'B';
}

static int mv_setitem(Object *o, Object *key, Object *value)
{
    MemoryViewObject *m = MV(o);
    if (live(m) < 0)
        return -1;
    if (m->base.readonly) {
        exc_set(ExcTypeError, "cannot modify read-only memory");
        return -1;
    }
    if (!value) {
        exc_set(ExcTypeError, "cannot delete memory");
        return -1;
    }
    if (!obj_is(key, &SliceType)) {
        size_t i;
        return mv_index(m, key, &i) < 0 ? -1 : store_item(m, i, value);
    }
    ssize_t a, z, k, n;
    const unsigned char *p;
    size_t len;
    if (slice_indices(key, (ssize_t)m->len, &a, &z, &k, &n) < 0)
        return -1;
    if (!buffer_check(value)) {
        exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", value->type->name);
        return -1;
    }
    /* A copy of the source: it may overlap the destination, or be strided. */
    Object *src = obj_isinstance_type(value, &MemoryViewType) ? memoryview_tobytes(value)
                  : buffer_peek(value, &p, &len) < 0 ? NULL : bytes_from(p, len);
    if (!src)
        return -1;
    const BytesObject *b = (const BytesObject *)src;
    size_t size = isize(m);
    int rc = 0;
    if (source_format(value) != fmt(m) || (size_t)n * size != b->n) {
        exc_set(ExcValueError, "memoryview assignment: lvalue and rvalue have different structures");
        rc = -1;
    }
    for (ssize_t i = 0; rc == 0 && i < n; i++)
        memcpy(at(m, (size_t)(a + i * k)), b->data + (size_t)i * size, size);
    DECREF(src);
    return rc;
}

static Object *mv_iter(Object *o)
{
    return live(MV(o)) < 0 ? NULL : iter_seq_new(o);
}

/* ---- methods and attributes ----------------------------------------------------- */

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

static int no_args(const char *name, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "memoryview.%s() takes no arguments (%zu given)", name, nargs - 1);
        return -1;
    }
    return 0;
}

METHOD(mv_m_tobytes)
{
    static const char *const names[] = { "order", NULL };
    Object *v[1];
    if (args_parse("tobytes", args + 1, nargs - 1, kw, 0, names, v) < 0)
        return NULL;
    return memoryview_tobytes(args[0]);
}

METHOD(mv_m_tolist)
{
    MemoryViewObject *m = MV(args[0]);
    if (no_args("tolist", nargs, kw) < 0 || live(m) < 0)
        return NULL;
    Object *l = list_new(m->len);
    for (size_t i = 0; l && i < m->len; i++) {
        Object *v = array_kind_load(m->kind, at(m, i));
        if (!v)
            SETREF(l, NULL);
        else
            list_set(l, i, v);
    }
    return l;
}

METHOD(mv_m_hex)
{
    static const char *const names[] = { "sep", "bytes_per_sep", NULL };
    Object *v[2];
    int64_t per = 1;
    if (args_parse("hex", args + 1, nargs - 1, kw, 0, names, v) < 0 ||
        (v[1] && int_as_i64(v[1], &per) < 0) || live(MV(args[0])) < 0)
        return NULL;
    unsigned char *p = mv_copy(MV(args[0]));
    Object *r = p ? bytes_hex(p, nbytes(MV(args[0])), v[0], per) : NULL;
    free(p);
    return r;
}

METHOD(mv_m_release)
{
    MemoryViewObject *m = MV(args[0]);
    if (no_args("release", nargs, kw) < 0)
        return NULL;
    if (m->exports) {
        exc_set(ExcBufferError, "memoryview has %zu exported buffer%s", m->exports,
                m->exports == 1 ? "" : "s");
        return NULL;
    }
    mv_drop(m);
    return none_new();
}

METHOD(mv_m_enter)
{
    if (no_args("__enter__", nargs, kw) < 0 || live(MV(args[0])) < 0)
        return NULL;
    INCREF(args[0]);
    return args[0];
}

METHOD(mv_m_exit)
{
    (void)kw;
    return mv_m_release(c, args, 1, NULL);
}

/* cast()'s format: one of array's typecodes, after an optional '@'. */
static const ArrayKind *cast_kind(Object *format)
{
    if (!obj_isinstance_type(format, &StrType)) {
        exc_set(ExcTypeError, "cast() argument 'format' must be str, not %s", format->type->name);
        return NULL;
    }
    const char *f = str_utf8(format);
    f += *f == '@';
    const ArrayKind *k = f[0] && !f[1] ? array_kind(f[0]) : NULL;
    if (!k && f[0] && !f[1] && strchr("c?nNPe", f[0]))
        exc_set(ExcNotImplementedError, "gilvm: memoryview format '%c' is not supported", f[0]);
    else if (!k)
        exc_set(ExcValueError, "memoryview: destination format must be a native single character "
                "format prefixed with an optional '@'");
    return k;
}

/* shape, when given: one dimension of n items (gilvm's views have one). */
static int cast_shape(Object *shape, size_t n)
{
    if (!shape || shape == None)
        return 0;
    if (!obj_isinstance_type(shape, &ListType) && !obj_isinstance_type(shape, &TupleType)) {
        exc_set(ExcTypeError, "shape must be a list or a tuple");
        return -1;
    }
    Object *t = tuple_from_iter(shape);
    int64_t v = -1;
    int rc = t && tuple_len(t) == 1 && int_as_i64(tuple_get(t, 0), &v) == 0 && v == (int64_t)n ? 0 : -1;
    XDECREF(t);
    if (rc < 0 && !exc_occurred())
        exc_set(ExcNotImplementedError, "gilvm: memoryview.cast takes a one-dimensional shape of "
                "the whole view only");
    return rc;
}

METHOD(mv_m_cast)
{
    static const char *const names[] = { "format", "shape", NULL };
    Object *v[2];
    MemoryViewObject *m = MV(args[0]);
    if (args_parse("cast", args + 1, nargs - 1, kw, 1, names, v) < 0 || live(m) < 0)
        return NULL;
    const ArrayKind *k = cast_kind(v[0]);
    if (!k)
        return NULL;
    size_t size = array_kind_size(k);
    if (m->step != (ssize_t)isize(m) && m->len > 1) {
        exc_set(ExcTypeError, "memoryview: casts are restricted to C-contiguous views");
        return NULL;
    }
    bool bytes_in = fmt(m) == 'B' || fmt(m) == 'b', bytes_out = size == 1;
    if (!bytes_in && !bytes_out) {
        exc_set(ExcTypeError, "memoryview: cannot cast between two non-byte formats");
        return NULL;
    }
    if (nbytes(m) % size) {
        exc_set(ExcTypeError, "memoryview: length is not a multiple of itemsize");
        return NULL;
    }
    if (cast_shape(v[1], nbytes(m) / size) < 0)
        return NULL;
    return view_new(m->base.obj, k, m->start, nbytes(m) / size, (ssize_t)size);
}

static Object *attr_live(Object *o, Object *(*f)(MemoryViewObject *))
{
    return live(MV(o)) < 0 ? NULL : f(MV(o));
}

static Object *get_obj_(MemoryViewObject *m) { INCREF(m->base.obj); return m->base.obj; }
static Object *get_len_(MemoryViewObject *m) { return int_from_i64((int64_t)nbytes(m)); }
static Object *get_ro_(MemoryViewObject *m) { return bool_from(m->base.readonly); }
static Object *get_one_(MemoryViewObject *m) { (void)m; return int_from_i64(1); }
static Object *get_size_(MemoryViewObject *m) { return int_from_i64((int64_t)isize(m)); }
static Object *get_fmt_(MemoryViewObject *m) { char f[2] = { fmt(m), 0 }; return str_from_cstr(f); }
static Object *get_shape_(MemoryViewObject *m)
{
    Object *n = int_from_i64((int64_t)m->len);
    Object *t = n ? tuple_pack(1, n) : NULL;
    XDECREF(n);
    return t;
}
static Object *get_strides_(MemoryViewObject *m)
{
    Object *n = int_from_i64((int64_t)m->step);
    Object *t = n ? tuple_pack(1, n) : NULL;
    XDECREF(n);
    return t;
}
static Object *get_contig_(MemoryViewObject *m) { return bool_from(m->step == (ssize_t)isize(m) || m->len <= 1); }

static Object *get_obj(Object *o) { return attr_live(o, get_obj_); }
static Object *get_nbytes(Object *o) { return attr_live(o, get_len_); }
static Object *get_readonly(Object *o) { return attr_live(o, get_ro_); }
static Object *get_one(Object *o) { return attr_live(o, get_one_); }
static Object *get_itemsize(Object *o) { return attr_live(o, get_size_); }
static Object *get_format(Object *o) { return attr_live(o, get_fmt_); }
static Object *get_shape(Object *o) { return attr_live(o, get_shape_); }
static Object *get_strides(Object *o) { return attr_live(o, get_strides_); }
static Object *get_contiguous(Object *o) { return attr_live(o, get_contig_); }
static Object *get_released(Object *o) { return bool_from(MV(o)->released); }

static const MethodDef mv_methods[] = {
    { "tobytes", mv_m_tobytes, NULL }, { "tolist", mv_m_tolist, NULL },
    { "hex", mv_m_hex, NULL }, { "release", mv_m_release, NULL },
    { "cast", mv_m_cast, NULL }, { "__enter__", mv_m_enter, NULL },
    { "__exit__", mv_m_exit, NULL },
    { "obj", NULL, get_obj }, { "nbytes", NULL, get_nbytes },
    { "readonly", NULL, get_readonly }, { "itemsize", NULL, get_itemsize },
    { "ndim", NULL, get_one }, { "format", NULL, get_format },
    { "shape", NULL, get_shape }, { "strides", NULL, get_strides },
    { "contiguous", NULL, get_contiguous }, { "c_contiguous", NULL, get_contiguous },
    { "released", NULL, get_released },
    { NULL, NULL, NULL },
};

Type MemoryViewType = {
    OBJ_HEAD_INIT(&TypeType), .name = "memoryview", .base = &ObjectType,
    .basicsize = sizeof(MemoryViewObject), .dealloc = mv_dealloc, .repr = mv_repr,
    .hash = mv_hash, .richcompare = mv_richcompare, .iter = mv_iter, .getitem = mv_getitem,
    .setitem = mv_setitem, .len = mv_len, .construct = mv_construct, .methods = mv_methods,
};
