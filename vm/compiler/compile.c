/* vm/compiler/compile.c — AST to code objects, as CPython 3.8's Python/compile.c.
 *
 * The structure mirrors 3.8 on purpose, since the output must match it
 * instruction for instruction: instructions go into basic blocks chained
 * in emission order (b_next); a block is closed by NEXT_BLOCK or by using
 * a jump target.  Line numbers follow 3.8's rule: only the first
 * instruction emitted after the current line changes carries a line; the
 * assembler turns those into lnotab entries.  Assembly lays the blocks
 * out, resolves jumps (in bytes, growing EXTENDED_ARG prefixes until
 * stable), computes the stack depth on the blocks, then runs 3.8's
 * peephole optimizer on the wordcode.
 *
 * Errors longjmp to compile_source, which releases the partial units
 * (their constant tables may hold nested code objects).
 */
#include "vm/compiler/compile.h"
#include "vm/compiler/ast.h"
#include "vm/compiler/hashindex.h"
#include "vm/compiler/unparse.h"
#include "vm/objects/code.h"
#include "vm/objects/set.h"
#include "vm/compiler/lexer.h"
#include "vm/opcode.h"
#include "vm/compiler/parser.h"
#include "vm/compiler/peephole.h"
#include "vm/runtime/state.h"
#include "vm/compiler/symtable.h"

#include <limits.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Block Block;
typedef struct Instr {
    uint8_t op;
    uint8_t jabs, jrel;
    int arg;
    int lineno;
    Block *target;
} Instr;

struct Block {
    Instr *instrs; int n, cap;
    Block *next;        /* fall-through / emission order */
    int is_return;
    int startdepth;
    int offset;         /* in code units */
};

/* FB_FINALLY_TRY_SLOT is a try body whose finally body returns, breaks or
 * continues: 3.8 then keeps a placeholder slot (None) under the try's
 * block for a returned value, so that leaving the finally body early can
 * pop the same depth whichever way it was entered.  `left` records, on a
 * FB_FINALLY_END, that a statement in the finally body unwound it.
 * FB_EXCEPT_STAR is an except* clause's body, which nothing may leave. */
typedef enum {
    FB_WHILE, FB_FOR, FB_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_TRY_SLOT, FB_FINALLY_END, FB_WITH, FB_ASYNC_WITH,
    FB_HANDLER_CLEANUP, FB_EXCEPT_STAR
} FbType;
typedef struct Fblock { FbType type; Block *block, *exit; int left; } Fblock;

/* A constant: an AST value, or a nested code object (owned). */
typedef struct CEntry { AstConst *c; Object *code; } CEntry;
typedef struct Names { const char **v; int n, cap; HashIndex ix; } Names;   /* ix: once n >= HASHINDEX_MIN */

typedef enum { SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_LAMBDA, SCOPE_COMPREHENSION } UnitScope;

#define MAX_FBLOCKS 20

typedef struct Unit {
    struct Unit *parent;
    SymEntry *ste;
    UnitScope scope;
    const char *name, *qualname, *private_name;
    CEntry *consts; int nconsts, capconsts;
    HashIndex constix; int nindexed;   /* consts[0..nindexed) indexed, once there are HASHINDEX_MIN */
    Names names, varnames, cellvars, freevars;
    Block **blocks; int nblocks, capblocks;   /* every block, for cleanup-free ownership in the arena */
    Block *entry, *cur;
    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno, lineno, col, lineno_set;
    Fblock fb[MAX_FBLOCKS]; int nfb;
} Unit;

typedef struct Compiler {
    AstArena *arena;
    Unit *u;
    const char *filename;
    ParseError *err;
    jmp_buf bail;
    int noemit;       /* >0: inside 3.8's "do not emit bytecode" region */
    Stmt **futures;   /* the module's leading future statements (after its docstring) */
    int nfutures;
    int postponed;    /* `from __future__ import annotations`: annotations compile to their text */
    int level;        /* -O's count: 1 drops asserts, 2 docstrings too */
    int interactive;  /* COMPILE_SINGLE: the module's expression statements print */
} Compiler;

_Static_assert((int)COMPILE_FILE == PARSE_FILE && (int)COMPILE_EVAL == PARSE_EVAL &&
                   (int)COMPILE_SINGLE == PARSE_SINGLE,
               "compile.h's modes are parser.h's");

int compile_optimize;

/* A body's docstring, unless -OO drops it (the string is then a constant
 * expression statement, which compiles to nothing). */
static AstConst *docstring(const Compiler *c, Stmt **body, int n)
{
    return c->level < 2 ? ast_docstring(body, n) : NULL;
}

/* ---- errors ------------------------------------------------------------- */

static _Noreturn void c_error(Compiler *c, const char *msg)
{
    ParseError *e = c->err;
    e->kind = PERR_SYNTAX;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->filename = NULL;
    e->line = c->u ? c->u->lineno : 0;
    e->offset = c->u ? c->u->col + 1 : 0;
    e->text[0] = 0;
    longjmp(c->bail, 1);
}

/* A compile-time SyntaxWarning at the current line.  A filter that makes
 * it an error makes it a SyntaxError there, as CPython does. */
static void c_warn(Compiler *c, const char *msg)
{
    if (exc_warn_explicit(ExcSyntaxWarning, msg, c->filename, c->u->lineno) == 0)
        return;
    if (exc_matches(exc_occurred(), (Object *)ExcSyntaxWarning)) {
        exc_clear();
        c_error(c, msg);
    }
    c->err->kind = PERR_RAISED;
    longjmp(c->bail, 1);
}

/* `x is 1`: identity with a literal other than the singletons None, True,
 * False and ... is almost always a mistake for ==. */
static bool is_literal(const Expr *e)
{
    return e->kind == E_CONST && e->value->kind != CK_NONE && e->value->kind != CK_TRUE &&
           e->value->kind != CK_FALSE && e->value->kind != CK_ELLIPSIS;
}

static void check_compare(Compiler *c, const Expr *e)
{
    bool left = is_literal(e->a);
    for (int i = 0; i < e->n; i++) {
        bool right = is_literal(e->elts[i]);
        if ((e->cmpops[i] == CMP_OP_IS || e->cmpops[i] == CMP_OP_ISNOT) && (left || right)) {
            c_warn(c, e->cmpops[i] == CMP_OP_IS ? "\"is\" with a literal. Did you mean \"==\"?"
                                                : "\"is not\" with a literal. Did you mean \"!=\"?");
            return;
        }
        left = right;
    }
}

/* What the compiler knows of the type a literal display or constant
 * evaluates to: its name, and how subscripting it goes, for the warnings
 * below (CPython's compiler gives the same ones). */
typedef enum { SUB_ITEMLESS, SUB_SEQUENCE, SUB_MAPPING } LiteralSub;
typedef struct {
    const char *name;
    LiteralSub sub;
    bool index; /* a valid sequence index */
} LiteralType;

enum { LT_NONE, LT_BOOL, LT_ELLIPSIS, LT_INT, LT_FLOAT, LT_COMPLEX, LT_STR, LT_BYTES, LT_TUPLE,
       LT_FROZENSET, LT_LIST, LT_DICT, LT_SET, LT_GENERATOR, LT_FUNCTION };

static const LiteralType literal_types[] = {
    [LT_NONE] = { "NoneType", SUB_ITEMLESS, false },   [LT_BOOL] = { "bool", SUB_ITEMLESS, true },
    [LT_ELLIPSIS] = { "ellipsis", SUB_ITEMLESS, false }, [LT_INT] = { "int", SUB_ITEMLESS, true },
    [LT_FLOAT] = { "float", SUB_ITEMLESS, false },     [LT_COMPLEX] = { "complex", SUB_ITEMLESS, false },
    [LT_STR] = { "str", SUB_SEQUENCE, false },         [LT_BYTES] = { "bytes", SUB_SEQUENCE, false },
    [LT_TUPLE] = { "tuple", SUB_SEQUENCE, false },     [LT_FROZENSET] = { "frozenset", SUB_ITEMLESS, false },
    [LT_LIST] = { "list", SUB_SEQUENCE, false },       [LT_DICT] = { "dict", SUB_MAPPING, false },
    [LT_SET] = { "set", SUB_ITEMLESS, false },         [LT_GENERATOR] = { "generator", SUB_ITEMLESS, false },
    [LT_FUNCTION] = { "function", SUB_ITEMLESS, false },
};

/* NULL when the expression's type is not known at compile time. */
static const LiteralType *literal_type(const Expr *e)
{
    static const unsigned char const_types[] = {
        [CK_NONE] = LT_NONE, [CK_TRUE] = LT_BOOL, [CK_FALSE] = LT_BOOL, [CK_ELLIPSIS] = LT_ELLIPSIS,
        [CK_INT] = LT_INT, [CK_FLOAT] = LT_FLOAT, [CK_STR] = LT_STR, [CK_BYTES] = LT_BYTES,
        [CK_TUPLE] = LT_TUPLE, [CK_FROZENSET] = LT_FROZENSET, [CK_COMPLEX] = LT_COMPLEX,
    };
    switch (e->kind) {
    case E_CONST: return &literal_types[const_types[e->value->kind]];
    case E_TUPLE: return &literal_types[LT_TUPLE];
    case E_LIST: case E_LISTCOMP: return &literal_types[LT_LIST];
    case E_DICT: case E_DICTCOMP: return &literal_types[LT_DICT];
    case E_SET: case E_SETCOMP: return &literal_types[LT_SET];
    case E_GENEXP: return &literal_types[LT_GENERATOR];
    case E_LAMBDA: return &literal_types[LT_FUNCTION];
    case E_JOINEDSTR: case E_FORMATTED: return &literal_types[LT_STR];
    default: return NULL;
    }
}

/* `[(1, 2) (3, 4)]`: calling a literal is a missing comma. */
static void check_caller(Compiler *c, const Expr *f)
{
    const LiteralType *t = literal_type(f);
    if (f->kind == E_LAMBDA || !t)
        return;
    char msg[160];
    snprintf(msg, sizeof msg, "'%s' object is not callable; perhaps you missed a comma?", t->name);
    c_warn(c, msg);
}

/* Subscripting a literal that has no items, or indexing a sequence literal
 * by a literal that is neither an integer nor a slice. */
static void check_subscript(Compiler *c, const Expr *e)
{
    const LiteralType *vt = literal_type(e->a);
    const LiteralType *it = e->b->kind == E_INDEX ? literal_type(e->b->a) : NULL;
    char msg[200];
    if (vt && vt->sub == SUB_ITEMLESS)
        snprintf(msg, sizeof msg, "'%s' object is not subscriptable; perhaps you missed a comma?", vt->name);
    else if (vt && vt->sub == SUB_SEQUENCE && it && !it->index)
        snprintf(msg, sizeof msg, "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                 vt->name, it->name);
    else
        return;
    c_warn(c, msg);
}

/* await, async for and async with belong to an async def's own body. */
static void require_async(Compiler *c, const char *msg)
{
    if (c->u->scope != SCOPE_FUNCTION || !c->u->ste->coroutine) c_error(c, msg);
}

static _Noreturn void c_nomem(Compiler *c)
{
    c->err->kind = PERR_NOMEM;
    snprintf(c->err->msg, sizeof c->err->msg, "out of memory");
    longjmp(c->bail, 1);
}

/* The folder bounded the tree's depth; a pass that needs more C stack per
 * level than the folder did still stops before the stack runs out. */
static void c_check_stack(Compiler *c)
{
    if (!vm_stack_exhausted()) return;
    c->err->kind = PERR_RECURSION;
    longjmp(c->bail, 1);
}

static void *c_alloc(Compiler *c, size_t n)
{
    void *p = ast_alloc(c->arena, n);
    if (!p) c_nomem(c);
    return p;
}

static void *c_grow(Compiler *c, void *v, int n, int *cap, size_t sz)
{
    if (n < *cap) return v;
    int nc = *cap ? *cap * 2 : 8;
    void *nv = c_alloc(c, (size_t)nc * sz);
    if (n) memcpy(nv, v, (size_t)n * sz);
    *cap = nc;
    return nv;
}

/* ---- tables --------------------------------------------------------------- */

static bool name_same(const void *table, int pos, const void *key)
{
    return strcmp(((const char *const *)table)[pos], key) == 0;
}

static int names_find(const Names *t, const char *s)
{
    if (t->ix.cap) return hashindex_find(&t->ix, hashindex_str(s), name_same, t->v, s);
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->v[i], s) == 0) return i;
    return -1;
}

static int names_add(Compiler *c, Names *t, const char *s)
{
    int i = names_find(t, s);
    if (i >= 0) return i;
    t->v = c_grow(c, t->v, t->n, &t->cap, sizeof(char *));
    t->v[t->n] = s;
    if (!t->ix.cap && t->n + 1 >= HASHINDEX_MIN) {
        for (int k = 0; k <= t->n; k++)
            if (hashindex_add(&t->ix, c->arena, hashindex_str(t->v[k]), k) < 0) c_nomem(c);
    } else if (t->ix.cap && hashindex_add(&t->ix, c->arena, hashindex_str(s), t->n) < 0) {
        c_nomem(c);
    }
    return t->n++;
}

static int const_equal(const AstConst *a, const AstConst *b);

static int const_is_num(const AstConst *k)
{
    return (k->kind == CK_INT && !k->n) || k->kind == CK_TRUE || k->kind == CK_FALSE || k->kind == CK_FLOAT ||
           k->kind == CK_COMPLEX;
}
static int const_is_exact(const AstConst *k) { return k->kind != CK_FLOAT && k->kind != CK_COMPLEX; }
static int64_t const_int(const AstConst *k) { return k->kind == CK_INT ? k->i : k->kind == CK_TRUE; }
static double const_re(const AstConst *k) { return const_is_exact(k) ? (double)const_int(k) : k->f; }
static double const_im(const AstConst *k) { return k->kind == CK_COMPLEX ? k->im : 0.0; }

/* Python's == between constants (1 == 1.0 == True == 1+0j), as a frozenset
 * built from them sees it; an int beyond 64 bits equals only its own literal. */
static int const_py_equal(const AstConst *a, const AstConst *b)
{
    if (const_is_num(a) && const_is_num(b)) {
        if (const_is_exact(a) && const_is_exact(b))
            return const_int(a) == const_int(b);
        return const_re(a) == const_re(b) && const_im(a) == const_im(b);
    }
    if (a->kind != b->kind) return 0;
    if (a->kind != CK_TUPLE) return const_equal(a, b);
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++)
        if (!const_py_equal(a->items[i], b->items[i])) return 0;
    return 1;
}

/* Item i of a frozenset constant is in the frozenset: no earlier one equals it. */
static int const_set_keeps(const AstConst *s, size_t i)
{
    for (size_t j = 0; j < i; j++)
        if (const_py_equal(s->items[j], s->items[i])) return 0;
    return 1;
}

/* Every member of frozenset a is, with its type, a member of b
 * (CPython's constant key: 1 and 1.0 stay apart). */
static int const_items_within(const AstConst *a, const AstConst *b)
{
    for (size_t i = 0; i < a->n; i++) {
        if (!const_set_keeps(a, i)) continue;
        size_t j = 0;
        while (j < b->n && !(const_set_keeps(b, j) && const_equal(a->items[i], b->items[j]))) j++;
        if (j == b->n) return 0;
    }
    return 1;
}

