/* vm/runtime/dis.h — the disassembler: prints what CPython 3.8's dis.dis(code) prints. */
#ifndef GILKIT_VM_DIS_H
#define GILKIT_VM_DIS_H

#include <stdio.h>
#include "vm/objects/object.h"

/* Disassemble a code object and, recursively, the code objects among its
 * constants.  Returns 0, or -1 with an exception set (a failing repr). */
int dis_code(FILE *out, Object *code);

#endif
