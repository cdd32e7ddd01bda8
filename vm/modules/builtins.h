/* vm/modules/builtins.h — the builtins module's namespace. */
#ifndef GILKIT_VM_BUILTINS_H
#define GILKIT_VM_BUILTINS_H

#include "vm/objects/object.h"

/* A new dict holding every builtin function, type and exception class.
 * The eval loop adds __build_class__. */
Object *builtins_dict_new(void);

/* print() writes through stdio's stdout; call this before writing to stderr
 * (tracebacks, warnings) so the two streams interleave as in CPython. */
void builtins_flush_stdout(void);

/* isinstance(o, ci), a metaclass's __instancecheck__ answering for its
 * classes (the ABCs): 1, 0, or -1 with an exception. */
int builtins_isinstance(Object *o, Object *ci);

#endif
