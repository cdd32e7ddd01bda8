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

/* The co_* attributes, read-only as in CPython: each field of code.h once. */
#define CODE_INT_FIELDS(X) \
    X(argcount) X(posonlyargcount) X(kwonlyargcount) X(nlocals) X(stacksize) X(flags) X(firstlineno)
#define CODE_OBJ_FIELDS(X) \
    X(code) X(consts) X(names) X(varnames) X(freevars) X(cellvars) X(filename) X(name) X(lnotab)

#define INT_GETTER(f) \
    static Object *code_get_##f(Object *o) { return int_from_i64(((CodeObject *)o)->f); }
#define OBJ_GETTER(f) \
    static Object *code_get_##f(Object *o) { Object *v = ((CodeObject *)o)->f; INCREF(v); return v; }
CODE_INT_FIELDS(INT_GETTER)
CODE_OBJ_FIELDS(OBJ_GETTER)
#undef INT_GETTER
#undef OBJ_GETTER

static const MethodDef code_methods[] = {
#define GETTER_ROW(f) { "co_" #f, NULL, code_get_##f },
    CODE_INT_FIELDS(GETTER_ROW)
    CODE_OBJ_FIELDS(GETTER_ROW)
#undef GETTER_ROW
    { NULL, NULL, NULL },
};

Type CodeType = {
    OBJ_HEAD_INIT(&TypeType), .name = "code", .base = &ObjectType, .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc, .repr = code_repr, .hash = code_hash, .methods = code_methods,
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
