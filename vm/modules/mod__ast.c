/* vm/modules/mod__ast.c — the `_ast` module: gilvm's own parse tree
 * (vm/compiler/ast.h) as Python objects of python3's node classes: 3.8's,
 * with subscripts as 3.9 writes them and 3.10's match nodes.
 *
 * _spec names every node class with its base, _fields and _attributes;
 * vm/lib/ast.py makes the classes from it (so they are ordinary Python
 * classes that scripts construct and subclass) and hands them back to
 * _parse(source, filename, mode, classes), which builds the tree (ast.py
 * also sets the classes on this module, as CPython's _ast has them).
 *
 * The tree is the parser's, before the optimizer folds anything, as 3.8's
 * ast.parse.  A node a token closes has its end from the parser; any other
 * ends where its last child does (the greatest end among its children).
 * What gilvm's tree does not keep: type comments (None, and
 * Module.type_ignores is []).  Constant.kind is 'u' when the source spells
 * the string with a u prefix, read back from the source at the node.
 */
#include <stdarg.h>
#include <string.h>

#include "vm/compiler/compile.h"
#include "vm/runtime/module.h"

/* name, base, fields, attributes (space-separated; a name ending in '?'
 * is optional, as in CPython's ASDL: its class default is None). */
typedef struct NodeSpec { const char *name, *base, *fields, *attrs; } NodeSpec;

