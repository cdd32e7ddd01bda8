/* vm/objects/code.c — the code object type (see code.h). */
#include "vm/objects/code.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* A field's type as replace() checks it: an int, bytes, a tuple or a str. */
#define CODE_FIELD_TYPE_argcount &IntType
#define CODE_FIELD_TYPE_posonlyargcount &IntType
#define CODE_FIELD_TYPE_kwonlyargcount &IntType
#define CODE_FIELD_TYPE_nlocals &IntType
#define CODE_FIELD_TYPE_stacksize &IntType
#define CODE_FIELD_TYPE_flags &IntType
#define CODE_FIELD_TYPE_firstlineno &IntType
#define CODE_FIELD_TYPE_code &BytesType
#define CODE_FIELD_TYPE_consts &TupleType
#define CODE_FIELD_TYPE_names &TupleType
#define CODE_FIELD_TYPE_varnames &TupleType
#define CODE_FIELD_TYPE_freevars &TupleType
#define CODE_FIELD_TYPE_cellvars &TupleType
#define CODE_FIELD_TYPE_filename &StrType
#define CODE_FIELD_TYPE_name &StrType
#define CODE_FIELD_TYPE_lnotab &BytesType

static const char *const replace_names[] = {
#define NAME_ROW(f) "co_" #f,
    CODE_INT_FIELDS(NAME_ROW) CODE_OBJ_FIELDS(NAME_ROW)
#undef NAME_ROW
    NULL,
};
static Type *const replace_types[] = {
#define TYPE_ROW(f) CODE_FIELD_TYPE_##f,
    CODE_INT_FIELDS(TYPE_ROW) CODE_OBJ_FIELDS(TYPE_ROW)
#undef TYPE_ROW
};
enum { N_INT_FIELDS = 7, N_FIELDS = sizeof replace_types / sizeof replace_types[0] };

/* What replace() may change: the names and first line code reports, and
 * CO_ITERABLE_COROUTINE (types.coroutine marks a generator's code with it).
 * The rest shapes the frame and the instructions, which the eval loop
 * trusts to be its compiler's. */
static bool replaceable(const char *name)
{
    return !strcmp(name, "co_flags") || !strcmp(name, "co_name") || !strcmp(name, "co_filename") ||
           !strcmp(name, "co_firstlineno");
}

/* code.replace(co_flags=..., ...): a new code object with the fields given. */
static Object *code_replace(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    Object *v[N_FIELDS];
    if (nargs != 1 + (kw ? tuple_len(kw) : 0)) {
        exc_set(ExcTypeError, "replace() takes no positional arguments");
        return NULL;
    }
    if (args_parse("replace", args + 1, nargs - 1, kw, 0, replace_names, v) < 0)
        return NULL;
    CodeObject *co = (CodeObject *)args[0];
    int64_t ints[N_INT_FIELDS] = {
#define INT_ROW(f) co->f,
        CODE_INT_FIELDS(INT_ROW)
#undef INT_ROW
    };
    Object *objs[N_FIELDS - N_INT_FIELDS] = {
#define OBJ_ROW(f) co->f,
        CODE_OBJ_FIELDS(OBJ_ROW)
#undef OBJ_ROW
    };
    for (int i = 0; i < N_FIELDS; i++) {
        if (!v[i])
            continue;
        if (!replaceable(replace_names[i])) {
            exc_set(ExcValueError, "gilvm cannot replace %s: its eval loop runs only the code its "
                    "compiler made", replace_names[i]);
            return NULL;
        }
        if (!obj_isinstance_type(v[i], replace_types[i])) {
            exc_set(ExcTypeError, "replace() argument '%s' must be %s, not %s", replace_names[i],
                    replace_types[i]->name, v[i]->type->name);
            return NULL;
        }
        if (i < N_INT_FIELDS ? int_as_i64(v[i], &ints[i]) < 0 : (objs[i - N_INT_FIELDS] = v[i], 0))
            return NULL;
    }
    if ((ints[5] ^ co->flags) & ~CO_ITERABLE_COROUTINE) {
        exc_set(ExcValueError, "gilvm cannot change co_flags but for CO_ITERABLE_COROUTINE: its "
                "eval loop runs only the code its compiler made");
        return NULL;
    }
    for (int i = 0; i < N_FIELDS - N_INT_FIELDS; i++)
        INCREF(objs[i]);
    return code_new((int)ints[0], (int)ints[1], (int)ints[2], (int)ints[3], (int)ints[4], (int)ints[5],
                    objs[0], objs[1], objs[2], objs[3], objs[4], objs[5], objs[6], objs[7], (int)ints[6],
                    objs[8]);
}

static const MethodDef code_methods[] = {
    { "replace", code_replace, NULL },
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
