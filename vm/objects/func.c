/* vm/objects/func.c — function and cell objects, and binding call arguments.
 *
 * A call binds its arguments straight into the new frame's slots (a VLA
 * on this C stack, see eval.h) in CPython 3.8's order, so the same
 * mistakes produce the same TypeError as CPython reports: keywords first,
 * then too many positionals, then missing positionals, then missing
 * keyword-only arguments (in python3's words: the function's qualified name).
 */
#include <stdio.h>
#include <string.h>

#include "vm/runtime/eval.h"
#include "vm/runtime/frame.h"
#include "vm/objects/gen.h"
#include "vm/objects/weakref.h"

static void func_dealloc(Object *o)
{
    FunctionObject *f = (FunctionObject *)o;
    if (f->weaklist)
        weakref_clear_refs(o);
    XDECREF(f->code);
    XDECREF(f->globals);
    XDECREF(f->name);
    XDECREF(f->qualname);
    XDECREF(f->defaults);
    XDECREF(f->kwdefaults);
    XDECREF(f->closure);
    XDECREF(f->dict);
    XDECREF(f->module);
    obj_free(o);
}

static void func_traverse(Object *o, VisitFn visit, void *arg)
{
    FunctionObject *f = (FunctionObject *)o;
    visit(f->globals, arg);
    visit(f->defaults, arg);
    visit(f->kwdefaults, arg);
    visit(f->closure, arg);
    visit(f->dict, arg);
    visit(f->module, arg);
}

/* Keeps code and the names: a cleared function can still be shown. */
static void func_clear(Object *o)
{
    FunctionObject *f = (FunctionObject *)o;
    SETREF(f->globals, NULL);
    SETREF(f->defaults, NULL);
    SETREF(f->kwdefaults, NULL);
    SETREF(f->closure, NULL);
    SETREF(f->dict, NULL);
    SETREF(f->module, NULL);
}

static Object *func_repr(Object *o)
{
    return str_from_fmt("<function %s at %p>", str_utf8(((FunctionObject *)o)->qualname), (void *)o);
}

static int64_t func_hash(Object *o) { return hash_pointer(o); }

Object *func_new(Object *code, Object *globals, Object *qualname)
{
    if (!obj_is(code, &CodeType) || !obj_is(qualname, &StrType)) {
        exc_set(ExcTypeError, "function needs a code object and a str qualname");
        return NULL;
    }
    FunctionObject *f = (FunctionObject *)obj_alloc(&FunctionType, sizeof *f);
    if (!f)
        return NULL;
    f->code = code;
    f->globals = globals;
    f->name = ((CodeObject *)code)->name;
    f->qualname = qualname;
    INCREF(code);
    INCREF(globals);
    INCREF(f->name);
    INCREF(qualname);
    f->module = dict_get_str(globals, "__name__");
    XINCREF(f->module);
    return (Object *)f;
}

/* ---- argument errors, in CPython's words ---------------------------------- */

/* Named by __qualname__ ("C.m", "outer.<locals>.inner"), as python3 does. */
static const char *fname(const FunctionObject *f) { return str_utf8(f->qualname); }

/* 'a' | 'a' and 'b' | 'a', 'b', and 'c' */
static void missing_error(const FunctionObject *f, Object *const *names, size_t n, const char *kind)
{
    StrBuf b = { 0 };
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            strbuf_puts(&b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        strbuf_printf(&b, "'%s'", str_utf8(names[i]));
    }
    Object *list = strbuf_finish(&b);
    if (!list)
        return;
    exc_set(ExcTypeError, "%s() missing %zu required %s argument%s: %s", fname(f), n, kind,
            n == 1 ? "" : "s", str_utf8(list));
    DECREF(list);
}

static void too_many_error(const FunctionObject *f, const CodeObject *co, size_t given,
                           size_t kwonly_given)
{
    size_t ndef = f->defaults ? tuple_len(f->defaults) : 0, argc = (size_t)co->argcount;
    char sig[64], kwsig[96] = "";
    if (ndef)
        snprintf(sig, sizeof sig, "from %zu to %zu", argc - ndef, argc);
    else
        snprintf(sig, sizeof sig, "%zu", argc);
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %zu keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    exc_set(ExcTypeError, "%s() takes %s positional argument%s but %zu%s %s given", fname(f), sig,
            (ndef || argc != 1) ? "s" : "", given, kwsig,
            given == 1 && !kwonly_given ? "was" : "were");
}

