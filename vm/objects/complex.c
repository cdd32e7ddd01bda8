/* vm/objects/complex.c — complex: a pair of doubles with Python's arithmetic,
 * repr and constructor.
 *
 * int, bool and float operands mix in as complex numbers with no imaginary
 * part; // and % are not defined (TypeError, as in Python 3.10 and later).
 * repr follows CPython: each part the shortest round-tripping decimal
 * without a forced ".0", the real part left out when it is +0. */
#include "vm/objects/object.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { double re, im; } Cx;

Object *complex_from(double re, double im)
{
    ComplexObject *c = (ComplexObject *)obj_alloc(&ComplexType, sizeof(ComplexObject));
    if (!c)
        return NULL;
    c->re = re;
    c->im = im;
    return (Object *)c;
}

static Object *from_cx(Cx z) { return complex_from(z.re, z.im); }
static Cx cx_of(Object *o) { return (Cx){ complex_real(o), complex_imag(o) }; }

/* An operand as a complex number: 1, or 0 when its type does not mix with
 * complex (the caller answers NotImplemented), or -1 (int too large). */
static int operand(Object *o, Cx *z)
{
    if (obj_isinstance_type(o, &ComplexType)) {
        *z = cx_of(o);
        return 1;
    }
    if (!obj_isinstance_type(o, &FloatType) && !obj_isinstance_type(o, &IntType))
        return 0;
    z->im = 0;
    return num_as_double(o, &z->re) < 0 ? -1 : 1;
}

#define OPERANDS(a, b, x, y)                                  \
    Cx x, y;                                                   \
    do {                                                       \
        int ka = operand(a, &x), kb = ka > 0 ? operand(b, &y) : 0; \
        if (ka < 0 || kb < 0)                                  \
            return NULL;                                       \
        if (!ka || !kb) {                                      \
            INCREF(NotImplemented);                            \
            return NotImplemented;                             \
        }                                                      \
    } while (0)

static Cx cx_mul(Cx a, Cx b) { return (Cx){ a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re }; }

/* a / b by Smith's method, scaled by the larger part of b so that neither
 * overflows nor underflows where the quotient does not. */
static Cx cx_quot(Cx a, Cx b)
{
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){ (a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom };
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){ (a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom };
    }
    return (Cx){ NAN, NAN };   /* a part of b is a NaN */
}

static Object *complex_add(Object *a, Object *b) { OPERANDS(a, b, x, y); return from_cx((Cx){ x.re + y.re, x.im + y.im }); }
static Object *complex_sub(Object *a, Object *b) { OPERANDS(a, b, x, y); return from_cx((Cx){ x.re - y.re, x.im - y.im }); }
static Object *complex_mul(Object *a, Object *b) { OPERANDS(a, b, x, y); return from_cx(cx_mul(x, y)); }

static Object *complex_truediv(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    if (y.re == 0 && y.im == 0) {
        exc_set(ExcZeroDivisionError, "complex division by zero");
        return NULL;
    }
    return from_cx(cx_quot(x, y));
}

/* a ** n for a whole n, by squaring: exact where Python's is for small n. */
static Cx cx_powi(Cx a, long n)
{
    Cx r = { 1, 0 }, p = a;
    for (unsigned long m = (unsigned long)(n < 0 ? -n : n); m; m >>= 1) {
        if (m & 1)
            r = cx_mul(r, p);
        p = cx_mul(p, p);
    }
    return n < 0 ? cx_quot((Cx){ 1, 0 }, r) : r;
}

/* Python's complex power: repeated multiplication for a whole exponent of
 * at most 100 in size, else through polar form. */
Object *complex_pow_parts(double are, double aim, double bre, double bim)
{
    Cx a = { are, aim }, b = { bre, bim }, r;
    if (b.re == 0 && b.im == 0)
        return complex_from(1, 0);
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0) {
            exc_set(ExcZeroDivisionError, "0.0 to a negative or complex power");
            return NULL;
        }
        return complex_from(0, 0);
    }
    if (b.im == 0 && b.re == floor(b.re) && fabs(b.re) <= 100) {
        r = cx_powi(a, (long)b.re);
    } else {
        double vabs = hypot(a.re, a.im), len = pow(vabs, b.re), at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    if ((isinf(r.re) || isinf(r.im)) && isfinite(a.re) && isfinite(a.im) && isfinite(b.re) &&
        isfinite(b.im)) {
        exc_set(ExcOverflowError, "complex exponentiation");
        return NULL;
    }
    return from_cx(r);
}

static Object *complex_pow(Object *a, Object *b)
{
    OPERANDS(a, b, x, y);
    return complex_pow_parts(x.re, x.im, y.re, y.im);
}

