/* vm/modules/builtins.c — the builtin functions, and the builtins namespace that
 * holds them with the built-in types and exception classes.
 *
 * print() writes through stdio's stdout; anything that writes to stderr
 * calls builtins_flush_stdout() first so that the two streams appear in
 * program order, as with CPython's line-buffered terminal output. */
#include "vm/modules/builtins.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/gen.h"
#include "vm/objects/memoryview.h"
#include "vm/objects/set.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/compiler/compile.h"
#include "vm/objects/code.h"
#include "vm/objects/file.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/import.h"

#define BUILTIN(name) static Object *name(Object *self, Object *const *args, size_t nargs, Object *kw)

void builtins_flush_stdout(void) { fflush(stdout); }

static size_t npos(size_t nargs, Object *kw) { return nargs - (kw ? tuple_len(kw) : 0); }

static int no_kw(const char *name, Object *kw)
{
    if (!kw)
        return 0;
    exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
    return -1;
}

static int exactly(const char *name, size_t nargs, Object *kw, size_t want)
{
    if (no_kw(name, kw) < 0)
        return -1;
    if (nargs == want)
        return 0;
    if (want == 1)
        exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", name, nargs);
    else
        exc_set(ExcTypeError, "%s expected %zu arguments, got %zu", name, want, nargs);
    return -1;
}

/* ---- I/O ------------------------------------------------------------------ */

static int str_or_none(Object *v, const char *what)
{
    if (!v || v == None || obj_isinstance_type(v, &StrType))
        return 0;
    exc_set(ExcTypeError, "%s must be None or a string, not %s", what, v->type->name);
    return -1;
}

static int emit(Object *file, const char *p, size_t n)
{
    if (!file)
        return sys_stream_write(stdout, p, n);
    Object *s = str_from_utf8(p, n);
    if (!s)
        return -1;
    Object *r = obj_call_method(file, "write", &s, 1);
    DECREF(s);
    XDECREF(r);
    return r ? 0 : -1;
}

/* print's work once its arguments are parsed: v holds sep, end, file, flush. */
static Object *print_to(Object *file, Object *const *args, size_t np, Object *const *v)
{
    const char *sep = v[0] && v[0] != None ? str_utf8(v[0]) : " ";
    size_t sepn = v[0] && v[0] != None ? str_nbytes(v[0]) : 1;
    const char *end = v[1] && v[1] != None ? str_utf8(v[1]) : "\n";
    size_t endn = v[1] && v[1] != None ? str_nbytes(v[1]) : 1;
    for (size_t i = 0; i < np; i++) {
        if (i && emit(file, sep, sepn) < 0)
            return NULL;
        Object *s = obj_str(args[i]);
        if (!s)
            return NULL;
        int rc = emit(file, str_utf8(s), str_nbytes(s));
        DECREF(s);
        if (rc < 0)
            return NULL;
    }
    if (emit(file, end, endn) < 0)
        return NULL;
    if (v[3] && obj_truth(v[3]) > 0) {
        if (file) {
            Object *r = obj_call_method(file, "flush", NULL, 0);
            if (!r)
                return NULL;
            DECREF(r);
        } else if (sys_stream_flush(stdout) < 0) {
            return NULL;
        }
    }
    return none_new();
}

BUILTIN(bi_print)
{
    static const char *const names[] = { "sep", "end", "file", "flush", NULL };
    Object *v[4] = { NULL, NULL, NULL, NULL };
    size_t np = npos(nargs, kw);
    if (kw && args_parse("print", args + np, nargs - np, kw, 0, names, v) < 0)
        return NULL;
    if (str_or_none(v[0], "sep") < 0 || str_or_none(v[1], "end") < 0)
        return NULL;
    /* a replaced sys.stdout is held: a write() may replace it again */
    Object *file = v[2] && v[2] != None ? v[2] : sys_stream_replaced("stdout", stdout);
    XINCREF(file);
    Object *r = print_to(file, args, np, v);
    XDECREF(file);
    return r;
}

/* sys.NAME as input() needs it: NULL (error set) when the program removed or
 * nulled it; *s stays NULL for the stream the program started with. */
static int input_stream(const char *name, FILE *f, Object **s)
{
    Object *sys = module_imported("sys");
    Object *v = sys ? dict_get_str(module_dict(sys), name) : NULL;
    if (!v || v == None) {
        exc_set(ExcRuntimeError, "input(): lost sys.%s", name);
        return -1;
    }
    *s = f ? sys_stream_replaced(name, f) : v;
    return 0;
}

/* input([prompt]): the prompt goes where print() goes and is flushed before
 * the read, so it shows while the program waits; the line is sys.stdin's
 * readline() without its newline, as CPython reads a stdin that is not a
 * terminal.  A replaced sys.stdin (io.StringIO) is read the same way. */
