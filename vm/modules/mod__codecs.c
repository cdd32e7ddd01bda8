/* vm/modules/mod__codecs.c — the `_codecs` module vm/lib/codecs.py and
 * vm/lib/io.py build on: the C codecs (vm/objects/codec.h) one piece of a
 * text at a time, and the error handler registry (vm/objects/codecerr.h). */
#include <string.h>

#include "vm/objects/buffer.h"
#include "vm/objects/codec.h"
#include "vm/objects/codecerr.h"
#include "vm/runtime/module.h"

static int str_arg(const char *fn, const char *nth, Object *o)
{
    if (obj_isinstance_type(o, &StrType))
        return 0;
    exc_set(ExcTypeError, "%s() argument %s must be str, not %s", fn, nth, o->type->name);
    return -1;
}

static int bool_arg(Object *o, bool dflt, bool *out)
{
    int t = o ? obj_truth(o) : dflt;
    *out = t > 0;
    return t < 0 ? -1 : 0;
}

/* lookup(encoding) -> CodecInfo.name */
static Object *c_lookup(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "encoding", NULL };
    Object *a[1];
    (void)f;
    if (args_parse("lookup", args, nargs, kw, 1, names, a) < 0 || str_arg("lookup", "", a[0]) < 0)
        return NULL;
    return codec_lookup_name(a[0]);
}

/* encode(str, encoding, errors=None, first=True) -> bytes */
static Object *c_encode(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "obj", "encoding", "errors", "first", NULL };
    Object *a[4];
    bool first;
    (void)f;
    if (args_parse("encode", args, nargs, kw, 2, names, a) < 0 || str_arg("encode", "1", a[0]) < 0 ||
        bool_arg(a[3], true, &first) < 0)
        return NULL;
    return codec_encode_part("encode", a[0], a[1], a[2] == None ? NULL : a[2], first);
}

/* decode(data, encoding, errors=None, final=True, state=0) -> (str, used, state) */
static Object *c_decode(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "encoding", "errors", "final", "state", NULL };
    Object *a[5];
    bool final;
    int64_t st = 0;
    (void)f;
    if (args_parse("decode", args, nargs, kw, 2, names, a) < 0 || bool_arg(a[3], true, &final) < 0 ||
        (a[4] && int_as_i64(a[4], &st) < 0))
        return NULL;
    Buffer b BUFFER_SCOPED = { 0 };
    if (buffer_get(a[0], &b) < 0)
        return NULL;
    int state = (int)st;
    size_t used;
    Object *s = codec_decode_part("decode", b.p, b.n, a[1], a[2] == None ? NULL : a[2], final,
                                  &state, &used);
    Object *u = s ? int_from_i64((int64_t)used) : NULL, *t = u ? int_from_i64(state) : NULL;
    Object *r = t ? tuple_pack(3, s, u, t) : NULL;
    XDECREF(s);
    XDECREF(u);
    XDECREF(t);
    return r;
}

static Object *c_register_error(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "errors", "handler", NULL };
    Object *a[2];
    (void)f;
    if (args_parse("register_error", args, nargs, kw, 2, names, a) < 0 ||
        str_arg("register_error", "1", a[0]) < 0)
        return NULL;
    if (!obj_callable(a[1])) {
        exc_set(ExcTypeError, "handler must be callable");
        return NULL;
    }
    if (codecerr_register(a[0], a[1]) < 0)
        return NULL;
    return none_new();
}

/* One built-in handler as a function of the exception. */
static Object *apply(const char *name, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "exc", NULL };
    Object *a[1];
    if (args_parse(name, args, nargs, kw, 1, names, a) < 0)
        return NULL;
    return codecerr_apply(name, a[0]);
}

/* Each built-in handler: its name, and the function's as CPython names it. */
#define HANDLERS(X)                                                                         \
    X(strict, strict_errors) X(ignore, ignore_errors) X(replace, replace_errors)            \
    X(backslashreplace, backslashreplace_errors)                                            \
    X(xmlcharrefreplace, xmlcharrefreplace_errors) X(namereplace, namereplace_errors)       \
    X(surrogateescape, surrogateescape) X(surrogatepass, surrogatepass)
#define HANDLER_FN(h, fn)                                                                  \
    static Object *h_##h(Object *f, Object *const *args, size_t nargs, Object *kw)         \
    {                                                                                      \
        (void)f;                                                                           \
        return apply(#h, args, nargs, kw);                                                 \
    }
HANDLERS(HANDLER_FN)
#undef HANDLER_FN

/* The function's name for a built-in handler's name. */
static const char *handler_fn_name(const char *name)
{
#define HANDLER_NAME(h, fn) if (strcmp(name, #h) == 0) return #fn;
    HANDLERS(HANDLER_NAME)
#undef HANDLER_NAME
    return name;
}

static Object *c_lookup_error(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "name", NULL };
    Object *a[1];
    (void)f;
    if (args_parse("lookup_error", args, nargs, kw, 1, names, a) < 0 ||
        str_arg("lookup_error", "1", a[0]) < 0)
        return NULL;
    if (!codecerr_is_builtin(str_utf8(a[0])))
        return codecerr_lookup(a[0]);
    /* The built-in handlers are this module's functions. */
    Object *m = module_imported("_codecs");
    Object *fn = m ? dict_get_str(module_dict(m), handler_fn_name(str_utf8(a[0]))) : NULL;
    if (!fn) {
        exc_set(ExcLookupError, "unknown error handler name '%s'", str_utf8(a[0]));
        return NULL;
    }
    INCREF(fn);
    return fn;
}

static const struct {
    const char *name;
    CallFn fn;
} funcs[] = {
    { "lookup", c_lookup },
    { "encode", c_encode },
    { "decode", c_decode },
    { "register_error", c_register_error },
    { "lookup_error", c_lookup_error },
#define HANDLER_ROW(h, fn) { #fn, h_##h },
    HANDLERS(HANDLER_ROW)
#undef HANDLER_ROW
};

Object *mod__codecs_init(void)
{
    Object *m = module_new("_codecs", NULL);
    int bad = !m;
    for (size_t i = 0; !bad && i < sizeof funcs / sizeof *funcs; i++)
        bad = module_add_func(m, funcs[i].name, funcs[i].fn) < 0;
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
