/* vm/compiler/lexer.h — Python source text to tokens, as CPython 3.8's tokenizer.
 *
 * The lexer is pull-based: lexer_next() yields one token at a time,
 * synthesising NEWLINE, INDENT and DEDENT from the layout.  It does not
 * decode literals (the parser does, see lexer_decode_*) and it never
 * touches Objects, so it can be tested without the object runtime.
 * Errors are recorded in the Lexer (kind, message, position) for the
 * caller to turn into a SyntaxError.
 */
#ifndef GILKIT_VM_LEXER_H
#define GILKIT_VM_LEXER_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
    TOK_ENDMARKER, TOK_NAME, TOK_NUMBER, TOK_STRING, TOK_NEWLINE,
    TOK_INDENT, TOK_DEDENT, TOK_OP, TOK_ERROR,
} TokKind;

/* Operators and delimiters (Token.op when kind == TOK_OP). */
#define LEXER_OPS(X) \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") X(RBRACE, "}") \
    X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") \
    X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") \
    X(DOT, ".") X(PERCENT, "%") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") \
    X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") \
    X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//") \
    X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") \
    X(ELLIPSIS, "...") X(COLONEQUAL, ":=")

enum TokOp {
#define LEXER_OP_ENUM(name, s) TK_##name,
    LEXER_OPS(LEXER_OP_ENUM)
#undef LEXER_OP_ENUM
    TK__COUNT
};
extern const char *const lexer_op_text[TK__COUNT];

typedef struct Token {
    TokKind kind;
    int op;                 /* enum TokOp for TOK_OP */
    const char *start;      /* into the source */
    size_t len;
    int line, col;          /* 1-based line, 0-based byte column */
    int end_line, end_col;
} Token;

typedef enum { LEXERR_NONE, LEXERR_SYNTAX, LEXERR_INDENT, LEXERR_TAB } LexErrKind;

#define LEXER_MAXINDENT 100
#define LEXER_MAXPAREN 200

typedef struct Lexer {
    const char *src, *end;
    const char *cur;
    const char *line_start;   /* start of the current physical line */
    int line;
    int indstack[LEXER_MAXINDENT + 1], altstack[LEXER_MAXINDENT + 1];
    int indent;               /* top of indstack */
    int pending;              /* >0: INDENTs owed, <0: DEDENTs owed */
    int paren;                /* bracket nesting depth */
    char parens[LEXER_MAXPAREN];      /* the open brackets, to match closers */
    int paren_lines[LEXER_MAXPAREN];
    char errbuf[96];                  /* formatted error messages */
    int atbol;                /* at the beginning of a logical line */
    int cont_line;            /* the current line continues the previous one */
    int done;                 /* ENDMARKER produced */
    int last_newline;         /* last token was NEWLINE (or nothing yet) */
    /* error */
    LexErrKind err;
    const char *errmsg;
    int err_line, err_col;    /* col is CPython's 1-based offset */
} Lexer;

void lexer_init(Lexer *lx, const char *src, size_t len);
/* 0 and *t filled, or -1 with lx->err set (t->kind == TOK_ERROR). */
int lexer_next(Lexer *lx, Token *t);
/* The text of source line `line` (1-based) without its newline; *n gets the length. */
const char *lexer_line_text(const char *src, size_t len, int line, size_t *n);

/* String literal decoding.  `tok` is a whole STRING token (prefix and
 * quotes).  Writes the body into a malloc'd buffer (UTF-8, or raw bytes
 * for b''); returns NULL and sets *err to a message on bad escapes.
 * *is_bytes / *is_fmt report the prefix. */
typedef struct LexStr {
    char *data; size_t n;
    int is_bytes, is_raw, is_fmt;
    const char *body; size_t body_len;  /* the raw text between the quotes */
} LexStr;
int lexer_decode_string(const char *tok, size_t len, LexStr *out, const char **err);
/* Decode escapes of a raw piece (used for f-string literal parts). */
char *lexer_unescape(const char *s, size_t n, int is_bytes, int is_raw, size_t *outn, const char **err);

#endif
