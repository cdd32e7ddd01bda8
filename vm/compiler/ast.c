/* vm/compiler/ast.c — the node arena, and the AST optimizer of CPython 3.8
 * (Python/ast_opt.c): folding happens bottom-up, and a fold that would
 * raise, or build a too-large result, is simply not done so that the
 * error surfaces at run time exactly as without folding.  Numbers fold in
 * 64 bits while they fit; an int past a word (a literal or a result) is
 * folded with the run-time int, under 3.8's limits (products, powers and
 * left shifts of at most 128 bits), and kept in the tree as its decimal
 * text in the arena, so the tree still holds no Object.
 */
#include "vm/compiler/ast.h"
#include "vm/objects/bigint.h"
#include "vm/objects/object.h"
#include "vm/runtime/state.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena ------------------------------------------------------------ */

typedef struct Chunk { struct Chunk *next; size_t used, cap; max_align_t data[]; } Chunk;
struct AstArena { Chunk *head; };

AstArena *ast_arena_new(void) { return calloc(1, sizeof(AstArena)); }

void ast_arena_free(AstArena *a)
{
    if (!a) return;
    for (Chunk *c = a->head, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    free(a);
}

void *ast_alloc(AstArena *a, size_t n)
{
    n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
    Chunk *c = a->head;
    if (!c || c->cap - c->used < n) {
        size_t cap = n > 65536 ? n : 65536;
        c = malloc(sizeof(Chunk) + cap);
        if (!c) return NULL;
        c->used = 0;
        c->cap = cap;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *ast_strndup(AstArena *a, const char *s, size_t n)
{
    char *p = ast_alloc(a, n + 1);
    if (p) { memcpy(p, s, n); p[n] = 0; }
    return p;
}

AstConst *ast_docstring(Stmt **body, int n)
{
    if (n < 1 || body[0]->kind != S_EXPR) return NULL;
    Expr *e = body[0]->value;
    if (e->kind != E_CONST || e->value->kind != CK_STR) return NULL;
    return e->value;
}

int ast_const_truth(const AstConst *c)
{
    switch (c->kind) {
    case CK_NONE: case CK_FALSE: return 0;
    case CK_TRUE: case CK_ELLIPSIS: return 1;
    case CK_INT: return c->i != 0;
    case CK_FLOAT: return c->f != 0.0;
    case CK_COMPLEX: return c->f != 0.0 || c->im != 0.0;
    case CK_STR: case CK_BYTES: case CK_TUPLE: case CK_FROZENSET: return c->n != 0;
    }
    return 1;
}

/* ---- folding ----------------------------------------------------------- */

/* Deeper trees are refused with RecursionError, as CPython 3.11 refuses
 * them: the limit is the recursion limit scaled by COMPILER_STACK_FRAME_SCALE
 * (3), counted from the Python frames already running.  Every later pass
 * (symtable, compiler) recurses over the tree on the C stack, so each
 * pass also stops where the stack runs short. */
#define AST_FRAME_SCALE 3

/* postponed: PEP 563 keeps annotations as written, so they are not folded. */
typedef struct Folder { AstArena *arena; int nomem, depth, limit, toodeep, level, postponed; } Folder;

static bool too_deep(Folder *f)
{
    if (f->depth >= f->limit || vm_stack_exhausted())
        f->toodeep = 1;
    return f->toodeep;
}

static AstConst *new_const(Folder *f, ConstKind k)
{
    AstConst *c = ast_alloc(f->arena, sizeof *c);
    if (!c) { f->nomem = 1; return NULL; }
    c->kind = k;
    return c;
}
static AstConst *int_const(Folder *f, int64_t v) { AstConst *c = new_const(f, CK_INT); if (c) c->i = v; return c; }
static AstConst *float_const(Folder *f, double v) { AstConst *c = new_const(f, CK_FLOAT); if (c) c->f = v; return c; }
static AstConst *bool_const(Folder *f, int v) { return new_const(f, v ? CK_TRUE : CK_FALSE); }

static int is_intlike(const AstConst *c)
{
    return (c->kind == CK_INT && c->n == 0) || c->kind == CK_TRUE || c->kind == CK_FALSE;
}
static int64_t intval(const AstConst *c) { return c->kind == CK_INT ? c->i : c->kind == CK_TRUE; }
static int is_num(const AstConst *c) { return is_intlike(c) || c->kind == CK_FLOAT; }
static double numval(const AstConst *c) { return c->kind == CK_FLOAT ? c->f : (double)intval(c); }

static unsigned bit_length(int64_t a)
{
    uint64_t m = a < 0 ? -(uint64_t)a : (uint64_t)a;
    return m ? 64u - (unsigned)__builtin_clzll(m) : 0u;
}

/* ---- numbers past a word: folded with run-time objects ---------------- */

#define MAX_INT_BITS 128    /* 3.8's MAX_INT_SIZE: a product, power or shift beyond is not folded */

static int is_bigint(const AstConst *c) { return c->kind == CK_INT && c->n; }
static int is_number(const AstConst *c)
{
    return is_intlike(c) || is_bigint(c) || c->kind == CK_FLOAT || c->kind == CK_COMPLEX;
}

static Object *num_obj(const AstConst *c)
{
    switch (c->kind) {
    case CK_TRUE: case CK_FALSE: return bool_from(c->kind == CK_TRUE);
    case CK_FLOAT: return float_from_double(c->f);
    case CK_COMPLEX: return complex_from(c->f, c->im);
    default: return c->n ? int_from_string(c->s, c->n, 0) : int_from_i64(c->i);
    }
}

/* A constant for a run-time result: a word int, a big int as its decimal
 * text (i: 2 for 2**63, whose negation fits a word, else 1), a bool or a
 * float; NULL for anything else. */
static AstConst *const_of(Folder *f, Object *o)
{
    if (obj_is(o, &BoolType)) return bool_const(f, o == TrueObj);
    if (obj_is(o, &FloatType)) return float_const(f, float_value(o));
    if (obj_is(o, &ComplexType)) {
        AstConst *c = new_const(f, CK_COMPLEX);
        if (c) { c->f = complex_real(o); c->im = complex_imag(o); }
        return c;
    }
    if (!obj_is(o, &IntType)) return NULL;
    if (int_is_small(o)) return int_const(f, int_value(o));
    size_t n;
    bool neg;
    char *digits = int_digits(o, 10, false, &n, &neg);
    if (!digits) { exc_clear(); f->nomem = 1; return NULL; }
    AstConst *c = new_const(f, CK_INT);
    char *text = c ? ast_alloc(f->arena, n + 2) : NULL;
    if (text) {
        text[0] = '-';
        memcpy(text + neg, digits, n);
        c->s = text;
        c->n = n + neg;
        c->i = !neg && strcmp(digits, "9223372036854775808") == 0 ? 2 : 1;
    } else {
        f->nomem = 1;
        c = NULL;
    }
    free(digits);
    return c;
}

static uint64_t int_bits(Object *o)
{
    if (int_is_small(o)) return bit_length(int_value(o));
    IntObject *x = (IntObject *)o;
    return big_bit_length(x->d, (size_t)(x->size < 0 ? -x->size : x->size));
}

static bool is_int_obj(Object *o) { return obj_is(o, &IntType) || obj_is(o, &BoolType); }

/* 3.8's safe_multiply, safe_power and safe_lshift on two ints: whether
 * the operation may be folded at all. */
static bool within_limits(int op, Object *a, Object *b)
{
    if (!is_int_obj(a) || !is_int_obj(b) || int_bits(a) == 0 || int_bits(b) == 0) return true;
    bool bneg = int_value(b) < 0;
    uint64_t abits = int_bits(a), bbits = int_bits(b);
    switch (op) {
    case OP_MULT: return abits + bbits <= MAX_INT_BITS;
    case OP_POW: return bneg || (bbits <= 64 && abits <= MAX_INT_BITS / (uint64_t)int_value(b));
    case OP_LSHIFT:
        return !bneg && bbits <= 64 && (uint64_t)int_value(b) <= MAX_INT_BITS &&
               abits <= MAX_INT_BITS - (uint64_t)int_value(b);
    default: return true;
    }
}

static const int obj_binops[] = {
    [OP_ADD] = BIN_ADD, [OP_SUB] = BIN_SUB, [OP_MULT] = BIN_MUL, [OP_DIV] = BIN_TRUEDIV,
    [OP_MOD] = BIN_MOD, [OP_POW] = BIN_POW, [OP_LSHIFT] = BIN_LSHIFT, [OP_RSHIFT] = BIN_RSHIFT,
    [OP_BITOR] = BIN_OR, [OP_BITXOR] = BIN_XOR, [OP_BITAND] = BIN_AND, [OP_FLOORDIV] = BIN_FLOORDIV,
};

/* A fold of numbers the 64-bit paths leave: with the run-time objects; an
 * error (ZeroDivisionError, OverflowError, ...) means "not folded". */
static AstConst *fold_obj(Folder *f, int op, int unary, const AstConst *a, const AstConst *b)
{
    if (op == OP_MATMULT && !unary) return NULL;
    Object *x = num_obj(a), *y = b ? num_obj(b) : NULL, *r = NULL;
    if (x && (unary || y)) {
        if (unary)
            r = op == UOP_USUB ? obj_neg(x) : op == UOP_UADD ? obj_pos(x) : obj_invert(x);
        else if (within_limits(op, x, y))
            r = obj_binop(x, y, obj_binops[op]);
    }
    AstConst *c = r ? const_of(f, r) : NULL;
    if (exc_occurred()) {
        if (exc_matches(exc_occurred(), (Object *)ExcMemoryError)) f->nomem = 1;
        exc_clear();
    }
    XDECREF(x);
    XDECREF(y);
    XDECREF(r);
    return c;
}

static AstConst *fold_unary(Folder *f, int op, const AstConst *v)
{
    if (op == UOP_NOT) return bool_const(f, !ast_const_truth(v));
    if (is_bigint(v) || v->kind == CK_COMPLEX) return fold_obj(f, op, 1, v, NULL);
    if (v->kind == CK_FLOAT) {
        if (op == UOP_USUB) return float_const(f, -v->f);
        if (op == UOP_UADD) return float_const(f, v->f);
        return NULL;
    }
    if (!is_intlike(v)) return NULL;
    int64_t x = intval(v);
    switch (op) {
    case UOP_USUB: return x == INT64_MIN ? fold_obj(f, op, 1, v, NULL) : int_const(f, -x);
    case UOP_UADD: return int_const(f, x);
    case UOP_INVERT: return int_const(f, ~x);
    }
    return NULL;
}

static int64_t floordiv64(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}
static int64_t mod64(int64_t a, int64_t b)
{
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}


static AstConst *fold_int_binop(Folder *f, int op, int64_t a, int64_t b, int both_bool)
{
    int64_t r;
    switch (op) {
    case OP_ADD: if (__builtin_add_overflow(a, b, &r)) return NULL; return int_const(f, r);
    case OP_SUB: if (__builtin_sub_overflow(a, b, &r)) return NULL; return int_const(f, r);
    case OP_MULT: if (__builtin_mul_overflow(a, b, &r)) return NULL; return int_const(f, r);
    case OP_DIV:
        /* exact only while both convert to double exactly; otherwise leave it to run time */
        if (b == 0 || a > (1LL << 53) || a < -(1LL << 53) || b > (1LL << 53) || b < -(1LL << 53)) return NULL;
        return float_const(f, (double)a / (double)b);
    case OP_FLOORDIV: if (b == 0 || (a == INT64_MIN && b == -1)) return NULL; return int_const(f, floordiv64(a, b));
    case OP_MOD: if (b == 0) return NULL; if (b == -1) return int_const(f, 0); return int_const(f, mod64(a, b));
    case OP_POW: {
        if (b < 0) {
            if (a == 0) return NULL;
            return float_const(f, pow((double)a, (double)b));
        }
        /* 3.8 folds a ** b only while bits(a) <= 128 / b, whatever the result */
        if (a != 0 && b > 0 && (int64_t)bit_length(a) > 128 / b) return NULL;
        r = 1;
        int64_t base = a;
        for (int64_t e = b; e > 0; e >>= 1) {
            if (e & 1 && __builtin_mul_overflow(r, base, &r)) return NULL;
            if (e > 1 && __builtin_mul_overflow(base, base, &base)) return NULL;
        }
        return int_const(f, r);
    }
    case OP_LSHIFT:
        if (b < 0) return NULL;
        if (a == 0) return int_const(f, 0);
        if (b >= 63) return NULL;
        r = (int64_t)((uint64_t)a << b);
        if ((r >> b) != a) return NULL;
        return int_const(f, r);
    case OP_RSHIFT:
        if (b < 0) return NULL;
        return int_const(f, b >= 63 ? (a < 0 ? -1 : 0) : a >> b);
    case OP_BITAND: return both_bool ? bool_const(f, (int)(a & b)) : int_const(f, a & b);
    case OP_BITOR: return both_bool ? bool_const(f, (int)(a | b)) : int_const(f, a | b);
    case OP_BITXOR: return both_bool ? bool_const(f, (int)(a ^ b)) : int_const(f, a ^ b);
    }
    return NULL;
}

static AstConst *fold_float_binop(Folder *f, int op, double a, double b)
{
    switch (op) {
    case OP_ADD: return float_const(f, a + b);
    case OP_SUB: return float_const(f, a - b);
    case OP_MULT: return float_const(f, a * b);
    case OP_DIV: if (b == 0.0) return NULL; return float_const(f, a / b);
    case OP_FLOORDIV: case OP_MOD: {
        if (b == 0.0) return NULL;
        double m = fmod(a, b), d;
        if (m != 0.0) { if ((b < 0) != (m < 0)) m += b; }
        else m = copysign(0.0, b);
        d = (a - m) / b;
        if (op == OP_MOD) return float_const(f, m);
        if (d != 0.0) { double fl = floor(d); if (d - fl > 0.5) fl += 1.0; d = fl; }
        else d = copysign(0.0, a / b);
        return float_const(f, d);
    }
    case OP_POW: {   /* a negative base's fractional power is complex: fold_binop gives it fold_obj */
        if (a == 0.0 && b < 0) return NULL;
        double r = pow(a, b);
        if (isinf(r) && !isinf(a) && !isinf(b)) return NULL;
        return float_const(f, r);
    }
    }
    return NULL;
}

static AstConst *concat(Folder *f, const AstConst *a, const AstConst *b)
{
    AstConst *c = new_const(f, a->kind);
    if (!c) return NULL;
    c->n = a->n + b->n;
    if (a->kind == CK_TUPLE) {
        c->items = ast_alloc(f->arena, (c->n + 1) * sizeof *c->items);
        if (!c->items) { f->nomem = 1; return NULL; }
        memcpy(c->items, a->items, a->n * sizeof *c->items);
        memcpy(c->items + a->n, b->items, b->n * sizeof *c->items);
        return c;
    }
    char *s = ast_alloc(f->arena, c->n + 1);
    if (!s) { f->nomem = 1; return NULL; }
    memcpy(s, a->s, a->n);
    memcpy(s + a->n, b->s, b->n);
    c->s = s;
    return c;
}

/* The items in a constant tuple, nested tuples counted in, against a limit
 * (3.8's check_complexity): below 0 once it is passed. */
static int64_t complexity(const AstConst *t, int64_t limit)
{
    if (t->kind != CK_TUPLE) return limit;
    limit -= (int64_t)t->n;
    for (size_t i = 0; limit >= 0 && i < t->n; i++) limit = complexity(t->items[i], limit);
    return limit;
}

static int64_t utf8_len(const char *s, size_t n);

/* seq * count, with 3.8's limits: 4096 characters or bytes; 256 items and
 * 1024 counting nested tuples; a negative count is left to run time. */
static AstConst *repeat(Folder *f, const AstConst *seq, int64_t count)
{
    size_t size = seq->kind == CK_STR ? (size_t)utf8_len(seq->s, seq->n) : seq->n;
    size_t limit = seq->kind == CK_TUPLE ? 256 : 4096;
    if (size && (count < 0 || (uint64_t)count > limit / size)) return NULL;
    if (size && count && seq->kind == CK_TUPLE && complexity(seq, 1024 / count) < 0) return NULL;
    if (count < 0) count = 0;
    AstConst *c = new_const(f, seq->kind);
    if (!c) return NULL;
    c->n = seq->n * (size_t)count;
    if (seq->kind == CK_TUPLE) {
        c->items = ast_alloc(f->arena, (c->n + 1) * sizeof *c->items);
        if (!c->items) { f->nomem = 1; return NULL; }
        for (int64_t k = 0; k < count; k++)
            memcpy(c->items + k * seq->n, seq->items, seq->n * sizeof *c->items);
        return c;
    }
    char *s = ast_alloc(f->arena, c->n + 1);
    if (!s) { f->nomem = 1; return NULL; }
    for (int64_t k = 0; k < count; k++)
        memcpy(s + k * seq->n, seq->s, seq->n);
    c->s = s;
    return c;
}

static int is_seq(const AstConst *c) { return c->kind == CK_STR || c->kind == CK_BYTES || c->kind == CK_TUPLE; }

static AstConst *fold_binop(Folder *f, int op, const AstConst *a, const AstConst *b)
{
    if (is_intlike(a) && is_intlike(b)) {
        /* NULL from the word path is an overflow or a refusal; the object
         * path computes the one and refuses the other alike. */
        AstConst *c = fold_int_binop(f, op, intval(a), intval(b), a->kind != CK_INT && b->kind != CK_INT);
        return c || f->nomem ? c : fold_obj(f, op, 0, a, b);
    }
    if (is_num(a) && is_num(b)) {
        double x = numval(a), y = numval(b);
        if (op == OP_POW && x < 0 && isfinite(x) && y != floor(y) && isfinite(y))
            return fold_obj(f, op, 0, a, b);   /* a complex root of a negative number */
        if (op == OP_ADD || op == OP_SUB || op == OP_MULT || op == OP_DIV || op == OP_FLOORDIV ||
            op == OP_MOD || op == OP_POW)
            return fold_float_binop(f, op, x, y);
        return NULL;
    }
    if (is_number(a) && is_number(b))
        return fold_obj(f, op, 0, a, b);
    if (op == OP_ADD && is_seq(a) && a->kind == b->kind)
        return concat(f, a, b);
    if (op == OP_MULT && is_seq(a) && is_intlike(b))
        return repeat(f, a, intval(b));
    if (op == OP_MULT && is_intlike(a) && is_seq(b))
        return repeat(f, b, intval(a));
    return NULL;
}

/* Code point index into UTF-8: byte offset of code point k, or -1. */
static long utf8_offset(const char *s, size_t n, int64_t k)
{
    size_t i = 0;
    for (int64_t c = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xc0) == 0x80) continue;
        if (c++ == k) return (long)i;
    }
    return -1;
}
static int64_t utf8_len(const char *s, size_t n)
{
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xc0) != 0x80) c++;
    return c;
}

