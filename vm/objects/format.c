/* vm/objects/format.c — the format-spec mini-language, printf-style `%`, and
 * str.format.
 *
 * Everything funnels into one Spec ([[fill]align][sign][#][0][width]
 * [,|_][.precision][type]) and three renderers (int, float, str), so
 * format(), f-strings, str.format and `%` agree on the details.  Float
 * digits come from the C library's correctly rounded printf; the layout
 * (when to switch to exponent notation, '.0', trailing zeros) is Python's. */
#include "vm/objects/format.h"
#include "vm/objects/buffer.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Spec {
    char fill[5];    /* one code point, UTF-8 */
    char align;      /* '<' '>' '^' '=' or 0 */
    char sign;       /* '+' '-' ' ' or 0 */
    bool alt, zero;
    int64_t width;   /* -1: none */
    char grouping;   /* ',' '_' or 0 */
    int64_t precision; /* -1: none */
    char type;       /* 0: none */
    int64_t min_digits; /* printf's %.3d: at least this many digits */
} Spec;

static void spec_init(Spec *s)
{
    memset(s, 0, sizeof *s);
    strcpy(s->fill, " ");
    s->width = s->precision = -1;
}

static int utf8_seq_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

static bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static int bad_spec(void)
{
    exc_set(ExcValueError, "Invalid format specifier");
    return -1;
}

/* A run of decimal digits at *pp (a width or precision): -1 with
 * ValueError(`too_big`) when it does not fit an int64, as CPython refuses
 * what does not fit a Py_ssize_t (signed overflow here would be UB). */
static int parse_count(const char **pp, int64_t *out, const char *too_big)
{
    int64_t v = 0;
    for (; **pp >= '0' && **pp <= '9'; ++*pp) {
        int d = **pp - '0';
        if (v > (INT64_MAX - d) / 10) {
            exc_set(ExcValueError, "%s", too_big);
            return -1;
        }
        v = v * 10 + d;
    }
    *out = v;
    return 0;
}

static int parse_spec(const char *p, Spec *s)
{
    spec_init(s);
    int k = *p ? utf8_seq_len((unsigned char)*p) : 1;
    if (*p && is_align(p[k])) {
        memcpy(s->fill, p, (size_t)k);
        s->fill[k] = '\0';
        s->align = p[k];
        p += k + 1;
    } else if (is_align(*p)) {
        s->align = *p++;
    }
    if (*p == '+' || *p == '-' || *p == ' ')
        s->sign = *p++;
    if (*p == '#') {
        s->alt = true;
        p++;
    }
    if (*p == '0') {
        s->zero = true;
        p++;
    }
    if (*p >= '0' && *p <= '9' && parse_count(&p, &s->width, "Too many decimal digits in format string") < 0)
        return -1;
    if (*p == ',' || *p == '_')
        s->grouping = *p++;
    if (*p == '.') {
        p++;
        if (!(*p >= '0' && *p <= '9')) {
            exc_set(ExcValueError, "Format specifier missing precision");
            return -1;
        }
        if (parse_count(&p, &s->precision, "Too many decimal digits in format string") < 0)
            return -1;
    }
    if (*p)
        s->type = *p++;
    if (*p)
        return bad_spec();
    return 0;
}

/* count copies of the fill (fl <= 4 bytes), a chunk per call: a width of
 * 10**8 is 10**8 bytes written, not 10**8 calls (the fuzzer's timeout). */
static void put_fill(StrBuf *b, const char *fill, size_t fl, size_t count)
{
    char chunk[256];
    size_t per = sizeof chunk / fl;
    for (size_t i = 0; i < per && i < count; i++)
        memcpy(chunk + i * fl, fill, fl);
    while (count && !b->oom) {
        size_t k = count < per ? count : per;
        strbuf_put(b, chunk, k * fl);
        count -= k;
    }
}

/* Pads `body` (sign/prefix first `pre` bytes) to the width, as Python:
 * '=' puts the fill between the prefix and the digits. */
static Object *pad_out(const char *body, size_t n, size_t pre, size_t ncp, const Spec *s,
                       char default_align)
{
    char align = s->align ? s->align : default_align;
    const char *fill = s->fill;
    if (s->zero && !s->align) {
        fill = "0";
        align = default_align == '<' ? '<' : '=';
    }
    size_t w = s->width > 0 ? (size_t)s->width : 0;
    size_t padn = w > ncp ? w - ncp : 0, left = 0, fl = strlen(fill);
    /* Sized first, as CPython does: a width of 10**12 is a MemoryError at
     * once, not 10**12 turns of the loops below. */
    if (!obj_size_ok(padn > (SIZE_MAX - n) / fl ? SIZE_MAX : n + padn * fl))
        return NULL;
    if (align == '>' || align == '=')
        left = padn;
    else if (align == '^')
        left = padn / 2;
    StrBuf b = { 0 };
    if (align == '=')
        strbuf_put(&b, body, pre);
    put_fill(&b, fill, fl, left);
    if (align == '=')
        strbuf_put(&b, body + pre, n - pre);
    else
        strbuf_put(&b, body, n);
    put_fill(&b, fill, fl, padn - left);
    return strbuf_finish(&b);
}

