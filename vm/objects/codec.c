/* vm/objects/codec.c — the text encodings between str and bytes.
 *
 * A str is UTF-8 inside, lone surrogates encoded as three bytes like any
 * other code point, so UTF-8 is a copy one way (once no surrogate is seen)
 * and a check the other.  ASCII and Latin-1 are one byte a code point below
 * their limit; UTF-16 and UTF-32 are written here with CPython's BOM rules;
 * every other charset is glibc's iconv(3): a single-byte one through a
 * 256-entry table iconv fills once (CPython calls those 'charmap'), a
 * multibyte one through iconv itself.
 *
 * An error is what CPython reports: the codec's name, the whole object,
 * the span [start, end) and a reason; vm/objects/codecerr.c says what the
 * handler puts instead.  Encoding spans a run of unencodable code points
 * where CPython's codec does (UTF-8, ASCII, Latin-1, charmap), else one.
 * A decoder told the input is not final leaves an unfinished character at
 * the end unread for the next call.
 */
#include "vm/objects/codec.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/objects/codecerr.h"
#include "vm/objects/utf8.h"

#include <unicode/uchar.h>

typedef enum {
    CODEC_NONE, CODEC_UTF8, CODEC_UTF8SIG, CODEC_ASCII, CODEC_LATIN1, CODEC_UTF16, CODEC_UTF16LE,
    CODEC_UTF16BE, CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE, CODEC_CHARMAP, CODEC_MBCS,
    CODEC_UESC, CODEC_RAWUESC
} Kind;

typedef struct Codec {
    Kind kind;
    const char *module;    /* encodings.<module> */
    const char *name;      /* CodecInfo.name */
    const char *iconv;     /* charset for CODEC_CHARMAP/MBCS; why not, for CODEC_NONE */
    const char *aliases;   /* normalised, space-separated */
} Codec;

#include "vm/objects/codec_names.h"

#define CODEC_ROW(kind, module, name, iconv, aliases) { kind, module, name, iconv, aliases },
static const Codec codecs[] = { CODEC_ROWS(CODEC_ROW) };
#undef CODEC_ROW
#define NCODECS (sizeof codecs / sizeof *codecs)

/* A charmap's code point for each byte (UNDEFINED for none), and the
 * pairs sorted by code point for encoding. */
#define UNDEFINED 0xffffffffu
typedef struct { uint32_t cp; unsigned char byte; } CharmapPair;
typedef struct Charset {
    iconv_t dec, enc;       /* MBCS; (iconv_t)-1 until opened */
    uint32_t *table;        /* CHARMAP: 256 entries */
    CharmapPair *pairs;
    size_t npairs;
} Charset;
static Charset charsets[NCODECS];

/* ---- finding a codec --------------------------------------------------- */

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

static bool in_words(const char *words, const char *key)
{
    size_t n = strlen(key);
    for (const char *w = words; *w;) {
        size_t k = strcspn(w, " ");
        if (k == n && memcmp(w, key, n) == 0)
            return true;
        w += k + (w[k] == ' ');
    }
    return false;
}

/* The row for a normalised key: an alias first, then a module's name, as
 * encodings.search_function looks. */
static int find_row(const char *key)
{
    for (size_t c = 0; c < NCODECS; c++)
        if (in_words(codecs[c].aliases, key))
            return (int)c;
    for (size_t c = 0; c < NCODECS; c++)
        if (strcmp(codecs[c].module, key) == 0)
            return (int)c;
    return -1;
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
    /* The default, found once, and the last few names found with their
     * rows: a program uses a handful of names over and over. */
    static int utf8_row = -1;
    static char seen_key[8][64];
    static int seen_row[8], nseen;
    static unsigned next_slot;
    if (!encoding)
        return utf8_row >= 0 ? utf8_row : (utf8_row = find_row("utf_8"));
    if (need_str_arg(fn, "encoding", encoding) < 0)
        return -1;
    char key[64];
    normalise(str_utf8(encoding), key, sizeof key);
    for (int i = 0; i < nseen; i++)
        if (strcmp(key, seen_key[i]) == 0)
            return seen_row[i];
    int c = find_row(key);
    if (c < 0 && strchr(key, '.')) {
        char dotless[64];
        for (size_t i = 0; (dotless[i] = key[i] == '.' ? '_' : key[i]); i++)
            ;
        c = find_row(dotless);
    }
    if (c >= 0 && codecs[c].kind != CODEC_NONE) {
        unsigned slot = next_slot++ % 8;
        memcpy(seen_key[slot], key, sizeof key);
        seen_row[slot] = c;
        nseen += nseen < 8;
    }
    if (c >= 0 && codecs[c].kind == CODEC_NONE) {
        exc_set(ExcLookupError, "gilvm: encoding '%s' is not supported (%s)", codecs[c].name,
                codecs[c].iconv);
        return -1;
    }
    if (c < 0)
        exc_set(ExcLookupError, "unknown encoding: %s", str_utf8(encoding));
    return c;
}

