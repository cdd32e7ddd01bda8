/* vm/objects/exc.c — exception classes and the pending exception.
 *
 * The pending exception is per thread (_Thread_local): each VM thread is a
 * pthread and raises independently.  It is an owned reference to an
 * exception instance, or NULL.  MemoryError is raised through one static
 * immortal instance, so reporting that memory ran out never allocates.
 *
 * Attributes that CPython computes from the constructor's arguments
 * (OSError.errno, SystemExit.code, StopIteration.value, SyntaxError.lineno,
 * ...) are stored in the instance __dict__ when args are set. */
#include "vm/objects/object.h"
#include "vm/objects/traceback.h"
#include "vm/runtime/import.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local Object *cur_exc;

static inline Object **pending(void) { return &cur_exc; }

/* ---- the classes ------------------------------------------------------ */

#define EXC_LIST(X)                                                                     \
    X(SystemExit, BaseException) X(KeyboardInterrupt, BaseException)                    \
    X(GeneratorExit, BaseException) X(Exception, BaseException)                         \
    X(StopIteration, Exception) X(StopAsyncIteration, Exception)                        \
    X(ArithmeticError, Exception)                                                       \
    X(FloatingPointError, ArithmeticError) X(OverflowError, ArithmeticError)            \
    X(ZeroDivisionError, ArithmeticError) X(AssertionError, Exception)                  \
    X(AttributeError, Exception) X(EOFError, Exception) X(ImportError, Exception)       \
    X(ModuleNotFoundError, ImportError) X(LookupError, Exception)                       \
    X(IndexError, LookupError) X(KeyError, LookupError) X(MemoryError, Exception)       \
    X(NameError, Exception) X(UnboundLocalError, NameError) X(OSError, Exception)       \
    X(BlockingIOError, OSError) X(ChildProcessError, OSError)                           \
    X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError)                     \
    X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError)                \
    X(FileNotFoundError, OSError) X(InterruptedError, OSError)                          \
    X(IsADirectoryError, OSError) X(NotADirectoryError, OSError)                        \
    X(PermissionError, OSError) X(ProcessLookupError, OSError) X(TimeoutError, OSError) \
    X(RuntimeError, Exception) X(NotImplementedError, RuntimeError)                     \
    X(RecursionError, RuntimeError) X(SyntaxError, Exception)                           \
    X(IndentationError, SyntaxError) X(TabError, IndentationError)                      \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception)          \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError)                     \
    X(UnicodeEncodeError, UnicodeError) X(BufferError, Exception)                       \
    X(ReferenceError, Exception) X(Warning, Exception)                                  \
    X(UserWarning, Warning) X(DeprecationWarning, Warning)                              \
    X(PendingDeprecationWarning, Warning) X(SyntaxWarning, Warning)                     \
    X(RuntimeWarning, Warning) X(FutureWarning, Warning) X(ImportWarning, Warning)      \
    X(UnicodeWarning, Warning) X(BytesWarning, Warning) X(ResourceWarning, Warning)

static void exc_dealloc(Object *o);
static void exc_traverse(Object *o, VisitFn visit, void *arg);
static void exc_gc_clear(Object *o);
static Object *exc_repr(Object *o);
static Object *exc_str(Object *o);
static Object *exc_construct(Object *callable, Object *const *args, size_t nargs, Object *kw);
static const MethodDef exc_methods[];
static const SetterDef exc_setters[];

#define EXC_FIELDS(nm, basep)                                                          \
    OBJ_HEAD_INIT(&TypeType), .name = #nm, .base = (basep), .basicsize = sizeof(ExcObject), \
    .flags = TYPE_EXC | TYPE_BASETYPE | TYPE_GC, .dealloc = exc_dealloc, .repr = exc_repr, \
    .str = exc_str, .dictoffset = offsetof(ExcObject, dict), .traverse = exc_traverse,     \
    .clear = exc_gc_clear

static Type exc_type_BaseException = {
    EXC_FIELDS(BaseException, &ObjectType), .construct = exc_construct, .methods = exc_methods,
    .setters = exc_setters,
};
/* BaseExceptionGroup keeps its message and exceptions (a tuple) apart from
 * args, read-only as CPython's; ExceptionGroup is a class made at start-up
 * (it has two bases: BaseExceptionGroup and Exception). */
typedef struct EgObject {
    ExcObject exc;
    Object *msg, *excs;
} EgObject;
static void eg_dealloc(Object *o);
static void eg_traverse(Object *o, VisitFn visit, void *arg);
static void eg_gc_clear(Object *o);
static Object *eg_str(Object *o);
static Object *eg_construct(Object *callable, Object *const *args, size_t nargs, Object *kw);
static const MethodDef eg_methods[];
static const SetterDef eg_setters[];
static Type exc_type_BaseExceptionGroup = {
    OBJ_HEAD_INIT(&TypeType), .name = "BaseExceptionGroup", .base = &exc_type_BaseException,
    .basicsize = sizeof(EgObject), .flags = TYPE_EXC | TYPE_BASETYPE | TYPE_GC,
    .dealloc = eg_dealloc, .repr = exc_repr, .str = eg_str, .dictoffset = offsetof(ExcObject, dict),
    .traverse = eg_traverse, .clear = eg_gc_clear, .construct = eg_construct, .methods = eg_methods,
    .setters = eg_setters,
};
static Type *exc_type_ExceptionGroup; /* borrowed: builtins holds it */
#define EXC_DECLARE(nm, base) static Type exc_type_##nm;
EXC_LIST(EXC_DECLARE)
#define EXC_DEFINE(nm, base) static Type exc_type_##nm = { EXC_FIELDS(nm, &exc_type_##base) };
EXC_LIST(EXC_DEFINE)
#define EXC_POINTER(nm, base) Type *Exc##nm = &exc_type_##nm;
Type *ExcBaseException = &exc_type_BaseException;
EXC_LIST(EXC_POINTER)

static int eg_add_builtins(Object *dict);

static const MethodDef attrerr_methods[], nameerr_methods[];
static const SetterDef attrerr_setters[], nameerr_setters[];

