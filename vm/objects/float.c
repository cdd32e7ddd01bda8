/* vm/objects/float.c — float: IEEE double with Python's arithmetic and repr.
 *
 * repr is the shortest decimal string that reads back to the same double,
 * laid out as Python's float_repr_style 'short': positional when the
 * decimal exponent is in [-4, 16), else d.ddde+XX. */
#include "vm/objects/object.h"
#include "vm/objects/buffer.h"

#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

Object *float_from_double(double v)
{
    FloatObject *f = (FloatObject *)obj_alloc(&FloatType, sizeof(FloatObject));
    if (!f)
        return NULL;
    f->v = v;
    return (Object *)f;
}

/* A class instance's __float__(): the float it returns (a new reference),
 * NULL with an error set, or NULL with none when the class has no __float__. */
static Object *call_dunder_float(Object *x)
{
    Object *f = x->type->flags & TYPE_HEAP ? type_lookup(x->type, str_intern("__float__")) : NULL;
    if (!f)
        return NULL;
    Object *r = obj_call_prepend(f, x, NULL, 0, NULL);
    if (r && !obj_is(r, &FloatType)) {
        exc_set(ExcTypeError, "%s.__float__ returned non-float (type %s)", x->type->name,
                r->type->name);
        SETREF(r, NULL);
    }
    return r;
}

int num_as_double(Object *o, double *out)
{
    if (obj_isinstance_type(o, &FloatType)) {
        *out = float_value(o);
        return 0;
    }
    if (obj_isinstance_type(o, &IntType))
        return int_to_double(o, out);
    Object *r = call_dunder_float(o); /* a Fraction or other Real passes to math as a float */
    if (r) {
        *out = float_value(r);
        DECREF(r);
        return 0;
    }
    if (!exc_occurred())
        exc_set(ExcTypeError, "must be real number, not %s", o->type->name);
    return -1;
}

int num_as_timeout(Object *o, double *out)
{
    if (!o || o == None) {
        *out = -1;
        return 0;
    }
    if (!obj_isinstance_type(o, &IntType) && !obj_isinstance_type(o, &FloatType))
        return 1;
    if (num_as_double(o, out) < 0)
        return -1;
    if (isnan(*out)) {
        exc_set(ExcValueError, "Invalid value NaN (not a number)");
        return -1;
    }
    return 0;
}

/* ---- repr ------------------------------------------------------------------ */

/* The decimal string in buf ("d.ddde+X") moved by one unit in its last
 * digit, up or down; false when a carry or borrow would reach the first digit. */
static bool nudge_last_digit(char *buf, int dir)
{
    char *e = strchr(buf, 'e');
    for (char *p = e - 1; p >= buf; p--) {
        if (*p == '.')
            continue;
        if (dir > 0 ? *p < '9' : *p > '0') {
            *p = (char)(*p + dir);
            return !(p == buf && *p == '0');
        }
        if (p == buf)
            return false;
        *p = dir > 0 ? '0' : '9';
    }
    return false;
}

/* Shortest digits that round-trip: digits[] without a point, and the
 * exponent of the first digit (v = d.ddd * 10**exp).  printf's correctly
 * rounded string is tried first; at a power of two the interval that rounds
 * to v is wider above than below, so the next string up may round-trip
 * when the nearest does not. */
static size_t shortest_digits(double v, char *digits, int *exp)
{
    char tmp[40];
    for (int prec = 0; prec < 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec, v);
        if (strtod(tmp, NULL) == v)
            break;
        char up[40];
        memcpy(up, tmp, sizeof up);
        if (nudge_last_digit(up, 1) && strtod(up, NULL) == v) {
            memcpy(tmp, up, sizeof up);
            break;
        }
    }
    size_t n = 0;
    char *p = tmp;
    for (; *p && *p != 'e'; p++)
        if (isdigit((unsigned char)*p))
            digits[n++] = *p;
    *exp = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = '\0';
    return n;
}

