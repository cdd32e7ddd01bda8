/* vm/modules/mod_math.c — the `math` module: the C library's functions with
 * CPython's error rules (a NaN from a non-NaN argument is ValueError "math
 * domain error"; an infinity from a finite one is OverflowError "math range
 * error" where the function can overflow, else a domain error), and the
 * integer functions (factorial, gcd, lcm, isqrt, comb, perm, prod) over
 * ints of any size through the generic number operations.
 */
#include <math.h>
#include <stdlib.h>

#include "vm/runtime/module.h"

/* ---- arguments */

static bool nargs_ok(const char *fn, size_t nargs, Object *kw, size_t want)
{
    if (kw) {
        exc_set(ExcTypeError, "math.%s() takes no keyword arguments", fn);
        return false;
    }
    if (nargs != want) {
        if (want == 1)
            exc_set(ExcTypeError, "math.%s() takes exactly one argument (%zu given)", fn, nargs);
        else
            exc_set(ExcTypeError, "%s expected %zu arguments, got %zu", fn, want, nargs);
        return false;
    }
    return true;
}

static int int_arg(Object *o)
{
    if (!obj_isinstance_type(o, &IntType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
        return -1;
    }
    return 0;
}

static Object *domain_error(void)
{
    exc_set(ExcValueError, "math domain error");
    return NULL;
}

static Object *range_error(void)
{
    exc_set(ExcOverflowError, "math range error");
    return NULL;
}

/* CPython's rule for a one-argument function's result r of x. */
static Object *checked(double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return float_from_double(r);
}

/* ---- one-argument functions from libm */

static double m_degrees(double x) { return x * (180.0 / M_PI); }
static double m_radians(double x) { return x * (M_PI / 180.0); }

/* ---- gamma and lgamma as CPython computes them
 * CPython does not call the C library here: it evaluates the Lanczos
 * approximation (N = 13, g = 6.0246800407767296; Boost's parameters) as a
 * rational function, with a correction for the rounding of x + g - 1/2 and
 * the reflection formula below zero.  The C library's tgamma and lgamma
 * differ from it in the last digit for many arguments (gamma(0.1) is
 * 9.51350769866873 there, 9.513507698668732 in Python), so gilvm evaluates
 * the same formula in the same order of operations. */
enum { LZ_N = 13, GAMMA_EXACT = 23 };
static const double lz_g = 6.024680040776729583740234375;
static const double lz_g_half = 5.524680040776729583740234375; /* g - 1/2, exact */
/* The sum's numerator, and its denominator x(x+1)...(x+11) expanded,
 * each lowest power first. */
static const double lz_num[LZ_N] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
static const double lz_den[LZ_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* The Lanczos sum for x > 0: Horner in x below 5, in 1/x above (no
 * overflow, and more accurate there). */
static double lz_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LZ_N - 1; i >= 0; i--) {
            num = num * x + lz_num[i];
            den = den * x + lz_den[i];
        }
    } else {
        for (int i = 0; i < LZ_N; i++) {
            num = num / x + lz_num[i];
            den = den / x + lz_den[i];
        }
    }
    return num / den;
}

/* sin(pi x), exact at the integers and half-integers (the reflection
 * formula divides by it). */