int exc_add_builtins(Object *dict)
{
    /* Before either type is first used, which enters these in its dict. */
    exc_type_AttributeError.methods = attrerr_methods;
    exc_type_AttributeError.setters = attrerr_setters;
    exc_type_NameError.methods = nameerr_methods;
    exc_type_NameError.setters = nameerr_setters;
    if (dict_set_str(dict, "BaseException", (Object *)&exc_type_BaseException) < 0)
        return -1;
#define EXC_ADD(nm, base) \
    if (dict_set_str(dict, #nm, (Object *)&exc_type_##nm) < 0) return -1;
    EXC_LIST(EXC_ADD)
    if (eg_add_builtins(dict) < 0)
        return -1;
    /* CPython keeps these as aliases of OSError. */
    if (dict_set_str(dict, "EnvironmentError", (Object *)&exc_type_OSError) < 0 ||
        dict_set_str(dict, "IOError", (Object *)&exc_type_OSError) < 0)
        return -1;
    return 0;
}

/* ---- instances -------------------------------------------------------- */

static ExcObject nomem_instance = { OBJ_HEAD_INIT(&exc_type_MemoryError), NULL, NULL, NULL, NULL, NULL, false, NULL, NULL };

static void exc_clear_fields(ExcObject *e)
{
    SETREF(e->dict, NULL);
    SETREF(e->args, NULL);
    SETREF(e->traceback, NULL);
    SETREF(e->context, NULL);
    SETREF(e->cause, NULL);
    SETREF(e->name, NULL);
    SETREF(e->obj, NULL);
}

static void exc_dealloc(Object *o)
{
    exc_clear_fields((ExcObject *)o);
    obj_free(o);
}

static void exc_traverse(Object *o, VisitFn visit, void *arg)
{
    ExcObject *e = (ExcObject *)o;
    visit(e->dict, arg);
    visit(e->args, arg);
    visit(e->traceback, arg);
    visit(e->context, arg);
    visit(e->cause, arg);
    visit(e->name, arg);
    visit(e->obj, arg);
}

static void exc_gc_clear(Object *o) { exc_clear_fields((ExcObject *)o); }

static size_t exc_nargs(ExcObject *e) { return e->args ? tuple_len(e->args) : 0; }

static int set_attr(ExcObject *e, const char *name, Object *v)
{
    if (!e->dict && !(e->dict = dict_new()))
        return -1;
    return dict_set_str(e->dict, name, v ? v : None);
}

static int init_oserror_attrs(ExcObject *e)
{
    size_t n = exc_nargs(e);
    bool have = n >= 2 && n <= 5;
    if (set_attr(e, "errno", have ? tuple_get(e->args, 0) : NULL) < 0 ||
        set_attr(e, "strerror", have ? tuple_get(e->args, 1) : NULL) < 0 ||
        set_attr(e, "filename", have && n >= 3 ? tuple_get(e->args, 2) : NULL) < 0 ||
        set_attr(e, "filename2", have && n >= 5 ? tuple_get(e->args, 4) : NULL) < 0)
        return -1;
    if (have && n >= 3) { /* CPython keeps only (errno, strerror) in args */
        Object *t = tuple_pack(2, tuple_get(e->args, 0), tuple_get(e->args, 1));
        if (!t)
            return -1;
        SETREF(e->args, t);
    }
    return 0;
}

static int init_syntax_attrs(ExcObject *e)
{
    size_t n = exc_nargs(e);
    Object *info = n == 2 ? tuple_get(e->args, 1) : NULL;
    bool have = info && obj_is(info, &TupleType) && tuple_len(info) >= 4;
    static const char *const names[] = { "filename", "lineno", "offset", "text" };
    if (set_attr(e, "msg", n >= 1 ? tuple_get(e->args, 0) : NULL) < 0)
        return -1;
    for (size_t i = 0; i < 4; i++)
        if (set_attr(e, names[i], have ? tuple_get(info, i) : NULL) < 0)
            return -1;
    if (set_attr(e, "end_lineno", NULL) < 0 || set_attr(e, "end_offset", NULL) < 0 ||
        set_attr(e, "print_file_and_line", NULL) < 0)
        return -1;
    return 0;
}

/* The attributes CPython derives from args, by class. */
static int exc_init_attrs(ExcObject *e)
{
    Type *t = e->ob.type;
    size_t n = exc_nargs(e);
    if (type_is_subtype(t, &exc_type_SystemExit))
        return set_attr(e, "code", n == 0 ? NULL : n == 1 ? tuple_get(e->args, 0) : e->args);
    if (type_is_subtype(t, &exc_type_StopIteration))
        return set_attr(e, "value", n ? tuple_get(e->args, 0) : NULL);
    if (type_is_subtype(t, &exc_type_OSError))
        return init_oserror_attrs(e);
    if (type_is_subtype(t, &exc_type_SyntaxError))
        return init_syntax_attrs(e);
    if (n == 5 && (type_is_subtype(t, &exc_type_UnicodeEncodeError) ||
                   type_is_subtype(t, &exc_type_UnicodeDecodeError))) {
        static const char *const names[] = { "encoding", "object", "start", "end", "reason" };
        for (size_t i = 0; i < 5; i++)
            if (set_attr(e, names[i], tuple_get(e->args, i)) < 0)
                return -1;
    }
    if (type_is_subtype(t, &exc_type_ImportError)) {
        if (set_attr(e, "msg", n == 1 ? tuple_get(e->args, 0) : NULL) < 0 ||
            set_attr(e, "name", NULL) < 0)
            return -1;
        return set_attr(e, "path", NULL);
    }
    return 0;
}

static int exc_set_args(ExcObject *e, Object *const *args, size_t nargs)
{
    Object *t = tuple_new(nargs);
    if (!t)
        return -1;
    for (size_t i = 0; i < nargs; i++) {
        INCREF(args[i]);
        tuple_set(t, i, args[i]);
    }
    SETREF(e->args, t);
    return exc_init_attrs(e);
}

/* The keywords the built-in __init__ takes (ImportError's name and path,
 * AttributeError's name and obj, NameError's name), none for any other
 * class, in CPython's words. */
static int exc_init_kw(ExcObject *e, Object *const *values, Object *kw)
{
    Type *t = e->ob.type;
    if (!kw)
        return 0;
    const char *cls = type_is_subtype(t, &exc_type_ImportError) ? "ImportError"
                      : type_is_subtype(t, &exc_type_AttributeError) ? "AttributeError"
                      : type_is_subtype(t, &exc_type_NameError) ? "NameError" : NULL;
    if (!cls) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", t->name);
        return -1;
    }
    const char *other = cls[0] == 'I' ? "path" : cls[0] == 'A' ? "obj" : NULL;
    for (size_t i = 0; i < tuple_len(kw); i++) {
        const char *key = str_utf8(tuple_get(kw, i));
        if (strcmp(key, "name") != 0 && (!other || strcmp(key, other) != 0)) {
            exc_set(ExcTypeError, "'%s' is an invalid keyword argument for %s()", key, cls);
            return -1;
        }
        if (cls[0] == 'I') {
            if (set_attr(e, key, values[i]) < 0)
                return -1;
            continue;
        }
        INCREF(values[i]);
        if (key[0] == 'n')
            SETREF(e->name, values[i]);
        else
            SETREF(e->obj, values[i]);
    }
    return 0;
}

static Type *oserror_class(int err);

/* OSError(errno, strerror, ...) itself makes the subclass for that errno,
 * as CPython's does (OSError(ENOENT, 'x') is a FileNotFoundError); a
 * subclass called by name stays itself. */
static Type *oserror_subclass(Type *t, Object *const *args, size_t npos)
{
    int64_t err;
    if (t != &exc_type_OSError || npos < 2 || npos > 5 || !obj_isinstance_type(args[0], &IntType))
        return t;
    if (int_as_i64(args[0], &err) < 0) {
        exc_clear();   /* too big for any errno: plain OSError */
        return t;
    }
    return err >= INT_MIN && err <= INT_MAX ? oserror_class((int)err) : t;
}

/* An instance of t with its args set: the first half of constructing it. */
static Object *exc_alloc_args(Type *t, Object *const *args, size_t nargs, Object *kw)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    Object *e = obj_alloc(t, t->basicsize);
    if (!e)
        return NULL;
    if (exc_set_args((ExcObject *)e, args, npos) < 0) {
        DECREF(e);
        return NULL;
    }
    return e;
}