/* The name a codec gives itself in its errors. */
static const char *err_name(int c)
{
    switch (codecs[c].kind) {
    case CODEC_UTF8: case CODEC_UTF8SIG: return "utf-8";
    case CODEC_ASCII: return "ascii";
    case CODEC_LATIN1: return "latin-1";
    case CODEC_CHARMAP: return "charmap";
    case CODEC_UESC: return "unicodeescape";
    case CODEC_RAWUESC: return "rawunicodeescape";
    default: return codecs[c].name;
    }
}

/* ---- iconv ------------------------------------------------------------- */

static iconv_t open_iconv(int c, bool decoding)
{
    Charset *cs = &charsets[c];
    iconv_t *cd = decoding ? &cs->dec : &cs->enc;
    if (*cd == (iconv_t)0)
        *cd = (iconv_t)-1;
    if (*cd == (iconv_t)-1)
        *cd = decoding ? iconv_open("UTF-8", codecs[c].iconv) : iconv_open(codecs[c].iconv, "UTF-8");
    if (*cd == (iconv_t)-1)
        exc_set(ExcLookupError, "gilvm: encoding '%s' is not supported (iconv_open: %s)",
                codecs[c].name, strerror(errno));
    else
        iconv(*cd, NULL, NULL, NULL, NULL);
    return *cd;
}

/* Converts in[0, *n) into out (cap bytes); *n left unconverted, and the
 * bytes written.  errno as iconv's when it stopped early. */
static size_t run_iconv(iconv_t cd, const char *in, size_t *n, char *out, size_t cap)
{
    char *ip = (char *)in, *op = out;
    size_t ol = cap;
    errno = 0;
    if (iconv(cd, &ip, n, &op, &ol) != (size_t)-1)
        errno = 0;
    return cap - ol;
}

static int cmp_pair(const void *a, const void *b)
{
    uint32_t x = ((const CharmapPair *)a)->cp, y = ((const CharmapPair *)b)->cp;
    return x < y ? -1 : x > y;
}

/* The charmap's table, filled by iconv a byte at a time on first use. */
static const Charset *charmap(int c)
{
    Charset *cs = &charsets[c];
    if (cs->table)
        return cs;
    iconv_t cd = open_iconv(c, true);
    uint32_t *t = cd == (iconv_t)-1 ? NULL : malloc(256 * sizeof *t);
    CharmapPair *pairs = t ? malloc(256 * sizeof *pairs) : NULL;
    if (!pairs) {
        free(t);
        if (cd != (iconv_t)-1)
            exc_nomemory();
        return NULL;
    }
    size_t np = 0;
    for (int b = 0; b < 256; b++) {
        char in = (char)b, out[8];
        size_t left = 1, got;
        iconv(cd, NULL, NULL, NULL, NULL);
        got = run_iconv(cd, &in, &left, out, sizeof out);
        int k;
        t[b] = left == 0 && got > 0 && (size_t)utf8_len((unsigned char)out[0]) == got
                   ? utf8_decode_at(out, &k) : UNDEFINED;
        if (t[b] != UNDEFINED)
            pairs[np++] = (CharmapPair){ t[b], (unsigned char)b };
    }
    qsort(pairs, np, sizeof *pairs, cmp_pair);
    cs->table = t, cs->pairs = pairs, cs->npairs = np;
    return cs;
}

