/* vm/objects/bigint.c — magnitude arithmetic: schoolbook add/sub, Karatsuba
 * multiplication, Knuth's division (TAOCP 4.3.1, algorithm D), shifts.
 * See bigint.h for the conventions. */
#include "vm/objects/bigint.h"

#include <stdlib.h>
#include <string.h>

/* Below this many digits (of the shorter operand) Karatsuba's bookkeeping
 * costs more than the schoolbook product it saves. */
#define KARATSUBA_CUTOFF 48

size_t big_norm(const BigDigit *a, size_t n)
{
    while (n && a[n - 1] == 0)
        n--;
    return n;
}

int big_cmp(const BigDigit *a, size_t na, const BigDigit *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na--)
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    return 0;
}

size_t big_add(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r)
{
    if (na < nb) {
        const BigDigit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (BigDigit)carry;
        carry >>= 32;
    }
    for (; i < na; i++) {
        carry += a[i];
        r[i] = (BigDigit)carry;
        carry >>= 32;
    }
    r[i] = (BigDigit)carry;
    return big_norm(r, na + 1);
}

size_t big_sub(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r)
{
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        int64_t d = (int64_t)a[i] - b[i] + borrow;
        r[i] = (BigDigit)d;
        borrow = d < 0 ? -1 : 0;
    }
    for (; i < na; i++) {
        int64_t d = (int64_t)a[i] + borrow;
        r[i] = (BigDigit)d;
        borrow = d < 0 ? -1 : 0;
    }
    return big_norm(r, na);
}

/* r[0..na+nb) = a * b, r zeroed by the callee. */
static void mul_school(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r)
{
    memset(r, 0, (na + nb) * sizeof *r);
    for (size_t i = 0; i < na; i++) {
        uint64_t carry = 0, x = a[i];
        if (!x)
            continue;
        for (size_t j = 0; j < nb; j++) {
            carry += x * b[j] + r[i + j];
            r[i + j] = (BigDigit)carry;
            carry >>= 32;
        }
        r[i + nb] = (BigDigit)carry;
    }
}

/* r[0..n) += a[0..na) (na <= n), carry propagating; the caller knows the
 * sum fits. */
static void add_into(BigDigit *r, size_t n, const BigDigit *a, size_t na)
{
    uint64_t carry = 0;
    size_t i = 0;
    for (; i < na; i++) {
        carry += (uint64_t)r[i] + a[i];
        r[i] = (BigDigit)carry;
        carry >>= 32;
    }
    for (; carry && i < n; i++) {
        carry += r[i];
        r[i] = (BigDigit)carry;
        carry >>= 32;
    }
}

/* r[0..n) -= a[0..na) (na <= n), the result known non-negative. */
static void sub_from(BigDigit *r, size_t n, const BigDigit *a, size_t na)
{
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < na; i++) {
        int64_t d = (int64_t)r[i] - a[i] + borrow;
        r[i] = (BigDigit)d;
        borrow = d < 0 ? -1 : 0;
    }
    for (; borrow && i < n; i++) {
        int64_t d = (int64_t)r[i] + borrow;
        r[i] = (BigDigit)d;
        borrow = d < 0 ? -1 : 0;
    }
}

static int mul_rec(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r);

/* a much longer than b: multiply b by b-sized slices of a, so each slice
 * product is balanced enough for Karatsuba. */
static int mul_lopsided(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r)
{
    BigDigit *t = malloc(2 * nb * sizeof *t);
    if (!t)
        return -1;
    memset(r, 0, (na + nb) * sizeof *r);
    for (size_t off = 0; off < na; off += nb) {
        size_t k = na - off < nb ? na - off : nb;
        if (mul_rec(a + off, k, b, nb, t) < 0) {
            free(t);
            return -1;
        }
        add_into(r + off, na + nb - off, t, k + nb);
    }
    free(t);
    return 0;
}

/* Karatsuba: with a = a1*B + a0 and b = b1*B + b0 (B = 2**(32*h)),
 * a*b = a1b1*B^2 + ((a0+a1)(b0+b1) - a1b1 - a0b0)*B + a0b0. */
static int mul_karatsuba(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r)
{
    size_t h = nb / 2; /* nb <= na, both > h */
    size_t na1 = na - h, nb1 = nb - h;
    size_t ns = na1 + 1, nt = nb1 + 1;
    BigDigit *buf = malloc((ns + nt + ns + nt) * sizeof *buf);
    if (!buf)
        return -1;
    BigDigit *sa = buf, *sb = buf + ns, *p = buf + ns + nt;
    memset(r, 0, (na + nb) * sizeof *r);
    size_t l0a = big_norm(a, h), l0b = big_norm(b, h);
    size_t lsa = big_add(a, l0a, a + h, big_norm(a + h, na1), sa);
    size_t lsb = big_add(b, l0b, b + h, big_norm(b + h, nb1), sb);
    int rc = -1;
    /* z0 = a0*b0 into r's low half, z2 = a1*b1 into its high part. */
    if (l0a && l0b && mul_rec(a, l0a, b, l0b, r) < 0)
        goto out;
    if (mul_rec(a + h, big_norm(a + h, na1), b + h, big_norm(b + h, nb1), r + 2 * h) < 0)
        goto out;
    memset(p, 0, (ns + nt) * sizeof *p);
    if (lsa && lsb && mul_rec(sa, lsa, sb, lsb, p) < 0)
        goto out;
    size_t np = big_norm(p, ns + nt);
    sub_from(p, np, r, big_norm(r, 2 * h));
    sub_from(p, np, r + 2 * h, big_norm(r + 2 * h, na + nb - 2 * h));
    add_into(r + h, na + nb - h, p, big_norm(p, np));
    rc = 0;
out:
    free(buf);
    return rc;
}