/* The second half: a class's own __init__, else the built-in keywords;
 * consumes e, NULL on an error. */
static Object *exc_run_init(Object *e, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = e->type;
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    static Object *init_name;
    if (!init_name)
        init_name = str_intern("__init__");
    Object *init = t->flags & TYPE_HEAP ? type_lookup(t, init_name) : NULL;
    if (!init || obj_is_builtin(init)) {
        if (exc_init_kw((ExcObject *)e, kw ? args + npos : NULL, kw) < 0) {
            DECREF(e);
            return NULL;
        }
        return e;
    }
    Object *r = obj_call_prepend(init, e, args, nargs, kw);
    bool bad = r && r != None;
    if (bad)
        exc_set(ExcTypeError, "__init__() should return None, not '%s'", r->type->name);
    XDECREF(r);
    if (!r || bad) {
        DECREF(e);
        return NULL;
    }
    return e;
}

static Object *exc_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    Type *t = oserror_subclass((Type *)callable, args, npos);
    Object *e = exc_alloc_args(t, args, nargs, kw);
    return e ? exc_run_init(e, args, nargs, kw) : NULL;
}

Object *exc_new(Type *type, Object *const *args, size_t nargs)
{
    return obj_call((Object *)type, args, nargs, NULL);
}

/* ---- str and repr ------------------------------------------------------- */

/* The special forms return NULL when they do not apply, setting *failed
 * only on an error. */
static Object *oserror_str(ExcObject *e, bool *failed)
{
    Object *eno = e->dict ? dict_get_str(e->dict, "errno") : NULL;
    Object *msg = e->dict ? dict_get_str(e->dict, "strerror") : NULL;
    Object *fn = e->dict ? dict_get_str(e->dict, "filename") : NULL;
    Object *fn2 = e->dict ? dict_get_str(e->dict, "filename2") : NULL;
    if (!eno || !msg || (eno == None && msg == None))
        return NULL;
    StrBuf b = { 0 };
    strbuf_puts(&b, "[Errno ");
    strbuf_put_obj(&b, eno, false);
    strbuf_puts(&b, "] ");
    strbuf_put_obj(&b, msg, false);
    if (fn && fn != None) {
        strbuf_puts(&b, ": ");
        strbuf_put_obj(&b, fn, true);
        if (fn2 && fn2 != None) {
            strbuf_puts(&b, " -> ");
            strbuf_put_obj(&b, fn2, true);
        }
    }
    Object *r = strbuf_finish(&b);
    *failed = !r;
    return r;
}

static Object *syntax_str(ExcObject *e, bool *failed)
{
    Object *msg = e->dict ? dict_get_str(e->dict, "msg") : NULL;
    Object *fn = e->dict ? dict_get_str(e->dict, "filename") : NULL;
    Object *line = e->dict ? dict_get_str(e->dict, "lineno") : NULL;
    if (!msg || msg == None)
        return NULL;
    StrBuf b = { 0 };
    strbuf_put_obj(&b, msg, false);
    bool hasfn = fn && obj_is(fn, &StrType), hasline = line && obj_is(line, &IntType);
    if (hasfn || hasline) {
        strbuf_puts(&b, " (");
        if (hasfn) {
            const char *s = str_utf8(fn), *slash = strrchr(s, '/');
            strbuf_puts(&b, slash ? slash + 1 : s);
        }
        if (hasline)
            strbuf_printf(&b, "%sline %lld", hasfn ? ", " : "", (long long)int_value(line));
        strbuf_puts(&b, ")");
    }
    Object *r = strbuf_finish(&b);
    *failed = !r;
    return r;
}

/* UnicodeDecodeError and UnicodeEncodeError(encoding, object, start, end,
 * reason): one unit names itself (a byte in hex, a code point escaped),
 * a span its positions. */
static Object *unicode_error_str(ExcObject *e, bool decode, bool *failed)
{
    if (exc_nargs(e) != 5)
        return NULL;
    Object *enc = tuple_get(e->args, 0), *obj = tuple_get(e->args, 1);
    Object *st = tuple_get(e->args, 2), *en = tuple_get(e->args, 3), *why = tuple_get(e->args, 4);
    if (!obj_is(enc, &StrType) || !obj_is(obj, decode ? &BytesType : &StrType) ||
        !obj_is(st, &IntType) || !obj_is(en, &IntType) || !obj_is(why, &StrType))
        return NULL;
    int64_t s = int_value(st), t = int_value(en);
    size_t len = decode ? ((BytesObject *)obj)->n : ((StrObject *)obj)->ncp;
    if (s < 0 || (size_t)s >= len)
        return NULL;
    const char *verb = decode ? "decode" : "encode";
    Object *r;
    if (t == s + 1 && decode) {
        r = str_from_fmt("'%s' codec can't decode byte 0x%02x in position %lld: %s", str_utf8(enc),
                         ((BytesObject *)obj)->data[s], (long long)s, str_utf8(why));
    } else if (t == s + 1) {
        uint32_t c = str_codepoint(obj, (size_t)s);
        char unit[16];
        snprintf(unit, sizeof unit, c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x",
                 (unsigned)c);
        r = str_from_fmt("'%s' codec can't encode character '%s' in position %lld: %s",
                         str_utf8(enc), unit, (long long)s, str_utf8(why));
    } else {
        r = str_from_fmt("'%s' codec can't %s %s in position %lld-%lld: %s", str_utf8(enc), verb,
                         decode ? "bytes" : "characters", (long long)s, (long long)t - 1,
                         str_utf8(why));
    }
    *failed = !r;
    return r;
}

