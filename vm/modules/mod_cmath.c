/* vm/modules/mod_cmath.c — the `cmath` module: the C library's complex
 * functions (C99 Annex G) with CPython's error rules: a NaN part from an
 * argument without one is ValueError "math domain error"; an infinite part
 * from a finite argument is OverflowError "math range error", except at a
 * pole (log and log10 of 0, atanh of +-1), which is a domain error.
 */
#include <complex.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "vm/runtime/module.h"

/* re + im i, exactly, infinities and NaNs included (re + im * I is not:
 * inf * I has a NaN real part); C11 lays a complex out as double[2].
 * glibc's CMPLX is missing under clang. */
static double complex make_cx(double re, double im)
{
    double parts[2] = { re, im };
    double complex z;
    memcpy(&z, parts, sizeof z);
    return z;
}

/* An argument as a complex number: a number, or a class instance with
 * __complex__ or __float__ (as complex() takes it, strings not); -1 with
 * TypeError. */
static int cx_arg(Object *o, double complex *z)
{
    double re = 0, im = 0;
    int k = complex_parts(o, &re, &im);
    if (k == 0)
        exc_set(ExcTypeError, "must be real number, not %s", o->type->name);
    *z = make_cx(re, im);
    return k > 0 ? 0 : -1;
}

static bool has_nan(double complex z) { return isnan(creal(z)) || isnan(cimag(z)); }
static bool is_finite(double complex z) { return isfinite(creal(z)) && isfinite(cimag(z)); }

static Object *checked(double complex x, double complex r, bool pole)
{
    if (has_nan(r) && !has_nan(x)) {
        exc_set(ExcValueError, "math domain error");
        return NULL;
    }
    if (!is_finite(r) && is_finite(x)) {
        exc_set(pole ? ExcValueError : ExcOverflowError, pole ? "math domain error" : "math range error");
        return NULL;
    }
    return complex_from(creal(r), cimag(r));
}

static bool one_arg(const char *fn, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "cmath.%s() takes exactly one argument (%zu given)", fn, nargs);
        return false;
    }
    return true;
}

/* The one-argument functions, a row each: name, function, and whether an
 * infinity from a finite argument is a pole (domain) rather than overflow. */
#define CMATH_UNARY(X)                                                                  \
    X(sqrt, sqrt_of, false) X(exp, cexp, false) X(log10, log10_of, true)              \
    X(sin, csin, false) X(cos, ccos, false) X(tan, tan_of, false)                      \
    X(asin, asin_of, false) X(acos, acos_of, false) X(atan, atan_of, true)             \
    X(sinh, csinh, false) X(cosh, ccosh, false) X(tanh, tanh_of, false)                \
    X(asinh, asinh_of, false) X(acosh, acosh_of, false) X(atanh, atanh_of, true)

/* Arithmetic mixing a real and a complex operand is written out part by
 * part below: compilers differ on it (gcc keeps Annex G's -y in 1 - z,
 * clang computes 0 - y), and the sign of a zero picks the side of a branch
 * cut.  */

/* The inverse and hyperbolic functions by Kahan's formulas ("Branch Cuts
 * for Complex Elementary Functions", 1987) from principal square roots, as
 * CPython computes them: the C library's own round a last bit differently,
 * and a program printing repr() would see it.  Far out (beyond BIG) or at
 * an infinity or NaN, the C library's Annex G handling serves. */
#define BIG (DBL_MAX / 4)

static bool tame(double complex z) { return is_finite(z) && fabs(creal(z)) < BIG && fabs(cimag(z)) < BIG; }
static double complex times_i(double complex z) { return make_cx(-cimag(z), creal(z)); }
static double complex times_minus_i(double complex z) { return make_cx(cimag(z), -creal(z)); }

/* sqrt((|x| + |z|) / 2), the other part |y| / (2 of it), taken with the
 * inputs scaled by 1/8 so that |z| cannot overflow. */
static double complex sqrt_of(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!tame(z) || (x == 0 && y == 0))
        return x == 0 && y == 0 ? make_cx(0.0, y) : csqrt(z);
    double ax = fabs(x) / 8, s = 2 * sqrt(ax + hypot(ax, fabs(y) / 8)), d = fabs(y) / (2 * s);
    return x >= 0 ? make_cx(s, copysign(d, y)) : make_cx(d, copysign(s, y));
}

/* log |z| through log1p near |z| = 1, where log(hypot) loses digits. */
static double complex log_of(double complex z)
{
    double ax = fabs(creal(z)), ay = fabs(cimag(z)), h = hypot(ax, ay);
    if (!tame(z) || h == 0)
        return clog(z);
    double am = fmax(ax, ay), an = fmin(ax, ay);
    double re = h >= 0.71 && h <= 1.73 ? log1p((am - 1) * (am + 1) + an * an) / 2 : log(h);
    return make_cx(re, atan2(cimag(z), creal(z)));
}