size_t float_repr_buf(double v, char *buf, size_t cap)
{
    if (isnan(v))
        return (size_t)snprintf(buf, cap, "nan");
    if (isinf(v))
        return (size_t)snprintf(buf, cap, v > 0 ? "inf" : "-inf");
    if (v == 0)
        return (size_t)snprintf(buf, cap, signbit(v) ? "-0.0" : "0.0");
    char d[24], out[64];
    int exp;
    size_t n = shortest_digits(fabs(v), d, &exp), k = 0;
    if (v < 0)
        out[k++] = '-';
    int decpt = exp + 1;
    if (decpt <= -4 || decpt > 16) {
        out[k++] = d[0];
        if (n > 1) {
            out[k++] = '.';
            memcpy(out + k, d + 1, n - 1);
            k += n - 1;
        }
        k += (size_t)snprintf(out + k, sizeof out - k, "e%c%02d", exp < 0 ? '-' : '+', abs(exp));
    } else if (decpt <= 0) {
        out[k++] = '0';
        out[k++] = '.';
        for (int i = 0; i < -decpt; i++)
            out[k++] = '0';
        memcpy(out + k, d, n);
        k += n;
    } else if ((size_t)decpt >= n) {
        memcpy(out + k, d, n);
        k += n;
        for (size_t i = n; i < (size_t)decpt; i++)
            out[k++] = '0';
        out[k++] = '.';
        out[k++] = '0';
    } else {
        memcpy(out + k, d, (size_t)decpt);
        k += (size_t)decpt;
        out[k++] = '.';
        memcpy(out + k, d + decpt, n - (size_t)decpt);
        k += n - (size_t)decpt;
    }
    out[k] = '\0';
    return (size_t)snprintf(buf, cap, "%s", out);
}

static Object *float_repr(Object *o)
{
    char buf[64];
    size_t n = float_repr_buf(float_value(o), buf, sizeof buf);
    return str_from_utf8(buf, n);
}

/* ---- arithmetic ------------------------------------------------------------ */

static bool is_num(Object *o)
{
    return obj_isinstance_type(o, &FloatType) || obj_isinstance_type(o, &IntType);
}

#define OPERANDS(a, b, x, y)                          \
    double x = 0, y = 0;                               \
    do {                                               \
        if (!is_num(a) || !is_num(b)) {                \
            INCREF(NotImplemented);                    \
            return NotImplemented;                     \
        }                                              \
        if (num_as_double(a, &x) < 0 ||                \
            num_as_double(b, &y) < 0)                  \
            return NULL;                               \
    } while (0)

static Object *float_add(Object *a, Object *b) { OPERANDS(a, b, x, y); return float_from_double(x + y); }
static Object *float_sub(Object *a, Object *b) { OPERANDS(a, b, x, y); return float_from_double(x - y); }
static Object *float_mul(Object *a, Object *b) { OPERANDS(a, b, x, y); return float_from_double(x * y); }

static Object *float_truediv(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0) {
        exc_set(ExcZeroDivisionError, "float division by zero");
        return NULL;
    }
    return float_from_double(x / y);
}

/* Python's float divmod: the remainder takes the divisor's sign. */
static void float_divmod(double x, double y, double *div, double *mod)
{
    double m = fmod(x, y);
    double d = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            d -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    double fd;
    if (d) {
        fd = floor(d);
        if (d - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, x / y);
    }
    *div = fd;
    *mod = m;
}

static Object *float_floordiv(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0) {
        exc_set(ExcZeroDivisionError, "float floor division by zero");
        return NULL;
    }
    double d, m;
    float_divmod(x, y, &d, &m);
    return float_from_double(d);
}

static Object *float_mod(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y == 0) {
        exc_set(ExcZeroDivisionError, "float modulo");
        return NULL;
    }
    double d, m;
    float_divmod(x, y, &d, &m);
    return float_from_double(m);
}

static Object *float_pow(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (x == 0 && y < 0 && !isinf(y)) {
        exc_set(ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
        return NULL;
    }
    if (x < 0 && isfinite(x) && y != floor(y) && isfinite(y))   /* a root of a negative number is complex */
        return complex_pow_parts(x, 0, y, 0);
    errno = 0;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        exc_set(ExcOverflowError, "(34, 'Numerical result out of range')");
        return NULL;
    }
    return float_from_double(r);
}

static Object *float_neg(Object *o) { return float_from_double(-float_value(o)); }
static Object *float_pos(Object *o) { return float_from_double(float_value(o)); }
static Object *float_abs(Object *o) { return float_from_double(fabs(float_value(o))); }

