/* vm/objects/int.c — int (any size) and bool.
 *
 * An int that fits int64_t is a machine word (IntObject.size == 0), so the
 * common case costs what it always did; a result that does not fit grows a
 * sign-and-magnitude representation (base 2**32 digits, arithmetic in
 * vm/objects/bigint.c), and a big result that fits again shrinks back, so
 * "small" always means "fits int64_t".
 * -5..256 are preallocated and immortal; other small ints recycle their
 * memory through a freelist, since the countdown loop allocates one per
 * iteration.  The freelist, like every object, is touched only under the GIL. */
#include "vm/objects/object.h"
#include "vm/objects/bigint.h"

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
    if (o->type == &IntType && int_is_small(o) && pool_n < POOL_MAX) {
        pool[pool_n++] = (IntObject *)o;
        obj_stats.freed++;
        return;
    }
    obj_free(o);
}

static inline bool is_int(Object *o)
{
    return o->type == &IntType || o->type == &BoolType ||
           ((o->type->flags & TYPE_HEAP) && type_is_subtype(o->type, &IntType));
}

static size_t int_instsize(Object *o)
{
    int64_t n = ((IntObject *)o)->size;
    return sizeof(IntObject) + (size_t)(n < 0 ? -n : n) * sizeof(uint32_t);
}

/* ---- the big representation ------------------------------------------------ */

/* A big int with room for n digits (zeroed), to be completed by big_finish. */
static IntObject *big_new(size_t n)
{
    if (n > ((size_t)1 << 40) || !obj_size_ok(sizeof(IntObject) + n * sizeof(BigDigit))) {
        if (!exc_occurred())
            exc_nomemory();
        return NULL;
    }
    IntObject *o = (IntObject *)obj_alloc(&IntType, sizeof(IntObject) + n * sizeof(BigDigit));
    if (o)
        o->size = (int64_t)n; /* big until big_finish says otherwise */
    return o;
}

/* o's first n digits (normalized here) with the sign neg: o itself, or a
 * small int when the value fits int64_t (o is then released). */
static Object *big_finish(IntObject *o, size_t n, bool neg)
{
    n = big_norm(o->d, n);
    if (n <= 2) {
        uint64_t m = n == 0 ? 0 : n == 1 ? o->d[0] : ((uint64_t)o->d[1] << 32) | o->d[0];
        if (m <= (uint64_t)INT64_MAX || (neg && m == (uint64_t)INT64_MAX + 1)) {
            DECREF(o);
            return int_from_i64(neg ? (int64_t)(0 - m) : (int64_t)m);
        }
    }
    o->size = neg ? -(int64_t)n : (int64_t)n;
    o->v = neg ? INT64_MIN : INT64_MAX;
    return (Object *)o;
}

/* Any int viewed as sign and magnitude.  d may point into the Mag itself,
 * so a Mag is never copied. */
typedef struct Mag { const BigDigit *d; size_t n; bool neg; BigDigit buf[2]; } Mag;

static void mag_of(Object *o, Mag *m)
{
    IntObject *io = (IntObject *)o;
    if (io->size) {
        m->neg = io->size < 0;
        m->n = (size_t)(io->size < 0 ? -io->size : io->size);
        m->d = io->d;
        return;
    }
    uint64_t v = io->v < 0 ? (uint64_t)0 - (uint64_t)io->v : (uint64_t)io->v;
    m->neg = io->v < 0;
    m->buf[0] = (BigDigit)v;
    m->buf[1] = (BigDigit)(v >> 32);
    m->d = m->buf;
    m->n = big_norm(m->buf, 2);
}

static Object *from_mag(const BigDigit *d, size_t n, bool neg)
{
    IntObject *o = big_new(n ? n : 1);
    if (!o)
        return NULL;
    memcpy(o->d, d, n * sizeof *d);
    return big_finish(o, n, neg);
}

