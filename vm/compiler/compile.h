/* vm/compiler/compile.h — source text to code object (lexer → parser → compiler). */
#ifndef GILKIT_VM_COMPILE_H
#define GILKIT_VM_COMPILE_H

#include "vm/compiler/ast.h"
#include "vm/objects/object.h"

/* COMPILE_SINGLE is compile()'s 'single': one interactive statement whose
 * top-level expression statements print through sys.displayhook. */
typedef enum { COMPILE_FILE, COMPILE_EVAL, COMPILE_SINGLE } CompileMode;

/* compile()'s mode argument ('exec', 'eval', 'single') as a CompileMode,
 * or -1 with 3.8's ValueError set. */
int compile_mode_named(const char *name);

/* Returns a new CodeObject for the module (or expression), or NULL with
 * SyntaxError / IndentationError / TabError set (see exc_set_syntax). */
Object *compile_source(const char *src, size_t len, const char *filename, CompileMode mode);

/* python -O's count (sys.flags.optimize): 1 drops assert statements and
 * makes __debug__ False, 2 drops docstrings too.  main sets it before the
 * first compile and nothing changes it after, so threads read it unlocked. */
extern int compile_optimize;

/* compile_source at compile()'s optimize= level: 0, 1, 2, or -1 for
 * compile_optimize. */
Object *compile_source_at(const char *src, size_t len, const char *filename, CompileMode mode, int level);

/* Only the parse, unoptimized (the `ast` module's tree): 0 and *out filled
 * in arena, or -1 with the SyntaxError compile_source would raise. */
int compile_parse(const char *src, size_t len, const char *filename, CompileMode mode, AstArena *arena,
                  AstModule *out);

/* A constant of the tree as the object the compiler makes of it (new reference). */
Object *compile_const_obj(const AstConst *k);

#endif