static const NumberOps float_num = {
    .add = float_add, .sub = float_sub, .mul = float_mul, .truediv = float_truediv,
    .floordiv = float_floordiv, .mod = float_mod, .pow = float_pow,
    .neg = float_neg, .pos = float_pos, .abs = float_abs,
};

static Object *float_richcompare(Object *a, Object *b, int op)
{
    int c;
    double x = float_value(a);
    if (obj_isinstance_type(b, &FloatType)) {
        double y = float_value(b);
        c = isnan(x) || isnan(y) ? 2 : x < y ? -1 : x > y ? 1 : 0;
    } else if (obj_isinstance_type(b, &IntType)) {
        c = int_cmp_double(b, x);
        c = c == 2 ? 2 : -c;
    } else {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    bool r;
    switch (op) {
    case CMP_LT: r = c == -1; break;
    case CMP_LE: r = c == -1 || c == 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c == 1; break;
    default: r = c == 1 || c == 0; break;
    }
    return bool_from(r);
}

static int64_t float_hash(Object *o) { return hash_double(float_value(o)); }
static int float_truth(Object *o) { return float_value(o) != 0; }

/* ---- float() ------------------------------------------------------------- */

static Object *bad_float_string(Object *s)
{
    Object *r = obj_repr(s);
    if (r)
        exc_set(ExcValueError, "could not convert string to float: %s", str_utf8(r));
    XDECREF(r);
    return NULL;
}

/* Copies p[0, end) to buf without the underscores between digits; false
 * when a character no float spelling has (or no text at all) is met. */
static bool float_strip_text(const char *p, const char *end, char *buf)
{
    size_t n = 0;
    for (const char *q = p; q < end; q++) {
        char c = *q;
        if (c == '_' && q > p && q + 1 < end && isdigit((unsigned char)q[-1]) &&
            isdigit((unsigned char)q[1]))
            continue;
        if (c == 'x' || c == 'X' || c == '(' || c == '_' || c == '\0' || isspace((unsigned char)c))
            return false;
        buf[n++] = c;
    }
    buf[n] = '\0';
    return n > 0;
}

/* The float text p[0, n) spells; ValueError naming `shown` (the str or
 * bytes it came from) when it spells none. Long texts (a 400-digit
 * integer part is still a float) get a heap copy. */
static Object *float_from_text(const char *p, size_t len, Object *shown)
{
    const char *end = p + len;
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (end > p && isspace((unsigned char)end[-1]))
        end--;
    char small[128];
    size_t need = (size_t)(end - p) + 1;
    char *buf = need <= sizeof small ? small : malloc(need);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    Object *r = NULL;
    if (float_strip_text(p, end, buf)) {
        char *stop;
        double v = strtod(buf, &stop);
        r = *stop ? NULL : float_from_double(v);
    }
    if (buf != small)
        free(buf);
    return r || exc_occurred() ? r : bad_float_string(shown);
}

static Object *float_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "float() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "float expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (!nargs)
        return float_from_double(0.0);
    Object *x = args[0];
    if (obj_isinstance_type(x, &StrType)) {
        Object *t = str_numeric_ascii(x);
        Object *r = t ? float_from_text(str_utf8(t), str_nbytes(t), x) : NULL;
        XDECREF(t);
        return r;
    }
    if (buffer_check(x)) {   /* bytes, bytearray, memoryview: ASCII text, as CPython reads them */
        Buffer b BUFFER_SCOPED = { 0 };
        return buffer_get(x, &b) < 0 ? NULL : float_from_text((const char *)b.p, b.n, x);
    }
    double d = 0;
    if (is_num(x)) {
        return num_as_double(x, &d) < 0 ? NULL : float_from_double(d);
    }
    Object *r = call_dunder_float(x);
    if (r || exc_occurred())
        return r;
    exc_set(ExcTypeError, "float() argument must be a string or a real number, not '%s'",
            x->type->name);
    return NULL;
}

static Object *float_m_is_integer(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    double v = float_value(args[0]);
    return bool_from(isfinite(v) && v == floor(v));
}

/* The exact value as (numerator, denominator) in lowest terms, the
 * denominator a power of two: the mantissa made whole, its trailing zero
 * bits moved into the exponent. */
