/* vm/objects/code.c — the code object type (see code.h). */
#include "vm/objects/code.h"

#include <stdio.h>
#include <stdlib.h>

static void code_dealloc(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    XDECREF(co->code);
    XDECREF(co->consts);
    XDECREF(co->names);
    XDECREF(co->varnames);
    XDECREF(co->freevars);
    XDECREF(co->cellvars);
    XDECREF(co->filename);
    XDECREF(co->name);
    XDECREF(co->lnotab);
    if (co->cache && co->cache_free) co->cache_free(co->cache);
    obj_free(o);
}

static Object *code_repr(Object *o)
{
    CodeObject *co = (CodeObject *)o;
    const char *name = co->name ? str_utf8(co->name) : "???";
    const char *file = co->filename ? str_utf8(co->filename) : "???";
    size_t n = str_nbytes(co->name) + str_nbytes(co->filename) + 80;
    char *buf = malloc(n);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    int k = snprintf(buf, n, "<code object %s at %p, file \"%s\", line %d>", name, (void *)co, file,
                     co->firstlineno);
    Object *r = str_from_utf8(buf, (size_t)k);
    free(buf);
    return r;
}

static int64_t code_hash(Object *o)
{
    return (int64_t)((uintptr_t)o >> 4);
}

Type CodeType = {
    OBJ_HEAD_INIT(&TypeType), .name = "code", .base = &ObjectType, .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc, .repr = code_repr, .hash = code_hash,
};

Object *code_new(int argcount, int posonlyargcount, int kwonlyargcount, int nlocals, int stacksize, int flags,
                 Object *code, Object *consts, Object *names, Object *varnames, Object *freevars,
                 Object *cellvars, Object *filename, Object *name, int firstlineno, Object *lnotab)
{
    CodeObject *co = (CodeObject *)obj_alloc(&CodeType, sizeof(CodeObject));
    if (!co) {
        DECREF(code); DECREF(consts); DECREF(names); DECREF(varnames); DECREF(freevars);
        DECREF(cellvars); DECREF(filename); DECREF(name); DECREF(lnotab);
        return NULL;
    }
    co->argcount = argcount;
    co->posonlyargcount = posonlyargcount;
    co->kwonlyargcount = kwonlyargcount;
    co->nlocals = nlocals;
    co->stacksize = stacksize;
    co->flags = flags;
    co->firstlineno = firstlineno;
    co->code = code;
    co->consts = consts;
    co->names = names;
    co->varnames = varnames;
    co->freevars = freevars;
    co->cellvars = cellvars;
    co->filename = filename;
    co->name = name;
    co->lnotab = lnotab;
    return (Object *)co;
}

int code_addr2line(const CodeObject *co, int offset)
{
    const BytesObject *t = (const BytesObject *)co->lnotab;
    int line = co->firstlineno, addr = 0;
    for (size_t i = 0; i + 1 < t->n; i += 2) {
        addr += t->data[i];
        if (addr > offset) break;
        line += (signed char)t->data[i + 1];
    }
    return line;
}
