/* vm/objects/codec.c — UTF-8, ASCII and Latin-1 between str and bytes.
 *
 * A str is UTF-8 inside, so UTF-8 is a copy one way and a check the other.
 * ASCII and Latin-1 are one byte a code point below their limit (128, 256).
 * An error is what CPython reports: encoding, the whole object, the span
 * [start, end) and a reason.  Encoding spans a run of unencodable code
 * points; decoding ASCII spans one byte, decoding UTF-8 the longest prefix
 * of a valid sequence (so "replace" gives CPython's U+FFFD count).
 */
#include "vm/objects/codec.h"

#include <stdio.h>
#include <string.h>

#include "vm/objects/utf8.h"

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } CodecId;

typedef struct Codec {
    const char *name;          /* as CPython's errors print it */
    uint32_t limit;            /* first code point it cannot encode */
    const char *aliases[14];   /* normalised: lower case, '_' for runs of other characters */
} Codec;

static const Codec codecs[] = {
    [CODEC_UTF8] = { "utf-8", 0x110000, { "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4",
                                          "cp65001", NULL } },
    [CODEC_ASCII] = { "ascii", 0x80, { "ascii", "646", "us_ascii", "us", "ansi_x3.4_1968",
                                       "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                                       "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", NULL } },
    [CODEC_LATIN1] = { "latin-1", 0x100, { "latin_1", "latin1", "latin", "l1", "iso8859_1",
                                           "iso_8859_1", "8859", "cp819", "ibm819", "iso_ir_100",
                                           "iso_8859_1_1987", "csisolatin1", NULL } },
};

typedef enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN } ErrMode;

static const char *const err_names[] = { "strict", "ignore", "replace", "backslashreplace",
                                         "xmlcharrefreplace" };

/* CPython's normalisation: lower case, each run of characters other than
 * letters, digits and '.' one '_', none at either end. */
static void normalise(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    bool gap = false;
    for (; *s && n + 2 < cap; s++) {
        unsigned char c = (unsigned char)*s;
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
        if (!keep) {
            gap = n > 0;
            continue;
        }
        if (gap)
            out[n++] = '_';
        gap = false;
        out[n++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    out[n] = 0;
}

static int need_str_arg(const char *fn, const char *what, Object *o)
{
    if (obj_isinstance_type(o, &StrType))
        return 0;
    exc_set(ExcTypeError, "%s() argument '%s' must be str, not %s", fn, what, o->type->name);
    return -1;
}

/* The codec encoding names; -1 with TypeError or LookupError. */
static int find_codec(const char *fn, Object *encoding)
{
    if (!encoding)
        return CODEC_UTF8;
    if (need_str_arg(fn, "encoding", encoding) < 0)
        return -1;
    char key[64];
    normalise(str_utf8(encoding), key, sizeof key);
    for (size_t c = 0; c < sizeof codecs / sizeof *codecs; c++)
        for (const char *const *a = codecs[c].aliases; *a; a++)
            if (strcmp(key, *a) == 0)
                return (int)c;
    exc_set(ExcLookupError, "unknown encoding: %s", str_utf8(encoding));
    return -1;
}

/* The handler errors names, looked up when an error needs it (errors is a
 * str: codec_encode and codec_decode check it first); ERR_UNKNOWN after
 * raising LookupError. */
static ErrMode find_handler(Object *errors)
{
    if (!errors)
        return ERR_STRICT;
    for (size_t i = 0; i < sizeof err_names / sizeof *err_names; i++)
        if (strcmp(str_utf8(errors), err_names[i]) == 0)
            return (ErrMode)i;
    exc_set(ExcLookupError, "unknown error handler name '%s'", str_utf8(errors));
    return ERR_UNKNOWN;
}

static void raise_unicode_error(Type *kind, const char *codec, Object *obj, size_t start, size_t end,
                                const char *reason)
{
    Object *args[5] = { str_from_cstr(codec), obj, int_from_i64((int64_t)start),
                        int_from_i64((int64_t)end), str_from_cstr(reason) };
    INCREF(obj);
    if (args[0] && args[2] && args[3] && args[4]) {
        Object *e = exc_new(kind, args, 5);
        if (e)
            exc_set_obj(e);
    }
    for (int i = 0; i < 5; i++)
        XDECREF(args[i]);
}

/* ---- encoding ---------------------------------------------------------- */

static void put_escape(StrBuf *b, uint32_t c, ErrMode mode)
{
    if (mode == ERR_XMLREF)
        strbuf_printf(b, "&#%u;", (unsigned)c);
    else if (c < 0x100)
        strbuf_printf(b, "\\x%02x", (unsigned)c);
    else if (c < 0x10000)
        strbuf_printf(b, "\\u%04x", (unsigned)c);
    else
        strbuf_printf(b, "\\U%08x", (unsigned)c);
}

/* Bytes for one run [start, end) of code points the codec cannot encode. */
static int encode_run(const char *fn, Object *s, Object *errors, const Codec *cd, StrBuf *b,
                      const char *run, size_t start, size_t end)
{
    ErrMode mode = find_handler(errors);
    if (mode == ERR_UNKNOWN)
        return -1;
    if (mode == ERR_STRICT) {
        char reason[40];
        snprintf(reason, sizeof reason, "ordinal not in range(%u)", (unsigned)cd->limit);
        raise_unicode_error(ExcUnicodeEncodeError, cd->name, s, start, end, reason);
        return -1;
    }
    for (size_t i = start; i < end; i++) {
        int k;
        uint32_t c = utf8_decode_at(run, &k);
        run += k;
        if (mode == ERR_REPLACE)
            strbuf_put(b, "?", 1);
        else if (mode != ERR_IGNORE)
            put_escape(b, c, mode);
    }
    return 0;
}

static Object *encode_narrow(const char *fn, Object *s, Object *errors, const Codec *cd)
{
    const char *p = str_utf8(s), *end = p + str_nbytes(s);
    StrBuf b = { 0 };
    for (size_t i = 0; p < end;) {
        int k;
        uint32_t c = utf8_decode_at(p, &k);
        if (c < cd->limit) {
            char ch = (char)c;
            strbuf_put(&b, &ch, 1);
            p += k, i++;
            continue;
        }
        const char *run = p;
        size_t start = i;
        while (p < end && utf8_decode_at(p, &k) >= cd->limit)
            p += k, i++;
        if (encode_run(fn, s, errors, cd, &b, run, start, i) < 0) {
            strbuf_free(&b);
            return NULL;
        }
    }
    if (b.oom) {
        strbuf_free(&b);
        exc_nomemory();
        return NULL;
    }
    Object *r = bytes_from(b.p ? b.p : "", b.n);
    strbuf_free(&b);
    return r;
}

Object *codec_encode(const char *fn, Object *s, Object *encoding, Object *errors)
{
    int c = find_codec(fn, encoding);
    if (c < 0 || (errors && need_str_arg(fn, "errors", errors) < 0))
        return NULL;
    if (c == CODEC_UTF8 || str_is_ascii(s))
        return bytes_from(str_utf8(s), str_nbytes(s));
    return encode_narrow(fn, s, errors, &codecs[c]);
}

/* ---- decoding ---------------------------------------------------------- */

/* The first invalid sequence in s[0, n) at or after `from`: its start, its
 * length (the longest valid prefix, at least 1) and why; n if none. */
static size_t utf8_find_error(const unsigned char *s, size_t n, size_t from, size_t *len,
                              const char **why, size_t *ncp)
{
    for (size_t i = from; i < n; (*ncp)++) {
        unsigned char c = s[i];
        int k = utf8_len(c);
        if (k == 0) {
            *len = 1, *why = "invalid start byte";
            return i;
        }
        for (int j = 1; j < k; j++) {
            if (i + (size_t)j >= n) {
                *len = n - i, *why = "unexpected end of data";
                return i;
            }
            unsigned char d = s[i + (size_t)j];
            bool bad = (d & 0xc0) != 0x80 || (j == 1 && ((c == 0xe0 && d < 0xa0) ||
                       (c == 0xed && d > 0x9f) || (c == 0xf0 && d < 0x90) || (c == 0xf4 && d > 0x8f)));
            if (bad) {
                *len = (size_t)j, *why = "invalid continuation byte";
                return i;
            }
        }
        i += (size_t)k;
    }
    return n;
}

size_t codec_utf8_count(const char *s, size_t n)
{
    size_t len, ncp = 0;
    const char *why;
    size_t at = utf8_find_error((const unsigned char *)s, n, 0, &len, &why, &ncp);
    if (at == n)
        return ncp;
    Object *b = bytes_from(s, n);
    if (b) {
        raise_unicode_error(ExcUnicodeDecodeError, "utf-8", b, at, at + len, why);
        DECREF(b);
    }
    return (size_t)-1;
}

/* What the handler puts for the bad bytes p[at, at+len). */
static int decode_bad(const char *fn, Object *errors, const char *codec, const unsigned char *p,
                      size_t n, size_t at, size_t len, const char *why, StrBuf *b)
{
    ErrMode mode = find_handler(errors);
    if (mode == ERR_UNKNOWN)
        return -1;
    if (mode == ERR_XMLREF) {
        exc_set(ExcTypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    }
    if (mode == ERR_STRICT) {
        Object *o = bytes_from((const char *)p, n);
        if (o) {
            raise_unicode_error(ExcUnicodeDecodeError, codec, o, at, at + len, why);
            DECREF(o);
        }
        return -1;
    }
    if (mode == ERR_REPLACE)
        strbuf_puts(b, "\xef\xbf\xbd");
    for (size_t i = 0; mode == ERR_BACKSLASH && i < len; i++)
        strbuf_printf(b, "\\x%02x", p[at + i]);
    return 0;
}

static int decode_utf8(const char *fn, Object *errors, const unsigned char *p, size_t n, StrBuf *b)
{
    for (size_t i = 0; i < n;) {
        size_t len, ncp = 0;
        const char *why;
        size_t at = utf8_find_error(p, n, i, &len, &why, &ncp);
        strbuf_put(b, (const char *)p + i, at - i);
        if (at == n)
            break;
        if (decode_bad(fn, errors, "utf-8", p, n, at, len, why, b) < 0)
            return -1;
        i = at + len;
    }
    return 0;
}

static int decode_narrow(const char *fn, Object *errors, const Codec *cd, const unsigned char *p,
                         size_t n, StrBuf *b)
{
    for (size_t i = 0; i < n; i++) {
        char out[4];
        if (p[i] < cd->limit)
            strbuf_put(b, out, utf8_encode(p[i], out));
        else if (decode_bad(fn, errors, cd->name, p, n, i, 1, "ordinal not in range(128)", b) < 0)
            return -1;
    }
    return 0;
}

Object *codec_decode(const char *fn, const unsigned char *p, size_t n, Object *encoding,
                     Object *errors)
{
    int c = find_codec(fn, encoding);
    if (c < 0 || (errors && need_str_arg(fn, "errors", errors) < 0))
        return NULL;
    if (c == CODEC_UTF8 && !errors)
        return str_from_utf8((const char *)p, n);
    StrBuf b = { 0 };
    int r = c == CODEC_UTF8 ? decode_utf8(fn, errors, p, n, &b)
                            : decode_narrow(fn, errors, &codecs[c], p, n, &b);
    if (r < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}