void codec_fini(void)
{
    for (size_t c = 0; c < NCODECS; c++) {
        Charset *cs = &charsets[c];
        if (cs->dec && cs->dec != (iconv_t)-1)
            iconv_close(cs->dec);
        if (cs->enc && cs->enc != (iconv_t)-1)
            iconv_close(cs->enc);
        free(cs->table);
        free(cs->pairs);
        *cs = (Charset){ 0 };
    }
    codecerr_fini();
}

/* ---- encoding ---------------------------------------------------------- */

typedef struct Enc {
    int c;
    Kind kind;
    const Charset *cs;   /* CHARMAP */
    iconv_t cd;          /* MBCS */
    StrBuf out;
} Enc;

static bool is_surrogate(uint32_t c)
{
    return c >= 0xd800 && c <= 0xdfff;
}

static void put_unit(StrBuf *b, uint32_t v, int width, bool big)
{
    char u[4];
    for (int i = 0; i < width; i++)
        u[i] = (char)(v >> (big ? 8 * (width - 1 - i) : 8 * i));
    strbuf_put(b, u, (size_t)width);
}

/* The letter of unicode_escape's short escape for c, or 0. */
static char short_escape(uint32_t c)
{
    switch (c) {
    case '\t': return 't';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\\': return '\\';
    default: return 0;
    }
}