/* ---- binding ---------------------------------------------------------------- */

/* Index of parameter `name` among the keyword-passable ones, or -1. */
static ssize_t param_index(const CodeObject *co, Object *name, size_t total)
{
    Object *const *vn = ((TupleObject *)co->varnames)->items;
    for (size_t i = (size_t)co->posonlyargcount; i < total; i++)
        if (vn[i] == name)
            return (ssize_t)i;
    for (size_t i = (size_t)co->posonlyargcount; i < total; i++)
        if (str_eq(vn[i], name))
            return (ssize_t)i;
    return -1;
}

/* A keyword naming a positional-only parameter: python3 reports all of them
 * (true when the error is set). */
static bool posonly_error(const FunctionObject *f, const CodeObject *co, Object *kwnames)
{
    Object *const *vn = ((TupleObject *)co->varnames)->items;
    StrBuf b = { 0 };
    bool any = false;
    for (size_t i = 0; i < tuple_len(kwnames); i++) {
        for (size_t j = 0; j < (size_t)co->posonlyargcount; j++) {
            if (!str_eq(vn[j], tuple_get(kwnames, i)))
                continue;
            strbuf_printf(&b, "%s%s", any ? ", " : "", str_utf8(vn[j]));
            any = true;
        }
    }
    Object *names = strbuf_finish(&b);
    if (!names)
        return true;
    if (any)
        exc_set(ExcTypeError, "%s() got some positional-only arguments passed as keyword "
                "arguments: '%s'", fname(f), str_utf8(names));
    DECREF(names);
    return any;
}

static int bind_keywords(const FunctionObject *f, const CodeObject *co, Object **fast,
                         Object *const *values, Object *kwnames, Object *kwdict)
{
    size_t total = (size_t)co->argcount + (size_t)co->kwonlyargcount;
    for (size_t i = 0; i < tuple_len(kwnames); i++) {
        Object *name = tuple_get(kwnames, i), *v = values[i];
        ssize_t j = param_index(co, name, total);
        if (j < 0) {
            if (!kwdict) {
                if (posonly_error(f, co, kwnames))
                    return -1;
                exc_set(ExcTypeError, "%s() got an unexpected keyword argument '%s'", fname(f),
                        str_utf8(name));
                return -1;
            }
            if (dict_set(kwdict, name, v) < 0)
                return -1;
            continue;
        }
        if (fast[j]) {
            exc_set(ExcTypeError, "%s() got multiple values for argument '%s'", fname(f),
                    str_utf8(name));
            return -1;
        }
        INCREF(v);
        fast[j] = v;
    }
    return 0;
}

static int fill_defaults(const FunctionObject *f, const CodeObject *co, Object **fast, size_t npos)
{
    Object *const *vn = ((TupleObject *)co->varnames)->items;
    size_t argc = (size_t)co->argcount, ndef = f->defaults ? tuple_len(f->defaults) : 0;
    size_t first_def = argc - ndef, nmissing = 0;
    Object *missing[argc + (size_t)co->kwonlyargcount + 1];
    for (size_t i = npos; i < first_def; i++)
        if (!fast[i])
            missing[nmissing++] = vn[i];
    if (nmissing) {
        missing_error(f, missing, nmissing, "positional");
        return -1;
    }
    for (size_t i = first_def; i < argc; i++) {
        if (!fast[i]) {
            fast[i] = tuple_get(f->defaults, i - first_def);
            INCREF(fast[i]);
        }
    }
    for (size_t i = argc; i < argc + (size_t)co->kwonlyargcount; i++) {
        if (fast[i])
            continue;
        Object *d = f->kwdefaults ? dict_get(f->kwdefaults, vn[i]) : NULL;
        if (d) {
            INCREF(d);
            fast[i] = d;
        } else {
            missing[nmissing++] = vn[i];
        }
    }
    if (nmissing) {
        missing_error(f, missing, nmissing, "keyword-only");
        return -1;
    }
    return 0;
}

