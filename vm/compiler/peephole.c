/* vm/compiler/peephole.c — see peephole.h.
 *
 * Works on code units (opcode, arg byte pairs).  Transformations stay
 * inside one basic block (blocks are delimited by jump targets only, as
 * in 3.8) and never grow the code: removed instructions become NOPs,
 * which a final pass deletes while retargeting jumps and the line table.
 */
#include "vm/compiler/peephole.h"
#include "vm/opcode.h"

#include <stdlib.h>
#include <string.h>

#define OPC(u, i) ((u)[2 * (i)])
#define ARG(u, i) ((u)[2 * (i) + 1])

static int is_uncond(int op) { return op == OP_JUMP_ABSOLUTE || op == OP_JUMP_FORWARD; }
static int is_cond(int op)
{
    return op == OP_POP_JUMP_IF_FALSE || op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_FALSE_OR_POP ||
           op == OP_JUMP_IF_TRUE_OR_POP;
}
static int is_abs(int op) { return op == OP_JUMP_ABSOLUTE || is_cond(op); }
static int jumps_on_true(int op) { return op == OP_POP_JUMP_IF_TRUE || op == OP_JUMP_IF_TRUE_OR_POP; }
static int is_rel(int op)
{
    return op == OP_FOR_ITER || op == OP_JUMP_FORWARD || op == OP_SETUP_FINALLY || op == OP_SETUP_WITH ||
           op == OP_SETUP_ASYNC_WITH || op == OP_CALL_FINALLY;
}

int peephole_instrsize(unsigned oparg)
{
    return oparg <= 0xff ? 1 : oparg <= 0xffff ? 2 : oparg <= 0xffffff ? 3 : 4;
}

void peephole_write_op(uint8_t *u, int op, unsigned oparg, int ilen)
{
    for (int k = ilen - 1; k >= 1; k--) {
        *u++ = OP_EXTENDED_ARG;
        *u++ = (uint8_t)(oparg >> (8 * k));
    }
    *u++ = (uint8_t)op;
    *u = (uint8_t)oparg;
}

static long find_op(const uint8_t *u, long n, long i)
{
    while (i < n && OPC(u, i) == OP_EXTENDED_ARG) i++;
    return i;
}

static unsigned get_arg(const uint8_t *u, long i)
{
    unsigned a = ARG(u, i);
    for (int k = 1; k <= 3 && i - k >= 0 && OPC(u, i - k) == OP_EXTENDED_ARG; k++)
        a |= (unsigned)ARG(u, i - k) << (8 * k);
    return a;
}

static void fill_nops(uint8_t *u, long start, long end)
{
    for (long i = start; i < end; i++) { OPC(u, i) = OP_NOP; ARG(u, i) = OP_NOP; }
}

static long set_arg(uint8_t *u, long i, unsigned oparg)
{
    unsigned cur = get_arg(u, i);
    if (cur == oparg) return i;
    int curlen = peephole_instrsize(cur), newlen = peephole_instrsize(oparg);
    if (curlen < newlen) return -1;
    peephole_write_op(u + 2 * (i + 1 - curlen), OPC(u, i), oparg, newlen);
    fill_nops(u, i + 1 - curlen + newlen, i + 1);
    return i - curlen + newlen;
}

static long copy_op_arg(uint8_t *u, long i, int op, unsigned oparg, long maxi)
{
    int ilen = peephole_instrsize(oparg);
    if (i + ilen > maxi) return -1;
    peephole_write_op(u + 2 * (maxi - ilen), op, oparg, ilen);
    fill_nops(u, i, maxi - ilen);
    return maxi - 1;
}

static long jump_target(const uint8_t *u, long i)
{
    long t = (long)(get_arg(u, i) / 2);
    return is_abs(OPC(u, i)) ? t : t + i + 1;
}

static long lastn_const_start(const uint8_t *u, long i, unsigned n)
{
    for (;;) {
        i--;
        if (OPC(u, i) == OP_LOAD_CONST && !--n) {
            while (i > 0 && OPC(u, i - 1) == OP_EXTENDED_ARG) i--;
            return i;
        }
    }
}