static double sin_pi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(M_PI * y); break;
    case 1: r = cos(M_PI * (y - 0.5)); break;
    case 2: r = sin(M_PI * (1.0 - y)); break;   /* +0.0 at y = 1, not -0.0 */
    case 3: r = -cos(M_PI * (y - 1.5)); break;
    default: r = sin(M_PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* pow(y, a - 1/2) applied to r, split in two square roots above 140 where
 * the power alone would overflow before the division brings it back. */
static double lz_scale(double r, double y, double a, bool divide)
{
    if (a < 140.0)
        return divide ? r / pow(y, a - 0.5) : r * pow(y, a - 0.5);
    double half = pow(y, a / 2.0 - 0.25);
    return divide ? r / half / half : r * half * half;
}

static double m_gamma(double x)
{
    if (!isfinite(x))
        return isnan(x) || x > 0 ? x : NAN;
    if (x == 0.0)
        return 1.0 / x;
    if (x == floor(x)) {
        if (x < 0)
            return NAN;
        if (x <= GAMMA_EXACT) {
            double f = 1.0;   /* (x-1)! is exact in a double up to 22! */
            for (int k = 2; k < (int)x; k++)
                f *= k;
            return f;
        }
    }
    double a = fabs(x);
    if (a < 1e-20)
        return 1.0 / x;
    if (a > 200.0)
        return x < 0 ? 0.0 / sin_pi(x) : HUGE_VAL;
    double y = a + lz_g_half;
    /* e, the rounding error of y = a + g - 1/2, taken without cancelling
     * the larger term first; it corrects pow and exp by (1 + e g / y). */
    double e = a > lz_g_half ? (y - a) - lz_g_half : (y - lz_g_half) - a;
    double corr = e * lz_g / y, r;
    if (x < 0) {
        r = -M_PI / sin_pi(a) / a * exp(y) / lz_sum(a);
        r -= corr * r;
        return lz_scale(r, y, a, true);
    }
    r = lz_sum(a) / exp(y);
    r += corr * r;
    return lz_scale(r, y, a, false);
}

static double m_lgamma(double x)
{
    if (!isfinite(x))
        return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0)
        return x <= 0 ? HUGE_VAL : 0.0;
    double a = fabs(x);
    if (a < 1e-20)
        return -log(a);
    double r = log(lz_sum(a)) - lz_g;
    r += (a - 0.5) * (log(a + lz_g - 0.5) - 1);
    if (x < 0)   /* log pi, then the reflection formula */
        r = 1.144729885849400174143427351353058711647 - log(fabs(sin_pi(a))) - log(a) - r;
    return r;
}

/* gamma/lgamma: poles at the non-positive integers are domain errors. */
static bool at_pole(double x) { return x <= 0 && x == floor(x) && isfinite(x); }

static const struct Unary {
    const char *name;
    double (*fn)(double);
    bool can_overflow, pole;
} unary[] = {
    { "sqrt", sqrt, false, false },  { "exp", exp, true, false },    { "exp2", exp2, true, false },
    { "expm1", expm1, true, false }, { "cbrt", cbrt, false, false }, { "fabs", fabs, false, false },
    { "sin", sin, false, false },    { "cos", cos, false, false },   { "tan", tan, false, false },
    { "asin", asin, false, false },  { "acos", acos, false, false }, { "atan", atan, false, false },
    { "sinh", sinh, true, false },   { "cosh", cosh, true, false },  { "tanh", tanh, false, false },
    { "asinh", asinh, false, false }, { "acosh", acosh, false, false },
    { "atanh", atanh, false, false }, { "erf", erf, false, false },  { "erfc", erfc, false, false },
    { "gamma", m_gamma, true, true }, { "lgamma", m_lgamma, true, true },
    { "degrees", m_degrees, true, false }, { "radians", m_radians, false, false },
};
enum { N_UNARY = sizeof unary / sizeof unary[0] };

static Object *unary_call(size_t i, Object *const *args, size_t nargs, Object *kw)
{
    double x;
    if (!nargs_ok(unary[i].name, nargs, kw, 1) || num_as_double(args[0], &x) < 0)
        return NULL;
    if (unary[i].pole && at_pole(x))
        return domain_error();
    return checked(x, unary[i].fn(x), unary[i].can_overflow);
}

#define UNARY(i)                                                                          \
    static Object *unary_##i(Object *f, Object *const *args, size_t nargs, Object *kw)    \
    {                                                                                     \
        return unary_call(i, args, nargs, kw);                                            \
    }
UNARY(0) UNARY(1) UNARY(2) UNARY(3) UNARY(4) UNARY(5) UNARY(6) UNARY(7) UNARY(8) UNARY(9)
UNARY(10) UNARY(11) UNARY(12) UNARY(13) UNARY(14) UNARY(15) UNARY(16) UNARY(17) UNARY(18)
UNARY(19) UNARY(20) UNARY(21) UNARY(22) UNARY(23)
#undef UNARY
static const CallFn unary_fns[N_UNARY] = {
    unary_0, unary_1, unary_2, unary_3, unary_4, unary_5, unary_6, unary_7, unary_8, unary_9,
    unary_10, unary_11, unary_12, unary_13, unary_14, unary_15, unary_16, unary_17, unary_18,
    unary_19, unary_20, unary_21, unary_22, unary_23,
};

/* ---- logarithms: ints of any size (a big one is scaled down first) */