static Object *float_m_as_integer_ratio(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    double v = float_value(args[0]);
    if (isinf(v)) {
        exc_set(ExcOverflowError, "cannot convert Infinity to integer ratio");
        return NULL;
    }
    if (isnan(v)) {
        exc_set(ExcValueError, "cannot convert NaN to integer ratio");
        return NULL;
    }
    int e;
    int64_t m = (int64_t)ldexp(frexp(v, &e), 53); /* v = m * 2**(e-53), exactly */
    e -= 53;
    while (m != 0 && m % 2 == 0) {
        m /= 2;
        e++;
    }
    if (m == 0)
        e = 0;
    Object *num = int_from_i64(m), *one = int_from_i64(1), *shift = int_from_i64(e < 0 ? -e : e);
    Object *big = num && one && shift ? obj_binop(e < 0 ? one : num, shift, BIN_LSHIFT) : NULL;
    Object *r = big ? (e < 0 ? tuple_pack(2, num, big) : tuple_pack(2, big, one)) : NULL;
    XDECREF(num);
    XDECREF(one);
    XDECREF(shift);
    XDECREF(big);
    return r;
}

static Object *float_m_conjugate(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return float_from_double(float_value(args[0]));
}

/* float.hex(): the bits themselves, "[-]0x1.<13 hex digits>p<exp>" (a
 * subnormal "0x0.<digits>p-1022"), as CPython; zero is "0x0.0p+0". */
static Object *float_m_hex(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, kw ? "float.hex() takes no keyword arguments"
                                 : "float.hex() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    double v = float_value(args[0]);
    if (isnan(v))
        return str_from_cstr("nan");
    if (isinf(v))
        return str_from_cstr(v < 0 ? "-inf" : "inf");
    const char *sign = signbit(v) ? "-" : "";
    if (v == 0)
        return str_from_fmt("%s0x0.0p+0", sign);
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int field = (int)(bits >> 52 & 0x7ff);
    unsigned long long frac = bits & (((uint64_t)1 << 52) - 1);
    return str_from_fmt("%s0x%d.%013llxp%+d", sign, field != 0, frac,
                        field ? field - 1023 : -1022);
}

/* "inf", "infinity" or "nan" (any case) at *p: its value, *p moved past. */
static bool parse_inf_nan(const char **p, const char *end, double *out)
{
    size_t left = (size_t)(end - *p);
    if (left >= 8 && !strncasecmp(*p, "infinity", 8)) {
        *p += 8;
        *out = INFINITY;
    } else if (left >= 3 && !strncasecmp(*p, "inf", 3)) {
        *p += 3;
        *out = INFINITY;
    } else if (left >= 3 && !strncasecmp(*p, "nan", 3)) {
        *p += 3;
        *out = NAN;
    } else {
        return false;
    }
    return true;
}

/* The hex digits of a float.fromhex string: nint before the point, nfrac
 * after, and the binary exponent (clamped far beyond any double's). */
typedef struct HexDigits { const char *ip, *fp; size_t nint, nfrac; int64_t exp; } HexDigits;

static int hex_at(const HexDigits *h, size_t i)
{
    return hex_digit_value(i < h->nint ? h->ip[i] : h->fp[i - h->nint]);
}

/* The digits and exponent at *p ("0x" optional): false when there is no
 * digit, or a 'p' without a decimal exponent. */
