/* vm/objects/int.c — int (64-bit) and bool.
 *
 * Ints are 64-bit: a result that does not fit raises OverflowError
 * "integer overflow" (the one documented difference from Python).
 * -5..256 are preallocated and immortal; other ints recycle their memory
 * through a freelist, since the countdown loop allocates one per iteration.
 * The freelist, like every object, is touched only under the GIL. */
#include "vm/objects/object.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SMALL_MIN (-5)
#define SMALL_MAX 256
#define POOL_MAX 1024

static IntObject small_ints[SMALL_MAX - SMALL_MIN + 1];
static IntObject *pool[POOL_MAX];
static size_t pool_n;

__attribute__((constructor)) static void small_ints_init(void)
{
    for (int64_t v = SMALL_MIN; v <= SMALL_MAX; v++) {
        IntObject *o = &small_ints[v - SMALL_MIN];
        o->ob.refcnt = IMMORTAL_REFCNT;
        o->ob.type = &IntType;
        o->v = v;
    }
}

Object *int_from_i64(int64_t v)
{
    if (v >= SMALL_MIN && v <= SMALL_MAX)
        return (Object *)&small_ints[v - SMALL_MIN];
    IntObject *o;
    if (pool_n) {
        o = pool[--pool_n];
        uint64_t live = ++obj_stats.allocated - obj_stats.freed;
        if (live > obj_stats.peak_live)
            obj_stats.peak_live = live;
        o->ob.refcnt = 1;
        o->ob.type = &IntType;
    } else {
        o = (IntObject *)obj_alloc(&IntType, sizeof(IntObject));
        if (!o)
            return NULL;
    }
    o->v = v;
    return (Object *)o;
}

static void int_dealloc(Object *o)
{
    if (pool_n < POOL_MAX) {
        pool[pool_n++] = (IntObject *)o;
        obj_stats.freed++;
        return;
    }
    obj_free(o);
}

static inline bool is_int(Object *o) { return o->type == &IntType || o->type == &BoolType; }

int int_as_i64(Object *o, int64_t *out)
{
    if (is_int(o)) {
        *out = int_value(o);
        return 0;
    }
    exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
    return -1;
}

static Object *overflow(void)
{
    exc_set(ExcOverflowError, "integer overflow");
    return NULL;
}

static Object *not_impl(void)
{
    INCREF(NotImplemented);
    return NotImplemented;
}

#define BOTH_INTS(a, b) do { if (!is_int(a) || !is_int(b)) return not_impl(); } while (0)

static Object *int_add(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    return __builtin_add_overflow(int_value(a), int_value(b), &r) ? overflow() : int_from_i64(r);
}

static Object *int_sub(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    return __builtin_sub_overflow(int_value(a), int_value(b), &r) ? overflow() : int_from_i64(r);
}

static Object *int_mul(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    return __builtin_mul_overflow(int_value(a), int_value(b), &r) ? overflow() : int_from_i64(r);
}

static Object *int_truediv(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    if (int_value(b) == 0) {
        exc_set(ExcZeroDivisionError, "division by zero");
        return NULL;
    }
    return float_from_double((double)int_value(a) / (double)int_value(b));
}

static int divmod_i64(Object *a, Object *b, int64_t *q, int64_t *r)
{
    int64_t x = int_value(a), y = int_value(b);
    if (y == 0) {
        exc_set(ExcZeroDivisionError, "integer division or modulo by zero");
        return -1;
    }
    if (x == INT64_MIN && y == -1) {
        overflow();
        return -1;
    }
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
        qq--;
        rr += y;
    }
    *q = qq;
    *r = rr;
    return 0;
}

static Object *int_floordiv(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t q, r;
    return divmod_i64(a, b, &q, &r) < 0 ? NULL : int_from_i64(q);
}

static Object *int_mod(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    if (int_value(b) == 0) {
        exc_set(ExcZeroDivisionError, "integer modulo by zero");
        return NULL;
    }
    if (int_value(b) == -1)
        return int_from_i64(0);
    int64_t q, r;
    return divmod_i64(a, b, &q, &r) < 0 ? NULL : int_from_i64(r);
}

static Object *int_pow(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t base = int_value(a), e = int_value(b), r = 1;
    if (e < 0) {
        if (base == 0) {
            exc_set(ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
            return NULL;
        }
        return float_from_double(pow((double)base, (double)e));
    }
    while (e) {
        if ((e & 1) && __builtin_mul_overflow(r, base, &r))
            return overflow();
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base))
            return overflow();
    }
    return int_from_i64(r);
}

static Object *int_lshift(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t x = int_value(a), n = int_value(b);
    if (n < 0) {
        exc_set(ExcValueError, "negative shift count");
        return NULL;
    }
    if (x == 0)
        return int_from_i64(0);
    if (n >= 63)
        return overflow();
    int64_t r = (int64_t)((uint64_t)x << n);
    if (r >> n != x)
        return overflow();
    return int_from_i64(r);
}