/* fn(x) for a positive number x (ValueError otherwise), ints of any size. */
static int log_of(Object *x, double (*fn)(double), double *out)
{
    double d;
    if (obj_isinstance_type(x, &IntType) && !int_is_small(x)) {
        Object *zero = int_from_i64(0);
        int pos = zero ? obj_richcompare_bool(x, zero, CMP_GT) : -1;
        XDECREF(zero);
        if (pos <= 0) {
            if (pos == 0)
                domain_error();
            return -1;
        }
        if (int_to_double(x, &d) == 0) {
            *out = fn(d);
            return 0;
        }
        /* Too large for a double: x = m * 2**e, log(x) = log(m) + e log(2). */
        exc_clear();
        Object *bl = obj_call_method(x, "bit_length", NULL, 0);
        int64_t bits;
        if (!bl || int_as_i64(bl, &bits) < 0) {
            XDECREF(bl);
            return -1;
        }
        DECREF(bl);
        int64_t shift = bits > 64 ? bits - 64 : 0;
        Object *s = int_from_i64(shift);
        Object *top = s ? obj_binop(x, s, BIN_RSHIFT) : NULL;
        XDECREF(s);
        if (!top || int_to_double(top, &d) < 0) {
            XDECREF(top);
            return -1;
        }
        DECREF(top);
        int e;
        double m = frexp(d, &e);
        *out = fn(m) + (double)(shift + e) * fn(2.0);
        return 0;
    }
    if (num_as_double(x, &d) < 0)
        return -1;
    if (isnan(d) || d == INFINITY) {
        *out = d;
        return 0;
    }
    if (d <= 0) {
        domain_error();
        return -1;
    }
    *out = fn(d);
    return 0;
}

static Object *m_log(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, kw ? "math.log() takes no keyword arguments"
                                 : "log expected at least 1 argument, got %zu", nargs);
        if (!kw && nargs > 2)
            exc_set(ExcTypeError, "log expected at most 2 arguments, got %zu", nargs);
        return NULL;
    }
    double num, den;
    if (log_of(args[0], log, &num) < 0)
        return NULL;
    if (nargs == 1)
        return float_from_double(num);
    if (log_of(args[1], log, &den) < 0)
        return NULL;
    if (den == 0) {
        exc_set(ExcZeroDivisionError, "float division by zero");
        return NULL;
    }
    return float_from_double(num / den);
}

static Object *log_one(const char *fn, double (*lf)(double), Object *const *args, size_t nargs, Object *kw)
{
    double r;
    return nargs_ok(fn, nargs, kw, 1) && log_of(args[0], lf, &r) == 0 ? float_from_double(r) : NULL;
}

static Object *m_log2(Object *f, Object *const *args, size_t nargs, Object *kw) { return log_one("log2", log2, args, nargs, kw); }
static Object *m_log10(Object *f, Object *const *args, size_t nargs, Object *kw) { return log_one("log10", log10, args, nargs, kw); }

static Object *m_log1p(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x;
    if (!nargs_ok("log1p", nargs, kw, 1) || num_as_double(args[0], &x) < 0)
        return NULL;
    if (x <= -1.0)
        return domain_error();
    return float_from_double(log1p(x));
}

/* ---- two-argument functions */

static int two_doubles(const char *fn, Object *const *args, size_t nargs, Object *kw, double *x, double *y)
{
    if (!nargs_ok(fn, nargs, kw, 2) || num_as_double(args[0], x) < 0 || num_as_double(args[1], y) < 0)
        return -1;
    return 0;
}

static Object *m_pow(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x, y;
    if (two_doubles("pow", args, nargs, kw, &x, &y) < 0)
        return NULL;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y)) {
        if (isnan(r))
            return domain_error();
        if (isinf(r))
            return x == 0.0 ? domain_error() : range_error();
    }
    return float_from_double(r);
}

static Object *m_atan2(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double y, x;
    return two_doubles("atan2", args, nargs, kw, &y, &x) < 0 ? NULL : float_from_double(atan2(y, x));
}

static Object *m_copysign(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x, y;
    return two_doubles("copysign", args, nargs, kw, &x, &y) < 0 ? NULL : float_from_double(copysign(x, y));
}