static bool parse_hex_digits(const char **p, const char *end, HexDigits *h)
{
    const char *s = *p;
    if (end - s >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x')
        s += 2;
    for (h->ip = s; s < end && hex_digit_value(*s) >= 0;)
        s++;
    h->nint = (size_t)(s - h->ip);
    h->fp = s;
    if (s < end && *s == '.')
        for (h->fp = ++s; s < end && hex_digit_value(*s) >= 0;)
            s++;
    h->nfrac = h->fp == h->ip + h->nint ? 0 : (size_t)(s - h->fp);
    h->exp = 0;
    if (h->nint + h->nfrac == 0)
        return false;
    if (s < end && (*s | 0x20) == 'p') {
        bool neg = ++s < end && *s == '-';
        s += s < end && (*s == '-' || *s == '+');
        if (s == end || !isdigit((unsigned char)*s))
            return false;
        for (; s < end && isdigit((unsigned char)*s); s++)
            if (h->exp < ((int64_t)1 << 52))
                h->exp = h->exp * 10 + (*s - '0');
        h->exp = neg ? -h->exp : h->exp;
    }
    *p = s;
    return true;
}

/* The digits' value correctly rounded (half to even) to a double; 1 when
 * it is too large. */
static int hex_value(const HexDigits *h, double *out)
{
    size_t a = 0, k = h->nint + h->nfrac;
    while (a < k && hex_at(h, a) == 0)
        a++;
    *out = 0.0;
    if (a == k)
        return 0;
    /* Bit b of digit i weighs 2**(unit(i) + b). */
    int64_t unit0 = h->exp + 4 * ((int64_t)h->nint - 1), lead = hex_at(h, a);
    int64_t top = unit0 - 4 * (int64_t)a + (64 - __builtin_clzll((unsigned long long)lead));
    /* The value lies in [2**(top-1), 2**top). */
    if (top > DBL_MAX_EXP)
        return 1;
    if (top < DBL_MIN_EXP - DBL_MANT_DIG)
        return 0;   /* below half the least subnormal */
    /* The last bit kept: 53 below the top, or a subnormal's fixed one. */
    int64_t lsb = (top < DBL_MIN_EXP ? DBL_MIN_EXP : top) - DBL_MANT_DIG;
    uint64_t m = 0;
    bool half = false, sticky = false;
    for (size_t i = a; i < k; i++) {
        int d = hex_at(h, i);
        for (int b = 3; b >= 0; b--) {
            int64_t w = unit0 - 4 * (int64_t)i + b;
            bool bit = d >> b & 1;
            if (w >= lsb)
                m |= (uint64_t)bit << (w - lsb);
            else if (w == lsb - 1)
                half = bit;
            else
                sticky = sticky || bit;
        }
    }
    if (half && (sticky || (m & 1)))
        m++;
    *out = ldexp((double)m, (int)lsb);
    return isinf(*out) ? 1 : 0;
}

/* float.fromhex(string), a classmethod: [sign] ['0x'] digits ['.' digits]
 * ['p' exponent] or inf/nan, ASCII whitespace around; a subclass gets
 * cls(value). */
static Object *float_m_fromhex(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, kw ? "float.fromhex() takes no keyword arguments"
                                 : "float.fromhex() takes exactly one argument (%zu given)",
                nargs - 1);
        return NULL;
    }
    if (!obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "bad argument type for built-in operation");
        return NULL;
    }
    const char *p = str_utf8(args[1]), *end = p + str_nbytes(args[1]);
    while (p < end && isspace((unsigned char)*p))
        p++;
    bool neg = p < end && *p == '-';
    p += p < end && (*p == '-' || *p == '+');
    double v;
    HexDigits h;
    int rc = 0;
    if (!parse_inf_nan(&p, end, &v)) {
        if (!parse_hex_digits(&p, end, &h))
            p = NULL;
        else
            rc = hex_value(&h, &v);
    }
    while (p && p < end && isspace((unsigned char)*p))
        p++;
    if (p != end) {
        exc_set(ExcValueError, "invalid hexadecimal floating-point string");
        return NULL;
    }
    if (rc) {
        exc_set(ExcOverflowError, "hexadecimal value too large to represent as a float");
        return NULL;
    }
    Object *r = float_from_double(neg ? -v : v);
    if (r && (Type *)args[0] != &FloatType)
        SETREF(r, obj_call(args[0], &r, 1, NULL));
    return r;
}

static const MethodDef float_classmethods[] = {
    { "fromhex", float_m_fromhex, NULL },
    { NULL, NULL, NULL },
};

static Object *float_get_real(Object *o) { return float_from_double(float_value(o)); }
static Object *float_get_imag(Object *o) { return float_from_double(0.0); }

/* Whether the exact digits kept[0..] followed by dropped[0..k) and a
 * nonzero tail (sticky) round up at the last kept digit, ties to even. */
static bool round_half_even_up(const char *kept_end, const char *dropped, size_t k, bool sticky)
{
    if (dropped[0] != '5')
        return dropped[0] > '5';
    for (size_t i = 1; i < k && !sticky; i++)
        sticky = dropped[i] != '0';
    return sticky || (kept_end[-1] - '0') % 2;
}