/* unicode_escape's text for c (raw: only what Latin-1 lacks is escaped). */
static void put_escaped(StrBuf *b, uint32_t c, bool raw)
{
    char u[12];
    char letter = raw ? 0 : short_escape(c);
    if (letter)
        strbuf_put(b, (const char[]){ '\\', letter }, 2);
    else if (raw ? c < 0x100 : c >= 0x20 && c < 0x7f)
        strbuf_put(b, (const char[]){ (char)c }, 1);
    else
        strbuf_put(b, u, (size_t)snprintf(u, sizeof u, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", c));
}

/* Puts c's bytes; false, putting nothing, when the codec has none. */
static bool put_cp(Enc *e, uint32_t c)
{
    char u8[4];
    switch (e->kind) {
    case CODEC_UESC: case CODEC_RAWUESC:
        put_escaped(&e->out, c, e->kind == CODEC_RAWUESC);
        return true;
    case CODEC_UTF8: case CODEC_UTF8SIG:
        if (is_surrogate(c))
            return false;
        strbuf_put(&e->out, u8, utf8_encode(c, u8));
        return true;
    case CODEC_ASCII: case CODEC_LATIN1:
        if (c >= (e->kind == CODEC_ASCII ? 0x80u : 0x100u))
            return false;
        strbuf_put(&e->out, (const char[]){ (char)c }, 1);
        return true;
    case CODEC_UTF16: case CODEC_UTF16LE: case CODEC_UTF16BE:
        if (is_surrogate(c))
            return false;
        if (c >= 0x10000) {
            put_unit(&e->out, 0xd800 | ((c - 0x10000) >> 10), 2, e->kind == CODEC_UTF16BE);
            c = 0xdc00 | (c & 0x3ff);
        }
        put_unit(&e->out, c, 2, e->kind == CODEC_UTF16BE);
        return true;
    case CODEC_UTF32: case CODEC_UTF32LE: case CODEC_UTF32BE:
        if (is_surrogate(c))
            return false;
        put_unit(&e->out, c, 4, e->kind == CODEC_UTF32BE);
        return true;
    case CODEC_CHARMAP: {
        CharmapPair key = { c, 0 };
        const CharmapPair *p = bsearch(&key, e->cs->pairs, e->cs->npairs, sizeof key, cmp_pair);
        if (p)
            strbuf_put(&e->out, (const char *)&p->byte, 1);
        return p != NULL;
    }
    default: {
        char out[16];
        size_t n = utf8_encode(c, u8), got;
        got = run_iconv(e->cd, u8, &n, out, sizeof out);
        if (n)
            return false;
        strbuf_put(&e->out, out, got);
        return true;
    }
    }
}

static size_t unit_bytes(Kind k)
{
    return k >= CODEC_UTF16 && k <= CODEC_UTF16BE ? 2 : k >= CODEC_UTF32 && k <= CODEC_UTF32BE ? 4 : 1;
}

/* Whether the codec reports a run of unencodable code points as one error. */
static bool errors_span_runs(Kind k)
{
    return k == CODEC_UTF8 || k == CODEC_UTF8SIG || k == CODEC_ASCII || k == CODEC_LATIN1 ||
           k == CODEC_CHARMAP;
}

static const char *encode_reason(Kind k, char *buf, size_t cap)
{
    if (k == CODEC_ASCII || k == CODEC_LATIN1) {
        snprintf(buf, cap, "ordinal not in range(%d)", k == CODEC_ASCII ? 128 : 256);
        return buf;
    }
    return k == CODEC_CHARMAP ? "character maps to <undefined>"
         : k == CODEC_MBCS ? "illegal multibyte sequence" : "surrogates not allowed";
}

/* Whether code point c is one the codec cannot encode (for a run). */
static bool unencodable(Enc *e, uint32_t c)
{
    size_t n = e->out.n;
    bool ok = put_cp(e, c);
    e->out.n = n;
    return !ok;
}

/* The handler's bytes for s's code points [start, end), which the codec
 * cannot encode; the next code point in *next. */
static int encode_error(Enc *e, Object *s, Object *errors, size_t start, size_t end, size_t *next)
{
    char buf[40];
    const char *reason = encode_reason(e->kind, buf, sizeof buf), *name = err_name(e->c);
    Object *rep;
    if (codecerr_encode(name, errors, s, start, end, reason, &rep, next) < 0)
        return -1;
    bool ok;
    if (obj_isinstance_type(rep, &BytesType)) {
        /* UTF-16 and UTF-32 take whole units of bytes only */
        BytesObject *b = (BytesObject *)rep;
        ok = b->n % unit_bytes(e->kind) == 0;
        if (ok)
            strbuf_put(&e->out, (const char *)b->data, b->n);
    } else {
        const char *p = str_utf8(rep), *z = p + str_nbytes(rep);
        int k;
        for (; p < z && put_cp(e, utf8_decode_at(p, &k)); p += k)
            ;
        ok = p == z;
    }
    DECREF(rep);
    if (ok)
        return 0;
    codecerr_raise(ExcUnicodeEncodeError, name, s, start, end, reason);
    return -1;
}

static int encode_loop(Enc *e, Object *s, Object *errors)
{
    size_t ncp = ((StrObject *)s)->ncp;
    const char *p = str_utf8(s);
    for (size_t i = 0; i < ncp;) {
        int k;
        if (put_cp(e, utf8_decode_at(p, &k))) {
            p += k, i++;
            continue;
        }
        size_t end = i + 1;
        for (const char *q = p + k; errors_span_runs(e->kind) && end < ncp; end++, q += k)
            if (!unencodable(e, utf8_decode_at(q, &k)))
                break;
        if (encode_error(e, s, errors, i, end, &i) < 0)
            return -1;
        p = str_utf8(s) + str_cp_offset(s, i);
    }
    return 0;
}

static bool has_surrogate(Object *s)
{
    const unsigned char *p = (const unsigned char *)str_utf8(s);
    for (size_t i = 0, n = str_nbytes(s); i + 1 < n; i++)
        if (p[i] == 0xed && p[i + 1] >= 0xa0)
            return true;
    return false;
}

static bool ascii_compatible(Kind k)
{
    return k == CODEC_UTF8 || k == CODEC_ASCII || k == CODEC_LATIN1;
}

Object *codec_encode_part(const char *fn, Object *s, Object *encoding, Object *errors, bool first)
{
    int c = find_codec(fn, encoding);
    if (c < 0 || (errors && need_str_arg(fn, "errors", errors) < 0))
        return NULL;
    Enc e = { .c = c, .kind = codecs[c].kind, .cd = (iconv_t)-1 };
    if ((ascii_compatible(e.kind) && str_is_ascii(s)) || (e.kind == CODEC_UTF8 && !has_surrogate(s)))
        return bytes_from(str_utf8(s), str_nbytes(s));
    if ((e.kind == CODEC_CHARMAP && !(e.cs = charmap(c))) ||
        (e.kind == CODEC_MBCS && (e.cd = open_iconv(c, false)) == (iconv_t)-1))
        return NULL;
    if (first && e.kind == CODEC_UTF8SIG)
        strbuf_put(&e.out, "\xef\xbb\xbf", 3);
    if (first && (e.kind == CODEC_UTF16 || e.kind == CODEC_UTF32))
        put_unit(&e.out, 0xfeff, e.kind == CODEC_UTF16 ? 2 : 4, false);
    if (encode_loop(&e, s, errors) < 0 || e.out.oom) {
        if (e.out.oom)
            exc_nomemory();
        strbuf_free(&e.out);
        return NULL;
    }
    Object *r = bytes_from(e.out.p ? e.out.p : "", e.out.n);
    strbuf_free(&e.out);
    return r;
}

Object *codec_encode(const char *fn, Object *s, Object *encoding, Object *errors)
{
    return codec_encode_part(fn, s, encoding, errors, true);
}

/* ---- decoding ---------------------------------------------------------- */

typedef struct Dec {
    int c;
    const char *name;   /* in errors: UTF-16 and UTF-32 by the byte order they read */
    Object *errors;
    const unsigned char *p;
    size_t n;
    bool final;
    StrBuf out;
} Dec;

static int decode_error(Dec *d, size_t start, size_t end, const char *why, size_t *next)
{
    return codecerr_decode(d->name, d->errors, d->p, d->n, start, end, why, &d->out,
                           next);
}

static void put_u8(Dec *d, uint32_t c)
{
    char u8[4];
    strbuf_put(&d->out, u8, utf8_encode(c, u8));
}

/* The first invalid sequence in s[0, n) at or after `from`: its start, its
 * length (the longest valid prefix, at least 1) and why; n if none.  With
 * surrogates, an encoded lone surrogate (0xed 0xa0..0xbf) is valid. */
static size_t utf8_scan(const unsigned char *s, size_t n, size_t from, size_t *len,
                        const char **why, size_t *ncp, bool surrogates)
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
            unsigned char x = s[i + (size_t)j];
            bool bad = (x & 0xc0) != 0x80 || (j == 1 && ((c == 0xe0 && x < 0xa0) ||
                       (c == 0xed && x > 0x9f && !surrogates) || (c == 0xf0 && x < 0x90) || (c == 0xf4 && x > 0x8f)));
            if (bad) {
                *len = (size_t)j, *why = "invalid continuation byte";
                return i;
            }
        }
        i += (size_t)k;
    }
    return n;
}