/* Inserts the grouping separator every 3 (or 4 for x/o/b) digits. */
static void group_digits(StrBuf *b, const char *digits, size_t n, char sep, int every)
{
    for (size_t i = 0; i < n; i++) {
        if (sep && i && (n - i) % (size_t)every == 0)
            strbuf_put(b, &sep, 1);
        strbuf_put(b, digits + i, 1);
    }
}

/* Digits (nd of them) and the zeros before them that pad a grouped number
 * to `width` given `other` bytes of sign and prefix: computed, not counted,
 * so a width of 10**12 costs nothing before the size check refuses it. */
static size_t grouped_lead(size_t nd, size_t other, int64_t width, int every)
{
    if (width <= 0 || (uint64_t)width <= other)
        return 0;
    size_t t = (size_t)width - other, d = t - t / (size_t)(every + 1);
    while (d + (d - 1) / (size_t)every < t)
        d++;
    while (d > 1 && (d - 1) + (d - 2) / (size_t)every >= t)
        d--;
    return d > nd ? d - nd : 0;
}

static Object *render_int(Object *v, const Spec *s)
{
    char type = s->type ? s->type : 'd';
    if (s->precision >= 0) {
        exc_set(ExcValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (type == 'c') {
        if (!int_is_small(v) || int_value(v) < 0 || int_value(v) > 0x10ffff) {
            exc_set(ExcOverflowError, "%%c arg not in range(0x110000)");
            return NULL;
        }
        Object *c = str_from_codepoint((uint32_t)int_value(v));
        if (!c)
            return NULL;
        Object *r = pad_out(str_utf8(c), str_nbytes(c), 0, 1, s, '<');
        DECREF(c);
        return r;
    }
    int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 10;
    size_t nd;
    bool neg;
    char *digits = int_digits_limited(v, base, type == 'X', &nd, &neg);
    if (!digits)
        return NULL;
    StrBuf b = { 0 };
    if (neg)
        strbuf_puts(&b, "-");
    else if (s->sign == '+' || s->sign == ' ')
        strbuf_put(&b, &s->sign, 1);
    if (s->alt && base != 10)
        strbuf_puts(&b, type == 'X' ? "0X" : type == 'x' ? "0x" : type == 'o' ? "0o" : "0b");
    size_t pre = b.n;
    int every = base == 10 ? 3 : 4;
    size_t lead = s->min_digits > (int64_t)nd ? (size_t)s->min_digits - nd : 0;
    if (s->zero && !s->align && s->grouping) /* zeros in the padding get separators too */
        lead += grouped_lead(nd + lead, pre, s->width, every);
    char *all = obj_size_ok(lead + nd + 1) ? malloc(lead + nd + 1) : NULL;
    if (all) {
        memset(all, '0', lead);
        memcpy(all + lead, digits, nd);
        group_digits(&b, all, lead + nd, s->grouping, every);
    }
    free(digits);
    free(all);
    if (!all || b.oom) {
        strbuf_free(&b);
        if (!exc_occurred())
            exc_nomemory();
        return NULL;
    }
    Object *r = pad_out(b.p, b.n, pre, b.n, s, '>');
    strbuf_free(&b);
    return r;
}

/* Python's 'g' (and the repr-like default with a precision, `dot0`). */
static void layout_general(StrBuf *b, double v, int64_t prec, bool alt, bool dot0, bool upper)
{
    if (prec == 0)
        prec = 1;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*e", (int)(prec - 1), v);
    char d[40];
    size_t n = 0;
    char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            d[n++] = *p;
    int exp = atoi(p + 1), decpt = exp + 1;
    if (!alt)
        while (n > 1 && d[n - 1] == '0')
            n--;
    bool use_exp = decpt <= -4 || decpt > (dot0 ? prec - 1 : prec);
    if (use_exp) {
        strbuf_put(b, d, 1);
        if (n > 1 || alt)
            strbuf_puts(b, ".");
        strbuf_put(b, d + 1, n - 1);
        strbuf_printf(b, "%c%c%02d", upper ? 'E' : 'e', exp < 0 ? '-' : '+', abs(exp));
        return;
    }
    if (decpt <= 0) {
        strbuf_puts(b, "0.");
        for (int i = 0; i < -decpt; i++)
            strbuf_puts(b, "0");
        strbuf_put(b, d, n);
    } else if ((size_t)decpt >= n) {
        strbuf_put(b, d, n);
        for (size_t i = n; i < (size_t)decpt; i++)
            strbuf_puts(b, "0");
        if (dot0)
            strbuf_puts(b, ".0");
        else if (alt)
            strbuf_puts(b, ".");
    } else {
        strbuf_put(b, d, (size_t)decpt);
        strbuf_puts(b, ".");
        strbuf_put(b, d + decpt, n - (size_t)decpt);
    }
}

static Object *render_float(double v, const Spec *s)
{
    char type = s->type;
    if (!strchr("eEfFgGn%", type ? type : 'g')) {
        exc_set(ExcValueError, "Unknown format code '%c' for object of type 'float'", type);
        return NULL;
    }
    StrBuf b = { 0 };
    bool neg = signbit(v) && !isnan(v);
    double a = fabs(v);
    if (neg)
        strbuf_puts(&b, "-");
    else if (s->sign == '+' || s->sign == ' ')
        strbuf_put(&b, &s->sign, 1);
    size_t pre = b.n;
    int64_t prec = s->precision;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (!isfinite(a)) {
        strbuf_puts(&b, isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        if (type == '%')
            strbuf_puts(&b, "%");
    } else if (type == 0 && prec < 0) {
        char buf[64];
        strbuf_put(&b, buf, float_repr_buf(a, buf, sizeof buf));
    } else if (type == 0 || type == 'g' || type == 'G' || type == 'n') {
        layout_general(&b, a, prec < 0 ? 6 : prec, s->alt, type == 0, upper);
    } else {
        double x = type == '%' ? a * 100 : a;
        char f = type == '%' ? 'f' : type;
        char fmt[8];
        snprintf(fmt, sizeof fmt, "%%%s.*%c", s->alt ? "#" : "", f);
        strbuf_printf(&b, fmt, (int)(prec < 0 ? 6 : prec), x);
        if (type == '%')
            strbuf_puts(&b, "%");
    }
    if (b.oom) {
        strbuf_free(&b);
        exc_nomemory();
        return NULL;
    }
    if (s->grouping && isfinite(a)) { /* regroup the integer part */
        size_t ip = pre;
        while (ip < b.n && b.p[ip] >= '0' && b.p[ip] <= '9')
            ip++;
        StrBuf g = { 0 };
        strbuf_put(&g, b.p, pre);
        size_t nd = ip - pre, rest = b.n - ip;
        size_t zeros = s->zero && !s->align ? grouped_lead(nd, pre + rest, s->width, 3) : 0;
        if (!obj_size_ok(zeros > SIZE_MAX / 2 ? SIZE_MAX : 2 * zeros + b.n)) {
            strbuf_free(&g);
            strbuf_free(&b);
            return NULL;
        }
        StrBuf digits = { 0 }; /* leading zeros are grouped with the digits */
        for (size_t i = 0; i < zeros; i++)
            strbuf_puts(&digits, "0");
        strbuf_put(&digits, b.p + pre, nd);
        group_digits(&g, digits.p ? digits.p : "", digits.n, s->grouping, 3);
        strbuf_free(&digits);
        strbuf_put(&g, b.p + ip, b.n - ip);
        strbuf_free(&b);
        b = g;
    }
    Object *r = pad_out(b.p ? b.p : "", b.n, pre, b.n, s, '>');
    strbuf_free(&b);
    return r;
}


static Object *render_str(Object *str, const Spec *s)
{
    if (s->type && s->type != 's') {
        exc_set(ExcValueError, "Unknown format code '%c' for object of type 'str'", s->type);
        return NULL;
    }
    if (s->sign) {
        exc_set(ExcValueError, "Sign not allowed in string format specifier");
        return NULL;
    }
    if (s->align == '=') {
        exc_set(ExcValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    const char *p = str_utf8(str);
    size_t n = str_nbytes(str);
    if (s->precision >= 0) { /* truncate to `precision` code points */
        size_t i = 0, k = 0;
        while (i < n && k < (size_t)s->precision) {
            i += (size_t)utf8_seq_len((unsigned char)p[i]);
            k++;
        }
        n = i;
    }
    return pad_out(p, n, 0, utf8_count(p, n), s, '<');
}

static bool is_intlike(Object *v) { return obj_isinstance_type(v, &IntType); }

/* complex: each part as a float under the spec's sign, precision and type,
 * the imaginary one always signed, then "re+imj" padded as one field.  No
 * type is str()'s layout (parentheses, no real part when it is +0), with
 * 'g' at the precision when one is given. */
static Object *render_complex(Object *v, const Spec *s)
{
    if (s->type && !strchr("eEfFgGn", s->type)) {
        exc_set(ExcValueError, "Unknown format code '%c' for object of type 'complex'", s->type);
        return NULL;
    }
    if (s->zero || s->align == '=') {
        exc_set(ExcValueError, s->zero ? "Zero padding is not allowed in complex format specifier"
                                       : "Alignment flag is not allowed in complex format specifier");
        return NULL;
    }
    double re = complex_real(v);
    bool bare = !s->type, skip_re = bare && re == 0 && !signbit(re);
    Object *body;
    if (bare && s->precision < 0) {
        body = obj_repr(v);
    } else {
        Spec part = *s;
        part.width = -1;
        part.align = 0;
        part.type = !s->type || s->type == 'n' ? 'g' : s->type;
        Object *r = skip_re ? str_from_cstr("") : render_float(re, &part);
        part.sign = '+';
        Object *i = r ? render_float(complex_imag(v), &part) : NULL;
        body = i ? str_from_fmt("%s%s%sj%s", bare && !skip_re ? "(" : "", str_utf8(r), str_utf8(i),
                                bare && !skip_re ? ")" : "")
                 : NULL;
        XDECREF(r);
        XDECREF(i);
    }
    if (!body)
        return NULL;
    Object *out = pad_out(str_utf8(body), str_nbytes(body), 0, utf8_count(str_utf8(body), str_nbytes(body)), s, '>');
    DECREF(body);
    return out;
}

static Object *format_with_spec(Object *v, const Spec *s)
{
    if (is_intlike(v)) {
        double d;
        if (s->type && strchr("eEfFgG%", s->type))
            return int_to_double(v, &d) < 0 ? NULL : render_float(d, s);
        if (s->type && !strchr("bcdoxXn", s->type)) {
            exc_set(ExcValueError, "Unknown format code '%c' for object of type '%s'", s->type,
                    v->type->name);
            return NULL;
        }
        return render_int(v, s);
    }
    if (obj_isinstance_type(v, &FloatType))
        return render_float(float_value(v), s);
    if (obj_isinstance_type(v, &ComplexType))
        return render_complex(v, s);
    if (obj_isinstance_type(v, &StrType))
        return render_str(v, s);
    return NULL;
}

/* The built-in types' formatting: str() for no spec, else the mini-language. */
static Object *format_builtin(Object *v, Object *spec)
{
    if (!spec || str_nbytes(spec) == 0)
        return obj_str(v);
    Spec s;
    if (parse_spec(str_utf8(spec), &s) < 0)
        return NULL;
    Object *r = format_with_spec(v, &s);
    if (!r && !exc_occurred())
        exc_set(ExcTypeError, "unsupported format string passed to %s.__format__", v->type->name);
    return r;
}

Object *format_value(Object *v, Object *spec)
{
    if (v->type->flags & TYPE_HEAP) {
        Object *f = type_lookup(v->type, str_intern("__format__"));
        if (f) {
            Object *sp = spec;
            if (sp)
                INCREF(sp);
            else if (!(sp = str_from_cstr("")))
                return NULL;
            Object *r = obj_call_prepend(f, v, &sp, 1, NULL);
            DECREF(sp);
            if (r && !obj_isinstance_type(r, &StrType)) {
                exc_set(ExcTypeError, "__format__ must return a str, not %s", r->type->name);
                SETREF(r, NULL);
            }
            return r;
        }
    }
    return format_builtin(v, spec);
}

/* The spec argument of a __format__ method: one str. */
static Object *method_spec(const char *owner, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "%s.__format__() takes exactly one argument (%zu given)", owner,
                nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (!obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "__format__() argument must be str, not %s", args[1]->type->name);
        return NULL;
    }
    return args[1];
}

Object *format_m_object(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Object *spec = method_spec("object", args, nargs, kw);
    if (!spec)
        return NULL;
    if (str_nbytes(spec) != 0) {
        exc_set(ExcTypeError, "unsupported format string passed to %s.__format__", args[0]->type->name);
        return NULL;
    }
    return obj_str(args[0]);
}

Object *format_m_builtin(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Object *spec = method_spec(args[0]->type->name, args, nargs, kw);
    return spec ? format_builtin(args[0], spec) : NULL;
}

/* ---- printf-style: str % args ------------------------------------------------ */

/* The arguments of one `%` and what it formats: a str's UTF-8 or a bytes
 * object's bytes (both NUL-terminated; end bounds the directives, since
 * bytes may hold NULs). */
typedef struct PctArgs {
    Object *const *items;
    size_t n, next;
    Object *map;
    const char *end;
    bool bytes;
} PctArgs;

static Object *next_arg(PctArgs *a)
{
    if (a->next >= a->n) {
        exc_set(ExcTypeError, "not enough arguments for format string");
        return NULL;
    }
    return a->items[a->next++];
}

static int star_arg(PctArgs *a, int64_t *out)
{
    Object *v = next_arg(a);
    if (!v)
        return -1;
    if (!is_intlike(v)) {
        exc_set(ExcTypeError, "* wants int");
        return -1;
    }
    *out = int_value(v);
    return 0;
}

/* ascii(): t (consumed) with what repr leaves as non-ASCII escaped. */
static Object *ascii_of(Object *t)
{
    StrBuf e = { 0 };
    const unsigned char *p = (const unsigned char *)str_utf8(t);
    size_t n = str_nbytes(t);
    for (size_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            strbuf_put(&e, (const char *)p + i, 1);
            i++;
            continue;
        }
        Object *one = str_from_utf8((const char *)p + i, (size_t)utf8_seq_len(p[i]));
        uint32_t cp = one ? str_codepoint(one, 0) : 0;
        XDECREF(one);
        strbuf_printf(&e, cp < 0x100 ? "\\x%02x" : cp < 0x10000 ? "\\u%04x" : "\\U%08x", cp);
        i += (size_t)utf8_seq_len(p[i]);
    }
    DECREF(t);
    return strbuf_finish(&e);
}

Object *obj_ascii(Object *v)
{
    Object *t = obj_repr(v);
    return t ? ascii_of(t) : NULL;
}

/* bytes % (...)'s %s and %b: a bytes-like object's bytes, or __bytes__'s,
 * cut to the precision and padded to the width. */
static int convert_bytes(StrBuf *b, Object *v, const Spec *s)
{
    Object *owned = NULL;
    if (!buffer_check(v)) {
        if (!(owned = bytes_dunder(v))) {
            if (!exc_occurred())
                exc_set(ExcTypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                        v->type->name);
            return -1;
        }
        v = owned;
    }
    const unsigned char *p;
    size_t n;
    int rc = buffer_peek(v, &p, &n);
    if (rc == 0) {
        if (s->precision >= 0 && (size_t)s->precision < n)
            n = (size_t)s->precision;
        size_t pad = s->width > 0 && (size_t)s->width > n ? (size_t)s->width - n : 0;
        for (size_t i = 0; s->align != '<' && i < pad; i++)
            strbuf_put(b, " ", 1);
        strbuf_put(b, (const char *)p, n);
        for (size_t i = 0; s->align == '<' && i < pad; i++)
            strbuf_put(b, " ", 1);
    }
    XDECREF(owned);
    return rc;
}

/* bytes % (...)'s %c: an int in range(256) or a single byte. */
static int convert_byte(StrBuf *b, Object *v, Spec *s)
{
    const unsigned char *p;
    size_t n;
    unsigned char c;
    if (is_intlike(v)) {
        if (!int_is_small(v) || int_value(v) < 0 || int_value(v) > 255) {
            exc_set(ExcOverflowError, "%%c arg not in range(256)");
            return -1;
        }
        c = (unsigned char)int_value(v);
    } else if ((obj_isinstance_type(v, &BytesType) || obj_isinstance_type(v, &ByteArrayType))
               && buffer_peek(v, &p, &n) == 0 && n == 1) {
        c = p[0];
    } else {
        exc_clear();
        exc_set(ExcTypeError, "%%c requires an integer in range(256) or a single byte");
        return -1;
    }
    Object *one = bytes_from(&c, 1);
    if (!one)
        return -1;
    s->precision = -1;
    int rc = convert_bytes(b, one, s);
    DECREF(one);
    return rc;
}

/* One %-conversion of v into b. */
static int convert_one(StrBuf *b, char c, Object *v, Spec *s, bool bytes)
{
    Object *r = NULL;
    if (bytes && (c == 's' || c == 'b'))
        return convert_bytes(b, v, s);
    if (bytes && c == 'c')
        return convert_byte(b, v, s);
    if (bytes && c == 'r')
        c = 'a';   /* bytes are ASCII: %r is ascii() */
    switch (c) {
    case 's': case 'r': case 'a': {
        Object *t = c == 's' ? obj_str(v) : c == 'a' ? obj_ascii(v) : obj_repr(v);
        if (!t)
            return -1;
        s->type = 0;
        r = render_str(t, s);
        DECREF(t);
        break;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
        Object *iv;
        if (is_intlike(v)) {
            iv = v;
            INCREF(iv);
        } else if (obj_isinstance_type(v, &FloatType) && (c == 'd' || c == 'i' || c == 'u')) {
            if (!(iv = int_from_double(float_value(v))))
                return -1;
        } else {
            exc_set(ExcTypeError, "%%%c format: %s is required, not %s", c,
                    c == 'd' || c == 'i' || c == 'u' ? "a real number" : "an integer",
                    v->type->name);
            return -1;
        }
        s->min_digits = s->precision;
        s->precision = -1;
        s->type = c == 'x' || c == 'X' || c == 'o' ? c : 'd';
        r = render_int(iv, s);
        DECREF(iv);
        break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (num_as_double(v, &d) < 0)
            return -1;
        s->type = c;
        if (s->precision < 0)
            s->precision = 6;
        r = render_float(d, s);
        break;
    }
    case 'c': {
        uint32_t cp;
        if (is_intlike(v)) {
            if (!int_is_small(v) || int_value(v) < 0 || int_value(v) > 0x10ffff) {
                exc_set(ExcOverflowError, "%%c arg not in range(0x110000)");
                return -1;
            }
            cp = (uint32_t)int_value(v);
        } else if (obj_is(v, &StrType) && ((StrObject *)v)->ncp == 1) {
            cp = str_codepoint(v, 0);
        } else {
            exc_set(ExcTypeError, "%%c requires int or char");
            return -1;
        }
        Object *t = str_from_codepoint(cp);
        if (!t)
            return -1;
        s->type = 0;
        s->precision = -1;
        r = render_str(t, s);
        DECREF(t);
        break;
    }
    default:
        return -2;
    }
    if (!r)
        return -1;
    strbuf_put(b, str_utf8(r), str_nbytes(r));
    DECREF(r);
    return 0;
}

/* Parses one directive after '%' at *pp; writes its output to b. */
static int percent_directive(StrBuf *b, const char **pp, const char *start, PctArgs *a)
{
    const char *p = *pp;
    Spec s;
    spec_init(&s);
    Object *v = NULL, *keyed = NULL;
    if (*p == '(') {
        const char *end = memchr(p, ')', (size_t)(a->end - p));
        if (!end) {
            exc_set(ExcValueError, "incomplete format key");
            return -1;
        }
        if (!a->map) {
            exc_set(ExcTypeError, "format requires a mapping");
            return -1;
        }
        Object *key = a->bytes ? bytes_from(p + 1, (size_t)(end - p - 1))
                               : str_from_utf8(p + 1, (size_t)(end - p - 1));
        if (!key)
            return -1;
        keyed = obj_getitem(a->map, key);
        DECREF(key);
        if (!keyed)
            return -1;
        p = end + 1;
    }
    for (;; p++) {
        if (*p == '-') s.align = '<';
        else if (*p == '+') s.sign = '+';
        else if (*p == ' ') { if (s.sign != '+') s.sign = ' '; }
        else if (*p == '#') s.alt = true;
        else if (*p == '0') s.zero = true;
        else break;
    }
    int rc = -1;
    if (*p == '*') {
        if (star_arg(a, &s.width) < 0)
            goto out;
        if (s.width < 0) {
            s.align = '<';
            s.width = s.width == INT64_MIN ? INT64_MAX : -s.width;
        }
        p++;
    } else if (*p >= '0' && *p <= '9' && parse_count(&p, &s.width, "width too big") < 0) {
        goto out;
    }
    if (*p == '.') {
        p++;
        s.precision = 0;
        if (*p == '*') {
            if (star_arg(a, &s.precision) < 0)
                goto out;
            p++;
        } else if (parse_count(&p, &s.precision, "precision too big") < 0) {
            goto out;
        }
    }
    while (*p == 'l' || *p == 'h' || *p == 'L')
        p++;
    if (p >= a->end) {
        exc_set(ExcValueError, "incomplete format");
        goto out;
    }
    char c = *p++;
    if (c == '%') {
        strbuf_puts(b, "%");
        rc = 0;
        goto out;
    }
    if (s.align != '<')
        s.align = s.zero && strchr("diuxXoeEfFgG", c) ? 0 : '>';
    if (s.align == '<')
        s.zero = false;
    if (!s.zero && !s.align)
        s.align = '>';
    v = keyed ? keyed : next_arg(a);
    if (!v)
        goto out;
    rc = convert_one(b, c, v, &s, a->bytes);
    if (rc == -2) {
        exc_set(ExcValueError, "unsupported format character '%c' (0x%x) at index %zu", c,
                (unsigned)(unsigned char)c, (size_t)(p - 1 - start));
        rc = -1;
    }
out:
    XDECREF(keyed);
    *pp = p;
    return rc;
}

/* Formats [start, start + n) with args into b; -1 with the error set. */
static int percent_format(StrBuf *b, const char *start, size_t n, Object *args, bool bytes)
{
    PctArgs a = { NULL, 0, 0, NULL, start + n, bytes };
    if (obj_isinstance_type(args, &TupleType)) {
        a.items = ((TupleObject *)args)->items;
        a.n = tuple_len(args);
    } else {
        a.items = &args;
        a.n = 1;
        if (obj_is(args, &DictType) || (args->type->getitem && !obj_isinstance_type(args, &StrType) &&
                                         !obj_is(args, &ListType) && !obj_is(args, &BytesType)))
            a.map = args;
    }
    const char *p = start;
    while (p < a.end) {
        const char *pct = memchr(p, '%', (size_t)(a.end - p));
        if (!pct) {
            strbuf_put(b, p, (size_t)(a.end - p));
            break;
        }
        strbuf_put(b, p, (size_t)(pct - p));
        p = pct + 1;
        if (percent_directive(b, &p, start, &a) < 0)
            return -1;
    }
    if (a.next < a.n && !a.map) {
        exc_set(ExcTypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

Object *format_percent(Object *fmt, Object *args)
{
    StrBuf b = { 0 };
    if (percent_format(&b, str_utf8(fmt), str_nbytes(fmt), args, false) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    return strbuf_finish(&b);
}

Object *format_percent_bytes(const unsigned char *fmt, size_t n, Object *args)
{
    StrBuf b = { 0 };
    Object *r = NULL;
    if (percent_format(&b, (const char *)fmt, n, args, true) == 0) {
        if (b.oom)
            exc_nomemory();
        else
            r = bytes_from(b.p ? b.p : "", b.n);
    }
    strbuf_free(&b);
    return r;
}

/* ---- str.format -------------------------------------------------------------- */

typedef struct FmtCtx {
    Object *const *args;
    size_t nargs;
    Object *const *kwvals;
    Object *kwnames;
    int auto_idx; /* -1: manual numbering in use */
    bool manual;
    Object *mapping; /* format_map's: names are its keys, there are no positional args */
} FmtCtx;

static Object *field_base(FmtCtx *c, const char *name, size_t n)
{
    bool positional = true;   /* all digits (or none: automatic numbering); else a keyword */
    for (size_t i = 0; i < n; i++)
        positional = positional && name[i] >= '0' && name[i] <= '9';
    if (c->mapping) {
        if (positional) {
            exc_set(ExcValueError, "Format string contains positional fields");
            return NULL;
        }
        Object *key = str_from_utf8(name, n), *v = key ? obj_getitem(c->mapping, key) : NULL;
        XDECREF(key);
        return v;
    }
    if (positional) {
        size_t idx = 0;
        if (n == 0) {
            if (c->manual) {
                exc_set(ExcValueError, "cannot switch from manual field specification to automatic field numbering");
                return NULL;
            }
            idx = (size_t)c->auto_idx++;
        } else {
            if (c->auto_idx > 0) {
                exc_set(ExcValueError, "cannot switch from automatic field numbering to manual field specification");
                return NULL;
            }
            c->manual = true;
            for (size_t i = 0; i < n; i++)
                idx = idx * 10 + (size_t)(name[i] - '0');
        }
        if (idx >= c->nargs) {
            exc_set(ExcIndexError, "Replacement index %zu out of range for positional args tuple", idx);
            return NULL;
        }
        INCREF(c->args[idx]);
        return c->args[idx];
    }
    size_t nkw = c->kwnames ? tuple_len(c->kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Object *k = tuple_get(c->kwnames, i);
        if (str_nbytes(k) == n && !memcmp(str_utf8(k), name, n)) {
            INCREF(c->kwvals[i]);
            return c->kwvals[i];
        }
    }
    Object *key = str_from_utf8(name, n);
    if (key) {
        Object *e = exc_new(ExcKeyError, &key, 1);
        DECREF(key);
        if (e)
            exc_set_obj(e);
    }
    return NULL;
}

/* "name.attr[key]..." to an object. */
/* One `.name` or `[key]` after a field's base, as CPython reads it: a key
 * runs to its ']' (dots and brackets inside belong to it), and only '.' or
 * '[' may follow one.  *i is at the '.' or '['; on return, past the part.
 * The key (an int when all digits in brackets), or NULL with ValueError. */
static Object *field_part(const char *p, size_t n, size_t *i, char *kind)
{
    *kind = p[(*i)++];
    size_t st = *i, end;
    if (*kind == '.') {
        while (*i < n && p[*i] != '.' && p[*i] != '[')
            (*i)++;
        end = *i;
    } else {
        while (*i < n && p[*i] != ']')
            (*i)++;
        if (*i == n) {
            exc_set(ExcValueError, "Missing ']' in format string");
            return NULL;
        }
        end = (*i)++;
        if (*i < n && p[*i] != '.' && p[*i] != '[') {
            exc_set(ExcValueError, "Only '.' or '[' may follow ']' in format field specifier");
            return NULL;
        }
    }
    if (end == st) {
        exc_set(ExcValueError, "Empty attribute in format string");
        return NULL;
    }
    bool digits = *kind == '[';
    for (size_t j = st; j < end; j++)
        digits = digits && p[j] >= '0' && p[j] <= '9';
    return digits ? int_from_string(p + st, end - st, 10) : str_from_utf8(p + st, end - st);
}

static Object *resolve_field(FmtCtx *c, const char *p, size_t n)
{
    size_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[')
        i++;
    Object *v = field_base(c, p, i);
    while (v && i < n) {
        char kind;
        Object *key = field_part(p, n, &i, &kind), *next = NULL;
        if (key)
            next = kind == '.' ? obj_getattr(v, key) : obj_getitem(v, key);
        XDECREF(key);
        DECREF(v);
        v = next;
    }
    return v;
}

/* One replacement field's parts: name, conversion (0: none), spec. */
typedef struct Field {
    const char *name, *spec;
    size_t nname, nspec;
    char conv;
} Field;

/* Reads the field whose '{' ends just before p[*i], leaving *i past its
 * '}', in CPython's order and words: the name runs to '}', ':' or '!' (a
 * bracketed key may hold any of them), then one conversion character, then
 * a spec whose braces must balance. */
static int parse_field(const char *p, size_t n, size_t *i, Field *f)
{
    size_t st = *i;
    char c = 0;
    *f = (Field){ .name = p + st, .spec = "" };
    while (*i < n) {
        c = p[(*i)++];
        if (c == '{') {
            exc_set(ExcValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[')
            while (*i < n && p[*i] != ']')
                (*i)++;
        else if (c == '}' || c == ':' || c == '!')
            break;
    }
    f->nname = *i - st - 1;
    if (c != '!' && c != ':') {
        if (c == '}')
            return 0;
        exc_set(ExcValueError, "expected '}' before end of string");
        return -1;
    }
    if (c == '!') {
        if (*i >= n) {
            exc_set(ExcValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        f->conv = p[(*i)++];
        if (*i < n) {
            c = p[(*i)++];
            if (c == '}')
                return 0;
            if (c != ':') {
                exc_set(ExcValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    f->spec = p + *i;
    for (int depth = 1; *i < n;) {
        c = p[(*i)++];
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
        if (depth == 0) {
            f->nspec = (size_t)(p + *i - 1 - f->spec);
            return 0;
        }
    }
    exc_set(ExcValueError, "unmatched '{' in format spec");
    return -1;
}

static Object *format_impl(FmtCtx *c, const char *p, size_t n, int depth);

static Object *convert(Object *v, char conv)
{
    switch (conv) {
    case 0: INCREF(v); return v;
    case 'r': return obj_repr(v);
    case 'a': return obj_ascii(v);
    case 's': return obj_str(v);
    default:
        exc_set(ExcValueError, "Unknown conversion specifier %c", conv);
        return NULL;
    }
}

static int replacement_field(StrBuf *b, FmtCtx *c, const Field *f, int depth)
{
    Object *v = resolve_field(c, f->name, f->nname);
    if (!v)
        return -1;
    Object *t = convert(v, f->conv);
    DECREF(v);
    if (!t)
        return -1;
    Object *spec = format_impl(c, f->spec, f->nspec, depth + 1);
    Object *r = spec ? format_value(t, spec) : NULL;
    XDECREF(spec);
    DECREF(t);
    if (!r)
        return -1;
    strbuf_put(b, str_utf8(r), str_nbytes(r));
    DECREF(r);
    return 0;
}

static Object *format_impl(FmtCtx *c, const char *p, size_t n, int depth)
{
    if (depth > 2) {
        exc_set(ExcValueError, "Max string recursion exceeded");
        return NULL;
    }
    StrBuf b = { 0 };
    size_t i = 0;
    while (i < n) {
        char ch = p[i];
        if ((ch == '{' || ch == '}') && i + 1 < n && p[i + 1] == ch) {
            strbuf_put(&b, &ch, 1);
            i += 2;
        } else if (ch == '}' || (ch == '{' && i + 1 == n)) {
            strbuf_free(&b);
            exc_set(ExcValueError, "Single '%c' encountered in format string", ch);
            return NULL;
        } else if (ch == '{') {
            Field f;
            i++;
            if (parse_field(p, n, &i, &f) < 0 || replacement_field(&b, c, &f, depth) < 0) {
                strbuf_free(&b);
                return NULL;
            }
        } else {
            strbuf_put(&b, &p[i], 1);
            i++;
        }
    }
    return strbuf_finish(&b);
}

static Object *format_run(FmtCtx *c, Object *fmt)
{
    return format_impl(c, str_utf8(fmt), str_nbytes(fmt), 0);
}

Object *format_str_method(Object *fmt, Object *const *args, size_t nargs, Object *kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    FmtCtx c = { args, nargs - nkw, args + nargs - nkw, kwnames, 0, false, NULL };
    return format_run(&c, fmt);
}

Object *format_str_map(Object *fmt, Object *mapping)
{
    FmtCtx c = { NULL, 0, NULL, NULL, 0, false, mapping };
    return format_run(&c, fmt);
}