static int const_equal(const AstConst *a, const AstConst *b)
{
    if (a->kind != b->kind) return 0;
    switch (a->kind) {
    case CK_INT: return a->i == b->i && a->n == b->n && (!a->n || memcmp(a->s, b->s, a->n) == 0);
    case CK_FLOAT: return memcmp(&a->f, &b->f, sizeof a->f) == 0;
    case CK_COMPLEX: return memcmp(&a->f, &b->f, sizeof a->f) == 0 && memcmp(&a->im, &b->im, sizeof a->im) == 0;
    case CK_STR: case CK_BYTES: return a->n == b->n && memcmp(a->s, b->s, a->n) == 0;
    case CK_TUPLE:
        if (a->n != b->n) return 0;
        for (size_t i = 0; i < a->n; i++)
            if (!const_equal(a->items[i], b->items[i])) return 0;
        return 1;
    case CK_FROZENSET:   /* the same items in any order, as CPython merges them */
        return const_items_within(a, b) && const_items_within(b, a);
    default: return 1;
    }
}

static int push_const(Compiler *c, Unit *u, AstConst *k, Object *code)
{
    u->consts = c_grow(c, u->consts, u->nconsts, &u->capconsts, sizeof(CEntry));
    u->consts[u->nconsts].c = k;
    u->consts[u->nconsts].code = code;
    return u->nconsts++;
}

/* Consistent with const_equal: equal constants hash alike. */
static uint64_t const_hash(const AstConst *k)
{
    uint64_t h = (uint64_t)k->kind * 0x9e3779b97f4a7c15u;
    switch (k->kind) {
    case CK_INT: return h ^ (k->n ? hash_fnv1a(k->s, k->n) : hash_fnv1a(&k->i, sizeof k->i));
    case CK_FLOAT: return h ^ hash_fnv1a(&k->f, sizeof k->f);
    case CK_COMPLEX: return h ^ hash_fnv1a(&k->f, sizeof k->f) ^ (hash_fnv1a(&k->im, sizeof k->im) * 31);
    case CK_STR: case CK_BYTES: return h ^ hash_fnv1a(k->s, k->n);
    case CK_TUPLE:
        for (size_t i = 0; i < k->n; i++)
            h = (h ^ const_hash(k->items[i])) * 1099511628211u;
        return h;
    default: return h;  /* CK_FROZENSET too: its items may come in any order */
    }
}

static bool const_same(const void *table, int pos, const void *key)
{
    const CEntry *e = &((const CEntry *)table)[pos];
    return e->c && const_equal(e->c, key);
}

static int add_const(Compiler *c, AstConst *k)
{
    Unit *u = c->u;
    if (u->nconsts < HASHINDEX_MIN) {
        for (int i = 0; i < u->nconsts; i++)
            if (u->consts[i].c && const_equal(u->consts[i].c, k)) return i;
        return push_const(c, u, k, NULL);
    }
    /* entries appended since the last lookup, by whatever path, join the index first */
    for (; u->nindexed < u->nconsts; u->nindexed++) {
        const AstConst *e = u->consts[u->nindexed].c;
        if (e && hashindex_add(&u->constix, c->arena, const_hash(e), u->nindexed) < 0) c_nomem(c);
    }
    int i = hashindex_find(&u->constix, const_hash(k), const_same, u->consts, k);
    return i >= 0 ? i : push_const(c, u, k, NULL);
}

static AstConst *mk_const(Compiler *c, ConstKind k)
{
    AstConst *v = c_alloc(c, sizeof *v);
    v->kind = k;
    return v;
}
static AstConst *str_const(Compiler *c, const char *s)
{
    AstConst *v = mk_const(c, CK_STR);
    v->s = s;
    v->n = strlen(s);
    return v;
}
static AstConst *int_const(Compiler *c, int64_t i)
{
    AstConst *v = mk_const(c, CK_INT);
    v->i = i;
    return v;
}
static AstConst *none_const(Compiler *c) { return mk_const(c, CK_NONE); }

/* A tuple of strings (keyword names, import names). */
static AstConst *names_tuple(Compiler *c, const char **v, int n)
{
    AstConst *t = mk_const(c, CK_TUPLE);
    t->n = (size_t)n;
    t->items = c_alloc(c, ((size_t)n + 1) * sizeof *t->items);
    for (int i = 0; i < n; i++) t->items[i] = str_const(c, v[i]);
    return t;
}

static const char *mangle(Compiler *c, const char *name)
{
    const char *m = symtable_mangle(c->arena, c->u->private_name, name);
    if (!m) c_nomem(c);
    return m;
}

/* ---- blocks and instructions ---------------------------------------------- */

static Block *new_block(Compiler *c)
{
    Block *b = c_alloc(c, sizeof *b);
    Unit *u = c->u;
    u->blocks = c_grow(c, u->blocks, u->nblocks, &u->capblocks, sizeof(Block *));
    u->blocks[u->nblocks++] = b;
    return b;
}

static void use_next_block(Compiler *c, Block *b)
{
    c->u->cur->next = b;
    c->u->cur = b;
}

static void next_block(Compiler *c) { use_next_block(c, new_block(c)); }

static Instr *next_instr(Compiler *c)
{
    Block *b = c->u->cur;
    b->instrs = c_grow(c, b->instrs, b->n, &b->cap, sizeof(Instr));
    Instr *i = &b->instrs[b->n++];
    memset(i, 0, sizeof *i);
    if (!c->u->lineno_set) {
        c->u->lineno_set = 1;
        i->lineno = c->u->lineno;
    }
    return i;
}

static void addop_i(Compiler *c, int op, int arg)
{
    if (c->noemit) return;
    Instr *i = next_instr(c);
    i->op = (uint8_t)op;
    i->arg = arg;
    if (op == OP_RETURN_VALUE) c->u->cur->is_return = 1;
}
static void addop(Compiler *c, int op) { addop_i(c, op, 0); }

static void addop_j(Compiler *c, int op, Block *target)
{
    if (c->noemit) return;
    Instr *i = next_instr(c);
    i->op = (uint8_t)op;
    i->target = target;
    if (opcode_info[op].kind == OPK_JABS) i->jabs = 1;
    else i->jrel = 1;
}

static void load_const(Compiler *c, AstConst *k)
{
    if (c->noemit) return;
    addop_i(c, OP_LOAD_CONST, add_const(c, k));
}

static void addop_name(Compiler *c, int op, const char *name)
{
    if (c->noemit) return;
    addop_i(c, op, names_add(c, &c->u->names, mangle(c, name)));
}

static void set_line(Compiler *c, int lineno)
{
    c->u->lineno = lineno;
    c->u->lineno_set = 0;
}

/* ---- scopes ---------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static void sorted_names(Compiler *c, Names *out, SymEntry *ste, Scope scope, int flag)
{
    for (int i = 0; i < ste->nsyms; i++)
        if (ste->syms[i].scope == scope || (ste->syms[i].flags & flag)) names_add(c, out, ste->syms[i].name);
    if (out->n > 1) qsort(out->v, (size_t)out->n, sizeof(char *), cmp_str);
    if (out->ix.cap) {   /* the positions moved: index them afresh */
        out->ix = (HashIndex){ 0 };
        for (int k = 0; k < out->n; k++)
            if (hashindex_add(&out->ix, c->arena, hashindex_str(out->v[k]), k) < 0) c_nomem(c);
    }
}

static void set_qualname(Compiler *c, Unit *u)
{
    Unit *parent = u->parent;
    const char *base = NULL;
    if (parent && parent->scope != SCOPE_MODULE) {
        int force_global = 0;
        if (u->scope == SCOPE_FUNCTION || u->scope == SCOPE_CLASS) {
            const char *m = symtable_mangle(c->arena, parent->private_name, u->name);
            if (m && symtable_scope(parent->ste, m) == SCOPE_GLOBAL_EXPLICIT) force_global = 1;
        }
        if (!force_global) {
            /* A comprehension's names are not "<locals>" (3.8: '<listcomp>.<lambda>'). */
            if (parent->scope == SCOPE_FUNCTION || parent->scope == SCOPE_LAMBDA) {
                size_t n = strlen(parent->qualname);
                char *b = c_alloc(c, n + 10);
                memcpy(b, parent->qualname, n);
                memcpy(b + n, ".<locals>", 10);
                base = b;
            } else {
                base = parent->qualname;
            }
        }
    }
    if (!base) {
        u->qualname = u->name;
        return;
    }
    size_t bn = strlen(base), nn = strlen(u->name);
    char *q = c_alloc(c, bn + nn + 2);
    memcpy(q, base, bn);
    q[bn] = '.';
    memcpy(q + bn + 1, u->name, nn + 1);
    u->qualname = q;
}

static void enter_scope(Compiler *c, const char *name, UnitScope scope, SymEntry *ste, int lineno)
{
    Unit *u = c_alloc(c, sizeof *u);
    u->parent = c->u;
    u->ste = ste;
    u->scope = scope;
    u->name = name;
    u->firstlineno = lineno;
    u->private_name = c->u ? c->u->private_name : NULL;
    for (int i = 0; i < ste->nvarnames; i++) names_add(c, &u->varnames, ste->varnames[i]);
    sorted_names(c, &u->cellvars, ste, SCOPE_CELL, 0);
    if (ste->needs_class_closure) names_add(c, &u->cellvars, "__class__");
    sorted_names(c, &u->freevars, ste, SCOPE_FREE, DEF_FREE_CLASS);
    c->u = u;
    if (scope != SCOPE_MODULE) set_qualname(c, u);
    u->entry = u->cur = new_block(c);
}

static void free_unit_consts(Unit *u)
{
    for (int i = 0; i < u->nconsts; i++)
        if (u->consts[i].code) { DECREF(u->consts[i].code); u->consts[i].code = NULL; }
}

static void exit_scope(Compiler *c)
{
    free_unit_consts(c->u);
    c->u = c->u->parent;
}

static void push_fblock(Compiler *c, FbType t, Block *b, Block *exit)
{
    Unit *u = c->u;
    if (u->nfb >= MAX_FBLOCKS) c_error(c, "too many statically nested blocks");
    u->fb[u->nfb].type = t;
    u->fb[u->nfb].block = b;
    u->fb[u->nfb].exit = exit;
    u->fb[u->nfb].left = 0;
    u->nfb++;
}
static void pop_fblock(Compiler *c) { c->u->nfb--; }

/* ---- assembly ---------------------------------------------------------------- */

typedef struct Asm {
    uint8_t *code; size_t n, cap;
    uint8_t *lnotab; size_t ln, lncap;
    int offset;         /* code units emitted */
    int lineno, lineno_off;
} Asm;

static int stackdepth(Compiler *c)
{
    Unit *u = c->u;
    Block **stack = c_alloc(c, ((size_t)u->nblocks + 1) * sizeof *stack);
    int sp = 0, maxdepth = 0;
    for (int i = 0; i < u->nblocks; i++) u->blocks[i]->startdepth = INT_MIN;
    u->entry->startdepth = 0;
    stack[sp++] = u->entry;
    while (sp) {
        Block *b = stack[--sp];
        int depth = b->startdepth;
        Block *next = b->next;
        for (int k = 0; k < b->n; k++) {
            Instr *in = &b->instrs[k];
            int nd = depth + opcode_stack_effect(in->op, in->arg, 0);
            if (nd > maxdepth) maxdepth = nd;
            if (in->jrel || in->jabs) {
                int td = depth + opcode_stack_effect(in->op, in->arg, 1);
                if (td > maxdepth) maxdepth = td;
                if (in->op != OP_CALL_FINALLY && in->target->startdepth < td) {
                    in->target->startdepth = td;
                    stack[sp++] = in->target;
                }
            }
            depth = nd;
            if (in->op == OP_JUMP_ABSOLUTE || in->op == OP_JUMP_FORWARD || in->op == OP_RETURN_VALUE ||
                in->op == OP_RAISE_VARARGS || in->op == OP_RERAISE) {
                next = NULL;
                break;
            }
        }
        if (next && next->startdepth < depth) {
            next->startdepth = depth;
            stack[sp++] = next;
        }
    }
    return maxdepth;
}

static void asm_bytes(Compiler *c, uint8_t **buf, size_t *n, size_t *cap, const uint8_t *src, size_t k)
{
    if (*n + k > *cap) {
        size_t nc = (*n + k) * 2 + 16;
        uint8_t *nb = realloc(*buf, nc);
        if (!nb) c_nomem(c);
        *buf = nb;
        *cap = nc;
    }
    memcpy(*buf + *n, src, k);
    *n += k;
}

static void lnotab_pair(Compiler *c, Asm *a, int db, int dl)
{
    uint8_t pr[2] = { (uint8_t)db, (uint8_t)(int8_t)dl };
    asm_bytes(c, &a->lnotab, &a->ln, &a->lncap, pr, 2);
}

static void assemble_lnotab(Compiler *c, Asm *a, const Instr *i)
{
    int db = (a->offset - a->lineno_off) * 2;
    int dl = i->lineno - a->lineno;
    if (db == 0 && dl == 0) return;
    while (db > 255) {
        lnotab_pair(c, a, 255, 0);
        db -= 255;
    }
    if (dl < -128 || dl > 127) {
        int k = dl < 0 ? -128 : 127;
        int ncodes = dl < 0 ? (-dl) / 128 : dl / 127;
        dl -= ncodes * k;
        lnotab_pair(c, a, db, k);
        db = 0;
        for (int j = 1; j < ncodes; j++) lnotab_pair(c, a, 0, k);
    }
    lnotab_pair(c, a, db, dl);
    a->lineno = i->lineno;
    a->lineno_off = a->offset;
}

static void assemble_jumps(Unit *u)
{
    int again;
    do {
        int total = 0;
        for (Block *b = u->entry; b; b = b->next) {
            b->offset = total;
            for (int k = 0; k < b->n; k++) total += peephole_instrsize((unsigned)b->instrs[k].arg);
        }
        again = 0;
        for (Block *b = u->entry; b; b = b->next) {
            int off = b->offset;
            for (int k = 0; k < b->n; k++) {
                Instr *in = &b->instrs[k];
                int isize = peephole_instrsize((unsigned)in->arg);
                off += isize;
                if (in->jabs || in->jrel) {
                    in->arg = in->target->offset;
                    if (in->jrel) in->arg -= off;
                    in->arg *= 2;
                    if (peephole_instrsize((unsigned)in->arg) != isize) again = 1;
                }
            }
        }
    } while (again);
}

/* Constants as the peephole optimizer sees them. */
typedef struct ConstCtx { Compiler *c; Unit *u; } ConstCtx;

static int pc_is_true(void *ctx, unsigned idx)
{
    ConstCtx *cc = ctx;
    CEntry *e = &cc->u->consts[idx];
    return e->code ? 1 : ast_const_truth(e->c);
}

static long pc_fold_tuple(void *ctx, const unsigned *idx, int n)
{
    ConstCtx *cc = ctx;
    AstConst *t = ast_alloc(cc->c->arena, sizeof *t);
    if (!t) return -1;
    t->kind = CK_TUPLE;
    t->n = (size_t)n;
    t->items = ast_alloc(cc->c->arena, ((size_t)n + 1) * sizeof *t->items);
    if (!t->items) return -1;
    for (int i = 0; i < n; i++) {
        if (cc->u->consts[idx[i]].code) return -1;
        t->items[i] = cc->u->consts[idx[i]].c;
    }
    Unit *u = cc->u;
    if (u->nconsts >= u->capconsts) {
        int nc = u->capconsts * 2 + 8;
        CEntry *nv = ast_alloc(cc->c->arena, (size_t)nc * sizeof *nv);
        if (!nv) return -1;
        memcpy(nv, u->consts, (size_t)u->nconsts * sizeof *nv);
        u->consts = nv;
        u->capconsts = nc;
    }
    u->consts[u->nconsts].c = t;
    u->consts[u->nconsts].code = NULL;
    return u->nconsts++;
}