static size_t utf8_find_error(const unsigned char *s, size_t n, size_t from, size_t *len,
                              const char **why, size_t *ncp)
{
    return utf8_scan(s, n, from, len, why, ncp, false);
}

size_t codec_strbuf_count(const char *s, size_t n)
{
    size_t len, ncp = 0;
    const char *why;
    return utf8_scan((const unsigned char *)s, n, 0, &len, &why, &ncp, true) == n ? ncp : (size_t)-1;
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
        codecerr_raise(ExcUnicodeDecodeError, "utf-8", b, at, at + len, why);
        DECREF(b);
    }
    return (size_t)-1;
}

/* Decodes d->p[from, n); the bytes read. */
static size_t decode_utf8(Dec *d, size_t from, int *err)
{
    size_t i = from;
    while (i < d->n) {
        size_t len, ncp = 0;
        const char *why;
        size_t at = utf8_find_error(d->p, d->n, i, &len, &why, &ncp);
        strbuf_put(&d->out, (const char *)d->p + i, at - i);
        i = at;
        if (at == d->n || (!d->final && at + len == d->n && strcmp(why, "unexpected end of data") == 0))
            break;
        if (decode_error(d, at, at + len, why, &i) < 0) {
            *err = -1;
            break;
        }
    }
    return i;
}

static size_t decode_narrow(Dec *d, int *err)
{
    const Charset *cs = codecs[d->c].kind == CODEC_CHARMAP ? charmap(d->c) : NULL;
    uint32_t limit = codecs[d->c].kind == CODEC_ASCII ? 0x80 : 0x100;
    if (codecs[d->c].kind == CODEC_CHARMAP && !cs) {
        *err = -1;
        return 0;
    }
    size_t i = 0;
    while (i < d->n) {
        uint32_t c = cs ? cs->table[d->p[i]] : d->p[i] < limit ? d->p[i] : UNDEFINED;
        if (c != UNDEFINED) {
            put_u8(d, c);
            i++;
        } else if (decode_error(d, i, i + 1, cs ? "character maps to <undefined>"
                                             : "ordinal not in range(128)", &i) < 0) {
            *err = -1;
            break;
        }
    }
    return i;
}