static int bind_args(const FunctionObject *f, const CodeObject *co, Object **fast,
                     Object *const *args, size_t nargs, Object *kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0, npos = nargs - nkw;
    size_t argc = (size_t)co->argcount, total = argc + (size_t)co->kwonlyargcount;
    size_t slot = total;
    Object *kwdict = NULL;
    size_t n = npos < argc ? npos : argc;
    for (size_t i = 0; i < n; i++) {
        INCREF(args[i]);
        fast[i] = args[i];
    }
    if (co->flags & CO_VARARGS) {
        Object *t = tuple_new(npos - n);
        if (!t)
            return -1;
        for (size_t i = n; i < npos; i++) {
            INCREF(args[i]);
            tuple_set(t, i - n, args[i]);
        }
        fast[slot++] = t;
    }
    if (co->flags & CO_VARKEYWORDS) {
        if (!(kwdict = dict_new()))
            return -1;
        fast[slot] = kwdict;
    }
    if (nkw && bind_keywords(f, co, fast, args + npos, kwnames, kwdict) < 0)
        return -1;
    if (npos > argc && !(co->flags & CO_VARARGS)) {
        size_t kwonly_given = 0;
        for (size_t i = argc; i < total; i++)
            kwonly_given += fast[i] != NULL;
        too_many_error(f, co, npos, kwonly_given);
        return -1;
    }
    return fill_defaults(f, co, fast, npos);
}

/* Cells for cellvars (an argument that is also a cell moves into it) and
 * the closure's cells for freevars. */
static int bind_cells(const FunctionObject *f, const CodeObject *co, Object **fast)
{
    size_t ncell = tuple_len(co->cellvars), nfree = tuple_len(co->freevars);
    size_t nargs = (size_t)co->argcount + (size_t)co->kwonlyargcount +
                   !!(co->flags & CO_VARARGS) + !!(co->flags & CO_VARKEYWORDS);
    for (size_t i = 0; i < ncell; i++) {
        Object *name = tuple_get(co->cellvars, i), *init = NULL;
        size_t arg = 0;
        for (; arg < nargs; arg++)
            if (str_eq(tuple_get(co->varnames, arg), name))
                break;
        if (arg < nargs) {
            init = fast[arg];
            fast[arg] = NULL;
        }
        Object *c = cell_new(init);
        XDECREF(init);
        if (!c)
            return -1;
        fast[co->nlocals + i] = c;
    }
    for (size_t i = 0; i < nfree; i++) {
        Object *c = tuple_get(f->closure, i);
        INCREF(c);
        fast[(size_t)co->nlocals + ncell + i] = c;
    }
    return 0;
}

static bool binds_simply(const CodeObject *co, size_t nargs, Object *kwnames)
{
    return !kwnames && nargs == (size_t)co->argcount && co->kwonlyargcount == 0 &&
           !(co->flags & (CO_VARARGS | CO_VARKEYWORDS)) &&
           tuple_len(co->cellvars) == 0 && tuple_len(co->freevars) == 0;
}

/* A call binds its arguments into a new frame: on the thread's arena for
 * an ordinary function, which then runs; a frame of its own for a
 * generator, coroutine or async generator function, which becomes the
 * object returned. */
static Object *func_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    FunctionObject *f = (FunctionObject *)callable;
    CodeObject *co = (CodeObject *)f->code;
    bool gen = co->flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
    Frame *fr = gen ? frame_new_owned(co, f->globals) : frame_push(co, f->globals, NULL);
    if (!fr)
        return NULL;
    Object **fast = fr->localsplus;
    if (binds_simply(co, nargs, kwnames)) {
        for (size_t i = 0; i < nargs; i++) {
            INCREF(args[i]);
            fast[i] = args[i];
        }
    } else if (bind_args(f, co, fast, args, nargs, kwnames) < 0 || bind_cells(f, co, fast) < 0) {
        frame_release(fr, 0);
        if (gen)
            frame_free_owned(fr);
        else
            frame_pop(fr);
        return NULL;
    }
    return gen ? gen_new(fr, f->name, f->qualname) : eval_frame(fr);
}

static Object *func_get_name(Object *o) { Object *v = ((FunctionObject *)o)->name; INCREF(v); return v; }
static Object *func_get_qualname(Object *o) { Object *v = ((FunctionObject *)o)->qualname; INCREF(v); return v; }
static Object *func_get_code(Object *o) { Object *v = ((FunctionObject *)o)->code; INCREF(v); return v; }
static Object *func_get_module(Object *o)
{
    Object *v = ((FunctionObject *)o)->module;
    v = v ? v : None;
    INCREF(v);
    return v;
}
static Object *func_get_defaults(Object *o)
{
    Object *v = ((FunctionObject *)o)->defaults;
    v = v ? v : None;
    INCREF(v);
    return v;
}

/* The docstring is the code's first constant (3.8 puts None there when
 * there is none); an assigned __doc__ lives in the function's __dict__. */