static Object *m_fmod(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x, y;
    if (two_doubles("fmod", args, nargs, kw, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return float_from_double(x);
    double r = fmod(x, y);
    return isnan(r) && !isnan(x) && !isnan(y) ? domain_error() : float_from_double(r);
}

static Object *m_remainder(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x, y;
    if (two_doubles("remainder", args, nargs, kw, &x, &y) < 0)
        return NULL;
    double r = remainder(x, y);
    return isnan(r) && !isnan(x) && !isnan(y) ? domain_error() : float_from_double(r);
}

static Object *m_nextafter(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x, y;
    return two_doubles("nextafter", args, nargs, kw, &x, &y) < 0 ? NULL : float_from_double(nextafter(x, y));
}

static Object *m_ulp(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x;
    if (!nargs_ok("ulp", nargs, kw, 1) || num_as_double(args[0], &x) < 0)
        return NULL;
    if (isnan(x) || isinf(x))
        return float_from_double(fabs(x));
    x = fabs(x);
    double up = nextafter(x, INFINITY);
    return float_from_double(isinf(up) ? x - nextafter(x, -INFINITY) : up - x);
}

static Object *m_ldexp(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x;
    int64_t e;
    if (!nargs_ok("ldexp", nargs, kw, 2) || num_as_double(args[0], &x) < 0)
        return NULL;
    if (int_arg(args[1]) < 0)
        return NULL;
    if (int_as_i64(args[1], &e) < 0) {   /* beyond int64: as large as it gets */
        exc_clear();
        e = int_value(args[1]) < 0 ? INT32_MIN : INT32_MAX;
    }
    e = e > INT32_MAX ? INT32_MAX : e < INT32_MIN ? INT32_MIN : e;
    if (x == 0 || !isfinite(x))
        return float_from_double(x);
    double r = ldexp(x, (int)e);
    return isinf(r) ? range_error() : float_from_double(r);
}

static Object *pair_of(Object *a, Object *b)   /* steals both */
{
    Object *t = a && b ? tuple_pack(2, a, b) : NULL;
    XDECREF(a);
    XDECREF(b);
    return t;
}

static Object *m_modf(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x, ip;
    if (!nargs_ok("modf", nargs, kw, 1) || num_as_double(args[0], &x) < 0)
        return NULL;
    if (isinf(x))
        return pair_of(float_from_double(copysign(0.0, x)), float_from_double(x));
    double fp = modf(x, &ip);
    return pair_of(float_from_double(fp), float_from_double(ip));
}

static Object *m_frexp(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double x;
    int e = 0;
    if (!nargs_ok("frexp", nargs, kw, 1) || num_as_double(args[0], &x) < 0)
        return NULL;
    double m = isfinite(x) && x != 0 ? frexp(x, &e) : x;
    return pair_of(float_from_double(m), int_from_i64(e));
}

/* sqrt(sum of v[i]**2) for finite v, rounded once: scaled by a power of
 * two (exact) so the largest is near 1, the squares summed exactly in
 * double-double (fma gives each square's low part), and the square root
 * corrected by one Newton step on the residual.  python3 rounds its
 * hypot and dist correctly (almost always); a chain of libm hypot calls
 * rounds at every step. */
static double m_norm(const double *v, size_t n)
{
    double big = 0, hi = 0, lo = 0;
    for (size_t i = 0; i < n; i++)
        big = fmax(big, fabs(v[i]));
    if (big == 0)
        return 0;
    int e;
    frexp(big, &e);
    for (size_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e), sq = x * x, sq_lo = fma(x, x, -sq);
        double sum = hi + sq, back = sum - hi;
        lo += ((hi - (sum - back)) + (sq - back)) + sq_lo;
        hi = sum;
    }
    double root = sqrt(hi), residual = fma(-root, root, hi) + lo;
    return ldexp(root + residual / (2 * root), e);
}

/* Reads n numbers into v: the arguments of hypot, the differences of dist's
 * coordinates (q NULL for hypot).  *inf, *nan: whether one is infinite or
 * a NaN (an infinite one wins over a NaN, as in python3). */
static int norm_args(Object *const *p, Object *const *q, size_t n, double *v, bool *inf,
                     bool *nan)
{
    *inf = *nan = false;
    for (size_t i = 0; i < n; i++) {
        double a, b = 0;
        if (num_as_double(p[i], &a) < 0 || (q && num_as_double(q[i], &b) < 0))
            return -1;
        v[i] = a - b;
        *inf = *inf || isinf(v[i]);
        *nan = *nan || isnan(v[i]);
    }
    return 0;
}

/* The norm of n coordinates (differences when q): a float, or NULL. */
static Object *norm_of(Object *const *p, Object *const *q, size_t n)
{
    double small[16], *v = n <= 16 ? small : malloc(n * sizeof *v);
    bool inf, nan;
    if (!v) {
        exc_nomemory();
        return NULL;
    }
    int rc = norm_args(p, q, n, v, &inf, &nan);
    double r = rc < 0 ? 0 : inf ? INFINITY : nan ? NAN : m_norm(v, n);
    if (v != small)
        free(v);
    return rc < 0 ? NULL : float_from_double(r);
}

static Object *m_hypot(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "hypot() takes no keyword arguments");
        return NULL;
    }
    return norm_of(args, NULL, nargs);
}

