/* vm/objects/codecerr.c — the codecs' error handlers.
 *
 * A built-in handler works on the span alone: a codec calls it with the
 * positions, and no exception object is made unless the handler fails
 * (strict, or surrogateescape on a byte below 128).  A registered handler
 * gets CPython's UnicodeEncodeError or UnicodeDecodeError and returns
 * (replacement, new position), a negative position counting from the end.
 * surrogatepass reads and writes a surrogate in the unit of the codec that
 * names itself in the error: UTF-8's three bytes, UTF-16's two, UTF-32's
 * four, the unmarked UTF-16 and UTF-32 little-endian as this machine is.
 */
#include "vm/objects/codecerr.h"

#include <stdio.h>
#include <string.h>
#include <unicode/uchar.h>

#include "vm/objects/utf8.h"

typedef enum {
    H_STRICT, H_IGNORE, H_REPLACE, H_BACKSLASH, H_XMLREF, H_NAME, H_SURESC, H_SURPASS, H_USER
} Handler;

static const char *const handler_names[] = { "strict", "ignore", "replace", "backslashreplace",
                                             "xmlcharrefreplace", "namereplace",
                                             "surrogateescape", "surrogatepass" };

static Object *registry;   /* name -> callable, from codecs.register_error */

static Handler find_handler(const char *name)
{
    for (size_t i = 0; i < sizeof handler_names / sizeof *handler_names; i++)
        if (strcmp(name, handler_names[i]) == 0)
            return (Handler)i;
    return H_USER;
}

bool codecerr_is_builtin(const char *name)
{
    return find_handler(name) != H_USER;
}

/* ---- surrogatepass's units --------------------------------------------- */

typedef enum { SP_NONE, SP_UTF8, SP_16LE, SP_16BE, SP_32LE, SP_32BE } SurrogateUnit;