static Object *func_get_doc(Object *o)
{
    FunctionObject *f = (FunctionObject *)o;
    Object *v = f->dict ? dict_get(f->dict, str_intern("__doc__")) : NULL;
    Object *consts = ((CodeObject *)f->code)->consts;
    if (!v)
        v = tuple_len(consts) && obj_is(tuple_get(consts, 0), &StrType) ? tuple_get(consts, 0) : None;
    INCREF(v);
    return v;
}

/* __annotations__ lives in the __dict__, made empty on first use. */
int func_set_annotations(Object *o, Object *ann)
{
    FunctionObject *f = (FunctionObject *)o;
    if (ann && !obj_is(ann, &DictType)) {
        exc_set(ExcTypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    if (!f->dict && !(f->dict = dict_new()))
        return -1;
    if (!ann)
        return dict_get(f->dict, str_intern("__annotations__"))
                   ? dict_del(f->dict, str_intern("__annotations__")) : 0;
    return dict_set(f->dict, str_intern("__annotations__"), ann);
}

static Object *func_get_annotations(Object *o)
{
    FunctionObject *f = (FunctionObject *)o;
    Object *v = f->dict ? dict_get(f->dict, str_intern("__annotations__")) : NULL;
    if (v) {
        INCREF(v);
        return v;
    }
    if (!(v = dict_new()) || func_set_annotations(o, v) < 0) {
        XDECREF(v);
        return NULL;
    }
    return v;
}

static Object *func_get_closure(Object *o)
{
    Object *c = ((FunctionObject *)o)->closure;
    c = c ? c : None;
    INCREF(c);
    return c;
}

static Object *func_get_globals(Object *o)
{
    Object *g = ((FunctionObject *)o)->globals;
    INCREF(g);
    return g;
}

static Object *func_get_kwdefaults(Object *o)
{
    Object *v = ((FunctionObject *)o)->kwdefaults;
    v = v ? v : None;
    INCREF(v);
    return v;
}

/* The assignable attributes (the table func_setters): __name__,
 * __qualname__, __module__, __defaults__ and __kwdefaults__ are fields;
 * __doc__ and __annotations__ live in the __dict__, as does anything else
 * assigned (__wrapped__, ...: functools.wraps). */
static int set_str_field(Object **field, const char *what, Object *value)
{
    if (!value || !obj_isinstance_type(value, &StrType)) {
        exc_set(ExcTypeError, "%s must be set to a string object", what);
        return -1;
    }
    INCREF(value);
    SETREF(*field, value);
    return 0;
}
static int func_set_name(Object *o, Object *v) { return set_str_field(&((FunctionObject *)o)->name, "__name__", v); }
static int func_set_qualname(Object *o, Object *v)
{
    return set_str_field(&((FunctionObject *)o)->qualname, "__qualname__", v);
}

static int func_set_module(Object *o, Object *v)
{
    XINCREF(v);
    SETREF(((FunctionObject *)o)->module, v);
    return 0;
}

/* None (or deletion) clears a defaults field; otherwise it must be `type`. */
static int set_defaults_field(Object **field, const char *what, Type *type, Object *value)
{
    if (value && value != None && !obj_is(value, type)) {
        exc_set(ExcTypeError, "%s must be set to a %s object", what, type->name);
        return -1;
    }
    Object *v = value == None ? NULL : value;
    XINCREF(v);
    SETREF(*field, v);
    return 0;
}
static int func_set_defaults(Object *o, Object *v)
{
    return set_defaults_field(&((FunctionObject *)o)->defaults, "__defaults__", &TupleType, v);
}
static int func_set_kwdefaults(Object *o, Object *v)
{
    return set_defaults_field(&((FunctionObject *)o)->kwdefaults, "__kwdefaults__", &DictType, v);
}

/* A new __code__ must fit the closure the function already has. */
static int func_set_code(Object *o, Object *v)
{
    FunctionObject *f = (FunctionObject *)o;
    if (!v || !obj_is(v, &CodeType)) {
        exc_set(ExcTypeError, "__code__ must be set to a code object");
        return -1;
    }
    size_t want = tuple_len(((CodeObject *)v)->freevars), have = f->closure ? tuple_len(f->closure) : 0;
    if (want != have) {
        exc_set(ExcValueError, "%s() requires a code object with %zu free vars, not %zu",
                str_utf8(f->name), have, want);
        return -1;
    }
    INCREF(v);
    SETREF(f->code, v);
    return 0;
}

static int func_set_annotations_attr(Object *o, Object *v) { return func_set_annotations(o, v == None ? NULL : v); }

static int func_set_doc(Object *o, Object *v)
{
    FunctionObject *f = (FunctionObject *)o;
    if (!f->dict && !(f->dict = dict_new()))
        return -1;
    return dict_set(f->dict, str_intern("__doc__"), v ? v : None);
}

static const SetterDef func_setters[] = {
    { "__doc__", func_set_doc },
    { "__name__", func_set_name },
    { "__qualname__", func_set_qualname },
    { "__module__", func_set_module },
    { "__code__", func_set_code },
    { "__defaults__", func_set_defaults },
    { "__kwdefaults__", func_set_kwdefaults },
    { "__annotations__", func_set_annotations_attr },
    { NULL, NULL },
};

/* function.__get__(obj, type=None): what a class attribute lookup does with
 * a function, for Python code that binds one itself: the function through
 * the class (obj None), else a method bound to obj. */
static Object *func_m_get(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 2 || nargs > 3 || kw) {
        exc_set(ExcTypeError, "__get__ expected 1 or 2 arguments, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (args[1] == None) {
        INCREF(args[0]);
        return args[0];
    }
    return method_new(args[0], args[1]);
}

static const MethodDef func_methods[] = {
    { "__get__", func_m_get, NULL },
    { "__doc__", NULL, func_get_doc },
    { "__name__", NULL, func_get_name },
    { "__qualname__", NULL, func_get_qualname },
    { "__code__", NULL, func_get_code },
    { "__module__", NULL, func_get_module },
    { "__defaults__", NULL, func_get_defaults },
    { "__kwdefaults__", NULL, func_get_kwdefaults },
    { "__annotations__", NULL, func_get_annotations },
    { "__globals__", NULL, func_get_globals },
    { "__closure__", NULL, func_get_closure },
    { NULL, NULL, NULL },
};

Type FunctionType = {
    OBJ_HEAD_INIT(&TypeType), .name = "function", .base = &ObjectType,
    .basicsize = sizeof(FunctionObject), .flags = TYPE_GC, .dealloc = func_dealloc,
    .weaklistoffset = offsetof(FunctionObject, weaklist),
    .repr = func_repr, .hash = func_hash, .call = func_call, .setters = func_setters,
    .dictoffset = offsetof(FunctionObject, dict), .methods = func_methods,
    .traverse = func_traverse, .clear = func_clear,
};

/* ---- cells -------------------------------------------------------------------- */

Object *cell_new(Object *value)
{
    CellObject *c = (CellObject *)obj_alloc(&CellType, sizeof *c);
    if (!c)
        return NULL;
    XINCREF(value);
    c->ref = value;
    return (Object *)c;
}

static void cell_dealloc(Object *o)
{
    XDECREF(((CellObject *)o)->ref);
    obj_free(o);
}

static void cell_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((CellObject *)o)->ref, arg);
}