static AstConst *fold_subscr(Folder *f, const AstConst *v, const AstConst *idx)
{
    if (!is_intlike(idx) || !is_seq(v)) return NULL;
    int64_t i = intval(idx);
    int64_t len = v->kind == CK_STR ? utf8_len(v->s, v->n) : (int64_t)v->n;
    if (i < 0) i += len;
    if (i < 0 || i >= len) return NULL;
    if (v->kind == CK_TUPLE) return v->items[i];
    if (v->kind == CK_BYTES) return int_const(f, (unsigned char)v->s[i]);
    long off = utf8_offset(v->s, v->n, i), end = utf8_offset(v->s, v->n, i + 1);
    if (end < 0) end = (long)v->n;
    AstConst *c = new_const(f, CK_STR);
    if (!c) return NULL;
    c->s = ast_strndup(f->arena, v->s + off, (size_t)(end - off));
    c->n = (size_t)(end - off);
    if (!c->s) { f->nomem = 1; return NULL; }
    return c;
}

static void make_const(Expr *e, AstConst *c)
{
    if (!c) return;
    e->kind = E_CONST;
    e->value = c;
}

static AstConst *const_tuple(Folder *f, Expr **elts, int n)
{
    for (int i = 0; i < n; i++)
        if (elts[i]->kind != E_CONST) return NULL;
    AstConst *c = new_const(f, CK_TUPLE);
    if (!c) return NULL;
    c->n = (size_t)n;
    c->items = ast_alloc(f->arena, ((size_t)n + 1) * sizeof *c->items);
    if (!c->items) { f->nomem = 1; return NULL; }
    for (int i = 0; i < n; i++)
        c->items[i] = elts[i]->value;
    return c;
}