static double complex log10_of(double complex z)
{
    double complex r = log_of(z);
    return make_cx(creal(r) / M_LN10, cimag(r) / M_LN10);
}

static double complex asinh_of(double complex z)
{
    if (!tame(z))
        return casinh(z);
    double x = creal(z), y = cimag(z);
    double complex s1 = sqrt_of(make_cx(1 + y, -x)), s2 = sqrt_of(make_cx(1 - y, x));   /* 1 -+ iz */
    return make_cx(asinh(creal(s1) * cimag(s2) - creal(s2) * cimag(s1)),
                 atan2(cimag(z), creal(s1) * creal(s2) - cimag(s1) * cimag(s2)));
}

static double complex asin_of(double complex z) { return tame(z) ? times_minus_i(asinh_of(times_i(z))) : casin(z); }

static double complex acos_of(double complex z)
{
    if (!tame(z))
        return cacos(z);
    double x = creal(z), y = cimag(z);
    double complex s1 = sqrt_of(make_cx(1 - x, -y)), s2 = sqrt_of(make_cx(1 + x, y));
    return make_cx(2 * atan2(creal(s1), creal(s2)), asinh(creal(s2) * cimag(s1) - cimag(s2) * creal(s1)));
}

static double complex acosh_of(double complex z)
{
    if (!tame(z))
        return cacosh(z);
    double complex s1 = sqrt_of(make_cx(creal(z) - 1, cimag(z))), s2 = sqrt_of(make_cx(creal(z) + 1, cimag(z)));
    return make_cx(asinh(creal(s1) * creal(s2) + cimag(s1) * cimag(s2)), 2 * atan2(cimag(s1), creal(s2)));
}

/* atanh of z with a non-negative real part (odd symmetry gives the rest);
 * the pole at 1 comes out infinite, which `checked` calls a domain error. */
static double complex atanh_of(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!tame(z) || fabs(x) > sqrt(BIG) || fabs(y) > sqrt(BIG))
        return catanh(z);
    if (signbit(x)) {
        double complex r = atanh_of(make_cx(-x, -y));
        return make_cx(-creal(r), -cimag(r));
    }
    if (x == 1 && y == 0)
        return make_cx(INFINITY, y);
    double re = log1p(4 * x / ((1 - x) * (1 - x) + y * y)) / 4;
    return make_cx(re, -atan2(-2 * y, (1 - x) * (1 + x) - y * y) / 2);
}

static double complex atan_of(double complex z) { return tame(z) ? times_minus_i(atanh_of(times_i(z))) : catan(z); }