static Object *exc_str(Object *o)
{
    ExcObject *e = (ExcObject *)o;
    Object *special = NULL;
    bool failed = false;
    if (type_is_subtype(o->type, &exc_type_OSError))
        special = oserror_str(e, &failed);
    else if (type_is_subtype(o->type, &exc_type_SyntaxError))
        special = syntax_str(e, &failed);
    else if (type_is_subtype(o->type, &exc_type_UnicodeDecodeError))
        special = unicode_error_str(e, true, &failed);
    else if (type_is_subtype(o->type, &exc_type_UnicodeEncodeError))
        special = unicode_error_str(e, false, &failed);
    if (special || failed)
        return special;
    size_t n = exc_nargs(e);
    if (n == 0)
        return str_from_cstr("");
    if (n == 1) {
        Object *a = tuple_get(e->args, 0);
        return type_is_subtype(o->type, &exc_type_KeyError) ? obj_repr(a) : obj_str(a);
    }
    return obj_str(e->args);
}

static Object *exc_repr(Object *o)
{
    ExcObject *e = (ExcObject *)o;
    size_t n = exc_nargs(e);
    if (n == 0)
        return str_from_fmt("%s()", o->type->name);
    Object *inner = n == 1 ? obj_repr(tuple_get(e->args, 0)) : obj_repr(e->args);
    if (!inner)
        return NULL;
    Object *r = n == 1 ? str_from_fmt("%s(%s)", o->type->name, str_utf8(inner))
                       : str_from_fmt("%s%s", o->type->name, str_utf8(inner));
    DECREF(inner);
    return r;
}

/* ---- methods and attributes ---------------------------------------------- */

static Object *exc_m_init(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (!obj_isinstance_type(args[0], &exc_type_BaseException)) {
        exc_set(ExcTypeError, "descriptor '__init__' requires a 'BaseException' object");
        return NULL;
    }
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (exc_set_args((ExcObject *)args[0], args + 1, npos - 1) < 0 ||
        exc_init_kw((ExcObject *)args[0], args + npos, kw) < 0)
        return NULL;
    return none_new();
}

static Object *exc_m_with_traceback(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "with_traceback() takes exactly one argument");
        return NULL;
    }
    ExcObject *e = (ExcObject *)args[0];
    Object *tb = args[1] == None ? NULL : args[1];
    XINCREF(tb);
    SETREF(e->traceback, tb);
    INCREF(args[0]);
    return args[0];
}

/* (type, args) and its __dict__ when it has one with anything in it, as
 * CPython's: copy and pickle rebuild an exception by calling its type. */
static Object *exc_m_reduce(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__reduce__() takes no arguments (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    ExcObject *e = (ExcObject *)args[0];
    Object *a = e->args ? (INCREF(e->args), e->args) : tuple_new(0);
    bool state = e->dict && dict_len(e->dict) > 0;
    Object *r = !a ? NULL : state ? tuple_pack(3, (Object *)e->ob.type, a, e->dict) : tuple_pack(2, (Object *)e->ob.type, a);
    XDECREF(a);
    return r;
}

/* __setstate__(dict): each item set as an attribute. */
static Object *exc_m_setstate(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "__setstate__() takes exactly one argument (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (args[1] == None)
        return none_new();
    if (!obj_isinstance_type(args[1], &DictType)) {
        exc_set(ExcTypeError, "state is not a dictionary");
        return NULL;
    }
    size_t pos = 0;
    Object *k, *v;
    while (dict_next(args[1], &pos, &k, &v))
        if (obj_setattr(args[0], k, v) < 0)
            return NULL;
    return none_new();
}

/* add_note(note): appended to __notes__, a list made on the first note. */
static Object *exc_m_add_note(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "BaseException.add_note() takes exactly one argument (%zu given)",
                nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (!obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "note must be a str, not '%s'", args[1]->type->name);
        return NULL;
    }
    Object *notes = obj_getattr_str(args[0], "__notes__");
    if (!notes && exc_matches(exc_occurred(), (Object *)&exc_type_AttributeError)) {
        exc_clear();
        notes = list_new(0);
        if (notes && obj_setattr(args[0], str_intern("__notes__"), notes) < 0)
            SETREF(notes, NULL);
    }
    if (notes && !obj_isinstance_type(notes, &ListType)) {
        exc_set(ExcTypeError, "Cannot add note: __notes__ is not a list");
        SETREF(notes, NULL);
    }
    int rc = notes ? list_append(notes, args[1]) : -1;
    XDECREF(notes);
    return rc < 0 ? NULL : none_new();
}

static Object *or_none(Object *v) { v = v ? v : None; INCREF(v); return v; }
static Object *exc_get_args(Object *o)
{
    ExcObject *e = (ExcObject *)o;
    return e->args ? (INCREF(e->args), e->args) : tuple_new(0);
}
static Object *exc_get_tb(Object *o) { return or_none(((ExcObject *)o)->traceback); }
static Object *exc_get_context(Object *o) { return or_none(((ExcObject *)o)->context); }
static Object *exc_get_cause(Object *o) { return or_none(((ExcObject *)o)->cause); }

static Object *exc_get_suppress(Object *o) { return bool_from(((ExcObject *)o)->suppress_context); }

static const MethodDef exc_methods[] = {
    { "__init__", exc_m_init, NULL },
    { "with_traceback", exc_m_with_traceback, NULL },
    { "add_note", exc_m_add_note, NULL },
    { "__reduce__", exc_m_reduce, NULL },
    { "__setstate__", exc_m_setstate, NULL },
    { "args", NULL, exc_get_args },
    { "__traceback__", NULL, exc_get_tb },
    { "__context__", NULL, exc_get_context },
    { "__cause__", NULL, exc_get_cause },
    { "__suppress_context__", NULL, exc_get_suppress },
    { NULL, NULL, NULL },
};

static int undeletable(Object *value, const char *name)
{
    if (value)
        return 0;
    exc_set(ExcTypeError, "%s may not be deleted", name);
    return -1;
}

static int exc_set_args_attr(Object *o, Object *value)
{
    if (undeletable(value, "args") < 0)
        return -1;
    Object *t = tuple_from_iter(value);
    if (!t)
        return -1;
    SETREF(((ExcObject *)o)->args, t);
    return 0;
}

/* *slot = value, which is None (stored as NULL) or an exception. */
static int set_exc_link(Object **slot, Object *value, const char *name, const char *what)
{
    if (undeletable(value, name) < 0)
        return -1;
    if (value != None && !(value->type->flags & TYPE_EXC)) {
        exc_set(ExcTypeError, "exception %s must be None or derive from BaseException", what);
        return -1;
    }
    Object *v = value == None ? NULL : value;
    XINCREF(v);
    SETREF(*slot, v);
    return 0;
}

/* As `raise ... from`: a cause, even None, hides the context. */
static int exc_set_cause(Object *o, Object *value)
{
    ExcObject *e = (ExcObject *)o;
    if (set_exc_link(&e->cause, value, "__cause__", "cause") < 0)
        return -1;
    e->suppress_context = true;
    return 0;
}

