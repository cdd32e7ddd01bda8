/* vm/modules/mod__ctypes.c — the `_ctypes` core behind vm/lib/ctypes: raw
 * memory (owned blocks, pinned views of bytes-like objects, reads and writes
 * of C scalars at an address), dlopen/dlsym, foreign calls through libffi's
 * ffi_call and callbacks through its closures.  The types, their
 * conversions and their lifetimes are Python (vm/lib/ctypes/__init__.py);
 * this file only ever sees addresses (ints) and type specs.
 *
 * A type spec is one code character of SPECS below, or a tuple of specs:
 * a structure passed by value, its fields in order (an array field is its
 * element repeated).
 *
 * Invariants:
 *   - A call that releases the GIL (CDLL) reads its arguments from, and
 *     writes its result into, memory whose owners the Python caller holds
 *     for the duration of the call; no object is touched meanwhile.
 *   - ctypes_released is true exactly while this thread is inside such a
 *     call: a callback arriving then takes the GIL back (vm_block_end) for
 *     the Python code and gives it up again before returning to C.
 *   - A callback on a thread without a VM state (vm_tstate NULL) never
 *     touches an object: it says so on stderr and returns zero.
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <ffi.h>

#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

/* Whether this thread is inside a foreign call that released the GIL. */
static _Thread_local bool ctypes_released;
/* ctypes' private copy of errno for use_errno functions, per thread. */
static _Thread_local int ctypes_errno;

/* ---- type specs */

typedef struct Spec {
    char code;
    ffi_type *ffi;
    size_t size, align;
} Spec;

static const Spec SPECS[] = {
    { '?', &ffi_type_uint8, sizeof(_Bool), _Alignof(_Bool) },
    { 'c', &ffi_type_uint8, 1, 1 },
    { 'b', &ffi_type_sint8, 1, 1 },
    { 'B', &ffi_type_uint8, 1, 1 },
    { 'h', &ffi_type_sint16, sizeof(short), _Alignof(short) },
    { 'H', &ffi_type_uint16, sizeof(short), _Alignof(short) },
    { 'i', &ffi_type_sint32, sizeof(int), _Alignof(int) },
    { 'I', &ffi_type_uint32, sizeof(int), _Alignof(int) },
    { 'l', &ffi_type_slong, sizeof(long), _Alignof(long) },
    { 'L', &ffi_type_ulong, sizeof(long), _Alignof(long) },
    { 'q', &ffi_type_sint64, sizeof(long long), _Alignof(long long) },
    { 'Q', &ffi_type_uint64, sizeof(long long), _Alignof(long long) },
    { 'f', &ffi_type_float, sizeof(float), _Alignof(float) },
    { 'd', &ffi_type_double, sizeof(double), _Alignof(double) },
    { 'g', &ffi_type_longdouble, sizeof(long double), _Alignof(long double) },
    { 'u', &ffi_type_sint32, sizeof(wchar_t), _Alignof(wchar_t) },
    { 'z', &ffi_type_pointer, sizeof(void *), _Alignof(void *) },
    { 'Z', &ffi_type_pointer, sizeof(void *), _Alignof(void *) },
    { 'P', &ffi_type_pointer, sizeof(void *), _Alignof(void *) },
    { 'v', &ffi_type_void, 0, 1 },
};

static const Spec *spec_find(char code)
{
    for (size_t i = 0; i < sizeof SPECS / sizeof SPECS[0]; i++)
        if (SPECS[i].code == code)
            return &SPECS[i];
    return NULL;
}

/* The code of a one-character str spec, or 0 with ValueError. */
static char spec_code(Object *o)
{
    if (obj_isinstance_type(o, &StrType) && str_nbytes(o) == 1 && spec_find(str_utf8(o)[0]))
        return str_utf8(o)[0];
    exc_set(ExcValueError, "_ctypes: bad type spec");
    return 0;
}

static void ffi_type_free(ffi_type *t)
{
    if (!t || t->type != FFI_TYPE_STRUCT)
        return;
    for (ffi_type **e = t->elements; e && *e; e++)
        ffi_type_free(*e);
    free(t->elements);
    free(t);
}

/* The ffi_type of a spec: a shared one for a code, a malloc'ed one
 * (ffi_type_free) for a structure.  NULL with an exception. */