/* A list being iterated over (for, comprehension, `in`) becomes a tuple;
 * a set of constants becomes a frozenset constant. */
static void fold_iter(Folder *f, Expr *e)
{
    if (e->kind == E_SET) {
        AstConst *c = const_tuple(f, e->elts, e->n);
        if (c) c->kind = CK_FROZENSET;
        make_const(e, c);
        return;
    }
    if (e->kind != E_LIST) return;
    for (int i = 0; i < e->n; i++)
        if (e->elts[i]->kind == E_STARRED) return;
    e->kind = E_TUPLE;
    make_const(e, const_tuple(f, e->elts, e->n));
}

static void opt_expr(Folder *f, Expr *e);
static void opt_stmts(Folder *f, Stmt **s, int n);

static void opt_exprs(Folder *f, Expr **v, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i]) opt_expr(f, v[i]);
}

static void opt_arglist(Folder *f, Arg **v, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i]->annotation && !f->postponed) opt_expr(f, v[i]->annotation);
}

static void opt_args(Folder *f, Arguments *a)
{
    if (!a) return;
    opt_arglist(f, a->posonly, a->nposonly);
    opt_arglist(f, a->args, a->nargs);
    if (a->vararg) opt_arglist(f, &a->vararg, 1);
    opt_arglist(f, a->kwonly, a->nkwonly);
    if (a->kwarg) opt_arglist(f, &a->kwarg, 1);
    opt_exprs(f, a->defaults, a->ndefaults);
    opt_exprs(f, a->kw_defaults, a->nkwonly);
}