static Object *complex_neg(Object *o) { return complex_from(-complex_real(o), -complex_imag(o)); }
static Object *complex_pos(Object *o) { return complex_from(complex_real(o), complex_imag(o)); }

static Object *complex_abs(Object *o)
{
    double re = complex_real(o), im = complex_imag(o), r = hypot(re, im);
    if (isinf(r) && isfinite(re) && isfinite(im)) {
        exc_set(ExcOverflowError, "absolute value too large");
        return NULL;
    }
    return float_from_double(r);
}

static const NumberOps complex_num = {
    .add = complex_add, .sub = complex_sub, .mul = complex_mul, .truediv = complex_truediv,
    .pow = complex_pow, .neg = complex_neg, .pos = complex_pos, .abs = complex_abs,
};

/* Only == and != are defined; an int compares exactly with the real part. */
static Object *complex_richcompare(Object *a, Object *b, int op)
{
    bool known = true, eq = false;
    if (obj_isinstance_type(b, &ComplexType))
        eq = complex_real(a) == complex_real(b) && complex_imag(a) == complex_imag(b);
    else if (obj_isinstance_type(b, &IntType))
        eq = complex_imag(a) == 0 && int_cmp_double(b, complex_real(a)) == 0;
    else if (obj_isinstance_type(b, &FloatType))
        eq = complex_imag(a) == 0 && complex_real(a) == float_value(b);
    else
        known = false;
    if (!known || (op != CMP_EQ && op != CMP_NE)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    return bool_from((op == CMP_EQ) == eq);
}

/* CPython's: equal to the float's hash when the imaginary part is 0. */
static int64_t complex_hash(Object *o)
{
    uint64_t h = (uint64_t)hash_double(complex_real(o)) +
                 1000003u * (uint64_t)hash_double(complex_imag(o));
    return (int64_t)h == -1 ? -2 : (int64_t)h;
}

static int complex_truth(Object *o) { return complex_real(o) != 0 || complex_imag(o) != 0; }

/* ---- repr ------------------------------------------------------------------- */

/* A part as CPython's repr of complex writes it: no ".0" on a whole number. */
static size_t part_repr(double v, char *buf, size_t cap)
{
    size_t n = float_repr_buf(v, buf, cap);
    if (n > 2 && isfinite(v) && strcmp(buf + n - 2, ".0") == 0)
        buf[n -= 2] = '\0';
    return n;
}

static Object *complex_repr(Object *o)
{
    double re = complex_real(o), im = complex_imag(o);
    char r[64], i[64];
    part_repr(im, i, sizeof i);
    if (re == 0 && !signbit(re))
        return str_from_fmt("%sj", i);
    part_repr(re, r, sizeof r);
    return str_from_fmt("(%s%s%sj)", r, i[0] == '-' ? "" : "+", i);
}

/* ---- complex() ---------------------------------------------------------------- */

static Object *bad_string(void)
{
    exc_set(ExcValueError, "complex() arg is a malformed string");
    return NULL;
}

/* A float at *p ("1.5", "-inf", "nan", "1e3"); advances *p, false if none. */
static bool read_float(const char **p, const char *end, double *out)
{
    char buf[128];
    size_t n = 0;
    const char *q = *p;
    while (q < end && n + 1 < sizeof buf && (isalnum((unsigned char)*q) || *q == '.' || *q == '_' ||
                                             ((*q == '+' || *q == '-') && (n == 0 || (buf[n - 1] | 0x20) == 'e')))) {
        if ((*q | 0x20) == 'j')
            break;
        if (*q != '_')
            buf[n++] = *q;
        q++;
    }
    buf[n] = '\0';
    char *stop;
    *out = strtod(buf, &stop);
    if (n == 0 || stop == buf || *stop)
        return false;
    *p = q;
    return true;
}

/* "1+2j", "(3-4.5j)", "2j", "-j", "1e3": Python's forms, spaces around. */
static Object *complex_from_str(Object *s)
{
    const char *p = str_utf8(s), *end = p + str_nbytes(s);
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    if (p < end && *p == '(' && end[-1] == ')') {
        p++, end--;
        while (p < end && isspace((unsigned char)*p)) p++;
        while (end > p && isspace((unsigned char)end[-1])) end--;
    }
    double a = 0, b = 0;
    if (p == end)
        return bad_string();
    bool have = read_float(&p, end, &a);
    if (p == end)
        return have ? complex_from(a, 0) : bad_string();
    if ((*p | 0x20) == 'j' && p + 1 == end) {        /* "2j", "j", "-j" */
        if (!have && (*p == 'j' || *p == 'J'))
            a = 1;
        return complex_from(0, have ? a : 1);
    }
    if (!have && (*p == '+' || *p == '-') && p + 2 == end && (p[1] | 0x20) == 'j')
        return complex_from(0, *p == '-' ? -1 : 1);
    if (!have || (*p != '+' && *p != '-'))
        return bad_string();
    const char *sign = p;
    if (!read_float(&p, end, &b)) {                  /* "1+j", "1-j" */
        p = sign + 1;
        b = *sign == '-' ? -1 : 1;
    }
    if (p + 1 != end || (*p | 0x20) != 'j')
        return bad_string();
    return complex_from(a, b);
}

/* A number, or a class instance's __complex__ (or __float__, via
 * num_as_double), as parts; *cx says whether it was a complex number.
 * 1 done, 0 not a number, -1 error. */
static int number_parts(Object *o, Cx *z, bool *cx)
{
    int k = operand(o, z);
    *cx = obj_isinstance_type(o, &ComplexType);
    if (k != 0)
        return k;
    Object *f = o->type->flags & TYPE_HEAP ? type_lookup(o->type, str_intern("__complex__")) : NULL;
    if (f) {
        Object *r = obj_call_prepend(f, o, NULL, 0, NULL);
        if (!r)
            return -1;
        if (!obj_isinstance_type(r, &ComplexType)) {
            exc_set(ExcTypeError, "__complex__ returned non-complex (type %s)", r->type->name);
            DECREF(r);
            return -1;
        }
        *z = cx_of(r);
        *cx = true;
        DECREF(r);
        return 1;
    }
    if (o->type->flags & TYPE_HEAP && type_lookup(o->type, str_intern("__float__"))) {
        z->im = 0;
        return num_as_double(o, &z->re) < 0 ? -1 : 1;
    }
    return 0;
}

int complex_parts(Object *o, double *re, double *im)
{
    Cx z = { 0, 0 };
    bool cx;
    int k = number_parts(o, &z, &cx);
    *re = z.re;
    *im = z.im;
    return k;
}

static Object *complex_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "real", "imag", NULL };
    Object *v[2];
    if (args_parse("complex", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    if (v[0] && obj_isinstance_type(v[0], &StrType)) {
        if (v[1]) {
            exc_set(ExcTypeError, "complex() can't take second arg if first is a string");
            return NULL;
        }
        return complex_from_str(v[0]);
    }
    if (v[1] && obj_isinstance_type(v[1], &StrType)) {
        exc_set(ExcTypeError, "complex() second arg can't be a string");
        return NULL;
    }
    Cx r = { 0, 0 }, i = { 0, 0 };
    bool r_cx = false, i_cx = false;
    int k = v[0] ? number_parts(v[0], &r, &r_cx) : 1;
    if (k == 0)
        exc_set(ExcTypeError, "complex() first argument must be a string or a number, not '%s'",
                v[0]->type->name);
    if (k > 0 && v[1] && (k = number_parts(v[1], &i, &i_cx)) == 0)
        exc_set(ExcTypeError, "complex() second argument must be a number, not '%s'",
                v[1]->type->name);
    if (k <= 0)
        return NULL;
    /* A part is added only where a complex argument brings one, so the
     * signs of zeros survive: complex(-0.0, -0.0) is (-0-0j). */
    double re = r.re, im = i.re;
    if (i_cx)
        re -= i.im;
    if (r_cx)
        im = v[1] ? im + r.im : r.im;
    return complex_from(re, im);
}

static Object *complex_m_conjugate(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return complex_from(complex_real(args[0]), -complex_imag(args[0]));
}

static Object *complex_m_complex(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return complex_from(complex_real(args[0]), complex_imag(args[0]));
}

static Object *complex_m_getnewargs(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Object *re = float_from_double(complex_real(args[0])), *im = float_from_double(complex_imag(args[0]));
    Object *t = re && im ? tuple_pack(2, re, im) : NULL;
    XDECREF(re);
    XDECREF(im);
    return t;
}

static Object *complex_get_real(Object *o) { return float_from_double(complex_real(o)); }
static Object *complex_get_imag(Object *o) { return float_from_double(complex_imag(o)); }

static const MethodDef complex_methods[] = {
    { "conjugate", complex_m_conjugate, NULL },
    { "__complex__", complex_m_complex, NULL },
    { "__getnewargs__", complex_m_getnewargs, NULL },
    { "__format__", format_m_builtin, NULL },
    { "real", NULL, complex_get_real },
    { "imag", NULL, complex_get_imag },
    { NULL, NULL, NULL },
};

Type ComplexType = {
    OBJ_HEAD_INIT(&TypeType), .name = "complex", .base = &ObjectType, .basicsize = sizeof(ComplexObject),
    .repr = complex_repr, .hash = complex_hash, .richcompare = complex_richcompare,
    .truth = complex_truth, .num = &complex_num, .construct = complex_construct,
    .methods = complex_methods,
};