static ffi_type *ffi_type_of(Object *spec)
{
    if (!obj_isinstance_type(spec, &TupleType)) {
        char c = spec_code(spec);
        return c ? spec_find(c)->ffi : NULL;
    }
    size_t n = tuple_len(spec);
    ffi_type *t = calloc(1, sizeof *t);
    ffi_type **el = calloc(n + 1, sizeof *el);
    if (!t || !el) {
        free(t);
        free(el);
        exc_nomemory();
        return NULL;
    }
    t->type = FFI_TYPE_STRUCT;
    t->elements = el;
    for (size_t i = 0; i < n; i++) {
        el[i] = ffi_type_of(tuple_get(spec, i));
        if (!el[i]) {
            ffi_type_free(t);
            return NULL;
        }
    }
    return t;
}

/* The ffi_types of a tuple of specs, into a calloc'ed array. */
static ffi_type **ffi_types_of(Object *specs, size_t *n)
{
    if (!obj_isinstance_type(specs, &TupleType)) {
        exc_set(ExcTypeError, "_ctypes: argument specs must be a tuple");
        return NULL;
    }
    *n = tuple_len(specs);
    ffi_type **ts = calloc(*n + 1, sizeof *ts);
    if (!ts) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < *n; i++) {
        ts[i] = ffi_type_of(tuple_get(specs, i));
        if (!ts[i]) {
            for (size_t j = 0; j < i; j++)
                ffi_type_free(ts[j]);
            free(ts);
            return NULL;
        }
    }
    return ts;
}

static void ffi_types_free(ffi_type **ts, size_t n)
{
    for (size_t i = 0; ts && i < n; i++)
        ffi_type_free(ts[i]);
    free(ts);
}

/* ---- addresses */

static int addr_arg(Object *o, unsigned char **p)
{
    int64_t v;
    if (int_as_i64(o, &v) < 0)
        return -1;
    *p = (unsigned char *)(uintptr_t)v;
    return 0;
}

/* An address memory is read or written at: NULL would only crash, so it
 * is refused in CPython's words for a NULL pointer. */
static int mem_arg(Object *o, unsigned char **p)
{
    if (addr_arg(o, p) < 0)
        return -1;
    if (!*p) {
        exc_set(ExcValueError, "NULL pointer access");
        return -1;
    }
    return 0;
}

static Object *addr_new(const void *p) { return int_from_i64((int64_t)(uintptr_t)p); }

/* ---- Mem: a zeroed block this object owns */

typedef struct MemObject {
    Object ob;
    unsigned char *p;
    size_t n;
} MemObject;

static Type MemType;

static Object *mem_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "Mem() takes exactly one argument");
        return NULL;
    }
    if (int_as_i64(args[0], &n) < 0)
        return NULL;
    if (n < 0) {
        exc_set(ExcValueError, "Mem(): negative size");
        return NULL;
    }
    MemObject *m = (MemObject *)obj_alloc(&MemType, sizeof *m);
    if (!m)
        return NULL;
    /* Room for a widened (ffi_arg) result even for a one-byte type. */
    m->n = (size_t)n;
    m->p = calloc(1, m->n < 16 ? 16 : m->n);
    if (!m->p) {
        DECREF(m);
        exc_nomemory();
        return NULL;
    }
    return (Object *)m;
}

static void mem_dealloc(Object *o)
{
    free(((MemObject *)o)->p);
    obj_free(o);
}

static Object *mem_get_address(Object *o) { return addr_new(((MemObject *)o)->p); }
static Object *mem_get_size(Object *o) { return int_from_i64((int64_t)((MemObject *)o)->n); }

static const MethodDef mem_methods[] = {
    { "address", NULL, mem_get_address },
    { "size", NULL, mem_get_size },
    { NULL, NULL, NULL },
};

static Type MemType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Mem", .base = &ObjectType,
    .basicsize = sizeof(MemObject), .dealloc = mem_dealloc, .construct = mem_construct,
    .methods = mem_methods,
};

/* ---- Pin: a bytes-like object's memory, pinned while this object lives */

typedef struct PinObject {
    Object ob;
    Buffer buf;
} PinObject;

static Type PinType;

static Object *pin_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "Pin() takes exactly two arguments");
        return NULL;
    }
    int writable = obj_truth(args[1]);
    if (writable < 0)
        return NULL;
    PinObject *p = (PinObject *)obj_alloc(&PinType, sizeof *p);
    if (!p)
        return NULL;
    if ((writable ? buffer_get_writable : buffer_get)(args[0], &p->buf) < 0) {
        DECREF(p);
        return NULL;
    }
    return (Object *)p;
}

