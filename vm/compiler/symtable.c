/* vm/compiler/symtable.c — the two passes described in symtable.h.
 *
 * Name sets are small arrays of interned-by-content strings (compared
 * with strcmp); blocks rarely hold more than a few dozen names, so linear
 * search costs less than hashing would.  A name declared global in a
 * function is also marked DEF_GLOBAL in the module block (CPython's
 * st_global), which makes module-level code use *_GLOBAL for it too.
 */
#include "vm/compiler/symtable.h"
#include "vm/runtime/state.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct St {
    AstArena *arena;
    SymEntry *top, *cur;
    SymEntry **stack; int depth, capstack;   /* enclosing blocks (arena) */
    const char *private_name;
    ParseError *err;
    jmp_buf bail;
} St;

typedef struct NameSet { const char **v; int n, cap; HashIndex ix; } NameSet;   /* ix: once n >= HASHINDEX_MIN */

static bool name_same(const void *table, int pos, const void *key)
{
    return strcmp(((const char *const *)table)[pos], key) == 0;
}

static bool sym_same(const void *table, int pos, const void *key)
{
    return strcmp(((const Symbol *)table)[pos].name, key) == 0;
}

static _Noreturn void st_error(St *st, const char *msg, int line, int col)
{
    st->err->kind = PERR_SYNTAX;
    snprintf(st->err->msg, sizeof st->err->msg, "%s", msg);
    st->err->filename = NULL;
    st->err->line = line;
    st->err->offset = col + 1;
    st->err->text[0] = 0;
    longjmp(st->bail, 1);
}

static _Noreturn void st_nomem(St *st)
{
    st->err->kind = PERR_NOMEM;
    snprintf(st->err->msg, sizeof st->err->msg, "out of memory");
    longjmp(st->bail, 1);
}

/* The folder bounded the tree's depth; these passes still stop before
 * their thread's C stack runs out. */
static void st_check_stack(St *st)
{
    if (!vm_stack_exhausted()) return;
    st->err->kind = PERR_RECURSION;
    longjmp(st->bail, 1);
}

static void *st_alloc(St *st, size_t n)
{
    void *p = ast_alloc(st->arena, n);
    if (!p) st_nomem(st);
    return p;
}

/* Grow an arena array of elements of size `sz` to hold n+1. */
static void *grow(St *st, void *v, int n, int *cap, size_t sz)
{
    if (n < *cap) return v;
    int nc = *cap ? *cap * 2 : 8;
    void *nv = st_alloc(st, (size_t)nc * sz);
    if (n) memcpy(nv, v, (size_t)n * sz);
    *cap = nc;
    return nv;
}

const char *symtable_mangle(AstArena *arena, const char *priv, const char *name)
{
    size_t n = strlen(name);
    if (!priv || n < 2 || name[0] != '_' || name[1] != '_') return name;
    /* a name ending in __ ("__" itself too) or with a dot is never mangled */
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.')) return name;
    while (*priv == '_') priv++;
    if (!*priv) return name;
    size_t pn = strlen(priv);
    char *r = ast_alloc(arena, pn + n + 2);
    if (!r) return NULL;
    r[0] = '_';
    memcpy(r + 1, priv, pn);
    memcpy(r + 1 + pn, name, n + 1);
    return r;
}

const Symbol *symtable_lookup(const SymEntry *ste, const char *name)
{
    if (ste->symix.cap) {
        int i = hashindex_find(&ste->symix, hashindex_str(name), sym_same, ste->syms, name);
        return i < 0 ? NULL : &ste->syms[i];
    }
    for (int i = 0; i < ste->nsyms; i++)
        if (strcmp(ste->syms[i].name, name) == 0) return &ste->syms[i];
    return NULL;
}

Scope symtable_scope(const SymEntry *ste, const char *name)
{
    const Symbol *s = symtable_lookup(ste, name);
    return s ? s->scope : SCOPE_NONE;
}

/* Entry n, name (not yet stored in the table), joins the index; the index
 * is built over entries 0..n when the table first reaches HASHINDEX_MIN. */
