/* vm/compiler/unparse.c — an expression back to source text, for
 * `from __future__ import annotations` (PEP 563): an annotation is then
 * stored as the string python3 would give it, with its spacing and only
 * the parentheses precedence needs, whatever the source looked like. */
#include "vm/compiler/unparse.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm/compiler/compile.h"
#include "vm/objects/object.h"

/* Binding strength, loosest first: an operand looser than where it
 * stands is parenthesised. */
enum {
    PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_BOR, PR_BXOR, PR_BAND,
    PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

typedef struct Buf {
    char *s;
    size_t n, cap;
    const char *why;  /* set once: the construct that cannot be written back */
    int nomem;
} Buf;

static void put_n(Buf *b, const char *s, size_t n)
{
    if (b->nomem || b->why) return;
    if (b->n + n + 1 > b->cap) {
        size_t cap = (b->n + n + 1) * 2;
        char *p = realloc(b->s, cap);
        if (!p) {
            b->nomem = 1;
            return;
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void put(Buf *b, const char *s) { put_n(b, s, strlen(s)); }

static void expr(Buf *b, const Expr *e, int level);

static void open_if(Buf *b, int cond) { if (cond) put(b, "("); }
static void close_if(Buf *b, int cond) { if (cond) put(b, ")"); }

static void put_repr(Buf *b, const AstConst *k)
{
    Object *o = compile_const_obj(k);
    Object *r = o ? obj_repr(o) : NULL;
    if (r) put(b, str_utf8(r));
    else b->nomem = 1;
    XDECREF(r);
    XDECREF(o);
}

/* python3 writes an infinity back as a literal too big for a float. */
static void constant(Buf *b, const AstConst *k, int level)
{
    int neg = (k->kind == CK_INT && !k->n && k->i < 0) || (k->kind == CK_FLOAT && signbit(k->f));
    if (k->kind == CK_ELLIPSIS) {
        put(b, "...");
    } else if (k->kind == CK_FLOAT && isinf(k->f)) {
        put(b, k->f < 0 ? "-1e309" : "1e309");
    } else if (k->kind == CK_FROZENSET) {
        b->why = "a folded constant";
    } else {
        open_if(b, neg && level > PR_FACTOR);  /* -1 folded from a unary minus */
        put_repr(b, k);
        close_if(b, neg && level > PR_FACTOR);
    }
}

static void seq(Buf *b, Expr *const *v, int n, int level)
{
    for (int i = 0; i < n; i++) {
        if (i) put(b, ", ");
        expr(b, v[i], level);
    }
}

static void tuple(Buf *b, const Expr *e, int level)
{
    if (!e->n) {
        put(b, "()");
        return;
    }
    open_if(b, level > PR_TUPLE);
    seq(b, e->elts, e->n, PR_TEST);
    if (e->n == 1) put(b, ",");
    close_if(b, level > PR_TUPLE);
}

static const char *const binop_text[] = {
    [OP_ADD] = " + ", [OP_SUB] = " - ", [OP_MULT] = " * ", [OP_MATMULT] = " @ ", [OP_DIV] = " / ",
    [OP_MOD] = " % ", [OP_POW] = " ** ", [OP_LSHIFT] = " << ", [OP_RSHIFT] = " >> ",
    [OP_BITOR] = " | ", [OP_BITXOR] = " ^ ", [OP_BITAND] = " & ", [OP_FLOORDIV] = " // ",
};
static const int binop_level[] = {
    [OP_ADD] = PR_ARITH, [OP_SUB] = PR_ARITH, [OP_MULT] = PR_TERM, [OP_MATMULT] = PR_TERM,
    [OP_DIV] = PR_TERM, [OP_MOD] = PR_TERM, [OP_POW] = PR_POWER, [OP_LSHIFT] = PR_SHIFT,
    [OP_RSHIFT] = PR_SHIFT, [OP_BITOR] = PR_BOR, [OP_BITXOR] = PR_BXOR, [OP_BITAND] = PR_BAND,
    [OP_FLOORDIV] = PR_TERM,
};

static void binop(Buf *b, const Expr *e, int level)
{
    int pr = binop_level[e->op], right = e->op == OP_POW;
    open_if(b, level > pr);
    expr(b, e->a, pr + right);
    put(b, binop_text[e->op]);
    expr(b, e->b, pr + !right);
    close_if(b, level > pr);
}

static void unaryop(Buf *b, const Expr *e, int level)
{
    static const char *const text[] = {[UOP_INVERT] = "~", [UOP_NOT] = "not ", [UOP_UADD] = "+", [UOP_USUB] = "-"};
    int pr = e->op == UOP_NOT ? PR_NOT : PR_FACTOR;
    open_if(b, level > pr);
    put(b, text[e->op]);
    expr(b, e->a, pr);
    close_if(b, level > pr);
}

static void boolop(Buf *b, const Expr *e, int level)
{
    int pr = e->op == BOOL_AND ? PR_AND : PR_OR;
    open_if(b, level > pr);
    for (int i = 0; i < e->n; i++) {
        if (i) put(b, e->op == BOOL_AND ? " and " : " or ");
        expr(b, e->elts[i], pr + 1);
    }
    close_if(b, level > pr);
}

static void compare(Buf *b, const Expr *e, int level)
{
    static const char *const text[] = {
        [CMP_OP_EQ] = " == ", [CMP_OP_NOTEQ] = " != ", [CMP_OP_LT] = " < ", [CMP_OP_LTE] = " <= ",
        [CMP_OP_GT] = " > ", [CMP_OP_GTE] = " >= ", [CMP_OP_IS] = " is ", [CMP_OP_ISNOT] = " is not ",
        [CMP_OP_IN] = " in ", [CMP_OP_NOTIN] = " not in ",
    };
    open_if(b, level > PR_CMP);
    expr(b, e->a, PR_CMP + 1);
    for (int i = 0; i < e->n; i++) {
        put(b, text[e->cmpops[i]]);
        expr(b, e->elts[i], PR_CMP + 1);
    }
    close_if(b, level > PR_CMP);
}

static void ifexp(Buf *b, const Expr *e, int level)
{
    open_if(b, level > PR_TEST);
    expr(b, e->b, PR_TEST + 1);
    put(b, " if ");
    expr(b, e->a, PR_TEST + 1);
    put(b, " else ");
    expr(b, e->c, PR_TEST);
    close_if(b, level > PR_TEST);
}

static void call(Buf *b, const Expr *e)
{
    expr(b, e->a, PR_ATOM);
    put(b, "(");
    seq(b, e->elts, e->n, PR_TEST);
    for (int i = 0; i < e->nkws; i++) {
        if (i || e->n) put(b, ", ");
        if (e->kws[i]->arg) {
            put(b, e->kws[i]->arg);
            put(b, "=");
        } else {
            put(b, "**");
        }
        expr(b, e->kws[i]->value, PR_TEST);
    }
    put(b, ")");
}

static void dict(Buf *b, const Expr *e)
{
    put(b, "{");
    for (int i = 0; i < e->n; i++) {
        if (i) put(b, ", ");
        if (e->elts[i]) {
            expr(b, e->elts[i], PR_TEST);
            put(b, ": ");
            expr(b, e->elts2[i], PR_TEST);
        } else {
            put(b, "**");
            expr(b, e->elts2[i], PR_BOR);
        }
    }
    put(b, "}");
}

static void slice(Buf *b, const Expr *e)
{
    if (e->a) expr(b, e->a, PR_TEST);
    put(b, ":");
    if (e->b) expr(b, e->b, PR_TEST);
    if (e->c) {
        put(b, ":");
        expr(b, e->c, PR_TEST);
    }
}

/* A tuple the folder made of constants, bare. */
static void const_items(Buf *b, const AstConst *k)
{
    for (size_t i = 0; i < k->n; i++) {
        if (i) put(b, ", ");
        constant(b, k->items[i], PR_TEST);
    }
    if (k->n == 1) put(b, ",");
}

/* Inside brackets a tuple needs no parentheses, but keeps its comma. */
static void subscript_key(Buf *b, const Expr *k)
{
    if (k->kind == E_INDEX) {
        const Expr *v = k->a;
        if (v->kind == E_TUPLE && v->n) {
            seq(b, v->elts, v->n, PR_TEST);
            if (v->n == 1) put(b, ",");
        } else if (v->kind == E_CONST && v->value->kind == CK_TUPLE && v->value->n) {
            const_items(b, v->value);
        } else {
            expr(b, v, PR_TUPLE);
        }
    } else if (k->kind == E_SLICE) {
        slice(b, k);
    } else {  /* E_EXTSLICE */
        for (int i = 0; i < k->n; i++) {
            if (i) put(b, ", ");
            subscript_key(b, k->elts[i]);
        }
    }
}

static void attribute(Buf *b, const Expr *e)
{
    expr(b, e->a, PR_ATOM);
    /* `1.real` would read as a float literal */
    int int_lit = e->a->kind == E_CONST && e->a->value->kind == CK_INT;
    put(b, int_lit ? " ." : ".");
    put(b, e->id);
}

static void expr(Buf *b, const Expr *e, int level)
{
    switch (e->kind) {
    case E_NAME: put(b, e->id); break;
    case E_CONST: constant(b, e->value, level); break;
    case E_ATTR: attribute(b, e); break;
    case E_SUBSCRIPT:
        expr(b, e->a, PR_ATOM);
        put(b, "[");
        subscript_key(b, e->b);
        put(b, "]");
        break;
    case E_CALL: call(b, e); break;
    case E_BINOP: binop(b, e, level); break;
    case E_UNARYOP: unaryop(b, e, level); break;
    case E_BOOLOP: boolop(b, e, level); break;
    case E_COMPARE: compare(b, e, level); break;
    case E_IFEXP: ifexp(b, e, level); break;
    case E_TUPLE: tuple(b, e, level); break;
    case E_LIST: put(b, "["); seq(b, e->elts, e->n, PR_TEST); put(b, "]"); break;
    case E_SET: put(b, "{"); seq(b, e->elts, e->n, PR_TEST); put(b, "}"); break;
    case E_DICT: dict(b, e); break;
    case E_STARRED: put(b, "*"); expr(b, e->a, PR_BOR); break;
    case E_SLICE: case E_INDEX: case E_EXTSLICE: subscript_key(b, e); break;
    case E_LAMBDA: b->why = "a lambda"; break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP: b->why = "a comprehension"; break;
    case E_FORMATTED: case E_JOINEDSTR: b->why = "an f-string"; break;
    default: b->why = "this expression"; break;
    }
}

const char *unparse_expr(AstArena *arena, const Expr *e, const char **why)
{
    Buf b = {0};
    expr(&b, e, PR_TEST);
    *why = b.why;
    char *out = b.nomem || b.why ? NULL : ast_strndup(arena, b.s ? b.s : "", b.n);
    free(b.s);
    return out;
}