#define POS "lineno col_offset end_lineno? end_col_offset?"
static const NodeSpec ast_spec[] = {
    { "mod", "AST", "", "" },
    { "Module", "mod", "body type_ignores", "" },
    { "Interactive", "mod", "body", "" },
    { "Expression", "mod", "body", "" },
    { "FunctionType", "mod", "argtypes returns", "" },
    { "Suite", "mod", "body", "" },
    { "stmt", "AST", "", POS },
    { "FunctionDef", "stmt", "name args body decorator_list returns? type_comment?", POS },
    { "AsyncFunctionDef", "stmt", "name args body decorator_list returns? type_comment?", POS },
    { "ClassDef", "stmt", "name bases keywords body decorator_list", POS },
    { "Return", "stmt", "value?", POS },
    { "Delete", "stmt", "targets", POS },
    { "Assign", "stmt", "targets value type_comment?", POS },
    { "AugAssign", "stmt", "target op value", POS },
    { "AnnAssign", "stmt", "target annotation value? simple", POS },
    { "For", "stmt", "target iter body orelse type_comment?", POS },
    { "AsyncFor", "stmt", "target iter body orelse type_comment?", POS },
    { "While", "stmt", "test body orelse", POS },
    { "If", "stmt", "test body orelse", POS },
    { "With", "stmt", "items body type_comment?", POS },
    { "AsyncWith", "stmt", "items body type_comment?", POS },
    { "Raise", "stmt", "exc? cause?", POS },
    { "Try", "stmt", "body handlers orelse finalbody", POS },
    { "TryStar", "stmt", "body handlers orelse finalbody", POS },
    { "Match", "stmt", "subject cases", POS },
    { "Assert", "stmt", "test msg?", POS },
    { "Import", "stmt", "names", POS },
    { "ImportFrom", "stmt", "module? names level?", POS },
    { "Global", "stmt", "names", POS },
    { "Nonlocal", "stmt", "names", POS },
    { "Expr", "stmt", "value", POS },
    { "Pass", "stmt", "", POS },
    { "Break", "stmt", "", POS },
    { "Continue", "stmt", "", POS },
    { "expr", "AST", "", POS },
    { "BoolOp", "expr", "op values", POS },
    { "NamedExpr", "expr", "target value", POS },
    { "BinOp", "expr", "left op right", POS },
    { "UnaryOp", "expr", "op operand", POS },
    { "Lambda", "expr", "args body", POS },
    { "IfExp", "expr", "test body orelse", POS },
    { "Dict", "expr", "keys values", POS },
    { "Set", "expr", "elts", POS },
    { "ListComp", "expr", "elt generators", POS },
    { "SetComp", "expr", "elt generators", POS },
    { "DictComp", "expr", "key value generators", POS },
    { "GeneratorExp", "expr", "elt generators", POS },
    { "Await", "expr", "value", POS },
    { "Yield", "expr", "value?", POS },
    { "YieldFrom", "expr", "value", POS },
    { "Compare", "expr", "left ops comparators", POS },
    { "Call", "expr", "func args keywords", POS },
    { "FormattedValue", "expr", "value conversion format_spec?", POS },
    { "JoinedStr", "expr", "values", POS },
    { "Constant", "expr", "value kind?", POS },
    { "Attribute", "expr", "value attr ctx", POS },
    { "Subscript", "expr", "value slice ctx", POS },
    { "Starred", "expr", "value ctx", POS },
    { "Name", "expr", "id ctx", POS },
    { "List", "expr", "elts ctx", POS },
    { "Tuple", "expr", "elts ctx", POS },
    { "expr_context", "AST", "", "" },
    { "Load", "expr_context", "", "" },
    { "Store", "expr_context", "", "" },
    { "Del", "expr_context", "", "" },
    { "AugLoad", "expr_context", "", "" },
    { "AugStore", "expr_context", "", "" },
    { "Param", "expr_context", "", "" },
    { "Slice", "expr", "lower? upper? step?", POS },
    { "boolop", "AST", "", "" },
    { "And", "boolop", "", "" },
    { "Or", "boolop", "", "" },
    { "operator", "AST", "", "" },
    { "Add", "operator", "", "" },
    { "Sub", "operator", "", "" },
    { "Mult", "operator", "", "" },
    { "MatMult", "operator", "", "" },
    { "Div", "operator", "", "" },
    { "Mod", "operator", "", "" },
    { "Pow", "operator", "", "" },
    { "LShift", "operator", "", "" },
    { "RShift", "operator", "", "" },
    { "BitOr", "operator", "", "" },
    { "BitXor", "operator", "", "" },
    { "BitAnd", "operator", "", "" },
    { "FloorDiv", "operator", "", "" },
    { "unaryop", "AST", "", "" },
    { "Invert", "unaryop", "", "" },
    { "Not", "unaryop", "", "" },
    { "UAdd", "unaryop", "", "" },
    { "USub", "unaryop", "", "" },
    { "cmpop", "AST", "", "" },
    { "Eq", "cmpop", "", "" },
    { "NotEq", "cmpop", "", "" },
    { "Lt", "cmpop", "", "" },
    { "LtE", "cmpop", "", "" },
    { "Gt", "cmpop", "", "" },
    { "GtE", "cmpop", "", "" },
    { "Is", "cmpop", "", "" },
    { "IsNot", "cmpop", "", "" },
    { "In", "cmpop", "", "" },
    { "NotIn", "cmpop", "", "" },
    { "comprehension", "AST", "target iter ifs is_async", "" },
    { "excepthandler", "AST", "", POS },
    { "ExceptHandler", "excepthandler", "type? name? body", POS },
    { "arguments", "AST", "posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults", "" },
    { "arg", "AST", "arg annotation? type_comment?", POS },
    { "keyword", "AST", "arg? value", POS },
    { "alias", "AST", "name asname?", POS },
    { "withitem", "AST", "context_expr optional_vars?", "" },
    { "match_case", "AST", "pattern guard? body", "" },
    { "pattern", "AST", "", POS },
    { "MatchValue", "pattern", "value", POS },
    { "MatchSingleton", "pattern", "value", POS },
    { "MatchSequence", "pattern", "patterns", POS },
    { "MatchMapping", "pattern", "keys patterns rest?", POS },
    { "MatchClass", "pattern", "cls patterns kwd_attrs kwd_patterns", POS },
    { "MatchStar", "pattern", "name?", POS },
    { "MatchAs", "pattern", "pattern? name?", POS },
    { "MatchOr", "pattern", "patterns", POS },
    { "type_ignore", "AST", "", "" },
    { "TypeIgnore", "type_ignore", "lineno tag", "" },
};
#undef POS

/* The enums of ast.h in order, as class names. */
static const char *const ctx_names[] = { "Load", "Store", "Del", "AugLoad", "AugStore" };
static const char *const binop_names[] = { "Add",   "Sub",   "Mult",  "MatMult", "Div",    "Mod",     "Pow",
                                           "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv" };