static Object *int_rshift(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t x = int_value(a), n = int_value(b);
    if (n < 0) {
        exc_set(ExcValueError, "negative shift count");
        return NULL;
    }
    if (n >= 64)
        return int_from_i64(x < 0 ? -1 : 0);
    /* Shift a non-negative value only: C leaves >> of a negative one to the
     * implementation.  ~x is non-negative for x < 0, and ~(~x >> n) floors. */
    return int_from_i64(x < 0 ? ~(~x >> n) : x >> n);
}

static Object *bitop(Object *a, Object *b, int64_t r)
{
    if (obj_is(a, &BoolType) && obj_is(b, &BoolType))
        return bool_from(r != 0);
    return int_from_i64(r);
}

static Object *int_and(Object *a, Object *b) { BOTH_INTS(a, b); return bitop(a, b, int_value(a) & int_value(b)); }
static Object *int_or(Object *a, Object *b) { BOTH_INTS(a, b); return bitop(a, b, int_value(a) | int_value(b)); }
static Object *int_xor(Object *a, Object *b) { BOTH_INTS(a, b); return bitop(a, b, int_value(a) ^ int_value(b)); }

static Object *int_neg(Object *o)
{
    return int_value(o) == INT64_MIN ? overflow() : int_from_i64(-int_value(o));
}
static Object *int_pos(Object *o) { return int_from_i64(int_value(o)); }
static Object *int_invert(Object *o) { return int_from_i64(~int_value(o)); }
static Object *int_abs(Object *o)
{
    return int_value(o) < 0 ? int_neg(o) : int_from_i64(int_value(o));
}

static const NumberOps int_num = {
    int_add, int_sub, int_mul, int_truediv, int_floordiv, int_mod, int_pow,
    int_lshift, int_rshift, int_and, int_or, int_xor,
    int_neg, int_pos, int_invert, int_abs,
};

static Object *int_richcompare(Object *a, Object *b, int op)
{
    if (!is_int(b))
        return not_impl();
    int64_t x = int_value(a), y = int_value(b);
    bool r;
    switch (op) {
    case CMP_LT: r = x < y; break;
    case CMP_LE: r = x <= y; break;
    case CMP_EQ: r = x == y; break;
    case CMP_NE: r = x != y; break;
    case CMP_GT: r = x > y; break;
    default: r = x >= y; break;
    }
    return bool_from(r);
}

static Object *int_repr(Object *o)
{
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)int_value(o));
    return str_from_utf8(buf, (size_t)n);
}

static int64_t int_hash(Object *o) { return hash_i64(int_value(o)); }
static int int_truth(Object *o) { return int_value(o) != 0; }

/* ---- int() -------------------------------------------------------------- */

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static Object *invalid_literal(const char *s, size_t n, int base)
{
    Object *str = str_from_utf8(s, n);
    if (!str)
        return NULL;
    Object *r = obj_repr(str);
    DECREF(str);
    if (r)
        exc_set(ExcValueError, "invalid literal for int() with base %d: %s", base, str_utf8(r));
    XDECREF(r);
    return NULL;
}

/* Base prefix of a literal; base 0 infers it.  Returns the digits' start. */
static size_t skip_prefix(const char *p, size_t n, int *base)
{
    if (n >= 2 && p[0] == '0') {
        char c = (char)tolower((unsigned char)p[1]);
        int b = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (b && (*base == 0 || *base == b)) {
            *base = b;
            return 2 + (n > 2 && p[2] == '_');
        }
    }
    if (*base == 0)
        *base = 10;
    return 0;
}