static int exc_set_context(Object *o, Object *value)
{
    return set_exc_link(&((ExcObject *)o)->context, value, "__context__", "context");
}

static int exc_set_tb(Object *o, Object *value)
{
    if (undeletable(value, "__traceback__") < 0)
        return -1;
    if (value != None && !obj_is(value, &TracebackType)) {
        exc_set(ExcTypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    Object *tb = value == None ? NULL : value;
    XINCREF(tb);
    SETREF(((ExcObject *)o)->traceback, tb);
    return 0;
}

static int exc_set_suppress(Object *o, Object *value)
{
    if (!value) {
        exc_set(ExcTypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!obj_is(value, &BoolType)) {
        exc_set(ExcTypeError, "attribute value type must be bool");
        return -1;
    }
    ((ExcObject *)o)->suppress_context = value == TrueObj;
    return 0;
}

/* AttributeError's name and obj, NameError's name: fields rather than
 * __dict__ entries, so raising one (hasattr, getattr with a default)
 * makes no dict. */
static Object *exc_get_name(Object *o)
{
    Object *v = ((ExcObject *)o)->name;
    v = v ? v : None;
    INCREF(v);
    return v;
}

static Object *exc_get_obj(Object *o)
{
    Object *v = ((ExcObject *)o)->obj;
    v = v ? v : None;
    INCREF(v);
    return v;
}

static int exc_set_name(Object *o, Object *value)
{
    XINCREF(value);
    SETREF(((ExcObject *)o)->name, value);
    return 0;
}

static int exc_set_objattr(Object *o, Object *value)
{
    XINCREF(value);
    SETREF(((ExcObject *)o)->obj, value);
    return 0;
}

static const MethodDef attrerr_methods[] = {
    { "name", NULL, exc_get_name },
    { "obj", NULL, exc_get_obj },
    { NULL, NULL, NULL },
};

static const MethodDef nameerr_methods[] = {
    { "name", NULL, exc_get_name },
    { NULL, NULL, NULL },
};

static const SetterDef attrerr_setters[] = {
    { "name", exc_set_name },
    { "obj", exc_set_objattr },
    { NULL, NULL },
};

static const SetterDef nameerr_setters[] = {
    { "name", exc_set_name },
    { NULL, NULL },
};

static const SetterDef exc_setters[] = {
    { "args", exc_set_args_attr },
    { "__traceback__", exc_set_tb },
    { "__context__", exc_set_context },
    { "__cause__", exc_set_cause },
    { "__suppress_context__", exc_set_suppress },
    { NULL, NULL },
};

/* ---- exception groups ----------------------------------------------------- */

static void eg_clear_fields(EgObject *g)
{
    SETREF(g->msg, NULL);
    SETREF(g->excs, NULL);
}

static void eg_dealloc(Object *o)
{
    eg_clear_fields((EgObject *)o);
    exc_dealloc(o);
}

static void eg_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((EgObject *)o)->msg, arg);
    visit(((EgObject *)o)->excs, arg);
    exc_traverse(o, visit, arg);
}

static void eg_gc_clear(Object *o)
{
    eg_clear_fields((EgObject *)o);
    exc_gc_clear(o);
}

static bool eg_is_group(Object *o) { return obj_isinstance_type(o, &exc_type_BaseExceptionGroup); }

/* PySequence_Check's rule, which ExceptionGroup's argument and
 * __notes__ are held to: any item access that is not a dict's.  Not the
 * binop error's test (abstract.c) nor a sequence pattern's (match.c). */
bool exc_is_sequence(Object *o)
{
    return o->type->getitem && !obj_isinstance_type(o, &DictType);
}

/* The exceptions argument as a tuple of exception instances; *all_exc
 * says whether every one is an Exception. */
static Object *eg_exceptions(Object *seq, bool *all_exc)
{
    if (!exc_is_sequence(seq)) {
        exc_set(ExcTypeError, "second argument (exceptions) must be a sequence");
        return NULL;
    }
    Object *t = tuple_from_iter(seq);
    if (t && tuple_len(t) == 0) {
        exc_set(ExcValueError, "second argument (exceptions) must be a non-empty sequence");
        SETREF(t, NULL);
    }
    *all_exc = true;
    for (size_t i = 0; t && i < tuple_len(t); i++) {
        Object *e = tuple_get(t, i);
        if (!(e->type->flags & TYPE_EXC)) {
            exc_set(ExcValueError, "Item %zu of second argument (exceptions) is not an exception", i);
            SETREF(t, NULL);
        } else if (!obj_isinstance_type(e, &exc_type_Exception)) {
            *all_exc = false;
        }
    }
    return t;
}

/* The class the group really gets: BaseExceptionGroup of Exceptions only
 * is an ExceptionGroup; an Exception subclass refuses BaseExceptions. */
static Type *eg_class(Type *t, bool all_exc)
{
    if (t == &exc_type_BaseExceptionGroup)
        return all_exc ? exc_type_ExceptionGroup : t;
    if (all_exc || !type_is_subtype(t, &exc_type_Exception))
        return t;
    if (t == exc_type_ExceptionGroup)
        exc_set(ExcTypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    else
        exc_set(ExcTypeError, "Cannot nest BaseExceptions in '%s'", t->name);
    return NULL;
}

/* BaseExceptionGroup.__new__: the checked fields, no __init__ yet. */
static Object *eg_new(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos != 2) {
        exc_set(ExcTypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", npos);
        return NULL;
    }
    if (!obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                args[0]->type->name);
        return NULL;
    }
    bool all_exc;
    Object *excs = eg_exceptions(args[1], &all_exc);
    Type *cls = excs ? eg_class((Type *)callable, all_exc) : NULL;
    Object *e = cls ? exc_alloc_args(cls, args, nargs, kw) : NULL;
    if (!e) {
        XDECREF(excs);
        return NULL;
    }
    INCREF(args[0]);
    ((EgObject *)e)->msg = args[0];
    ((EgObject *)e)->excs = excs;
    return e;
}

static Object *eg_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Object *e = eg_new(callable, args, nargs, kw);
    return e ? exc_run_init(e, args, nargs, kw) : NULL;
}

Object *exc_new_uninit(Type *owner, Type *cls, Object *const *args, size_t nargs, Object *kw)
{
    if (owner == &exc_type_BaseExceptionGroup)
        return eg_new((Object *)cls, args, nargs, kw);
    return exc_alloc_args(cls, args, nargs, kw);
}

static Object *eg_str(Object *o)
{
    EgObject *g = (EgObject *)o;
    size_t n = g->excs ? tuple_len(g->excs) : 0;
    return str_from_fmt("%s (%zu sub-exception%s)", g->msg ? str_utf8(g->msg) : "", n,
                        n == 1 ? "" : "s");
}

static Object *eg_get_message(Object *o) { return or_none(((EgObject *)o)->msg); }
static Object *eg_get_exceptions(Object *o) { return or_none(((EgObject *)o)->excs); }