/* round(x, -k) for 1 <= k <= 308: x's exact value rounded to a multiple of
 * 10**k in decimal, then read back as the nearest double, as CPython does
 * (scaling by 10**k in binary would round twice). */
static Object *float_round_tens(double x, size_t k)
{
    double ip = trunc(x);
    char digits[330], num[340];
    /* the integer part's digits are exact; at least one digit is kept */
    int len = snprintf(digits, sizeof digits, "%0*.0f", (int)k + 1, fabs(ip));
    size_t keep = (size_t)len - k;
    bool up = round_half_even_up(digits + keep, digits + keep, k, x != ip);
    digits[keep] = '\0';
    for (size_t i = keep; up && i-- > 0;) {   /* carry; a carry out of the top makes a new 1 */
        up = digits[i] == '9';
        digits[i] = up ? '0' : (char)(digits[i] + 1);
    }
    snprintf(num, sizeof num, "%s%s%se%zu", signbit(x) ? "-" : "", up ? "1" : "", digits, k);
    double y = strtod(num, NULL);
    if (isinf(y)) {
        exc_set(ExcOverflowError, "rounded value too large to represent");
        return NULL;
    }
    return float_from_double(y);
}

Object *float_round(double x, Object *nd)
{
    if (!nd || nd == None)
        return int_from_double(nearbyint(x)); /* default rounding mode: ties to even */
    int64_t n;
    if (int_as_i64(nd, &n) < 0)
        return NULL;
    if (!isfinite(x) || n > 323)
        return float_from_double(x);
    if (n >= 0) { /* printf rounds the exact binary value correctly, ties to even */
        char buf[512];
        snprintf(buf, sizeof buf, "%.*f", (int)n, x);
        return float_from_double(strtod(buf, NULL));
    }
    if (n < -308)
        return float_from_double(copysign(0.0, x));
    return float_round_tens(x, (size_t)-n);
}

/* The numeric protocol as methods, as CPython's float has them: typing's
 * Supports* protocols and duck-typed code look for them. */
static double self_value(Object *const *args) { return float_value(args[0]); }
static Object *float_m_float(Object *c, Object *const *a, size_t n, Object *kw) { return float_from_double(self_value(a)); }
static Object *float_m_trunc(Object *c, Object *const *a, size_t n, Object *kw) { return int_from_double(self_value(a)); }
static Object *float_m_floor(Object *c, Object *const *a, size_t n, Object *kw) { return int_from_double(floor(self_value(a))); }
static Object *float_m_ceil(Object *c, Object *const *a, size_t n, Object *kw) { return int_from_double(ceil(self_value(a))); }
static Object *float_m_abs(Object *c, Object *const *a, size_t n, Object *kw) { return float_from_double(fabs(self_value(a))); }
static Object *float_m_round(Object *c, Object *const *a, size_t n, Object *kw)
{
    if (kw || n > 2) {
        exc_set(ExcTypeError, "__round__ expected at most 1 argument, got %zu", n - 1);
        return NULL;
    }
    return float_round(self_value(a), n == 2 ? a[1] : NULL);
}

static const MethodDef float_methods[] = {
    { "__float__", float_m_float, NULL },
    { "__format__", format_m_builtin, NULL },
    { "__int__", float_m_trunc, NULL },
    { "__trunc__", float_m_trunc, NULL },
    { "__floor__", float_m_floor, NULL },
    { "__ceil__", float_m_ceil, NULL },
    { "__abs__", float_m_abs, NULL },
    { "__round__", float_m_round, NULL },
    { "is_integer", float_m_is_integer, NULL },
    { "as_integer_ratio", float_m_as_integer_ratio, NULL },
    { "conjugate", float_m_conjugate, NULL },
    { "hex", float_m_hex, NULL },
    { "real", NULL, float_get_real },
    { "imag", NULL, float_get_imag },
    { NULL, NULL, NULL },
};

Type FloatType = {
    OBJ_HEAD_INIT(&TypeType), .name = "float", .base = &ObjectType, .basicsize = sizeof(FloatObject),
    .flags = TYPE_BASETYPE | TYPE_COPYNEW, .repr = float_repr, .hash = float_hash,
    .richcompare = float_richcompare, .truth = float_truth, .num = &float_num,
    .construct = float_construct, .methods = float_methods, .classmethods = float_classmethods,
};