static void pin_dealloc(Object *o)
{
    buffer_release(&((PinObject *)o)->buf);
    obj_free(o);
}

static Object *pin_get_address(Object *o) { return addr_new(((PinObject *)o)->buf.p); }
static Object *pin_get_size(Object *o) { return int_from_i64((int64_t)((PinObject *)o)->buf.n); }

static const MethodDef pin_methods[] = {
    { "address", NULL, pin_get_address },
    { "size", NULL, pin_get_size },
    { NULL, NULL, NULL },
};

static Type PinType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Pin", .base = &ObjectType,
    .basicsize = sizeof(PinObject), .dealloc = pin_dealloc, .construct = pin_construct,
    .methods = pin_methods,
};

/* ---- scalars at an address */

/* The integer of `code` at p; pointers and 64-bit unsigned values come
 * back as signed int64 (ctypes/__init__.py masks them). */
static int64_t scalar_int(const unsigned char *p, char code)
{
#define RD(T) ({ T v_; memcpy(&v_, p, sizeof v_); v_; })
    switch (code) {
    case '?': return RD(_Bool);
    case 'c': case 'B': return RD(unsigned char);
    case 'b': return RD(signed char);
    case 'h': return RD(short);
    case 'H': return RD(unsigned short);
    case 'i': return RD(int);
    case 'I': return RD(unsigned int);
    case 'l': case 'L': return RD(long);
    case 'q': case 'Q': return RD(long long);
    case 'u': return RD(wchar_t);
    default: return (int64_t)(uintptr_t)RD(void *);
    }
}

static Object *scalar_read(const unsigned char *p, char code)
{
    switch (code) {
    case 'f': return float_from_double(RD(float));
    case 'd': return float_from_double(RD(double));
    case 'g': return float_from_double((double)RD(long double));
    default: return int_from_i64(scalar_int(p, code));
    }
#undef RD
}

static int scalar_write(unsigned char *p, char code, Object *value)
{
#define WR(T, x) do { T v_ = (T)(x); memcpy(p, &v_, sizeof v_); } while (0)
    if (code == 'f' || code == 'd' || code == 'g') {
        double d;
        if (num_as_double(value, &d) < 0)
            return -1;
        if (code == 'f')
            WR(float, d);
        else if (code == 'd')
            WR(double, d);
        else
            WR(long double, d);
        return 0;
    }
    int64_t v;
    if (int_as_i64(value, &v) < 0)
        return -1;
    switch (spec_find(code)->size) {
    case 1: WR(uint8_t, code == '?' ? v != 0 : v); break;
    case 2: WR(uint16_t, v); break;
    case 4: WR(uint32_t, v); break;
    default: WR(uint64_t, v); break;
    }
    return 0;
#undef WR
}

static Object *ct_read(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *p;
    char code;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "read(address, code)");
        return NULL;
    }
    if (mem_arg(args[0], &p) < 0 || !(code = spec_code(args[1])))
        return NULL;
    return scalar_read(p, code);
}

static Object *ct_write(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *p;
    char code;
    if (nargs != 3 || kw) {
        exc_set(ExcTypeError, "write(address, code, value)");
        return NULL;
    }
    if (mem_arg(args[0], &p) < 0 || !(code = spec_code(args[1])) || scalar_write(p, code, args[2]) < 0)
        return NULL;
    return none_new();
}

/* (address, n) arguments of the byte functions. */
static int addr_size_args(const char *fname, Object *const *args, size_t nargs, unsigned char **p,
                          int64_t *n)
{
    if (nargs != 2) {
        exc_set(ExcTypeError, "%s() takes exactly 2 arguments (%zu given)", fname, nargs);
        return -1;
    }
    return mem_arg(args[0], p) < 0 || int_as_i64(args[1], n) < 0 ? -1 : 0;
}

static Object *ct_string_at(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *p;
    int64_t n;
    if (addr_size_args("string_at", args, nargs, &p, &n) < 0)
        return NULL;
    return bytes_from(p, n < 0 ? strlen((char *)p) : (size_t)n);
}