/* r[0..na+nb) = a*b for any na, nb >= 1 (zero digits allowed on top). */
static int mul_rec(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r)
{
    if (na < nb) {
        const BigDigit *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if (nb == 0) {
        memset(r, 0, na * sizeof *r);
        return 0;
    }
    if (nb < KARATSUBA_CUTOFF) {
        mul_school(a, na, b, nb, r);
        return 0;
    }
    if (na >= 2 * nb)
        return mul_lopsided(a, na, b, nb, r);
    return mul_karatsuba(a, na, b, nb, r);
}

ssize_t big_mul(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r)
{
    if (!na || !nb)
        return 0;
    if (mul_rec(a, na, b, nb, r) < 0)
        return -1;
    return (ssize_t)big_norm(r, na + nb);
}

BigDigit big_divmod1(const BigDigit *a, size_t n, BigDigit d, BigDigit *q, size_t *nq)
{
    uint64_t rem = 0;
    for (size_t i = n; i--;) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (BigDigit)(cur / d);
        rem = cur % d;
    }
    *nq = big_norm(q, n);
    return (BigDigit)rem;
}

int big_divmod(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *q,
               size_t *nq, BigDigit *r, size_t *nr)
{
    if (nb == 1) {
        r[0] = big_divmod1(a, na, b[0], q, nq);
        *nr = r[0] ? 1 : 0;
        return 0;
    }
    /* D1: normalize so the divisor's top digit has its high bit set. */
    int s = __builtin_clz(b[nb - 1]);
    BigDigit *u = malloc((na + 1 + nb) * sizeof *u);
    if (!u)
        return -1;
    BigDigit *v = u + na + 1;
    for (size_t i = nb - 1; i > 0; i--)
        v[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
    v[0] = b[0] << s;
    u[na] = s ? a[na - 1] >> (32 - s) : 0;
    for (size_t i = na - 1; i > 0; i--)
        u[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    u[0] = a[0] << s;
    uint64_t vtop = v[nb - 1], vnext = v[nb - 2];
    for (size_t j = na - nb + 1; j--;) {
        /* D3: estimate qhat from the top two digits, correct it at most twice. */
        uint64_t num = ((uint64_t)u[j + nb] << 32) | u[j + nb - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >> 32 || qhat * vnext > ((rhat << 32) | u[j + nb - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >> 32)
                break;
        }
        /* D4: multiply and subtract. */
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (size_t i = 0; i < nb; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - (BigDigit)p + borrow;
            u[i + j] = (BigDigit)t;
            borrow = t >> 32;
        }
        int64_t t = (int64_t)u[j + nb] - (int64_t)carry + borrow;
        u[j + nb] = (BigDigit)t;
        /* D6: the estimate was one too large (rare): add back. */
        if (t < 0) {
            qhat--;
            uint64_t c = 0;
            for (size_t i = 0; i < nb; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (BigDigit)c;
                c >>= 32;
            }
            u[j + nb] += (BigDigit)c;
        }
        q[j] = (BigDigit)qhat;
    }
    *nq = big_norm(q, na - nb + 1);
    /* D8: unnormalize the remainder. */
    for (size_t i = 0; i < nb; i++)
        r[i] = s ? (u[i] >> s) | (u[i + 1] << (32 - s)) : u[i];
    *nr = big_norm(r, nb);
    free(u);
    return 0;
}

size_t big_shl(const BigDigit *a, size_t na, uint64_t bits, BigDigit *r)
{
    size_t dshift = (size_t)(bits / 32);
    unsigned s = (unsigned)(bits % 32);
    if (!na)
        return 0;
    r[na + dshift] = s ? a[na - 1] >> (32 - s) : 0;
    for (size_t i = na - 1; i > 0; i--)
        r[i + dshift] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
    r[dshift] = a[0] << s;
    memset(r, 0, dshift * sizeof *r);
    return big_norm(r, na + dshift + 1);
}

size_t big_shr(const BigDigit *a, size_t na, uint64_t bits, BigDigit *r)
{
    if (bits / 32 >= na)
        return 0;
    size_t dshift = (size_t)(bits / 32), n = na - dshift;
    unsigned s = (unsigned)(bits % 32);
    for (size_t i = 0; i < n; i++) {
        BigDigit lo = a[i + dshift] >> s;
        BigDigit hi = s && i + dshift + 1 < na ? a[i + dshift + 1] << (32 - s) : 0;
        r[i] = lo | hi;
    }
    return big_norm(r, n);
}

uint64_t big_bit_length(const BigDigit *a, size_t n)
{
    return n ? (uint64_t)(n - 1) * 32 + (uint64_t)(32 - __builtin_clz(a[n - 1])) : 0;
}

int big_low_bits_set(const BigDigit *a, size_t n, uint64_t bits)
{
    size_t whole = (size_t)(bits / 32);
    for (size_t i = 0; i < whole && i < n; i++)
        if (a[i])
            return 1;
    unsigned s = (unsigned)(bits % 32);
    return whole < n && s && (a[whole] & ((1u << s) - 1));
}
