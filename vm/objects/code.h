/* vm/objects/code.h — code objects: what the compiler produces and the eval loop runs.
 *
 * Laid out as CPython 3.8's PyCodeObject so that `dis` output matches:
 * co_code is 2-byte wordcode (opcode, arg; EXTENDED_ARG prefixes for args
 * above 255), the tables are tuples, and lnotab uses CPython 3.8's
 * (address delta, line delta) byte-pair encoding.
 * Code objects are immutable after compile_*() returns, except `cache`,
 * which the eval loop owns (LOAD_GLOBAL inline caches); it is only touched
 * by the thread holding the GIL.
 */
#ifndef GILKIT_VM_CODE_H
#define GILKIT_VM_CODE_H

#include "vm/objects/object.h"

enum {
    CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
    CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
    CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200,
    /* gilvm's own, never compiled in: library code standing in for one of
     * CPython's C types (collections.deque), which no other thread can
     * interrupt.  The eval loop takes no GIL switch, signal or tick while
     * such a frame is the innermost (_thread._atomic sets it). */
    CO_GILVM_ATOMIC = 0x10000000,
};

typedef struct CodeObject {
    Object ob;
    int argcount, posonlyargcount, kwonlyargcount;
    int nlocals, stacksize, flags, firstlineno;
    Object *code;      /* bytes: wordcode */
    Object *consts;    /* tuple; nested code objects live here */
    Object *names;     /* tuple of str: globals, attributes, imports */
    Object *varnames;  /* tuple of str: arguments first, then locals */
    Object *freevars;  /* tuple of str */
    Object *cellvars;  /* tuple of str */
    Object *filename;  /* str */
    Object *name;      /* str: "<module>", function or class name, "<lambda>", "<listcomp>" */
    Object *lnotab;    /* bytes, CPython 3.8 encoding */
    void *cache;       /* eval-owned, lazily allocated, freed with the code */
    void (*cache_free)(void *);
} CodeObject;

extern Type CodeType;

/* Steals every Object argument. */
Object *code_new(int argcount, int posonlyargcount, int kwonlyargcount, int nlocals,
                 int stacksize, int flags, Object *code, Object *consts, Object *names,
                 Object *varnames, Object *freevars, Object *cellvars, Object *filename,
                 Object *name, int firstlineno, Object *lnotab);

/* Source line of the instruction at byte offset `offset` (CPython's PyCode_Addr2Line). */
int code_addr2line(const CodeObject *co, int offset);

#endif
