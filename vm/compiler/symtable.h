/* vm/compiler/symtable.h — scopes, as CPython 3.8's Python/symtable.c computes them.
 *
 * Pass 1 walks the AST and records, per block (module, class, function,
 * lambda, comprehension), every name with how it is used (DEF_* flags).
 * Pass 2 (analysis) decides each name's scope: local, global (explicit
 * or implicit), free, or cell.  The compiler reads the result; each
 * block's entry hangs off its AST node (Stmt.ste / Expr.ste).
 */
#ifndef GILKIT_VM_SYMTABLE_H
#define GILKIT_VM_SYMTABLE_H

#include "vm/compiler/ast.h"
#include "vm/compiler/hashindex.h"
#include "vm/compiler/parser.h"

enum {
    DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, DEF_USE = 16,
    DEF_FREE = 32, DEF_FREE_CLASS = 64, DEF_IMPORT = 128,
    DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};
typedef enum { SCOPE_NONE, SCOPE_LOCAL, SCOPE_GLOBAL_EXPLICIT, SCOPE_GLOBAL_IMPLICIT, SCOPE_FREE, SCOPE_CELL } Scope;
typedef enum { BLOCK_MODULE, BLOCK_CLASS, BLOCK_FUNCTION } BlockType;

typedef struct Symbol {
    const char *name;
    int flags;
    Scope scope;
    int decl_line, decl_col;   /* its first global or nonlocal statement, which its errors name */
} Symbol;

typedef struct SymEntry {
    BlockType type;
    const char *name;
    int lineno;
    Symbol *syms; int nsyms, capsyms;
    HashIndex symix;   /* names of syms, once there are HASHINDEX_MIN */
    const char **varnames; int nvarnames, capvarnames;   /* parameters, in order */
    struct SymEntry **children; int nchildren, capchildren;
    int nested, varargs, varkeywords, generator, coroutine, comprehension;
    int free, child_free, needs_class_closure;
} SymEntry;

/* Build and analyse the table for a module.  Returns the module's entry,
 * or NULL with *err filled (SyntaxError wording as CPython's). */
SymEntry *symtable_build(AstModule *m, AstArena *arena, ParseError *err);

/* Scope of `name` (already mangled) in ste; SCOPE_NONE when unknown. */
Scope symtable_scope(const SymEntry *ste, const char *name);
const Symbol *symtable_lookup(const SymEntry *ste, const char *name);

/* CPython's _Py_Mangle: __x inside class C becomes _C__x. */
const char *symtable_mangle(AstArena *arena, const char *private_name, const char *name);

#endif