static const char *const unop_names[] = { "Invert", "Not", "UAdd", "USub" };
static const char *const boolop_names[] = { "And", "Or" };
static const char *const cmp_names[] = { "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn" };

/* Appends o (a new reference, or NULL for a failure) to list *l; on any
 * failure *l is released and set to NULL.  Returns *l. */
static Object *push_new(Object **l, Object *o)
{
    if (*l && (!o || list_append(*l, o) < 0)) {
        DECREF(*l);
        *l = NULL;
    }
    XDECREF(o);
    return *l;
}

static Object *words_tuple(const char *s)
{
    Object *l = list_new(0);
    while (l && *s) {
        const char *e = strchr(s, ' ');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        push_new(&l, str_from_utf8(s, n));
        s += n + (e != NULL);
    }
    if (!l) return NULL;
    Object *t = obj_call((Object *)&TupleType, &l, 1, NULL);
    DECREF(l);
    return t;
}

static Object *spec_row(const NodeSpec *s)
{
    Object *t = tuple_new(4);
    if (!t) return NULL;
    tuple_set(t, 0, str_from_cstr(s->name));
    tuple_set(t, 1, str_from_cstr(s->base));
    tuple_set(t, 2, words_tuple(s->fields));
    tuple_set(t, 3, words_tuple(s->attrs));
    for (int i = 0; i < 4; i++)
        if (!((TupleObject *)t)->items[i]) {
            for (int j = i; j < 4; j++)
                if (!((TupleObject *)t)->items[j]) tuple_set(t, j, none_new());
            DECREF(t);
            return NULL;
        }
    return t;
}

/* ---- the tree to objects ------------------------------------------------- */

typedef struct Conv {
    Object *classes;          /* name → class (borrowed) */
    const char *src; size_t len;
} Conv;

/* An empty instance of class `name`. */
static Object *node_new(Conv *c, const char *name)
{
    Object *cls = dict_get_str(c->classes, name);
    if (!cls) {
        if (!exc_occurred()) exc_set(ExcKeyError, "_ast: no class %s", name);
        return NULL;
    }
    return obj_call(cls, NULL, 0, NULL);
}

/* node_new(name) with the fields given as nfields (const char *, Object *)
 * pairs; the values are stolen, and any NULL among them fails the node. */
static Object *mk(Conv *c, const char *name, int nfields, ...)
{
    va_list ap;
    va_start(ap, nfields);
    Object *node = node_new(c, name);
    for (int i = 0; i < nfields; i++) {
        const char *f = va_arg(ap, const char *);
        Object *v = va_arg(ap, Object *);
        if (node && (!v || obj_setattr(node, str_intern(f), v) < 0)) {
            DECREF(node);
            node = NULL;
        }
        XDECREF(v);
    }
    va_end(ap);
    return node;
}

typedef struct Pos { int line, col; } Pos;

static int pos_attr(Object *node, const char *name, int *out)
{
    Object *v = obj_getattr_str(node, name);
    if (!v) {
        exc_clear();
        return 0;
    }
    int ok = int_is_word(v);
    if (ok) *out = (int)int_value(v);
    DECREF(v);
    return ok;
}

/* Raise *end to the end of child o: its own end attributes when it has
 * them, else (keyword, comprehension, arguments, ...) its children's. */
static void child_end(Object *o, Pos *end);

static void fields_end(Object *node, Pos *end)
{
    Object *fields = obj_getattr_str(node, "_fields");
    if (!fields || !obj_isinstance_type(fields, &TupleType)) {
        XDECREF(fields);
        exc_clear();
        return;
    }
    for (size_t i = 0; i < ((TupleObject *)fields)->n; i++) {
        Object *v = obj_getattr(node, tuple_get(fields, i));
        if (!v) {
            exc_clear();
            continue;
        }
        if (obj_is(v, &ListType))
            for (size_t j = 0; j < ((ListObject *)v)->n; j++) child_end(list_get(v, j), end);
        else
            child_end(v, end);
        DECREF(v);
    }
    DECREF(fields);
}