static long fold_tuple(uint8_t *u, long n, long start, long end, const PeepholeConsts *pc, unsigned count)
{
    unsigned *idx = malloc(count * sizeof *idx);
    if (!idx) return -2;
    long pos = start;
    for (unsigned k = 0; k < count; k++, pos++) {
        pos = find_op(u, n, pos);
        idx[k] = get_arg(u, pos);
    }
    long ci = pc->fold_tuple(pc->ctx, idx, (int)count);
    free(idx);
    if (ci < 0) return -2;
    return copy_op_arg(u, start, OP_LOAD_CONST, (unsigned)ci, end);
}

static unsigned *markblocks(const uint8_t *u, long n)
{
    unsigned *blocks = calloc((size_t)n + 1, sizeof *blocks);
    if (!blocks) return NULL;
    for (long i = 0; i < n; i++) {
        int op = OPC(u, i);
        if (is_rel(op) || is_abs(op)) {
            long j = jump_target(u, i);
            if (j >= 0 && j < n) blocks[j] = 1;
        }
    }
    unsigned cnt = 0;
    for (long i = 0; i < n; i++) {
        cnt += blocks[i];
        blocks[i] = cnt;
    }
    return blocks;
}

/* The rewriting pass; returns -1 when out of memory. */
static int rewrite(uint8_t *u, long n, const unsigned *blocks, const PeepholeConsts *pc)
{
    unsigned cumlc = 0, lastlc;
    long nexti;
    for (long i = find_op(u, n, 0); i < n; i = nexti) {
        int op = OPC(u, i);
        long op_start = i;
        while (op_start >= 1 && OPC(u, op_start - 1) == OP_EXTENDED_ARG) op_start--;
        nexti = i + 1;
        while (nexti < n && OPC(u, nexti) == OP_EXTENDED_ARG) nexti++;
        int nextop = nexti < n ? OPC(u, nexti) : 0;
        lastlc = cumlc;
        cumlc = 0;
        switch (op) {
        case OP_LOAD_CONST:
            cumlc = lastlc + 1;
            if (nextop != OP_POP_JUMP_IF_FALSE || blocks[op_start] != blocks[i + 1] ||
                !pc->is_true(pc->ctx, get_arg(u, i)))
                break;
            fill_nops(u, op_start, nexti + 1);
            cumlc = 0;
            break;
        case OP_BUILD_TUPLE: {
            unsigned j = get_arg(u, i);
            if (j > 0 && lastlc >= j) {
                long h = lastn_const_start(u, op_start, j);
                if (blocks[h] == blocks[op_start]) {
                    if (fold_tuple(u, n, h, i + 1, pc, j) == -2) return -1;
                    break;
                }
            }
            if (nextop != OP_UNPACK_SEQUENCE || blocks[op_start] != blocks[i + 1] || j != get_arg(u, nexti))
                break;
            if (j < 2) {
                fill_nops(u, op_start, nexti + 1);
            } else if (j == 2) {
                OPC(u, op_start) = OP_ROT_TWO; ARG(u, op_start) = 0;
                fill_nops(u, op_start + 1, nexti + 1);
            } else if (j == 3) {
                OPC(u, op_start) = OP_ROT_THREE; ARG(u, op_start) = 0;
                OPC(u, op_start + 1) = OP_ROT_TWO; ARG(u, op_start + 1) = 0;
                fill_nops(u, op_start + 2, nexti + 1);
            }
            break;
        }
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: {
            long tgt = find_op(u, n, (long)(get_arg(u, i) / 2));
            int j = OPC(u, tgt);
            if (is_cond(j)) {
                long h;
                if (jumps_on_true(j) == jumps_on_true(op)) {
                    h = set_arg(u, i, get_arg(u, tgt));
                } else {
                    h = set_arg(u, i, (unsigned)(tgt + 1) * 2);
                    j = op == OP_JUMP_IF_TRUE_OR_POP ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE;
                }
                if (h >= 0) {
                    nexti = h;
                    OPC(u, nexti) = (uint8_t)j;
                    break;
                }
            }
        }
            /* fall through */
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE:
        case OP_JUMP_FORWARD:
        case OP_JUMP_ABSOLUTE: {
            long tgt = find_op(u, n, jump_target(u, i));
            if (is_uncond(op) && OPC(u, tgt) == OP_RETURN_VALUE) {
                OPC(u, op_start) = OP_RETURN_VALUE; ARG(u, op_start) = 0;
                fill_nops(u, op_start + 1, i + 1);
            } else if (is_uncond(OPC(u, tgt))) {
                long j = jump_target(u, tgt);
                if (op == OP_JUMP_FORWARD) {
                    op = OP_JUMP_ABSOLUTE;
                } else if (!is_abs(op)) {
                    if (j < i + 1) break;
                    j -= i + 1;
                }
                copy_op_arg(u, op_start, op, (unsigned)(j * 2), i + 1);
            }
            break;
        }
        case OP_RETURN_VALUE: {
            long h = i + 1;
            while (h < n && blocks[i] == blocks[h] && OPC(u, h) != OP_END_FINALLY) {
                if (OPC(u, h) == OP_SETUP_FINALLY) {
                    while (h > i + 1 && OPC(u, h - 1) == OP_EXTENDED_ARG) h--;
                    break;
                }
                h++;
            }
            if (h > i + 1) {
                fill_nops(u, i + 1, h);
                nexti = find_op(u, n, h);
            }
            break;
        }
        }
    }
    return 0;
}

