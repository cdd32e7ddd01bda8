/* vm/compiler/parser.h — tokens to AST by recursive descent over CPython 3.8's
 * grammar (the subset gilkit runs; see issue 2).  Errors are reported as
 * CPython 3.8 words them, in a ParseError the caller turns into an
 * exception, so the parser itself never touches the object runtime. */
#ifndef GILKIT_VM_PARSER_H
#define GILKIT_VM_PARSER_H

#include "vm/compiler/ast.h"

/* PERR_RAISED: the exception is already pending (a compile-time warning's
 * filter raised something other than the warning). */
typedef enum { PERR_SYNTAX, PERR_INDENT, PERR_TAB, PERR_NOMEM, PERR_RECURSION, PERR_RAISED } ParseErrKind;

typedef struct ParseError {
    ParseErrKind kind;
    char msg[160];
    const char *filename;   /* "<fstring>" for errors inside f-string expressions */
    int line, offset;       /* 1-based; offset as CPython reports it */
    char text[256];         /* the offending source line (truncated) */
} ParseError;

/* What parser_parse reads: a whole file, one expression, or one
 * interactive statement (compile's 'single'). */
enum { PARSE_FILE, PARSE_EVAL, PARSE_SINGLE };

/* Parse src as mode says into *out (body for PARSE_FILE and PARSE_SINGLE,
 * expr for PARSE_EVAL).  Returns 0, or -1 with *err filled. */
int parser_parse(const char *src, size_t len, int mode, AstArena *arena, AstModule *out, ParseError *err);

#endif