static void child_end(Object *o, Pos *end)
{
    if (o == None || obj_is(o, &StrType) || obj_is(o, &IntType)) return;
    Pos p;
    if (pos_attr(o, "end_lineno", &p.line) && pos_attr(o, "end_col_offset", &p.col)) {
        if (p.line > end->line || (p.line == end->line && p.col > end->col)) *end = p;
        return;
    }
    fields_end(o, end);
}

static int set_int_attr(Object *node, const char *name, int v)
{
    Object *o = int_from_i64(v);
    int r = o ? obj_setattr(node, str_intern(name), o) : -1;
    XDECREF(o);
    return r;
}

/* The position attributes; an unknown end (0) is the children's. */
static Object *at(Object *node, int lineno, int col, int end_line, int end_col)
{
    if (!node) return NULL;
    Pos end = { end_line, end_col };
    if (!end.line) fields_end(node, &end);
    int bad = set_int_attr(node, "lineno", lineno) < 0 || set_int_attr(node, "col_offset", col) < 0 ||
              (end.line ? set_int_attr(node, "end_lineno", end.line) < 0 ||
                              set_int_attr(node, "end_col_offset", end.col) < 0
                        : obj_setattr(node, str_intern("end_lineno"), None) < 0 ||
                              obj_setattr(node, str_intern("end_col_offset"), None) < 0);
    if (bad) {
        DECREF(node);
        return NULL;
    }
    return node;
}

static Object *at_span(Object *node, const Span *s) { return at(node, s->lineno, s->col, s->end_line, s->end_col); }

static Object *opt_str(const char *s) { return s ? str_from_cstr(s) : none_new(); }

typedef Object *(*ConvFn)(Conv *c, const void *item);

/* A list of conv(item) for n items; NULL items become None. */
static Object *seq(Conv *c, const void *const *items, int n, ConvFn conv)
{
    Object *l = list_new(0);
    for (int i = 0; l && i < n; i++) push_new(&l, items[i] ? conv(c, items[i]) : none_new());
    return l;
}

static Object *conv_expr(Conv *c, const void *e);
static Object *conv_stmt(Conv *c, const void *s);
#define SEQ(c, v, n, fn) seq(c, (const void *const *)(v), n, fn)
#define EXPR(c, e) ((e) ? conv_expr(c, e) : none_new())

static Object *conv_str(Conv *c, const void *s)
{
    (void)c;
    return str_from_cstr(s);
}

static Object *conv_arg(Conv *c, const void *p)
{
    const Arg *a = p;
    return at(mk(c, "arg", 3, "arg", str_from_cstr(a->name), "annotation", EXPR(c, a->annotation), "type_comment",
                 none_new()),
              a->lineno, a->col, a->end_line, a->end_col);
}

static Object *conv_args(Conv *c, const Arguments *A)
{
    static const Arguments none;
    if (!A) A = &none;
    return mk(c, "arguments", 7, "posonlyargs", SEQ(c, A->posonly, A->nposonly, conv_arg), "args",
              SEQ(c, A->args, A->nargs, conv_arg), "vararg", A->vararg ? conv_arg(c, A->vararg) : none_new(),
              "kwonlyargs", SEQ(c, A->kwonly, A->nkwonly, conv_arg), "kw_defaults",
              SEQ(c, A->kw_defaults, A->nkwonly, conv_expr), "kwarg", A->kwarg ? conv_arg(c, A->kwarg) : none_new(),
              "defaults", SEQ(c, A->defaults, A->ndefaults, conv_expr));
}

static Object *conv_keyword(Conv *c, const void *p)
{
    const Keyword *k = p;
    return at_span(mk(c, "keyword", 2, "arg", opt_str(k->arg), "value", conv_expr(c, k->value)), &k->at);
}

static Object *conv_comp(Conv *c, const void *p)
{
    const Comprehension *g = p;
    return mk(c, "comprehension", 4, "target", conv_expr(c, g->target), "iter", conv_expr(c, g->iter), "ifs",
              SEQ(c, g->ifs, g->nifs, conv_expr), "is_async", int_from_i64(g->is_async));
}

static Object *conv_handler(Conv *c, const void *p)
{
    const ExceptHandler *h = p;
    return at(mk(c, "ExceptHandler", 3, "type", EXPR(c, h->type), "name", opt_str(h->name), "body",
                 SEQ(c, h->body, h->nbody, conv_stmt)),
              h->lineno, h->col, 0, 0);
}