int32_t codec_char_named(const char *name)
{
    UErrorCode e = U_ZERO_ERROR;
    UChar32 c = u_charFromName(U_UNICODE_CHAR_NAME, name, &e);
    if (U_FAILURE(e)) {
        e = U_ZERO_ERROR;
        c = u_charFromName(U_CHAR_NAME_ALIAS, name, &e);
    }
    return U_FAILURE(e) ? -1 : c;
}

static int hex_digit(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* An escape's error: where its bytes end and why. */
typedef struct { size_t end; const char *why; } EscErr;

/* The `want` hex digits at p[i..] of a \x, \u or \U escape, or -1 (e set). */
static int64_t hex_escape(Dec *d, size_t i, int want, bool raw, EscErr *e)
{
    int64_t v = 0;
    size_t k = i;
    for (; k < d->n && k < i + (size_t)want && hex_digit(d->p[k]) >= 0; k++)
        v = v * 16 + hex_digit(d->p[k]);
    e->end = k;
    if (k < i + (size_t)want)
        e->why = want == 2 ? "truncated \\xXX escape" : want == 4 ? "truncated \\uXXXX escape"
                                                   : "truncated \\UXXXXXXXX escape";
    else if (v > 0x10ffff)
        e->why = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
    else
        return v;
    return -1;
}

/* \N{name}'s character, its N at d->p[i - 1], or -1 (e set). */
static int64_t named_char(Dec *d, size_t i, EscErr *e)
{
    const unsigned char *close = i < d->n && d->p[i] == '{' ? memchr(d->p + i, '}', d->n - i) : NULL;
    size_t len = close ? (size_t)(close - d->p) - i - 1 : 0;
    char name[256];
    e->why = "malformed \\N character escape";
    e->end = close ? (size_t)(close - d->p) + 1 : i < d->n && d->p[i] == '{' ? d->n : i;
    if (!close || !len)
        return -1;
    e->why = "unknown Unicode character name";
    if (len >= sizeof name)
        return -1;
    memcpy(name, d->p + i + 1, len);
    name[len] = 0;
    return codec_char_named(name);
}

static const char simple_escapes[] = "\\\\''\"\"a\ab\bf\fn\nr\rt\tv\v";

/* The character of the escape after the backslash at d->p[i - 1] (i < n),
 * -2 for one that stands for itself (kept with its backslash), -3 for a
 * line continuation (nothing), or -1 (e set); *next is past it. */
static int64_t escape_char(Dec *d, size_t i, size_t *next, EscErr *e)
{
    unsigned char c = d->p[i];
    *next = i + 1;
    if (c == '\n')
        return -3;
    for (const char *s = simple_escapes; *s; s += 2)
        if ((unsigned char)*s == c)
            return (unsigned char)s[1];
    if (c >= '0' && c <= '7') {
        int64_t v = c - '0';
        for (; *next < d->n && *next < i + 3 && d->p[*next] >= '0' && d->p[*next] <= '7'; ++*next)
            v = v * 8 + (d->p[*next] - '0');
        return v;
    }
    int want = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
    int64_t v = want ? hex_escape(d, i + 1, want, false, e) : c == 'N' ? named_char(d, i + 1, e) : -2;
    *next = v >= 0 ? (want ? i + 1 + (size_t)want : e->end) : i + 1;
    return v;
}

/* unicode_escape: Latin-1 bytes with Python's string escapes. */
static size_t decode_uesc(Dec *d, int *err)
{
    size_t i = 0;
    while (i < d->n) {
        EscErr e = { d->n, "\\ at end of string" };
        size_t next = i + 1;
        int64_t c = d->p[i] != '\\' ? d->p[i] : i + 1 < d->n ? escape_char(d, i + 1, &next, &e) : -1;
        if (c >= 0) {
            put_u8(d, (uint32_t)c);
        } else if (c == -2) {
            put_u8(d, '\\');
            put_u8(d, d->p[i + 1]);
        } else if (c == -1 && decode_error(d, i, e.end, e.why, &next) < 0) {
            *err = -1;
            break;
        }
        i = next;
    }
    return i;
}

/* raw_unicode_escape: Latin-1 bytes where only \u and \U escape, and only
 * after an odd run of backslashes. */
static size_t decode_rawuesc(Dec *d, int *err)
{
    size_t i = 0;
    while (i < d->n) {
        size_t run = 0;
        while (i + run < d->n && d->p[i + run] == '\\')
            run++;
        unsigned char c = i + run < d->n ? d->p[i + run] : 0;
        if (!(run % 2) || (c != 'u' && c != 'U')) {
            for (size_t k = 0; k < (run ? run : 1); k++)
                put_u8(d, d->p[i + k]);
            i += run ? run : 1;
            continue;
        }
        for (size_t k = 1; k < run; k++)
            put_u8(d, '\\');
        i += run - 1;   /* the escaping backslash */
        EscErr e;
        int64_t v = hex_escape(d, i + 2, c == 'u' ? 4 : 8, true, &e);
        size_t next = i + 2 + (c == 'u' ? 4 : 8);
        if (v >= 0) {
            put_u8(d, (uint32_t)v);
        } else if (decode_error(d, i, e.end, e.why, &next) < 0) {
            *err = -1;
            break;
        }
        i = next;
    }
    return i;
}

static uint32_t get_unit(const unsigned char *p, int width, bool big)
{
    uint32_t v = 0;
    for (int i = 0; i < width; i++)
        v = v << 8 | p[big ? i : width - 1 - i];
    return v;
}

/* UTF-16 from `from`; big says the byte order. */
static size_t decode_utf16(Dec *d, size_t from, bool big, int *err)
{
    size_t i = from, n = d->n;
    while (i < n) {
        const char *why = NULL;
        size_t end = n;
        if (i + 1 >= n) {
            if (!d->final)
                break;
            why = "truncated data";
        } else {
            uint32_t u = get_unit(d->p + i, 2, big);
            if (u < 0xd800 || u > 0xdfff) {
                put_u8(d, u);
                i += 2;
                continue;
            }
            end = i + 2;
            if (u >= 0xdc00) {
                why = "illegal encoding";
            } else if (i + 3 >= n) {
                if (!d->final)
                    break;
                why = "unexpected end of data", end = n;
            } else {
                uint32_t v = get_unit(d->p + i + 2, 2, big);
                if (v >= 0xdc00 && v <= 0xdfff) {
                    put_u8(d, 0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
                    i += 4;
                    continue;
                }
                why = "illegal UTF-16 surrogate";
            }
        }
        if (decode_error(d, i, end, why, &i) < 0) {
            *err = -1;
            break;
        }
    }
    return i;
}

static size_t decode_utf32(Dec *d, size_t from, bool big, int *err)
{
    size_t i = from, n = d->n;
    while (i < n) {
        const char *why;
        size_t end = i + 4;
        if (i + 4 > n) {
            if (!d->final)
                break;
            why = "truncated data", end = n;
        } else {
            uint32_t u = get_unit(d->p + i, 4, big);
            if (u < 0x110000 && !is_surrogate(u)) {
                put_u8(d, u);
                i += 4;
                continue;
            }
            why = u >= 0x110000 ? "code point not in range(0x110000)"
                                : "code point in surrogate code point range(0xd800, 0xe000)";
        }
        if (decode_error(d, i, end, why, &i) < 0) {
            *err = -1;
            break;
        }
    }
    return i;
}

static size_t decode_mbcs(Dec *d, int *err)
{
    iconv_t cd = open_iconv(d->c, true);
    size_t i = 0;
    if (cd == (iconv_t)-1) {
        *err = -1;
        return 0;
    }
    while (i < d->n && !d->out.oom) {
        char out[4096];
        size_t left = d->n - i;
        size_t got = run_iconv(cd, (const char *)d->p + i, &left, out, sizeof out);
        int why = errno;
        strbuf_put(&d->out, out, got);
        i = d->n - left;
        if (why == 0 || why == E2BIG)
            continue;
        iconv(cd, NULL, NULL, NULL, NULL);
        if (why == EINVAL && !d->final)
            break;
        bool incomplete = why == EINVAL;
        if (decode_error(d, i, incomplete ? d->n : i + 1,
                         incomplete ? "incomplete multibyte sequence" : "illegal multibyte sequence",
                         &i) < 0) {
            *err = -1;
            break;
        }
    }
    return i;
}

/* Reads a BOM for the unmarked UTF-16 and UTF-32 (*state 1 little-endian,
 * 2 big, 0 not yet known) and UTF-8-SIG (*state 1 once past it): the bytes
 * it took, or (size_t)-1 when too few have come to tell. */
static size_t read_bom(Dec *d, Kind k, int *state)
{
    static const unsigned char sig[] = { 0xef, 0xbb, 0xbf }, le32[] = { 0xff, 0xfe, 0, 0 },
                               be32[] = { 0, 0, 0xfe, 0xff };
    size_t w = k == CODEC_UTF8SIG ? 3 : k == CODEC_UTF16 ? 2 : 4;
    const unsigned char *le = k == CODEC_UTF8SIG ? sig : le32;
    const unsigned char *be = k == CODEC_UTF16 ? be32 + 2 : be32;
    size_t have = d->n < w ? d->n : w;
    bool maybe = memcmp(d->p, le, have) == 0 || (k != CODEC_UTF8SIG && memcmp(d->p, be, have) == 0);
    if (maybe && have < w && !d->final)
        return (size_t)-1;
    *state = 1;
    if (have == w && k != CODEC_UTF8SIG && memcmp(d->p, be, w) == 0) {
        *state = 2;
        return w;
    }
    return have == w && memcmp(d->p, le, w) == 0 ? w : 0;
}

static size_t decode_kind(Dec *d, int *state, int *err)
{
    Kind k = codecs[d->c].kind;
    size_t from = 0;
    if ((k == CODEC_UTF8SIG || k == CODEC_UTF16 || k == CODEC_UTF32) && *state == 0) {
        if ((from = read_bom(d, k, state)) == (size_t)-1)
            return 0;
    }
    bool big = k == CODEC_UTF16BE || k == CODEC_UTF32BE ||
               ((k == CODEC_UTF16 || k == CODEC_UTF32) && *state == 2);
    if (k == CODEC_UTF16 || k == CODEC_UTF32)
        d->name = k == CODEC_UTF16 ? (big ? "utf-16-be" : "utf-16-le") : big ? "utf-32-be" : "utf-32-le";
    switch (k) {
    case CODEC_UTF8: case CODEC_UTF8SIG: return decode_utf8(d, from, err);
    case CODEC_UTF16: case CODEC_UTF16LE: case CODEC_UTF16BE: return decode_utf16(d, from, big, err);
    case CODEC_UTF32: case CODEC_UTF32LE: case CODEC_UTF32BE: return decode_utf32(d, from, big, err);
    case CODEC_MBCS: return decode_mbcs(d, err);
    case CODEC_UESC: return decode_uesc(d, err);
    case CODEC_RAWUESC: return decode_rawuesc(d, err);
    default: return decode_narrow(d, err);
    }
}

Object *codec_decode_part(const char *fn, const unsigned char *p, size_t n, Object *encoding,
                          Object *errors, bool final, int *state, size_t *used)
{
    int c = find_codec(fn, encoding), err = 0;
    if (c < 0 || (errors && need_str_arg(fn, "errors", errors) < 0))
        return NULL;
    Dec d = { .c = c, .name = err_name(c), .errors = errors, .p = p, .n = n, .final = final };
    *used = decode_kind(&d, state, &err);
    if (err < 0 || d.out.oom) {
        if (!err)
            exc_nomemory();
        strbuf_free(&d.out);
        return NULL;
    }
    Object *r = str_from_utf8_trusted(d.out.p ? d.out.p : "", d.out.n, utf8_count(d.out.p, d.out.n));
    strbuf_free(&d.out);
    return r;
}

Object *codec_decode(const char *fn, const unsigned char *p, size_t n, Object *encoding,
                     Object *errors)
{
    int state = 0, c = find_codec(fn, encoding);
    size_t used;
    if (c < 0)
        return NULL;
    if (!errors && codecs[c].kind == CODEC_UTF8)
        return str_from_utf8((const char *)p, n);
    return codec_decode_part(fn, p, n, encoding, errors, true, &state, &used);
}

Object *codec_lookup_name(Object *encoding)
{
    int c = find_codec("lookup", encoding);
    return c < 0 ? NULL : str_from_cstr(codecs[c].name);
}