static bool eg_self_ok(Object *self, const char *method)
{
    if (eg_is_group(self))
        return true;
    exc_set(ExcTypeError, "descriptor '%s' for 'BaseExceptionGroup' objects doesn't apply to a '%s' object",
            method, self->type->name);
    return false;
}

/* derive(excs): a group of the same message, as BaseExceptionGroup makes it. */
static Object *eg_m_derive(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "function takes exactly 1 argument (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (!eg_self_ok(args[0], "derive"))
        return NULL;
    Object *a[2] = { ((EgObject *)args[0])->msg, args[1] };
    return eg_construct((Object *)&exc_type_BaseExceptionGroup, a, 2, NULL);
}

/* What split and subgroup match with: a class, a tuple of classes, or a
 * predicate called on each exception (groups included); except* also
 * splits by leaves, a list of the very exceptions to keep. */
typedef struct EgMatcher {
    Object *cond;
    enum { EGM_CLASSES, EGM_PRED, EGM_LEAVES } kind;
} EgMatcher;

static bool eg_is_exc_class(Object *o)
{
    return obj_isinstance_type(o, &TypeType) && (((Type *)o)->flags & TYPE_EXC);
}

static int eg_matcher(Object *cond, EgMatcher *m)
{
    bool classes = eg_is_exc_class(cond) || obj_is(cond, &TupleType);
    for (size_t i = 0; obj_is(cond, &TupleType) && i < tuple_len(cond); i++)
        classes &= eg_is_exc_class(tuple_get(cond, i));
    m->cond = cond;
    m->kind = classes ? EGM_CLASSES : EGM_PRED;
    if (classes || obj_callable(cond))
        return 0;
    exc_set(ExcTypeError, "expected a function, exception type or tuple of exception types");
    return -1;
}

static int eg_matches(EgMatcher *m, Object *exc)
{
    if (m->kind == EGM_CLASSES)
        return exc_matches(exc, m->cond);
    if (m->kind == EGM_LEAVES) {
        for (size_t i = 0; i < list_len(m->cond); i++)
            if (list_get(m->cond, i) == exc)
                return 1;
        return 0;
    }
    Object *r = obj_call(m->cond, &exc, 1, NULL);
    int yes = r ? obj_truth(r) : -1;
    XDECREF(r);
    return yes;
}

/* The derived group keeps the original's traceback, cause, context and
 * a copy of its notes, as CPython's split does. */
static int eg_copy_metadata(Object *from, Object *to)
{
    ExcObject *f = (ExcObject *)from, *t = (ExcObject *)to;
    XINCREF(f->traceback);
    SETREF(t->traceback, f->traceback);
    XINCREF(f->cause);
    SETREF(t->cause, f->cause);
    XINCREF(f->context);
    SETREF(t->context, f->context);
    t->suppress_context = true;
    Object *notes = f->dict ? dict_get_str(f->dict, "__notes__") : NULL;
    if (!notes || !exc_is_sequence(notes))
        return 0;
    Object *copy = list_from_iter(notes);
    int rc = copy ? set_attr(t, "__notes__", copy) : -1;
    XDECREF(copy);
    return rc;
}

/* *out = group.derive(list) with the group's metadata, or NULL for an
 * empty list. */
static int eg_derive_list(Object *group, Object *list, Object **out)
{
    *out = NULL;
    if (!list || list_len(list) == 0)
        return 0;
    Object *r = obj_call_method(group, "derive", &list, 1);
    if (r && !eg_is_group(r)) {
        exc_set(ExcTypeError, "derive must return an instance of BaseExceptionGroup");
        SETREF(r, NULL);
    }
    if (!r || eg_copy_metadata(group, r) < 0) {
        XDECREF(r);
        return -1;
    }
    *out = r;
    return 0;
}

static int eg_keep(Object *list, Object *part)
{
    int rc = part && list ? list_append(list, part) : 0;
    XDECREF(part);
    return rc;
}

/* The matching part of exc into *match and, when rest is not NULL, the
 * other part into *rest (either NULL when empty), nested groups kept. */
static int eg_split_rec(Object *exc, EgMatcher *m, Object **match, Object **rest)
{
    *match = NULL;
    if (rest)
        *rest = NULL;
    int yes = eg_matches(m, exc);
    if (yes)
        return yes < 0 ? -1 : (INCREF(exc), *match = exc, 0);
    Object *excs = exc_group_exceptions(exc);
    if (!excs) {
        if (rest)
            *rest = (INCREF(exc), exc);
        return 0;
    }
    Object *ml = list_new(0), *rl = rest ? list_new(0) : NULL;
    int rc = ml && (!rest || rl) ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < tuple_len(excs); i++) {
        Object *m1, *r1 = NULL;
        rc = eg_split_rec(tuple_get(excs, i), m, &m1, rest ? &r1 : NULL);
        if (eg_keep(ml, m1) < 0 || eg_keep(rl, r1) < 0)
            rc = -1;
    }
    if (rc == 0 && (eg_derive_list(exc, ml, match) < 0 || (rest && eg_derive_list(exc, rl, rest) < 0)))
        rc = -1;
    XDECREF(ml);
    XDECREF(rl);
    if (rc < 0) {
        SETREF(*match, NULL);
        if (rest)
            SETREF(*rest, NULL);
    }
    return rc;
}

static int eg_split_args(Object *const *args, size_t nargs, Object *kw, const char *name, EgMatcher *m)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "%s expected 1 argument, got %zu", name, nargs ? nargs - 1 : 0);
        return -1;
    }
    return eg_self_ok(args[0], name) ? eg_matcher(args[1], m) : -1;
}

static Object *eg_m_split(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    EgMatcher m;
    Object *match, *rest;
    if (eg_split_args(args, nargs, kw, "split", &m) < 0 || eg_split_rec(args[0], &m, &match, &rest) < 0)
        return NULL;
    Object *r = tuple_pack(2, match ? match : None, rest ? rest : None);
    XDECREF(match);
    XDECREF(rest);
    return r;
}

static Object *eg_m_subgroup(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    EgMatcher m;
    Object *match;
    if (eg_split_args(args, nargs, kw, "subgroup", &m) < 0 || eg_split_rec(args[0], &m, &match, NULL) < 0)
        return NULL;
    return match ? match : none_new();
}

/* Settable only to say so in CPython's words. */
static int eg_readonly(Object *o, Object *value)
{
    exc_set(ExcAttributeError, "readonly attribute");
    return -1;
}

static const SetterDef eg_setters[] = {
    { "message", eg_readonly },
    { "exceptions", eg_readonly },
    { NULL, NULL },
};

Object *exc_group_exceptions(Object *exc)
{
    return eg_is_group(exc) ? ((EgObject *)exc)->excs : NULL;
}