static Object *conv_pattern(Conv *c, const void *v)
{
    const Pattern *p = v;
    Object *n = NULL;
    switch (p->kind) {
    case P_VALUE: n = mk(c, "MatchValue", 1, "value", conv_expr(c, p->value)); break;
    case P_SINGLETON: n = mk(c, "MatchSingleton", 1, "value", compile_const_obj(p->value->value)); break;
    case P_SEQUENCE: n = mk(c, "MatchSequence", 1, "patterns", SEQ(c, p->pats, p->n, conv_pattern)); break;
    case P_MAPPING:
        n = mk(c, "MatchMapping", 3, "keys", SEQ(c, p->keys, p->n, conv_expr), "patterns",
               SEQ(c, p->pats, p->n, conv_pattern), "rest", opt_str(p->name));
        break;
    case P_CLASS:
        n = mk(c, "MatchClass", 4, "cls", conv_expr(c, p->value), "patterns", SEQ(c, p->pats, p->n, conv_pattern),
               "kwd_attrs", SEQ(c, p->kwd_names, p->nkwd, conv_str), "kwd_patterns",
               SEQ(c, p->kwd_pats, p->nkwd, conv_pattern));
        break;
    case P_STAR: n = mk(c, "MatchStar", 1, "name", opt_str(p->name)); break;
    case P_AS:
        n = mk(c, "MatchAs", 2, "pattern", p->pat ? conv_pattern(c, p->pat) : none_new(), "name", opt_str(p->name));
        break;
    case P_OR: n = mk(c, "MatchOr", 1, "patterns", SEQ(c, p->pats, p->n, conv_pattern)); break;
    }
    return at(n, p->lineno, p->col, 0, 0);
}

static Object *conv_case(Conv *c, const void *v)
{
    const MatchCase *m = v;
    return mk(c, "match_case", 3, "pattern", conv_pattern(c, m->pattern), "guard", EXPR(c, m->guard), "body",
              SEQ(c, m->body, m->nbody, conv_stmt));
}

static Object *conv_withitem(Conv *c, const void *p)
{
    const WithItem *w = p;
    return mk(c, "withitem", 2, "context_expr", conv_expr(c, w->ctx_expr), "optional_vars", EXPR(c, w->vars));
}

static Object *conv_alias(Conv *c, const void *p)
{
    const Alias *a = p;
    return at_span(mk(c, "alias", 2, "name", str_from_cstr(a->name), "asname", opt_str(a->asname)), &a->at);
}

static Object *enum_node(Conv *c, const char *const *names, int n, int v)
{
    if (v < 0 || v >= n) {
        exc_set(ExcSystemError, "_ast: operator %d out of range", v);
        return NULL;
    }
    return node_new(c, names[v]);
}
#define ENUM(c, names, v) enum_node(c, names, (int)(sizeof names / sizeof *names), (int)(v))

static Object *conv_cmpops(Conv *c, const Expr *e)
{
    Object *l = list_new(0);
    for (int i = 0; l && i < e->n; i++) push_new(&l, ENUM(c, cmp_names, e->cmpops[i]));
    return l;
}

/* 'u' when the string constant at (line, col) is spelled u'...', else None. */
static Object *const_kind(Conv *c, const Expr *e)
{
    if (e->value->kind != CK_STR) return none_new();
    const char *p = c->src, *end = c->src + c->len;
    for (int line = 1; line < e->lineno && p < end; line++) {
        p = memchr(p, '\n', (size_t)(end - p));
        p = p ? p + 1 : end;
    }
    if (p + e->col < end && (p[e->col] == 'u' || p[e->col] == 'U')) return str_from_cstr("u");
    return none_new();
}

/* A subscript as python3 (3.9 on) writes it: the index expression itself,
 * a Slice, or a Tuple of them; 3.8's Index and ExtSlice wrappers are gone. */
static Object *conv_slice(Conv *c, const Expr *e)
{
    switch (e->kind) {
    case E_EXTSLICE:
        return mk(c, "Tuple", 2, "elts", SEQ(c, e->elts, e->n, conv_expr), "ctx", ENUM(c, ctx_names, CTX_LOAD));
    default:   /* E_SLICE; conv_expr takes an E_INDEX's value itself */ return mk(c, "Slice", 3, "lower", EXPR(c, e->a), "upper", EXPR(c, e->b), "step", EXPR(c, e->c));
    }
}