/* tanh by the addition formula in tanh x and tan y; far out it is +-1. */
static double complex tanh_of(double complex z)
{
    double x = creal(z), y = cimag(z);
    if (!is_finite(z) || fabs(x) > 354.0)
        return ctanh(z);
    double tx = tanh(x), ty = tan(y), cx = 1.0 / cosh(x), txty = tx * ty, denom = 1.0 + txty * txty;
    return make_cx(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

static double complex tan_of(double complex z) { return is_finite(z) ? times_minus_i(tanh_of(times_i(z))) : ctan(z); }

#define CMATH_DEFINE(name, cfn, pole)                                                   \
    static Object *c_##name(Object *self, Object *const *args, size_t nargs, Object *kw) \
    {                                                                                   \
        double complex z;                                                               \
        if (!one_arg(#name, nargs, kw) || cx_arg(args[0], &z) < 0)                      \
            return NULL;                                                                \
        return checked(z, cfn(z), pole);                                                \
    }
CMATH_UNARY(CMATH_DEFINE)
#undef CMATH_DEFINE

/* log(z[, base]): log of 0 is a pole. */
static Object *c_log(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    double complex z, b;
    if (kw || nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, "log expected 1 or 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (cx_arg(args[0], &z) < 0 || (nargs == 2 && cx_arg(args[1], &b) < 0))
        return NULL;
    if (creal(z) == 0 && cimag(z) == 0)
        return checked(z, make_cx(-INFINITY, 0), true);
    double complex r = log_of(z);
    if (nargs == 2) {
        double complex lb = log_of(b);
        if (creal(lb) == 0 && cimag(lb) == 0) {
            exc_set(ExcZeroDivisionError, "complex division by zero");
            return NULL;
        }
        Object *num = complex_from(creal(r), cimag(r)), *den = complex_from(creal(lb), cimag(lb));
        Object *q = num && den ? obj_binop(num, den, BIN_TRUEDIV) : NULL;
        XDECREF(num);
        XDECREF(den);
        return q;
    }
    return checked(z, r, true);
}

static Object *c_phase(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    double complex z;
    if (!one_arg("phase", nargs, kw) || cx_arg(args[0], &z) < 0)
        return NULL;
    return float_from_double(carg(z));
}

static Object *c_polar(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    double complex z;
    if (!one_arg("polar", nargs, kw) || cx_arg(args[0], &z) < 0)
        return NULL;
    double r = cabs(z);
    if (isinf(r) && is_finite(z)) {
        exc_set(ExcOverflowError, "math range error");
        return NULL;
    }
    Object *a = float_from_double(r), *p = float_from_double(carg(z));
    Object *t = a && p ? tuple_pack(2, a, p) : NULL;
    XDECREF(a);
    XDECREF(p);
    return t;
}

static Object *c_rect(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    double r, phi;
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "rect expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (num_as_double(args[0], &r) < 0 || num_as_double(args[1], &phi) < 0)
        return NULL;
    if (isfinite(r) && isinf(phi)) {
        exc_set(ExcValueError, "math domain error");
        return NULL;
    }
    /* r * e**(i phi) without 0 * inf: a zero phase keeps the imaginary part 0. */
    return complex_from(r * cos(phi), phi == 0 ? phi * r : r * sin(phi));
}

static Object *c_test(const char *fn, Object *const *args, size_t nargs, Object *kw, int which)
{
    double complex z;
    if (!one_arg(fn, nargs, kw) || cx_arg(args[0], &z) < 0)
        return NULL;
    bool r = which == 0 ? is_finite(z) : which == 1 ? isinf(creal(z)) || isinf(cimag(z)) : has_nan(z);
    return bool_from(r);
}
static Object *c_isfinite(Object *s, Object *const *a, size_t n, Object *kw) { return c_test("isfinite", a, n, kw, 0); }
static Object *c_isinf(Object *s, Object *const *a, size_t n, Object *kw) { return c_test("isinf", a, n, kw, 1); }
static Object *c_isnan(Object *s, Object *const *a, size_t n, Object *kw) { return c_test("isnan", a, n, kw, 2); }

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as math.isclose on |a - b|. */
static Object *c_isclose(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    Object *v[4];
    double complex a, b;
    double rel = 1e-09, abs_tol = 0.0;
    if (args_parse("isclose", args, nargs, kw, 2, names, v) < 0 || cx_arg(v[0], &a) < 0 ||
        cx_arg(v[1], &b) < 0 || (v[2] && num_as_double(v[2], &rel) < 0) ||
        (v[3] && num_as_double(v[3], &abs_tol) < 0))
        return NULL;
    if (rel < 0 || abs_tol < 0) {
        exc_set(ExcValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (a == b)
        return bool_from(true);
    if (!is_finite(a) || !is_finite(b))
        return bool_from(false);
    double d = cabs(a - b);
    return bool_from(d <= rel * cabs(b) || d <= rel * cabs(a) || d <= abs_tol);
}

static const struct { const char *name; CallFn fn; } funcs[] = {
#define CMATH_ROW(name, cfn, pole) { #name, c_##name },
    CMATH_UNARY(CMATH_ROW)
#undef CMATH_ROW
    { "log", c_log }, { "phase", c_phase }, { "polar", c_polar }, { "rect", c_rect },
    { "isfinite", c_isfinite }, { "isinf", c_isinf }, { "isnan", c_isnan }, { "isclose", c_isclose },
};

static const struct { const char *name; double re, im; bool is_complex; } consts[] = {
    { "pi", M_PI, 0, false }, { "e", M_E, 0, false }, { "tau", 2 * M_PI, 0, false },
    { "inf", INFINITY, 0, false }, { "nan", NAN, 0, false },
    { "infj", 0, INFINITY, true }, { "nanj", 0, NAN, true },
};

Object *mod_cmath_init(void)
{
    Object *m = module_new("cmath", NULL);
    int bad = !m;
    for (size_t i = 0; !bad && i < sizeof funcs / sizeof funcs[0]; i++)
        bad = module_add_func(m, funcs[i].name, funcs[i].fn) < 0;
    for (size_t i = 0; !bad && i < sizeof consts / sizeof consts[0]; i++) {
        Object *v = consts[i].is_complex ? complex_from(consts[i].re, consts[i].im)
                                         : float_from_double(consts[i].re);
        bad = !v || module_add(m, consts[i].name, v) < 0;
        XDECREF(v);
    }
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