static void opt_gens(Folder *f, Comprehension **g, int n)
{
    for (int i = 0; i < n; i++) {
        opt_expr(f, g[i]->target);
        opt_expr(f, g[i]->iter);
        opt_exprs(f, g[i]->ifs, g[i]->nifs);
        fold_iter(f, g[i]->iter);
    }
}

static void opt_expr(Folder *f, Expr *e)
{
    if (too_deep(f))
        return;
    f->depth++;
    if (e->a) opt_expr(f, e->a);
    if (e->b) opt_expr(f, e->b);
    if (e->c) opt_expr(f, e->c);
    opt_exprs(f, e->elts, e->n);
    if (e->elts2) opt_exprs(f, e->elts2, e->n);
    for (int i = 0; i < e->nkws; i++)
        opt_expr(f, e->kws[i]->value);
    opt_gens(f, e->gens, e->ngens);
    opt_args(f, e->args);
    switch (e->kind) {
    case E_UNARYOP:
        if (e->a->kind == E_CONST) {
            make_const(e, fold_unary(f, e->op, e->a->value));
        } else if (e->op == UOP_NOT && e->a->kind == E_COMPARE && e->a->n == 1) {
            static const int flip[] = { [CMP_OP_IS] = CMP_OP_ISNOT + 1, [CMP_OP_ISNOT] = CMP_OP_IS + 1,
                                        [CMP_OP_IN] = CMP_OP_NOTIN + 1, [CMP_OP_NOTIN] = CMP_OP_IN + 1 };
            int op = e->a->cmpops[0];
            if (op < (int)(sizeof flip / sizeof flip[0]) && flip[op]) {
                e->a->cmpops[0] = flip[op] - 1;
                int line = e->lineno, col = e->col;
                *e = *e->a;
                e->lineno = line;
                e->col = col;
            }
        }
        break;
    case E_BINOP:
        if (e->a->kind == E_CONST && e->b->kind == E_CONST)
            make_const(e, fold_binop(f, e->op, e->a->value, e->b->value));
        break;
    case E_TUPLE:
        if (e->ctx == CTX_LOAD)
            make_const(e, const_tuple(f, e->elts, e->n));
        break;
    case E_SUBSCRIPT:
        if (e->a->kind == E_CONST && e->b->kind == E_INDEX && e->b->a->kind == E_CONST)
            make_const(e, fold_subscr(f, e->a->value, e->b->a->value));
        break;
    case E_COMPARE: {
        int op = e->cmpops[e->n - 1];
        if (op == CMP_OP_IN || op == CMP_OP_NOTIN)
            fold_iter(f, e->elts[e->n - 1]);
        break;
    }
    case E_CONST:
        /* a big hex, octal or binary literal takes its decimal text, so it
         * is one constant with an equal folded or decimal one (as in 3.8) */
        if (is_bigint(e->value) && e->value->s[0] == '0')
            make_const(e, fold_obj(f, UOP_UADD, 1, e->value, NULL));
        break;
    case E_NAME:
        if (e->ctx == CTX_LOAD && strcmp(e->id, "__debug__") == 0)
            make_const(e, bool_const(f, f->level == 0));
        break;
    default:
        break;
    }
    f->depth--;
}