static Object *comp_node(Conv *c, const char *name, const Expr *e)
{
    return mk(c, name, 2, "elt", conv_expr(c, e->a), "generators", SEQ(c, e->gens, e->ngens, conv_comp));
}

static Object *expr_node(Conv *c, const Expr *e)
{
    switch (e->kind) {
    case E_BOOLOP:
        return mk(c, "BoolOp", 2, "op", ENUM(c, boolop_names, e->op), "values", SEQ(c, e->elts, e->n, conv_expr));
    case E_BINOP:
        return mk(c, "BinOp", 3, "left", conv_expr(c, e->a), "op", ENUM(c, binop_names, e->op), "right",
                  conv_expr(c, e->b));
    case E_UNARYOP: return mk(c, "UnaryOp", 2, "op", ENUM(c, unop_names, e->op), "operand", conv_expr(c, e->a));
    case E_LAMBDA: return mk(c, "Lambda", 2, "args", conv_args(c, e->args), "body", conv_expr(c, e->a));
    case E_IFEXP:
        return mk(c, "IfExp", 3, "test", conv_expr(c, e->a), "body", conv_expr(c, e->b), "orelse", conv_expr(c, e->c));
    case E_DICT:
        return mk(c, "Dict", 2, "keys", SEQ(c, e->elts, e->n, conv_expr), "values", SEQ(c, e->elts2, e->n, conv_expr));
    case E_SET: return mk(c, "Set", 1, "elts", SEQ(c, e->elts, e->n, conv_expr));
    case E_LISTCOMP: return comp_node(c, "ListComp", e);
    case E_SETCOMP: return comp_node(c, "SetComp", e);
    case E_GENEXP: return comp_node(c, "GeneratorExp", e);
    case E_DICTCOMP:
        return mk(c, "DictComp", 3, "key", conv_expr(c, e->a), "value", conv_expr(c, e->b), "generators",
                  SEQ(c, e->gens, e->ngens, conv_comp));
    case E_COMPARE:
        return mk(c, "Compare", 3, "left", conv_expr(c, e->a), "ops", conv_cmpops(c, e), "comparators",
                  SEQ(c, e->elts, e->n, conv_expr));
    case E_CALL:
        return mk(c, "Call", 3, "func", conv_expr(c, e->a), "args", SEQ(c, e->elts, e->n, conv_expr), "keywords",
                  SEQ(c, e->kws, e->nkws, conv_keyword));
    case E_FORMATTED:
        return mk(c, "FormattedValue", 3, "value", conv_expr(c, e->a), "conversion", int_from_i64(e->op),
                  "format_spec", EXPR(c, e->b));
    case E_JOINEDSTR: return mk(c, "JoinedStr", 1, "values", SEQ(c, e->elts, e->n, conv_expr));
    case E_CONST: return mk(c, "Constant", 2, "value", compile_const_obj(e->value), "kind", const_kind(c, e));
    case E_ATTR:
        return mk(c, "Attribute", 3, "value", conv_expr(c, e->a), "attr", str_from_cstr(e->id), "ctx",
                  ENUM(c, ctx_names, e->ctx));
    case E_SUBSCRIPT:
        return mk(c, "Subscript", 3, "value", conv_expr(c, e->a), "slice", conv_expr(c, e->b), "ctx",
                  ENUM(c, ctx_names, e->ctx));
    case E_STARRED: return mk(c, "Starred", 2, "value", conv_expr(c, e->a), "ctx", ENUM(c, ctx_names, e->ctx));
    case E_NAME: return mk(c, "Name", 2, "id", str_from_cstr(e->id), "ctx", ENUM(c, ctx_names, e->ctx));
    case E_LIST:
    case E_TUPLE:
        return mk(c, e->kind == E_LIST ? "List" : "Tuple", 2, "elts", SEQ(c, e->elts, e->n, conv_expr), "ctx",
                  ENUM(c, ctx_names, e->ctx));
    case E_YIELD: return mk(c, e->op ? "YieldFrom" : "Yield", 1, "value", EXPR(c, e->a));
    case E_AWAIT: return mk(c, "Await", 1, "value", conv_expr(c, e->a));
    case E_NAMEDEXPR: return mk(c, "NamedExpr", 2, "target", conv_expr(c, e->a), "value", conv_expr(c, e->b));
    case E_SLICE:
    case E_EXTSLICE: return conv_slice(c, e);
    case E_INDEX: break;
    }
    exc_set(ExcSystemError, "_ast: unknown expression kind %d", (int)e->kind);
    return NULL;
}