static void index_entry(St *st, HashIndex *ix, int n, const char *name, const char *(*name_at)(const void *, int),
                        const void *table)
{
    if (!ix->cap && n + 1 >= HASHINDEX_MIN) {
        for (int k = 0; k <= n; k++)
            if (hashindex_add(ix, st->arena, hashindex_str(k == n ? name : name_at(table, k)), k) < 0)
                st_nomem(st);
    } else if (ix->cap && hashindex_add(ix, st->arena, hashindex_str(name), n) < 0) {
        st_nomem(st);
    }
}
static const char *sym_name_at(const void *table, int k) { return ((const Symbol *)table)[k].name; }
static const char *set_name_at(const void *table, int k) { return ((const char *const *)table)[k]; }

static Symbol *sym_get(St *st, SymEntry *ste, const char *name, int create)
{
    Symbol *found = (Symbol *)symtable_lookup(ste, name);
    if (found || !create) return found;
    ste->syms = grow(st, ste->syms, ste->nsyms, &ste->capsyms, sizeof(Symbol));
    index_entry(st, &ste->symix, ste->nsyms, name, sym_name_at, ste->syms);
    Symbol *s = &ste->syms[ste->nsyms++];
    s->name = name;
    s->flags = 0;
    s->scope = SCOPE_NONE;
    s->decl_line = s->decl_col = 0;
    return s;
}

static void add_def_in(St *st, SymEntry *ste, const char *name, int flag, int line, int col)
{
    const char *m = symtable_mangle(st->arena, st->private_name, name);
    if (!m) st_nomem(st);
    Symbol *s = sym_get(st, ste, m, 1);
    if ((flag & DEF_PARAM) && (s->flags & DEF_PARAM)) {
        char msg[160];
        snprintf(msg, sizeof msg, "duplicate argument '%s' in function definition", name);
        st_error(st, msg, line, col);
    }
    if ((flag & (DEF_GLOBAL | DEF_NONLOCAL)) && !s->decl_line) {
        s->decl_line = line;
        s->decl_col = col;
    }
    s->flags |= flag;
    if (flag & DEF_PARAM) {
        SymEntry *c = ste;
        c->varnames = grow(st, c->varnames, c->nvarnames, &c->capvarnames, sizeof(char *));
        c->varnames[c->nvarnames++] = m;
    } else if (flag & DEF_GLOBAL) {
        sym_get(st, st->top, m, 1)->flags |= flag;
    }
}

static void add_def(St *st, const char *name, int flag, int line, int col)
{
    add_def_in(st, st->cur, name, flag, line, col);
}

/* An assignment expression inside a comprehension binds in the nearest
 * enclosing function (or the module), as 3.8's symtable_extend_namedexpr_scope. */
static void extend_namedexpr_scope(St *st, Expr *target)
{
    for (int i = st->depth - 1; i >= 0; i--) {
        SymEntry *ste = st->stack[i];
        if (ste->comprehension) continue;
        if (ste->type == BLOCK_FUNCTION) {
            add_def(st, target->id, DEF_NONLOCAL, target->lineno, target->col);
            add_def_in(st, ste, target->id, DEF_LOCAL, target->lineno, target->col);
            return;
        }
        if (ste->type == BLOCK_MODULE) {
            add_def(st, target->id, DEF_GLOBAL, target->lineno, target->col);
            add_def_in(st, ste, target->id, DEF_GLOBAL, target->lineno, target->col);
            return;
        }
        st_error(st, "assignment expression within a comprehension cannot be used in a class body",
                 target->lineno, target->col);
    }
}

static SymEntry *enter_block(St *st, const char *name, BlockType type, int lineno)
{
    SymEntry *e = st_alloc(st, sizeof *e);
    e->type = type;
    e->name = name;
    e->lineno = lineno;
    if (st->cur) {
        if (st->cur->nested || st->cur->type == BLOCK_FUNCTION) e->nested = 1;
        SymEntry *c = st->cur;
        c->children = grow(st, c->children, c->nchildren, &c->capchildren, sizeof(SymEntry *));
        c->children[c->nchildren++] = e;
        st->stack = grow(st, st->stack, st->depth, &st->capstack, sizeof(SymEntry *));
        st->stack[st->depth++] = st->cur;
    }
    st->cur = e;
    return e;
}

static void exit_block(St *st) { st->cur = st->depth ? st->stack[--st->depth] : NULL; }

/* ---- pass 1 ---------------------------------------------------------------- */

static void visit_expr(St *st, Expr *e);
static void visit_stmts(St *st, Stmt **s, int n);

static void visit_exprs(St *st, Expr **v, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i]) visit_expr(st, v[i]);
}