static void opt_pattern(Folder *f, Pattern *pat)
{
    if (too_deep(f))
        return;
    f->depth++;
    if (pat->value) opt_expr(f, pat->value);
    if (pat->keys) opt_exprs(f, pat->keys, pat->n);
    for (int i = 0; i < pat->n; i++) opt_pattern(f, pat->pats[i]);
    for (int i = 0; i < pat->nkwd; i++) opt_pattern(f, pat->kwd_pats[i]);
    if (pat->pat) opt_pattern(f, pat->pat);
    f->depth--;
}

static void opt_stmt(Folder *f, Stmt *s)
{
    if (too_deep(f))
        return;
    f->depth++;
    if (s->target) opt_expr(f, s->target);
    if (s->value) opt_expr(f, s->value);
    if (s->test) opt_expr(f, s->test);
    if (s->msg) opt_expr(f, s->msg);
    if (s->annotation && !f->postponed) opt_expr(f, s->annotation);
    opt_exprs(f, s->targets, s->ntargets);
    opt_exprs(f, s->decos, s->ndecos);
    for (int i = 0; i < s->nkws; i++)
        opt_expr(f, s->kws[i]->value);
    opt_args(f, s->args);
    for (int i = 0; i < s->nitems; i++) {
        opt_expr(f, s->items[i]->ctx_expr);
        if (s->items[i]->vars) opt_expr(f, s->items[i]->vars);
    }
    opt_stmts(f, s->body, s->nbody);
    opt_stmts(f, s->orelse, s->norelse);
    opt_stmts(f, s->final, s->nfinal);
    for (int i = 0; i < s->nhandlers; i++) {
        if (s->handlers[i]->type) opt_expr(f, s->handlers[i]->type);
        opt_stmts(f, s->handlers[i]->body, s->handlers[i]->nbody);
    }
    for (int i = 0; i < s->ncases; i++) {
        opt_pattern(f, s->cases[i]->pattern);
        if (s->cases[i]->guard) opt_expr(f, s->cases[i]->guard);
        opt_stmts(f, s->cases[i]->body, s->cases[i]->nbody);
    }
    if (s->kind == S_FOR && !s->op)   /* 3.8 folds a plain for's iterable, not an async for's */
        fold_iter(f, s->value);
    f->depth--;
}