static Object *conv_expr(Conv *c, const void *p)
{
    const Expr *e = p;
    if (e->kind == E_INDEX) return conv_expr(c, e->a);
    return at(expr_node(c, e), e->lineno, e->col, e->end_line, e->end_col);
}

#define BODY(c, s) SEQ(c, (s)->body, (s)->nbody, conv_stmt)
#define ORELSE(c, s) SEQ(c, (s)->orelse, (s)->norelse, conv_stmt)

static Object *funcdef_node(Conv *c, const Stmt *s)
{
    return mk(c, s->op ? "AsyncFunctionDef" : "FunctionDef", 6, "name", str_from_cstr(s->name), "args",
              conv_args(c, s->args), "body", BODY(c, s), "decorator_list", SEQ(c, s->decos, s->ndecos, conv_expr),
              "returns", EXPR(c, s->annotation), "type_comment", none_new());
}

static Object *stmt_node(Conv *c, const Stmt *s)
{
    switch (s->kind) {
    case S_FUNCDEF: return funcdef_node(c, s);
    case S_CLASSDEF:
        return mk(c, "ClassDef", 5, "name", str_from_cstr(s->name), "bases", SEQ(c, s->targets, s->ntargets, conv_expr),
                  "keywords", SEQ(c, s->kws, s->nkws, conv_keyword), "body", BODY(c, s), "decorator_list",
                  SEQ(c, s->decos, s->ndecos, conv_expr));
    case S_RETURN: return mk(c, "Return", 1, "value", EXPR(c, s->value));
    case S_DELETE: return mk(c, "Delete", 1, "targets", SEQ(c, s->targets, s->ntargets, conv_expr));
    case S_MATCH:
        return mk(c, "Match", 2, "subject", conv_expr(c, s->value), "cases", SEQ(c, s->cases, s->ncases, conv_case));
    case S_ASSIGN:
        return mk(c, "Assign", 3, "targets", SEQ(c, s->targets, s->ntargets, conv_expr), "value",
                  conv_expr(c, s->value), "type_comment", none_new());
    case S_ANNASSIGN:
        return mk(c, "AnnAssign", 4, "target", conv_expr(c, s->target), "annotation", conv_expr(c, s->annotation),
                  "value", EXPR(c, s->value), "simple", int_from_i64(s->simple));
    case S_AUGASSIGN:
        return mk(c, "AugAssign", 3, "target", conv_expr(c, s->target), "op", ENUM(c, binop_names, s->op), "value",
                  conv_expr(c, s->value));
    case S_FOR:
        return mk(c, s->op ? "AsyncFor" : "For", 5, "target", conv_expr(c, s->target), "iter", conv_expr(c, s->value),
                  "body", BODY(c, s), "orelse", ORELSE(c, s), "type_comment", none_new());
    case S_WHILE:
    case S_IF:
        return mk(c, s->kind == S_IF ? "If" : "While", 3, "test", conv_expr(c, s->test), "body", BODY(c, s), "orelse",
                  ORELSE(c, s));
    case S_WITH:
        return mk(c, s->op ? "AsyncWith" : "With", 3, "items", SEQ(c, s->items, s->nitems, conv_withitem), "body",
                  BODY(c, s), "type_comment", none_new());
    case S_RAISE: return mk(c, "Raise", 2, "exc", EXPR(c, s->value), "cause", EXPR(c, s->msg));
    case S_TRY:
        return mk(c, s->op ? "TryStar" : "Try", 4, "body", BODY(c, s), "handlers", SEQ(c, s->handlers, s->nhandlers, conv_handler),
                  "orelse", ORELSE(c, s), "finalbody", SEQ(c, s->final, s->nfinal, conv_stmt));
    case S_ASSERT: return mk(c, "Assert", 2, "test", conv_expr(c, s->test), "msg", EXPR(c, s->msg));
    case S_IMPORT: return mk(c, "Import", 1, "names", SEQ(c, s->names, s->nnames, conv_alias));
    case S_IMPORTFROM:
        return mk(c, "ImportFrom", 3, "module", opt_str(s->module), "names", SEQ(c, s->names, s->nnames, conv_alias),
                  "level", int_from_i64(s->level));
    case S_GLOBAL:
    case S_NONLOCAL:
        return mk(c, s->kind == S_GLOBAL ? "Global" : "Nonlocal", 1, "names",
                  SEQ(c, s->idents, s->nidents, conv_str));
    case S_EXPR: return mk(c, "Expr", 1, "value", conv_expr(c, s->value));
    case S_PASS: return node_new(c, "Pass");
    case S_BREAK: return node_new(c, "Break");
    case S_CONTINUE: return node_new(c, "Continue");
    }
    exc_set(ExcSystemError, "_ast: unknown statement kind %d", (int)s->kind);
    return NULL;
}