static SurrogateUnit unit_of(const char *codec)
{
    static const struct { const char *name; SurrogateUnit u; } rows[] = {
        { "utf-8", SP_UTF8 }, { "utf-16", SP_16LE }, { "utf-16-le", SP_16LE },
        { "utf-16-be", SP_16BE }, { "utf-32", SP_32LE }, { "utf-32-le", SP_32LE },
        { "utf-32-be", SP_32BE },
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        if (strcmp(codec, rows[i].name) == 0)
            return rows[i].u;
    return SP_NONE;
}

static size_t unit_width(SurrogateUnit u)
{
    return u == SP_UTF8 ? 3 : u == SP_16LE || u == SP_16BE ? 2 : 4;
}

static bool is_surrogate(uint32_t c)
{
    return c >= 0xd800 && c <= 0xdfff;
}

static void unit_put(SurrogateUnit u, uint32_t c, StrBuf *b)
{
    char out[4];
    size_t w = unit_width(u);
    if (u == SP_UTF8)
        utf8_encode(c, out);
    for (size_t i = 0; u != SP_UTF8 && i < w; i++) {
        size_t shift = u == SP_16LE || u == SP_32LE ? 8 * i : 8 * (w - 1 - i);
        out[i] = (char)(c >> shift);
    }
    strbuf_put(b, out, w);
}

/* The surrogate p holds in unit u, or 0 when it holds none. */
static uint32_t unit_get(SurrogateUnit u, const unsigned char *p)
{
    if (u == SP_UTF8)
        return p[0] == 0xed && p[1] >= 0xa0 && p[1] <= 0xbf && (p[2] & 0xc0) == 0x80
                   ? 0xd000u | (uint32_t)(p[1] & 0x3f) << 6 | (p[2] & 0x3f)
                   : 0;
    size_t w = unit_width(u);
    uint32_t c = 0;
    for (size_t i = 0; i < w; i++)
        c = c << 8 | p[u == SP_16LE || u == SP_32LE ? w - 1 - i : i];
    return is_surrogate(c) ? c : 0;
}

/* ---- built-in handlers ------------------------------------------------- */

static void put_escape(StrBuf *b, uint32_t c)
{
    if (c < 0x100)
        strbuf_printf(b, "\\x%02x", (unsigned)c);
    else if (c < 0x10000)
        strbuf_printf(b, "\\u%04x", (unsigned)c);
    else
        strbuf_printf(b, "\\U%08x", (unsigned)c);
}

static void put_name(StrBuf *b, uint32_t c)
{
    char name[128];
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = u_charName((UChar32)c, U_UNICODE_CHAR_NAME, name, (int32_t)sizeof name, &e);
    if (U_FAILURE(e) || n <= 0 || n >= (int32_t)sizeof name)
        put_escape(b, c);
    else
        strbuf_printf(b, "\\N{%s}", name);
}

/* Handler h's replacement for s's code points [start, end); 1 when h
 * refuses them (the caller raises the error), -1 on an exception. */
static int builtin_encode(Handler h, const char *codec, Object *s, size_t start, size_t end,
                          Object **rep)
{
    const char *p = str_utf8(s) + str_cp_offset(s, start);
    SurrogateUnit u = unit_of(codec);
    StrBuf b = { 0 };
    for (size_t i = start; i < end; i++) {
        int k;
        uint32_t c = utf8_decode_at(p, &k);
        p += k;
        if (h == H_REPLACE)
            strbuf_put(&b, "?", 1);
        else if (h == H_BACKSLASH)
            put_escape(&b, c);
        else if (h == H_XMLREF)
            strbuf_printf(&b, "&#%u;", (unsigned)c);
        else if (h == H_NAME)
            put_name(&b, c);
        else if (h == H_SURESC && c >= 0xdc80 && c <= 0xdcff)
            strbuf_put(&b, (const char[]){ (char)(c - 0xdc00) }, 1);
        else if (h == H_SURPASS && u != SP_NONE && is_surrogate(c))
            unit_put(u, c, &b);
        else if (h != H_IGNORE) {
            strbuf_free(&b);
            return 1;
        }
    }
    if (b.oom) {
        strbuf_free(&b);
        exc_nomemory();
        return -1;
    }
    *rep = h == H_SURESC || h == H_SURPASS ? bytes_from(b.p ? b.p : "", b.n) : strbuf_finish(&b);
    strbuf_free(&b);
    return *rep ? 0 : -1;
}

/* As builtin_encode, for the bytes p[start, end) of n: appends to out. */
static int builtin_decode(Handler h, const char *codec, const unsigned char *p, size_t n,
                          size_t start, size_t end, StrBuf *out, size_t *newpos)
{
    char u8[4];
    *newpos = end;
    if (h == H_XMLREF || h == H_NAME) {
        exc_set(ExcTypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    }
    if (h == H_REPLACE)
        strbuf_puts(out, "\xef\xbf\xbd");
    for (size_t i = start; h == H_BACKSLASH && i < end; i++)
        strbuf_printf(out, "\\x%02x", p[i]);
    if (h == H_SURESC) {
        size_t k = 0;
        for (; k < 4 && start + k < end && p[start + k] >= 0x80; k++)
            strbuf_put(out, u8, utf8_encode(0xdc00u + p[start + k], u8));
        *newpos = start + k;
        return k ? 0 : 1;
    }
    if (h == H_SURPASS) {
        SurrogateUnit u = unit_of(codec);
        uint32_t c = u != SP_NONE && start + unit_width(u) <= n ? unit_get(u, p + start) : 0;
        if (!c)
            return 1;
        strbuf_put(out, u8, utf8_encode(c, u8));
        *newpos = start + unit_width(u);
    }
    return h == H_STRICT;
}

/* ---- registered handlers ----------------------------------------------- */

static Object *unicode_error(Type *kind, const char *codec, Object *obj, size_t start, size_t end,
                             const char *reason)
{
    Object *args[5] = { str_from_cstr(codec), obj, int_from_i64((int64_t)start),
                        int_from_i64((int64_t)end), str_from_cstr(reason) };
    INCREF(obj);
    Object *e = args[0] && args[2] && args[3] && args[4] ? exc_new(kind, args, 5) : NULL;
    for (int i = 0; i < 5; i++)
        XDECREF(args[i]);
    return e;
}

void codecerr_raise(Type *kind, const char *codec, Object *obj, size_t start, size_t end,
                    const char *reason)
{
    Object *e = unicode_error(kind, codec, obj, start, end, reason);
    if (e)
        exc_set_obj(e);
}

Object *codecerr_lookup(Object *name)
{
    Object *fn = registry ? dict_get(registry, name) : NULL;
    if (fn) {
        INCREF(fn);
        return fn;
    }
    if (!exc_occurred())
        exc_set(ExcLookupError, "unknown error handler name '%s'", str_utf8(name));
    return NULL;
}

int codecerr_register(Object *name, Object *fn)
{
    if (!registry && !(registry = dict_new()))
        return -1;
    return dict_set(registry, name, fn);
}

void codecerr_fini(void)
{
    XDECREF(registry);
    registry = NULL;
}

/* The registered handler errors called on the error it is told of. */
static Object *call_user(Object *errors, Type *kind, const char *codec, Object *obj,
                         size_t start, size_t end, const char *reason)
{
    Object *fn = codecerr_lookup(errors);
    if (!fn)
        return NULL;
    Object *e = unicode_error(kind, codec, obj, start, end, reason);
    Object *r = e ? obj_call(fn, &e, 1, NULL) : NULL;
    XDECREF(e);
    DECREF(fn);
    return r;
}

/* Checks a handler's (replacement, position) for an input of len units;
 * rep and *newpos borrowed from r. */
static int user_result(Object *r, bool encoding, size_t len, Object **rep, size_t *newpos)
{
    int64_t pos;
    if (!obj_isinstance_type(r, &TupleType) || tuple_len(r) != 2 ||
        !(obj_isinstance_type(tuple_get(r, 0), &StrType) ||
          (encoding && obj_isinstance_type(tuple_get(r, 0), &BytesType))) ||
        !obj_isinstance_type(tuple_get(r, 1), &IntType)) {
        exc_set(ExcTypeError, encoding ? "encoding error handler must return (str/bytes, int) tuple"
                                       : "decoding error handler must return (str, int) tuple");
        return -1;
    }
    if (int_as_i64(tuple_get(r, 1), &pos) < 0)
        return -1;
    if (pos < 0)
        pos += (int64_t)len;
    if (pos < 0 || pos > (int64_t)len) {
        exc_set(ExcIndexError, "position %lld from error handler out of bounds", (long long)pos);
        return -1;
    }
    *rep = tuple_get(r, 0);
    *newpos = (size_t)pos;
    return 0;
}

/* ---- what the codecs call ---------------------------------------------- */

int codecerr_encode(const char *codec, Object *errors, Object *s, size_t start, size_t end,
                    const char *reason, Object **rep, size_t *newpos)
{
    Handler h = errors ? find_handler(str_utf8(errors)) : H_STRICT;
    if (h == H_USER) {
        Object *r = call_user(errors, ExcUnicodeEncodeError, codec, s, start, end, reason);
        if (!r || user_result(r, true, ((StrObject *)s)->ncp, rep, newpos) < 0) {
            XDECREF(r);
            return -1;
        }
        INCREF(*rep);
        DECREF(r);
        return 0;
    }
    *newpos = end;
    int got = h == H_STRICT ? 1 : builtin_encode(h, codec, s, start, end, rep);
    if (got > 0)
        codecerr_raise(ExcUnicodeEncodeError, codec, s, start, end, reason);
    return got ? -1 : 0;
}

int codecerr_decode(const char *codec, Object *errors, const unsigned char *p, size_t n,
                    size_t start, size_t end, const char *reason, StrBuf *out, size_t *newpos)
{
    Handler h = errors ? find_handler(str_utf8(errors)) : H_STRICT;
    int got = h == H_USER ? 1 : builtin_decode(h, codec, p, n, start, end, out, newpos);
    if (got <= 0)
        return got;
    Object *o = bytes_from(p, n);
    if (!o)
        return -1;
    if (h != H_USER) {
        codecerr_raise(ExcUnicodeDecodeError, codec, o, start, end, reason);
        DECREF(o);
        return -1;
    }
    Object *rep, *r = call_user(errors, ExcUnicodeDecodeError, codec, o, start, end, reason);
    DECREF(o);
    if (!r || user_result(r, false, n, &rep, newpos) < 0) {
        XDECREF(r);
        return -1;
    }
    strbuf_put(out, str_utf8(rep), str_nbytes(rep));
    DECREF(r);
    return 0;
}

/* ---- the built-in handlers as functions: codecs.lookup_error ----------- */

static int exc_field(Object *exc, const char *name, Type *t, Object **out)
{
    *out = obj_getattr_str(exc, name);
    if (*out && !obj_isinstance_type(*out, t)) {
        exc_set(ExcTypeError, "%s attribute must be %s", name, t->name);
        DECREF(*out);
        *out = NULL;
    }
    return *out ? 0 : -1;
}

/* The span, codec and object of a Unicode error exc, into f[]. */
static int exc_span(Object *exc, bool decode, Object *f[3], size_t *start, size_t *end)
{
    int64_t s, e;
    f[0] = f[1] = f[2] = NULL;
    if (exc_field(exc, "encoding", &StrType, &f[0]) < 0 ||
        exc_field(exc, "object", decode ? &BytesType : &StrType, &f[1]) < 0 ||
        exc_field(exc, "start", &IntType, &f[2]) < 0 || int_as_i64(f[2], &s) < 0)
        return -1;
    DECREF(f[2]);
    f[2] = obj_getattr_str(exc, "end");
    if (!f[2] || int_as_i64(f[2], &e) < 0)
        return -1;
    size_t len = decode ? ((BytesObject *)f[1])->n : ((StrObject *)f[1])->ncp;
    *start = s < 0 ? 0 : (size_t)s > len ? len : (size_t)s;
    *end = e < (int64_t)*start ? *start : (size_t)e > len ? len : (size_t)e;
    return 0;
}

static Object *apply_span(Handler h, Object *exc, bool decode)
{
    Object *f[3], *rep = NULL;
    size_t start = 0, end = 0, newpos = 0;
    int got;
    if (exc_span(exc, decode, f, &start, &end) < 0)
        got = -1;
    else if (!decode)
        got = builtin_encode(h, str_utf8(f[0]), f[1], start, end, &rep);
    else {
        BytesObject *b = (BytesObject *)f[1];
        StrBuf out = { 0 };
        got = builtin_decode(h, str_utf8(f[0]), b->data, b->n, start, end, &out, &newpos);
        rep = got == 0 ? str_from_utf8_trusted(out.p ? out.p : "", out.n, utf8_count(out.p, out.n))
                       : NULL;
        got = got == 0 && !rep ? -1 : got;
        strbuf_free(&out);
    }
    for (int i = 0; i < 3; i++)
        XDECREF(f[i]);
    if (got > 0) {
        INCREF(exc);
        exc_set_obj(exc);
    }
    if (got)
        return NULL;
    Object *pos = int_from_i64((int64_t)(decode ? newpos : end));
    Object *r = pos ? tuple_pack(2, rep, pos) : NULL;
    XDECREF(pos);
    DECREF(rep);
    return r;
}

Object *codecerr_apply(const char *name, Object *exc)
{
    Handler h = find_handler(name);
    bool decode = obj_isinstance_type(exc, ExcUnicodeDecodeError);
    if (h == H_STRICT && obj_isinstance_type(exc, ExcBaseException)) {
        INCREF(exc);
        exc_set_obj(exc);
        return NULL;
    }
    if (h == H_STRICT) {
        exc_set(ExcTypeError, "codec must pass exception instance");
        return NULL;
    }
    if (!decode && !obj_isinstance_type(exc, ExcUnicodeEncodeError)) {
        exc_set(ExcTypeError, "don't know how to handle %s in error callback", exc->type->name);
        return NULL;
    }
    return apply_span(h, exc, decode);
}