static void visit_params(St *st, Arguments *a)
{
    for (int i = 0; i < a->nposonly; i++) add_def(st, a->posonly[i]->name, DEF_PARAM, a->posonly[i]->lineno, a->posonly[i]->col);
    for (int i = 0; i < a->nargs; i++) add_def(st, a->args[i]->name, DEF_PARAM, a->args[i]->lineno, a->args[i]->col);
    for (int i = 0; i < a->nkwonly; i++) add_def(st, a->kwonly[i]->name, DEF_PARAM, a->kwonly[i]->lineno, a->kwonly[i]->col);
    if (a->vararg) {
        add_def(st, a->vararg->name, DEF_PARAM, a->vararg->lineno, a->vararg->col);
        st->cur->varargs = 1;
    }
    if (a->kwarg) {
        add_def(st, a->kwarg->name, DEF_PARAM, a->kwarg->lineno, a->kwarg->col);
        st->cur->varkeywords = 1;
    }
}

static void visit_defaults(St *st, Arguments *a)
{
    visit_exprs(st, a->defaults, a->ndefaults);
    visit_exprs(st, a->kw_defaults, a->nkwonly);
}

static void visit_annotations(St *st, Arg **v, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i]->annotation) visit_expr(st, v[i]->annotation);
}

static void visit_comprehension(St *st, Expr *e, const char *scope_name)
{
    Comprehension *outer = e->gens[0];
    visit_expr(st, outer->iter);
    e->ste = enter_block(st, scope_name, BLOCK_FUNCTION, e->lineno);
    e->ste->comprehension = 1;
    e->ste->generator = e->kind == E_GENEXP;
    for (int i = 0; i < e->ngens; i++)
        e->ste->coroutine |= e->gens[i]->is_async;
    add_def(st, ".0", DEF_PARAM, e->lineno, e->col);
    visit_expr(st, outer->target);
    visit_exprs(st, outer->ifs, outer->nifs);
    for (int i = 1; i < e->ngens; i++) {
        visit_expr(st, e->gens[i]->target);
        visit_expr(st, e->gens[i]->iter);
        visit_exprs(st, e->gens[i]->ifs, e->gens[i]->nifs);
    }
    if (e->b) visit_expr(st, e->b);
    visit_expr(st, e->a);
    exit_block(st);
}

static void visit_expr(St *st, Expr *e)
{
    st_check_stack(st);
    switch (e->kind) {
    case E_NAME:
        add_def(st, e->id, e->ctx == CTX_LOAD ? DEF_USE : DEF_LOCAL, e->lineno, e->col);
        if (e->ctx == CTX_LOAD && st->cur->type == BLOCK_FUNCTION && strcmp(e->id, "super") == 0)
            add_def(st, "__class__", DEF_USE, e->lineno, e->col);
        return;
    case E_LAMBDA:
        visit_defaults(st, e->args);
        e->ste = enter_block(st, "lambda", BLOCK_FUNCTION, e->lineno);
        visit_params(st, e->args);
        visit_expr(st, e->a);
        exit_block(st);
        return;
    case E_LISTCOMP: visit_comprehension(st, e, "listcomp"); return;
    case E_SETCOMP: visit_comprehension(st, e, "setcomp"); return;
    case E_DICTCOMP: visit_comprehension(st, e, "dictcomp"); return;
    case E_GENEXP: visit_comprehension(st, e, "genexpr"); return;
    case E_NAMEDEXPR:
        if (st->cur->comprehension) extend_namedexpr_scope(st, e->a);
        visit_expr(st, e->b);
        visit_expr(st, e->a);
        return;
    case E_YIELD:
        st->cur->generator = 1;
        if (st->cur->comprehension)
            st_error(st, "'yield' inside list comprehension", e->lineno, e->col);
        break;
    case E_AWAIT:   /* a comprehension that awaits is itself a coroutine */
        if (st->cur->comprehension) st->cur->coroutine = 1;
        break;
    default:
        break;
    }
    if (e->a) visit_expr(st, e->a);
    if (e->b) visit_expr(st, e->b);
    if (e->c) visit_expr(st, e->c);
    if (e->kind == E_DICT) {
        for (int i = 0; i < e->n; i++) {
            if (e->elts[i]) visit_expr(st, e->elts[i]);
            visit_expr(st, e->elts2[i]);
        }
    } else {
        visit_exprs(st, e->elts, e->n);
    }
    for (int i = 0; i < e->nkws; i++)
        visit_expr(st, e->kws[i]->value);
}