static Object *ct_wcslen(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *p;
    if (nargs != 1) {
        exc_set(ExcTypeError, "wcslen() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (mem_arg(args[0], &p) < 0)
        return NULL;
    return int_from_i64((int64_t)wcslen((wchar_t *)p));
}

/* A byte count: a negative one would become a huge size_t. */
static int count_arg(Object *o, int64_t *n)
{
    if (int_as_i64(o, n) < 0)
        return -1;
    if (*n < 0) {
        exc_set(ExcValueError, "negative byte count");
        return -1;
    }
    return 0;
}

static Object *ct_memmove(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *dst, *src;
    int64_t n;
    if (nargs != 3 || kw) {
        exc_set(ExcTypeError, "memmove() takes exactly 3 arguments (%zu given)", nargs);
        return NULL;
    }
    if (mem_arg(args[0], &dst) < 0 || mem_arg(args[1], &src) < 0 || count_arg(args[2], &n) < 0)
        return NULL;
    memmove(dst, src, (size_t)n);
    return addr_new(dst);
}

static Object *ct_memset(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *dst;
    int64_t c, n;
    if (nargs != 3 || kw) {
        exc_set(ExcTypeError, "memset() takes exactly 3 arguments (%zu given)", nargs);
        return NULL;
    }
    if (mem_arg(args[0], &dst) < 0 || int_as_i64(args[1], &c) < 0 || count_arg(args[2], &n) < 0)
        return NULL;
    memset(dst, (int)c, (size_t)n);
    return addr_new(dst);
}

/* ---- libraries */

static Object *ct_dlopen(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t mode;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "dlopen(name, mode)");
        return NULL;
    }
    if (int_as_i64(args[1], &mode) < 0)
        return NULL;
    if (args[0] != None && !obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "dlopen() argument 1 must be str or None, not %s", args[0]->type->name);
        return NULL;
    }
    /* As CPython: symbols are bound now, so a missing one fails here. */
    void *h = dlopen(args[0] == None ? NULL : str_utf8(args[0]), (int)mode | RTLD_NOW);
    if (!h) {
        exc_set(ExcOSError, "%s", dlerror());
        return NULL;
    }
    return addr_new(h);
}

static Object *ct_dlsym(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *h;
    if (nargs != 2 || kw || !obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "dlsym(handle, name: str)");
        return NULL;
    }
    if (addr_arg(args[0], &h) < 0)
        return NULL;
    dlerror();
    void *p = dlsym(h, str_utf8(args[1]));
    if (!p) {
        const char *e = dlerror();
        exc_set(ExcAttributeError, "%s", e ? e : "symbol not found");
        return NULL;
    }
    return addr_new(p);
}

static Object *ct_dlclose(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *h;
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "dlclose(handle)");
        return NULL;
    }
    if (addr_arg(args[0], &h) < 0)
        return NULL;
    if (dlclose(h) != 0) {
        exc_set(ExcOSError, "%s", dlerror());
        return NULL;
    }
    return none_new();
}

/* ---- errno */

static Object *ct_get_errno(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return int_from_i64(ctypes_errno);
}

static Object *ct_set_errno(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t v;
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "set_errno() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (int_as_i64(args[0], &v) < 0)
        return NULL;
    int old = ctypes_errno;
    ctypes_errno = (int)v;
    return int_from_i64(old);
}

static void errno_swap(void)
{
    int e = errno;
    errno = ctypes_errno;
    ctypes_errno = e;
}

/* ---- calls */

enum { CALL_RELEASE = 1, CALL_ERRNO = 2 };

/* The argument addresses, each pointing at an argument's storage. */
static void **arg_addresses(Object *addrs, size_t n)
{
    if (!obj_isinstance_type(addrs, &TupleType) || tuple_len(addrs) != n) {
        exc_set(ExcTypeError, "_ctypes: one address per argument spec");
        return NULL;
    }
    void **av = calloc(n + 1, sizeof *av);
    if (!av) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char *p;
        if (addr_arg(tuple_get(addrs, i), &p) < 0) {
            free(av);
            return NULL;
        }
        av[i] = p;
    }
    return av;
}

static void call_foreign(ffi_cif *cif, void (*fn)(void), void *res, void **av, int64_t flags)
{
    bool saved = ctypes_released;
    ctypes_released = flags & CALL_RELEASE;
    if (ctypes_released)
        vm_block_begin("ctypes");
    if (flags & CALL_ERRNO)
        errno_swap();
    ffi_call(cif, fn, res, av);
    if (flags & CALL_ERRNO)
        errno_swap();
    if (ctypes_released)
        vm_block_end();
    ctypes_released = saved;
}

