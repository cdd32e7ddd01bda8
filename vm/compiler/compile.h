/* vm/compiler/compile.h — source text to code object (lexer → parser → compiler). */
#ifndef GILKIT_VM_COMPILE_H
#define GILKIT_VM_COMPILE_H

#include "vm/objects/object.h"

typedef enum { COMPILE_FILE, COMPILE_EVAL } CompileMode;

/* Returns a new CodeObject for the module (or expression), or NULL with
 * SyntaxError / IndentationError / TabError set (see exc_set_syntax). */
Object *compile_source(const char *src, size_t len, const char *filename, CompileMode mode);

#endif