static const MethodDef eg_methods[] = {
    { "derive", eg_m_derive, NULL },
    { "split", eg_m_split, NULL },
    { "subgroup", eg_m_subgroup, NULL },
    { "message", NULL, eg_get_message },
    { "exceptions", NULL, eg_get_exceptions },
    { NULL, NULL, NULL },
};

static int eg_add_builtins(Object *dict)
{
    if (dict_set_str(dict, "BaseExceptionGroup", (Object *)&exc_type_BaseExceptionGroup) < 0)
        return -1;
    Object *bases = tuple_pack(2, (Object *)&exc_type_BaseExceptionGroup, (Object *)&exc_type_Exception);
    Type *cls = bases ? type_new_module_class_bases("builtins", "ExceptionGroup", bases) : NULL;
    int rc = cls ? dict_set_str(dict, "ExceptionGroup", (Object *)cls) : -1;
    exc_type_ExceptionGroup = cls;
    XDECREF((Object *)cls);
    XDECREF(bases);
    return rc;
}

/* ---- except* (PEP 654) --------------------------------------------------- */

/* A group made as the interpreter makes one: BaseExceptionGroup(msg,
 * excs), which is an ExceptionGroup when all of excs are Exceptions. */
static Object *eg_make(const char *msg, Object *excs)
{
    Object *a[2] = { str_from_cstr(msg), excs };
    Object *g = a[0] ? eg_construct((Object *)&exc_type_BaseExceptionGroup, a, 2, NULL) : NULL;
    XDECREF(a[0]);
    return g;
}

/* except* takes exception classes, and never a group class: a group is
 * what it splits, not what it matches. */