/* call(function, argspecs, argaddrs, resspec, resaddr, flags): the result
 * is written at resaddr (room for at least an ffi_arg: Mem gives 16). */
static Object *ct_call(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    unsigned char *fn, *res;
    int64_t flags;
    size_t n = 0;
    if (nargs != 6 || kw) {
        exc_set(ExcTypeError, "call() takes exactly 6 arguments (%zu given)", nargs);
        return NULL;
    }
    if (addr_arg(args[0], &fn) < 0 || addr_arg(args[4], &res) < 0 || int_as_i64(args[5], &flags) < 0)
        return NULL;
    if (!fn) {
        exc_set(ExcValueError, "NULL function pointer");
        return NULL;
    }
    ffi_type **ts = ffi_types_of(args[1], &n);
    ffi_type *rt = ts ? ffi_type_of(args[3]) : NULL;
    void **av = rt ? arg_addresses(args[2], n) : NULL;
    ffi_cif cif;
    Object *r = NULL;
    if (av && ffi_prep_cif(&cif, FFI_DEFAULT_ABI, (unsigned)n, rt, ts) != FFI_OK)
        exc_set(ExcRuntimeError, "ffi_prep_cif failed");
    else if (av) {
        call_foreign(&cif, (void (*)(void))fn, res, av, flags);
        r = none_new();
    }
    free(av);
    ffi_type_free(rt);
    ffi_types_free(ts, n);
    return r;
}

/* ---- callbacks */

typedef struct ClosureObject {
    Object ob;
    Object *callable;   /* callable(resaddr, argaddr...) writes the result */
    ffi_closure *closure;
    void *code;
    ffi_cif cif;
    ffi_type **argtypes, *restype;
    size_t nargs, ressize;
    char rescode;       /* 0 for a structure */
} ClosureObject;

static Type ClosureType;

/* libffi hands back integer results narrower than a register as a whole
 * ffi_arg: the callable wrote the narrow value, this widens it in place. */
static void closure_widen(void *ret, char code)
{
    const Spec *s = code ? spec_find(code) : NULL;
    if (!s || s->size >= sizeof(ffi_arg) || code == 'f' || code == 'v')
        return;
    *(ffi_arg *)ret = (ffi_arg)scalar_int(ret, code);
}

static void closure_run(ClosureObject *c, void *ret, void **args)
{
    Object *t = tuple_new(c->nargs + 1);
    if (!t) {
        exc_clear();
        return;
    }
    tuple_set(t, 0, addr_new(ret));
    for (size_t i = 0; i < c->nargs; i++)
        tuple_set(t, i + 1, addr_new(args[i]));
    Object *r = obj_call(c->callable, ((TupleObject *)t)->items, c->nargs + 1, NULL);
    DECREF(t);
    if (!r) {
        /* The Python side reports a callback's exception itself; this is
         * only reached when that failed too. */
        fprintf(stderr, "ctypes: a callback failed and its error could not be reported\n");
        exc_clear();
        return;
    }
    DECREF(r);
    closure_widen(ret, c->rescode);
}

static void closure_entry(ffi_cif *cif, void *ret, void **args, void *data)
{
    ClosureObject *c = data;
    memset(ret, 0, c->ressize < sizeof(ffi_arg) ? sizeof(ffi_arg) : c->ressize);
    if (!vm_tstate) {
        fputs("ctypes: callback refused: it arrived on a thread gilvm did not start; returning 0\n",
              stderr);
        return;
    }
    bool released = ctypes_released;
    if (released) {
        ctypes_released = false;
        vm_block_end();
    }
    closure_run(c, ret, args);
    if (released) {
        vm_block_begin("ctypes");
        ctypes_released = true;
    }
}

/* Closure(callable, argspecs, resspec, ressize) */
static Object *closure_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    int64_t ressize;
    if (nargs != 4 || kw) {
        exc_set(ExcTypeError, "Closure() takes exactly 4 arguments (%zu given)", nargs);
        return NULL;
    }
    if (int_as_i64(args[3], &ressize) < 0)
        return NULL;
    ClosureObject *c = (ClosureObject *)obj_alloc(&ClosureType, sizeof *c);
    if (!c)
        return NULL;
    INCREF(args[0]);
    c->callable = args[0];
    c->ressize = (size_t)ressize;
    c->rescode = obj_isinstance_type(args[2], &StrType) ? spec_code(args[2]) : 0;
    if (!(c->argtypes = ffi_types_of(args[1], &c->nargs)) || !(c->restype = ffi_type_of(args[2])))
        goto fail;
    c->closure = ffi_closure_alloc(sizeof(ffi_closure), &c->code);
    if (!c->closure) {
        exc_nomemory();
        goto fail;
    }
    if (ffi_prep_cif(&c->cif, FFI_DEFAULT_ABI, (unsigned)c->nargs, c->restype, c->argtypes) != FFI_OK ||
        ffi_prep_closure_loc(c->closure, &c->cif, closure_entry, c, c->code) != FFI_OK) {
        exc_set(ExcRuntimeError, "ffi_prep_closure_loc failed");
        goto fail;
    }
    return (Object *)c;
