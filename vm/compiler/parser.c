/* vm/compiler/parser.c — recursive descent over CPython 3.8's Grammar/Grammar.
 *
 * One token of lookahead (plus one peek), pulled lazily from the lexer so
 * that a tokenizer error is reported only when the parser reaches it, as
 * CPython does.  The first error ends the parse: it is recorded in the
 * ParseError and we longjmp back to parser_parse; every allocation is in
 * the arena, so nothing leaks on that path.  Node positions are those
 * CPython 3.8's ast.c gives (an operator node starts at its left operand,
 * a call or attribute at its primary), because the compiler's line table
 * is derived from them.
 */
#include "vm/compiler/parser.h"
#include "vm/compiler/lexer.h"
#include "vm/runtime/state.h"

#include <errno.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nesting the parser accepts: CPython 3.11's parser stack (MAXSTACK 6000,
 * less the 32 levels its rules use above a statement's first expression),
 * past which it raises a bare MemoryError as we do.  Whatever the count,
 * the parser also stops before its thread's C stack runs out. */
#define PARSER_MAX_DEPTH 5968

typedef struct Parser {
    Lexer lx;
    Token tok, peek;
    int have_peek;
    AstArena *arena;
    const char *src; size_t len;
    ParseError *err;
    jmp_buf *bail;
    int depth;
    int line_base;          /* f-string sub-parsers: added to node lines */
    int fixed_line;         /* f-string sub-parsers: every node gets this line (0: off) */
    int col_base;           /* f-string sub-parsers: added to expression columns, as 3.8 shifts them */
    int last_line, last_col;  /* where the last token taken ends (for node ends) */
    const char *filename;
    int eval;
} Parser;

typedef struct Vec { void **v; int n, cap; } Vec;

static const char *const keywords[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
};

/* ---- errors ------------------------------------------------------------- */

static _Noreturn void fail_at(Parser *p, ParseErrKind kind, const char *msg, int line, int offset)
{
    ParseError *e = p->err;
    e->kind = kind;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    e->filename = p->filename;
    e->line = line;
    e->offset = offset;
    size_t n;
    const char *t = lexer_line_text(p->src, p->len, line, &n);
    if (n >= sizeof e->text) n = sizeof e->text - 1;
    memcpy(e->text, t, n);
    e->text[n] = 0;
    longjmp(*p->bail, 1);
}

static _Noreturn void nomem(Parser *p)
{
    p->err->kind = PERR_NOMEM;
    snprintf(p->err->msg, sizeof p->err->msg, "out of memory");
    longjmp(*p->bail, 1);
}

/* "invalid syntax" at the current token, with CPython's special cases. */
static _Noreturn void syntax_error(Parser *p)
{
    Token *t = &p->tok;
    if (t->kind == TOK_ENDMARKER) {
        /* 3.8 points past the end of the last line read */
        int line = t->line;
        if (line > 1 && p->len && (p->src[p->len - 1] == '\n' || p->src[p->len - 1] == '\r')) line--;
        size_t n;
        lexer_line_text(p->src, p->len, line, &n);
        fail_at(p, PERR_SYNTAX, "unexpected EOF while parsing", line, (int)n + 1);
    }
    if (t->kind == TOK_INDENT)
        fail_at(p, PERR_INDENT, "unexpected indent", t->line, t->col + 1);
    if (t->kind == TOK_DEDENT)
        fail_at(p, PERR_INDENT, "unexpected unindent", t->line, t->col + 1);
    fail_at(p, PERR_SYNTAX, "invalid syntax", t->line, t->col + 1);
}

static _Noreturn void error_at_node(Parser *p, const char *msg, int line, int col)
{
    fail_at(p, PERR_SYNTAX, msg, line - p->line_base, col + 1);
}

/* ---- tokens --------------------------------------------------------------- */

static void lex_one(Parser *p, Token *t)
{
    if (lexer_next(&p->lx, t) < 0) {
        ParseErrKind k = p->lx.err == LEXERR_TAB ? PERR_TAB : p->lx.err == LEXERR_INDENT ? PERR_INDENT : PERR_SYNTAX;
        fail_at(p, k, p->lx.errmsg, p->lx.err_line, p->lx.err_col);
    }
}

static int node_line(Parser *p, int line);

static void next(Parser *p)
{
    p->last_line = node_line(p, p->tok.end_line);
    p->last_col = p->tok.end_col + p->col_base;
    if (p->have_peek) { p->tok = p->peek; p->have_peek = 0; }
    else lex_one(p, &p->tok);
}

static Token *peek(Parser *p)
{
    if (!p->have_peek) { lex_one(p, &p->peek); p->have_peek = 1; }
    return &p->peek;
}

static int tok_is_op(const Token *t, int op) { return t->kind == TOK_OP && t->op == op; }
static int is_op(Parser *p, int op) { return tok_is_op(&p->tok, op); }
static int tok_is_kw(const Token *t, const char *kw)
{
    return t->kind == TOK_NAME && t->len == strlen(kw) && memcmp(t->start, kw, t->len) == 0;
}
static int is_kw(Parser *p, const char *kw) { return tok_is_kw(&p->tok, kw); }
static int tok_is_keyword(const Token *t)
{
    if (t->kind != TOK_NAME) return 0;
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (tok_is_kw(t, keywords[i])) return 1;
    return 0;
}
static int is_name(Parser *p) { return p->tok.kind == TOK_NAME && !tok_is_keyword(&p->tok); }

static void expect_op(Parser *p, int op) { if (!is_op(p, op)) syntax_error(p); next(p); }
static void expect_kw(Parser *p, const char *kw) { if (!is_kw(p, kw)) syntax_error(p); next(p); }

static const char *expect_name(Parser *p)
{
    if (!is_name(p)) syntax_error(p);
    char *s = ast_strndup(p->arena, p->tok.start, p->tok.len);
    if (!s) nomem(p);
    next(p);
    return s;
}

/* ---- allocation helpers -------------------------------------------------- */

static void *alloc(Parser *p, size_t n)
{
    void *r = ast_alloc(p->arena, n);
    if (!r) nomem(p);
    return r;
}

static void push(Parser *p, Vec *v, void *x)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        void **nv = alloc(p, (size_t)cap * sizeof *nv);
        if (v->n) memcpy(nv, v->v, (size_t)v->n * sizeof *nv);
        v->v = nv;
        v->cap = cap;
    }
    v->v[v->n++] = x;
}

static int node_line(Parser *p, int line) { return p->fixed_line ? p->fixed_line : line + p->line_base; }

static Expr *new_expr(Parser *p, ExprKind k, int line, int col)
{
    Expr *e = alloc(p, sizeof *e);
    e->kind = k;
    e->lineno = e->start_line = node_line(p, line);
    e->col = e->start_col = col + p->col_base;
    return e;
}
static Expr *expr_at(Parser *p, ExprKind k, const Token *t) { return new_expr(p, k, t->line, t->col); }
static Expr *expr_like(Parser *p, ExprKind k, const Expr *pos)
{
    Expr *e = alloc(p, sizeof *e);
    e->kind = k;
    e->lineno = e->start_line = pos->start_line;
    e->col = e->start_col = pos->start_col;
    return e;
}

/* e, now known to be written inside the parenthesis lpar. */
static Expr *parenthesized(Parser *p, Expr *e, const Token *lpar)
{
    e->start_line = node_line(p, lpar->line);
    e->start_col = lpar->col + p->col_base;
    return e;
}

static Stmt *new_stmt(Parser *p, StmtKind k, const Token *t)
{
    Stmt *s = alloc(p, sizeof *s);
    s->kind = k;
    s->lineno = node_line(p, t->line);
    s->col = t->col;
    return s;
}

static AstConst *new_const(Parser *p, ConstKind k)
{
    AstConst *c = alloc(p, sizeof *c);
    c->kind = k;
    return c;
}

static void enter(Parser *p)
{
    if (++p->depth > PARSER_MAX_DEPTH || vm_stack_exhausted()) {
        p->err->kind = PERR_NOMEM;
        snprintf(p->err->msg, sizeof p->err->msg, "parser stack overflow");
        longjmp(*p->bail, 1);
    }
}
static void leave(Parser *p) { p->depth--; }

/* ---- forward declarations ---------------------------------------------- */

static Expr *parse_test(Parser *p);
static Expr *parse_test_nocond(Parser *p);
static Expr *parse_or_test(Parser *p);
static Expr *parse_expr(Parser *p);
static Expr *parse_star_or_test(Parser *p);
static Expr *parse_star_or_namedexpr(Parser *p);
static Expr *parse_namedexpr_test(Parser *p);
static Stmt **parse_suite(Parser *p, int *n);
static void parse_stmt(Parser *p, Vec *out);
static Arguments *parse_arguments(Parser *p, int closer);
static Expr *parse_fstring_expr(Parser *p, const char *s, size_t n, int line, int col);
static Expr *parse_yield(Parser *p);
static Expr *parse_testlist_star_expr(Parser *p);

/* ---- targets ------------------------------------------------------------- */

