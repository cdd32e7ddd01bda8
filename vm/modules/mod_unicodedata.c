/* vm/modules/mod_unicodedata.c — the `unicodedata` module over ICU's
 * character data and normalizers (libicuuc).  The database is ICU's:
 * unidata_version says which Unicode version that is. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "vm/objects/codec.h"
#include "vm/objects/utf8.h"
#include "vm/runtime/module.h"

/* The one character a str argument holds; TypeError in CPython's words,
 * which number the argument (" 1") where a default may follow it. */
static int char_arg(const char *fn, const char *nth, Object *o, UChar32 *c)
{
    if (!obj_isinstance_type(o, &StrType) || ((StrObject *)o)->ncp != 1) {
        exc_set(ExcTypeError, "%s() argument%s must be a unicode character, not %s", fn, nth,
                o->type->name);
        return -1;
    }
    int k;
    *c = (UChar32)utf8_decode_at(str_utf8(o), &k);
    return 0;
}

/* Parses (chr) or (chr, default) for fn; the default, if any, in *dflt. */
static int char_args(const char *fn, Object *const *args, size_t nargs, Object *kw, UChar32 *c,
                     Object **dflt)
{
    static const char *const names[] = { "chr", "default", NULL };
    Object *a[2];
    if (args_parse(fn, args, nargs, kw, 1, names, a) < 0 || char_arg(fn, " 1", a[0], c) < 0)
        return -1;
    *dflt = a[1];
    return 0;
}

/* Parses (chr) alone for fn. */
static int one_char(const char *fn, Object *const *args, size_t nargs, Object *kw, UChar32 *c)
{
    static const char *const names[] = { "chr", NULL };
    Object *a[1];
    return args_parse(fn, args, nargs, kw, 1, names, a) < 0 ? -1 : char_arg(fn, "", a[0], c);
}

/* Unassigned code points have no properties in CPython's database, where
 * ICU gives the defaults of their block. */
static bool assigned(UChar32 c)
{
    return u_charType(c) != U_UNASSIGNED;
}

static Object *short_name(UProperty p, UChar32 c)
{
    const char *s = u_getPropertyValueName(p, u_getIntPropertyValue(c, p), U_SHORT_PROPERTY_NAME);
    return str_from_cstr(s ? s : "");
}

static Object *ud_category(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    UChar32 c;
    if (one_char("category", args, nargs, kw, &c) < 0)
        return NULL;
    return short_name(UCHAR_GENERAL_CATEGORY, c);
}

static Object *ud_bidirectional(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    UChar32 c;
    if (one_char("bidirectional", args, nargs, kw, &c) < 0)
        return NULL;
    return assigned(c) ? short_name(UCHAR_BIDI_CLASS, c) : str_from_cstr("");
}

static Object *ud_east_asian_width(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    UChar32 c;
    if (one_char("east_asian_width", args, nargs, kw, &c) < 0)
        return NULL;
    return assigned(c) ? short_name(UCHAR_EAST_ASIAN_WIDTH, c) : str_from_cstr("F");
}

static Object *ud_combining(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    UChar32 c;
    if (one_char("combining", args, nargs, kw, &c) < 0)
        return NULL;
    return int_from_i64(u_getCombiningClass(c));
}

static Object *ud_mirrored(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    UChar32 c;
    if (one_char("mirrored", args, nargs, kw, &c) < 0)
        return NULL;
    return int_from_i64(assigned(c) && u_isMirrored(c));
}

/* The default, or ValueError `why` when there is none. */
static Object *or_default(Object *dflt, const char *why)
{
    if (!dflt) {
        exc_set(ExcValueError, "%s", why);
        return NULL;
    }
    INCREF(dflt);
    return dflt;
}

/* decimal, digit and numeric: the character's value when its Numeric_Type
 * is at least `least` (Decimal, then Digit, then Numeric). */
static Object *number(const char *fn, Object *const *args, size_t nargs, Object *kw,
                      int32_t least, const char *why)
{
    UChar32 c;
    Object *dflt;
    if (char_args(fn, args, nargs, kw, &c, &dflt) < 0)
        return NULL;
    int32_t t = u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE);
    if (t == U_NT_NONE || t > least)
        return or_default(dflt, why);
    double v = u_getNumericValue(c);
    return least == U_NT_NUMERIC ? float_from_double(v) : int_from_i64((int64_t)v);
}

static Object *ud_decimal(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return number("decimal", args, nargs, kw, U_NT_DECIMAL, "not a decimal");
}

static Object *ud_digit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return number("digit", args, nargs, kw, U_NT_DIGIT, "not a digit");
}

static Object *ud_numeric(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return number("numeric", args, nargs, kw, U_NT_NUMERIC, "not a numeric character");
}

/* CPython names ideographs by rule for CJK and Hangul only; ICU names
 * Tangut ones so too. */
static bool tangut_ideograph(UChar32 c)
{
    return (c >= 0x17000 && c <= 0x187ff) || (c >= 0x18d00 && c <= 0x18d7f);
}

