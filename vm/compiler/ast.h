/* vm/compiler/ast.h — the abstract syntax tree, shaped like CPython 3.8's Python.asdl.
 *
 * Nodes live in an arena owned by the parse and die together with it.
 * Constants are plain C values (AstConst), not Objects, so the tree owns
 * nothing but its arena; the AST optimizer (constant folding, as CPython's
 * ast_opt.c) borrows run-time ints only to fold numbers past a word, and
 * the compiler turns constants into Objects at the end.
 * One struct per node family with kind-specific fields named for their
 * role; a comment on each kind lists which fields it uses.
 */
#ifndef GILKIT_VM_AST_H
#define GILKIT_VM_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct AstArena AstArena;
AstArena *ast_arena_new(void);
void ast_arena_free(AstArena *a);
void *ast_alloc(AstArena *a, size_t n);                 /* zeroed; NULL when out of memory */
char *ast_strndup(AstArena *a, const char *s, size_t n);

/* CK_FROZENSET: the folder's frozenset of a constant set being iterated
 * (`x in {1, 2}`), held as its items in source order, duplicates and all;
 * the frozenset is built from them as from a tuple. */
typedef enum { CK_NONE, CK_TRUE, CK_FALSE, CK_ELLIPSIS, CK_INT, CK_FLOAT, CK_STR, CK_BYTES, CK_TUPLE,
               CK_FROZENSET, CK_COMPLEX } ConstKind;
typedef struct AstConst {
    ConstKind kind;
    int64_t i;                  /* CK_INT; beyond int64 (n > 0, s its literal or folded decimal text): 1, or 2 for 2**63 */
    double f;                   /* CK_FLOAT; CK_COMPLEX: the real part */
    double im;                  /* CK_COMPLEX: the imaginary part */
    const char *s; size_t n;    /* CK_STR (UTF-8), CK_BYTES, CK_INT beyond int64 (its text); CK_TUPLE, CK_FROZENSET: n items */
    struct AstConst **items;    /* CK_TUPLE, CK_FROZENSET */
} AstConst;

typedef enum { CTX_LOAD, CTX_STORE, CTX_DEL, CTX_AUGLOAD, CTX_AUGSTORE } ExprCtx;
typedef enum { OP_ADD, OP_SUB, OP_MULT, OP_MATMULT, OP_DIV, OP_MOD, OP_POW, OP_LSHIFT, OP_RSHIFT,
               OP_BITOR, OP_BITXOR, OP_BITAND, OP_FLOORDIV } AstBinOp;
typedef enum { UOP_INVERT, UOP_NOT, UOP_UADD, UOP_USUB } AstUnaryOp;
typedef enum { BOOL_AND, BOOL_OR } AstBoolOp;
typedef enum { CMP_OP_EQ, CMP_OP_NOTEQ, CMP_OP_LT, CMP_OP_LTE, CMP_OP_GT, CMP_OP_GTE, CMP_OP_IS,
               CMP_OP_ISNOT, CMP_OP_IN, CMP_OP_NOTIN } AstCmpOp;

typedef struct Expr Expr;
typedef struct Stmt Stmt;
struct SymEntry;

typedef struct Arg { const char *name; int lineno, col, end_line, end_col; Expr *annotation; } Arg;
typedef struct Arguments {
    Arg **posonly; int nposonly;
    Arg **args; int nargs;
    Arg *vararg;
    Arg **kwonly; int nkwonly;
    Expr **kw_defaults;         /* nkwonly entries, NULL = no default */
    Arg *kwarg;
    Expr **defaults; int ndefaults;
} Arguments;
/* Where a keyword argument or an imported name stands, for `ast` only. */
typedef struct Span { int lineno, col, end_line, end_col; } Span;

typedef struct Keyword { const char *arg; Expr *value; Span at; } Keyword;  /* arg NULL: **value */
typedef struct Comprehension { Expr *target, *iter; Expr **ifs; int nifs; int is_async; } Comprehension;

typedef enum {
    E_BOOLOP,      /* op, elts */
    E_BINOP,       /* op, a (left), b (right) */
    E_UNARYOP,     /* op, a */
    E_LAMBDA,      /* args, a (body), ste */
    E_IFEXP,       /* a (test), b (body), c (orelse) */
    E_DICT,        /* elts (keys; NULL = **), elts2 (values) */
    E_SET,         /* elts */
    E_LISTCOMP, E_SETCOMP, E_GENEXP,  /* a (elt), gens, ste */
    E_DICTCOMP,    /* a (key), b (value), gens, ste */
    E_COMPARE,     /* a (left), cmpops, elts (comparators) */
    E_CALL,        /* a (func), elts (args), kws */
    E_FORMATTED,   /* a (value), op (conversion char or -1), b (format spec JoinedStr or NULL) */
    E_JOINEDSTR,   /* elts */
    E_CONST,       /* value */
    E_ATTR,        /* a (value), id (attr), ctx */
    E_SUBSCRIPT,   /* a (value), b (slice: E_INDEX / E_SLICE / E_EXTSLICE), ctx */
    E_STARRED,     /* a, ctx */
    E_NAME,        /* id, ctx */
    E_LIST, E_TUPLE, /* elts, ctx */
    E_SLICE,       /* a (lower), b (upper), c (step), any may be NULL */
    E_INDEX,       /* a */
    E_EXTSLICE,    /* elts (dims) */
    E_YIELD,       /* a (value or NULL); op 1: yield from */
    E_AWAIT,       /* a */
    E_NAMEDEXPR,   /* a (target Name, store), b (value) */
} ExprKind;