static Object *dist_of(Object *p, Object *q)
{
    if (tuple_len(p) != tuple_len(q)) {
        exc_set(ExcValueError, "both points must have the same number of dimensions");
        return NULL;
    }
    return norm_of(((TupleObject *)p)->items, ((TupleObject *)q)->items, tuple_len(p));
}

/* dist(p, q): any iterables, taken as tuples (CPython 3.8). */
static Object *m_dist(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("dist", nargs, kw, 2))
        return NULL;
    Object *p = tuple_from_iter(args[0]);
    Object *q = p ? tuple_from_iter(args[1]) : NULL;
    Object *r = q ? dist_of(p, q) : NULL;
    XDECREF(p);
    XDECREF(q);
    return r;
}

static Object *m_isclose(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = { "a", "b", "rel_tol", "abs_tol", NULL };
    Object *a[4];
    double x, y, rel = 1e-9, abs_tol = 0;
    size_t npos = nargs - (kwnames ? tuple_len(kwnames) : 0);
    if (npos > 2) {
        exc_set(ExcTypeError, "isclose() takes exactly 2 positional arguments (%zu given)", npos);
        return NULL;
    }
    if (args_parse("isclose", args, nargs, kwnames, 2, names, a) < 0 || num_as_double(a[0], &x) < 0 ||
        num_as_double(a[1], &y) < 0 || (a[2] && num_as_double(a[2], &rel) < 0) ||
        (a[3] && num_as_double(a[3], &abs_tol) < 0))
        return NULL;
    if (rel < 0 || abs_tol < 0) {
        exc_set(ExcValueError, "tolerances must be non-negative");
        return NULL;
    }
    if (x == y)
        return bool_from(true);
    if (isinf(x) || isinf(y))
        return bool_from(false);
    double d = fabs(y - x);
    return bool_from(d <= fabs(rel * y) || d <= fabs(rel * x) || d <= abs_tol);
}

static Object *pred(const char *fn, Object *const *args, size_t nargs, Object *kw, int (*p)(double))
{
    double x;
    return nargs_ok(fn, nargs, kw, 1) && num_as_double(args[0], &x) == 0 ? bool_from(p(x)) : NULL;
}
static int p_finite(double x) { return isfinite(x); }
static int p_inf(double x) { return isinf(x) != 0; }
static int p_nan(double x) { return isnan(x); }
static Object *m_isfinite(Object *f, Object *const *args, size_t nargs, Object *kw) { return pred("isfinite", args, nargs, kw, p_finite); }
static Object *m_isinf(Object *f, Object *const *args, size_t nargs, Object *kw) { return pred("isinf", args, nargs, kw, p_inf); }
static Object *m_isnan(Object *f, Object *const *args, size_t nargs, Object *kw) { return pred("isnan", args, nargs, kw, p_nan); }

/* ---- floor, ceil, trunc: ints from floats, ints unchanged, else __floor__ & co. */

static Object *rounding(const char *fn, const char *dunder, double (*r)(double), Object *const *args,
                        size_t nargs, Object *kw)
{
    if (!nargs_ok(fn, nargs, kw, 1))
        return NULL;
    Object *x = args[0];
    if (obj_isinstance_type(x, &IntType)) {
        INCREF(x);
        return x;
    }
    if (obj_isinstance_type(x, &FloatType))
        return int_from_double(r(float_value(x)));
    if (x->type->flags & TYPE_HEAP && type_lookup(x->type, str_intern(dunder)))
        return obj_call_method(x, dunder, NULL, 0);
    if (r == trunc) {
        exc_set(ExcTypeError, "type %s doesn't define __trunc__ method", x->type->name);
        return NULL;
    }
    double d;
    return num_as_double(x, &d) < 0 ? NULL : int_from_double(r(d));
}