static Object *ud_name(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    UChar32 c;
    Object *dflt;
    if (char_args("name", args, nargs, kw, &c, &dflt) < 0)
        return NULL;
    char buf[256];
    UErrorCode e = U_ZERO_ERROR;
    int32_t n = u_charName(c, U_UNICODE_CHAR_NAME, buf, (int32_t)sizeof buf, &e);
    if (U_FAILURE(e) || n == 0 || tangut_ideograph(c))
        return or_default(dflt, "no such name");
    return str_from_utf8(buf, (size_t)n);
}

/* By name, then by the name aliases that correct a misspelt name. */
static Object *ud_lookup(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "name", NULL };
    Object *a[1];
    if (args_parse("lookup", args, nargs, kw, 1, names, a) < 0)
        return NULL;
    if (!obj_isinstance_type(a[0], &StrType)) {
        exc_set(ExcTypeError, "lookup() argument must be str, not %s", a[0]->type->name);
        return NULL;
    }
    const char *name = str_utf8(a[0]);
    int32_t c = str_is_ascii(a[0]) ? codec_char_named(name) : -1;
    if (c < 0 || tangut_ideograph(c)) {
        exc_set(ExcKeyError, "undefined character name '%s'", name);
        return NULL;
    }
    return str_from_codepoint((uint32_t)c);
}

/* ---- normalization and decomposition ----------------------------------------- */

static const UNormalizer2 *normalizer(Object *form)
{
    static const UNormalizer2 *(*const get[])(UErrorCode *) = {
        unorm2_getNFCInstance, unorm2_getNFDInstance, unorm2_getNFKCInstance, unorm2_getNFKDInstance,
    };
    static const char *const forms[] = { "NFC", "NFD", "NFKC", "NFKD" };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (strcmp(str_utf8(form), forms[i]) == 0) {
            UErrorCode e = U_ZERO_ERROR;
            const UNormalizer2 *nz = get[i](&e);
            if (U_FAILURE(e))
                exc_set(ExcRuntimeError, "ICU normalizer %s: %s", forms[i], u_errorName(e));
            return U_FAILURE(e) ? NULL : nz;
        }
    exc_set(ExcValueError, "invalid normalization form");
    return NULL;
}

/* A str as ICU's UTF-16; a lone surrogate stays one unit, which ICU passes by. */
static UChar *to_utf16(Object *s, int32_t *len)
{
    size_t n = str_nbytes(s);
    UChar *u = n < INT32_MAX ? malloc((n + 1) * sizeof *u) : NULL;
    if (!u) {
        exc_nomemory();
        return NULL;
    }
    const char *p = str_utf8(s), *end = p + n;
    int32_t k = 0;
    for (int w; p < end; p += w) {
        uint32_t c = utf8_decode_at(p, &w);
        if (c >= 0x10000) {
            u[k++] = U16_LEAD(c);
            u[k++] = U16_TRAIL(c);
        } else
            u[k++] = (UChar)c;
    }
    *len = k;
    return u;
}

static Object *from_utf16(const UChar *u, int32_t n)
{
    StrBuf b = { 0 };
    size_t ncp = 0;
    for (int32_t i = 0; i < n; i++, ncp++) {
        UChar32 c = u[i];
        if (U16_IS_LEAD(c) && i + 1 < n && U16_IS_TRAIL(u[i + 1]))
            c = U16_GET_SUPPLEMENTARY(c, u[++i]);
        char buf[4];
        strbuf_put(&b, buf, utf8_encode((uint32_t)c, buf));
    }
    Object *r = b.oom ? strbuf_finish(&b) : str_from_utf8_trusted(b.p, b.n, ncp);
    strbuf_free(&b);
    return r;
}

static int norm_args(const char *fn, Object *const *args, size_t nargs, Object *kw,
                     const UNormalizer2 **nz, Object **s)
{
    static const char *const names[] = { "form", "unistr", NULL };
    Object *a[2];
    if (args_parse(fn, args, nargs, kw, 2, names, a) < 0)
        return -1;
    for (int i = 0; i < 2; i++)
        if (!obj_isinstance_type(a[i], &StrType)) {
            exc_set(ExcTypeError, "%s() argument %d must be str, not %s", fn, i + 1, a[i]->type->name);
            return -1;
        }
    *s = a[1];
    *nz = normalizer(a[0]);
    return *nz ? 0 : -1;
}

/* ICU's normalizer over src, into a buffer of the size it asks for. */
static Object *normalized(const UNormalizer2 *nz, const UChar *src, int32_t n)
{
    UChar small[256], *out = small;
    UErrorCode e = U_ZERO_ERROR;
    int32_t len = unorm2_normalize(nz, src, n, out, (int32_t)(sizeof small / sizeof *small), &e);
    if (e == U_BUFFER_OVERFLOW_ERROR && (out = malloc((size_t)len * sizeof *out))) {
        e = U_ZERO_ERROR;
        len = unorm2_normalize(nz, src, n, out, len, &e);
    }
    Object *r = NULL;
    if (!out)
        exc_nomemory();
    else if (U_FAILURE(e))
        exc_set(ExcRuntimeError, "ICU normalization: %s", u_errorName(e));
    else
        r = from_utf16(out, len);
    if (out != small)
        free(out);
    return r;
}