int peephole_optimize(uint8_t *code, size_t *len, uint8_t *lnotab, size_t lnlen, const PeepholeConsts *pc)
{
    /* As 3.8: an offset step of 255 (a jump of 256+ bytes between line
     * entries, split over several pairs) leaves the code as it is.  Only the
     * offset bytes count; a line step of -1 is also the byte 255. */
    for (size_t i = 0; i < lnlen; i += 2)
        if (lnotab[i] == 255) return 0;
    long n = (long)(*len / 2);
    uint8_t *u = malloc(*len ? *len : 1);
    if (!u) return -1;
    memcpy(u, code, *len);
    unsigned *blocks = markblocks(u, n);
    if (!blocks || rewrite(u, n, blocks, pc) < 0) {
        free(blocks);
        free(u);
        return -1;
    }
    /* original unit index -> new unit index */
    unsigned nops = 0;
    for (long i = 0; i < n; i++) {
        blocks[i] = (unsigned)i - nops;
        if (OPC(u, i) == OP_NOP) nops++;
    }
    blocks[n] = (unsigned)n - nops;
    unsigned cum = 0, last = 0;
    for (size_t i = 0; i + 1 < lnlen; i += 2) {
        cum += lnotab[i];
        unsigned nw = blocks[cum / 2] * 2;
        lnotab[i] = (uint8_t)(nw - last);
        last = nw;
    }
    /* drop NOPs and retarget jumps */
    long h = 0;
    for (long i = 0, op_start = 0; i < n; i++, op_start = i) {
        unsigned j = ARG(u, i);
        while (OPC(u, i) == OP_EXTENDED_ARG) {
            i++;
            j = j << 8 | ARG(u, i);
        }
        int op = OPC(u, i);
        if (op == OP_NOP) continue;
        if (is_abs(op))
            j = blocks[j / 2] * 2;
        else if (is_rel(op))
            j = (blocks[j / 2 + (unsigned)i + 1] - blocks[i] - 1) * 2;
        int ilen = (int)(i - op_start + 1);
        if (peephole_instrsize(j) > ilen) {   /* cannot happen in practice: keep the original */
            free(blocks);
            free(u);
            return 0;
        }
        peephole_write_op(code + 2 * h, op, j, ilen);
        h += ilen;
    }
    *len = (size_t)h * 2;
    free(blocks);
    free(u);
    return 0;
}