/* What python3 (3.11) calls an expression that cannot be a target. */
static const char *target_kind_name(const Expr *e)
{
    switch (e->kind) {
    case E_LAMBDA: return "lambda";
    case E_CALL: return "function call";
    case E_BOOLOP: case E_BINOP: case E_UNARYOP: return "expression";
    case E_TUPLE: return "tuple";
    case E_LIST: return "list";
    case E_STARRED: return "starred";
    case E_GENEXP: return "generator expression";
    case E_YIELD: return "yield expression";
    case E_AWAIT: return "await expression";
    case E_LISTCOMP: return "list comprehension";
    case E_SETCOMP: return "set comprehension";
    case E_DICTCOMP: return "dict comprehension";
    case E_DICT: return "dict literal";
    case E_SET: return "set display";
    case E_JOINEDSTR: case E_FORMATTED: return "f-string expression";
    case E_COMPARE: return "comparison";
    case E_IFEXP: return "conditional expression";
    case E_NAMEDEXPR: return "named expression";
    case E_CONST:
        switch (e->value->kind) {
        case CK_NONE: return "None";
        case CK_TRUE: return "True";
        case CK_FALSE: return "False";
        case CK_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    default: return "expression";
    }
}

static void set_context(Parser *p, Expr *e, ExprCtx ctx)
{
    switch (e->kind) {
    case E_NAME: case E_ATTR: case E_SUBSCRIPT:
        e->ctx = ctx;
        return;
    case E_STARRED:
        e->ctx = ctx;
        set_context(p, e->a, ctx);
        return;
    case E_LIST: case E_TUPLE:
        e->ctx = ctx;
        for (int i = 0; i < e->n; i++)
            set_context(p, e->elts[i], ctx);
        return;
    default: {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot %s %s", ctx == CTX_DEL ? "delete" : "assign to", target_kind_name(e));
        error_at_node(p, msg, e->lineno, e->col);
    }
    }
}

/* ---- literals ------------------------------------------------------------- */

static Expr *parse_number(Parser *p)
{
    Token t = p->tok;
    char buf[128];
    size_t n = 0;
    for (size_t i = 0; i < t.len && n < sizeof buf - 1; i++)
        if (t.start[i] != '_') buf[n++] = t.start[i];
    buf[n] = 0;
    Expr *e = expr_at(p, E_CONST, &t);
    if (buf[n - 1] == 'j' || buf[n - 1] == 'J') {   /* an imaginary literal: 2j, 1.5e3J */
        buf[n - 1] = 0;
        e->value = new_const(p, CK_COMPLEX);
        e->value->im = strtod(buf, NULL);
        next(p);
        return e;
    }
    int is_float = 0;
    if (!(n > 1 && buf[0] == '0' && strchr("xXoObB", buf[1])))
        for (size_t i = 0; i < n; i++)
            if (buf[i] == '.' || buf[i] == 'e' || buf[i] == 'E') is_float = 1;
    if (is_float) {
        e->value = new_const(p, CK_FLOAT);
        e->value->f = strtod(buf, NULL);
    } else {
        int base = 10;
        const char *digits = buf;
        if (n > 1 && buf[0] == '0' && strchr("xXoObB", buf[1])) {
            base = (buf[1] | 0x20) == 'x' ? 16 : (buf[1] | 0x20) == 'o' ? 8 : 2;
            digits = buf + 2;
        }
        errno = 0;
        unsigned long long v = strtoull(digits, NULL, base);
        e->value = new_const(p, CK_INT);
        if (errno == ERANGE || n == sizeof buf - 1 || v > (unsigned long long)INT64_MAX) {
            /* Beyond a word: the run-time int is made from the text. */
            size_t k = 0;
            char *text = alloc(p, t.len + 1);
            for (size_t i = 0; i < t.len; i++)
                if (t.start[i] != '_') text[k++] = t.start[i];
            text[k] = 0;
            e->value->s = text;
            e->value->n = k;
            e->value->i = errno != ERANGE && v == (unsigned long long)INT64_MAX + 1 ? 2 : 1;
        } else {
            e->value->i = (int64_t)v;
        }
    }
    next(p);
    return e;
}

typedef struct StrBuild {
    Vec parts;          /* Expr*: Constant str pieces and FormattedValues */
    char *last; size_t nlast, caplast;
    int fmode;
} StrBuild;

static void sb_add_text(Parser *p, StrBuild *b, const char *s, size_t n)
{
    if (n == 0) return;
    if (b->nlast + n + 1 > b->caplast) {
        size_t cap = (b->nlast + n + 1) * 2;
        char *nb = alloc(p, cap);
        if (b->nlast) memcpy(nb, b->last, b->nlast);
        b->last = nb;
        b->caplast = cap;
    }
    memcpy(b->last + b->nlast, s, n);
    b->nlast += n;
    b->last[b->nlast] = 0;
}

static Expr *str_const(Parser *p, const char *s, size_t n, int line, int col)
{
    Expr *e = new_expr(p, E_CONST, line, col);
    e->value = new_const(p, CK_STR);
    e->value->s = ast_strndup(p->arena, s, n);
    if (!e->value->s) nomem(p);
    e->value->n = n;
    return e;
}

static void sb_flush(Parser *p, StrBuild *b, int line, int col)
{
    if (b->nlast == 0) return;
    Expr *e = str_const(p, b->last, b->nlast, line, col);
    e->lineno = e->start_line = line;
    push(p, &b->parts, e);
    b->nlast = 0;
}

static Expr *sb_finish(Parser *p, StrBuild *b, int line, int col)
{
    if (!b->fmode)
        return str_const(p, b->last ? b->last : "", b->nlast, line, col);
    sb_flush(p, b, line, col);
    Expr *e = new_expr(p, E_JOINEDSTR, line, col);
    e->lineno = e->start_line = line;
    e->elts = (Expr **)b->parts.v;
    e->n = b->parts.n;
    return e;
}

static _Noreturn void fstring_error(Parser *p, const char *msg, const Token *t)
{
    fail_at(p, PERR_SYNTAX, msg, t->line, t->col + 1);
}

/* The lexer's string decoders say "out of memory" the way they say a
 * syntax error: that one is MemoryError, not SyntaxError. */
static _Noreturn void string_error(Parser *p, const char *msg, const Token *t)
{
    if (strcmp(msg, "out of memory") == 0)
        nomem(p);
    fstring_error(p, msg, t);
}

static void add_unescaped(Parser *p, StrBuild *b, const char *s, size_t n, int raw, const Token *t)
{
    const char *err = NULL;
    size_t on;
    char *u = lexer_unescape(s, n, 0, raw, &on, &err);
    if (!u) string_error(p, err, t);
    sb_add_text(p, b, u, on);
    free(u);
}

/* Parse f-string text s[0..n) into b; recurse is 1 inside a format spec. */
/* The place 3.8 gives an f-string expression (its nodes are shifted by it
 * from where they stand in "(expr)"): it looks for "{expr}" in the first
 * string token of the literal and counts the newlines before it, and the
 * columns from the last of them (the newline counted) or the token's
 * start, plus the token's column; not found (a conversion or spec follows
 * the expression), the token's line and column. */
static int fstring_expr_line(Parser *p, const Token *first, const char *e, size_t n, int *col)
{
    int line = node_line(p, first->line);
    *col = first->col + p->col_base;
    char *pat = alloc(p, n + 3);
    pat[0] = '{';
    memcpy(pat + 1, e, n);
    pat[n + 1] = '}';
    const char *hit = memmem(first->start, first->len, pat, n + 2);
    if (!hit) return line;
    const char *from = first->start;
    for (const char *c = first->start; c < hit; c++)
        if (*c == '\n') {
            line++;
            from = c;
        }
    *col += (int)(hit - from);
    return line;
}

/* The literal text's step at s: \\N{name} whole (its braces are not a
 * replacement field) or an escaped backslash, else one byte. */
static size_t fstring_escape_len(const char *s, size_t n, int raw)
{
    if (raw || s[0] != '\\' || n < 2)
        return 1;
    const char *close = s[1] == 'N' && n > 2 && s[2] == '{' ? memchr(s + 3, '}', n - 3) : NULL;
    return close ? (size_t)(close - s) + 1 : s[1] == '\\' ? 2 : 1;
}

static void fstring_parse(Parser *p, StrBuild *b, const char *s, size_t n, int raw, int recurse,
                          const Token *t, int line, const Token *first)
{
    b->fmode = 1;
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        while (i < n && s[i] != '{' && s[i] != '}') i += fstring_escape_len(s + i, n - i, raw);
        i = i > n ? n : i;
        add_unescaped(p, b, s + start, i - start, raw, t);
        if (i >= n) break;
        if (s[i] == '}') {
            if (recurse) fstring_error(p, "f-string: single '}' is not allowed", t);
            if (i + 1 < n && s[i + 1] == '}') { sb_add_text(p, b, "}", 1); i += 2; continue; }
            fstring_error(p, "f-string: single '}' is not allowed", t);
        }
        if (i + 1 < n && s[i + 1] == '{' && !recurse) { sb_add_text(p, b, "{", 1); i += 2; continue; }
        if (recurse > 1) fstring_error(p, "f-string: expressions nested too deeply", t);
        /* an expression: find its end, honouring brackets and quotes */
        i++;
        size_t es = i;
        int nest = 0;
        char quote = 0;
        for (; i < n; i++) {
            char c = s[i];
            if (c == '\\') fstring_error(p, "f-string expression part cannot include a backslash", t);
            if (quote) { if (c == quote) quote = 0; continue; }
            if (c == '\'' || c == '"') { quote = c; continue; }
            if (c == '#') fstring_error(p, "f-string expression part cannot include '#'", t);
            if (c == '[' || c == '(' || c == '{') nest++;
            else if (c == ']' || c == ')' || c == '}') { if (nest == 0) break; nest--; }
            else if (nest == 0 && (c == '!' || c == '=' || c == '<' || c == '>') && i + 1 < n && s[i + 1] == '=')
                i++;   /* != == <= >= are operators, not the end of the expression */
            else if (nest == 0 && (c == '!' || c == ':' || c == '=')) break;
        }
        if (quote) fstring_error(p, "f-string: unterminated string", t);
        if (i >= n) fstring_error(p, "f-string: expecting '}'", t);
        size_t ee = i;
        /* f'{expr=}' (3.8): the expression's text, '=' and any spaces after it
         * become literal text, and the conversion defaults to repr */
        size_t debug_end = 0;
        if (s[i] == '=') {
            i++;
            while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v'))
                i++;
            debug_end = i;
            if (i >= n) fstring_error(p, "f-string: expecting '}'", t);
        }
        int blank = 1;
        for (size_t k = es; k < ee; k++)
            if (s[k] != ' ' && s[k] != '\t' && s[k] != '\n') blank = 0;
        if (blank) fstring_error(p, "f-string: empty expression not allowed", t);
        Expr *fv = new_expr(p, E_FORMATTED, line, first->col);
        fv->lineno = fv->start_line = line;
        int col;
        int eline = fstring_expr_line(p, first, s + es, ee - es, &col);
        fv->a = parse_fstring_expr(p, s + es, ee - es, eline, col);
        fv->op = -1;
        if (s[i] == '!') {
            if (i + 1 >= n) fstring_error(p, "f-string: expecting '}'", t);
            char cv = s[i + 1];
            if (cv != 's' && cv != 'r' && cv != 'a')
                fstring_error(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'", t);
            fv->op = cv;
            i += 2;
            if (i >= n || (s[i] != ':' && s[i] != '}')) fstring_error(p, "f-string: expecting '}'", t);
        }
        if (s[i] == ':') {
            i++;
            size_t ss = i;
            int depth = 0;
            for (; i < n; i++) {
                if (s[i] == '{') depth++;
                else if (s[i] == '}') { if (depth == 0) break; depth--; }
            }
            if (i >= n) fstring_error(p, "f-string: expecting '}'", t);
            StrBuild sb = { 0 };
            fstring_parse(p, &sb, s + ss, i - ss, raw, recurse + 1, t, line, first);
            fv->b = sb_finish(p, &sb, line, first->col);
        }
        if (i >= n || s[i] != '}') fstring_error(p, "f-string: expecting '}'", t);
        i++;
        if (debug_end) {
            sb_add_text(p, b, s + es, debug_end - es);
            if (!fv->b && fv->op == -1) fv->op = 'r';
        }
        sb_flush(p, b, line, first->col);
        push(p, &b->parts, fv);
    }
}

/* An f-string's parts, and the parts of their format specs, span the
 * whole literal, as 3.8's (the expressions inside keep their own places). */
static Expr *fstring_ends(Parser *p, Expr *e)
{
    if (e->kind != E_JOINEDSTR) return e;
    e->end_line = p->last_line;
    e->end_col = p->last_col;
    for (int i = 0; i < e->n; i++) {
        e->elts[i]->end_line = p->last_line;
        e->elts[i]->end_col = p->last_col;
        if (e->elts[i]->kind == E_FORMATTED && e->elts[i]->b) fstring_ends(p, e->elts[i]->b);
    }
    return e;
}

static Expr *parse_strings(Parser *p)
{
    Token first = p->tok;
    StrBuild b = { 0 };
    int bytes = -1;
    while (p->tok.kind == TOK_STRING) {
        Token t = p->tok;
        LexStr ls;
        const char *err = NULL;
        if (lexer_decode_string(t.start, t.len, &ls, &err) < 0)
            string_error(p, err, &t);
        if (bytes >= 0 && bytes != ls.is_bytes) {
            free(ls.data);
            fail_at(p, PERR_SYNTAX, "cannot mix bytes and nonbytes literals", first.line, first.col + 1);
        }
        bytes = ls.is_bytes;
        if (ls.is_fmt) {
            fstring_parse(p, &b, ls.body, ls.body_len, ls.is_raw, 0, &t, node_line(p, first.line), &first);
        } else {
            sb_add_text(p, &b, ls.data, ls.n);
            free(ls.data);
        }
        next(p);
    }
    if (bytes == 1) {
        Expr *e = expr_at(p, E_CONST, &first);
        e->value = new_const(p, CK_BYTES);
        e->value->s = ast_strndup(p->arena, b.last ? b.last : "", b.nlast);
        if (!e->value->s) nomem(p);
        e->value->n = b.nlast;
        return e;
    }
    return fstring_ends(p, sb_finish(p, &b, node_line(p, first.line), first.col));
}

/* ---- expressions ------------------------------------------------------------ */

static int starts_expr(Parser *p)
{
    Token *t = &p->tok;
    if (t->kind == TOK_NUMBER || t->kind == TOK_STRING) return 1;
    if (t->kind == TOK_NAME)
        return !tok_is_keyword(t) || tok_is_kw(t, "not") || tok_is_kw(t, "lambda") || tok_is_kw(t, "None") ||
               tok_is_kw(t, "True") || tok_is_kw(t, "False") || tok_is_kw(t, "await");
    if (t->kind == TOK_OP)
        return t->op == TK_LPAR || t->op == TK_LSQB || t->op == TK_LBRACE || t->op == TK_MINUS ||
               t->op == TK_PLUS || t->op == TK_TILDE || t->op == TK_STAR || t->op == TK_ELLIPSIS;
    return 0;
}

static Comprehension **parse_comp_for(Parser *p, int *ngens);
static int starts_comp_for(Parser *p);

static Expr *make_seq(Parser *p, ExprKind k, Vec *v, int line, int col)
{
    Expr *e = new_expr(p, k, line, col);
    e->lineno = e->start_line = line;
    e->elts = (Expr **)v->v;
    e->n = v->n;
    return e;
}

/* e ends with the last token taken, unless its end is known already. */
static Expr *ends_here(Parser *p, Expr *e)
{
    if (!e->end_line) {
        e->end_line = p->last_line;
        e->end_col = p->last_col;
    }
    return e;
}

static Expr *parse_atom_inner(Parser *p);

/* An atom ends with its last token, except a parenthesized expression,
 * whose end is its own (its parentheses are not part of it). */
static Expr *parse_atom(Parser *p)
{
    Expr *e = parse_atom_inner(p);
    return e->start_col == e->col && e->start_line == e->lineno ? ends_here(p, e) : e;
}

static Expr *parse_atom_inner(Parser *p)
{
    Token t = p->tok;
    Expr *e;
    if (t.kind == TOK_NUMBER) return parse_number(p);
    if (t.kind == TOK_STRING) return parse_strings(p);
    if (t.kind == TOK_NAME) {
        ConstKind ck;
        if (tok_is_kw(&t, "None")) ck = CK_NONE;
        else if (tok_is_kw(&t, "True")) ck = CK_TRUE;
        else if (tok_is_kw(&t, "False")) ck = CK_FALSE;
        else {
            if (tok_is_keyword(&t)) syntax_error(p);
            e = expr_at(p, E_NAME, &t);
            e->id = expect_name(p);
            return e;
        }
        e = expr_at(p, E_CONST, &t);
        e->value = new_const(p, ck);
        next(p);
        return e;
    }
    if (tok_is_op(&t, TK_ELLIPSIS)) {
        e = expr_at(p, E_CONST, &t);
        e->value = new_const(p, CK_ELLIPSIS);
        next(p);
        return e;
    }
    if (tok_is_op(&t, TK_LPAR)) {
        next(p);
        if (is_op(p, TK_RPAR)) {
            next(p);
            return expr_at(p, E_TUPLE, &t);
        }
        if (is_kw(p, "yield")) {
            Expr *y = parse_yield(p);
            expect_op(p, TK_RPAR);
            return parenthesized(p, y, &t);
        }
        Expr *first = parse_star_or_namedexpr(p);
        if (starts_comp_for(p)) {
            e = expr_at(p, E_GENEXP, &t);
            e->a = first;
            e->gens = parse_comp_for(p, &e->ngens);
            expect_op(p, TK_RPAR);
            return e;
        }
        if (!is_op(p, TK_COMMA)) {
            expect_op(p, TK_RPAR);
            return parenthesized(p, first, &t);
        }
        Vec v = { 0 };
        push(p, &v, first);
        while (is_op(p, TK_COMMA)) {
            next(p);
            if (is_op(p, TK_RPAR)) break;
            push(p, &v, parse_star_or_namedexpr(p));
        }
        expect_op(p, TK_RPAR);
        return make_seq(p, E_TUPLE, &v, node_line(p, t.line), t.col);
    }
    if (tok_is_op(&t, TK_LSQB)) {
        next(p);
        Vec v = { 0 };
        if (!is_op(p, TK_RSQB)) {
            Expr *first = parse_star_or_namedexpr(p);
            if (starts_comp_for(p)) {
                e = expr_at(p, E_LISTCOMP, &t);
                e->a = first;
                e->gens = parse_comp_for(p, &e->ngens);
                expect_op(p, TK_RSQB);
                return e;
            }
            push(p, &v, first);
            while (is_op(p, TK_COMMA)) {
                next(p);
                if (is_op(p, TK_RSQB)) break;
                push(p, &v, parse_star_or_namedexpr(p));
            }
        }
        expect_op(p, TK_RSQB);
        return make_seq(p, E_LIST, &v, node_line(p, t.line), t.col);
    }
    if (tok_is_op(&t, TK_LBRACE)) {
        next(p);
        Vec keys = { 0 }, vals = { 0 };
        if (is_op(p, TK_RBRACE)) {
            next(p);
            e = expr_at(p, E_DICT, &t);
            return e;
        }
        int is_dict;
        Expr *k = NULL, *val;
        if (is_op(p, TK_DOUBLESTAR)) {
            next(p);
            is_dict = 1;
            val = parse_expr(p);
        } else {
            k = parse_star_or_test(p);
            is_dict = is_op(p, TK_COLON);
            if (is_dict) {
                if (k->kind == E_STARRED) syntax_error(p);
                next(p);
                val = parse_test(p);
            } else {
                val = k;
            }
        }
        if (starts_comp_for(p)) {
            if (!k) syntax_error(p);
            e = expr_at(p, is_dict ? E_DICTCOMP : E_SETCOMP, &t);
            e->a = k;
            if (is_dict) e->b = val;
            e->gens = parse_comp_for(p, &e->ngens);
            expect_op(p, TK_RBRACE);
            return e;
        }
        push(p, &keys, is_dict ? k : val);
        push(p, &vals, val);
        while (is_op(p, TK_COMMA)) {
            next(p);
            if (is_op(p, TK_RBRACE)) break;
            if (is_dict) {
                if (is_op(p, TK_DOUBLESTAR)) {
                    next(p);
                    push(p, &keys, NULL);
                    push(p, &vals, parse_expr(p));
                } else {
                    push(p, &keys, parse_test(p));
                    expect_op(p, TK_COLON);
                    push(p, &vals, parse_test(p));
                }
            } else {
                push(p, &keys, parse_star_or_test(p));
            }
        }
        expect_op(p, TK_RBRACE);
        e = make_seq(p, is_dict ? E_DICT : E_SET, &keys, node_line(p, t.line), t.col);
        if (is_dict) e->elts2 = (Expr **)vals.v;
        return e;
    }
    syntax_error(p);
}

static Expr *parse_subscript(Parser *p)
{
    Token t = p->tok;
    Expr *lower = NULL;
    if (!is_op(p, TK_COLON)) {
        lower = parse_test(p);
        if (!is_op(p, TK_COLON)) {
            Expr *ix = expr_like(p, E_INDEX, lower);
            ix->a = lower;
            return ix;
        }
    }
    Expr *s = lower ? expr_like(p, E_SLICE, lower) : expr_at(p, E_SLICE, &t);
    s->a = lower;
    next(p); /* ':' */
    if (!is_op(p, TK_COLON) && !is_op(p, TK_RSQB) && !is_op(p, TK_COMMA))
        s->b = parse_test(p);
    if (is_op(p, TK_COLON)) {
        next(p);
        if (!is_op(p, TK_RSQB) && !is_op(p, TK_COMMA))
            s->c = parse_test(p);
    }
    return ends_here(p, s);
}

static Expr *parse_subscriptlist(Parser *p)
{
    Vec v = { 0 };
    int comma = 0;
    push(p, &v, parse_subscript(p));
    while (is_op(p, TK_COMMA)) {
        comma = 1;
        next(p);
        if (is_op(p, TK_RSQB)) break;
        push(p, &v, parse_subscript(p));
    }
    Expr *first = v.v[0];
    if (!comma) return first;
    int all_index = 1;
    for (int i = 0; i < v.n; i++)
        if (((Expr *)v.v[i])->kind != E_INDEX) all_index = 0;
    if (all_index) {
        Expr *tup = expr_like(p, E_TUPLE, first->a);
        tup->n = v.n;
        tup->elts = alloc(p, (size_t)v.n * sizeof(Expr *));
        for (int i = 0; i < v.n; i++)
            tup->elts[i] = ((Expr *)v.v[i])->a;
        Expr *ix = expr_like(p, E_INDEX, ends_here(p, tup));
        ix->a = tup;
        return ix;
    }
    Expr *ext = expr_like(p, E_EXTSLICE, first);
    ext->elts = (Expr **)v.v;
    ext->n = v.n;
    return ends_here(p, ext);
}

/* A span from (lineno, col) to the end of the last token taken. */
static void span_to_here(Parser *p, Span *s, int lineno, int col)
{
    *s = (Span){ lineno, col, p->last_line, p->last_col };
}

/* A keyword argument runs from its name (or its "**") to its value's end. */
static Keyword *keyword_span(Parser *p, Keyword *k, int lineno, int col)
{
    span_to_here(p, &k->at, lineno, col);
    return k;
}

/* `lpar` is the '(' token: a lone generator argument takes its position, as 3.8's ast.c does. */
static void parse_call_args(Parser *p, Expr *call, const Token *lpar)
{
    Vec args = { 0 }, kws = { 0 };
    int seen_kw = 0, seen_kwunpack = 0;
    while (!is_op(p, TK_RPAR)) {
        Token t = p->tok;
        if (is_op(p, TK_STAR)) {
            next(p);
            if (seen_kwunpack)
                fail_at(p, PERR_SYNTAX, "iterable argument unpacking follows keyword argument unpacking", t.line, t.col + 1);
            Expr *st = expr_at(p, E_STARRED, &t);
            st->a = parse_test(p);
            push(p, &args, st);   /* ends with its operand, parentheses not included (3.8) */
        } else if (is_op(p, TK_DOUBLESTAR)) {
            next(p);
            Keyword *k = alloc(p, sizeof *k);
            k->value = parse_test(p);
            push(p, &kws, keyword_span(p, k, node_line(p, t.line), t.col + p->col_base));
            seen_kwunpack = 1;
        } else {
            Expr *e = parse_namedexpr_test(p);
            if (is_op(p, TK_EQUAL)) {
                next(p);
                if (e->kind != E_NAME) {
                    if (e->kind == E_CONST || e->kind == E_CALL || e->kind == E_ATTR || e->kind == E_SUBSCRIPT ||
                        e->kind == E_BINOP)
                        error_at_node(p, "expression cannot contain assignment, perhaps you meant \"==\"?", e->lineno, e->col);
                    error_at_node(p, "keyword can't be an expression", e->lineno, e->col);
                }
                for (int i = 0; i < kws.n; i++) {
                    Keyword *o = kws.v[i];
                    if (o->arg && strcmp(o->arg, e->id) == 0) {
                        char msg[160];
                        snprintf(msg, sizeof msg, "keyword argument repeated: %.100s", e->id);
                        error_at_node(p, msg, e->lineno, e->col);
                    }
                }
                Keyword *k = alloc(p, sizeof *k);
                k->arg = e->id;
                k->value = parse_test(p);
                push(p, &kws, keyword_span(p, k, e->lineno, e->col));
                seen_kw = 1;
            } else {
                if (starts_comp_for(p)) {
                    Expr *g = expr_at(p, E_GENEXP, lpar);
                    g->a = e;
                    g->gens = parse_comp_for(p, &g->ngens);
                    if (args.n || kws.n || !is_op(p, TK_RPAR))
                        error_at_node(p, "Generator expression must be parenthesized", e->lineno, e->col);
                    e = g;
                }
                if (seen_kwunpack)
                    error_at_node(p, "positional argument follows keyword argument unpacking", e->lineno, e->col);
                if (seen_kw)
                    error_at_node(p, "positional argument follows keyword argument", e->lineno, e->col);
                push(p, &args, e);
            }
        }
        if (!is_op(p, TK_COMMA)) break;
        next(p);
    }
    expect_op(p, TK_RPAR);
    if (args.n == 1 && ((Expr *)args.v[0])->kind == E_GENEXP && ((Expr *)args.v[0])->col == lpar->col + p->col_base &&
        ((Expr *)args.v[0])->lineno == node_line(p, lpar->line))
        ends_here(p, args.v[0]);   /* f(x for x in y): the generator takes the call's parentheses */
    call->elts = (Expr **)args.v;
    call->n = args.n;
    call->kws = (Keyword **)kws.v;
    call->nkws = kws.n;
}

static Expr *parse_atom_expr(Parser *p)
{
    Expr *e = parse_atom(p);
    for (;;) {
        if (is_op(p, TK_LPAR)) {
            Token lpar = p->tok;
            next(p);
            Expr *c = expr_like(p, E_CALL, e);
            c->a = e;
            parse_call_args(p, c, &lpar);
            e = ends_here(p, c);
        } else if (is_op(p, TK_LSQB)) {
            next(p);
            Expr *s = expr_like(p, E_SUBSCRIPT, e);
            s->a = e;
            s->b = parse_subscriptlist(p);
            expect_op(p, TK_RSQB);
            e = ends_here(p, s);
        } else if (is_op(p, TK_DOT)) {
            next(p);
            Expr *a = expr_like(p, E_ATTR, e);
            a->a = e;
            a->id = expect_name(p);
            e = ends_here(p, a);
        } else {
            return e;
        }
    }
}

static Expr *parse_factor(Parser *p);

/* power: ['await'] atom_expr ['**' factor] */
static Expr *parse_power(Parser *p)
{
    Expr *e;
    if (is_kw(p, "await")) {
        Token t = p->tok;
        next(p);
        e = expr_at(p, E_AWAIT, &t);
        e->a = parse_atom_expr(p);
        ends_here(p, e);
    } else {
        e = parse_atom_expr(p);
    }
    if (is_op(p, TK_DOUBLESTAR)) {
        enter(p);
        next(p);
        Expr *b = expr_like(p, E_BINOP, e);
        b->op = OP_POW;
        b->a = e;
        enter(p);   /* and two on each power */
        b->b = parse_factor(p);
        leave(p);
        e = ends_here(p, b);
        leave(p);
    }
    return e;
}

static Expr *parse_factor(Parser *p)
{
    Token t = p->tok;
    int op = is_op(p, TK_MINUS) ? UOP_USUB : is_op(p, TK_PLUS) ? UOP_UADD : is_op(p, TK_TILDE) ? UOP_INVERT : -1;
    if (op < 0) return parse_power(p);
    enter(p);
    next(p);
    Expr *e = expr_at(p, E_UNARYOP, &t);
    e->op = op;
    e->a = parse_factor(p);
    leave(p);
    return ends_here(p, e);
}

/* Binary operator levels, loosest first. */
static const struct { int tok, op; } binops[][5] = {
    { { TK_VBAR, OP_BITOR }, { -1, 0 } },
    { { TK_CIRCUMFLEX, OP_BITXOR }, { -1, 0 } },
    { { TK_AMPER, OP_BITAND }, { -1, 0 } },
    { { TK_LEFTSHIFT, OP_LSHIFT }, { TK_RIGHTSHIFT, OP_RSHIFT }, { -1, 0 } },
    { { TK_PLUS, OP_ADD }, { TK_MINUS, OP_SUB }, { -1, 0 } },
    { { TK_STAR, OP_MULT }, { TK_SLASH, OP_DIV }, { TK_PERCENT, OP_MOD }, { TK_DOUBLESLASH, OP_FLOORDIV },
      { TK_AT, OP_MATMULT } },
};
#define NBINLEVELS ((int)(sizeof binops / sizeof binops[0]))

static Expr *parse_binary(Parser *p, int level)
{
    if (level == NBINLEVELS) return parse_factor(p);
    Expr *e = parse_binary(p, level + 1);
    for (;;) {
        int op = -1;
        for (int i = 0; i < 5 && binops[level][i].tok >= 0; i++) {
            if (is_op(p, binops[level][i].tok)) { op = binops[level][i].op; break; }
        }
        if (op < 0) return e;
        next(p);
        Expr *b = expr_like(p, E_BINOP, e);
        b->op = op;
        b->a = e;
        b->b = parse_binary(p, level + 1);
        e = ends_here(p, b);
    }
}

static Expr *parse_expr(Parser *p) { return parse_binary(p, 0); }

static int parse_comp_op(Parser *p)
{
    Token *t = &p->tok;
    if (t->kind == TOK_OP) {
        switch (t->op) {
        case TK_LESS: next(p); return CMP_OP_LT;
        case TK_GREATER: next(p); return CMP_OP_GT;
        case TK_EQEQUAL: next(p); return CMP_OP_EQ;
        case TK_GREATEREQUAL: next(p); return CMP_OP_GTE;
        case TK_LESSEQUAL: next(p); return CMP_OP_LTE;
        case TK_NOTEQUAL: next(p); return CMP_OP_NOTEQ;
        }
        return -1;
    }
    if (is_kw(p, "in")) { next(p); return CMP_OP_IN; }
    if (is_kw(p, "is")) {
        next(p);
        if (is_kw(p, "not")) { next(p); return CMP_OP_ISNOT; }
        return CMP_OP_IS;
    }
    if (is_kw(p, "not") && tok_is_kw(peek(p), "in")) { next(p); next(p); return CMP_OP_NOTIN; }
    return -1;
}

static Expr *parse_comparison(Parser *p)
{
    Expr *e = parse_expr(p);
    int op = parse_comp_op(p);
    if (op < 0) return e;
    Expr *c = expr_like(p, E_COMPARE, e);
    c->a = e;
    Vec ops = { 0 }, rest = { 0 };
    while (op >= 0) {
        push(p, &ops, (void *)(intptr_t)op);
        push(p, &rest, parse_expr(p));
        op = parse_comp_op(p);
    }
    c->n = rest.n;
    c->elts = (Expr **)rest.v;
    c->cmpops = alloc(p, (size_t)ops.n * sizeof(int));
    for (int i = 0; i < ops.n; i++)
        c->cmpops[i] = (int)(intptr_t)ops.v[i];
    return ends_here(p, c);
}

static Expr *parse_not_test(Parser *p)
{
    if (!is_kw(p, "not")) return parse_comparison(p);
    Token t = p->tok;
    enter(p);
    next(p);
    Expr *e = expr_at(p, E_UNARYOP, &t);
    e->op = UOP_NOT;
    e->a = parse_not_test(p);
    leave(p);
    return ends_here(p, e);
}

static Expr *parse_boolop(Parser *p, int is_or)
{
    Expr *e = is_or ? parse_boolop(p, 0) : parse_not_test(p);
    if (!is_kw(p, is_or ? "or" : "and")) return e;
    Vec v = { 0 };
    push(p, &v, e);
    while (is_kw(p, is_or ? "or" : "and")) {
        next(p);
        push(p, &v, is_or ? parse_boolop(p, 0) : parse_not_test(p));
    }
    Expr *b = expr_like(p, E_BOOLOP, e);
    b->op = is_or ? BOOL_OR : BOOL_AND;
    b->elts = (Expr **)v.v;
    b->n = v.n;
    return ends_here(p, b);
}

static Expr *parse_or_test(Parser *p) { return parse_boolop(p, 1); }

static Expr *parse_lambda(Parser *p, int nocond)
{
    Token t = p->tok;
    next(p);
    Expr *e = expr_at(p, E_LAMBDA, &t);
    e->args = parse_arguments(p, TK_COLON);
    expect_op(p, TK_COLON);
    enter(p);   /* CPython's parser spends two levels on each lambda */
    e->a = nocond ? parse_test_nocond(p) : parse_test(p);
    leave(p);
    return ends_here(p, e);
}

static Expr *parse_test(Parser *p)
{
    enter(p);
    Expr *e;
    if (is_kw(p, "lambda")) {
        e = parse_lambda(p, 0);
    } else {
        e = parse_or_test(p);
        if (is_kw(p, "if")) {
            next(p);
            Expr *c = expr_like(p, E_IFEXP, e);
            c->b = e;
            c->a = parse_or_test(p);
            expect_kw(p, "else");
            c->c = parse_test(p);
            e = ends_here(p, c);
        }
    }
    leave(p);
    return e;
}

static Expr *parse_test_nocond(Parser *p)
{
    if (is_kw(p, "lambda")) return parse_lambda(p, 1);
    return parse_or_test(p);
}

static Expr *parse_star_expr(Parser *p)
{
    Token t = p->tok;
    next(p);
    Expr *e = expr_at(p, E_STARRED, &t);
    e->a = parse_expr(p);
    return ends_here(p, e);
}

static Expr *parse_star_or_test(Parser *p)
{
    return is_op(p, TK_STAR) ? parse_star_expr(p) : parse_test(p);
}

/* namedexpr_test: test [':=' test] (3.8's assignment expressions) */
static Expr *parse_namedexpr_test(Parser *p)
{
    Expr *e = parse_test(p);
    if (!is_op(p, TK_COLONEQUAL)) return e;
    if (e->kind != E_NAME) {
        char msg[96];
        snprintf(msg, sizeof msg, "cannot use named assignment with %s", target_kind_name(e));
        error_at_node(p, msg, e->lineno, e->col);
    }
    next(p);
    Expr *n = expr_like(p, E_NAMEDEXPR, e);
    e->ctx = CTX_STORE;
    n->a = e;
    n->b = parse_test(p);
    return ends_here(p, n);
}

static Expr *parse_star_or_namedexpr(Parser *p)
{
    return is_op(p, TK_STAR) ? parse_star_expr(p) : parse_namedexpr_test(p);
}

/* A comma-separated list; a tuple when there is a comma. `item` parses one element. */
static Expr *parse_list_of(Parser *p, Expr *(*item)(Parser *))
{
    Expr *first = item(p);
    if (!is_op(p, TK_COMMA)) return first;
    Vec v = { 0 };
    push(p, &v, first);
    while (is_op(p, TK_COMMA)) {
        next(p);
        if (!starts_expr(p)) break;
        push(p, &v, item(p));
    }
    return ends_here(p, make_seq(p, E_TUPLE, &v, first->start_line, first->start_col));
}

static Expr *parse_star_or_expr(Parser *p) { return is_op(p, TK_STAR) ? parse_star_expr(p) : parse_expr(p); }
static Expr *parse_exprlist(Parser *p) { return parse_list_of(p, parse_star_or_expr); }
static Expr *parse_testlist(Parser *p) { return parse_list_of(p, parse_test); }
static Expr *parse_testlist_star_expr(Parser *p) { return parse_list_of(p, parse_star_or_test); }

static int is_async_for(Parser *p)
{
    return is_kw(p, "async") && tok_is_kw(peek(p), "for");
}

static int starts_comp_for(Parser *p) { return is_kw(p, "for") || is_async_for(p); }

static Comprehension **parse_comp_for(Parser *p, int *ngens)
{
    Vec gens = { 0 };
    while (starts_comp_for(p)) {
        Comprehension *c = alloc(p, sizeof *c);
        c->is_async = is_kw(p, "async");
        if (c->is_async) next(p);
        next(p);
        c->target = parse_exprlist(p);
        set_context(p, c->target, CTX_STORE);
        expect_kw(p, "in");
        c->iter = parse_or_test(p);
        Vec ifs = { 0 };
        while (is_kw(p, "if")) {
            next(p);
            push(p, &ifs, parse_test_nocond(p));
        }
        c->ifs = (Expr **)ifs.v;
        c->nifs = ifs.n;
        push(p, &gens, c);
    }
    *ngens = gens.n;
    return (Comprehension **)gens.v;
}

/* An f-string's {expression}: parsed as "(text)" by a sub-parser whose
 * nodes all carry the string's line. */
static Expr *parse_fstring_expr(Parser *p, const char *s, size_t n, int line, int col)
{
    char *buf = alloc(p, n + 3);
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = 0;
    Parser sub;
    memset(&sub, 0, sizeof sub);
    lexer_init(&sub.lx, buf, n + 2);
    sub.arena = p->arena;
    sub.src = buf;
    sub.len = n + 2;
    sub.err = p->err;
    sub.bail = p->bail;
    sub.depth = p->depth;
    sub.fixed_line = line;
    sub.col_base = col;
    sub.filename = "<fstring>";
    next(&sub);
    Expr *e = parse_testlist_star_expr(&sub);
    if (sub.tok.kind == TOK_NEWLINE) next(&sub);
    if (sub.tok.kind != TOK_ENDMARKER) syntax_error(&sub);
    return e;
}

/* ---- arguments ----------------------------------------------------------- */

static Arg *parse_arg(Parser *p, int allow_annotation)
{
    Arg *a = alloc(p, sizeof *a);
    a->lineno = node_line(p, p->tok.line);
    a->col = p->tok.col + p->col_base;
    a->name = expect_name(p);
    if (allow_annotation && is_op(p, TK_COLON)) {
        next(p);
        a->annotation = parse_test(p);
    }
    a->end_line = p->last_line;
    a->end_col = p->last_col;
    return a;
}

/* typedargslist (closer ')') or varargslist (closer ':'). */
static Arguments *parse_arguments(Parser *p, int closer)
{
    Arguments *A = alloc(p, sizeof *A);
    int ann = closer == TK_RPAR;
    Vec args = { 0 }, defs = { 0 }, kwonly = { 0 }, kwdefs = { 0 };
    int star = 0;
    while (!is_op(p, closer)) {
        Token t = p->tok;
        if (is_op(p, TK_DOUBLESTAR)) {
            next(p);
            A->kwarg = parse_arg(p, ann);
            if (is_op(p, TK_COMMA)) next(p);
            if (!is_op(p, closer)) syntax_error(p);
            break;
        }
        if (is_op(p, TK_STAR)) {
            if (star) syntax_error(p);
            star = 1;
            next(p);
            if (is_name(p)) {
                A->vararg = parse_arg(p, ann);
            } else if (!is_op(p, TK_COMMA) || tok_is_op(peek(p), TK_DOUBLESTAR) || tok_is_op(peek(p), closer)) {
                fail_at(p, PERR_SYNTAX, "named arguments must follow bare *", t.line, t.col + 1);
            }
        } else if (is_op(p, TK_SLASH)) {
            if (star || A->nposonly || args.n == 0) syntax_error(p);
            next(p);
            A->nposonly = args.n;
            A->posonly = alloc(p, (size_t)args.n * sizeof(Arg *));
            memcpy(A->posonly, args.v, (size_t)args.n * sizeof(Arg *));
            args.n = 0;
        } else {
            int name_end = p->tok.col + (int)p->tok.len + p->col_base;
            Arg *a = parse_arg(p, ann);
            if (star) {   /* 3.8 ends a keyword-only arg at its name */
                a->end_line = a->lineno;
                a->end_col = name_end;
            }
            Expr *d = NULL;
            if (is_op(p, TK_EQUAL)) {
                next(p);
                d = parse_test(p);
            }
            if (star) {
                push(p, &kwonly, a);
                push(p, &kwdefs, d);
            } else {
                if (d) push(p, &defs, d);
                else if (defs.n)
                    fail_at(p, PERR_SYNTAX, "non-default argument follows default argument", t.line, t.col + 1);
                push(p, &args, a);
            }
        }
        if (!is_op(p, TK_COMMA)) break;
        next(p);
    }
    if (!is_op(p, closer)) syntax_error(p);
    A->args = (Arg **)args.v;
    A->nargs = args.n;
    A->defaults = (Expr **)defs.v;
    A->ndefaults = defs.n;
    A->kwonly = (Arg **)kwonly.v;
    A->nkwonly = kwonly.n;
    A->kw_defaults = (Expr **)kwdefs.v;
    return A;
}

/* ---- statements -------------------------------------------------------------- */

static void end_of_simple(Parser *p)
{
    if (!is_op(p, TK_SEMI) && p->tok.kind != TOK_NEWLINE) syntax_error(p);
}

static Alias *parse_dotted_as(Parser *p, int dotted)
{
    Alias *a = alloc(p, sizeof *a);
    Token t = p->tok;
    if (!is_name(p)) syntax_error(p);
    const char *start = t.start, *end = t.start + t.len;
    next(p);
    while (dotted && is_op(p, TK_DOT)) {
        next(p);
        if (!is_name(p)) syntax_error(p);
        end = p->tok.start + p->tok.len;
        next(p);
    }
    /* rebuild "a.b.c" without any spaces between the parts */
    char *name = alloc(p, (size_t)(end - start) + 1);
    size_t k = 0;
    for (const char *c = start; c < end; c++)
        if (*c != ' ' && *c != '\t' && *c != '\\' && *c != '\n' && *c != '\r') name[k++] = *c;
    a->name = name;
    if (is_kw(p, "as")) {
        next(p);
        a->asname = expect_name(p);
    }
    span_to_here(p, &a->at, node_line(p, t.line), t.col + p->col_base);
    return a;
}

static Stmt *parse_import(Parser *p)
{
    Token t = p->tok;
    Vec names = { 0 };
    if (is_kw(p, "import")) {
        next(p);
        Stmt *s = new_stmt(p, S_IMPORT, &t);
        do {
            if (names.n) next(p);
            push(p, &names, parse_dotted_as(p, 1));
        } while (is_op(p, TK_COMMA));
        s->names = (Alias **)names.v;
        s->nnames = names.n;
        return s;
    }
    next(p); /* from */
    Stmt *s = new_stmt(p, S_IMPORTFROM, &t);
    while (is_op(p, TK_DOT) || is_op(p, TK_ELLIPSIS)) {
        s->level += is_op(p, TK_DOT) ? 1 : 3;
        next(p);
    }
    if (!is_kw(p, "import")) s->module = parse_dotted_as(p, 1)->name;
    expect_kw(p, "import");
    if (is_op(p, TK_STAR)) {
        Alias *a = alloc(p, sizeof *a);
        a->name = "*";
        Token star = p->tok;
        next(p);
        span_to_here(p, &a->at, node_line(p, star.line), star.col + p->col_base);
        push(p, &names, a);
    } else {
        int paren = is_op(p, TK_LPAR);
        if (paren) next(p);
        for (;;) {
            push(p, &names, parse_dotted_as(p, 0));
            if (!is_op(p, TK_COMMA)) break;
            next(p);
            if (paren && is_op(p, TK_RPAR)) break;
            if (!paren && !is_name(p)) syntax_error(p);
        }
        if (paren) expect_op(p, TK_RPAR);
    }
    s->names = (Alias **)names.v;
    s->nnames = names.n;
    return s;
}

static void names_stmt(Parser *p, Stmt *s)
{
    Vec v = { 0 };
    next(p);
    push(p, &v, (void *)expect_name(p));
    while (is_op(p, TK_COMMA)) {
        next(p);
        push(p, &v, (void *)expect_name(p));
    }
    s->idents = (const char **)v.v;
    s->nidents = v.n;
}

static int augassign_op(Parser *p)
{
    static const int map[][2] = {
        { TK_PLUSEQUAL, OP_ADD }, { TK_MINEQUAL, OP_SUB }, { TK_STAREQUAL, OP_MULT }, { TK_ATEQUAL, OP_MATMULT },
        { TK_SLASHEQUAL, OP_DIV }, { TK_PERCENTEQUAL, OP_MOD }, { TK_AMPEREQUAL, OP_BITAND },
        { TK_VBAREQUAL, OP_BITOR }, { TK_CIRCUMFLEXEQUAL, OP_BITXOR }, { TK_LEFTSHIFTEQUAL, OP_LSHIFT },
        { TK_RIGHTSHIFTEQUAL, OP_RSHIFT }, { TK_DOUBLESTAREQUAL, OP_POW }, { TK_DOUBLESLASHEQUAL, OP_FLOORDIV },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (is_op(p, map[i][0])) return map[i][1];
    return -1;
}

/* yield_expr: 'yield' ['from' test | testlist_star_expr] */
static Expr *parse_yield(Parser *p)
{
    Token t = p->tok;
    next(p);
    Expr *e = expr_at(p, E_YIELD, &t);
    if (is_kw(p, "from")) {
        next(p);
        e->op = 1;
        e->a = parse_test(p);
    } else if (starts_expr(p)) {
        e->a = parse_testlist_star_expr(p);
    }
    return ends_here(p, e);
}

static Stmt *parse_expr_stmt(Parser *p)
{
    Token t = p->tok;
    Expr *first = is_kw(p, "yield") ? parse_yield(p) : parse_testlist_star_expr(p);
    int aug = augassign_op(p);
    if (aug >= 0) {
        if (first->kind != E_NAME && first->kind != E_ATTR && first->kind != E_SUBSCRIPT) {
            char msg[96];
            snprintf(msg, sizeof msg, "'%s' is an illegal expression for augmented assignment",
                     target_kind_name(first));
            error_at_node(p, msg, first->lineno, first->col);
        }
        next(p);
        Stmt *s = new_stmt(p, S_AUGASSIGN, &t);
        set_context(p, first, CTX_STORE);
        s->target = first;
        s->op = aug;
        s->value = is_kw(p, "yield") ? parse_yield(p) : parse_testlist(p);
        return s;
    }
    if (is_op(p, TK_COLON)) {
        if (first->kind == E_TUPLE || first->kind == E_LIST)
            error_at_node(p, first->kind == E_TUPLE ? "only single target (not tuple) can be annotated"
                                                    : "only single target (not list) can be annotated",
                          first->lineno, first->col);
        if (first->kind != E_NAME && first->kind != E_ATTR && first->kind != E_SUBSCRIPT)
            error_at_node(p, "illegal target for annotation", first->lineno, first->col);
        next(p);
        Stmt *s = new_stmt(p, S_ANNASSIGN, &t);
        set_context(p, first, CTX_STORE);
        s->target = first;
        /* not `(x): int`, whose parenthesis starts before the name */
        s->simple = first->kind == E_NAME && first->start_col == first->col && first->start_line == first->lineno;
        s->annotation = parse_test(p);
        if (is_op(p, TK_EQUAL)) {
            next(p);
            s->value = parse_testlist_star_expr(p);
        }
        return s;
    }
    if (!is_op(p, TK_EQUAL)) {
        Stmt *s = new_stmt(p, S_EXPR, &t);
        s->value = first;
        return s;
    }
    Vec targets = { 0 };
    Expr *last = first;
    while (is_op(p, TK_EQUAL)) {
        next(p);
        set_context(p, last, CTX_STORE);
        push(p, &targets, last);
        last = is_kw(p, "yield") ? parse_yield(p) : parse_testlist_star_expr(p);
    }
    Stmt *s = new_stmt(p, S_ASSIGN, &t);
    s->targets = (Expr **)targets.v;
    s->ntargets = targets.n;
    s->value = last;
    return s;
}

static Stmt *parse_small_stmt(Parser *p)
{
    Token t = p->tok;
    Stmt *s;
    if (is_kw(p, "pass")) { next(p); return new_stmt(p, S_PASS, &t); }
    if (is_kw(p, "break")) { next(p); return new_stmt(p, S_BREAK, &t); }
    if (is_kw(p, "continue")) { next(p); return new_stmt(p, S_CONTINUE, &t); }
    if (is_kw(p, "return")) {
        next(p);
        s = new_stmt(p, S_RETURN, &t);
        if (starts_expr(p)) s->value = parse_testlist_star_expr(p);
        return s;
    }
    if (is_kw(p, "raise")) {
        next(p);
        s = new_stmt(p, S_RAISE, &t);
        if (starts_expr(p)) {
            s->value = parse_test(p);
            if (is_kw(p, "from")) {
                next(p);
                s->msg = parse_test(p);
            }
        }
        return s;
    }
    if (is_kw(p, "global") || is_kw(p, "nonlocal")) {
        s = new_stmt(p, is_kw(p, "global") ? S_GLOBAL : S_NONLOCAL, &t);
        names_stmt(p, s);
        return s;
    }
    if (is_kw(p, "del")) {
        next(p);
        s = new_stmt(p, S_DELETE, &t);
        /* `del a, b` lists its targets; a parenthesised tuple stays one target */
        Vec v = { 0 };
        push(p, &v, parse_star_or_expr(p));
        while (is_op(p, TK_COMMA)) {
            next(p);
            if (!starts_expr(p)) break;
            push(p, &v, parse_star_or_expr(p));
        }
        for (int i = 0; i < v.n; i++) set_context(p, v.v[i], CTX_DEL);
        s->targets = (Expr **)v.v;
        s->ntargets = v.n;
        return s;
    }
    if (is_kw(p, "assert")) {
        next(p);
        s = new_stmt(p, S_ASSERT, &t);
        s->test = parse_test(p);
        if (is_op(p, TK_COMMA)) {
            next(p);
            s->msg = parse_test(p);
        }
        return s;
    }
    if (is_kw(p, "import") || is_kw(p, "from")) return parse_import(p);
    return parse_expr_stmt(p);
}

static void parse_simple_stmt(Parser *p, Vec *out)
{
    for (;;) {
        Stmt *s = parse_small_stmt(p);
        s->end_line = p->last_line;
        s->end_col = p->last_col;
        push(p, out, s);
        end_of_simple(p);
        if (is_op(p, TK_SEMI)) {
            next(p);
            if (p->tok.kind == TOK_NEWLINE) break;
            continue;
        }
        break;
    }
    if (p->tok.kind != TOK_NEWLINE) syntax_error(p);
    next(p);
}

static Stmt **parse_suite(Parser *p, int *n)
{
    Vec v = { 0 };
    expect_op(p, TK_COLON);
    if (p->tok.kind != TOK_NEWLINE) {
        parse_simple_stmt(p, &v);
    } else {
        next(p);
        if (p->tok.kind != TOK_INDENT)
            fail_at(p, PERR_INDENT, "expected an indented block", p->tok.line, p->tok.col + 1);
        next(p);
        enter(p);
        while (p->tok.kind != TOK_DEDENT && p->tok.kind != TOK_ENDMARKER)
            parse_stmt(p, &v);
        leave(p);
        if (p->tok.kind == TOK_DEDENT) next(p);
    }
    *n = v.n;
    return (Stmt **)v.v;
}

static Stmt *parse_if(Parser *p)
{
    Token t = p->tok;
    next(p);
    Stmt *s = new_stmt(p, S_IF, &t);
    s->test = parse_namedexpr_test(p);
    s->body = parse_suite(p, &s->nbody);
    if (is_kw(p, "elif")) {
        s->orelse = alloc(p, sizeof(Stmt *));
        enter(p);
        s->orelse[0] = parse_if(p);
        leave(p);
        s->norelse = 1;
    } else if (is_kw(p, "else")) {
        next(p);
        s->orelse = parse_suite(p, &s->norelse);
    }
    return s;
}

/* ---- looking ahead ---------------------------------------------------------- */

/* The tokens after the current one, read without taking them: the peeked
 * one, then a copy of the lexer's state.  Python 3.10's grammar needs
 * this where 3.8's one token does not decide (a match statement, a with
 * statement's parenthesized items). */
typedef struct Ahead { Lexer lx; Token peeked; int have; } Ahead;

static void ahead_init(Parser *p, Ahead *a)
{
    a->lx = p->lx;
    a->have = p->have_peek;
    a->peeked = p->peek;
}

static int ahead_next(Ahead *a, Token *t)
{
    if (!a->have)
        return lexer_next(&a->lx, t);
    *t = a->peeked;
    a->have = 0;
    return 0;
}

static int bracket_step(const Token *t)
{
    if (t->kind != TOK_OP)
        return 0;
    return t->op == TK_LPAR || t->op == TK_LSQB || t->op == TK_LBRACE   ? 1
           : t->op == TK_RPAR || t->op == TK_RSQB || t->op == TK_RBRACE ? -1
                                                                        : 0;
}

/* `with (a as b, c):` (python3's parenthesized items): the parenthesis at
 * hand closes right before the statement's colon. */
static int with_parenthesized(Parser *p)
{
    if (!is_op(p, TK_LPAR))
        return 0;
    Ahead a;
    ahead_init(p, &a);
    Token t;
    for (int depth = 1; depth > 0; depth += bracket_step(&t))
        if (ahead_next(&a, &t) < 0 || t.kind == TOK_NEWLINE || t.kind == TOK_ENDMARKER)
            return 0;
    return ahead_next(&a, &t) == 0 && tok_is_op(&t, TK_COLON);
}

/* One except clause.  `except* T [as n]:` (PEP 654) needs a type; every
 * clause of a try must be of the kind of its first (python3's rule). */
static ExceptHandler *parse_handler(Parser *p, Stmt *s, int first)
{
    ExceptHandler *h = alloc(p, sizeof *h);
    Token kw = p->tok;
    h->lineno = node_line(p, kw.line);
    h->col = kw.col;
    next(p);
    int star = is_op(p, TK_STAR);
    if (star)
        next(p);
    if (first)
        s->op = star;
    else if (star != s->op)
        fail_at(p, PERR_SYNTAX, "cannot have both 'except' and 'except*' on the same 'try'", kw.line, kw.col + 1);
    if (star && is_op(p, TK_COLON))
        fail_at(p, PERR_SYNTAX, "expected one or more exception types", p->tok.line, p->tok.col + 1);
    if (!is_op(p, TK_COLON)) {
        h->type = parse_test(p);
        if (is_kw(p, "as")) {
            next(p);
            h->name = expect_name(p);
        }
    }
    h->body = parse_suite(p, &h->nbody);
    return h;
}

/* try: the `try` keyword read; op 1 marks a try of except* clauses. */
static Stmt *parse_try(Parser *p, const Token *t)
{
    Stmt *s = new_stmt(p, S_TRY, t);
    s->body = parse_suite(p, &s->nbody);
    Vec hs = { 0 };
    while (is_kw(p, "except"))
        push(p, &hs, parse_handler(p, s, hs.n == 0));
    s->handlers = (ExceptHandler **)hs.v;
    s->nhandlers = hs.n;
    for (int i = 0; i + 1 < hs.n; i++)
        if (!s->handlers[i]->type)
            fail_at(p, PERR_SYNTAX, "default 'except:' must be last", s->handlers[i]->lineno, s->handlers[i]->col + 1);
    if (hs.n && is_kw(p, "else")) { next(p); s->orelse = parse_suite(p, &s->norelse); }
    if (is_kw(p, "finally")) { next(p); s->final = parse_suite(p, &s->nfinal); }
    if (!hs.n && !s->nfinal && !s->final) syntax_error(p);
    return s;
}

static Stmt *parse_compound(Parser *p, Expr **decos, int ndecos)
{
    Token t = p->tok;
    Stmt *s;
    if (is_kw(p, "async")) {   /* async def / for / with: the statement, marked */
        next(p);
        if (!is_kw(p, "def") && (ndecos || (!is_kw(p, "for") && !is_kw(p, "with"))))
            syntax_error(p);
        s = parse_compound(p, decos, ndecos);
        s->op = 1;
        s->lineno = node_line(p, t.line);
        s->col = t.col;
        return s;
    }
    if (is_kw(p, "def")) {
        next(p);
        s = new_stmt(p, S_FUNCDEF, &t);
        s->name = expect_name(p);
        expect_op(p, TK_LPAR);
        s->args = parse_arguments(p, TK_RPAR);
        expect_op(p, TK_RPAR);
        if (is_op(p, TK_RARROW)) {
            next(p);
            s->annotation = parse_test(p);
        }
        s->body = parse_suite(p, &s->nbody);
        s->decos = decos;
        s->ndecos = ndecos;
        return s;
    }
    if (is_kw(p, "class")) {
        next(p);
        s = new_stmt(p, S_CLASSDEF, &t);
        s->name = expect_name(p);
        if (is_op(p, TK_LPAR)) {
            Token lpar = p->tok;
            next(p);
            Expr call = { 0 };
            parse_call_args(p, &call, &lpar);
            s->targets = call.elts;
            s->ntargets = call.n;
            s->kws = call.kws;
            s->nkws = call.nkws;
        }
        s->body = parse_suite(p, &s->nbody);
        s->decos = decos;
        s->ndecos = ndecos;
        return s;
    }
    if (ndecos) syntax_error(p);
    if (is_kw(p, "if")) return parse_if(p);
    if (is_kw(p, "while")) {
        next(p);
        s = new_stmt(p, S_WHILE, &t);
        s->test = parse_namedexpr_test(p);
        s->body = parse_suite(p, &s->nbody);
        if (is_kw(p, "else")) { next(p); s->orelse = parse_suite(p, &s->norelse); }
        return s;
    }
    if (is_kw(p, "for")) {
        next(p);
        s = new_stmt(p, S_FOR, &t);
        s->target = parse_exprlist(p);
        set_context(p, s->target, CTX_STORE);
        expect_kw(p, "in");
        s->value = parse_testlist(p);
        s->body = parse_suite(p, &s->nbody);
        if (is_kw(p, "else")) { next(p); s->orelse = parse_suite(p, &s->norelse); }
        return s;
    }
    if (is_kw(p, "try")) {
        next(p);
        return parse_try(p, &t);
    }
    if (is_kw(p, "with")) {
        next(p);
        s = new_stmt(p, S_WITH, &t);
        Vec items = { 0 };
        int parens = with_parenthesized(p);
        if (parens)
            next(p);
        for (;;) {
            WithItem *w = alloc(p, sizeof *w);
            w->ctx_expr = parse_test(p);
            if (is_kw(p, "as")) {
                next(p);
                w->vars = parse_expr(p);
                set_context(p, w->vars, CTX_STORE);
            }
            push(p, &items, w);
            if (!is_op(p, TK_COMMA))
                break;
            next(p);
            if (parens && is_op(p, TK_RPAR))
                break;
        }
        if (parens)
            expect_op(p, TK_RPAR);
        s->items = (WithItem **)items.v;
        s->nitems = items.n;
        s->body = parse_suite(p, &s->nbody);
        return s;
    }
    return NULL;
}

/* ---- match statements (python3's, PEP 634) ------------------------------------- */

/* `match` and `case` are keywords only at the head of a match statement
 * and of its cases.  A line is a match statement's head when it reads
 * `match <subject>:` and ends there, which no expression statement that
 * begins with the name `match` can do; a copy of the lexer looks ahead,
 * so the parse itself is untouched either way. */
static int at_match_head(Parser *p)
{
    if (!is_kw(p, "match"))
        return 0;
    Ahead a;
    ahead_init(p, &a);
    Token t;
    if (ahead_next(&a, &t) < 0 || tok_is_op(&t, TK_COLON))
        return 0;
    for (int depth = 0;;) {
        if (t.kind == TOK_NEWLINE || t.kind == TOK_ENDMARKER)
            return 0;
        depth += bracket_step(&t);
        if (tok_is_op(&t, TK_COLON) && depth == 0)
            return ahead_next(&a, &t) == 0 && t.kind == TOK_NEWLINE;
        if (ahead_next(&a, &t) < 0)
            return 0;
    }
}

static Pattern *new_pattern(Parser *p, PatternKind k, const Token *t)
{
    Pattern *pat = alloc(p, sizeof *pat);
    pat->kind = k;
    pat->lineno = node_line(p, t->line);
    pat->col = t->col;
    pat->star = -1;
    return pat;
}

static _Noreturn void pattern_error(Parser *p, const char *msg, const Token *t)
{
    fail_at(p, PERR_SYNTAX, msg, t->line, t->col + 1);
}

static Pattern *parse_pattern(Parser *p);

/* A capture target: any name but _, which matches without binding. */
static const char *capture_name(Parser *p)
{
    Token t = p->tok;
    const char *name = expect_name(p);
    if (strcmp(name, "_") == 0)
        pattern_error(p, "cannot use '_' as a target", &t);
    return name;
}

static Pattern *parse_maybe_star(Parser *p)
{
    if (!is_op(p, TK_STAR))
        return parse_pattern(p);
    Token t = p->tok;
    next(p);
    Pattern *pat = new_pattern(p, P_STAR, &t);
    pat->name = is_kw(p, "_") ? (next(p), NULL) : capture_name(p);
    return pat;
}

static Pattern *sequence_pattern(Parser *p, Vec *items, const Token *t)
{
    Pattern *pat = new_pattern(p, P_SEQUENCE, t);
    pat->pats = (Pattern **)items->v;
    pat->n = items->n;
    for (int i = 0; i < pat->n; i++) {
        if (pat->pats[i]->kind != P_STAR)
            continue;
        if (pat->star >= 0)
            pattern_error(p, "multiple starred names in sequence pattern", t);
        pat->star = i;
    }
    return pat;
}

/* Items up to the closer (RSQB or RPAR), a trailing comma allowed. */
static void sequence_items(Parser *p, Vec *items, int closer)
{
    while (!is_op(p, closer)) {
        push(p, items, parse_maybe_star(p));
        if (!is_op(p, TK_COMMA))
            break;
        next(p);
    }
    expect_op(p, closer);
}

/* A number literal, signed, or a complex one (`-1 + 2j`). */
static Expr *literal_number(Parser *p)
{
    Token t = p->tok;
    Expr *e;
    if (is_op(p, TK_MINUS)) {
        next(p);
        if (p->tok.kind != TOK_NUMBER)
            syntax_error(p);
        e = expr_at(p, E_UNARYOP, &t);
        e->op = UOP_USUB;
        e->a = parse_atom(p);
        ends_here(p, e);
    } else {
        e = parse_atom(p);
    }
    if (!is_op(p, TK_PLUS) && !is_op(p, TK_MINUS))
        return e;
    int op = is_op(p, TK_PLUS) ? OP_ADD : OP_SUB;
    next(p);
    Token im = p->tok;
    if (im.kind != TOK_NUMBER || (im.start[im.len - 1] | 0x20) != 'j')
        pattern_error(p, "imaginary number required in complex literal", &im);
    Expr *b = expr_like(p, E_BINOP, e);
    b->op = op;
    b->a = e;
    b->b = parse_atom(p);
    return ends_here(p, b);
}

static Pattern *value_pattern(Parser *p, Expr *value, const Token *t)
{
    int singleton = value->kind == E_CONST && (value->value->kind == CK_NONE || value->value->kind == CK_TRUE ||
                                               value->value->kind == CK_FALSE);
    Pattern *pat = new_pattern(p, singleton ? P_SINGLETON : P_VALUE, t);
    pat->value = value;
    return pat;
}

static Pattern *class_pattern(Parser *p, Expr *cls, const Token *t)
{
    Pattern *pat = new_pattern(p, P_CLASS, t);
    pat->value = cls;
    Vec pos = { 0 }, names = { 0 }, kwds = { 0 };
    next(p);
    while (!is_op(p, TK_RPAR)) {
        Token at = p->tok;
        if (is_name(p) && tok_is_op(peek(p), TK_EQUAL)) {
            push(p, &names, (void *)expect_name(p));
            next(p);
            push(p, &kwds, parse_pattern(p));
        } else {
            if (names.n)
                pattern_error(p, "positional patterns follow keyword patterns", &at);
            push(p, &pos, parse_pattern(p));
        }
        if (!is_op(p, TK_COMMA))
            break;
        next(p);
    }
    expect_op(p, TK_RPAR);
    pat->pats = (Pattern **)pos.v;
    pat->n = pos.n;
    pat->kwd_names = (const char **)names.v;
    pat->kwd_pats = (Pattern **)kwds.v;
    pat->nkwd = kwds.n;
    return pat;
}

static Pattern *parse_closed_pattern(Parser *p);

static Pattern *mapping_pattern(Parser *p, const Token *t)
{
    Pattern *pat = new_pattern(p, P_MAPPING, t);
    Vec keys = { 0 }, pats = { 0 };
    next(p);
    while (!is_op(p, TK_RBRACE)) {
        if (is_op(p, TK_DOUBLESTAR)) {
            next(p);
            if (is_kw(p, "_"))
                syntax_error(p);
            pat->name = capture_name(p);
            if (is_op(p, TK_COMMA))
                next(p);
            break;
        }
        Token at = p->tok;
        Pattern *key = parse_closed_pattern(p);
        if (key->kind != P_VALUE && key->kind != P_SINGLETON)
            pattern_error(p, "mapping pattern keys may only match literals and attribute lookups", &at);
        push(p, &keys, key->value);
        expect_op(p, TK_COLON);
        push(p, &pats, parse_pattern(p));
        if (!is_op(p, TK_COMMA))
            break;
        next(p);
    }
    expect_op(p, TK_RBRACE);
    pat->keys = (Expr **)keys.v;
    pat->pats = (Pattern **)pats.v;
    pat->n = pats.n;
    return pat;
}

/* A name, a dotted name (a value), or either called (a class pattern). */
static Pattern *name_pattern(Parser *p, const Token *t)
{
    Expr *e = expr_at(p, E_NAME, t);
    e->id = expect_name(p);
    ends_here(p, e);
    while (is_op(p, TK_DOT)) {
        next(p);
        Expr *a = expr_like(p, E_ATTR, e);
        a->a = e;
        a->id = expect_name(p);
        e = ends_here(p, a);
    }
    if (is_op(p, TK_LPAR))
        return class_pattern(p, e, t);
    if (e->kind == E_ATTR)
        return value_pattern(p, e, t);
    Pattern *pat = new_pattern(p, P_AS, t);
    pat->name = strcmp(e->id, "_") == 0 ? NULL : e->id;
    return pat;
}

static Pattern *parse_closed_pattern(Parser *p)
{
    Token t = p->tok;
    if (t.kind == TOK_NUMBER || tok_is_op(&t, TK_MINUS))
        return value_pattern(p, literal_number(p), &t);
    if (t.kind == TOK_STRING || tok_is_kw(&t, "None") || tok_is_kw(&t, "True") || tok_is_kw(&t, "False")) {
        Expr *e = parse_atom(p);
        if (e->kind == E_JOINEDSTR)
            pattern_error(p, "patterns may only match literals and attribute lookups", &t);
        return value_pattern(p, e, &t);
    }
    if (is_name(p))
        return name_pattern(p, &t);
    if (tok_is_op(&t, TK_LBRACE))
        return mapping_pattern(p, &t);
    Vec items = { 0 };
    if (tok_is_op(&t, TK_LSQB)) {
        next(p);
        sequence_items(p, &items, TK_RSQB);
        return sequence_pattern(p, &items, &t);
    }
    if (!tok_is_op(&t, TK_LPAR))
        syntax_error(p);
    next(p);
    if (is_op(p, TK_RPAR)) {
        next(p);
        return sequence_pattern(p, &items, &t);
    }
    enter(p);
    Pattern *first = parse_maybe_star(p);
    leave(p);
    if (is_op(p, TK_RPAR)) {   /* a group */
        if (first->kind == P_STAR)
            syntax_error(p);
        next(p);
        return first;
    }
    push(p, &items, first);
    if (!is_op(p, TK_RPAR))
        expect_op(p, TK_COMMA);
    sequence_items(p, &items, TK_RPAR);
    return sequence_pattern(p, &items, &t);
}

static Pattern *parse_pattern(Parser *p)
{
    Token t = p->tok;
    enter(p);
    Pattern *pat = parse_closed_pattern(p);
    if (is_op(p, TK_VBAR)) {
        Vec alts = { 0 };
        push(p, &alts, pat);
        while (is_op(p, TK_VBAR)) {
            next(p);
            push(p, &alts, parse_closed_pattern(p));
        }
        pat = new_pattern(p, P_OR, &t);
        pat->pats = (Pattern **)alts.v;
        pat->n = alts.n;
    }
    leave(p);
    if (!is_kw(p, "as"))
        return pat;
    next(p);
    Pattern *as = new_pattern(p, P_AS, &t);
    as->pat = pat;
    as->name = capture_name(p);
    return as;
}

/* A case's patterns: a bare comma list is a sequence. */
static Pattern *parse_case_patterns(Parser *p)
{
    Token t = p->tok;
    Pattern *first = parse_maybe_star(p);
    if (!is_op(p, TK_COMMA)) {
        if (first->kind == P_STAR)
            pattern_error(p, "can't use starred name here", &t);
        return first;
    }
    Vec items = { 0 };
    push(p, &items, first);
    while (is_op(p, TK_COMMA)) {
        next(p);
        if (is_op(p, TK_COLON) || is_kw(p, "if"))
            break;
        push(p, &items, parse_maybe_star(p));
    }
    return sequence_pattern(p, &items, &t);
}

static MatchCase *parse_case(Parser *p)
{
    if (!is_kw(p, "case"))
        syntax_error(p);
    next(p);
    MatchCase *mc = alloc(p, sizeof *mc);
    mc->pattern = parse_case_patterns(p);
    if (is_kw(p, "if")) {
        next(p);
        mc->guard = parse_namedexpr_test(p);
    }
    mc->body = parse_suite(p, &mc->nbody);
    return mc;
}

static Stmt *parse_match(Parser *p)
{
    Token t = p->tok;
    next(p);
    Stmt *s = new_stmt(p, S_MATCH, &t);
    s->value = parse_list_of(p, parse_star_or_namedexpr);
    expect_op(p, TK_COLON);
    next(p);   /* the NEWLINE at_match_head saw */
    if (p->tok.kind != TOK_INDENT)
        fail_at(p, PERR_INDENT, "expected an indented block", p->tok.line, p->tok.col + 1);
    next(p);
    Vec cases = { 0 };
    enter(p);
    while (p->tok.kind != TOK_DEDENT && p->tok.kind != TOK_ENDMARKER)
        push(p, &cases, parse_case(p));
    leave(p);
    if (p->tok.kind == TOK_DEDENT)
        next(p);
    s->cases = (MatchCase **)cases.v;
    s->ncases = cases.n;
    return s;
}

static int is_compound_start(Parser *p)
{
    return is_kw(p, "def") || is_kw(p, "class") || is_kw(p, "if") || is_kw(p, "while") || is_kw(p, "for") ||
           is_kw(p, "try") || is_kw(p, "with") || is_kw(p, "async");
}

static void parse_stmt(Parser *p, Vec *out)
{
    if (is_op(p, TK_AT)) {
        Vec decos = { 0 };
        while (is_op(p, TK_AT)) {
            next(p);
            push(p, &decos, parse_test(p));
            if (p->tok.kind != TOK_NEWLINE) syntax_error(p);
            next(p);
        }
        if (!is_kw(p, "def") && !is_kw(p, "class") && !is_kw(p, "async")) syntax_error(p);
        push(p, out, parse_compound(p, (Expr **)decos.v, decos.n));
        return;
    }
    if (is_compound_start(p)) {
        push(p, out, parse_compound(p, NULL, 0));
        return;
    }
    if (at_match_head(p)) {
        push(p, out, parse_match(p));
        return;
    }
    if (p->tok.kind == TOK_INDENT || p->tok.kind == TOK_DEDENT) syntax_error(p);
    parse_simple_stmt(p, out);
}

/* 3.8 reads an interactive statement's last line, when no newline ends
 * it, as the end of input: a syntax error there is "unexpected EOF while
 * parsing", at the line's end. */
static void single_eof_error(const Parser *p)
{
    ParseError *e = p->err;
    if (e->kind != PERR_SYNTAX || e->filename || !p->len || p->src[p->len - 1] == '\n') return;
    if (strcmp(e->msg, "invalid syntax") != 0 && strcmp(e->msg, "unexpected EOF while parsing") != 0) return;
    int last = 1;
    for (size_t i = 0; i < p->len; i++) last += p->src[i] == '\n';
    if (e->line != last) return;
    size_t n;
    lexer_line_text(p->src, p->len, last, &n);
    snprintf(e->msg, sizeof e->msg, "unexpected EOF while parsing");
    e->offset = (int)n;
}

/* 3.8's single_input: one line of simple statements, or one compound
 * statement that a newline ends (the prompt's blank line); anything after
 * is an error, worded as 3.8 words it. */
static void parse_single(Parser *p, Vec *out)
{
    int compound = is_op(p, TK_AT) || is_compound_start(p);
    parse_stmt(p, out);
    while (p->tok.kind == TOK_NEWLINE) next(p);
    if (p->tok.kind != TOK_ENDMARKER) {
        if (compound) syntax_error(p);
        int line = ((Stmt *)out->v[out->n - 1])->end_line;   /* 3.8 points past that line's end */
        size_t n;
        lexer_line_text(p->src, p->len, line, &n);
        fail_at(p, PERR_SYNTAX, "multiple statements found while compiling a single statement", line, (int)n + 1);
    }
    if (!compound) return;
    size_t end = p->len;   /* the compound statement's last line must end with a newline */
    while (end && strchr(" \t\f\r", p->src[end - 1]) && p->src[end - 1]) end--;
    if (!end || p->src[end - 1] != '\n') syntax_error(p);
}

int parser_parse(const char *src, size_t len, int mode, AstArena *arena, AstModule *out, ParseError *err)
{
    jmp_buf bail;
    Parser *p = calloc(1, sizeof *p);
    if (!p) {
        err->kind = PERR_NOMEM;
        snprintf(err->msg, sizeof err->msg, "out of memory");
        return -1;
    }
    lexer_init(&p->lx, src, len);
    p->arena = arena;
    p->src = src;
    p->len = len;
    p->err = err;
    p->bail = &bail;
    p->filename = NULL;
    p->eval = mode == PARSE_EVAL;
    memset(out, 0, sizeof *out);
    if (setjmp(bail)) {
        if (mode == PARSE_SINGLE) single_eof_error(p);
        free(p);
        return -1;
    }
    next(p);
    if (p->eval) {
        while (p->tok.kind == TOK_NEWLINE) next(p);
        out->expr = parse_testlist(p);
        while (p->tok.kind == TOK_NEWLINE) next(p);
        if (p->tok.kind != TOK_ENDMARKER) syntax_error(p);
    } else {
        Vec body = { 0 };
        while (p->tok.kind != TOK_ENDMARKER) {
            if (p->tok.kind == TOK_NEWLINE) { next(p); continue; }
            if (mode == PARSE_SINGLE) {
                parse_single(p, &body);
                break;
            }
            parse_stmt(p, &body);
        }
        if (mode == PARSE_SINGLE && !body.n) syntax_error(p);
        out->body = (Stmt **)body.v;
        out->nbody = body.n;
    }
    free(p);
    return 0;
}