int int_as_i64(Object *o, int64_t *out)
{
    if (!is_int(o)) {
        Object *i = obj_index(o);
        int r = i ? int_as_i64(i, out) : -1;
        XDECREF(i);
        return r;
    }
    if (!int_is_small(o)) {
        exc_set(ExcOverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = int_value(o);
    return 0;
}

int int_as_index(Object *o, int64_t *out)
{
    if (!is_int(o)) {
        Object *i = obj_index(o);
        int r = i ? int_as_index(i, out) : -1;
        XDECREF(i);
        return r;
    }
    if (!int_is_small(o)) {
        exc_set(ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    *out = int_value(o);
    return 0;
}

static Object *not_impl(void)
{
    INCREF(NotImplemented);
    return NotImplemented;
}

#define BOTH_INTS(a, b) do { if (!is_int(a) || !is_int(b)) return not_impl(); } while (0)
#define BOTH_SMALL(a, b) (int_is_small(a) && int_is_small(b))

/* ---- + - * ------------------------------------------------------------------ */

/* a + b, b's sign taken as bneg. */
static Object *mag_add(const Mag *a, const Mag *b, bool bneg)
{
    IntObject *r = big_new((a->n > b->n ? a->n : b->n) + 1);
    if (!r)
        return NULL;
    size_t n;
    bool neg;
    if (a->neg == bneg) {
        n = big_add(a->d, a->n, b->d, b->n, r->d);
        neg = a->neg;
    } else if (big_cmp(a->d, a->n, b->d, b->n) >= 0) {
        n = big_sub(a->d, a->n, b->d, b->n, r->d);
        neg = a->neg;
    } else {
        n = big_sub(b->d, b->n, a->d, a->n, r->d);
        neg = bneg;
    }
    return big_finish(r, n, neg);
}

static Object *big_addsub(Object *a, Object *b, bool sub)
{
    Mag x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    return mag_add(&x, &y, y.neg != sub);
}

static Object *int_add(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_add_overflow(int_value(a), int_value(b), &r))
        return int_from_i64(r);
    return big_addsub(a, b, false);
}

static Object *int_sub(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_sub_overflow(int_value(a), int_value(b), &r))
        return int_from_i64(r);
    return big_addsub(a, b, true);
}

static Object *mag_mul(const Mag *x, const Mag *y)
{
    if (!x->n || !y->n)
        return int_from_i64(0);
    IntObject *r = big_new(x->n + y->n);
    if (!r)
        return NULL;
    ssize_t n = big_mul(x->d, x->n, y->d, y->n, r->d);
    if (n < 0) {
        DECREF(r);
        exc_nomemory();
        return NULL;
    }
    return big_finish(r, (size_t)n, x->neg != y->neg);
}

static Object *int_mul(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    int64_t r;
    if (BOTH_SMALL(a, b) && !__builtin_mul_overflow(int_value(a), int_value(b), &r))
        return int_from_i64(r);
    Mag x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    return mag_mul(&x, &y);
}

/* ---- division ------------------------------------------------------------------ */

/* Floor division and modulo, as Python: the remainder takes the divisor's
 * sign.  q or r may be NULL when not wanted; zmsg is the ZeroDivisionError. */
static int divmod_big(Object *a, Object *b, Object **q, Object **r, const char *zmsg)
{
    Mag x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    if (!y.n) {
        exc_set(ExcZeroDivisionError, "%s", zmsg);
        return -1;
    }
    size_t nq = x.n >= y.n ? x.n - y.n + 1 : 1;
    IntObject *qo = big_new(nq + 1), *ro = big_new(y.n);
    size_t lq = 0, lr = 0;
    if (!qo || !ro)
        goto fail;
    if (big_cmp(x.d, x.n, y.d, y.n) < 0) {
        memcpy(ro->d, x.d, x.n * sizeof *x.d);
        lr = x.n;
    } else if (big_divmod(x.d, x.n, y.d, y.n, qo->d, &lq, ro->d, &lr) < 0) {
        exc_nomemory();
        goto fail;
    }
    bool qneg = x.neg != y.neg, rneg = x.neg;
    if (qneg && lr) { /* floor: q = -(Q + 1), r = sign(b) * (|b| - R) */
        BigDigit one = 1;
        lq = big_add(qo->d, lq, &one, 1, qo->d);
        lr = big_sub(y.d, y.n, ro->d, lr, ro->d);
        rneg = y.neg;
    }
    Object *qv = big_finish(qo, lq, qneg), *rv = big_finish(ro, lr, rneg);
    if (!qv || !rv) {
        XDECREF(qv);
        XDECREF(rv);
        return -1;
    }
    if (q) *q = qv; else DECREF(qv);
    if (r) *r = rv; else DECREF(rv);
    return 0;
fail:
    XDECREF(qo);
    XDECREF(ro);
    return -1;
}

static int divmod_obj(Object *a, Object *b, Object **q, Object **r, const char *zmsg)
{
    if (BOTH_SMALL(a, b) && int_value(b) != 0 && !(int_value(a) == INT64_MIN && int_value(b) == -1)) {
        int64_t x = int_value(a), y = int_value(b);
        int64_t qq = x / y, rr = x % y;
        if (rr != 0 && ((rr < 0) != (y < 0))) {
            qq--;
            rr += y;
        }
        if (q && !(*q = int_from_i64(qq)))
            return -1;
        if (r && !(*r = int_from_i64(rr))) {
            if (q)
                DECREF(*q);
            return -1;
        }
        return 0;
    }
    return divmod_big(a, b, q, r, zmsg);
}

static Object *int_floordiv(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    Object *q;
    return divmod_obj(a, b, &q, NULL, "integer division or modulo by zero") < 0 ? NULL : q;
}

static Object *int_mod(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    Object *r;
    return divmod_obj(a, b, NULL, &r, "integer modulo by zero") < 0 ? NULL : r;
}

/* Correctly rounded a / b for magnitudes (b non-zero): the quotient scaled
 * to 55+ bits, with a sticky bit for a non-zero remainder, so the one
 * rounding the conversion to double makes is the right one. */
static int mag_truediv(const Mag *x, const Mag *y, double *out)
{
    int64_t shift = (int64_t)big_bit_length(x->d, x->n) - (int64_t)big_bit_length(y->d, y->n) - 55;
    const BigDigit *nd = x->d, *dd = y->d;
    size_t nn = x->n, dn = y->n;
    BigDigit *tmp = malloc(((shift < 0 ? x->n : y->n) + (size_t)llabs(shift) / 32 + 2) * sizeof *tmp);
    BigDigit *q = malloc((x->n + (size_t)llabs(shift) / 32 + 3) * sizeof *q);
    BigDigit *r = malloc((y->n + (size_t)llabs(shift) / 32 + 2) * sizeof *r);
    int rc = -1;
    if (!tmp || !q || !r) {
        exc_nomemory();
        goto out;
    }
    if (shift < 0) {
        nn = big_shl(x->d, x->n, (uint64_t)-shift, tmp);
        nd = tmp;
    } else {
        dn = big_shl(y->d, y->n, (uint64_t)shift, tmp);
        dd = tmp;
    }
    size_t lq = 0, lr = nn;
    if (big_cmp(nd, nn, dd, dn) >= 0) {
        if (big_divmod(nd, nn, dd, dn, q, &lq, r, &lr) < 0) {
            exc_nomemory();
            goto out;
        }
    }
    uint64_t m = lq == 0 ? 0 : lq == 1 ? q[0] : ((uint64_t)q[1] << 32) | q[0];
    if (lr)
        m |= 1;
    *out = ldexp((double)m, (int)(shift < -100000 ? -100000 : shift > 100000 ? 100000 : shift));
    if (isinf(*out)) {
        exc_set(ExcOverflowError, "integer division result too large for a float");
        goto out;
    }
    if (x->neg != y->neg)
        *out = -*out;
    rc = 0;
out:
    free(tmp);
    free(q);
    free(r);
    return rc;
}

static Object *int_truediv(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    const int64_t exact = (int64_t)1 << 53;
    if (BOTH_SMALL(a, b) && int_value(b) != 0 && int_value(a) >= -exact && int_value(a) <= exact &&
        int_value(b) >= -exact && int_value(b) <= exact)
        return float_from_double((double)int_value(a) / (double)int_value(b));
    Mag x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    if (!y.n) {
        exc_set(ExcZeroDivisionError, "division by zero");
        return NULL;
    }
    double d;
    return mag_truediv(&x, &y, &d) < 0 ? NULL : float_from_double(d);
}

/* ---- ** ------------------------------------------------------------------------ */

static Object *float_of(Object *o)
{
    double d;
    return int_to_double(o, &d) < 0 ? NULL : float_from_double(d);
}

/* A negative exponent: the result is a float, computed as float ** float. */
static Object *pow_negative(Object *a, Object *b)
{
    Object *x = float_of(a), *y = x ? float_of(b) : NULL;
    Object *r = y ? FloatType.num->pow(x, y) : NULL;
    XDECREF(x);
    XDECREF(y);
    return r;
}

/* base ** e by left-to-right square and multiply; e >= 0 fits a word. */
static Object *pow_big(Object *base, uint64_t e)
{
    Mag m;
    mag_of(base, &m);
    uint64_t bits = big_bit_length(m.d, m.n);
    if (bits > 1 && e > 0 && ((double)bits - 1) * (double)e > 8.0 * (double)((size_t)1 << 40)) {
        exc_nomemory();
        return NULL;
    }
    Object *r = int_from_i64(1);
    for (int i = 63 - __builtin_clzll(e | 1); r && i >= 0; i--) {
        Object *t = int_mul(r, r);
        DECREF(r);
        r = t;
        if (r && (e >> i) & 1) {
            t = int_mul(r, base);
            DECREF(r);
            r = t;
        }
    }
    return r;
}

static Object *int_pow(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    Mag y;
    mag_of(b, &y);
    if (y.neg)
        return pow_negative(a, b);
    if (int_is_small(a) && int_is_small(b)) {
        int64_t base = int_value(a), e = int_value(b), r = 1;
        bool ok = true;
        while (e && ok) {
            if ((e & 1) && __builtin_mul_overflow(r, base, &r))
                ok = false;
            e >>= 1;
            if (e && ok && __builtin_mul_overflow(base, base, &base))
                ok = false;
        }
        if (ok)
            return int_from_i64(r);
    }
    if (!int_is_small(b)) { /* only 0, 1 and -1 survive an exponent this large */
        int64_t x = int_value(a);
        if (int_is_small(a) && (x == 0 || x == 1))
            return int_from_i64(x);
        if (int_is_small(a) && x == -1)
            return int_from_i64(y.d[0] & 1 ? -1 : 1);
        exc_nomemory();
        return NULL;
    }
    return pow_big(a, (uint64_t)int_value(b));
}

/* ---- shifts and bitwise operators ---------------------------------------------- */

static int shift_count(Object *b, uint64_t *n)
{
    Mag m;
    mag_of(b, &m);
    if (m.neg) {
        exc_set(ExcValueError, "negative shift count");
        return -1;
    }
    if (!int_is_small(b)) {
        *n = UINT64_MAX;
        return 0;
    }
    *n = (uint64_t)int_value(b);
    return 0;
}

static Object *int_lshift(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    uint64_t n;
    if (shift_count(b, &n) < 0)
        return NULL;
    if (int_is_small(a)) {
        int64_t x = int_value(a);
        if (x == 0)
            return int_from_i64(0);
        if (n < 63) {
            int64_t r = (int64_t)((uint64_t)x << n);
            if (r >> n == x)
                return int_from_i64(r);
        }
    }
    if (n > ((uint64_t)1 << 40)) {
        exc_set(ExcOverflowError, "too many digits in integer");
        return NULL;
    }
    Mag m;
    mag_of(a, &m);
    IntObject *r = big_new(m.n + n / 32 + 1);
    return r ? big_finish(r, big_shl(m.d, m.n, n, r->d), m.neg) : NULL;
}

static Object *int_rshift(Object *a, Object *b)
{
    BOTH_INTS(a, b);
    uint64_t n;
    if (shift_count(b, &n) < 0)
        return NULL;
    if (int_is_small(a)) {
        int64_t x = int_value(a);
        if (n >= 64)
            return int_from_i64(x < 0 ? -1 : 0);
        /* Shift a non-negative value only: C leaves >> of a negative one to
         * the implementation.  ~x is non-negative for x < 0, and ~(~x >> n) floors. */
        return int_from_i64(x < 0 ? ~(~x >> n) : x >> n);
    }
    /* Floor: for x < 0, x >> n == -(((|x| - 1) >> n) + 1). */
    Mag m;
    mag_of(a, &m);
    IntObject *r = big_new(m.n + 1);
    if (!r)
        return NULL;
    BigDigit one = 1;
    size_t k = m.n;
    memcpy(r->d, m.d, m.n * sizeof *m.d);
    if (m.neg)
        k = big_sub(r->d, k, &one, 1, r->d);
    k = big_shr(r->d, k, n, r->d);
    if (m.neg)
        k = big_add(r->d, k, &one, 1, r->d);
    return big_finish(r, k, m.neg);
}

/* Two's complement of m in w digits (w > m.n, so the top digit is all sign). */
static void to_twos(const Mag *m, BigDigit *out, size_t w)
{
    memset(out, 0, w * sizeof *out);
    memcpy(out, m->d, m->n * sizeof *out);
    if (!m->neg)
        return;
    BigDigit one = 1;
    big_sub(out, m->n, &one, 1, out); /* |m| - 1, then every bit flipped */
    for (size_t i = 0; i < w; i++)
        out[i] = ~out[i];
}

static Object *bitwise(Object *a, Object *b, char op)
{
    if (BOTH_SMALL(a, b)) {
        int64_t x = int_value(a), y = int_value(b);
        int64_t r = op == '&' ? x & y : op == '|' ? x | y : x ^ y;
        if (obj_is(a, &BoolType) && obj_is(b, &BoolType))
            return bool_from(r != 0);
        return int_from_i64(r);
    }
    Mag x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    size_t w = (x.n > y.n ? x.n : y.n) + 1;
    BigDigit *t = malloc(w * sizeof *t);
    IntObject *r = t ? big_new(w + 1) : NULL;
    if (!r) {
        free(t);
        if (!exc_occurred())
            exc_nomemory();
        return NULL;
    }
    to_twos(&x, r->d, w);
    to_twos(&y, t, w);
    for (size_t i = 0; i < w; i++)
        r->d[i] = op == '&' ? r->d[i] & t[i] : op == '|' ? r->d[i] | t[i] : r->d[i] ^ t[i];
    free(t);
    bool neg = r->d[w - 1] >> 31;
    if (neg) { /* back to a magnitude: flip every bit, add one */
        BigDigit one = 1;
        for (size_t i = 0; i < w; i++)
            r->d[i] = ~r->d[i];
        big_add(r->d, big_norm(r->d, w), &one, 1, r->d);
    }
    return big_finish(r, w + 1, neg);
}

static Object *int_and(Object *a, Object *b) { BOTH_INTS(a, b); return bitwise(a, b, '&'); }
static Object *int_or(Object *a, Object *b) { BOTH_INTS(a, b); return bitwise(a, b, '|'); }
static Object *int_xor(Object *a, Object *b) { BOTH_INTS(a, b); return bitwise(a, b, '^'); }

/* ---- unary ------------------------------------------------------------------------ */

static Object *int_neg(Object *o)
{
    if (int_is_small(o) && int_value(o) != INT64_MIN)
        return int_from_i64(-int_value(o));
    Mag m;
    mag_of(o, &m);
    return from_mag(m.d, m.n, !m.neg && m.n);
}

/* A plain int with o's value (o may be a bool or a subclass instance). */
static Object *int_exact(Object *o)
{
    if (obj_is(o, &IntType)) {
        INCREF(o);
        return o;
    }
    if (int_is_small(o))
        return int_from_i64(int_value(o));
    Mag m;
    mag_of(o, &m);
    return from_mag(m.d, m.n, m.neg);
}

Object *int_exact_result(Object *r, const char *dunder)
{
    if (!r || obj_is(r, &IntType))
        return r;
    if (!is_int(r)) {
        exc_set(ExcTypeError, "%s returned non-int (type %s)", dunder, r->type->name);
    } else if (exc_warn(ExcDeprecationWarning,
                        "%s returned non-int (type %s).  The ability to return an instance of a strict "
                        "subclass of int is deprecated, and may be removed in a future version of Python.",
                        dunder, r->type->name) == 0) {
        SETREF(r, int_exact(r));
        return r;
    }
    DECREF(r);
    return NULL;
}

static Object *int_pos(Object *o) { return int_exact(o); }

static Object *int_invert(Object *o)
{
    if (int_is_small(o))
        return int_from_i64(~int_value(o));
    Mag m, one = { .d = NULL, .n = 1, .neg = true, .buf = { 1, 0 } };
    one.d = one.buf;
    mag_of(o, &m);
    m.neg = !m.neg; /* ~x == -x - 1 */
    return mag_add(&m, &one, true);
}

static Object *int_abs(Object *o)
{
    Mag m;
    mag_of(o, &m);
    return m.neg ? int_neg(o) : int_exact(o);
}

static const NumberOps int_num = {
    int_add, int_sub, int_mul, int_truediv, int_floordiv, int_mod, int_pow,
    int_lshift, int_rshift, int_and, int_or, int_xor,
    int_neg, int_pos, int_invert, int_abs, NULL,
};

/* ---- comparison, hash, float ---------------------------------------------------- */

static int int_cmp(Object *a, Object *b)
{
    if (BOTH_SMALL(a, b))
        return int_value(a) < int_value(b) ? -1 : int_value(a) > int_value(b);
    Mag x, y;
    mag_of(a, &x);
    mag_of(b, &y);
    if (x.neg != y.neg)
        return x.neg ? -1 : 1;
    int c = big_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

static Object *int_richcompare(Object *a, Object *b, int op)
{
    if (!is_int(b))
        return not_impl();
    int c = int_cmp(a, b);
    bool r;
    switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return bool_from(r);
}

/* CPython's numeric hash: the value modulo the prime 2**61 - 1, sign kept,
 * -1 reserved (becomes -2); so equal ints and floats hash alike. */
static int64_t int_hash(Object *o)
{
    if (int_is_small(o))
        return hash_i64(int_value(o));
    const uint64_t p = ((uint64_t)1 << 61) - 1;
    Mag m;
    mag_of(o, &m);
    uint64_t h = 0;
    for (size_t i = m.n; i--;) {
        /* h * 2**32 mod p is a rotation by 32 within 61 bits. */
        h = ((h << 32) & p) | (h >> 29);
        h += m.d[i];
        if (h >= p)
            h -= p;
    }
    int64_t r = m.neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

static int int_truth(Object *o) { return int_value(o) != 0; }

int int_to_double(Object *o, double *out)
{
    if (int_is_small(o)) {
        *out = (double)int_value(o);
        return 0;
    }
    Mag m;
    mag_of(o, &m);
    uint64_t bits = big_bit_length(m.d, m.n);
    if (bits > 1024)
        goto overflow;
    /* The top 55 bits, then a sticky bit for whatever lies below them: the
     * conversion to double then rounds as the exact value would. */
    BigDigit top[3];
    size_t from = m.n >= 3 ? m.n - 3 : 0;
    uint64_t shift = bits - 55 - (uint64_t)from * 32;
    size_t k = big_shr(m.d + from, m.n - from, shift, top);
    uint64_t q = k == 0 ? 0 : k == 1 ? top[0] : ((uint64_t)top[1] << 32) | top[0];
    if (big_low_bits_set(m.d, m.n, bits - 55))
        q |= 1;
    double d = ldexp((double)q, (int)(bits - 55));
    if (isinf(d))
        goto overflow;
    *out = m.neg ? -d : d;
    return 0;
overflow:
    exc_set(ExcOverflowError, "int too large to convert to float");
    return -1;
}

Object *int_from_double(double d)
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
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return int_from_i64((int64_t)d);
    int e;
    double f = frexp(fabs(d), &e); /* |d| = f * 2**e, 0.5 <= f < 1, e > 63 */
    uint64_t m = (uint64_t)ldexp(f, 64);
    BigDigit md[2] = { (BigDigit)m, (BigDigit)(m >> 32) };
    IntObject *r = big_new(2 + (size_t)(e - 64) / 32 + 1);
    return r ? big_finish(r, big_shl(md, 2, (uint64_t)(e - 64), r->d), d < 0) : NULL;
}

int int_cmp_double(Object *i, double d)
{
    if (isnan(d))
        return 2;
    if (int_is_small(i)) {
        int64_t v = int_value(i);
        if (d >= 9223372036854775808.0)
            return -1;
        if (d < -9223372036854775808.0)
            return 1;
        double fl = floor(d);
        int64_t fi = (int64_t)fl;
        if (v != fi)
            return v < fi ? -1 : 1;
        return d > fl ? -1 : 0;
    }
    Mag m;
    mag_of(i, &m);
    if (isinf(d))
        return d > 0 ? -1 : 1;
    if (fabs(d) < 9223372036854775808.0) /* i lies beyond every such double */
        return m.neg ? -1 : 1;
    Object *di = int_from_double(d); /* exact: a double this large is whole */
    if (!di) {
        exc_clear();
        return 2;
    }
    int c = int_cmp(i, di);
    DECREF(di);
    return c;
}

/* ---- digits: str(), hex(), oct(), bin() ------------------------------------------ */

#define DEC_CHUNK 1000000000u /* 10**9: the largest power of ten in a digit */

/* t[0..n) /= 10**9 in place, returning the remainder: a constant divisor,
 * which the compiler turns into a multiplication. */
static BigDigit div_chunk(BigDigit *t, size_t *n)
{
    uint64_t rem = 0;
    for (size_t i = *n; i--;) {
        uint64_t cur = (rem << 32) | t[i];
        t[i] = (BigDigit)(cur / DEC_CHUNK);
        rem = cur % DEC_CHUNK;
    }
    *n = big_norm(t, *n);
    return (BigDigit)rem;
}

/* Below this many digits a number is converted nine decimal digits at a
 * time; above it, split. */
#define DEC_SPLIT_CUTOFF 40
#define DEC_LEVELS 48

/* 10**(9 * 2**k) for k < count. */
typedef struct Pow10 { BigDigit *d[DEC_LEVELS]; size_t n[DEC_LEVELS]; int count; } Pow10;

static void pow10_free(Pow10 *pw)
{
    for (int k = 0; k < pw->count; k++)
        free(pw->d[k]);
}

/* The levels a number of n digits can use: up to about half its size. */
static int pow10_fill(Pow10 *pw, size_t n)
{
    pw->count = 0;
    BigDigit *d = malloc(sizeof *d);
    size_t dn = 1;
    if (!d)
        return -1;
    d[0] = DEC_CHUNK;
    for (;;) {
        pw->d[pw->count] = d;
        pw->n[pw->count++] = dn;
        if (pw->count == DEC_LEVELS || 4 * dn > n + 1)
            return 0;
        BigDigit *sq = malloc(2 * dn * sizeof *sq);
        ssize_t sn = sq ? big_mul(d, dn, d, dn, sq) : -1;
        if (sn < 0) {
            free(sq);
            return -1;
        }
        d = sq;
        dn = (size_t)sn;
    }
}

/* Exactly `width` decimal digits of a (zero-padded on the left) into out;
 * a is scratch.  A small a goes nine digits at a time; a large one is split
 * by the largest power of ten about half its size, so the work is a few big
 * divisions (pipelined multiply-adds) instead of n serial passes of n digits. */
static int dec_rec(BigDigit *a, size_t n, char *out, size_t width, const Pow10 *pw)
{
    int k = pw->count - 1;
    while (k >= 0 && pw->n[k] * 2 > n + 1)
        k--;
    if (k < 0 || n < DEC_SPLIT_CUTOFF) {
        for (size_t pos = width; pos > 0;) {
            BigDigit c = n ? div_chunk(a, &n) : 0;
            for (int j = 0; j < 9 && pos > 0; j++, c /= 10)
                out[--pos] = (char)('0' + c % 10);
        }
        return 0;
    }
    size_t lw = (size_t)9 << k, pn = pw->n[k], nq, nr;
    BigDigit *q = malloc((n + 1) * sizeof *q), *r = q ? q + (n - pn + 1) : NULL;
    int rc = -1;
    if (q && big_divmod(a, n, pw->d[k], pn, q, &nq, r, &nr) == 0 &&
        dec_rec(q, nq, out, width - lw, pw) == 0 && dec_rec(r, nr, out + width - lw, lw, pw) == 0)
        rc = 0;
    free(q);
    return rc;
}

static char *decimal_digits(const Mag *m, size_t *n)
{
    size_t width = (size_t)(big_bit_length(m->d, m->n) * 30103 / 100000) + 2; /* log10(2) < .30103 */
    BigDigit *t = malloc(m->n * sizeof *t + 1);
    char *out = malloc(width + 1);
    Pow10 pw = { .count = 0 };
    int rc = -1;
    if (t && out && pow10_fill(&pw, m->n) == 0) {
        memcpy(t, m->d, m->n * sizeof *t);
        rc = dec_rec(t, m->n, out, width, &pw);
    }
    pow10_free(&pw);
    free(t);
    if (rc < 0) {
        free(out);
        return NULL;
    }
    size_t z = 0;
    while (z + 1 < width && out[z] == '0')
        z++;
    memmove(out, out + z, width - z);
    *n = width - z;
    return out;
}

char *int_digits(Object *o, int base, bool upper, size_t *n, bool *neg)
{
    Mag m;
    mag_of(o, &m);
    *neg = m.neg;
    char *out;
    if (base == 10) {
        out = decimal_digits(&m, n);
    } else {
        int k = base == 16 ? 4 : base == 8 ? 3 : 1;
        uint64_t bits = big_bit_length(m.d, m.n);
        size_t nd = bits ? (size_t)((bits + (uint64_t)k - 1) / (uint64_t)k) : 1;
        const char *set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        out = malloc(nd + 1);
        for (size_t i = 0; out && i < nd; i++) { /* digit i counts from the bottom */
            uint64_t bit = (uint64_t)i * (uint64_t)k;
            size_t w = (size_t)(bit / 32);
            uint64_t pair = m.n ? m.d[w] : 0;
            if (w + 1 < m.n)
                pair |= (uint64_t)m.d[w + 1] << 32;
            out[nd - 1 - i] = set[(pair >> (bit % 32)) & (uint64_t)(base - 1)];
        }
        *n = nd;
    }
    if (!out)
        exc_nomemory();
    else
        out[*n] = '\0';
    return out;
}

/* ---- the digit limit ------------------------------------------------------
 * CPython (3.11, and 3.8 from 3.8.14 on) refuses str(), repr(), format(), %
 * and int() of more than sys.get_int_max_str_digits() digits in a base that
 * is not a power of two: those conversions are quadratic, so a huge input is
 * a denial of service.  Programs written for it lift the limit with
 * sys.set_int_max_str_digits(0) or expect its ValueError, so gilvm keeps
 * it too.  int_digits and int_from_string, which the compiler also uses for
 * constants, stay unlimited; the Python-facing conversions check.  0 means
 * no limit.  Read and written with the GIL held. */
static int64_t max_str_digits = INT_MAX_STR_DIGITS_DEFAULT;

int64_t int_max_str_digits(void)
{
    return max_str_digits;
}

int int_set_max_str_digits(int64_t n)
{
    if (n != 0 && n < INT_STR_DIGITS_THRESHOLD) {
        exc_set(ExcValueError, "maxdigits must be 0 or larger than %d", INT_STR_DIGITS_THRESHOLD);
        return -1;
    }
    max_str_digits = n;
    return 0;
}

static void digits_refused(size_t have, bool parsing)
{
    if (parsing)
        exc_set(ExcValueError, "Exceeds the limit (%lld digits) for integer string conversion: "
                "value has %zu digits; use sys.set_int_max_str_digits() to increase the limit",
                (long long)max_str_digits, have);
    else
        exc_set(ExcValueError, "Exceeds the limit (%lld digits) for integer string conversion; "
                "use sys.set_int_max_str_digits() to increase the limit", (long long)max_str_digits);
}

char *int_digits_limited(Object *o, int base, bool upper, size_t *n, bool *neg)
{
    if (base == 10 && max_str_digits && !int_is_small(o)) {
        /* bits * log10(2) digits at least: refuse before a long conversion */
        Mag m;
        mag_of(o, &m);
        if ((double)(big_bit_length(m.d, m.n) - 1) * 0.30102999566398120 >= (double)max_str_digits) {
            digits_refused(0, false);
            return NULL;
        }
    }
    char *d = int_digits(o, base, upper, n, neg);
    if (d && base == 10 && max_str_digits && *n > (size_t)max_str_digits) {
        free(d);
        digits_refused(0, false);
        return NULL;
    }
    return d;
}

static Object *int_repr(Object *o)
{
    if (int_is_small(o)) {
        char buf[24];
        int n = snprintf(buf, sizeof buf, "%lld", (long long)int_value(o));
        return str_from_utf8(buf, (size_t)n);
    }
    size_t n;
    bool neg;
    char *d = int_digits_limited(o, 10, false, &n, &neg);
    if (!d)
        return NULL;
    StrBuf b = { 0 };
    if (neg)
        strbuf_put(&b, "-", 1);
    strbuf_put(&b, d, n);
    free(d);
    return strbuf_finish(&b);
}

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

/* ValueError naming shown, else the text s[0, n). */
static Object *invalid_literal(const char *s, size_t n, int base, Object *shown)
{
    Object *str = shown ? (INCREF(shown), shown) : str_from_utf8(s, n);
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

/* The magnitude of nd digit values (most significant first) in base. */
static Object *from_digit_values(const unsigned char *v, size_t nd, int base, bool neg)
{
    if ((base & (base - 1)) == 0) { /* a power of two: each digit is k bits */
        int k = __builtin_ctz((unsigned)base);
        IntObject *r = big_new(nd * (size_t)k / 32 + 1);
        if (!r)
            return NULL;
        for (size_t i = 0; i < nd; i++) {
            uint64_t bit = (uint64_t)(nd - 1 - i) * (uint64_t)k;
            r->d[bit / 32] |= (BigDigit)v[i] << (bit % 32);
            if (bit % 32 + (uint64_t)k > 32)
                r->d[bit / 32 + 1] |= (BigDigit)v[i] >> (32 - bit % 32);
        }
        return big_finish(r, nd * (size_t)k / 32 + 1, neg);
    }
    /* Otherwise g digits at a time, g the most whose value fits a digit. */
    uint64_t chunk_max = (uint64_t)base;
    size_t g = 1;
    while (chunk_max * (uint64_t)base <= ((uint64_t)1 << 32)) {
        chunk_max *= (uint64_t)base;
        g++;
    }
    IntObject *r = big_new(nd / g + 2);
    if (!r)
        return NULL;
    size_t n = 0;
    for (size_t i = 0; i < nd;) {
        size_t take = i == 0 && nd % g ? nd % g : g;
        uint64_t mul = 1, c = 0;
        for (size_t j = 0; j < take; j++, i++) {
            c = c * (uint64_t)base + v[i];
            mul *= (uint64_t)base;
        }
        for (size_t j = 0; j < n; j++) { /* r = r * mul + c */
            c += (uint64_t)r->d[j] * mul;
            r->d[j] = (BigDigit)c;
            c >>= 32;
        }
        if (c)
            r->d[n++] = (BigDigit)c;
    }
    return big_finish(r, n, neg);
}

/* int_from_string, its errors naming shown (when not NULL): the str whose
 * digits and spaces s spells in ASCII. */
static Object *int_from_text(const char *s, size_t n, int base, Object *shown)
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
        return invalid_literal(s, n, shown_base, shown);
    unsigned char *v = malloc((size_t)(end - p));
    if (!v) {
        exc_nomemory();
        return NULL;
    }
    size_t nd = 0;
    bool nonzero = false;
    for (; p < end; p++) {
        if (*p == '_' && p > digits && p + 1 < end && p[1] != '_')
            continue;
        int d = digit_value((unsigned char)*p);
        if (d >= base) {
            free(v);
            return invalid_literal(s, n, shown_base, shown);
        }
        nonzero |= d != 0;
        if (nd || d)
            v[nd++] = (unsigned char)d;
    }
    Object *r;
    if (shown_base == 0 && *digits == '0' && nonzero) /* 0777 is not a literal */
        r = invalid_literal(s, n, shown_base, shown);
    else
        r = from_digit_values(v, nd, base, neg);
    free(v);
    return r;
}

Object *int_from_string(const char *s, size_t n, int base)
{
    return int_from_text(s, n, base, NULL);
}

/* int(s, base)'s check: the digits of s when base (0: as s's prefix says)
 * is not a power of two. */
static int parse_digits_ok(const char *s, size_t n, int base)
{
    if (!max_str_digits)
        return 0;
    const char *p = s, *end = s + n;
    while (p < end && (isspace((unsigned char)*p) || *p == '+' || *p == '-'))
        p++;
    if (base == 0 && end - p > 1 && p[0] == '0' && strchr("xXoObB", p[1]))
        return 0;
    if (base != 0 && (base & (base - 1)) == 0)
        return 0;
    size_t have = 0;
    for (; p < end; p++) {
        if (*p == '_' || isspace((unsigned char)*p))
            continue;
        if (digit_value((unsigned char)*p) >= (base ? base : 10))
            return 0;   /* not a number: int_from_string says so */
        have++;
    }
    if (have <= (size_t)max_str_digits)
        return 0;
    digits_refused(have, true);
    return -1;
}

/* int(x, base) of a str or bytes x, within the digit limit. */
static Object *int_parse(Object *x, int base)
{
    bool is_str = obj_isinstance_type(x, &StrType);
    /* Other scripts' digits and spaces read as ASCII ones, as CPython's. */
    Object *t = is_str ? str_numeric_ascii(x) : (INCREF(x), x);
    if (!t)
        return NULL;
    const char *p = is_str ? str_utf8(t) : (const char *)((BytesObject *)x)->data;
    size_t n = is_str ? str_nbytes(t) : ((BytesObject *)x)->n;
    Object *r = parse_digits_ok(p, n, base) < 0 ? NULL : int_from_text(p, n, base, t == x ? NULL : x);
    DECREF(t);
    return r;
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
        if (!obj_isinstance_type(v[0], &StrType) && !obj_isinstance_type(v[0], &BytesType)) {
            exc_set(ExcTypeError, "int() can't convert non-string with explicit base");
            return NULL;
        }
        return int_parse(v[0], (int)base);
    }
    Object *x = v[0];
    if (is_int(x))
        return int_exact(x);
    if (obj_isinstance_type(x, &FloatType))
        return int_from_double(float_value(x));
    if (obj_isinstance_type(x, &StrType) || obj_isinstance_type(x, &BytesType))
        return int_parse(x, 10);
    if (x->type->flags & TYPE_HEAP) {
        const char *dunder = "__int__";
        Object *f = type_lookup(x->type, str_intern(dunder));
        if (!f)
            f = type_lookup(x->type, str_intern(dunder = "__index__"));
        if (f)
            return int_exact_result(obj_call_prepend(f, x, NULL, 0, NULL), dunder);
    }
    exc_set(ExcTypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
            x->type->name);
    return NULL;
}

/* ---- pow(b, e, m) and round(i, n) ------------------------------------------------ */

/* The inverse of a modulo m (m > 0) by the extended Euclidean algorithm,
 * NULL with ValueError when gcd(a, m) != 1. */
static Object *mod_inverse(Object *a, Object *m)
{
    Object *r0 = int_mod(a, m), *r1 = int_exact(m), *s0 = int_from_i64(1), *s1 = int_from_i64(0);
    while (r0 && r1 && s0 && s1 && int_truth(r1)) {
        Object *q = NULL, *r = NULL, *qs = NULL, *s = NULL;
        if (divmod_obj(r0, r1, &q, &r, "") == 0 && (qs = int_mul(q, s1)))
            s = int_sub(s0, qs);
        XDECREF(q);
        XDECREF(qs);
        SETREF(r0, r1);
        r1 = r;
        SETREF(s0, s1);
        s1 = s;
    }
    Object *inv = NULL;
    if (r0 && r1 && s0 && s1) {
        if (int_is_small(r0) && int_value(r0) == 1)
            inv = int_mod(s0, m);
        else
            exc_set(ExcValueError, "base is not invertible for the given modulus");
    }
    XDECREF(r0);
    XDECREF(r1);
    XDECREF(s0);
    XDECREF(s1);
    return inv;
}

static Object *mulmod(Object *a, Object *b, Object *m)
{
    Object *p = int_mul(a, b), *r = p ? int_mod(p, m) : NULL;
    XDECREF(p);
    return r;
}

Object *int_pow_mod(Object *b, Object *e, Object *m)
{
    if (!is_int(b) || !is_int(e) || !is_int(m)) {
        exc_set(ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return NULL;
    }
    Mag em, mm;
    mag_of(e, &em);
    mag_of(m, &mm);
    if (!mm.n) {
        exc_set(ExcValueError, "pow() 3rd argument cannot be 0");
        return NULL;
    }
    Object *mod = int_abs(m);
    Object *x = mod ? (em.neg ? mod_inverse(b, mod) : int_mod(b, mod)) : NULL;
    Object *r = x ? int_mod(int_from_i64(1), mod) : NULL;
    uint64_t bits = big_bit_length(em.d, em.n);
    for (uint64_t i = 0; r && x && i < bits; i++) { /* right to left over |e|'s bits */
        if ((em.d[i / 32] >> (i % 32)) & 1)
            SETREF(r, mulmod(r, x, mod));
        if (r && i + 1 < bits)
            SETREF(x, mulmod(x, x, mod));
    }
    if (r && x && mm.neg && int_truth(r))
        SETREF(r, int_sub(r, mod));
    if (!x)
        SETREF(r, NULL);
    XDECREF(x);
    XDECREF(mod);
    return r;
}

/* round(v, n) for n < 0: to a multiple of 10**-n, ties to even. */
Object *int_round(Object *v, Object *ndigits)
{
    Mag nm;
    if (!is_int(ndigits)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer",
                ndigits->type->name);
        return NULL;
    }
    mag_of(ndigits, &nm);
    if (!nm.neg || !nm.n)
        return int_exact(v);
    if (!int_is_small(ndigits)) /* 10**huge exceeds any int */
        return int_from_i64(0);
    Object *ten = int_from_i64(10), *p = pow_big(ten, (uint64_t)0 - (uint64_t)int_value(ndigits));
    Object *q = NULL, *r = NULL, *res = NULL;
    if (p && divmod_obj(v, p, &q, &r, "") == 0) {
        Object *twice = int_add(r, r);
        int c = twice ? int_cmp(twice, p) : 0;
        XDECREF(twice);
        if (twice && (c > 0 || (c == 0 && (((IntObject *)q)->size
                                ? ((IntObject *)q)->d[0] & 1 : int_value(q) & 1)))) {
            Object *one = int_from_i64(1);
            SETREF(q, int_add(q, one));
        }
        res = twice && q ? int_mul(q, p) : NULL;
    }
    XDECREF(p);
    XDECREF(q);
    XDECREF(r);
    return res;
}

/* ---- methods ------------------------------------------------------------- */

static Object *int_m_bit_length(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Mag m;
    mag_of(args[0], &m);
    return int_from_i64((int64_t)big_bit_length(m.d, m.n));
}

static Object *int_m_bit_count(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, kw ? "int.bit_count() takes no keyword arguments"
                                 : "int.bit_count() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    Mag m;
    mag_of(args[0], &m);   /* the ones of |self|, as CPython counts them */
    int64_t ones = 0;
    for (size_t i = 0; i < m.n; i++)
        ones += __builtin_popcount(m.d[i]);
    return int_from_i64(ones);
}

static Object *int_m_conjugate(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return int_exact(args[0]);
}

static Object *int_m_as_integer_ratio(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Object *n = int_exact(args[0]), *one = int_from_i64(1);
    Object *r = n && one ? tuple_pack(2, n, one) : NULL;
    XDECREF(n);
    XDECREF(one);
    return r;
}

static int byteorder_of(Object *o, bool *little)
{
    if (o && !obj_is(o, &StrType)) {
        exc_set(ExcTypeError, "to_bytes() argument 'byteorder' must be str, not %s", o->type->name);
        return -1;
    }
    const char *s = o ? str_utf8(o) : "big";
    if (strcmp(s, "little") != 0 && strcmp(s, "big") != 0) {
        exc_set(ExcValueError, "byteorder must be either 'little' or 'big'");
        return -1;
    }
    *little = s[0] == 'l';
    return 0;
}

static Object *int_m_to_bytes(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "self", "length", "byteorder", "signed", NULL };
    Object *v[4];
    int64_t len = 1;
    bool little;
    if (args_parse("to_bytes", args, nargs, kw, 1, names, v) < 0 ||
        (v[1] && int_as_i64(v[1], &len) < 0) || byteorder_of(v[2], &little) < 0)
        return NULL;
    int sgn = v[3] ? obj_truth(v[3]) : 0;
    if (sgn < 0)
        return NULL;
    if (len < 0) {
        exc_set(ExcValueError, "length argument must be non-negative");
        return NULL;
    }
    Mag m;
    mag_of(args[0], &m);
    if (m.neg && !sgn) {
        exc_set(ExcOverflowError, "can't convert negative int to unsigned");
        return NULL;
    }
    /* Bits the value needs: |v| for unsigned; one more for the sign, where a
     * negative's magnitude counts as |v| - 1. */
    uint64_t need = big_bit_length(m.d, m.n);
    if (m.neg) {
        BigDigit *t = malloc(m.n * sizeof *t);
        BigDigit one = 1;
        if (!t) {
            exc_nomemory();
            return NULL;
        }
        need = big_bit_length(t, big_sub(m.d, m.n, &one, 1, t));
        free(t);
    }
    if (need + (uint64_t)sgn > (uint64_t)len * 8) {
        exc_set(ExcOverflowError, "int too big to convert");
        return NULL;
    }
    size_t w = (size_t)len / 4 + m.n + 1;
    BigDigit *tw = malloc(w * sizeof *tw);
    unsigned char *out = tw ? malloc((size_t)len + 1) : NULL;
    if (!out) {
        free(tw);
        exc_nomemory();
        return NULL;
    }
    to_twos(&m, tw, w);
    for (size_t i = 0; i < (size_t)len; i++)
        out[little ? i : (size_t)len - 1 - i] = (unsigned char)(tw[i / 4] >> (8 * (i % 4)));
    Object *b = bytes_from(out, (size_t)len);
    free(tw);
    free(out);
    return b;
}

/* The bytes of int.from_bytes's argument, as CPython's bytes(x) makes them
 * (buffers, __bytes__, iterables of ints in range(256)), but an int or a
 * str is refused rather than read as a size or a text. */
static Object *from_bytes_arg(Object *v)
{
    if (obj_is(v, &BytesType)) {
        INCREF(v);
        return v;
    }
    if (obj_indexable(v) || obj_isinstance_type(v, &StrType)) {
        exc_set(ExcTypeError, "cannot convert '%s' object to bytes", v->type->name);
        return NULL;
    }
    return obj_call((Object *)&BytesType, &v, 1, NULL);
}

/* The value of n bytes at p (signed: two's complement). */
static Object *int_of_bytes(const unsigned char *p, size_t n, bool little, bool sgn)
{
    IntObject *r = big_new(n / 4 + 1);
    if (!r)
        return NULL;
    for (size_t i = 0; i < n; i++)
        r->d[i / 4] |= (BigDigit)p[little ? i : n - 1 - i] << (8 * (i % 4));
    Object *u = big_finish(r, n / 4 + 1, false);
    if (!u || !sgn || !n || !(p[little ? n - 1 : 0] & 0x80))
        return u;
    /* A set sign bit: the value is u - 2**(8n). */
    Object *one = int_from_i64(1), *bits = int_from_i64((int64_t)n * 8);
    Object *span = bits ? int_lshift(one, bits) : NULL, *s = span ? int_sub(u, span) : NULL;
    XDECREF(bits);
    XDECREF(span);
    DECREF(u);
    return s;
}

/* int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod:
 * args[0] is the class, which a subclass gets its instance of. */
static Object *int_m_from_bytes(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "cls", "bytes", "byteorder", "signed", NULL };
    Object *w[4], **v = w + 1;
    bool little;
    if (args_parse("from_bytes", args, nargs, kw, 2, names, w) < 0 ||
        byteorder_of(v[1], &little) < 0)
        return NULL;
    int sgn = v[2] ? obj_truth(v[2]) : 0;
    if (sgn < 0)
        return NULL;
    Object *b = from_bytes_arg(v[0]);
    if (!b)
        return NULL;
    Object *u = int_of_bytes(((BytesObject *)b)->data, ((BytesObject *)b)->n, little, sgn);
    DECREF(b);
    if (u && w[0] != (Object *)&IntType)
        SETREF(u, obj_call(w[0], &u, 1, NULL));
    return u;
}

