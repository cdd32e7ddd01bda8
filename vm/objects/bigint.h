/* vm/objects/bigint.h — arithmetic on unsigned magnitudes, for int's big
 * representation (vm/objects/int.c).
 *
 * A magnitude is a little-endian array of base-2**32 digits with a length;
 * a length is "normalized" when the top digit is non-zero (zero has length
 * 0).  Inputs must be normalized; results are written to caller-provided
 * arrays of the stated capacity and their normalized length is returned.
 * Nothing here touches an Object: these are pure functions, safe anywhere. */
#ifndef GILKIT_VM_BIGINT_H
#define GILKIT_VM_BIGINT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef uint32_t BigDigit;
#define BIG_DIGIT_BITS 32

size_t big_norm(const BigDigit *a, size_t n);
int big_cmp(const BigDigit *a, size_t na, const BigDigit *b, size_t nb);
/* r: capacity max(na, nb) + 1; r may alias a or b. */
size_t big_add(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r);
/* a >= b; r: capacity na; r may alias a or b. */
size_t big_sub(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r);
/* r: capacity na + nb, must not alias a or b.  Karatsuba above a
 * threshold; -1 when scratch memory runs out (r is then garbage). */
ssize_t big_mul(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *r);
/* a = q*d + remainder for one digit d > 0; q: capacity n (may alias a). */
BigDigit big_divmod1(const BigDigit *a, size_t n, BigDigit d, BigDigit *q, size_t *nq);
/* Knuth's algorithm D: a = q*b + r, nb >= 1, na >= nb.  q: capacity
 * na - nb + 1, r: capacity nb.  -1 when scratch memory runs out. */
int big_divmod(const BigDigit *a, size_t na, const BigDigit *b, size_t nb, BigDigit *q,
               size_t *nq, BigDigit *r, size_t *nr);
/* r: capacity na + bits/32 + 1. */
size_t big_shl(const BigDigit *a, size_t na, uint64_t bits, BigDigit *r);
/* r: capacity na (may alias a). */
size_t big_shr(const BigDigit *a, size_t na, uint64_t bits, BigDigit *r);
/* Bits in the magnitude (0 for zero). */
uint64_t big_bit_length(const BigDigit *a, size_t n);
/* True when any of the low `bits` bits is set. */
int big_low_bits_set(const BigDigit *a, size_t n, uint64_t bits);

#endif