static Object *m_floor(Object *f, Object *const *args, size_t nargs, Object *kw) { return rounding("floor", "__floor__", floor, args, nargs, kw); }
static Object *m_ceil(Object *f, Object *const *args, size_t nargs, Object *kw) { return rounding("ceil", "__ceil__", ceil, args, nargs, kw); }
static Object *m_trunc(Object *f, Object *const *args, size_t nargs, Object *kw) { return rounding("trunc", "__trunc__", trunc, args, nargs, kw); }

/* ---- fsum: Shewchuk's exact partial sums, rounded once at the end */

static Object *m_fsum(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("fsum", nargs, kw, 1))
        return NULL;
    Object *it = obj_iter(args[0]), *item;
    if (!it)
        return NULL;
    size_t n = 0, cap = 32;
    double *p = malloc(cap * sizeof *p), special = 0, inf_sum = 0;
    bool err = !p;
    while (!err && (item = obj_iternext(it))) {
        double x;
        err = num_as_double(item, &x) < 0;
        DECREF(item);
        if (err)
            break;
        if (!isfinite(x)) {
            if (isinf(x))
                inf_sum += x;
            special += x;
            continue;
        }
        size_t k = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0)
                p[k++] = lo;
            x = hi;
        }
        n = k;
        if (x != 0) {
            if (!isfinite(x)) {
                exc_set(ExcOverflowError, "intermediate overflow in fsum");
                err = true;
                break;
            }
            if (n == cap) {
                double *q = realloc(p, (cap *= 2) * sizeof *q);
                if (!q) {
                    exc_nomemory();
                    err = true;
                    break;
                }
                p = q;
            }
            p[n++] = x;
        }
    }
    DECREF(it);
    if (err || exc_occurred()) {
        if (!p)
            exc_nomemory();
        free(p);
        return NULL;
    }
    double hi = 0;
    if (special != 0) {
        free(p);
        if (isnan(inf_sum)) {
            exc_set(ExcValueError, "-inf + inf in fsum");
            return NULL;
        }
        return float_from_double(special);
    }
    if (n > 0) {
        double lo = 0;
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0)
                break;
        }
        /* Round half-even correctly when the rest would tip a tie. */
        if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
            double y = lo * 2, x = hi + y;
            if (y == x - hi)
                hi = x;
        }
    }
    free(p);
    return float_from_double(hi);
}

/* ---- integer functions */

/* The product lo * (lo+1) * ... * (hi-1), by halves (balanced operands). */
static Object *range_product(int64_t lo, int64_t hi)
{
    if (hi - lo <= 8) {
        Object *r = int_from_i64(1);
        for (int64_t k = lo; r && k < hi; k++) {
            Object *x = int_from_i64(k);
            Object *t = x ? obj_binop(r, x, BIN_MUL) : NULL;
            XDECREF(x);
            SETREF(r, t);
        }
        return r;
    }
    int64_t mid = lo + (hi - lo) / 2;
    Object *a = range_product(lo, mid), *b = a ? range_product(mid, hi) : NULL;
    Object *r = b ? obj_binop(a, b, BIN_MUL) : NULL;
    XDECREF(a);
    XDECREF(b);
    return r;
}

static Object *m_factorial(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!nargs_ok("factorial", nargs, kw, 1) || int_arg(args[0]) < 0)
        return NULL;
    if (int_as_i64(args[0], &n) < 0) {
        if (int_value(args[0]) < 0) {
            exc_clear();
            exc_set(ExcValueError, "factorial() not defined for negative values");
        } else {
            exc_clear();
            exc_set(ExcOverflowError, "factorial() argument should not exceed 9223372036854775807");
        }
        return NULL;
    }
    if (n < 0) {
        exc_set(ExcValueError, "factorial() not defined for negative values");
        return NULL;
    }
    return range_product(1, n + 1);
}

static Object *int_abs(Object *x)
{
    Object *zero = int_from_i64(0);
    int neg = obj_richcompare_bool(x, zero, CMP_LT);
    DECREF(zero);
    if (neg < 0)
        return NULL;
    if (neg)
        return obj_neg(x);
    INCREF(x);
    return x;
}