static int is_identifier(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
            return 0;
    }
    return 1;
}

static Object *name_obj(const char *s)
{
    Object *o = str_intern(s);
    if (o) INCREF(o);
    return o;
}

Object *compile_const_obj(const AstConst *k)
{
    switch (k->kind) {
    case CK_NONE: return none_new();
    case CK_TRUE: return bool_from(true);
    case CK_FALSE: return bool_from(false);
    case CK_ELLIPSIS: INCREF(Ellipsis); return Ellipsis;
    case CK_INT: return k->n ? int_from_string(k->s, k->n, 0) : int_from_i64(k->i);
    case CK_FLOAT: return float_from_double(k->f);
    case CK_COMPLEX: return complex_from(k->f, k->im);
    case CK_STR:
        if (k->n < 64 && is_identifier(k->s, k->n) && memchr(k->s, 0, k->n) == NULL) return name_obj(k->s);
        return str_from_utf8(k->s, k->n);
    case CK_BYTES: return bytes_from(k->s, k->n);
    case CK_TUPLE: {
        Object *t = tuple_new(k->n);
        if (!t) return NULL;
        for (size_t i = 0; i < k->n; i++) {
            Object *it = compile_const_obj(k->items[i]);
            if (!it) {
                for (size_t j = i; j < k->n; j++) tuple_set(t, j, none_new());
                DECREF(t);
                return NULL;
            }
            tuple_set(t, i, it);
        }
        return t;
    }
    case CK_FROZENSET: {
        AstConst items = *k;
        items.kind = CK_TUPLE;
        Object *t = compile_const_obj(&items), *fs = t ? frozenset_const(t) : NULL;
        XDECREF(t);
        return fs;
    }
    }
    return none_new();
}

static Object *names_obj(const Names *t, int from)
{
    Object *tup = tuple_new((size_t)(t->n - from > 0 ? t->n - from : 0));
    if (!tup) return NULL;
    for (int i = from; i < t->n; i++) {
        Object *s = name_obj(t->v[i]);
        if (!s) {
            for (int j = i; j < t->n; j++) tuple_set(tup, (size_t)(j - from), none_new());
            DECREF(tup);
            return NULL;
        }
        tuple_set(tup, (size_t)(i - from), s);
    }
    return tup;
}

static Object *consts_obj(Unit *u)
{
    Object *tup = tuple_new((size_t)u->nconsts);
    if (!tup) return NULL;
    int ok = 1;
    for (int i = 0; i < u->nconsts; i++) {
        Object *o;
        if (u->consts[i].code) {
            o = u->consts[i].code;
            u->consts[i].code = NULL;   /* ownership moves to the tuple */
        } else {
            o = ok ? compile_const_obj(u->consts[i].c) : NULL;
        }
        if (!o) { ok = 0; o = none_new(); }
        tuple_set(tup, (size_t)i, o);
    }
    if (!ok) { DECREF(tup); return NULL; }
    return tup;
}