Object *int_from_string(const char *s, size_t n, int base)
{
    const char *p = s, *end = s + n;
    int shown_base = base;
    while (p < end && isspace((unsigned char)*p))
        p++;
    while (end > p && isspace((unsigned char)end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    p += skip_prefix(p, (size_t)(end - p), &base);
    const char *digits = p;
    if (p == end)
        return invalid_literal(s, n, shown_base);
    uint64_t mag = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
    bool leading_zero_only = shown_base == 0 && *p == '0';
    for (; p < end; p++) {
        if (*p == '_' && p > digits && p + 1 < end && p[1] != '_')
            continue;
        int d = digit_value((unsigned char)*p);
        if (d >= base)
            return invalid_literal(s, n, shown_base);
        if (mag > (limit - (uint64_t)d) / (uint64_t)base)
            return overflow();
        mag = mag * (uint64_t)base + (uint64_t)d;
    }
    if (leading_zero_only && mag != 0)
        return invalid_literal(s, n, shown_base);
    return int_from_i64(neg ? (int64_t)(0 - mag) : (int64_t)mag);
}

static Object *int_from_double_checked(double d)
{
    if (isinf(d)) {
        exc_set(ExcOverflowError, "cannot convert float infinity to integer");
        return NULL;
    }
    if (isnan(d)) {
        exc_set(ExcValueError, "cannot convert float NaN to integer");
        return NULL;
    }
    d = trunc(d);
    if (d < -9223372036854775808.0 || d >= 9223372036854775808.0)
        return overflow();
    return int_from_i64((int64_t)d);
}

static Object *int_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "x", "base", NULL };
    Object *v[2];
    if (args_parse("int", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    if (!v[0])
        return int_from_i64(0);
    if (v[1]) {
        int64_t base;
        if (int_as_i64(v[1], &base) < 0)
            return NULL;
        if (base != 0 && (base < 2 || base > 36)) {
            exc_set(ExcValueError, "int() base must be >= 2 and <= 36, or 0");
            return NULL;
        }
        if (!obj_is(v[0], &StrType) && !obj_is(v[0], &BytesType)) {
            exc_set(ExcTypeError, "int() can't convert non-string with explicit base");
            return NULL;
        }
        if (obj_is(v[0], &BytesType))
            return int_from_string((const char *)((BytesObject *)v[0])->data,
                                   ((BytesObject *)v[0])->n, (int)base);
        return int_from_string(str_utf8(v[0]), str_nbytes(v[0]), (int)base);
    }
    Object *x = v[0];
    if (is_int(x))
        return int_from_i64(int_value(x));
    if (obj_is(x, &FloatType))
        return int_from_double_checked(float_value(x));
    if (obj_is(x, &StrType))
        return int_from_string(str_utf8(x), str_nbytes(x), 10);
    if (obj_is(x, &BytesType))
        return int_from_string((const char *)((BytesObject *)x)->data, ((BytesObject *)x)->n, 10);
    if (x->type->flags & TYPE_HEAP) {
        Object *f = type_lookup(x->type, str_intern("__int__"));
        if (!f)
            f = type_lookup(x->type, str_intern("__index__"));
        if (f) {
            Object *r = obj_call_prepend(f, x, NULL, 0, NULL);
            if (r && !is_int(r)) {
                exc_set(ExcTypeError, "__int__ returned non-int (type %s)", r->type->name);
                SETREF(r, NULL);
            }
            return r;
        }
    }
    exc_set(ExcTypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
            x->type->name);
    return NULL;
}

/* ---- methods ------------------------------------------------------------- */

static Object *int_m_bit_length(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    int64_t v = int_value(args[0]);
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    return int_from_i64(m ? 64 - __builtin_clzll(m) : 0);
}

static Object *int_m_conjugate(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return int_from_i64(int_value(args[0]));
}

static Object *int_get_real(Object *o) { return int_from_i64(int_value(o)); }
static Object *int_get_imag(Object *o) { return int_from_i64(0); }
static Object *int_get_one(Object *o) { return int_from_i64(1); }

static const MethodDef int_methods[] = {
    { "bit_length", int_m_bit_length, NULL },
    { "conjugate", int_m_conjugate, NULL },
    { "real", NULL, int_get_real },
    { "imag", NULL, int_get_imag },
    { "numerator", NULL, int_get_real },
    { "denominator", NULL, int_get_one },
    { NULL, NULL, NULL },
};

Type IntType = {
    OBJ_HEAD_INIT(&TypeType), .name = "int", .base = &ObjectType, .basicsize = sizeof(IntObject),
    .flags = TYPE_BASETYPE, .dealloc = int_dealloc, .repr = int_repr, .hash = int_hash,
    .richcompare = int_richcompare, .truth = int_truth, .num = &int_num,
    .construct = int_construct, .methods = int_methods,
};

/* ---- bool ------------------------------------------------------------------ */

static Object *bool_repr(Object *o) { return str_from_cstr(int_value(o) ? "True" : "False"); }

static Object *bool_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "bool() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "bool expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    int t = nargs ? obj_truth(args[0]) : 0;
    return t < 0 ? NULL : bool_from(t);
}

Type BoolType = {
    OBJ_HEAD_INIT(&TypeType), .name = "bool", .base = &IntType, .basicsize = sizeof(IntObject),
    .repr = bool_repr, .hash = int_hash, .richcompare = int_richcompare, .truth = int_truth,
    .num = &int_num, .construct = bool_construct,
};

static IntObject true_obj = { OBJ_HEAD_INIT(&BoolType), 1 };
static IntObject false_obj = { OBJ_HEAD_INIT(&BoolType), 0 };
Object *TrueObj = (Object *)&true_obj;
Object *FalseObj = (Object *)&false_obj;