static Object *gcd2(Object *a, Object *b)   /* borrows; non-negative result */
{
    Object *x = int_abs(a), *y = x ? int_abs(b) : NULL;
    while (y) {
        int z = int_is_small(y) && int_value(y) == 0;
        if (z)
            break;
        Object *r = obj_binop(x, y, BIN_MOD);
        DECREF(x);
        x = y;
        y = r;
    }
    if (!y) {
        XDECREF(x);
        return NULL;
    }
    DECREF(y);
    return x;
}

static Object *gcd_lcm(Object *const *args, size_t nargs, Object *kw, bool lcm)
{
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", lcm ? "lcm" : "gcd");
        return NULL;
    }
    Object *acc = int_from_i64(lcm ? 1 : 0);
    for (size_t i = 0; acc && i < nargs; i++) {
        if (int_arg(args[i]) < 0) {
            SETREF(acc, NULL);
            break;
        }
        if (!lcm) {
            SETREF(acc, gcd2(acc, args[i]));
            continue;
        }
        Object *g = gcd2(acc, args[i]);
        if (g && int_is_small(g) && int_value(g) == 0) {
            SETREF(acc, g);
            continue;
        }
        Object *prod = g ? obj_binop(acc, args[i], BIN_MUL) : NULL;
        Object *q = prod ? obj_binop(prod, g, BIN_FLOORDIV) : NULL;
        XDECREF(prod);
        XDECREF(g);
        SETREF(acc, q ? int_abs(q) : NULL);
        XDECREF(q);
    }
    return acc;
}

static Object *m_gcd(Object *f, Object *const *args, size_t nargs, Object *kw) { return gcd_lcm(args, nargs, kw, false); }
static Object *m_lcm(Object *f, Object *const *args, size_t nargs, Object *kw) { return gcd_lcm(args, nargs, kw, true); }

/* isqrt by Newton's iteration from above, exact on ints of any size. */
static Object *m_isqrt(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("isqrt", nargs, kw, 1) || int_arg(args[0]) < 0)
        return NULL;
    Object *n = args[0], *zero = int_from_i64(0);
    int neg = obj_richcompare_bool(n, zero, CMP_LT), isz = obj_richcompare_bool(n, zero, CMP_EQ);
    DECREF(zero);
    if (neg < 0 || isz < 0)
        return NULL;
    if (neg) {
        exc_set(ExcValueError, "isqrt() argument must be nonnegative");
        return NULL;
    }
    if (isz)
        return int_from_i64(0);
    Object *bl = obj_call_method(n, "bit_length", NULL, 0);
    int64_t bits;
    if (!bl || int_as_i64(bl, &bits) < 0) {
        XDECREF(bl);
        return NULL;
    }
    DECREF(bl);
    Object *one = int_from_i64(1), *sh = int_from_i64((bits + 1) / 2);
    Object *x = obj_binop(one, sh, BIN_LSHIFT);   /* 2**ceil(bits/2) >= sqrt(n) */
    DECREF(sh);
    while (x) {
        Object *q = obj_binop(n, x, BIN_FLOORDIV);
        Object *s = q ? obj_binop(x, q, BIN_ADD) : NULL;
        Object *y = s ? obj_binop(s, one, BIN_RSHIFT) : NULL;
        XDECREF(q);
        XDECREF(s);
        int smaller = y ? obj_richcompare_bool(y, x, CMP_LT) : -1;
        if (smaller <= 0) {
            XDECREF(y);
            if (smaller < 0)
                SETREF(x, NULL);
            break;
        }
        SETREF(x, y);
    }
    DECREF(one);
    return x;
}