static void cell_clear(Object *o) { SETREF(((CellObject *)o)->ref, NULL); }

static Object *cell_repr(Object *o)
{
    Object *v = ((CellObject *)o)->ref;
    if (!v)
        return str_from_fmt("<cell at %p: empty>", (void *)o);
    return str_from_fmt("<cell at %p: %s object at %p>", (void *)o, v->type->name, (void *)v);
}

static Object *cell_get_contents(Object *o)
{
    Object *v = ((CellObject *)o)->ref;
    if (!v) {
        exc_set(ExcValueError, "Cell is empty");
        return NULL;
    }
    INCREF(v);
    return v;
}

/* Deleting empties the cell, as CPython's. */
static int cell_set_contents(Object *o, Object *v)
{
    XINCREF(v);
    SETREF(((CellObject *)o)->ref, v);
    return 0;
}

static const MethodDef cell_methods[] = {
    { "cell_contents", NULL, cell_get_contents },
    { NULL, NULL, NULL },
};

static const SetterDef cell_setters[] = {
    { "cell_contents", cell_set_contents },
    { NULL, NULL },
};

Type CellType = {
    OBJ_HEAD_INIT(&TypeType), .name = "cell", .base = &ObjectType,
    .basicsize = sizeof(CellObject), .flags = TYPE_GC, .dealloc = cell_dealloc,
    .repr = cell_repr, .traverse = cell_traverse, .clear = cell_clear,
    .methods = cell_methods, .setters = cell_setters,
};