static Object *int_m_index(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return int_exact(args[0]);
}

/* The numeric protocol as methods, as CPython's int has them: typing's
 * Supports* protocols and duck-typed code look for them. */
static Object *int_m_float(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    double d;
    return int_to_double(args[0], &d) < 0 ? NULL : float_from_double(d);
}

static Object *int_m_abs(Object *c, Object *const *args, size_t nargs, Object *kw) { return int_abs(args[0]); }

static Object *int_m_round(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs > 2) {
        exc_set(ExcTypeError, "__round__ expected at most 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    return nargs == 2 && args[1] != None ? int_round(args[0], args[1]) : int_exact(args[0]);
}

static const MethodDef int_classmethods[] = {
    { "from_bytes", int_m_from_bytes, NULL },
    { NULL, NULL, NULL },
};

static Object *int_get_real(Object *o) { return int_exact(o); }
static Object *int_get_imag(Object *o) { return int_from_i64(0); }
static Object *int_get_one(Object *o) { return int_from_i64(1); }

static const MethodDef int_methods[] = {
    { "bit_length", int_m_bit_length, NULL },
    { "bit_count", int_m_bit_count, NULL },
    { "__format__", format_m_builtin, NULL },
    { "conjugate", int_m_conjugate, NULL },
    { "as_integer_ratio", int_m_as_integer_ratio, NULL },
    { "to_bytes", int_m_to_bytes, NULL },
    { "__index__", int_m_index, NULL },
    { "__int__", int_m_index, NULL },
    { "__trunc__", int_m_index, NULL },
    { "__floor__", int_m_index, NULL },
    { "__ceil__", int_m_index, NULL },
    { "__float__", int_m_float, NULL },
    { "__abs__", int_m_abs, NULL },
    { "__round__", int_m_round, NULL },
    { "real", NULL, int_get_real },
    { "imag", NULL, int_get_imag },
    { "numerator", NULL, int_get_real },
    { "denominator", NULL, int_get_one },
    { NULL, NULL, NULL },
};

Type IntType = {
    OBJ_HEAD_INIT(&TypeType), .name = "int", .base = &ObjectType, .basicsize = sizeof(IntObject),
    .flags = TYPE_BASETYPE | TYPE_COPYNEW, .instsize = int_instsize, .dealloc = int_dealloc,
    .repr = int_repr, .hash = int_hash,
    .richcompare = int_richcompare, .truth = int_truth, .num = &int_num,
    .construct = int_construct, .methods = int_methods, .classmethods = int_classmethods,
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

static IntObject true_obj = { OBJ_HEAD_INIT(&BoolType), 1, 0 };
static IntObject false_obj = { OBJ_HEAD_INIT(&BoolType), 0, 0 };
Object *TrueObj = (Object *)&true_obj;
Object *FalseObj = (Object *)&false_obj;