static Object *conv_stmt(Conv *c, const void *p)
{
    const Stmt *s = p;
    return at(stmt_node(c, s), s->lineno, s->col, s->end_line, s->end_col);
}

static Object *conv_module(Conv *c, const AstModule *m, const char *mode)
{
    if (strcmp(mode, "eval") == 0) return mk(c, "Expression", 1, "body", conv_expr(c, m->expr));
    if (strcmp(mode, "single") == 0) return mk(c, "Interactive", 1, "body", SEQ(c, m->body, m->nbody, conv_stmt));
    return mk(c, "Module", 2, "body", SEQ(c, m->body, m->nbody, conv_stmt), "type_ignores", list_new(0));
}

/* _parse(source, filename, mode, classes): source a str or (UTF-8) bytes. */
static Object *ast__parse(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const names[] = { "source", "filename", "mode", "classes", NULL };
    Object *a[4];
    if (args_parse("_parse", args, nargs, kw, 4, names, a) < 0) return NULL;
    if (!obj_isinstance_type(a[1], &StrType) || !obj_isinstance_type(a[2], &StrType) || !obj_is(a[3], &DictType)) {
        exc_set(ExcTypeError, "_parse() expects (str|bytes, str, str, dict)");
        return NULL;
    }
    const char *mode = str_utf8(a[2]);
    int cm = compile_mode_named(mode);
    if (cm < 0) return NULL;
    Conv c = { .classes = a[3] };
    if (obj_isinstance_type(a[0], &StrType)) {
        c.src = str_utf8(a[0]);
        c.len = str_nbytes(a[0]);
    } else if (obj_isinstance_type(a[0], &BytesType)) {
        c.src = (const char *)((BytesObject *)a[0])->data;
        c.len = ((BytesObject *)a[0])->n;
    } else {
        exc_set(ExcTypeError, "compile() arg 1 must be a string, bytes or AST object");
        return NULL;
    }
    AstArena *arena = ast_arena_new();
    if (!arena) {
        exc_nomemory();
        return NULL;
    }
    AstModule m;
    memset(&m, 0, sizeof m);
    Object *r = NULL;
    if (compile_parse(c.src, c.len, str_utf8(a[1]), (CompileMode)cm, arena, &m) == 0)
        r = conv_module(&c, &m, mode);
    ast_arena_free(arena);
    return r;
}

Object *mod__ast_init(void)
{
    size_t n = sizeof ast_spec / sizeof *ast_spec;
    Object *m = module_new("_ast", NULL), *spec = tuple_new(n);
    int bad = !m || !spec;
    for (size_t i = 0; i < n; i++) {
        Object *row = bad ? NULL : spec_row(&ast_spec[i]);
        bad |= !row;
        if (spec) tuple_set(spec, i, row ? row : none_new());
    }
    bad = bad || module_add(m, "_spec", spec) < 0 || module_add_func(m, "_parse", ast__parse) < 0 ||
          module_add_int(m, "PyCF_ONLY_AST", 0x400) < 0;
    XDECREF(spec);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