static int star_type_check(Object *type)
{
    bool tuple = obj_is(type, &TupleType);
    size_t n = tuple ? tuple_len(type) : 1;
    for (size_t i = 0; i < n; i++) {
        Object *t = tuple ? tuple_get(type, i) : type;
        if (!eg_is_exc_class(t)) {
            exc_set(ExcTypeError, "catching classes that do not inherit from BaseException is not allowed");
            return -1;
        }
        if (type_is_subtype((Type *)t, &exc_type_BaseExceptionGroup)) {
            exc_set(ExcTypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            return -1;
        }
    }
    return 0;
}

/* ExceptionGroup('', (exc,)), without a traceback of its own. */
static Object *star_wrap(Object *exc)
{
    Object *one = tuple_pack(1, exc);
    Object *g = one ? eg_make("", one) : NULL;
    XDECREF(one);
    return g;
}

int exc_star_match(Object *exc, Object *type, Object **match, Object **rest)
{
    *match = *rest = NULL;
    if (star_type_check(type) < 0)
        return -1;
    if (exc != None && exc_matches(exc, type)) {   /* all of it: a naked one gets a group */
        *match = eg_is_group(exc) ? (INCREF(exc), exc) : star_wrap(exc);
        if (!*match)
            return -1;
        *rest = none_new();
        return 0;
    }
    if (exc == None || !eg_is_group(exc)) {
        *match = none_new();
        *rest = (INCREF(exc), exc);
        return 0;
    }
    EgMatcher m = { type, EGM_CLASSES };
    if (eg_split_rec(exc, &m, match, rest) < 0)
        return -1;
    *match = *match ? *match : none_new();
    *rest = *rest ? *rest : none_new();
    return 0;
}

/* Whether e is orig re-raised (a bare raise of a part split from it):
 * the parts share its traceback, cause and context. */
static bool star_same_metadata(Object *e, Object *orig)
{
    ExcObject *a = (ExcObject *)e, *b = (ExcObject *)orig;
    return a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

/* The leaves (not groups) of e, appended to list. */
static int star_leaves(Object *e, Object *list)
{
    Object *excs = exc_group_exceptions(e);
    if (!excs)
        return list_append(list, e);
    for (size_t i = 0; i < tuple_len(excs); i++)
        if (star_leaves(tuple_get(excs, i), list) < 0)
            return -1;
    return 0;
}

/* What of orig the re-raised parts keep: orig split down to their leaves,
 * so that its structure (and metadata) survives; None for none. */
static Object *star_projection(Object *orig, Object *reraised)
{
    Object *leaves = list_new(0), *match = NULL;
    int rc = leaves ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < list_len(reraised); i++)
        rc = star_leaves(list_get(reraised, i), leaves);
    EgMatcher m = { leaves, EGM_LEAVES };
    if (rc == 0)
        rc = eg_split_rec(orig, &m, &match, NULL);
    XDECREF(leaves);
    return rc < 0 ? NULL : match ? match : none_new();
}

/* The raised exceptions, then what was re-raised of orig, as one
 * exception: itself when alone, else a new group of them. */
static Object *star_combine(Object *orig, Object *raised, Object *reraised)
{
    Object *kept = star_projection(orig, reraised);
    if (!kept || list_len(raised) == 0)
        return kept;
    int rc = kept == None ? 0 : list_append(raised, kept);
    DECREF(kept);
    if (rc < 0)
        return NULL;
    if (list_len(raised) > 1)
        return eg_make("", raised);
    INCREF(list_get(raised, 0));
    return list_get(raised, 0);
}

Object *exc_star_reraise(Object *orig, Object *excs)
{
    if (list_len(excs) == 0)
        return none_new();
    if (!eg_is_group(orig)) {   /* a naked exception: one clause at most ran */
        INCREF(list_get(excs, 0));
        return list_get(excs, 0);
    }
    Object *raised = list_new(0), *reraised = list_new(0), *r = NULL;
    int rc = raised && reraised ? 0 : -1;
    for (size_t i = 0; rc == 0 && i < list_len(excs); i++) {
        Object *e = list_get(excs, i);
        if (e != None)
            rc = list_append(star_same_metadata(e, orig) ? reraised : raised, e);
    }
    if (rc == 0)
        r = star_combine(orig, raised, reraised);
    XDECREF(raised);
    XDECREF(reraised);
    return r;
}

/* ---- the pending exception ---------------------------------------------- */

static void set_pending(Object *e) { SETREF(*pending(), e); }

/* The message of exc_set and exc_warn as a str; NULL with MemoryError. */
static Object *vformat(const char *fmt, va_list ap)
{
    char *msg = NULL;
    int n = vasprintf(&msg, fmt, ap);
    if (n < 0) {
        exc_nomemory();
        return NULL;
    }
    Object *s = str_from_utf8(msg, (size_t)n);
    free(msg);
    return s;
}

void exc_set(Type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *s = vformat(fmt, ap);
    va_end(ap);
    if (!s)
        return;
    Object *e = exc_new(type, &s, 1);
    DECREF(s);
    if (e)
        set_pending(e);
}

/* Calls warnings.<fn>(*args), taking the references in args; a NULL
 * among them is a failure already raised (MemoryError). */
static int warnings_call(const char *fn, Object **args, int n)
{
    bool made = true;
    for (int i = 0; i < n; i++)
        made = made && args[i];
    Object *r = made ? import_call("warnings", fn, args, (size_t)n) : NULL;
    for (int i = 0; i < n; i++)
        XDECREF(args[i]);
    XDECREF(r);
    return r ? 0 : -1;
}

int exc_warn(Type *category, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    Object *msg = vformat(fmt, ap);
    va_end(ap);
    INCREF(category);
    return warnings_call("warn", (Object *[]){ msg, (Object *)category }, 2);
}

/* warnings.warn_explicit: a warning about a place in the source (the
 * compiler's), not about the caller's frame. */
int exc_warn_explicit(Type *category, const char *msg, const char *filename, int lineno)
{
    INCREF(category);
    return warnings_call("warn_explicit", (Object *[]){ str_from_cstr(msg), (Object *)category,
                                                       str_from_cstr(filename), int_from_i64(lineno) }, 4);
}

void exc_set_obj(Object *exc)
{
    if (obj_is(exc, &TypeType) || type_is_subtype(exc->type, &TypeType)) {
        Type *t = (Type *)exc;
        if (!(t->flags & TYPE_EXC)) {
            DECREF(exc);
            exc_set(ExcTypeError, "exceptions must derive from BaseException");
            return;
        }
        Object *e = exc_new(t, NULL, 0);
        DECREF(exc);
        if (e)
            set_pending(e);
        return;
    }
    if (!(exc->type->flags & TYPE_EXC)) {
        DECREF(exc);
        exc_set(ExcTypeError, "exceptions must derive from BaseException");
        return;
    }
    set_pending(exc);
}

static Type *oserror_class(int err)
{
    switch (err) {
    case ENOENT: return &exc_type_FileNotFoundError;
    case EEXIST: return &exc_type_FileExistsError;
    case EACCES: case EPERM: return &exc_type_PermissionError;
    case EINTR: return &exc_type_InterruptedError;
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc_type_BlockingIOError;
    case EPIPE: case ESHUTDOWN: return &exc_type_BrokenPipeError;
    case ECONNABORTED: return &exc_type_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_type_ConnectionRefusedError;
    case ECONNRESET: return &exc_type_ConnectionResetError;
    case EISDIR: return &exc_type_IsADirectoryError;
    case ENOTDIR: return &exc_type_NotADirectoryError;
    case ESRCH: return &exc_type_ProcessLookupError;
    case ECHILD: return &exc_type_ChildProcessError;
    case ETIMEDOUT: return &exc_type_TimeoutError;
    default: return &exc_type_OSError;
    }
}

void exc_set_oserror(int err)
{
    exc_set_oserror_names(err, NULL, NULL);
}

void exc_set_oserror_names(int err, Object *filename, Object *filename2)
{
    Object *args[5] = { int_from_i64(err), str_from_cstr(strerror(err)), filename, None, filename2 };
    size_t n = filename2 ? 5 : filename ? 3 : 2;
    if (args[0] && args[1]) {
        Object *e = exc_new(oserror_class(err), args, n);
        if (e)
            set_pending(e);
    }
    XDECREF(args[0]);
    XDECREF(args[1]);
}

Object *exc_occurred(void) { return *pending(); }

Object *exc_fetch(void)
{
    Object **slot = pending();
    Object *e = *slot;
    *slot = NULL;
    return e;
}

void exc_clear(void) { SETREF(*pending(), NULL); }

void exc_set_names(Object *name, Object *obj)
{
    /* Making the error may itself have failed, leaving the shared
     * MemoryError pending: that one must not carry, and keep alive, the
     * object a lookup failed on. */
    Object *e = *pending();
    if (!e || !(e->type->flags & TYPE_EXC) ||
        !(exc_matches(e, (Object *)ExcAttributeError) || exc_matches(e, (Object *)ExcNameError)))
        return;
    ExcObject *x = (ExcObject *)e;
    if (!x->name) {
        XINCREF(name);
        x->name = name;
    }
    if (!x->obj) {
        XINCREF(obj);
        x->obj = obj;
    }
}

bool exc_matches(Object *exc, Object *type_or_tuple)
{
    if (obj_is(type_or_tuple, &TupleType)) {
        for (size_t i = 0; i < tuple_len(type_or_tuple); i++)
            if (exc_matches(exc, tuple_get(type_or_tuple, i)))
                return true;
        return false;
    }
    if (!obj_isinstance_type(type_or_tuple, &TypeType))
        return false;
    Type *t = obj_isinstance_type(exc, &TypeType) ? (Type *)exc : exc->type;
    return t == (Type *)type_or_tuple || type_is_subtype(t, (Type *)type_or_tuple);
}

/* A fresh MemoryError when a small allocation still works (the failed one
 * was usually huge); the static instance only when even that fails, or
 * while making one.  A fresh instance's traceback dies with it. */
void exc_nomemory(void)
{
    static _Thread_local bool making;
    if (!making) {
        making = true;
        Object *e = obj_alloc(&exc_type_MemoryError, sizeof(ExcObject));
        making = false;
        if (e) {
            set_pending(e);
            return;
        }
    }
    ExcObject *e = &nomem_instance;
    /* Drop what an earlier raise attached; the instance itself is static. */
    Object *tb = e->traceback, *ctx = e->context, *cause = e->cause;
    e->traceback = e->context = e->cause = NULL;
    INCREF(e);
    set_pending((Object *)e);
    XDECREF(tb);
    XDECREF(ctx);
    XDECREF(cause);
}

void exc_nomemory_release(void)
{
    ExcObject *e = &nomem_instance;
    Object *tb = e->traceback, *ctx = e->context, *cause = e->cause;
    e->traceback = e->context = e->cause = NULL;
    XDECREF(tb);
    XDECREF(ctx);
    XDECREF(cause);
}

void exc_set_syntax(Type *type, const char *filename, int lineno, int offset,
                    const char *text, const char *msg)
{
    Object *info = tuple_new(4);
    Object *m = str_from_cstr(msg);
    if (!info || !m) {
        XDECREF(info);
        XDECREF(m);
        return;
    }
    tuple_set(info, 0, str_from_cstr(filename ? filename : "<unknown>"));
    tuple_set(info, 1, int_from_i64(lineno));
    tuple_set(info, 2, int_from_i64(offset));
    tuple_set(info, 3, text ? str_from_cstr(text) : none_new());
    for (size_t i = 0; i < 4; i++)
        if (!tuple_get(info, i)) {
            DECREF(info);
            DECREF(m);
            return;
        }
    Object *args[2] = { m, info };
    Object *e = exc_new(type, args, 2);
    DECREF(info);
    DECREF(m);
    if (e)
        set_pending(e);
}