BUILTIN(bi_input)
{
    if (no_kw("input", kw) < 0)
        return NULL;
    if (nargs > 1) {
        exc_set(ExcTypeError, "input expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    Object *in, *out;
    if (input_stream("stdin", NULL, &in) < 0 || input_stream("stdout", stdout, &out) < 0)
        return NULL;
    if (nargs) {
        Object *nl = str_intern(""), *v[4] = { NULL, nl, NULL, TrueObj };
        Object *r = nl ? print_to(out, args, 1, v) : NULL;
        if (!r)
            return NULL;
        DECREF(r);
    }
    Object *line = obj_call_method(in, "readline", NULL, 0);
    if (!line)
        return NULL;
    /* CPython passes a bytes line through, trimmed the same way. */
    bool is_str = obj_isinstance_type(line, &StrType);
    if (!is_str && !obj_isinstance_type(line, &BytesType)) {
        exc_set(ExcTypeError, "object.readline() returned non-string");
        DECREF(line);
        return NULL;
    }
    const char *p = is_str ? str_utf8(line) : (const char *)((BytesObject *)line)->data;
    size_t n = is_str ? str_nbytes(line) : ((BytesObject *)line)->n;
    if (n == 0) {
        DECREF(line);
        exc_set(ExcEOFError, "EOF when reading a line");
        return NULL;
    }
    if (p[n - 1] != '\n')
        return line;
    Object *r = is_str ? str_from_utf8(p, n - 1) : bytes_from(p, n - 1);
    DECREF(line);
    return r;
}

/* exit() and quit(), which CPython's site module adds for the interactive
 * prompt and scripts use as sys.exit(): raise SystemExit(code). */
BUILTIN(bi_exit)
{
    if (no_kw("exit", kw) < 0)
        return NULL;
    if (nargs > 1) {
        exc_set(ExcTypeError, "exit expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    Object *code = nargs ? args[0] : None;
    Object *e = exc_new(ExcSystemExit, &code, 1);
    if (e)
        exc_set_obj(e);
    return NULL;
}

/* ---- simple functions --------------------------------------------------------- */

BUILTIN(bi_len)
{
    if (exactly("len", nargs, kw, 1) < 0)
        return NULL;
    ssize_t n = obj_len(args[0]);
    return n < 0 ? NULL : int_from_i64(n);
}

BUILTIN(bi_repr)
{
    return exactly("repr", nargs, kw, 1) < 0 ? NULL : obj_repr(args[0]);
}

BUILTIN(bi_ascii)
{
    return exactly("ascii", nargs, kw, 1) < 0 ? NULL : obj_ascii(args[0]);
}

BUILTIN(bi_id)
{
    return exactly("id", nargs, kw, 1) < 0 ? NULL : int_from_i64((int64_t)(intptr_t)args[0]);
}

BUILTIN(bi_hash)
{
    if (exactly("hash", nargs, kw, 1) < 0)
        return NULL;
    int64_t h = obj_hash(args[0]);
    return h == -1 ? NULL : int_from_i64(h);
}

BUILTIN(bi_abs)
{
    if (exactly("abs", nargs, kw, 1) < 0)
        return NULL;
    Object *o = args[0];
    if (o->type->num && o->type->num->abs)
        return o->type->num->abs(o);
    exc_set(ExcTypeError, "bad operand type for abs(): '%s'", o->type->name);
    return NULL;
}

BUILTIN(bi_callable)
{
    if (exactly("callable", nargs, kw, 1) < 0)
        return NULL;
    return bool_from(obj_callable(args[0]));
}

static bool is_type(Object *o) { return obj_is(o, &TypeType) || type_is_subtype(o->type, &TypeType); }

/* A classinfo tuple may nest: each level counts against the recursion limit
 * as a Python frame does (CPython's Py_EnterRecursiveCall), so a deep one
 * raises RecursionError instead of exhausting the C stack. */
static int classinfo_enter(const char *where)
{
    ThreadState *ts = vm_tstate;
    if (++ts->depth > vm_recursion_limit || vm_stack_low(ts)) {
        ts->depth--;
        exc_set(ExcRecursionError, "maximum recursion depth exceeded in %s", where);
        return -1;
    }
    return 0;
}
static void classinfo_leave(void) { vm_tstate->depth--; }

/* isinstance(o, ci) as CPython's object_recursive_isinstance: a tuple's items
 * are tried in order and the first match ends the search, so an invalid
 * item after it is never looked at.  1, 0, or -1 with an exception. */
/* A class whose metaclass is a class (abc.ABCMeta) answers isinstance and
 * issubclass through the metaclass's __instancecheck__/__subclasscheck__;
 * so does any object whose class defines them (typing's List). */
static int meta_check(Object *ci, const char *name, Object *arg)
{
    if (classinfo_enter(name) < 0)
        return -1;
    Object *r = obj_call_special(ci, str_intern(name), &arg, 1);
    classinfo_leave();
    int t = r ? obj_truth(r) : -1;
    XDECREF(r);
    return t;
}

static bool answers(Object *ci, const char *name)
{
    return (ci->type->flags & TYPE_HEAP) && (is_type(ci) || type_lookup(ci->type, str_intern(name)));
}

int builtins_isinstance(Object *o, Object *ci)
{
    if ((Object *)o->type == ci)
        return 1;
    if (answers(ci, "__instancecheck__"))
        return meta_check(ci, "__instancecheck__", o);
    if (is_type(ci))
        return type_is_subtype(o->type, (Type *)ci);
    if (!obj_is(ci, &TupleType)) {
        exc_set(ExcTypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    if (classinfo_enter("__instancecheck__") < 0)
        return -1;
    int r = 0;
    for (size_t i = 0; r == 0 && i < tuple_len(ci); i++)
        r = builtins_isinstance(o, tuple_get(ci, i));
    classinfo_leave();
    return r;
}

/* issubclass(t, ci), the same way; t is checked only against a class. */
static int issubclass_of(Object *t, Object *ci)
{
    if (obj_is(ci, &TupleType)) {
        if (classinfo_enter("__subclasscheck__") < 0)
            return -1;
        int r = 0;
        for (size_t i = 0; r == 0 && i < tuple_len(ci); i++)
            r = issubclass_of(t, tuple_get(ci, i));
        classinfo_leave();
        return r;
    }
    if (answers(ci, "__subclasscheck__"))
        return meta_check(ci, "__subclasscheck__", t);
    if (!is_type(t)) {
        exc_set(ExcTypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!is_type(ci)) {
        exc_set(ExcTypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype((Type *)t, (Type *)ci);
}

BUILTIN(bi_isinstance)
{
    if (exactly("isinstance", nargs, kw, 2) < 0)
        return NULL;
    int r = builtins_isinstance(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

BUILTIN(bi_issubclass)
{
    if (exactly("issubclass", nargs, kw, 2) < 0)
        return NULL;
    int r = issubclass_of(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

/* iter() and next() take one argument and an optional second. */
static int one_or_two(const char *name, size_t nargs, Object *kw)
{
    if (no_kw(name, kw) < 0)
        return -1;
    if (nargs >= 1 && nargs <= 2)
        return 0;
    exc_set(ExcTypeError, "%s expected %s, got %zu", name,
            nargs < 1 ? "at least 1 argument" : "at most 2 arguments", nargs);
    return -1;
}

BUILTIN(bi_iter)
{
    if (one_or_two("iter", nargs, kw) < 0)
        return NULL;
    if (nargs == 1)
        return obj_iter(args[0]);
    if (!obj_callable(args[0])) {
        exc_set(ExcTypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return iter_call_new(args[0], args[1]);
}

BUILTIN(bi_next)
{
    if (one_or_two("next", nargs, kw) < 0)
        return NULL;
    Object *it = args[0];
    if (!it->type->iternext) {
        exc_set(ExcTypeError, "'%s' object is not an iterator", it->type->name);
        return NULL;
    }
    /* A generator's return value rides on its StopIteration, as in CPython. */
    Object *v = obj_is(it, &GenType) ? gen_next(it) : it->type->iternext(it);
    if (!v && nargs == 2 && exc_occurred() && exc_matches(exc_occurred(), (Object *)ExcStopIteration))
        exc_clear();
    if (v || exc_occurred())
        return v;
    if (nargs == 2) {
        INCREF(args[1]);
        return args[1];
    }
    INCREF(ExcStopIteration);
    exc_set_obj((Object *)ExcStopIteration);
    return NULL;
}

/* aiter() and anext() call the slots directly, unlike `async for`, so
 * anext() hands back whatever __anext__() returned, awaitable or not. */
BUILTIN(bi_aiter)
{
    if (exactly("aiter", nargs, kw, 1) < 0)
        return NULL;
    Object *o = args[0], *getter = type_lookup(o->type, str_intern("__aiter__"));
    if (!getter) {
        exc_set(ExcTypeError, "'%s' object is not an async iterable", o->type->name);
        return NULL;
    }
    Object *it = obj_call(getter, &o, 1, NULL);
    if (it && !type_lookup(it->type, str_intern("__anext__"))) {
        exc_set(ExcTypeError, "aiter() returned not an async iterator of type '%s'", it->type->name);
        SETREF(it, NULL);
    }
    return it;
}

BUILTIN(bi_anext)
{
    if (no_kw("anext", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, "anext expected at %s %d argument%s, got %zu", nargs ? "most" : "least",
                nargs ? 2 : 1, nargs ? "s" : "", nargs);
        return NULL;
    }
    Object *it = args[0], *getter = type_lookup(it->type, str_intern("__anext__"));
    if (!getter) {
        exc_set(ExcTypeError, "'%s' object is not an async iterator", it->type->name);
        return NULL;
    }
    Object *aw = obj_call(getter, &it, 1, NULL);
    if (!aw || nargs == 1)
        return aw;
    Object *r = gen_anext_default(aw, args[1]);
    DECREF(aw);
    return r;
}

static int attr_name(Object *name)
{
    if (obj_isinstance_type(name, &StrType))
        return 0;
    exc_set(ExcTypeError, "attribute name must be string, not '%s'", name->type->name);
    return -1;
}

BUILTIN(bi_getattr)
{
    if (no_kw("getattr", kw) < 0)
        return NULL;
    if (nargs < 2 || nargs > 3) {
        exc_set(ExcTypeError, "getattr expected at least 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (attr_name(args[1]) < 0)
        return NULL;
    if (nargs == 2)
        return obj_getattr(args[0], args[1]);
    Object *v = obj_lookup_attr(args[0], args[1]);
    if (!v && !exc_occurred()) {
        INCREF(args[2]);
        return args[2];
    }
    return v;
}

BUILTIN(bi_setattr)
{
    if (exactly("setattr", nargs, kw, 3) < 0 || attr_name(args[1]) < 0)
        return NULL;
    return obj_setattr(args[0], args[1], args[2]) < 0 ? NULL : none_new();
}

BUILTIN(bi_delattr)
{
    if (exactly("delattr", nargs, kw, 2) < 0 || attr_name(args[1]) < 0)
        return NULL;
    return obj_setattr(args[0], args[1], NULL) < 0 ? NULL : none_new();
}

BUILTIN(bi_hasattr)
{
    if (exactly("hasattr", nargs, kw, 2) < 0 || attr_name(args[1]) < 0)
        return NULL;
    Object *v = obj_lookup_attr(args[0], args[1]);
    if (!v && exc_occurred())
        return NULL;
    XDECREF(v);
    return bool_from(v != NULL);
}

BUILTIN(bi_vars)
{
    if (exactly("vars", nargs, kw, 1) < 0)
        return NULL;
    Object *d = obj_getattr_str(args[0], "__dict__");
    if (!d && exc_matches(exc_occurred(), (Object *)ExcAttributeError)) {
        exc_clear();
        exc_set(ExcTypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

BUILTIN(bi_chr)
{
    int64_t i;
    if (exactly("chr", nargs, kw, 1) < 0 || int_as_i64(args[0], &i) < 0)
        return NULL;
    if (i < 0 || i > 0x10ffff) {
        exc_set(ExcValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return str_from_codepoint((uint32_t)i);
}

BUILTIN(bi_ord)
{
    if (exactly("ord", nargs, kw, 1) < 0)
        return NULL;
    Object *c = args[0];
    if (obj_is(c, &BytesType)) {
        BytesObject *b = (BytesObject *)c;
        if (b->n == 1)
            return int_from_i64(b->data[0]);
        exc_set(ExcTypeError, "ord() expected a character, but string of length %zu found", b->n);
        return NULL;
    }
    if (!obj_isinstance_type(c, &StrType)) {
        exc_set(ExcTypeError, "ord() expected string of length 1, but %s found", c->type->name);
        return NULL;
    }
    size_t n = ((StrObject *)c)->ncp;
    if (n != 1) {
        exc_set(ExcTypeError, "ord() expected a character, but string of length %zu found", n);
        return NULL;
    }
    return int_from_i64(str_codepoint(c, 0));
}

static Object *radix(Object *const *args, size_t nargs, Object *kw, const char *name, const char *spec)
{
    if (exactly(name, nargs, kw, 1) < 0)
        return NULL;
    /* The int's own digits, whatever an int subclass's __format__ does. */
    Object *i = obj_index(args[0]), *v = i ? type_value_exact(i) : NULL;
    Object *s = v ? str_from_cstr(spec) : NULL;
    Object *r = s ? format_value(v, s) : NULL;
    XDECREF(s);
    XDECREF(v);
    XDECREF(i);
    return r;
}

BUILTIN(bi_hex) { return radix(args, nargs, kw, "hex", "#x"); }
BUILTIN(bi_oct) { return radix(args, nargs, kw, "oct", "#o"); }
BUILTIN(bi_bin) { return radix(args, nargs, kw, "bin", "#b"); }

BUILTIN(bi_format)
{
    if (no_kw("format", kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, "format expected at least 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 2 && !obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "format() argument 2 must be str, not %s", args[1]->type->name);
        return NULL;
    }
    return format_value(args[0], nargs == 2 ? args[1] : NULL);
}

/* ---- arithmetic ------------------------------------------------------------------ */

static bool is_number(Object *o)
{
    return obj_isinstance_type(o, &IntType) || obj_isinstance_type(o, &FloatType);
}

/* A class's __divmod__, or the other operand's __rdivmod__ (first when its
 * class is a subclass of the left one's), as CPython's divmod slot; NULL
 * with no error set when neither class defines one. */
static Object *divmod_dunder(Object *a, Object *b)
{
    Object *fa = a->type->flags & TYPE_HEAP ? type_lookup(a->type, str_intern("__divmod__")) : NULL;
    Object *fb = b->type != a->type && b->type->flags & TYPE_HEAP
                     ? type_lookup(b->type, str_intern("__rdivmod__")) : NULL;
    if (!fa && !fb)
        return NULL;
    bool b_first = fb && type_is_subtype(b->type, a->type);
    for (int i = 0; i < 2; i++) {
        bool use_b = b_first ? i == 0 : i == 1;
        Object *f = use_b ? fb : fa;
        if (!f)
            continue;
        Object *r = obj_call_prepend(f, use_b ? b : a, use_b ? &a : &b, 1, NULL);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    exc_set(ExcTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
            a->type->name, b->type->name);
    return NULL;
}

BUILTIN(bi_divmod)
{
    if (exactly("divmod", nargs, kw, 2) < 0)
        return NULL;
    Object *a = args[0], *b = args[1];
    Object *d = divmod_dunder(a, b);
    if (d || exc_occurred())
        return d;
    bool nums = is_number(a) && is_number(b);
    if (!nums) {
        exc_set(ExcTypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                a->type->name, b->type->name);
        return NULL;
    }
    double x, y;
    if (nums && (obj_is(a, &FloatType) || obj_is(b, &FloatType)) && num_as_double(a, &x) == 0 &&
        num_as_double(b, &y) == 0 && y == 0) {
        exc_set(ExcZeroDivisionError, "float divmod()");
        return NULL;
    }
    Object *q = obj_binop(args[0], args[1], BIN_FLOORDIV);
    Object *r = q ? obj_binop(args[0], args[1], BIN_MOD) : NULL;
    Object *t = r ? tuple_pack(2, q, r) : NULL;
    XDECREF(q);
    XDECREF(r);
    return t;
}

/* Three-argument pow: a class's own __pow__(exp, mod) (never __rpow__, as
 * in CPython), else integers only. */
static Object *pow_mod(Object *b, Object *e, Object *m)
{
    if ((b->type->flags & TYPE_HEAP) && !obj_isinstance_type(b, &IntType)) {
        Object *f = type_lookup(b->type, str_intern("__pow__"));
        Object *a[2] = { e, m };
        Object *r = f ? obj_call_prepend(f, b, a, 2, NULL) : NotImplemented;
        if (r != NotImplemented)
            return r;
        exc_set(ExcTypeError, "unsupported operand type(s) for pow(): '%s', '%s', '%s'", b->type->name,
                e->type->name, m->type->name);
        return NULL;
    }
    return int_pow_mod(b, e, m);
}

BUILTIN(bi_pow)
{
    static const char *const names[] = { "base", "exp", "mod", NULL };
    Object *v[3];
    if (args_parse("pow", args, nargs, kw, 2, names, v) < 0)
        return NULL;
    if (v[2] && v[2] != None)
        return pow_mod(v[0], v[1], v[2]);
    return obj_binop(v[0], v[1], BIN_POW);
}

BUILTIN(bi_round)
{
    static const char *const names[] = { "number", "ndigits", NULL };
    Object *v[2];
    if (args_parse("round", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    Object *x = v[0];
    if (obj_isinstance_type(x, &FloatType))
        return float_round(float_value(x), v[1]);
    if (obj_isinstance_type(x, &IntType))
        return int_round(x, v[1] && v[1] != None ? v[1] : FalseObj);
    if (x->type->flags & TYPE_HEAP) {
        Object *f = type_lookup(x->type, str_intern("__round__"));
        if (f)
            return obj_call_prepend(f, x, &v[1], v[1] ? 1 : 0, NULL);
    }
    exc_set(ExcTypeError, "type %s doesn't define __round__ method", x->type->name);
    return NULL;
}

/* ---- reductions -------------------------------------------------------------- */

BUILTIN(bi_sum)
{
    static const char *const names[] = { "iterable", "start", NULL };
    Object *v[2];
    if (args_parse("sum", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    Object *acc = v[1] ? v[1] : int_from_i64(0);
    if (obj_isinstance_type(acc, &StrType)) {
        exc_set(ExcTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return NULL;
    }
    if (obj_is(acc, &BytesType)) {
        exc_set(ExcTypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
        return NULL;
    }
    Object *it = obj_iter(v[0]);
    if (!it)
        return NULL;
    INCREF(acc);
    Object *x;
    while ((x = obj_iternext(it))) {
        Object *n = obj_binop(acc, x, BIN_ADD);
        DECREF(x);
        DECREF(acc);
        if (!(acc = n))
            break;
    }
    DECREF(it);
    if (acc && exc_occurred())
        SETREF(acc, NULL);
    return acc;
}

static Object *minmax(Object *const *args, size_t nargs, Object *kw, const char *name, int op)
{
    static const char *const names[] = { "key", "default", NULL };
    Object *v[2] = { NULL, NULL };
    size_t np = npos(nargs, kw);
    if (kw && args_parse(name, args + np, nargs - np, kw, 0, names, v) < 0)
        return NULL;
    if (np == 0) {
        exc_set(ExcTypeError, "%s expected at least 1 argument, got 0", name);
        return NULL;
    }
    if (np > 1 && v[1]) {
        exc_set(ExcTypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
        return NULL;
    }
    Object *key = v[0] && v[0] != None ? v[0] : NULL;
    Object *seq = np == 1 ? args[0] : NULL;
    Object *tup = NULL;
    if (!seq) {
        tup = tuple_new(np);
        if (!tup)
            return NULL;
        for (size_t i = 0; i < np; i++) {
            INCREF(args[i]);
            tuple_set(tup, i, args[i]);
        }
        seq = tup;
    }
    Object *it = obj_iter(seq);
    XDECREF(tup);
    if (!it)
        return NULL;
    Object *best = NULL, *bestkey = NULL, *x;
    while ((x = obj_iternext(it))) {
        Object *k = key ? obj_call(key, &x, 1, NULL) : (INCREF(x), x);
        int better = k ? (best ? obj_richcompare_bool(k, bestkey, op) : 1) : -1;
        if (better > 0) {
            SETREF(best, x);
            SETREF(bestkey, k);
            continue;
        }
        DECREF(x);
        XDECREF(k);
        if (better < 0)
            break;
    }
    DECREF(it);
    XDECREF(bestkey);
    if (exc_occurred()) {
        XDECREF(best);
        return NULL;
    }
    if (!best) {
        if (v[1]) {
            INCREF(v[1]);
            return v[1];
        }
        exc_set(ExcValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

BUILTIN(bi_min) { return minmax(args, nargs, kw, "min", CMP_LT); }
BUILTIN(bi_max) { return minmax(args, nargs, kw, "max", CMP_GT); }

static Object *any_all(Object *const *args, size_t nargs, Object *kw, const char *name, bool want)
{
    if (exactly(name, nargs, kw, 1) < 0)
        return NULL;
    Object *it = obj_iter(args[0]);
    if (!it)
        return NULL;
    Object *x;
    int t = 0;
    while ((x = obj_iternext(it))) {
        t = obj_truth(x);
        DECREF(x);
        if (t < 0 || t == want)
            break;
    }
    DECREF(it);
    if (t < 0 || exc_occurred())
        return NULL;
    return bool_from(x ? want : !want);
}

BUILTIN(bi_any) { return any_all(args, nargs, kw, "any", true); }
BUILTIN(bi_all) { return any_all(args, nargs, kw, "all", false); }

BUILTIN(bi_sorted)
{
    static const char *const names[] = { "key", "reverse", NULL };
    Object *v[2] = { NULL, NULL };
    size_t np = npos(nargs, kw);
    if (np != 1) {
        exc_set(ExcTypeError, "sorted expected 1 argument, got %zu", np);
        return NULL;
    }
    if (kw && args_parse("sorted", args + 1, nargs - 1, kw, 0, names, v) < 0)
        return NULL;
    int rev = v[1] ? obj_truth(v[1]) : 0;
    if (rev < 0)
        return NULL;
    Object *l = list_from_iter(args[0]);
    if (l && list_sort_impl(l, v[0] && v[0] != None ? v[0] : NULL, rev) < 0)
        SETREF(l, NULL);
    return l;
}

/* dir(): a class's __dir__ if it defines one; otherwise, as CPython's
 * defaults, a module's names, a class's names along its __mro__, or an
 * instance's own __dict__ plus its class's.  Sorted, as a list. */
static int dir_add_dict_of(Object *set, Object *o)
{
    Object *d = obj_getattr_str(o, "__dict__");
    if (!d) {
        if (!exc_matches(exc_occurred(), (Object *)ExcAttributeError))
            return -1;
        exc_clear();
        return 0;
    }
    int rc = set_update(set, d);
    DECREF(d);
    return rc;
}

static int dir_add_class(Object *set, Object *cls)
{
    Object *mro = obj_getattr_str(cls, "__mro__");
    if (!mro)
        return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < tuple_len(mro); i++)
        rc = dir_add_dict_of(set, tuple_get(mro, i));
    DECREF(mro);
    return rc;
}

static Object *dir_default(Object *o)
{
    Object *names = set_new(NULL);
    if (!names)
        return NULL;
    int rc;
    if (obj_isinstance_type(o, &ModuleType))
        rc = dir_add_dict_of(names, o);
    else if (obj_isinstance_type(o, &TypeType))
        rc = dir_add_class(names, o);
    else
        rc = dir_add_dict_of(names, o) < 0 ? -1 : dir_add_class(names, (Object *)obj_type(o));
    if (rc < 0)
        SETREF(names, NULL);
    return names;
}

BUILTIN(bi_dir)
{
    if (kw || nargs > 1) {
        exc_set(ExcTypeError, "dir expected at most 1 argument, got %zu", nargs + (kw ? tuple_len(kw) : 0));
        return NULL;
    }
    Object *names;
    if (nargs == 0) {
        names = eval_frame_locals();
    } else {
        /* Looked up on the class only: a class's own __dir__ is for its
         * instances, its metaclass's (enum's) for itself. */
        Type *t = obj_type(args[0]);
        bool plain_class = obj_isinstance_type(args[0], &TypeType) && !(t->flags & TYPE_HEAP);
        Object *custom = plain_class ? NULL : type_lookup(t, str_intern("__dir__"));
        names = custom ? obj_call_special(args[0], str_intern("__dir__"), NULL, 0)
                       : dir_default(args[0]);
    }
    if (!names)
        return NULL;
    Object *l = list_from_iter(names);
    DECREF(names);
    if (l && list_sort_impl(l, NULL, false) < 0)
        SETREF(l, NULL);
    return l;
}

/* ---- code: compile, eval, exec, globals, locals, __import__ ---------------------- */

/* Source text of a str or bytes argument, or NULL (no exception) for anything else. */
static const char *source_text(Object *o, size_t *len)
{
    if (obj_isinstance_type(o, &StrType)) {
        *len = str_nbytes(o);
        return str_utf8(o);
    }
    if (obj_isinstance_type(o, &BytesType)) {
        *len = ((BytesObject *)o)->n;
        return (const char *)((BytesObject *)o)->data;
    }
    return NULL;
}

static Object *compile_text(const char *src, size_t len, const char *filename, CompileMode mode, int level)
{
    if (memchr(src, '\0', len)) {
        exc_set(ExcValueError, "source code string cannot contain null bytes");
        return NULL;
    }
    return compile_source_at(src, len, filename, mode, level);
}

/* compile()'s optimize=: -1 (the interpreter's -O level) to 2; -2 on error. */
static int optimize_level(Object *v)
{
    if (!v)
        return -1;
    if (obj_isinstance_type(v, &FloatType))
        exc_set(ExcTypeError, "integer argument expected, got float");
    else if (!obj_isinstance_type(v, &IntType))
        exc_set(ExcTypeError, "an integer is required (got type %s)", v->type->name);
    else if (!int_is_word(v))
        exc_set(ExcOverflowError, "Python int too large to convert to C int");
    else if (int_value(v) < -1 || int_value(v) > 2)
        exc_set(ExcValueError, "compile(): invalid optimize value");
    else
        return (int)int_value(v);
    return -2;
}

/* compile()'s flag PyCF_ONLY_AST: the tree, as ast.parse makes it. */
#define COMPILE_ONLY_AST 0x400

static Object *compile_to_ast(Object *source, Object *filename, Object *mode)
{
    Object *name = str_intern("ast");
    Object *ast = name ? import_name(name, NULL, NULL, 0) : NULL;
    if (!ast) return NULL;
    Object *args[] = { source, filename, mode };
    Object *tree = obj_call_method(ast, "parse", args, 3);
    DECREF(ast);
    return tree;
}

BUILTIN(bi_compile)
{
    static const char *const names[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                         "optimize", NULL };
    Object *v[6];
    if (args_parse("compile", args, nargs, kw, 3, names, v) < 0)
        return NULL;
    size_t len;
    const char *src = source_text(v[0], &len);
    if (!src) {
        Object *ast = module_imported("ast"), *node = ast ? obj_getattr_str(ast, "AST") : NULL;
        int is_node = node && obj_isinstance_type(node, &TypeType) && obj_isinstance_type(v[0], (Type *)node);
        XDECREF(node);
        exc_clear();
        if (is_node)
            exc_set(ExcTypeError, "compile(): gilvm compiles from source only, not from an AST object");
        else
            exc_set(ExcTypeError, "compile() arg 1 must be a string, bytes or AST object");
        return NULL;
    }
    if (v[3] && int_is_word(v[3]) && (int_value(v[3]) & COMPILE_ONLY_AST))
        return compile_to_ast(v[0], v[1], v[2]);
    if (!obj_isinstance_type(v[1], &StrType)) {
        exc_set(ExcTypeError, "compile() argument 'filename' must be str, not %s", v[1]->type->name);
        return NULL;
    }
    if (!obj_isinstance_type(v[2], &StrType)) {
        exc_set(ExcTypeError, "compile() argument 'mode' must be str, not %s", v[2]->type->name);
        return NULL;
    }
    int cm = compile_mode_named(str_utf8(v[2]));
    if (cm < 0)
        return NULL;
    int level = optimize_level(v[5]);
    if (level < -1)
        return NULL;
    return compile_text(src, len, str_utf8(v[1]), (CompileMode)cm, level);
}

/* eval's and exec's namespaces: the caller's when none are given; a given
 * globals dict gets __builtins__ as in CPython.  New references. */
static int namespaces(const char *fn, Object *g, Object *l, Object **globals, Object **locals)
{
    if (g == None)
        g = NULL;
    if (l == None)
        l = NULL;
    if (g && !obj_isinstance_type(g, &DictType)) {
        if (strcmp(fn, "exec") == 0)
            exc_set(ExcTypeError, "exec() globals must be a dict, not %s", g->type->name);
        else if (l)
            exc_set(ExcTypeError, "globals must be a dict");
        else
            exc_set(ExcTypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
        return -1;
    }
    if (l && !obj_isinstance_type(l, &DictType)) {   /* gilvm's frames take dicts only */
        exc_set(ExcTypeError, "locals must be a mapping");
        return -1;
    }
    if (!g) {
        g = eval_frame_globals();
        if (!g) {
            exc_set(ExcSystemError, "%s(): no globals and no running frame", fn);
            return -1;
        }
        *locals = l ? (INCREF(l), l) : eval_frame_locals();
        if (!*locals)
            return -1;
    } else {
        if (!dict_get_str(g, "__builtins__") && dict_set_str(g, "__builtins__", eval_builtins()) < 0)
            return -1;
        *locals = l ? l : g;
        INCREF(*locals);
    }
    INCREF(g);
    *globals = g;
    return 0;
}

static Object *run_source(const char *fn, Object *const *args, size_t nargs, Object *kw, CompileMode mode)
{
    if (no_kw(fn, kw) < 0)
        return NULL;
    if (nargs < 1 || nargs > 3) {
        if (nargs)
            exc_set(ExcTypeError, "%s expected at most 3 arguments, got %zu", fn, nargs);
        else
            exc_set(ExcTypeError, "%s expected at least 1 argument, got 0", fn);
        return NULL;
    }
    Object *code;
    size_t len;
    const char *src = source_text(args[0], &len);
    if (obj_is(args[0], &CodeType)) {
        code = args[0];
        INCREF(code);
    } else if (src) {
        while (mode == COMPILE_EVAL && len && (*src == ' ' || *src == '\t'))
            src++, len--;
        code = compile_text(src, len, "<string>", mode, -1);
    } else {
        exc_set(ExcTypeError, "%s() arg 1 must be a string, bytes or code object", fn);
        return NULL;
    }
    Object *globals, *locals, *r = NULL;
    if (code && namespaces(fn, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &globals, &locals) == 0) {
        r = eval_code(code, globals, locals);
        DECREF(globals);
        DECREF(locals);
    }
    XDECREF(code);
    return r;
}

BUILTIN(bi_eval) { return run_source("eval", args, nargs, kw, COMPILE_EVAL); }

BUILTIN(bi_exec)
{
    Object *r = run_source("exec", args, nargs, kw, COMPILE_FILE);
    if (r)
        SETREF(r, none_new());
    return r;
}

BUILTIN(bi_globals)
{
    if (exactly("globals", nargs, kw, 0) < 0)
        return NULL;
    Object *g = eval_frame_globals();
    if (!g)
        return dict_new();
    INCREF(g);
    return g;
}

BUILTIN(bi_locals)
{
    return exactly("locals", nargs, kw, 0) < 0 ? NULL : eval_frame_locals();
}

BUILTIN(bi_import)
{
    static const char *const names[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    Object *v[5];
    int64_t level = 0;
    if (args_parse("__import__", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    if (!obj_isinstance_type(v[0], &StrType)) {
        exc_set(ExcTypeError, "module name must be a string");
        return NULL;
    }
    if (v[4] && int_as_i64(v[4], &level) < 0)
        return NULL;
    if (level < INT32_MIN || level > INT32_MAX) {
        exc_set(ExcOverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    Object *g = v[1] && obj_isinstance_type(v[1], &DictType) ? v[1] : NULL;
    return import_name(v[0], g, v[3], (int)level);
}

/* ---- the namespace --------------------------------------------------------------- */

static const struct { const char *name; CallFn fn; } functions[] = {
    { "print", bi_print }, { "len", bi_len }, { "repr", bi_repr }, { "ascii", bi_ascii },
    { "id", bi_id }, { "hash", bi_hash }, { "abs", bi_abs }, { "callable", bi_callable },
    { "isinstance", bi_isinstance }, { "issubclass", bi_issubclass }, { "iter", bi_iter },
    { "next", bi_next }, { "aiter", bi_aiter }, { "anext", bi_anext }, { "getattr", bi_getattr }, { "setattr", bi_setattr },
    { "delattr", bi_delattr }, { "hasattr", bi_hasattr }, { "vars", bi_vars }, { "dir", bi_dir },
    { "chr", bi_chr }, { "ord", bi_ord }, { "hex", bi_hex }, { "oct", bi_oct },
    { "bin", bi_bin }, { "format", bi_format }, { "divmod", bi_divmod }, { "pow", bi_pow },
    { "round", bi_round }, { "sum", bi_sum }, { "min", bi_min }, { "max", bi_max },
    { "any", bi_any }, { "all", bi_all }, { "sorted", bi_sorted },
    { "compile", bi_compile }, { "eval", bi_eval }, { "exec", bi_exec },
    { "globals", bi_globals }, { "locals", bi_locals }, { "__import__", bi_import },
    { "open", file_open }, { "input", bi_input }, { "exit", bi_exit }, { "quit", bi_exit },
};

static Type *const types[] = {
    &ObjectType, &TypeType, &IntType, &BoolType, &FloatType, &ComplexType, &StrType, &BytesType,
    &ListType,
    &TupleType, &DictType, &RangeType, &SliceType, &SuperType, &StaticMethodType,
    &ClassMethodType, &PropertyType, &SetType, &FrozenSetType, &ByteArrayType, &MemoryViewType,
};

Object *builtins_dict_new(void)
{
    Object *d = dict_new(), *name;
    if (!d)
        return NULL;
    for (size_t i = 0; i < sizeof functions / sizeof *functions; i++) {
        Object *f = builtin_new(functions[i].name, functions[i].fn, NULL);
        int rc = f ? dict_set_str(d, functions[i].name, f) : -1;
        XDECREF(f);
        if (rc < 0)
            goto fail;
    }
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (dict_set_str(d, types[i]->name, (Object *)types[i]) < 0)
            goto fail;
    if (exc_add_builtins(d) < 0 || iter_add_builtins(d) < 0 ||
        dict_set_str(d, "None", None) < 0 || dict_set_str(d, "True", TrueObj) < 0 ||
        dict_set_str(d, "False", FalseObj) < 0 || dict_set_str(d, "Ellipsis", Ellipsis) < 0 ||
        dict_set_str(d, "NotImplemented", NotImplemented) < 0 ||
        /* A class body run with globals lacking __name__ finds this one. */
        !(name = str_intern("builtins")) || dict_set_str(d, "__name__", name) < 0)
        goto fail;
    return d;
fail:
    DECREF(d);
    return NULL;
}

/* `import builtins`: a module whose namespace is the dict every frame looks
 * builtins up in (eval_builtins), not a copy, so builtins.X = v is seen as
 * the builtin X everywhere.  LOAD_GLOBAL's cache records that dict's
 * version, which every store bumps, so no cached lookup outlives the store.
 * module_fini leaves this namespace alone: vm/main.c frees it last. */
Object *mod_builtins_init(void)
{
    ModuleObject *m = (ModuleObject *)module_new("builtins", NULL);
    if (!m)
        return NULL;
    Object *d = eval_builtins();
    INCREF(d);
    SETREF(m->dict, d);
    return (Object *)m;
}
