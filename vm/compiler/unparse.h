/* vm/compiler/unparse.h — an expression back to python3's source text for it. */
#ifndef GILKIT_VM_UNPARSE_H
#define GILKIT_VM_UNPARSE_H

#include "vm/compiler/ast.h"

/* The text of e, as python3 writes a postponed annotation, in the arena.
 * NULL with *why naming the construct it cannot write (a lambda, a
 * comprehension, an f-string), or NULL with *why NULL when out of memory. */
const char *unparse_expr(AstArena *arena, const Expr *e, const char **why);

#endif