fail:
    DECREF(c);
    return NULL;
}

static void closure_traverse(Object *o, VisitFn visit, void *arg)
{
    if (((ClosureObject *)o)->callable)
        visit(((ClosureObject *)o)->callable, arg);
}

static void closure_clear(Object *o) { SETREF(((ClosureObject *)o)->callable, NULL); }

static void closure_dealloc(Object *o)
{
    ClosureObject *c = (ClosureObject *)o;
    XDECREF(c->callable);
    if (c->closure)
        ffi_closure_free(c->closure);
    ffi_type_free(c->restype);
    ffi_types_free(c->argtypes, c->nargs);
    obj_free(o);
}

static Object *closure_get_address(Object *o) { return addr_new(((ClosureObject *)o)->code); }

static const MethodDef closure_methods[] = {
    { "address", NULL, closure_get_address },
    { NULL, NULL, NULL },
};

static Type ClosureType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Closure", .base = &ObjectType,
    .basicsize = sizeof(ClosureObject), .flags = TYPE_GC, .dealloc = closure_dealloc,
    .construct = closure_construct, .methods = closure_methods,
    .traverse = closure_traverse, .clear = closure_clear,
};

/* ---- module */

/* {code: (size, alignment)} for every spec, so the Python side lays out
 * structures as this compiler does. */
static Object *spec_table(void)
{
    Object *d = dict_new();
    for (size_t i = 0; d && i < sizeof SPECS / sizeof SPECS[0]; i++) {
        char k[2] = { SPECS[i].code, 0 };
        Object *key = str_from_cstr(k);
        Object *sz = int_from_i64((int64_t)SPECS[i].size), *al = int_from_i64((int64_t)SPECS[i].align);
        Object *v = key && sz && al ? tuple_pack(2, sz, al) : NULL;
        int rc = v ? dict_set(d, key, v) : -1;
        XDECREF(key);
        XDECREF(sz);
        XDECREF(al);
        XDECREF(v);
        if (rc < 0)
            SETREF(d, NULL);
    }
    return d;
}

Object *mod__ctypes_init(void)
{
    Object *m = module_new("_ctypes", NULL);
    Object *specs = m ? spec_table() : NULL;
    if (!specs || module_add(m, "SPECS", specs) < 0 || module_add(m, "Mem", (Object *)&MemType) < 0 ||
        module_add(m, "Pin", (Object *)&PinType) < 0 ||
        module_add(m, "Closure", (Object *)&ClosureType) < 0 ||
        module_add_func(m, "read", ct_read) < 0 || module_add_func(m, "write", ct_write) < 0 ||
        module_add_func(m, "string_at", ct_string_at) < 0 ||
        module_add_func(m, "wcslen", ct_wcslen) < 0 ||
        module_add_func(m, "memmove", ct_memmove) < 0 ||
        module_add_func(m, "memset", ct_memset) < 0 ||
        module_add_func(m, "dlopen", ct_dlopen) < 0 || module_add_func(m, "dlsym", ct_dlsym) < 0 ||
        module_add_func(m, "dlclose", ct_dlclose) < 0 ||
        module_add_func(m, "get_errno", ct_get_errno) < 0 ||
        module_add_func(m, "set_errno", ct_set_errno) < 0 ||
        module_add_func(m, "call", ct_call) < 0 ||
        module_add_int(m, "RTLD_GLOBAL", RTLD_GLOBAL) < 0 ||
        module_add_int(m, "RTLD_LOCAL", RTLD_LOCAL) < 0 ||
        module_add_int(m, "RTLD_NOW", RTLD_NOW) < 0) {
        XDECREF(specs);
        XDECREF(m);
        return NULL;
    }
    DECREF(specs);
    return m;
}