static void check_directive(St *st, Stmt *s, const char *name, const char *kind)
{
    const Symbol *cur = sym_get(st, st->cur, symtable_mangle(st->arena, st->private_name, name), 0);
    if (!cur || !(cur->flags & (DEF_PARAM | DEF_LOCAL | DEF_USE))) return;
    char msg[200];
    if (cur->flags & DEF_PARAM)
        snprintf(msg, sizeof msg, "name '%s' is parameter and %s", name, kind);
    else if (cur->flags & DEF_USE)
        snprintf(msg, sizeof msg, "name '%s' is used prior to %s declaration", name, kind);
    else
        snprintf(msg, sizeof msg, "name '%s' is assigned to before %s declaration", name, kind);
    st_error(st, msg, s->lineno, s->col);
}

static void visit_alias(St *st, Stmt *s, Alias *a)
{
    const char *store = a->asname;
    if (!store) {
        const char *dot = strchr(a->name, '.');
        store = dot ? ast_strndup(st->arena, a->name, (size_t)(dot - a->name)) : a->name;
        if (!store) st_nomem(st);
    }
    if (strcmp(a->name, "*") == 0) {
        if (st->cur->type != BLOCK_MODULE)
            st_error(st, "import * only allowed at module level", s->lineno, s->col);
        return;
    }
    add_def(st, store, DEF_IMPORT, s->lineno, s->col);
}

/* A pattern binds its capture names and loads its values and classes. */
static void visit_pattern(St *st, Pattern *pat)
{
    st_check_stack(st);
    if (pat->value) visit_expr(st, pat->value);
    visit_exprs(st, pat->keys, pat->keys ? pat->n : 0);
    for (int i = 0; i < pat->n; i++) visit_pattern(st, pat->pats[i]);
    for (int i = 0; i < pat->nkwd; i++) visit_pattern(st, pat->kwd_pats[i]);
    if (pat->pat) visit_pattern(st, pat->pat);
    if (pat->name) add_def(st, pat->name, DEF_LOCAL, pat->lineno, pat->col);
}

static void visit_stmt(St *st, Stmt *s)
{
    st_check_stack(st);
    switch (s->kind) {
    case S_FUNCDEF:
        add_def(st, s->name, DEF_LOCAL, s->lineno, s->col);
        visit_defaults(st, s->args);
        visit_annotations(st, s->args->posonly, s->args->nposonly);
        visit_annotations(st, s->args->args, s->args->nargs);
        if (s->args->vararg) visit_annotations(st, &s->args->vararg, 1);
        visit_annotations(st, s->args->kwonly, s->args->nkwonly);
        if (s->args->kwarg) visit_annotations(st, &s->args->kwarg, 1);
        if (s->annotation) visit_expr(st, s->annotation);
        visit_exprs(st, s->decos, s->ndecos);
        s->ste = enter_block(st, s->name, BLOCK_FUNCTION, s->lineno);
        s->ste->coroutine = s->op;
        visit_params(st, s->args);
        visit_stmts(st, s->body, s->nbody);
        exit_block(st);
        return;
    case S_CLASSDEF: {
        add_def(st, s->name, DEF_LOCAL, s->lineno, s->col);
        visit_exprs(st, s->targets, s->ntargets);
        for (int i = 0; i < s->nkws; i++) visit_expr(st, s->kws[i]->value);
        visit_exprs(st, s->decos, s->ndecos);
        s->ste = enter_block(st, s->name, BLOCK_CLASS, s->lineno);
        const char *saved = st->private_name;
        st->private_name = s->name;
        visit_stmts(st, s->body, s->nbody);
        st->private_name = saved;
        exit_block(st);
        return;
    }
    case S_GLOBAL: case S_NONLOCAL:
        for (int i = 0; i < s->nidents; i++) {
            check_directive(st, s, s->idents[i], s->kind == S_GLOBAL ? "global" : "nonlocal");
            add_def(st, s->idents[i], s->kind == S_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, s->lineno, s->col);
        }
        return;
    case S_IMPORT: case S_IMPORTFROM:
        for (int i = 0; i < s->nnames; i++) visit_alias(st, s, s->names[i]);
        return;
    case S_ASSIGN:
        visit_exprs(st, s->targets, s->ntargets);
        visit_expr(st, s->value);
        return;
    case S_ANNASSIGN:
        if (s->target->kind == E_NAME) {
            if (s->simple) add_def(st, s->target->id, DEF_LOCAL, s->lineno, s->col);
            else if (s->value) add_def(st, s->target->id, DEF_LOCAL, s->lineno, s->col);
        } else {
            visit_expr(st, s->target);
        }
        visit_expr(st, s->annotation);
        if (s->value) visit_expr(st, s->value);
        return;
    case S_FOR:
        visit_expr(st, s->target);
        visit_expr(st, s->value);
        break;
    default:
        if (s->target) visit_expr(st, s->target);
        if (s->value) visit_expr(st, s->value);
        if (s->test) visit_expr(st, s->test);
        if (s->msg) visit_expr(st, s->msg);
        visit_exprs(st, s->targets, s->ntargets);
        for (int i = 0; i < s->nitems; i++) {
            visit_expr(st, s->items[i]->ctx_expr);
            if (s->items[i]->vars) visit_expr(st, s->items[i]->vars);
        }
        break;
    }
    visit_stmts(st, s->body, s->nbody);
    visit_stmts(st, s->orelse, s->norelse);
    for (int i = 0; i < s->nhandlers; i++) {
        ExceptHandler *h = s->handlers[i];
        if (h->type) visit_expr(st, h->type);
        if (h->name) add_def(st, h->name, DEF_LOCAL, h->lineno, h->col);
        visit_stmts(st, h->body, h->nbody);
    }
    visit_stmts(st, s->final, s->nfinal);
    for (int i = 0; i < s->ncases; i++) {
        MatchCase *mc = s->cases[i];
        visit_pattern(st, mc->pattern);
        if (mc->guard) visit_expr(st, mc->guard);
        visit_stmts(st, mc->body, mc->nbody);
    }
}