static Object *ud_normalize(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const UNormalizer2 *nz;
    Object *s;
    if (norm_args("normalize", args, nargs, kw, &nz, &s) < 0)
        return NULL;
    if (str_is_ascii(s)) {   /* ASCII is the same in every form */
        INCREF(s);
        return s;
    }
    int32_t n;
    UChar *src = to_utf16(s, &n);
    Object *r = src ? normalized(nz, src, n) : NULL;
    free(src);
    return r;
}

static Object *ud_is_normalized(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const UNormalizer2 *nz;
    Object *s;
    if (norm_args("is_normalized", args, nargs, kw, &nz, &s) < 0)
        return NULL;
    if (str_is_ascii(s))
        return bool_from(true);
    int32_t n;
    UChar *src = to_utf16(s, &n);
    if (!src)
        return NULL;
    UErrorCode e = U_ZERO_ERROR;
    bool yes = unorm2_isNormalized(nz, src, n, &e);
    free(src);
    if (U_FAILURE(e)) {
        exc_set(ExcRuntimeError, "ICU normalization: %s", u_errorName(e));
        return NULL;
    }
    return bool_from(yes);
}

/* CPython's tags, by ICU's UDecompositionType; canonical ones have none. */
static const char *const decomposition_tags[U_DT_COUNT] = {
    [U_DT_COMPAT] = "<compat>", [U_DT_CIRCLE] = "<circle>", [U_DT_FINAL] = "<final>",
    [U_DT_FONT] = "<font>", [U_DT_FRACTION] = "<fraction>", [U_DT_INITIAL] = "<initial>",
    [U_DT_ISOLATED] = "<isolated>", [U_DT_MEDIAL] = "<medial>", [U_DT_NARROW] = "<narrow>",
    [U_DT_NOBREAK] = "<noBreak>", [U_DT_SMALL] = "<small>", [U_DT_SQUARE] = "<square>",
    [U_DT_SUB] = "<sub>", [U_DT_SUPER] = "<super>", [U_DT_VERTICAL] = "<vertical>",
    [U_DT_WIDE] = "<wide>",
};

/* The mapping of UnicodeData.txt, which the NFKD data holds for canonical
 * and compatibility decompositions alike.  Hangul syllables decompose by
 * rule, not by the table, so CPython gives them none. */
static Object *ud_decomposition(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    UChar32 c;
    if (one_char("decomposition", args, nargs, kw, &c) < 0)
        return NULL;
    int32_t t = u_getIntPropertyValue(c, UCHAR_DECOMPOSITION_TYPE);
    if (t <= U_DT_NONE || t >= U_DT_COUNT || (c >= 0xac00 && c <= 0xd7a3))
        return str_from_cstr("");
    UChar raw[32];
    UErrorCode e = U_ZERO_ERROR;
    const UNormalizer2 *nz = unorm2_getNFKDInstance(&e);
    int32_t n = U_SUCCESS(e) ? unorm2_getRawDecomposition(nz, c, raw, 32, &e) : 0;
    if (U_FAILURE(e)) {
        exc_set(ExcRuntimeError, "ICU decomposition: %s", u_errorName(e));
        return NULL;
    }
    StrBuf b = { 0 };
    if (decomposition_tags[t])
        strbuf_puts(&b, decomposition_tags[t]);
    for (int32_t i = 0; i < n;) {
        UChar32 d;
        U16_NEXT(raw, i, n, d);
        strbuf_printf(&b, "%s%04X", b.n ? " " : "", (unsigned)d);
    }
    return strbuf_finish(&b);
}

static const struct {
    const char *name;
    CallFn fn;
} funcs[] = {
    { "category", ud_category },
    { "bidirectional", ud_bidirectional },
    { "east_asian_width", ud_east_asian_width },
    { "combining", ud_combining },
    { "mirrored", ud_mirrored },
    { "decimal", ud_decimal },
    { "digit", ud_digit },
    { "numeric", ud_numeric },
    { "name", ud_name },
    { "lookup", ud_lookup },
    { "normalize", ud_normalize },
    { "is_normalized", ud_is_normalized },
    { "decomposition", ud_decomposition },
};

Object *mod_unicodedata_init(void)
{
    Object *m = module_new("unicodedata", NULL);
    int bad = !m;
    for (size_t i = 0; !bad && i < sizeof funcs / sizeof *funcs; i++)
        bad = module_add_func(m, funcs[i].name, funcs[i].fn) < 0;
    UVersionInfo v;
    u_getUnicodeVersion(v);
    Object *ver = bad ? NULL : str_from_fmt("%u.%u.%u", v[0], v[1], v[2]);
    bad = !ver || module_add(m, "unidata_version", ver) < 0;
    XDECREF(ver);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