struct Expr {
    ExprKind kind;
    int lineno, col;
    /* Where its text starts, opening parentheses included: the position of
     * a node it begins (`(a + b)[0]`'s Subscript starts at the parenthesis, as 3.8's). */
    int start_line, start_col;
    /* Where it ends, as 3.8's end_lineno/end_col_offset (the last token the
     * parser took for it); 0 where that is where its last child ends. */
    int end_line, end_col;
    int op;
    ExprCtx ctx;
    Expr *a, *b, *c;
    Expr **elts; int n;
    Expr **elts2;
    int *cmpops;
    const char *id;
    AstConst *value;
    Arguments *args;
    Comprehension **gens; int ngens;
    Keyword **kws; int nkws;
    struct SymEntry *ste;
};

/* A match statement's pattern, as CPython 3.10's pattern nodes. */
typedef struct Pattern Pattern;
typedef enum {
    P_VALUE,       /* value: a literal or dotted name, matched with == */
    P_SINGLETON,   /* value: None, True or False, matched with is */
    P_SEQUENCE,    /* pats, n; star: the index of the P_STAR among them, or -1 */
    P_MAPPING,     /* keys and pats (n of each); name: the **rest target, or NULL */
    P_CLASS,       /* value (the class), pats, n (positional), kwd_names, kwd_pats, nkwd */
    P_STAR,        /* name; NULL for *_ */
    P_AS,          /* pat (NULL for a bare capture or _), name (NULL for _) */
    P_OR,          /* pats, n */
} PatternKind;
struct Pattern {
    PatternKind kind;
    int lineno, col;
    Expr *value;
    Pattern **pats; int n;
    Expr **keys;
    const char **kwd_names; Pattern **kwd_pats; int nkwd;
    Pattern *pat;
    const char *name;
    int star;
};
typedef struct MatchCase { Pattern *pattern; Expr *guard; Stmt **body; int nbody; } MatchCase;

typedef struct ExceptHandler {
    int lineno, col;
    Expr *type;
    const char *name;
    Stmt **body; int nbody;
} ExceptHandler;
typedef struct WithItem { Expr *ctx_expr, *vars; } WithItem;
typedef struct Alias { const char *name, *asname; Span at; } Alias;

typedef enum {
    S_FUNCDEF,     /* name, args, annotation (return), body, decos, ste; op 1: async */
    S_CLASSDEF,    /* name, targets (bases), kws, body, decos, ste */
    S_RETURN,      /* value (or NULL) */
    S_DELETE,      /* targets */
    S_ASSIGN,      /* targets, value */
    S_ANNASSIGN,   /* target, annotation, value (or NULL), simple */
    S_AUGASSIGN,   /* target, op, value */
    S_FOR,         /* target, value (iter), body, orelse; op 1: async */
    S_WHILE,       /* test, body, orelse */
    S_IF,          /* test, body, orelse */
    S_WITH,        /* items, body; op 1: async */
    S_RAISE,       /* value (exc), msg (cause) */
    S_TRY,         /* body, handlers, orelse, final; op 1: except* clauses (TryStar) */
    S_MATCH,       /* value (subject), cases */
    S_ASSERT,      /* test, msg */
    S_IMPORT,      /* names */
    S_IMPORTFROM,  /* module, names, level */
    S_GLOBAL, S_NONLOCAL, /* idents */
    S_EXPR,        /* value */
    S_PASS, S_BREAK, S_CONTINUE,
} StmtKind;

struct Stmt {
    StmtKind kind;
    int lineno, col;
    int end_line, end_col;      /* simple statements; 0 for compound ones (their body's end) */
    const char *name;
    Arguments *args;
    Stmt **body; int nbody;
    Stmt **orelse; int norelse;
    Stmt **final; int nfinal;
    ExceptHandler **handlers; int nhandlers;
    Expr *target, *value, *test, *msg;
    Expr **targets; int ntargets;
    Expr **decos; int ndecos;
    Keyword **kws; int nkws;
    int op;
    WithItem **items; int nitems;
    Alias **names; int nnames;
    const char **idents; int nidents;
    const char *module; int level;
    Expr *annotation; int simple;
    MatchCase **cases; int ncases;
    struct SymEntry *ste;
};

typedef struct AstModule {
    Stmt **body; int nbody;      /* COMPILE_FILE */
    Expr *expr;                  /* COMPILE_EVAL */
} AstModule;

/* The docstring of a body (first statement a string constant), or NULL. */
AstConst *ast_docstring(Stmt **body, int n);

/* CPython 3.8's AST optimizer: constant folding of unary/binary ops,
 * constant subscripts and tuples, list→tuple for `in` and `for` targets;
 * __debug__ is the constant `level == 0` (level: python -O's count).
 * Returns 0, -1 when out of memory, -2 when the tree is too deep to compile. */
int ast_optimize(AstArena *a, AstModule *m, int level);
/* `from __future__ import ...`, and whether the n of them name feature. */
int ast_is_future(const Stmt *s);
int ast_futures_name(Stmt *const *futures, int n, const char *feature);

/* Python truth of a constant. */
int ast_const_truth(const AstConst *c);

#endif
