/* vm/compiler/peephole.h — CPython 3.8's peephole optimizer (Python/peephole.c),
 * run on assembled wordcode exactly where 3.8 runs it, so the output is
 * the same instruction for instruction. */
#ifndef GILKIT_VM_PEEPHOLE_H
#define GILKIT_VM_PEEPHOLE_H

#include <stddef.h>
#include <stdint.h>

/* The constant table, as the optimizer needs it. */
typedef struct PeepholeConsts {
    void *ctx;
    int (*is_true)(void *ctx, unsigned idx);                 /* truth of consts[idx] */
    long (*fold_tuple)(void *ctx, const unsigned *idx, int n); /* append tuple, return index; -1 on error */
} PeepholeConsts;

/* Optimises code[0..*len) in place (*len may shrink) and rewrites the
 * line table's address deltas.  Returns 0, or -1 when out of memory.
 * Leaves the code unchanged when the line table has 255-byte gaps, as 3.8 does. */
int peephole_optimize(uint8_t *code, size_t *len, uint8_t *lnotab, size_t lnlen, const PeepholeConsts *consts);

/* Number of code units an instruction with this argument takes (EXTENDED_ARG prefixes). */
int peephole_instrsize(unsigned oparg);
/* Write op/oparg as ilen code units at u (2 bytes each). */
void peephole_write_op(uint8_t *u, int op, unsigned oparg, int ilen);

#endif