static int code_flags(Unit *u)
{
    int flags = 0;
    if (u->ste->type == BLOCK_FUNCTION) {
        flags |= CO_NEWLOCALS | CO_OPTIMIZED;
        if (u->ste->nested) flags |= CO_NESTED;
        if (u->ste->coroutine)
            flags |= u->ste->generator ? CO_ASYNC_GENERATOR : CO_COROUTINE;
        else if (u->ste->generator)
            flags |= CO_GENERATOR;
        if (u->ste->varargs) flags |= CO_VARARGS;
        if (u->ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (u->freevars.n == 0 && u->cellvars.n == 0) flags |= CO_NOFREE;
    return flags;
}

static Object *assemble(Compiler *c, int add_none)
{
    Unit *u = c->u;
    if (!u->cur->is_return) {
        next_block(c);
        int saved = c->noemit;
        c->noemit = 0;
        if (add_none) load_const(c, none_const(c));
        addop(c, OP_RETURN_VALUE);
        c->noemit = saved;
    }
    if (!u->firstlineno) {
        if (u->entry->n && u->entry->instrs[0].lineno) u->firstlineno = u->entry->instrs[0].lineno;
        else u->firstlineno = 1;
    }
    int maxdepth = stackdepth(c);
    assemble_jumps(u);
    Asm a = { 0 };
    a.lineno = u->firstlineno;
    for (Block *b = u->entry; b; b = b->next) {
        for (int k = 0; k < b->n; k++) {
            Instr *in = &b->instrs[k];
            int size = peephole_instrsize((unsigned)in->arg);
            if (in->lineno) assemble_lnotab(c, &a, in);
            uint8_t buf[8];
            peephole_write_op(buf, in->op, (unsigned)in->arg, size);
            asm_bytes(c, &a.code, &a.n, &a.cap, buf, (size_t)size * 2);
            a.offset += size;
        }
    }
    ConstCtx cc = { c, u };
    PeepholeConsts pc = { &cc, pc_is_true, pc_fold_tuple };
    if (a.n == 0) asm_bytes(c, &a.code, &a.n, &a.cap, (const uint8_t *)"", 0);
    int r = peephole_optimize(a.code, &a.n, a.lnotab ? a.lnotab : (uint8_t *)"", a.ln, &pc);
    Object *code = NULL, *lnotab = NULL, *consts = NULL, *names = NULL, *varnames = NULL, *freevars = NULL,
           *cellvars = NULL, *filename = NULL, *name = NULL;
    if (r == 0) {
        code = bytes_from(a.code, a.n);
        lnotab = bytes_from(a.lnotab ? a.lnotab : (uint8_t *)"", a.ln);
    }
    free(a.code);
    free(a.lnotab);
    if (r < 0) c_nomem(c);
    consts = consts_obj(u);
    names = names_obj(&u->names, 0);
    varnames = names_obj(&u->varnames, 0);
    cellvars = names_obj(&u->cellvars, 0);
    freevars = names_obj(&u->freevars, 0);
    filename = str_from_cstr(c->filename);
    name = name_obj(u->name);
    if (!code || !lnotab || !consts || !names || !varnames || !cellvars || !freevars || !filename || !name) {
        XDECREF(code); XDECREF(lnotab); XDECREF(consts); XDECREF(names); XDECREF(varnames);
        XDECREF(cellvars); XDECREF(freevars); XDECREF(filename); XDECREF(name);
        c_nomem(c);
    }
    Object *co = code_new(u->argcount + u->posonlyargcount, u->posonlyargcount, u->kwonlyargcount,
                          u->varnames.n, maxdepth, code_flags(u), code, consts, names, varnames, freevars,
                          cellvars, filename, name, u->firstlineno, lnotab);
    if (!co) c_nomem(c);
    return co;
}

/* ---- expressions ---------------------------------------------------------------- */

static void visit_expr(Compiler *c, Expr *e);
static void visit_stmts(Compiler *c, Stmt **s, int n);
static void jump_if(Compiler *c, Expr *e, Block *next, int cond);

static void visit_exprs(Compiler *c, Expr **v, int n)
{
    for (int i = 0; i < n; i++) visit_expr(c, v[i]);
}

static void nameop(Compiler *c, const char *name, ExprCtx ctx)
{
    Unit *u = c->u;
    const char *m = mangle(c, name);
    Scope scope = symtable_scope(u->ste, m);
    enum { OPT_FAST, OPT_GLOBAL, OPT_DEREF, OPT_NAME } optype = OPT_NAME;
    Names *dict = &u->names;
    switch (scope) {
    case SCOPE_FREE: dict = &u->freevars; optype = OPT_DEREF; break;
    case SCOPE_CELL: dict = &u->cellvars; optype = OPT_DEREF; break;
    case SCOPE_LOCAL: if (u->ste->type == BLOCK_FUNCTION) optype = OPT_FAST; break;
    case SCOPE_GLOBAL_IMPLICIT: if (u->ste->type == BLOCK_FUNCTION) optype = OPT_GLOBAL; break;
    case SCOPE_GLOBAL_EXPLICIT: optype = OPT_GLOBAL; break;
    default: break;
    }
    int load = ctx == CTX_LOAD || ctx == CTX_AUGLOAD, del = ctx == CTX_DEL;
    int op;
    switch (optype) {
    case OPT_FAST:
        if (c->noemit) return;
        op = load ? OP_LOAD_FAST : del ? OP_DELETE_FAST : OP_STORE_FAST;
        addop_i(c, op, names_add(c, &u->varnames, m));
        return;
    case OPT_DEREF: {
        op = load ? (u->ste->type == BLOCK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
                  : del ? OP_DELETE_DEREF : OP_STORE_DEREF;
        int idx = names_find(dict, m);
        if (dict == &u->freevars) idx += u->cellvars.n;
        addop_i(c, op, idx);
        return;
    }
    case OPT_GLOBAL:
        op = load ? OP_LOAD_GLOBAL : del ? OP_DELETE_GLOBAL : OP_STORE_GLOBAL;
        break;
    default:
        op = load ? OP_LOAD_NAME : del ? OP_DELETE_NAME : OP_STORE_NAME;
        break;
    }
    int idx = names_add(c, dict, m);   /* added even when not emitting, as 3.8 */
    addop_i(c, op, idx);
}

static int binop_opcode(int op, int inplace)
{
    static const uint8_t bin[] = {
        [OP_ADD] = OP_BINARY_ADD, [OP_SUB] = OP_BINARY_SUBTRACT, [OP_MULT] = OP_BINARY_MULTIPLY,
        [OP_MATMULT] = OP_BINARY_MATRIX_MULTIPLY, [OP_DIV] = OP_BINARY_TRUE_DIVIDE, [OP_MOD] = OP_BINARY_MODULO,
        [OP_POW] = OP_BINARY_POWER, [OP_LSHIFT] = OP_BINARY_LSHIFT, [OP_RSHIFT] = OP_BINARY_RSHIFT,
        [OP_BITOR] = OP_BINARY_OR, [OP_BITXOR] = OP_BINARY_XOR, [OP_BITAND] = OP_BINARY_AND,
        [OP_FLOORDIV] = OP_BINARY_FLOOR_DIVIDE,
    };
    static const uint8_t inp[] = {
        [OP_ADD] = OP_INPLACE_ADD, [OP_SUB] = OP_INPLACE_SUBTRACT, [OP_MULT] = OP_INPLACE_MULTIPLY,
        [OP_MATMULT] = OP_INPLACE_MATRIX_MULTIPLY, [OP_DIV] = OP_INPLACE_TRUE_DIVIDE, [OP_MOD] = OP_INPLACE_MODULO,
        [OP_POW] = OP_INPLACE_POWER, [OP_LSHIFT] = OP_INPLACE_LSHIFT, [OP_RSHIFT] = OP_INPLACE_RSHIFT,
        [OP_BITOR] = OP_INPLACE_OR, [OP_BITXOR] = OP_INPLACE_XOR, [OP_BITAND] = OP_INPLACE_AND,
        [OP_FLOORDIV] = OP_INPLACE_FLOOR_DIVIDE,
    };
    return inplace ? inp[op] : bin[op];
}

static int cmp_opcode_arg(int op)
{
    static const int map[] = {
        [CMP_OP_EQ] = 2, [CMP_OP_NOTEQ] = 3, [CMP_OP_LT] = 0, [CMP_OP_LTE] = 1, [CMP_OP_GT] = 4,
        [CMP_OP_GTE] = 5, [CMP_OP_IS] = 8, [CMP_OP_ISNOT] = 9, [CMP_OP_IN] = 6, [CMP_OP_NOTIN] = 7,
    };
    return map[op];
}

/* Constants as CPython's _PyCode_ConstantKey compares them: same type and
 * value (so 1, 1.0 and True differ; 0.0 and -0.0 differ). */
static int obj_const_equal(Object *a, Object *b);

static int tuple_const_equal(Object *a, Object *b)
{
    if (tuple_len(a) != tuple_len(b)) return 0;
    for (size_t i = 0; i < tuple_len(a); i++)
        if (!obj_const_equal(tuple_get(a, i), tuple_get(b, i))) return 0;
    return 1;
}

/* Code objects compare as 3.8's code_richcompare: everything but the
 * filename and the line table. */
static int code_equal(const CodeObject *x, const CodeObject *y)
{
    const BytesObject *cx = (const BytesObject *)x->code, *cy = (const BytesObject *)y->code;
    return str_eq(x->name, y->name) && x->argcount == y->argcount && x->posonlyargcount == y->posonlyargcount &&
           x->kwonlyargcount == y->kwonlyargcount && x->nlocals == y->nlocals && x->flags == y->flags &&
           x->firstlineno == y->firstlineno && cx->n == cy->n && memcmp(cx->data, cy->data, cx->n) == 0 &&
           tuple_const_equal(x->consts, y->consts) && tuple_const_equal(x->names, y->names) &&
           tuple_const_equal(x->varnames, y->varnames) && tuple_const_equal(x->freevars, y->freevars) &&
           tuple_const_equal(x->cellvars, y->cellvars);
}

static int obj_const_equal(Object *a, Object *b)
{
    if (a == b) return 1;
    if (a->type != b->type) return 0;
    if (obj_is(a, &IntType)) return obj_richcompare_bool(a, b, CMP_EQ) == 1;
    if (obj_is(a, &FloatType)) return memcmp(&((FloatObject *)a)->v, &((FloatObject *)b)->v, sizeof(double)) == 0;
    if (obj_is(a, &StrType)) return str_eq(a, b);
    if (obj_is(a, &BytesType))
        return ((BytesObject *)a)->n == ((BytesObject *)b)->n &&
               memcmp(((BytesObject *)a)->data, ((BytesObject *)b)->data, ((BytesObject *)a)->n) == 0;
    if (obj_is(a, &TupleType)) return tuple_const_equal(a, b);
    if (obj_is(a, &CodeType)) return code_equal((CodeObject *)a, (CodeObject *)b);
    return 0;
}

/* A nested code object's constant index; an equal one already in the
 * table is reused (3.8 dedups code constants like any other). Steals co. */
static int add_code_const(Compiler *c, Object *co)
{
    Unit *u = c->u;
    for (int i = 0; i < u->nconsts; i++) {
        if (u->consts[i].code && code_equal((CodeObject *)u->consts[i].code, (CodeObject *)co)) {
            DECREF(co);
            return i;
        }
    }
    return push_const(c, u, NULL, co);
}

static void make_closure(Compiler *c, Object *co, int flags, const char *qualname)
{
    CodeObject *code = (CodeObject *)co;
    size_t nfree = tuple_len(code->freevars);
    if (nfree) {
        for (size_t i = 0; i < nfree; i++) {
            const char *name = str_utf8(tuple_get(code->freevars, i));
            Unit *u = c->u;
            int idx;
            if ((u->scope == SCOPE_CLASS && strcmp(name, "__class__") == 0) ||
                symtable_scope(u->ste, name) == SCOPE_CELL) {
                idx = names_find(&u->cellvars, name);
            } else {
                idx = names_find(&u->freevars, name);
                if (idx >= 0) idx += u->cellvars.n;
            }
            if (idx < 0) {
                DECREF(co);
                c_error(c, "internal compiler error: lookup of a closure variable failed");
            }
            addop_i(c, OP_LOAD_CLOSURE, idx);
        }
        flags |= 0x08;
        addop_i(c, OP_BUILD_TUPLE, (int)nfree);
    }
    if (c->noemit) {
        DECREF(co);
    } else {
        addop_i(c, OP_LOAD_CONST, add_code_const(c, co));
        load_const(c, str_const(c, qualname));
    }
    addop_i(c, OP_MAKE_FUNCTION, flags);
}

static int default_arguments(Compiler *c, Arguments *a)
{
    int flags = 0;
    if (a->ndefaults) {
        visit_exprs(c, a->defaults, a->ndefaults);
        addop_i(c, OP_BUILD_TUPLE, a->ndefaults);
        flags |= 0x01;
    }
    int nk = 0;
    const char **keys = NULL;
    for (int i = 0; i < a->nkwonly; i++) {
        if (!a->kw_defaults[i]) continue;
        if (!keys) keys = c_alloc(c, (size_t)a->nkwonly * sizeof *keys);
        keys[nk++] = mangle(c, a->kwonly[i]->name);
        visit_expr(c, a->kw_defaults[i]);
    }
    if (nk) {
        load_const(c, names_tuple(c, keys, nk));
        addop_i(c, OP_BUILD_CONST_KEY_MAP, nk);
        flags |= 0x02;
    }
    return flags;
}

static void lambda(Compiler *c, Expr *e)
{
    int flags = default_arguments(c, e->args);
    enter_scope(c, "<lambda>", SCOPE_LAMBDA, e->ste, e->lineno);
    add_const(c, none_const(c));
    c->u->argcount = e->args->nargs;
    c->u->posonlyargcount = e->args->nposonly;
    c->u->kwonlyargcount = e->args->nkwonly;
    visit_expr(c, e->a);
    Object *co;
    if (e->ste->generator) {
        co = assemble(c, 0);
    } else {
        addop(c, OP_RETURN_VALUE);
        co = assemble(c, 1);
    }
    const char *qualname = c->u->qualname;
    exit_scope(c);
    make_closure(c, co, flags, qualname);
}

/* Run the iterator or awaitable on TOS to its end, passing what it yields
 * out and what is sent in; its result replaces it. */
static void yield_from_tos(Compiler *c)
{
    load_const(c, none_const(c));
    addop(c, OP_YIELD_FROM);
}

/* Await TOS: what `await` compiles to, and each implicit await of async
 * with and async comprehensions (GET_ANEXT's result is awaitable already). */
static void await_tos(Compiler *c)
{
    addop(c, OP_GET_AWAITABLE);
    yield_from_tos(c);
}

/* One `for` of a comprehension; an `async for` fetches each item as async
 * for does, ending at StopAsyncIteration. */
static void comprehension_generator(Compiler *c, Expr *e, int gi)
{
    Comprehension *gen = e->gens[gi];
    Block *start = new_block(c), *skip = new_block(c), *if_cleanup = new_block(c), *anchor = new_block(c);
    if (gi == 0) {
        c->u->argcount = 1;
        addop_i(c, OP_LOAD_FAST, 0);
    } else {
        visit_expr(c, gen->iter);
        addop(c, gen->is_async ? OP_GET_AITER : OP_GET_ITER);
    }
    use_next_block(c, start);
    if (gen->is_async) {
        addop_j(c, OP_SETUP_FINALLY, anchor);
        addop(c, OP_GET_ANEXT);
        yield_from_tos(c);
        addop(c, OP_POP_BLOCK);
    } else {
        addop_j(c, OP_FOR_ITER, anchor);
        next_block(c);
    }
    visit_expr(c, gen->target);
    for (int i = 0; i < gen->nifs; i++) {
        jump_if(c, gen->ifs[i], if_cleanup, 0);
        next_block(c);
    }
    if (++gi < e->ngens) comprehension_generator(c, e, gi);
    if (gi >= e->ngens) {
        switch (e->kind) {
        case E_GENEXP:
            visit_expr(c, e->a);
            addop(c, OP_YIELD_VALUE);
            addop(c, OP_POP_TOP);
            break;
        case E_LISTCOMP:
            visit_expr(c, e->a);
            addop_i(c, OP_LIST_APPEND, gi + 1);
            break;
        case E_SETCOMP:
            visit_expr(c, e->a);
            addop_i(c, OP_SET_ADD, gi + 1);
            break;
        default:
            visit_expr(c, e->a);
            visit_expr(c, e->b);
            addop_i(c, OP_MAP_ADD, gi + 1);
            break;
        }
        use_next_block(c, skip);
    }
    use_next_block(c, if_cleanup);
    addop_j(c, OP_JUMP_ABSOLUTE, start);
    use_next_block(c, anchor);
    if (gen->is_async) addop(c, OP_END_ASYNC_FOR);
}

static void comprehension(Compiler *c, Expr *e)
{
    static const char *const names[] = { [E_LISTCOMP] = "<listcomp>", [E_SETCOMP] = "<setcomp>",
                                         [E_DICTCOMP] = "<dictcomp>", [E_GENEXP] = "<genexpr>" };
    /* A comprehension that awaits is a coroutine (a generator expression
     * an async generator), so only an async def may run it in place. */
    int is_async = e->ste->coroutine;
    if (is_async && e->kind != E_GENEXP && !c->u->ste->coroutine)
        c_error(c, "asynchronous comprehension outside of an asynchronous function");
    enter_scope(c, names[e->kind], SCOPE_COMPREHENSION, e->ste, e->lineno);
    if (e->kind == E_LISTCOMP) addop_i(c, OP_BUILD_LIST, 0);
    else if (e->kind == E_SETCOMP) addop_i(c, OP_BUILD_SET, 0);
    else if (e->kind == E_DICTCOMP) addop_i(c, OP_BUILD_MAP, 0);
    comprehension_generator(c, e, 0);
    if (e->kind != E_GENEXP) addop(c, OP_RETURN_VALUE);
    Object *co = assemble(c, 1);
    const char *qualname = c->u->qualname;
    exit_scope(c);
    make_closure(c, co, 0, qualname);
    visit_expr(c, e->gens[0]->iter);
    addop(c, e->gens[0]->is_async ? OP_GET_AITER : OP_GET_ITER);
    addop_i(c, OP_CALL_FUNCTION, 1);
    if (is_async && e->kind != E_GENEXP) await_tos(c);
}

static void starunpack(Compiler *c, Expr **elts, int n, int single, int inner, int outer)
{
    int nsub = 0, nseen = 0;
    for (int i = 0; i < n; i++) {
        if (elts[i]->kind == E_STARRED) {
            if (nseen) {
                addop_i(c, inner, nseen);
                nseen = 0;
                nsub++;
            }
            visit_expr(c, elts[i]->a);
            nsub++;
        } else {
            visit_expr(c, elts[i]);
            nseen++;
        }
    }
    if (nsub) {
        if (nseen) {
            addop_i(c, inner, nseen);
            nsub++;
        }
        addop_i(c, outer, nsub);
    } else {
        addop_i(c, single, nseen);
    }
}

static void assignment_helper(Compiler *c, Expr **elts, int n)
{
    int seen_star = 0;
    Expr **items = c_alloc(c, ((size_t)n + 1) * sizeof *items);
    for (int i = 0; i < n; i++) {
        items[i] = elts[i];
        if (elts[i]->kind == E_STARRED && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT_MAX >> 8))
                c_error(c, "too many expressions in star-unpacking assignment");
            addop_i(c, OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
            items[i] = elts[i]->a;
        } else if (elts[i]->kind == E_STARRED) {
            c_error(c, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) addop_i(c, OP_UNPACK_SEQUENCE, n);
    visit_exprs(c, items, n);
}

static void sequence(Compiler *c, Expr *e)
{
    int is_list = e->kind == E_LIST;
    if (e->ctx == CTX_STORE) {
        assignment_helper(c, e->elts, e->n);
    } else if (e->ctx == CTX_LOAD) {
        if (is_list) starunpack(c, e->elts, e->n, OP_BUILD_LIST, OP_BUILD_TUPLE, OP_BUILD_LIST_UNPACK);
        else starunpack(c, e->elts, e->n, OP_BUILD_TUPLE, OP_BUILD_TUPLE, OP_BUILD_TUPLE_UNPACK);
    } else {
        visit_exprs(c, e->elts, e->n);
    }
}

static void subdict(Compiler *c, Expr *e, int begin, int end)
{
    int n = end - begin, all_const = n > 1;
    for (int i = begin; i < end && all_const; i++)
        if (e->elts[i]->kind != E_CONST) all_const = 0;
    if (all_const) {
        visit_exprs(c, e->elts2 + begin, n);
        AstConst *t = mk_const(c, CK_TUPLE);
        t->n = (size_t)n;
        t->items = c_alloc(c, ((size_t)n + 1) * sizeof *t->items);
        for (int i = 0; i < n; i++) t->items[i] = e->elts[begin + i]->value;
        load_const(c, t);
        addop_i(c, OP_BUILD_CONST_KEY_MAP, n);
    } else {
        for (int i = begin; i < end; i++) {
            visit_expr(c, e->elts[i]);
            visit_expr(c, e->elts2[i]);
        }
        addop_i(c, OP_BUILD_MAP, n);
    }
}

static void dict(Compiler *c, Expr *e)
{
    int containers = 0, elements = 0, unpacking = 0;
    for (int i = 0; i < e->n; i++) {
        unpacking = e->elts[i] == NULL;
        if (elements == 0xFFFF || (elements && unpacking)) {
            subdict(c, e, i - elements, i);
            containers++;
            elements = 0;
        }
        if (unpacking) {
            visit_expr(c, e->elts2[i]);
            containers++;
        } else {
            elements++;
        }
    }
    if (elements || containers == 0) {
        subdict(c, e, e->n - elements, e->n);
        containers++;
    }
    if (containers > 1 || unpacking) addop_i(c, OP_BUILD_MAP_UNPACK, containers);
}

static void compare(Compiler *c, Expr *e)
{
    check_compare(c, e);
    visit_expr(c, e->a);
    int n = e->n - 1;
    if (n == 0) {
        visit_expr(c, e->elts[0]);
        addop_i(c, OP_COMPARE_OP, cmp_opcode_arg(e->cmpops[0]));
        return;
    }
    Block *cleanup = new_block(c);
    for (int i = 0; i < n; i++) {
        visit_expr(c, e->elts[i]);
        addop(c, OP_DUP_TOP);
        addop(c, OP_ROT_THREE);
        addop_i(c, OP_COMPARE_OP, cmp_opcode_arg(e->cmpops[i]));
        addop_j(c, OP_JUMP_IF_FALSE_OR_POP, cleanup);
        next_block(c);
    }
    visit_expr(c, e->elts[n]);
    addop_i(c, OP_COMPARE_OP, cmp_opcode_arg(e->cmpops[n]));
    Block *end = new_block(c);
    addop_j(c, OP_JUMP_FORWARD, end);
    use_next_block(c, cleanup);
    addop(c, OP_ROT_TWO);
    addop(c, OP_POP_TOP);
    use_next_block(c, end);
}

static void subkwargs(Compiler *c, Keyword **kws, int begin, int end)
{
    int n = end - begin;
    if (n > 1) {
        const char **keys = c_alloc(c, (size_t)n * sizeof *keys);
        for (int i = begin; i < end; i++) {
            visit_expr(c, kws[i]->value);
            keys[i - begin] = kws[i]->arg;
        }
        load_const(c, names_tuple(c, keys, n));
        addop_i(c, OP_BUILD_CONST_KEY_MAP, n);
    } else {
        for (int i = begin; i < end; i++) {
            load_const(c, str_const(c, kws[i]->arg));
            visit_expr(c, kws[i]->value);
        }
        addop_i(c, OP_BUILD_MAP, n);
    }
}

static void call_helper(Compiler *c, int n, Expr **args, int nargs, Keyword **kws, int nkws)
{
    int mustdictunpack = 0, nseen = n, nsubargs = 0, nsubkwargs = 0;
    for (int i = 0; i < nkws; i++)
        if (!kws[i]->arg) { mustdictunpack = 1; break; }
    for (int i = 0; i < nargs; i++) {
        if (args[i]->kind == E_STARRED) {
            if (nseen) {
                addop_i(c, OP_BUILD_TUPLE, nseen);
                nseen = 0;
                nsubargs++;
            }
            visit_expr(c, args[i]->a);
            nsubargs++;
        } else {
            visit_expr(c, args[i]);
            nseen++;
        }
    }
    if (nsubargs || mustdictunpack) {
        if (nseen) {
            addop_i(c, OP_BUILD_TUPLE, nseen);
            nsubargs++;
        }
        if (nsubargs > 1) addop_i(c, OP_BUILD_TUPLE_UNPACK_WITH_CALL, nsubargs);
        else if (nsubargs == 0) addop_i(c, OP_BUILD_TUPLE, 0);
        nseen = 0;
        for (int i = 0; i < nkws; i++) {
            if (!kws[i]->arg) {
                if (nseen) {
                    subkwargs(c, kws, i - nseen, i);
                    nsubkwargs++;
                    nseen = 0;
                }
                visit_expr(c, kws[i]->value);
                nsubkwargs++;
            } else {
                nseen++;
            }
        }
        if (nseen) {
            subkwargs(c, kws, nkws - nseen, nkws);
            nsubkwargs++;
        }
        if (nsubkwargs > 1) addop_i(c, OP_BUILD_MAP_UNPACK_WITH_CALL, nsubkwargs);
        addop_i(c, OP_CALL_FUNCTION_EX, nsubkwargs > 0);
    } else if (nkws) {
        const char **names = c_alloc(c, (size_t)nkws * sizeof *names);
        for (int i = 0; i < nkws; i++) {
            visit_expr(c, kws[i]->value);
            names[i] = kws[i]->arg;
        }
        load_const(c, names_tuple(c, names, nkws));
        addop_i(c, OP_CALL_FUNCTION_KW, n + nargs + nkws);
    } else {
        addop_i(c, OP_CALL_FUNCTION, n + nargs);
    }
}

static void call(Compiler *c, Expr *e)
{
    Expr *meth = e->a;
    int simple = meth->kind == E_ATTR && meth->ctx == CTX_LOAD && e->nkws == 0;
    for (int i = 0; simple && i < e->n; i++)
        if (e->elts[i]->kind == E_STARRED) simple = 0;
    if (simple) {
        visit_expr(c, meth->a);
        addop_name(c, OP_LOAD_METHOD, meth->id);
        visit_exprs(c, e->elts, e->n);
        addop_i(c, OP_CALL_METHOD, e->n);
        return;
    }
    check_caller(c, e->a);
    visit_expr(c, e->a);
    call_helper(c, 0, e->elts, e->n, e->kws, e->nkws);
}

static void slice_parts(Compiler *c, Expr *s)
{
    if (s->a) visit_expr(c, s->a); else load_const(c, none_const(c));
    if (s->b) visit_expr(c, s->b); else load_const(c, none_const(c));
    if (s->c) visit_expr(c, s->c);
    addop_i(c, OP_BUILD_SLICE, s->c ? 3 : 2);
}

static void visit_slice(Compiler *c, Expr *s, ExprCtx ctx)
{
    if (ctx != CTX_AUGSTORE) {
        if (s->kind == E_INDEX) {
            visit_expr(c, s->a);
        } else if (s->kind == E_SLICE) {
            slice_parts(c, s);
        } else {
            for (int i = 0; i < s->n; i++) {
                if (s->elts[i]->kind == E_INDEX) visit_expr(c, s->elts[i]->a);
                else slice_parts(c, s->elts[i]);
            }
            addop_i(c, OP_BUILD_TUPLE, s->n);
        }
    }
    int op = ctx == CTX_LOAD || ctx == CTX_AUGLOAD ? OP_BINARY_SUBSCR : ctx == CTX_DEL ? OP_DELETE_SUBSCR : OP_STORE_SUBSCR;
    if (ctx == CTX_AUGLOAD) addop(c, OP_DUP_TOP_TWO);
    else if (ctx == CTX_AUGSTORE) addop(c, OP_ROT_THREE);
    addop(c, op);
}

static void attribute(Compiler *c, Expr *e, ExprCtx ctx)
{
    if (ctx != CTX_AUGSTORE) visit_expr(c, e->a);
    switch (ctx) {
    case CTX_AUGLOAD: addop(c, OP_DUP_TOP); /* fall through */
    case CTX_LOAD: addop_name(c, OP_LOAD_ATTR, e->id); break;
    case CTX_AUGSTORE: addop(c, OP_ROT_TWO); /* fall through */
    case CTX_STORE: addop_name(c, OP_STORE_ATTR, e->id); break;
    case CTX_DEL: addop_name(c, OP_DELETE_ATTR, e->id); break;
    }
}

static void subscript(Compiler *c, Expr *e, ExprCtx ctx)
{
    if (ctx == CTX_LOAD)
        check_subscript(c, e);
    if (ctx != CTX_AUGSTORE) visit_expr(c, e->a);
    visit_slice(c, e->b, ctx);
}

static void boolop(Compiler *c, Expr *e)
{
    int jump = e->op == BOOL_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    Block *end = new_block(c);
    for (int i = 0; i < e->n - 1; i++) {
        visit_expr(c, e->elts[i]);
        addop_j(c, jump, end);
    }
    visit_expr(c, e->elts[e->n - 1]);
    use_next_block(c, end);
}

static void ifexp(Compiler *c, Expr *e)
{
    Block *end = new_block(c), *next = new_block(c);
    jump_if(c, e->a, next, 0);
    visit_expr(c, e->b);
    addop_j(c, OP_JUMP_FORWARD, end);
    use_next_block(c, next);
    visit_expr(c, e->c);
    use_next_block(c, end);
}

static void formatted_value(Compiler *c, Expr *e)
{
    visit_expr(c, e->a);
    int arg = e->op == 's' ? 1 : e->op == 'r' ? 2 : e->op == 'a' ? 3 : 0;
    if (e->b) {
        visit_expr(c, e->b);
        arg |= 0x04;
    }
    addop_i(c, OP_FORMAT_VALUE, arg);
}

static void visit_expr1(Compiler *c, Expr *e)
{
    switch (e->kind) {
    case E_BOOLOP: boolop(c, e); break;
    case E_BINOP:
        visit_expr(c, e->a);
        visit_expr(c, e->b);
        addop(c, binop_opcode(e->op, 0));
        break;
    case E_UNARYOP: {
        static const uint8_t ops[] = { [UOP_INVERT] = OP_UNARY_INVERT, [UOP_NOT] = OP_UNARY_NOT,
                                       [UOP_UADD] = OP_UNARY_POSITIVE, [UOP_USUB] = OP_UNARY_NEGATIVE };
        visit_expr(c, e->a);
        addop(c, ops[e->op]);
        break;
    }
    case E_LAMBDA: lambda(c, e); break;
    case E_IFEXP: ifexp(c, e); break;
    case E_DICT: dict(c, e); break;
    case E_SET: starunpack(c, e->elts, e->n, OP_BUILD_SET, OP_BUILD_SET, OP_BUILD_SET_UNPACK); break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP: comprehension(c, e); break;
    case E_YIELD:
        if (c->u->ste->type != BLOCK_FUNCTION) c_error(c, "'yield' outside function");
        if (e->op && c->u->ste->coroutine) c_error(c, "'yield from' inside async function");
        if (e->op) {
            visit_expr(c, e->a);
            addop(c, OP_GET_YIELD_FROM_ITER);
            yield_from_tos(c);
        } else {
            if (e->a) visit_expr(c, e->a); else load_const(c, none_const(c));
            addop(c, OP_YIELD_VALUE);
        }
        break;
    case E_AWAIT:
        if (c->u->ste->type != BLOCK_FUNCTION) c_error(c, "'await' outside function");
        if (c->u->scope != SCOPE_COMPREHENSION) require_async(c, "'await' outside async function");
        visit_expr(c, e->a);
        await_tos(c);
        break;
    case E_NAMEDEXPR:
        visit_expr(c, e->b);
        addop(c, OP_DUP_TOP);
        visit_expr(c, e->a);
        break;
    case E_COMPARE: compare(c, e); break;
    case E_CALL: call(c, e); break;
    case E_CONST:
        load_const(c, e->value);
        break;
    case E_JOINEDSTR:
        visit_exprs(c, e->elts, e->n);
        if (e->n != 1) addop_i(c, OP_BUILD_STRING, e->n);
        break;
    case E_FORMATTED: formatted_value(c, e); break;
    case E_ATTR: attribute(c, e, e->ctx); break;
    case E_SUBSCRIPT: subscript(c, e, e->ctx); break;
    case E_STARRED:
        c_error(c, e->ctx == CTX_STORE ? "starred assignment target must be in a list or tuple"
                                       : "can't use starred expression here");
    case E_NAME: nameop(c, e->id, e->ctx); break;
    case E_LIST: case E_TUPLE: sequence(c, e); break;
    case E_SLICE: case E_INDEX: case E_EXTSLICE:
        c_error(c, "invalid slice");
    }
}

static void visit_expr(Compiler *c, Expr *e)
{
    c_check_stack(c);
    Unit *u = c->u;
    int old_lineno = u->lineno, old_col = u->col;
    if (e->lineno != u->lineno) set_line(c, e->lineno);
    u->col = e->col;
    visit_expr1(c, e);
    if (old_lineno != u->lineno) set_line(c, old_lineno);
    u->col = old_col;
}

static void jump_if(Compiler *c, Expr *e, Block *next, int cond)
{
    switch (e->kind) {
    case E_UNARYOP:
        if (e->op == UOP_NOT) {
            jump_if(c, e->a, next, !cond);
            return;
        }
        break;
    case E_BOOLOP: {
        int cond2 = e->op == BOOL_OR;
        Block *next2 = next;
        if (!cond2 != !cond) next2 = new_block(c);
        for (int i = 0; i < e->n - 1; i++) jump_if(c, e->elts[i], next2, cond2);
        jump_if(c, e->elts[e->n - 1], next, cond);
        if (next2 != next) use_next_block(c, next2);
        return;
    }
    case E_IFEXP: {
        Block *end = new_block(c), *next2 = new_block(c);
        jump_if(c, e->a, next2, 0);
        jump_if(c, e->b, next, cond);
        addop_j(c, OP_JUMP_FORWARD, end);
        use_next_block(c, next2);
        jump_if(c, e->c, next, cond);
        use_next_block(c, end);
        return;
    }
    case E_COMPARE: {
        int n = e->n - 1;
        if (n > 0) {
            check_compare(c, e);
            Block *cleanup = new_block(c);
            visit_expr(c, e->a);
            for (int i = 0; i < n; i++) {
                visit_expr(c, e->elts[i]);
                addop(c, OP_DUP_TOP);
                addop(c, OP_ROT_THREE);
                addop_i(c, OP_COMPARE_OP, cmp_opcode_arg(e->cmpops[i]));
                addop_j(c, OP_POP_JUMP_IF_FALSE, cleanup);
                next_block(c);
            }
            visit_expr(c, e->elts[n]);
            addop_i(c, OP_COMPARE_OP, cmp_opcode_arg(e->cmpops[n]));
            addop_j(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
            Block *end = new_block(c);
            addop_j(c, OP_JUMP_FORWARD, end);
            use_next_block(c, cleanup);
            addop(c, OP_POP_TOP);
            if (!cond) addop_j(c, OP_JUMP_FORWARD, next);
            use_next_block(c, end);
            return;
        }
        break;
    }
    default:
        break;
    }
    visit_expr(c, e);
    addop_j(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
}

/* ---- statements ------------------------------------------------------------------ */

static int expr_constant(Expr *e) { return e->kind == E_CONST ? ast_const_truth(e->value) : -1; }

/* Whether a module or class body holds an annotated assignment (outside
 * nested functions and classes), as 3.8's find_ann. */
static int find_ann(Stmt **s, int n)
{
    for (int i = 0; i < n; i++) {
        Stmt *st = s[i];
        switch (st->kind) {
        case S_ANNASSIGN: return 1;
        case S_FOR: case S_WHILE: case S_IF:
            if (find_ann(st->body, st->nbody) || find_ann(st->orelse, st->norelse)) return 1;
            break;
        case S_WITH:
            if (find_ann(st->body, st->nbody)) return 1;
            break;
        case S_MATCH:
            for (int j = 0; j < st->ncases; j++)
                if (find_ann(st->cases[j]->body, st->cases[j]->nbody)) return 1;
            break;
        case S_TRY:
            for (int j = 0; j < st->nhandlers; j++)
                if (find_ann(st->handlers[j]->body, st->handlers[j]->nbody)) return 1;
            if (find_ann(st->body, st->nbody) || find_ann(st->final, st->nfinal) || find_ann(st->orelse, st->norelse))
                return 1;
            break;
        default:
            break;
        }
    }
    return 0;
}

static void body_with_docstring(Compiler *c, Stmt **stmts, int n)
{
    int i = 0;
    if (c->u->scope == SCOPE_MODULE && !c->u->lineno && n) c->u->lineno = stmts[0]->lineno;
    if (find_ann(stmts, n)) addop(c, OP_SETUP_ANNOTATIONS);
    if (!n) return;
    AstConst *doc = docstring(c, stmts, n);
    if (doc) {
        i = 1;
        visit_expr(c, stmts[0]->value);
        nameop(c, "__doc__", CTX_STORE);
    }
    for (; i < n; i++) visit_stmts(c, &stmts[i], 1);
}

/* An annotation's value: itself, or under PEP 563 its source text. */
static void visit_annotation(Compiler *c, Expr *e)
{
    if (!c->postponed) {
        visit_expr(c, e);
        return;
    }
    const char *why = NULL;
    const char *text = unparse_expr(c->arena, e, &why);
    if (!text && !why) c_nomem(c);
    if (!text) {
        char msg[160];
        snprintf(msg, sizeof msg, "gilvm cannot postpone an annotation holding %s (from __future__ import annotations)", why);
        c_error(c, msg);
    }
    load_const(c, str_const(c, text));
}

static void arg_annotations(Compiler *c, Arg **v, int n, const char **names, int *k)
{
    for (int i = 0; i < n; i++) {
        if (!v[i]->annotation) continue;
        visit_annotation(c, v[i]->annotation);
        names[(*k)++] = mangle(c, v[i]->name);
    }
}

/* 3.8's compiler_visit_annotations: note it visits args before posonly. */
static int annotations(Compiler *c, Arguments *a, Expr *returns)
{
    const char **names = c_alloc(c, (size_t)(a->nargs + a->nposonly + a->nkwonly + 3) * sizeof *names);
    int k = 0;
    arg_annotations(c, a->args, a->nargs, names, &k);
    arg_annotations(c, a->posonly, a->nposonly, names, &k);
    if (a->vararg) arg_annotations(c, &a->vararg, 1, names, &k);
    arg_annotations(c, a->kwonly, a->nkwonly, names, &k);
    if (a->kwarg) arg_annotations(c, &a->kwarg, 1, names, &k);
    if (returns) {
        visit_annotation(c, returns);
        names[k++] = "return";
    }
    if (!k) return 0;
    load_const(c, names_tuple(c, names, k));
    addop_i(c, OP_BUILD_CONST_KEY_MAP, k);
    return 0x04;
}

static void function_def(Compiler *c, Stmt *s)
{
    visit_exprs(c, s->decos, s->ndecos);
    int firstlineno = s->ndecos ? s->decos[0]->lineno : s->lineno;
    int flags = default_arguments(c, s->args);
    flags |= annotations(c, s->args, s->annotation);
    if (c->noemit) {
        nameop(c, s->name, CTX_STORE);
        return;
    }
    enter_scope(c, s->name, SCOPE_FUNCTION, s->ste, firstlineno);
    AstConst *doc = docstring(c, s->body, s->nbody);
    add_const(c, doc ? doc : none_const(c));
    c->u->argcount = s->args->nargs;
    c->u->posonlyargcount = s->args->nposonly;
    c->u->kwonlyargcount = s->args->nkwonly;
    visit_stmts(c, s->body, s->nbody);
    Object *co = assemble(c, 1);
    const char *qualname = c->u->qualname;
    exit_scope(c);
    make_closure(c, co, flags, qualname);
    for (int i = 0; i < s->ndecos; i++) addop_i(c, OP_CALL_FUNCTION, 1);
    nameop(c, s->name, CTX_STORE);
}

static void class_def(Compiler *c, Stmt *s)
{
    visit_exprs(c, s->decos, s->ndecos);
    int firstlineno = s->ndecos ? s->decos[0]->lineno : s->lineno;
    if (c->noemit) {
        nameop(c, s->name, CTX_STORE);
        return;
    }
    enter_scope(c, s->name, SCOPE_CLASS, s->ste, firstlineno);
    c->u->private_name = s->name;
    nameop(c, "__name__", CTX_LOAD);
    nameop(c, "__module__", CTX_STORE);
    load_const(c, str_const(c, c->u->qualname));
    nameop(c, "__qualname__", CTX_STORE);
    body_with_docstring(c, s->body, s->nbody);
    if (s->ste->needs_class_closure) {
        addop_i(c, OP_LOAD_CLOSURE, names_find(&c->u->cellvars, "__class__"));
        addop(c, OP_DUP_TOP);
        nameop(c, "__classcell__", CTX_STORE);
    } else {
        load_const(c, none_const(c));
    }
    addop(c, OP_RETURN_VALUE);
    Object *co = assemble(c, 1);
    exit_scope(c);
    addop(c, OP_LOAD_BUILD_CLASS);
    make_closure(c, co, 0, s->name);
    load_const(c, str_const(c, s->name));
    call_helper(c, 2, s->targets, s->ntargets, s->kws, s->nkws);
    for (int i = 0; i < s->ndecos; i++) addop_i(c, OP_CALL_FUNCTION, 1);
    nameop(c, s->name, CTX_STORE);
}

static void unwind_fblock(Compiler *c, Fblock *f, int preserve_tos)
{
    switch (f->type) {
    case FB_WHILE:
        return;
    case FB_FINALLY_END:   /* only a try's finally body holds statements that leave it */
        f->left = 1;
        addop_i(c, OP_POP_FINALLY, preserve_tos);
        if (preserve_tos) addop(c, OP_ROT_TWO);
        addop(c, OP_POP_TOP);   /* the placeholder slot */
        return;
    case FB_FOR:
        if (preserve_tos) addop(c, OP_ROT_TWO);
        addop(c, OP_POP_TOP);
        return;
    case FB_EXCEPT:
        addop(c, OP_POP_BLOCK);
        return;
    case FB_FINALLY_TRY:
        addop(c, OP_POP_BLOCK);
        addop_j(c, OP_CALL_FINALLY, f->exit);
        return;
    case FB_FINALLY_TRY_SLOT:   /* a returned value takes the slot's place */
        addop(c, OP_POP_BLOCK);
        if (preserve_tos) {
            addop(c, OP_ROT_TWO);
            addop(c, OP_POP_TOP);
            addop_j(c, OP_CALL_FINALLY, f->exit);
        } else {
            addop_j(c, OP_CALL_FINALLY, f->exit);
            addop(c, OP_POP_TOP);
        }
        return;
    case FB_WITH: case FB_ASYNC_WITH:
        addop(c, OP_POP_BLOCK);
        if (preserve_tos) addop(c, OP_ROT_TWO);
        addop(c, OP_BEGIN_FINALLY);
        addop(c, OP_WITH_CLEANUP_START);
        if (f->type == FB_ASYNC_WITH) await_tos(c);
        addop(c, OP_WITH_CLEANUP_FINISH);
        addop_i(c, OP_POP_FINALLY, 0);
        return;
    case FB_HANDLER_CLEANUP:
        if (preserve_tos) addop(c, OP_ROT_FOUR);
        if (f->exit) {
            addop(c, OP_POP_BLOCK);
            addop(c, OP_POP_EXCEPT);
            addop_j(c, OP_CALL_FINALLY, f->exit);
        } else {
            addop(c, OP_POP_EXCEPT);
        }
        return;
    case FB_EXCEPT_STAR:   /* python3's rule: the clause's exception must reach the end */
        c_error(c, "'break', 'continue' and 'return' cannot appear in an except* block");
    }
}

static void return_stmt(Compiler *c, Stmt *s)
{
    int preserve_tos = s->value && s->value->kind != E_CONST;
    if (c->u->ste->type != BLOCK_FUNCTION) c_error(c, "'return' outside function");
    if (s->value && c->u->ste->coroutine && c->u->ste->generator)
        c_error(c, "'return' with value in async generator");
    if (preserve_tos) visit_expr(c, s->value);
    for (int d = c->u->nfb; d--;) unwind_fblock(c, &c->u->fb[d], preserve_tos);
    if (!s->value) load_const(c, none_const(c));
    else if (!preserve_tos) visit_expr(c, s->value);
    addop(c, OP_RETURN_VALUE);
}

static void break_stmt(Compiler *c)
{
    for (int d = c->u->nfb; d--;) {
        Fblock *f = &c->u->fb[d];
        unwind_fblock(c, f, 0);
        if (f->type == FB_WHILE || f->type == FB_FOR) {
            addop_j(c, OP_JUMP_ABSOLUTE, f->exit);
            return;
        }
    }
    c_error(c, "'break' outside loop");
}

static void continue_stmt(Compiler *c)
{
    for (int d = c->u->nfb; d--;) {
        Fblock *f = &c->u->fb[d];
        if (f->type == FB_WHILE || f->type == FB_FOR) {
            addop_j(c, OP_JUMP_ABSOLUTE, f->block);
            return;
        }
        unwind_fblock(c, f, 0);
    }
    c_error(c, "'continue' not properly in loop");
}

static void if_stmt(Compiler *c, Stmt *s)
{
    Block *end = new_block(c);
    int constant = expr_constant(s->test);
    if (constant == 0) {
        c->noemit++;
        visit_stmts(c, s->body, s->nbody);
        c->noemit--;
        visit_stmts(c, s->orelse, s->norelse);
    } else if (constant == 1) {
        visit_stmts(c, s->body, s->nbody);
        c->noemit++;
        visit_stmts(c, s->orelse, s->norelse);
        c->noemit--;
    } else {
        Block *next = s->norelse ? new_block(c) : end;
        jump_if(c, s->test, next, 0);
        visit_stmts(c, s->body, s->nbody);
        if (s->norelse) {
            addop_j(c, OP_JUMP_FORWARD, end);
            use_next_block(c, next);
            visit_stmts(c, s->orelse, s->norelse);
        }
    }
    use_next_block(c, end);
}

static void while_stmt(Compiler *c, Stmt *s)
{
    int constant = expr_constant(s->test);
    if (constant == 0) {
        c->noemit++;
        push_fblock(c, FB_WHILE, NULL, NULL);
        visit_stmts(c, s->body, s->nbody);
        pop_fblock(c);
        c->noemit--;
        visit_stmts(c, s->orelse, s->norelse);
        return;
    }
    Block *loop = new_block(c), *end = new_block(c), *anchor = NULL;
    if (constant == -1) anchor = new_block(c);
    use_next_block(c, loop);
    push_fblock(c, FB_WHILE, loop, end);
    if (constant == -1) jump_if(c, s->test, anchor, 0);
    visit_stmts(c, s->body, s->nbody);
    addop_j(c, OP_JUMP_ABSOLUTE, loop);
    if (constant == -1) use_next_block(c, anchor);
    pop_fblock(c);
    visit_stmts(c, s->orelse, s->norelse);
    use_next_block(c, end);
}

static void async_for_stmt(Compiler *c, Stmt *s)
{
    Block *start = new_block(c), *except = new_block(c), *end = new_block(c);
    require_async(c, "'async for' outside async function");
    visit_expr(c, s->value);
    addop(c, OP_GET_AITER);
    use_next_block(c, start);
    push_fblock(c, FB_FOR, start, end);
    addop_j(c, OP_SETUP_FINALLY, except);   /* StopAsyncIteration from __anext__ ends the loop */
    addop(c, OP_GET_ANEXT);
    yield_from_tos(c);
    addop(c, OP_POP_BLOCK);
    visit_expr(c, s->target);
    visit_stmts(c, s->body, s->nbody);
    addop_j(c, OP_JUMP_ABSOLUTE, start);
    pop_fblock(c);
    use_next_block(c, except);
    addop(c, OP_END_ASYNC_FOR);
    visit_stmts(c, s->orelse, s->norelse);
    use_next_block(c, end);
}

static void for_stmt(Compiler *c, Stmt *s)
{
    if (s->op) {
        async_for_stmt(c, s);
        return;
    }
    Block *start = new_block(c), *cleanup = new_block(c), *end = new_block(c);
    push_fblock(c, FB_FOR, start, end);
    visit_expr(c, s->value);
    addop(c, OP_GET_ITER);
    use_next_block(c, start);
    addop_j(c, OP_FOR_ITER, cleanup);
    visit_expr(c, s->target);
    visit_stmts(c, s->body, s->nbody);
    addop_j(c, OP_JUMP_ABSOLUTE, start);
    use_next_block(c, cleanup);
    pop_fblock(c);
    visit_stmts(c, s->orelse, s->norelse);
    use_next_block(c, end);
}

/* jump_op (a POP_JUMP) to target on whether TOS is None, TOS kept: the
 * test of CHECK_EG_MATCH's, MATCH_KEYS' and MATCH_CLASS's None result. */
static void jump_on_none(Compiler *c, int jump_op, Block *target)
{
    addop(c, OP_DUP_TOP);
    load_const(c, none_const(c));
    addop_i(c, OP_COMPARE_OP, CMPOP_IS);
    addop_j(c, jump_op, target);
}

/* A try's body under SETUP_FINALLY except: on to orelse when it ends, the
 * code that follows being the handler. */
static void try_body(Compiler *c, Stmt *s, Block *except, Block *orelse)
{
    Block *body = new_block(c);
    addop_j(c, OP_SETUP_FINALLY, except);
    use_next_block(c, body);
    push_fblock(c, FB_EXCEPT, body, NULL);
    visit_stmts(c, s->body, s->nbody);
    addop(c, OP_POP_BLOCK);
    pop_fblock(c);
    addop_j(c, OP_JUMP_FORWARD, orelse);
    use_next_block(c, except);
}

/* `except E as n` leaves n unbound, as 3.8: n = None; del n. */
static void delete_handler_name(Compiler *c, ExceptHandler *h)
{
    if (!h->name) return;
    load_const(c, none_const(c));
    nameop(c, h->name, CTX_STORE);
    nameop(c, h->name, CTX_DEL);
}

static void try_except(Compiler *c, Stmt *s)
{
    Block *except = new_block(c), *orelse = new_block(c), *end = new_block(c);
    try_body(c, s, except, orelse);
    for (int i = 0; i < s->nhandlers; i++) {
        ExceptHandler *h = s->handlers[i];
        set_line(c, h->lineno);
        c->u->col = h->col;
        except = new_block(c);
        if (h->type) {
            addop(c, OP_DUP_TOP);
            visit_expr(c, h->type);
            addop_i(c, OP_COMPARE_OP, CMPOP_EXC_MATCH);
            addop_j(c, OP_POP_JUMP_IF_FALSE, except);
        }
        addop(c, OP_POP_TOP);
        if (h->name) {
            Block *cleanup_end = new_block(c), *cleanup_body = new_block(c);
            nameop(c, h->name, CTX_STORE);
            addop(c, OP_POP_TOP);
            addop_j(c, OP_SETUP_FINALLY, cleanup_end);
            use_next_block(c, cleanup_body);
            push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, cleanup_end);
            visit_stmts(c, h->body, h->nbody);
            addop(c, OP_POP_BLOCK);
            addop(c, OP_BEGIN_FINALLY);
            pop_fblock(c);
            use_next_block(c, cleanup_end);
            push_fblock(c, FB_FINALLY_END, cleanup_end, NULL);
            load_const(c, none_const(c));
            nameop(c, h->name, CTX_STORE);
            nameop(c, h->name, CTX_DEL);
            addop(c, OP_END_FINALLY);
            addop(c, OP_POP_EXCEPT);
            pop_fblock(c);
        } else {
            Block *cleanup_body = new_block(c);
            addop(c, OP_POP_TOP);
            addop(c, OP_POP_TOP);
            use_next_block(c, cleanup_body);
            push_fblock(c, FB_HANDLER_CLEANUP, cleanup_body, NULL);
            visit_stmts(c, h->body, h->nbody);
            pop_fblock(c);
            addop(c, OP_POP_EXCEPT);
        }
        addop_j(c, OP_JUMP_FORWARD, end);
        use_next_block(c, except);
    }
    addop(c, OP_END_FINALLY);
    use_next_block(c, orelse);
    visit_stmts(c, s->orelse, s->norelse);
    use_next_block(c, end);
}

/* One except* clause, S: orig list rest -> orig list rest'.  It takes
 * its part of rest (CHECK_EG_MATCH), binds or drops it, and runs the body
 * under a SETUP_FINALLY whose handler puts what the body raised on the
 * list (the name deleted either way). */
static void star_handler(Compiler *c, ExceptHandler *h)
{
    Block *cleanup = new_block(c), *no_match = new_block(c), *next = new_block(c);
    set_line(c, h->lineno);
    c->u->col = h->col;
    visit_expr(c, h->type);
    addop(c, OP_CHECK_EG_MATCH);
    jump_on_none(c, OP_POP_JUMP_IF_TRUE, no_match);
    if (h->name) nameop(c, h->name, CTX_STORE);
    else addop(c, OP_POP_TOP);
    addop_j(c, OP_SETUP_FINALLY, cleanup);
    next_block(c);
    push_fblock(c, FB_EXCEPT_STAR, NULL, NULL);
    visit_stmts(c, h->body, h->nbody);
    pop_fblock(c);
    addop(c, OP_POP_BLOCK);
    delete_handler_name(c, h);
    addop_j(c, OP_JUMP_FORWARD, next);
    use_next_block(c, cleanup);   /* S: orig list rest, saved triple, tb exc type */
    delete_handler_name(c, h);
    addop(c, OP_POP_TOP);
    addop(c, OP_ROT_TWO);
    addop(c, OP_POP_TOP);
    addop_i(c, OP_LIST_APPEND, 5);
    addop(c, OP_POP_EXCEPT);
    addop_j(c, OP_JUMP_FORWARD, next);
    use_next_block(c, no_match);
    addop(c, OP_POP_TOP);
    use_next_block(c, next);
}

/* try with except* clauses (PEP 654), python3.11's CHECK_EG_MATCH and
 * PREP_RERAISE_STAR over 3.8's blocks.  The handler keeps, of the triple
 * it is entered with, the exception (orig), and works on
 *     S: saved triple, orig, list of what clauses raised, rest
 * rest being what is still to match (None once all is).  After the
 * clauses rest joins the list, PREP_RERAISE_STAR makes of them the one
 * exception to raise on, and RERAISE raises it with its traceback as it
 * is; None ends the handler as an except clause's end does. */
static void try_star(Compiler *c, Stmt *s)
{
    Block *except = new_block(c), *orelse = new_block(c), *reraise = new_block(c), *end = new_block(c);
    try_body(c, s, except, orelse);
    addop(c, OP_POP_TOP);           /* tb exc type -> exc */
    addop(c, OP_ROT_TWO);
    addop(c, OP_POP_TOP);
    addop(c, OP_DUP_TOP);           /* -> orig [] rest */
    addop_i(c, OP_BUILD_LIST, 0);
    addop(c, OP_ROT_TWO);
    for (int i = 0; i < s->nhandlers; i++) star_handler(c, s->handlers[i]);
    addop_i(c, OP_LIST_APPEND, 1);  /* -> orig list -> what to raise */
    addop(c, OP_PREP_RERAISE_STAR);
    jump_on_none(c, OP_POP_JUMP_IF_FALSE, reraise);
    addop(c, OP_POP_TOP);
    addop(c, OP_POP_EXCEPT);
    addop_j(c, OP_JUMP_FORWARD, end);
    use_next_block(c, reraise);
    addop_i(c, OP_RERAISE, 0);
    use_next_block(c, orelse);
    visit_stmts(c, s->orelse, s->norelse);
    use_next_block(c, end);
}

static void try_stmt(Compiler *c, Stmt *s)
{
    if (!s->nfinal) {
        if (s->op) try_star(c, s);
        else try_except(c, s);
        return;
    }
    /* As 3.8: the finally body is compiled first, to learn whether a
     * statement in it leaves it (its constants and names come first too);
     * the try part is then spliced in ahead of it. */
    Block *start = c->u->cur, *end = new_block(c), *body = new_block(c);
    use_next_block(c, end);
    push_fblock(c, FB_FINALLY_END, end, NULL);
    visit_stmts(c, s->final, s->nfinal);
    addop(c, OP_END_FINALLY);
    int slot = c->u->fb[c->u->nfb - 1].left;
    if (slot) addop(c, OP_POP_TOP);
    pop_fblock(c);
    Block *final_end = c->u->cur;

    c->u->cur = start;
    next_block(c);
    set_line(c, s->lineno);
    c->u->col = s->col;
    if (slot) load_const(c, none_const(c));
    addop_j(c, OP_SETUP_FINALLY, end);
    use_next_block(c, body);
    push_fblock(c, slot ? FB_FINALLY_TRY_SLOT : FB_FINALLY_TRY, body, end);
    if (s->op) try_star(c, s);
    else if (s->nhandlers) try_except(c, s);
    else visit_stmts(c, s->body, s->nbody);
    addop(c, OP_POP_BLOCK);
    addop(c, OP_BEGIN_FINALLY);
    pop_fblock(c);
    c->u->cur->next = end;
    c->u->cur = final_end;
}

/* async with awaits __aenter__()'s result on entry and __aexit__()'s on
 * the way out; otherwise it is a with. */
static void with_stmt(Compiler *c, Stmt *s, int pos)
{
    WithItem *item = s->items[pos];
    Block *block = new_block(c), *finally = new_block(c);
    if (s->op)
        require_async(c, "'async with' outside async function");
    visit_expr(c, item->ctx_expr);
    if (s->op) {
        addop(c, OP_BEFORE_ASYNC_WITH);
        await_tos(c);
        addop_j(c, OP_SETUP_ASYNC_WITH, finally);
    } else {
        addop_j(c, OP_SETUP_WITH, finally);
    }
    use_next_block(c, block);
    push_fblock(c, s->op ? FB_ASYNC_WITH : FB_WITH, block, finally);
    if (item->vars) visit_expr(c, item->vars);
    else addop(c, OP_POP_TOP);
    if (++pos == s->nitems) visit_stmts(c, s->body, s->nbody);
    else with_stmt(c, s, pos);
    addop(c, OP_POP_BLOCK);
    addop(c, OP_BEGIN_FINALLY);
    pop_fblock(c);
    use_next_block(c, finally);
    push_fblock(c, FB_FINALLY_END, finally, NULL);
    addop(c, OP_WITH_CLEANUP_START);
    if (s->op) await_tos(c);
    addop(c, OP_WITH_CLEANUP_FINISH);
    addop(c, OP_END_FINALLY);
    pop_fblock(c);
}

static void assert_stmt(Compiler *c, Stmt *s)
{
    if (c->level)
        return;
    const Expr *t = s->test;
    if ((t->kind == E_TUPLE && t->n > 0) || (t->kind == E_CONST && t->value->kind == CK_TUPLE && t->value->n > 0))
        c_warn(c, "assertion is always true, perhaps remove parentheses?");
    Block *end = new_block(c);
    jump_if(c, s->test, end, 1);
    addop_name(c, OP_LOAD_GLOBAL, "AssertionError");
    if (s->msg) {
        visit_expr(c, s->msg);
        addop_i(c, OP_CALL_FUNCTION, 1);
    }
    addop_i(c, OP_RAISE_VARARGS, 1);
    use_next_block(c, end);
}

static void import_stmt(Compiler *c, Stmt *s)
{
    for (int i = 0; i < s->nnames; i++) {
        Alias *a = s->names[i];
        load_const(c, int_const(c, 0));
        load_const(c, none_const(c));
        addop_name(c, OP_IMPORT_NAME, a->name);
        const char *dot = strchr(a->name, '.');
        if (a->asname) {
            if (dot) {
                const char *pos = dot + 1;
                for (;;) {
                    const char *nd = strchr(pos, '.');
                    size_t len = nd ? (size_t)(nd - pos) : strlen(pos);
                    char *attr = ast_strndup(c->arena, pos, len);
                    if (!attr) c_nomem(c);
                    addop_name(c, OP_IMPORT_FROM, attr);
                    if (!nd) break;
                    addop(c, OP_ROT_TWO);
                    addop(c, OP_POP_TOP);
                    pos = nd + 1;
                }
                nameop(c, a->asname, CTX_STORE);
                addop(c, OP_POP_TOP);
            } else {
                nameop(c, a->asname, CTX_STORE);
            }
        } else {
            const char *store = a->name;
            if (dot) {
                char *t = ast_strndup(c->arena, a->name, (size_t)(dot - a->name));
                if (!t) c_nomem(c);
                store = t;
            }
            nameop(c, store, CTX_STORE);
        }
    }
}

/* The features a future statement may name: all already the language
 * gilvm compiles, as CPython 3.8's compiler knows them. */
static const char *const future_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
};

/* CPython's rules for `from __future__ import ...`: only at the start of
 * the module (after the docstring and other future statements), and only
 * features it knows.  Then it is an ordinary import of __future__ too. */
static void check_future(Compiler *c, Stmt *s)
{
    bool leading = false;
    for (int i = 0; i < c->nfutures; i++)
        leading |= c->futures[i] == s;
    if (!leading)
        c_error(c, "from __future__ imports must occur at the beginning of the file");
    for (int i = 0; i < s->nnames; i++) {
        const char *name = s->names[i]->name;
        bool known = false;
        for (size_t k = 0; k < sizeof future_features / sizeof *future_features; k++)
            known |= strcmp(name, future_features[k]) == 0;
        if (strcmp(name, "braces") == 0)
            c_error(c, "not a chance");
        if (!known) {
            char msg[160];
            snprintf(msg, sizeof msg, "future feature %.100s is not defined", name);
            c_error(c, msg);
        }
    }
}

static void from_import(Compiler *c, Stmt *s)
{
    if (ast_is_future(s))
        check_future(c, s);
    load_const(c, int_const(c, s->level));
    const char **names = c_alloc(c, (size_t)s->nnames * sizeof *names);
    for (int i = 0; i < s->nnames; i++) names[i] = s->names[i]->name;
    load_const(c, names_tuple(c, names, s->nnames));
    addop_name(c, OP_IMPORT_NAME, s->module ? s->module : "");
    for (int i = 0; i < s->nnames; i++) {
        Alias *a = s->names[i];
        if (i == 0 && a->name[0] == '*') {
            addop(c, OP_IMPORT_STAR);
            return;
        }
        addop_name(c, OP_IMPORT_FROM, a->name);
        nameop(c, a->asname ? a->asname : a->name, CTX_STORE);
    }
    addop(c, OP_POP_TOP);
}

static void augassign(Compiler *c, Stmt *s)
{
    Expr *e = s->target;
    int line = c->u->lineno;
    switch (e->kind) {
    case E_ATTR:
    case E_SUBSCRIPT: {
        if (e->lineno != line) set_line(c, e->lineno);
        if (e->kind == E_ATTR) attribute(c, e, CTX_AUGLOAD);
        else subscript(c, e, CTX_AUGLOAD);
        if (c->u->lineno != line) set_line(c, line);
        visit_expr(c, s->value);
        addop(c, binop_opcode(s->op, 1));
        if (e->lineno != line) set_line(c, e->lineno);
        if (e->kind == E_ATTR) attribute(c, e, CTX_AUGSTORE);
        else subscript(c, e, CTX_AUGSTORE);
        if (c->u->lineno != line) set_line(c, line);
        break;
    }
    default:
        nameop(c, e->id, CTX_LOAD);
        visit_expr(c, s->value);
        addop(c, binop_opcode(s->op, 1));
        nameop(c, e->id, CTX_STORE);
        break;
    }
}

/* Evaluate an expression only for its errors (annotation targets). */
static void check_ann_expr(Compiler *c, Expr *e)
{
    visit_expr(c, e);
    addop(c, OP_POP_TOP);
}

static void annassign(Compiler *c, Stmt *s)
{
    Expr *t = s->target;
    if (s->value) {
        visit_expr(c, s->value);
        visit_expr(c, t);
    }
    int top = c->u->scope == SCOPE_MODULE || c->u->scope == SCOPE_CLASS;
    if (t->kind == E_NAME) {
        if (s->simple && top) {
            visit_annotation(c, s->annotation);
            addop_name(c, OP_LOAD_NAME, "__annotations__");
            load_const(c, str_const(c, mangle(c, t->id)));
            addop(c, OP_STORE_SUBSCR);
        }
    } else if (!s->value) {
        check_ann_expr(c, t->a);
        if (t->kind == E_SUBSCRIPT) {
            Expr *sl = t->b;
            if (sl->kind == E_INDEX) check_ann_expr(c, sl->a);
            else if (sl->kind == E_SLICE) {
                if (sl->a) check_ann_expr(c, sl->a);
                if (sl->b) check_ann_expr(c, sl->b);
                if (sl->c) check_ann_expr(c, sl->c);
            }
        }
    }
    if (!s->simple && top && !c->postponed) check_ann_expr(c, s->annotation);
}

/* ---- match statements -------------------------------------------------------- */

/* A pattern's code finds its value on top of the stack and takes it off.
 * Failing, it jumps to fail[k], k being the number of values then above
 * the base (the subject, under every case but the last, lies below the
 * base); fail[k] pops one value and falls into fail[k - 1], down to the
 * floor, where the next alternative or case begins.  `depth` follows the
 * count as the code is emitted.  An or-pattern's alternatives each have
 * their own failure chain but share the case's `bound`: the names bound
 * so far, to refuse a repeat and to compare the alternatives. */
typedef struct Bound {
    const char **names;
    int n, cap;
} Bound;

typedef struct PatternRun {
    Block **fail;
    int nfail, capfail;
    int depth;
    Bound *bound;
} PatternRun;

static _Noreturn void pattern_error(Compiler *c, const Pattern *p, const char *msg)
{
    c->u->lineno = p->lineno;
    c->u->col = p->col;
    c_error(c, msg);
}

static Block *fail_block(Compiler *c, PatternRun *r)
{
    while (r->nfail <= r->depth) {
        r->fail = c_grow(c, r->fail, r->nfail, &r->capfail, sizeof(Block *));
        r->fail[r->nfail++] = NULL;
    }
    if (!r->fail[r->depth])
        r->fail[r->depth] = new_block(c);
    return r->fail[r->depth];
}

/* op (a POP_JUMP) takes its operand and jumps to the failure block. */
static void fail_if(Compiler *c, PatternRun *r, int op) { addop_j(c, op, fail_block(c, r)); }

/* The failure blocks, deepest first, each popping into the next. */
static void fail_pops(Compiler *c, PatternRun *r, int floor)
{
    for (int k = r->nfail - 1; k >= floor; k--) {
        use_next_block(c, r->fail[k] ? r->fail[k] : new_block(c));
        if (k > floor)
            addop(c, OP_POP_TOP);
    }
}

/* TOS1 op TOS (both counted in depth), failing when false. */
static void fail_unless_compare(Compiler *c, PatternRun *r, int cmp_op)
{
    addop_i(c, OP_COMPARE_OP, cmp_opcode_arg(cmp_op));
    r->depth -= 2;
    fail_if(c, r, OP_POP_JUMP_IF_FALSE);
}

/* Fails when TOS is None (a MATCH_KEYS or MATCH_CLASS that found nothing). */
static void fail_if_none(Compiler *c, PatternRun *r) { jump_on_none(c, OP_POP_JUMP_IF_TRUE, fail_block(c, r)); }

static void bind_name(Compiler *c, PatternRun *r, const Pattern *p, const char *name)
{
    Bound *b = r->bound;
    for (int i = 0; i < b->n; i++) {
        if (strcmp(b->names[i], name) == 0) {
            char msg[160];
            snprintf(msg, sizeof msg, "multiple assignments to name '%s' in pattern", name);
            pattern_error(c, p, msg);
        }
    }
    b->names = c_grow(c, b->names, b->n, &b->cap, sizeof(char *));
    b->names[b->n++] = name;
    nameop(c, name, CTX_STORE);
    r->depth--;
}

/* A capture or the wildcard: matches anything. */
static bool irrefutable(const Pattern *p) { return p->kind == P_AS && !p->pat; }

static void unreachable_after(Compiler *c, const Pattern *p)
{
    char msg[160];
    if (p->name)
        snprintf(msg, sizeof msg, "name capture '%s' makes remaining patterns unreachable", p->name);
    else
        snprintf(msg, sizeof msg, "wildcard makes remaining patterns unreachable");
    pattern_error(c, p, msg);
}

static void pattern(Compiler *c, Pattern *p, PatternRun *r);

/* The n values on top (the first on top) matched by pats in order. */
static void subpatterns(Compiler *c, Pattern **pats, int n, PatternRun *r)
{
    for (int i = 0; i < n; i++)
        pattern(c, pats[i], r);
}

static void sequence_pattern(Compiler *c, Pattern *p, PatternRun *r)
{
    addop(c, OP_MATCH_SEQUENCE);
    fail_if(c, r, OP_POP_JUMP_IF_FALSE);
    addop(c, OP_GET_LEN);
    load_const(c, int_const(c, p->star < 0 ? p->n : p->n - 1));
    r->depth += 2;
    fail_unless_compare(c, r, p->star < 0 ? CMP_OP_EQ : CMP_OP_GTE);
    if (p->star < 0)
        addop_i(c, OP_UNPACK_SEQUENCE, p->n);
    else
        addop_i(c, OP_UNPACK_EX, p->star | (p->n - p->star - 1) << 8);
    r->depth += p->n - 1;
    for (int i = 0; i < p->n; i++) {
        Pattern *sub = p->pats[i];
        if (sub->kind != P_STAR)
            pattern(c, sub, r);
        else if (sub->name)
            bind_name(c, r, sub, sub->name);
        else {
            addop(c, OP_POP_TOP);
            r->depth--;
        }
    }
}

static void duplicate_key(Compiler *c, Pattern *p, const AstConst *k)
{
    char msg[200];
    if (k->kind == CK_STR)
        snprintf(msg, sizeof msg, "mapping pattern checks duplicate key ('%.*s')", (int)k->n, k->s);
    else if (k->kind == CK_INT && !k->n)
        snprintf(msg, sizeof msg, "mapping pattern checks duplicate key (%lld)", (long long)k->i);
    else
        snprintf(msg, sizeof msg, "mapping pattern checks duplicate key");
    pattern_error(c, p, msg);
}

static void mapping_keys(Compiler *c, Pattern *p)
{
    for (int i = 0; i < p->n; i++) {
        Expr *k = p->keys[i];
        for (int j = 0; k->kind == E_CONST && j < i; j++)
            if (p->keys[j]->kind == E_CONST && const_equal(p->keys[j]->value, k->value))
                duplicate_key(c, p, k->value);
        visit_expr(c, k);
    }
    addop_i(c, OP_BUILD_TUPLE, p->n);
}

static void mapping_pattern(Compiler *c, Pattern *p, PatternRun *r)
{
    addop(c, OP_MATCH_MAPPING);
    fail_if(c, r, OP_POP_JUMP_IF_FALSE);
    if (!p->n && !p->name) {
        addop(c, OP_POP_TOP);
        r->depth--;
        return;
    }
    mapping_keys(c, p);
    addop(c, OP_MATCH_KEYS);
    r->depth += 2;
    fail_if_none(c, r);
    addop_i(c, OP_UNPACK_SEQUENCE, p->n);
    r->depth += p->n - 1;
    subpatterns(c, p->pats, p->n, r);
    if (p->name) {
        addop(c, OP_COPY_DICT_WITHOUT_KEYS);
        bind_name(c, r, p, p->name);
    } else {
        addop(c, OP_POP_TOP);
        r->depth--;
    }
    addop(c, OP_POP_TOP);
    r->depth--;
}

static void class_pattern(Compiler *c, Pattern *p, PatternRun *r)
{
    for (int i = 0; i < p->nkwd; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(p->kwd_names[i], p->kwd_names[j]) == 0) {
                char msg[160];
                snprintf(msg, sizeof msg, "attribute name repeated in class pattern: %s", p->kwd_names[i]);
                pattern_error(c, p->kwd_pats[i], msg);
            }
    visit_expr(c, p->value);
    load_const(c, names_tuple(c, p->kwd_names, p->nkwd));
    addop_i(c, OP_MATCH_CLASS, p->n);
    fail_if_none(c, r);
    addop_i(c, OP_UNPACK_SEQUENCE, p->n + p->nkwd);
    r->depth += p->n + p->nkwd - 1;
    subpatterns(c, p->pats, p->n, r);
    subpatterns(c, p->kwd_pats, p->nkwd, r);
}

static bool binds_same(const Bound *b, int from, const char **first, int nfirst)
{
    if (b->n - from != nfirst)
        return false;
    for (int i = from; i < b->n; i++) {
        bool found = false;
        for (int j = 0; j < nfirst && !found; j++)
            found = strcmp(first[j], b->names[i]) == 0;
        if (!found)
            return false;
    }
    return true;
}

/* Each alternative but the last runs on a copy, with its own failure
 * blocks that come back to the value for the next one. */
static void or_pattern(Compiler *c, Pattern *p, PatternRun *r)
{
    Block *end = new_block(c);
    Bound *b = r->bound;
    int from = b->n, base = r->depth, nfirst = 0;
    const char **first = NULL;
    for (int i = 0; i < p->n; i++) {
        Pattern *alt = p->pats[i];
        if (i < p->n - 1 && irrefutable(alt))
            unreachable_after(c, alt);
        b->n = from;
        if (i == p->n - 1) {
            pattern(c, alt, r);
        } else {
            PatternRun own = { .depth = base + 1, .bound = b };
            addop(c, OP_DUP_TOP);
            pattern(c, alt, &own);
            addop(c, OP_POP_TOP);
            addop_j(c, OP_JUMP_FORWARD, end);
            fail_pops(c, &own, base);
        }
        if (i == 0) {
            nfirst = b->n - from;
            first = c_alloc(c, (size_t)(nfirst + 1) * sizeof *first);
            if (nfirst)
                memcpy(first, b->names + from, (size_t)nfirst * sizeof *first);
        } else if (!binds_same(b, from, first, nfirst)) {
            pattern_error(c, p, "alternative patterns bind different names");
        }
    }
    use_next_block(c, end);
}

static void pattern(Compiler *c, Pattern *p, PatternRun *r)
{
    c_check_stack(c);
    switch (p->kind) {
    case P_VALUE: case P_SINGLETON:
        visit_expr(c, p->value);
        r->depth++;
        fail_unless_compare(c, r, p->kind == P_VALUE ? CMP_OP_EQ : CMP_OP_IS);
        break;
    case P_SEQUENCE: sequence_pattern(c, p, r); break;
    case P_MAPPING: mapping_pattern(c, p, r); break;
    case P_CLASS: class_pattern(c, p, r); break;
    case P_OR: or_pattern(c, p, r); break;
    case P_STAR: break;   /* sequence_pattern takes its items itself */
    case P_AS:
        if (p->pat) {
            addop(c, OP_DUP_TOP);
            r->depth++;
            pattern(c, p->pat, r);
        }
        if (p->name) {
            bind_name(c, r, p, p->name);
        } else {
            addop(c, OP_POP_TOP);
            r->depth--;
        }
        break;
    }
}

/* The subject stays on the stack while the cases try it, a copy each but
 * the last; a case that matches pops it before its body runs, so the body
 * sees the stack as the statement found it (break, continue, return). */
static void match_stmt(Compiler *c, Stmt *s)
{
    visit_expr(c, s->value);
    Block *end = new_block(c);
    for (int i = 0; i < s->ncases; i++) {
        MatchCase *mc = s->cases[i];
        bool last = i == s->ncases - 1;
        set_line(c, mc->pattern->lineno);
        c->u->col = mc->pattern->col;
        if (!last && !mc->guard && irrefutable(mc->pattern))
            unreachable_after(c, mc->pattern);
        Bound bound = { 0 };
        PatternRun r = { .depth = 1, .bound = &bound };
        if (!last)
            addop(c, OP_DUP_TOP);
        pattern(c, mc->pattern, &r);
        if (mc->guard)
            jump_if(c, mc->guard, fail_block(c, &r), 0);
        if (!last)
            addop(c, OP_POP_TOP);
        visit_stmts(c, mc->body, mc->nbody);
        addop_j(c, OP_JUMP_FORWARD, end);
        fail_pops(c, &r, 0);
    }
    use_next_block(c, end);
}

static void visit_stmt(Compiler *c, Stmt *s)
{
    c_check_stack(c);
    set_line(c, s->lineno);
    c->u->col = s->col;
    switch (s->kind) {
    case S_FUNCDEF: function_def(c, s); break;
    case S_CLASSDEF: class_def(c, s); break;
    case S_RETURN: return_stmt(c, s); break;
    case S_DELETE: visit_exprs(c, s->targets, s->ntargets); break;
    case S_ASSIGN:
        visit_expr(c, s->value);
        for (int i = 0; i < s->ntargets; i++) {
            if (i < s->ntargets - 1) addop(c, OP_DUP_TOP);
            visit_expr(c, s->targets[i]);
        }
        break;
    case S_AUGASSIGN: augassign(c, s); break;
    case S_ANNASSIGN: annassign(c, s); break;
    case S_FOR: for_stmt(c, s); break;
    case S_WHILE: while_stmt(c, s); break;
    case S_IF: if_stmt(c, s); break;
    case S_RAISE: {
        int n = 0;
        if (s->value) {
            visit_expr(c, s->value);
            n++;
            if (s->msg) {
                visit_expr(c, s->msg);
                n++;
            }
        }
        addop_i(c, OP_RAISE_VARARGS, n);
        break;
    }
    case S_TRY: try_stmt(c, s); break;
    case S_MATCH: match_stmt(c, s); break;
    case S_ASSERT: assert_stmt(c, s); break;
    case S_IMPORT: import_stmt(c, s); break;
    case S_IMPORTFROM: from_import(c, s); break;
    case S_GLOBAL: case S_NONLOCAL: case S_PASS: break;
    case S_EXPR:
        if (c->interactive && !c->u->parent) {   /* 3.8 prints even a constant at the prompt */
            visit_expr(c, s->value);
            addop(c, OP_PRINT_EXPR);
            break;
        }
        if (s->value->kind == E_CONST) break;
        visit_expr(c, s->value);
        addop(c, OP_POP_TOP);
        break;
    case S_BREAK: break_stmt(c); break;
    case S_CONTINUE: continue_stmt(c); break;
    case S_WITH: with_stmt(c, s, 0); break;
    }
}

static void visit_stmts(Compiler *c, Stmt **s, int n)
{
    for (int i = 0; i < n; i++) visit_stmt(c, s[i]);
}

/* ---- entry ----------------------------------------------------------------- */

/* CPython's SyntaxError turns a Python 2 print or exec statement on a line
 * without '(' into a hint (exceptions.c, _report_missing_parentheses). */
static const char *legacy_statement_msg(const char *text, char *buf, size_t cap)
{
    if (strchr(text, '(')) return NULL;
    while (*text == ' ' || *text == '\t') text++;
    if (strncmp(text, "exec ", 5) == 0) return "Missing parentheses in call to 'exec'";
    if (strncmp(text, "print ", 6) != 0) return NULL;
    const char *a = text + 6, *end = strchr(a, ';');
    if (!end) end = a + strlen(a);
    while (a < end && strchr(" \t\r\n", *a)) a++;
    while (end > a && strchr(" \t\r\n", end[-1])) end--;
    int n = (int)(end - a);
    snprintf(buf, cap, "Missing parentheses in call to 'print'. Did you mean print(%.*s%s)?", n, a,
             n > 0 && end[-1] == ',' ? " end=\" \"" : "");
    return buf;
}

/* A quote cut to its buffer may end inside a UTF-8 sequence; no str (so no
 * SyntaxError, but a UnicodeDecodeError) could be made of it.  Drops the
 * incomplete last character (the source itself is already valid). */
static void cut_at_char(char *s)
{
    size_t n = strlen(s), j = n;
    while (j && ((unsigned char)s[j - 1] & 0xc0) == 0x80)
        j--;
    if (!j)
        return;
    unsigned char lead = (unsigned char)s[j - 1];
    size_t want = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (j - 1 + want > n)
        s[j - 1] = 0;
}

static void raise_error(const ParseError *e, const char *filename, const char *src, size_t len)
{
    if (e->kind == PERR_NOMEM) {
        exc_nomemory();
        return;
    }
    if (e->kind == PERR_RAISED)
        return;
    if (e->kind == PERR_RECURSION) {
        exc_set(ExcRecursionError, "maximum recursion depth exceeded during compilation");
        return;
    }
    Type *t = e->kind == PERR_TAB ? ExcTabError : e->kind == PERR_INDENT ? ExcIndentationError : ExcSyntaxError;
    char text[300];
    if (e->filename) {
        snprintf(text, sizeof text, "%s", e->text);
    } else {
        size_t n;
        const char *line = lexer_line_text(src, len, e->line, &n);
        if (n >= sizeof text) n = sizeof text - 1;
        memcpy(text, line, n);
        text[n] = 0;
    }
    cut_at_char(text);
    /* positions are byte columns; CPython reports characters */
    int offset = e->offset;
    for (int i = 0; i < e->offset - 1 && text[i]; i++)
        if (((unsigned char)text[i] & 0xc0) == 0x80) offset--;
    char hint[400];
    const char *msg = t == ExcSyntaxError ? legacy_statement_msg(text, hint, sizeof hint) : NULL;
    exc_set_syntax(t, e->filename ? e->filename : filename, e->line, offset, text, msg ? msg : e->msg);
}

/* Offset of the first byte that is not well-formed UTF-8, or len. */
static size_t utf8_invalid_at(const unsigned char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = s[i];
        size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (!n || i + n > len) return i;
        uint32_t cp = n == 1 ? c : c & (0x7f >> n);
        for (size_t k = 1; k < n; k++) {
            if ((s[i + k] & 0xc0) != 0x80) return i;
            cp = cp << 6 | (s[i + k] & 0x3f);
        }
        if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += n;
    }
    return len;
}

/* The checks CPython's tokenizer makes on the raw bytes: UTF-8 only (no
 * coding declarations), no NUL.  A leading BOM is skipped. */
static int check_source(const char **src, size_t *len, const char *filename)
{
    if (*len >= 3 && memcmp(*src, "\xef\xbb\xbf", 3) == 0) {
        *src += 3;
        *len -= 3;
    }
    /* Bad UTF-8 before a NUL is reported first: the NUL's message quotes
     * the text before it, which must be valid UTF-8 (else no exception
     * could be made of it: the fuzzer's "NULL without SyntaxError"). */
    const char *nul = memchr(*src, 0, *len);
    size_t upto = nul ? (size_t)(nul - *src) : *len;
    size_t bad = utf8_invalid_at((const unsigned char *)*src, upto);
    if (nul && bad >= upto) {   /* located as python3 locates it: the line, its text up to the NUL, no caret */
        const char *start = *src;
        int line = 1;
        for (const char *q = *src; q < nul; q++)
            if (*q == '\n') {
                line++;
                start = q + 1;
            }
        char text[256];
        snprintf(text, sizeof text, "%.*s", (int)(nul - start), start);
        cut_at_char(text);
        exc_set_syntax(ExcSyntaxError, filename, line, 0, text, "source code cannot contain null bytes");
        return -1;
    }
    if (bad < upto) {
        int line = 1;
        for (size_t i = 0; i < bad; i++)
            if ((*src)[i] == '\n') line++;
        exc_set(ExcSyntaxError,
                "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                "see https://peps.python.org/pep-0263/ for details",
                (unsigned char)(*src)[bad], filename, line);
        return -1;
    }
    return 0;
}

int compile_mode_named(const char *name)
{
    if (strcmp(name, "exec") == 0) return COMPILE_FILE;
    if (strcmp(name, "eval") == 0) return COMPILE_EVAL;
    if (strcmp(name, "single") == 0) return COMPILE_SINGLE;
    exc_set(ExcValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return -1;
}

/* The module's leading future imports, from body[first]: only they may be. */
static void note_futures(Compiler *c, Stmt **body, int n, int first)
{
    c->futures = n ? body + first : NULL;   /* an empty module has no body array */
    while (first + c->nfutures < n && ast_is_future(body[first + c->nfutures]))
        c->nfutures++;
    c->postponed = ast_futures_name(c->futures, c->nfutures, "annotations");
}

static Object *compile_checked(const char *src, size_t len, const char *filename, CompileMode mode,
                               int level)
{
    AstArena *arena = ast_arena_new();
    if (!arena) {
        exc_nomemory();
        return NULL;
    }
    ParseError err;
    memset(&err, 0, sizeof err);
    AstModule mod;
    Compiler *c = NULL;
    Object *result = NULL;
    if (parser_parse(src, len, (int)mode, arena, &mod, &err) < 0) goto fail;
    int opt = ast_optimize(arena, &mod, level);
    if (opt == -2) {
        ast_arena_free(arena);
        exc_set(ExcRecursionError, "maximum recursion depth exceeded during compilation");
        return NULL;
    }
    if (opt < 0) {
        err.kind = PERR_NOMEM;
        goto fail;
    }
    SymEntry *top = symtable_build(&mod, arena, &err);
    if (!top) goto fail;
    c = calloc(1, sizeof *c);
    if (!c) {
        err.kind = PERR_NOMEM;
        goto fail;
    }
    c->arena = arena;
    c->level = level;
    c->filename = filename;
    c->err = &err;
    if (setjmp(c->bail)) {
        for (Unit *u = c->u; u; u = u->parent) free_unit_consts(u);
        goto fail;
    }
    enter_scope(c, "<module>", SCOPE_MODULE, top, 0);
    if (mode == COMPILE_EVAL) {
        visit_expr(c, mod.expr);
        addop(c, OP_RETURN_VALUE);
        result = assemble(c, 0);
    } else if (mode == COMPILE_SINGLE) {   /* 3.8's interactive statement has no docstring */
        c->interactive = 1;
        note_futures(c, mod.body, mod.nbody, 0);
        if (find_ann(mod.body, mod.nbody)) addop(c, OP_SETUP_ANNOTATIONS);
        c->u->lineno = mod.body[0]->lineno;
        visit_stmts(c, mod.body, mod.nbody);
        result = assemble(c, 1);
    } else {
        note_futures(c, mod.body, mod.nbody, ast_docstring(mod.body, mod.nbody) ? 1 : 0);
        body_with_docstring(c, mod.body, mod.nbody);
        result = assemble(c, 1);
    }
    free_unit_consts(c->u);
    free(c);
    ast_arena_free(arena);
    return result;
fail:
    free(c);
    raise_error(&err, filename, src, len);
    ast_arena_free(arena);
    return NULL;
}

int compile_parse(const char *src, size_t len, const char *filename, CompileMode mode, AstArena *arena,
                  AstModule *out)
{
    if (check_source(&src, &len, filename) < 0) return -1;
    ParseError err;
    memset(&err, 0, sizeof err);
    if (parser_parse(src, len, (int)mode, arena, out, &err) == 0) return 0;
    raise_error(&err, filename, src, len);
    return -1;
}

Object *compile_source_at(const char *src, size_t len, const char *filename, CompileMode mode, int level)
{
    if (check_source(&src, &len, filename) < 0) return NULL;
    return compile_checked(src, len, filename, mode, level < 0 ? compile_optimize : level);
}

Object *compile_source(const char *src, size_t len, const char *filename, CompileMode mode)
{
    return compile_source_at(src, len, filename, mode, -1);
}