static void visit_stmts(St *st, Stmt **s, int n)
{
    for (int i = 0; i < n; i++) visit_stmt(st, s[i]);
}

/* ---- pass 2 ---------------------------------------------------------------- */

static int set_find(const NameSet *s, const char *n)
{
    if (s->ix.cap) return hashindex_find(&s->ix, hashindex_str(n), name_same, s->v, n);
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->v[i], n) == 0) return i;
    return -1;
}
static int set_has(const NameSet *s, const char *n) { return s && set_find(s, n) >= 0; }
static void set_add(St *st, NameSet *s, const char *n)
{
    if (set_has(s, n)) return;
    s->v = grow(st, s->v, s->n, &s->cap, sizeof(char *));
    s->v[s->n] = n;
    index_entry(st, &s->ix, s->n, n, set_name_at, s->v);
    s->n++;
}
/* The last name moves into the hole, in the index too. */
static int set_discard(NameSet *s, const char *n)
{
    int i = set_find(s, n);
    if (i < 0) return 0;
    int last = --s->n;
    hashindex_move(&s->ix, hashindex_str(n), i, -1);
    if (i != last) {
        hashindex_move(&s->ix, hashindex_str(s->v[last]), last, i);
        s->v[i] = s->v[last];
    }
    return 1;
}
static void set_union(St *st, NameSet *dst, const NameSet *src)
{
    if (!src) return;
    for (int i = 0; i < src->n; i++) set_add(st, dst, src->v[i]);
}

static void analyze_name(St *st, SymEntry *ste, Symbol *s, NameSet *bound, NameSet *local, NameSet *free,
                         NameSet *global)
{
    char msg[200];
    if (s->flags & DEF_GLOBAL) {
        if (s->flags & DEF_NONLOCAL) {
            snprintf(msg, sizeof msg, "name '%s' is nonlocal and global", s->name);
            st_error(st, msg, s->decl_line, s->decl_col);
        }
        s->scope = SCOPE_GLOBAL_EXPLICIT;
        set_add(st, global, s->name);
        if (bound) set_discard(bound, s->name);
        return;
    }
    if (s->flags & DEF_NONLOCAL) {
        if (!bound) st_error(st, "nonlocal declaration not allowed at module level", s->decl_line, s->decl_col);
        if (!set_has(bound, s->name)) {
            snprintf(msg, sizeof msg, "no binding for nonlocal '%s' found", s->name);
            st_error(st, msg, s->decl_line, s->decl_col);
        }
        s->scope = SCOPE_FREE;
        ste->free = 1;
        set_add(st, free, s->name);
        return;
    }
    if (s->flags & DEF_BOUND) {
        s->scope = SCOPE_LOCAL;
        set_add(st, local, s->name);
        set_discard(global, s->name);
        return;
    }
    if (bound && set_has(bound, s->name)) {
        s->scope = SCOPE_FREE;
        ste->free = 1;
        set_add(st, free, s->name);
        return;
    }
    if (global && set_has(global, s->name)) {
        s->scope = SCOPE_GLOBAL_IMPLICIT;
        return;
    }
    if (ste->nested) ste->free = 1;
    s->scope = SCOPE_GLOBAL_IMPLICIT;
}