static void opt_stmts(Folder *f, Stmt **s, int n)
{
    for (int i = 0; i < n; i++)
        opt_stmt(f, s[i]);
}

int ast_is_future(const Stmt *s)
{
    return s->kind == S_IMPORTFROM && s->level == 0 && s->module && strcmp(s->module, "__future__") == 0;
}

int ast_futures_name(Stmt *const *futures, int n, const char *feature)
{
    for (int i = 0; i < n; i++)
        for (int k = 0; k < futures[i]->nnames; k++)
            if (strcmp(futures[i]->names[k]->name, feature) == 0) return 1;
    return 0;
}

int ast_optimize(AstArena *a, AstModule *m, int level)
{
    int running = vm_tstate ? vm_tstate->depth : 0;
    int limit = vm_recursion_limit < INT_MAX / AST_FRAME_SCALE ? AST_FRAME_SCALE * vm_recursion_limit : INT_MAX;
    Folder f = { a, 0, running < limit / AST_FRAME_SCALE ? AST_FRAME_SCALE * running : limit, limit, 0, level, 0 };
    int first = ast_docstring(m->body, m->nbody) ? 1 : 0;
    int n = 0;
    while (first + n < m->nbody && ast_is_future(m->body[first + n])) n++;
    /* an empty module has no body array to offset */
    f.postponed = n && ast_futures_name(m->body + first, n, "annotations");
    if (m->expr) opt_expr(&f, m->expr);
    opt_stmts(&f, m->body, m->nbody);
    return f.nomem ? -1 : f.toodeep ? -2 : 0;
}