/* comb and perm: the falling product n (n-1) ... (n-k+1), divided by k! for comb. */
static Object *comb_perm(Object *n, Object *k, bool comb)
{
    Object *zero = int_from_i64(0);
    int nneg = obj_richcompare_bool(n, zero, CMP_LT), kneg = obj_richcompare_bool(k, zero, CMP_LT);
    DECREF(zero);
    if (nneg < 0 || kneg < 0)
        return NULL;
    if (nneg || kneg) {
        exc_set(ExcValueError, nneg ? "n must be a non-negative integer" : "k must be a non-negative integer");
        return NULL;
    }
    int over = obj_richcompare_bool(k, n, CMP_GT);
    if (over)
        return over < 0 ? NULL : int_from_i64(0);
    Object *nk = obj_binop(n, k, BIN_SUB);
    if (!nk)
        return NULL;
    Object *kk = k;
    if (comb && obj_richcompare_bool(nk, k, CMP_LT) == 1)
        kk = nk;   /* C(n, k) == C(n, n-k): the shorter product */
    int64_t kv;
    if (int_as_i64(kk, &kv) < 0) {
        DECREF(nk);
        exc_clear();
        exc_set(ExcOverflowError, "min(n - k, k) must not exceed 9223372036854775807");
        return NULL;
    }
    DECREF(nk);
    Object *r = int_from_i64(1);
    for (int64_t i = 0; r && i < kv; i++) {
        Object *iv = int_from_i64(i), *d = int_from_i64(i + 1);
        Object *term = iv ? obj_binop(n, iv, BIN_SUB) : NULL;
        Object *p = term ? obj_binop(r, term, BIN_MUL) : NULL;
        XDECREF(term);
        SETREF(r, p && comb ? obj_binop(p, d, BIN_FLOORDIV) : p);
        if (comb)
            XDECREF(p);
        XDECREF(iv);
        XDECREF(d);
    }
    return r;
}

static Object *m_comb(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("comb", nargs, kw, 2) || int_arg(args[0]) < 0 || int_arg(args[1]) < 0)
        return NULL;
    return comb_perm(args[0], args[1], true);
}

static Object *m_perm(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, "perm expected at most 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (int_arg(args[0]) < 0 || (nargs == 2 && args[1] != None && int_arg(args[1]) < 0))
        return NULL;
    return comb_perm(args[0], nargs == 2 && args[1] != None ? args[1] : args[0], false);
}

static Object *m_prod(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = { "iterable", "start", NULL };
    Object *a[2];
    if (args_parse("prod", args, nargs, kwnames, 1, names, a) < 0)
        return NULL;
    Object *it = obj_iter(a[0]), *item;
    Object *acc = a[1] ? (INCREF(a[1]), a[1]) : int_from_i64(1);
    while (it && acc && (item = obj_iternext(it))) {
        SETREF(acc, obj_binop(acc, item, BIN_MUL));
        DECREF(item);
    }
    XDECREF(it);
    if (acc && exc_occurred())
        SETREF(acc, NULL);
    return acc;
}

/* ---- the module */

static const struct { const char *name; CallFn fn; } funcs[] = {
    { "log", m_log }, { "log2", m_log2 }, { "log10", m_log10 }, { "log1p", m_log1p },
    { "pow", m_pow }, { "atan2", m_atan2 }, { "copysign", m_copysign }, { "fmod", m_fmod },
    { "remainder", m_remainder }, { "nextafter", m_nextafter }, { "ulp", m_ulp },
    { "ldexp", m_ldexp }, { "modf", m_modf }, { "frexp", m_frexp }, { "hypot", m_hypot },
    { "dist", m_dist },
    { "isclose", m_isclose }, { "isfinite", m_isfinite }, { "isinf", m_isinf },
    { "isnan", m_isnan }, { "floor", m_floor }, { "ceil", m_ceil }, { "trunc", m_trunc },
    { "fsum", m_fsum }, { "factorial", m_factorial }, { "gcd", m_gcd }, { "lcm", m_lcm },
    { "isqrt", m_isqrt }, { "comb", m_comb }, { "perm", m_perm }, { "prod", m_prod },
};

static const struct { const char *name; double v; } consts[] = {
    { "pi", M_PI }, { "e", M_E }, { "tau", 2 * M_PI }, { "inf", INFINITY }, { "nan", NAN },
};

static int add_obj(Object *m, const char *name, Object *v)   /* steals v */
{
    int r = v ? module_add(m, name, v) : -1;
    XDECREF(v);
    return r;
}

Object *mod_math_init(void)
{
    Object *m = module_new("math", NULL);
    int bad = !m;
    for (size_t i = 0; !bad && i < N_UNARY; i++)
        bad = module_add_func(m, unary[i].name, unary_fns[i]) < 0;
    for (size_t i = 0; !bad && i < sizeof funcs / sizeof funcs[0]; i++)
        bad = module_add_func(m, funcs[i].name, funcs[i].fn) < 0;
    for (size_t i = 0; !bad && i < sizeof consts / sizeof consts[0]; i++)
        bad = add_obj(m, consts[i].name, float_from_double(consts[i].v)) < 0;
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