static void analyze_block(St *st, SymEntry *ste, NameSet *bound, NameSet *free, NameSet *global);

static void analyze_child(St *st, SymEntry *child, NameSet *bound, NameSet *free, NameSet *global, NameSet *allfree)
{
    NameSet b = { 0 }, f = { 0 }, g = { 0 };
    set_union(st, &b, bound);
    set_union(st, &f, free);
    set_union(st, &g, global);
    analyze_block(st, child, &b, &f, &g);
    set_union(st, allfree, &f);
}

static void update_symbols(St *st, SymEntry *ste, NameSet *bound, NameSet *free, int classflag)
{
    for (int i = 0; i < free->n; i++) {
        const char *name = free->v[i];
        Symbol *s = sym_get(st, ste, name, 0);
        if (s) {
            if (classflag && (s->flags & (DEF_BOUND | DEF_GLOBAL)))
                s->flags |= DEF_FREE_CLASS;
            continue;
        }
        if (bound && !set_has(bound, name)) continue;
        s = sym_get(st, ste, name, 1);
        s->scope = SCOPE_FREE;
    }
}

static void analyze_block(St *st, SymEntry *ste, NameSet *bound, NameSet *free, NameSet *global)
{
    st_check_stack(st);
    NameSet local = { 0 }, newbound = { 0 }, newfree = { 0 }, newglobal = { 0 }, allfree = { 0 };
    if (ste->type == BLOCK_CLASS) {
        set_union(st, &newglobal, global);
        set_union(st, &newbound, bound);
    }
    for (int i = 0; i < ste->nsyms; i++)
        analyze_name(st, ste, &ste->syms[i], bound, &local, free, global);
    if (ste->type != BLOCK_CLASS) {
        if (ste->type == BLOCK_FUNCTION) set_union(st, &newbound, &local);
        set_union(st, &newbound, bound);
        set_union(st, &newglobal, global);
    } else {
        set_add(st, &newbound, "__class__");
    }
    for (int i = 0; i < ste->nchildren; i++) {
        SymEntry *c = ste->children[i];
        analyze_child(st, c, &newbound, &newfree, &newglobal, &allfree);
        if (c->free || c->child_free) ste->child_free = 1;
    }
    set_union(st, &newfree, &allfree);
    if (ste->type == BLOCK_FUNCTION) {
        for (int i = 0; i < ste->nsyms; i++) {
            Symbol *s = &ste->syms[i];
            if (s->scope == SCOPE_LOCAL && set_has(&newfree, s->name)) {
                s->scope = SCOPE_CELL;
                set_discard(&newfree, s->name);
            }
        }
    } else if (ste->type == BLOCK_CLASS) {
        if (set_discard(&newfree, "__class__")) ste->needs_class_closure = 1;
    }
    update_symbols(st, ste, bound, &newfree, ste->type == BLOCK_CLASS);
    set_union(st, free, &newfree);
}

SymEntry *symtable_build(AstModule *m, AstArena *arena, ParseError *err)
{
    St *st = calloc(1, sizeof *st);
    if (!st) {
        err->kind = PERR_NOMEM;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return NULL;
    }
    st->arena = arena;
    st->err = err;
    if (setjmp(st->bail)) {
        free(st);
        return NULL;
    }
    st->top = enter_block(st, "top", BLOCK_MODULE, 0);
    if (m->expr) visit_expr(st, m->expr);
    visit_stmts(st, m->body, m->nbody);
    NameSet free_ = { 0 }, global = { 0 };
    analyze_block(st, st->top, NULL, &free_, &global);
    SymEntry *top = st->top;
    free(st);
    return top;
}
