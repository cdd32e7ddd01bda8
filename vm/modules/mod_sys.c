/* vm/modules/mod_sys.c — the `sys` module: argv, path, modules, exit,
 * stdin (a file object), stdout/stderr, reference counts, getsizeof, the
 * recursion limit and the GIL's switch/check intervals; the hooks
 * (excepthook, which the VM calls for an uncaught exception, displayhook,
 * audit); executable, prefix, flags, version, version_info, implementation
 * and platform describe the VM.
 *
 * Left out on purpose: meta_path, path_hooks and path_importer_cache (the
 * importer, vm/runtime/import.c, reads none of them: a program editing them
 * would change nothing) and getallocatedblocks (no allocator here counts
 * its blocks; obj_live counts objects only). */
#include <errno.h>
#include <float.h>
#include <gnu/libc-version.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vm/modules/builtins.h"
#include "vm/objects/buffer.h"
#include "vm/objects/file.h"
#include "vm/objects/gc.h"
#include "vm/objects/frameobject.h"
#include "vm/objects/namespace.h"
#include "vm/objects/structseq.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/frame.h"
#include "vm/runtime/import.h"
#include "vm/runtime/module.h"
#include "vm/objects/traceback.h"
#include "vm/runtime/state.h"
#include "vm/runtime/trace.h"
#include "sched/gil.h"

static int sys_argc;
static char **sys_argv;

void mod_sys_set_argv(int argc, char **argv)
{
    sys_argc = argc;
    sys_argv = argv;
}

static SysOptions sys_options = { .version = "gilvm", .int_max_str_digits = -1 };

void mod_sys_set_options(const SysOptions *o)
{
    sys_options = *o;
}

/* Argument errors name the function as python3 does ("sys.exit", or
 * "TextIOWrapper.write" for a stream method, whose nargs excludes self),
 * except the range form, which python3 words with the bare name. */
static bool no_kw(const char *fn, Object *kwnames)
{
    if (kwnames) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", fn);
        return false;
    }
    return true;
}

static bool nargs_ok(const char *fn, size_t nargs, size_t lo, size_t hi)
{
    if (nargs >= lo && nargs <= hi)
        return true;
    const char *dot = strrchr(fn, '.');
    if (lo == hi)
        exc_set(ExcTypeError, "%s() takes %s (%zu given)", fn,
                lo == 0 ? "no arguments" : "exactly one argument", nargs);
    else
        exc_set(ExcTypeError, "%s expected at most %zu argument%s, got %zu", dot ? dot + 1 : fn,
                hi, hi == 1 ? "" : "s", nargs);
    return false;
}

static int add_owned(Object *m, const char *name, Object *v)
{
    if (!v)
        return -1;
    int r = module_add(m, name, v);
    DECREF(v);
    return r;
}

static Object *sys_exit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.exit", kw) || !nargs_ok("sys.exit", nargs, 0, 1))
        return NULL;
    Object *e = exc_new(ExcSystemExit, args, nargs);
    if (e)
        exc_set_obj(e);
    return NULL;
}

/* _getframe(depth=0): the caller's frame, or one depth calls further out. */
static Object *sys_getframe(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "depth", NULL };
    Object *v[1] = { NULL };
    int64_t depth = 0;
    if (args_parse("_getframe", args, nargs, kw, 0, names, v) < 0 || (v[0] && int_as_i64(v[0], &depth) < 0))
        return NULL;
    const Frame *f = vm_tstate->frame;
    for (; f && depth > 0; depth--)
        f = f->back;
    if (!f) {
        exc_set(ExcValueError, "call stack is not deep enough");
        return NULL;
    }
    if (f->fobj) {   /* the one a hook sees, so that its f_trace can be set */
        Object *fo = frameobject_live((Frame *)f);
        XINCREF(fo);
        return fo;
    }
    return frameobject_snapshot(f);
}

/* _current_frames(): {thread ident: its innermost frame} for every thread
 * running Python, as a watchdog dumps a hung program's stacks.  The GIL is
 * held throughout and the collector is paused, so no finalizer can run
 * Python (and let another thread move its frames) mid-snapshot. */
static Object *sys_current_frames(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys._current_frames", kw) || !nargs_ok("sys._current_frames", nargs, 0, 0))
        return NULL;
    size_t n;
    VmThreadFrame *v = vmthread_frames(&n);
    Object *d = v ? dict_new() : NULL;
    bool was = gc_enabled;
    gc_enabled = false;
    for (size_t i = 0; d && i < n; i++) {
        Object *k = int_from_i64((int64_t)v[i].ident);
        Object *f = k ? frameobject_snapshot(v[i].frame) : NULL;
        if (!f || dict_set(d, k, f) < 0)
            SETREF(d, NULL);
        XDECREF(k);
        XDECREF(f);
    }
    gc_enabled = was;
    if (!v)
        exc_nomemory();
    free(v);
    return d;
}

/* (type, value, traceback) of the exception an except/finally block of
 * this thread is handling, else (None, None, None). */
static Object *sys_exc_info(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.exc_info", kw) || !nargs_ok("sys.exc_info", nargs, 0, 0))
        return NULL;
    Object *e = vm_tstate->handled;
    if (!e || e == None)
        return tuple_pack(3, None, None, None);
    Object *tb = obj_getattr_str(e, "__traceback__");
    if (!tb)
        return NULL;
    Object *r = tuple_pack(3, (Object *)e->type, e, tb);
    DECREF(tb);
    return r;
}

/* The exception being handled, else None (3.11: exc_info's middle item). */
static Object *sys_exception(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.exception", kw) || !nargs_ok("sys.exception", nargs, 0, 0))
        return NULL;
    Object *e = vm_tstate->handled ? vm_tstate->handled : None;
    INCREF(e);
    return e;
}

static Object *sys_getrefcount(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.getrefcount", kw) || !nargs_ok("sys.getrefcount", nargs, 1, 1))
        return NULL;
    return int_from_i64(args[0]->refcnt);
}

/* The objects alive now: CPython counts its allocator's blocks, and gilvm
 * allocates one block per object, so a leak shows the same way. */
static Object *sys_getallocatedblocks(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.getallocatedblocks", kw) || !nargs_ok("sys.getallocatedblocks", nargs, 0, 0))
        return NULL;
    return int_from_i64((int64_t)obj_live());
}

static Object *sys_get_int_max_str_digits(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("get_int_max_str_digits", kw) || !nargs_ok("get_int_max_str_digits", nargs, 0, 0))
        return NULL;
    return int_from_i64(int_max_str_digits());
}

static Object *sys_set_int_max_str_digits(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "maxdigits", NULL };
    Object *v[1];
    int64_t n;
    if (args_parse("set_int_max_str_digits", args, nargs, kw, 1, names, v) < 0 ||
        int_as_i64(v[0], &n) < 0 || int_set_max_str_digits(n) < 0)
        return NULL;
    return none_new();
}

/* sys.intern: the VM's own table of names, so a string interned here is
 * the very object the compiler made for an equal name or constant.
 * Interned strings are immortal, as every name the compiler makes is. */
static Object *sys_intern(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("intern", kw) || !nargs_ok("intern", nargs, 1, 1))
        return NULL;
    if (!obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "intern() argument must be str, not %s", args[0]->type->name);
        return NULL;
    }
    if (args[0]->type != &StrType) {
        exc_set(ExcTypeError, "can't intern %s", args[0]->type->name);
        return NULL;
    }
    Object *r = str_intern_str(args[0]);
    if (r)
        INCREF(r);
    return r;
}

static Object *sys_getrecursionlimit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.getrecursionlimit", kw) || !nargs_ok("sys.getrecursionlimit", nargs, 0, 0))
        return NULL;
    return int_from_i64(vm_recursion_limit);
}

static Object *sys_setrecursionlimit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!no_kw("sys.setrecursionlimit", kw) || !nargs_ok("sys.setrecursionlimit", nargs, 1, 1) ||
        int_as_i64(args[0], &n) < 0)
        return NULL;
    if (n < 1 || n > INT32_MAX) {
        exc_set(ExcValueError, "recursion limit must be greater or equal than 1");
        return NULL;
    }
    vm_recursion_limit = (int)n;
    return none_new();
}

/* settrace(fn) / setprofile(fn): the calling thread's hooks (trace.h). */
static Object *set_hook(const char *name, void (*set)(Object *), Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw(name, kw) || !nargs_ok(name, nargs, 1, 1))
        return NULL;
    set(args[0]);
    return none_new();
}

static Object *hook_or_none(Object *fn)
{
    fn = fn ? fn : None;
    INCREF(fn);
    return fn;
}

static Object *sys_settrace(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return set_hook("settrace", trace_set_trace, args, nargs, kw);
}

static Object *sys_setprofile(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    return set_hook("setprofile", trace_set_profile, args, nargs, kw);
}

static Object *sys_gettrace(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("gettrace", kw) || !nargs_ok("gettrace", nargs, 0, 0))
        return NULL;
    return hook_or_none(vm_tstate->tracefunc);
}

static Object *sys_getprofile(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("getprofile", kw) || !nargs_ok("getprofile", nargs, 0, 0))
        return NULL;
    return hook_or_none(vm_tstate->profilefunc);
}

static Object *sys_setswitchinterval(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    double s;
    if (!no_kw("sys.setswitchinterval", kw) || !nargs_ok("sys.setswitchinterval", nargs, 1, 1) ||
        num_as_double(args[0], &s) < 0)
        return NULL;
    if (!(s > 0) || gil_set_switch_interval(s) < 0) {
        exc_set(ExcValueError, "switch interval must be strictly positive");
        return NULL;
    }
    return none_new();
}

static Object *sys_getswitchinterval(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.getswitchinterval", kw) || !nargs_ok("sys.getswitchinterval", nargs, 0, 0))
        return NULL;
    /* CPython keeps the interval in whole microseconds and reports
     * 1e-6 * that count, so 1e-5 reads back as 9.999999999999999e-06 and
     * 2.5e-6 as 2e-06; the GIL here keeps nanoseconds, so report them the
     * way CPython would have stored them. */
    uint64_t us = (uint64_t)llround(gil_get_switch_interval() * 1e9) / 1000;
    return float_from_double(1e-6 * (double)us);
}

static Object *sys_setcheckinterval(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!no_kw("sys.setcheckinterval", kw) || !nargs_ok("sys.setcheckinterval", nargs, 1, 1) ||
        int_as_i64(args[0], &n) < 0)
        return NULL;
    if (n > INT32_MAX || n < INT32_MIN || gil_set_check_interval((int)n) < 0) {
        exc_set(ExcValueError, "check interval out of range");
        return NULL;
    }
    return none_new();
}

static Object *sys_getcheckinterval(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.getcheckinterval", kw) || !nargs_ok("sys.getcheckinterval", nargs, 0, 0))
        return NULL;
    return int_from_i64(gil_get_check_interval());
}

/* getsizeof(object[, default]): object.__sizeof__ (or the class's own)
 * plus the collector's header; default answers only a TypeError, as in
 * CPython. */
static Object *sys_getsizeof(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "object", "default", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("getsizeof", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    Object *r = obj_call_special(v[0], str_intern("__sizeof__"), NULL, 0);
    int64_t n = 0;
    if (r && !obj_isinstance_type(r, &IntType))
        exc_set(ExcTypeError, "an integer is required");
    else if (r && int_as_i64(r, &n) == 0 && n < 0)
        exc_set(ExcValueError, "__sizeof__() should return >= 0");
    XDECREF(r);
    if (exc_occurred()) {
        if (!v[1] || !exc_matches(exc_occurred(), (Object *)ExcTypeError))
            return NULL;
        exc_clear();
        INCREF(v[1]);
        return v[1];
    }
    return int_from_i64(n + (obj_is_gc(v[0]) ? (int64_t)sizeof(GcHead) : 0));
}

/* ---- the hooks: excepthook, displayhook, audit --------------------------------- */

/* excepthook(type, value, traceback): the VM's own report (vm/objects/
 * traceback.c), which prints the chain hung on value; the traceback
 * argument is value's own for every exception the VM raises. */
static Object *sys_excepthook(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("excepthook", kw))
        return NULL;
    if (nargs != 3) {
        exc_set(ExcTypeError, "excepthook expected 3 arguments, got %zu", nargs);
        return NULL;
    }
    if (!obj_isinstance_type(args[1], ExcBaseException)) {
        builtins_flush_stdout();
        fprintf(stderr, "TypeError: print_exception(): Exception expected for value, %s found\n",
                args[1]->type->name);
        return none_new();
    }
    traceback_print(args[1]);
    return none_new();
}

/* A program that never imported sys cannot have replaced the hook. */
void mod_sys_report_uncaught(Object *exc)
{
    Object *sys = module_imported("sys");
    if (!sys || !obj_is(sys, &ModuleType)) {
        traceback_print(exc);
        return;
    }
    Object *hook = dict_get_str(module_dict(sys), "excepthook");
    if (!hook) {
        builtins_flush_stdout();
        fputs("sys.excepthook is missing\n", stderr);
        traceback_print(exc);
        return;
    }
    INCREF(hook);   /* the hook may replace itself */
    Object *tb = ((ExcObject *)exc)->traceback;
    Object *args[3] = { (Object *)exc->type, exc, tb ? tb : None };
    Object *r = obj_call(hook, args, 3, NULL);
    DECREF(hook);
    if (r) {
        DECREF(r);
        return;
    }
    Object *err = exc_fetch();
    builtins_flush_stdout();
    fputs("Error in sys.excepthook:\n", stderr);
    traceback_print(err);
    fputs("\nOriginal exception was:\n", stderr);
    traceback_print(exc);
    DECREF(err);
}

/* Writes through whatever sys.stdout now is, as print() does. */
static int write_stdout(Object *s)
{
    Object *sys = module_imported("sys");
    Object *out = sys && obj_is(sys, &ModuleType) ? dict_get_str(module_dict(sys), "stdout") : NULL;
    if (!out || out == None) {
        exc_set(ExcRuntimeError, "lost sys.stdout");
        return -1;
    }
    Object *r = obj_call_method(out, "write", &s, 1);
    XDECREF(r);
    return r ? 0 : -1;
}

/* displayhook(value): what the interactive prompt does with an expression's
 * value: its repr on sys.stdout, kept as builtins._ (None is neither). */
static Object *sys_displayhook(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("displayhook", kw) || !nargs_ok("displayhook", nargs, 1, 1))
        return NULL;
    if (args[0] == None)
        return none_new();
    Object *b = eval_builtins();
    if (dict_set_str(b, "_", None) < 0)
        return NULL;
    Object *text = obj_repr(args[0]);
    Object *nl = text ? str_from_cstr("\n") : NULL;
    int rc = nl && write_stdout(text) == 0 && write_stdout(nl) == 0 ? 0 : -1;
    XDECREF(text);
    XDECREF(nl);
    return rc < 0 || dict_set_str(b, "_", args[0]) < 0 ? NULL : none_new();
}

/* audit(event, *args) and addaudithook(hook) share the list of hooks as
 * their builtin self, so it lives as long as they do.  The VM raises no
 * events of its own: only a program's sys.audit calls reach the hooks. */
static Object *sys_audit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("audit", kw))
        return NULL;
    if (nargs < 1) {
        exc_set(ExcTypeError, "audit() missing 1 required positional argument: 'event'");
        return NULL;
    }
    Object *hooks = builtin_self(self);
    if (list_len(hooks) == 0)   /* as CPython: nothing is checked then */
        return none_new();
    if (!obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "expected str for argument 'event', not %s", args[0]->type->name);
        return NULL;
    }
    Object *rest = tuple_new(nargs - 1);
    for (size_t i = 1; rest && i < nargs; i++) {
        INCREF(args[i]);
        tuple_set(rest, i - 1, args[i]);
    }
    Object *call[2] = { args[0], rest };
    for (size_t i = 0; rest && i < list_len(hooks); i++) {
        Object *hook = list_get(hooks, i);
        INCREF(hook);
        Object *r = obj_call(hook, call, 2, NULL);
        DECREF(hook);
        if (!r)
            SETREF(rest, NULL);
        XDECREF(r);
    }
    if (!rest)
        return NULL;
    DECREF(rest);
    return none_new();
}

/* As CPython, the hooks already there hear "sys.addaudithook" first, and a
 * RuntimeError from one of them quietly refuses the new hook. */
static Object *sys_addaudithook(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "hook", NULL };
    Object *hook = NULL;
    if (args_parse("addaudithook", args, nargs, kw, 1, names, &hook) < 0)
        return NULL;
    Object *audit = builtin_new("audit", sys_audit, builtin_self(self));
    Object *event = audit ? str_from_cstr("sys.addaudithook") : NULL;
    Object *r = event ? obj_call(audit, &event, 1, NULL) : NULL;
    XDECREF(audit);
    XDECREF(event);
    if (!r) {
        if (!exc_matches(exc_occurred(), (Object *)ExcRuntimeError))
            return NULL;
        exc_clear();
        return none_new();
    }
    DECREF(r);
    return list_append(builtin_self(self), hook) < 0 ? NULL : none_new();
}

static int add_audit(Object *m)
{
    Object *hooks = list_new(0);
    int r = hooks && add_owned(m, "audit", builtin_new("audit", sys_audit, hooks)) == 0 &&
            add_owned(m, "addaudithook", builtin_new("addaudithook", sys_addaudithook, hooks)) == 0
                ? 0 : -1;
    XDECREF(hooks);
    return r;
}

/* call_tracing(func, args): func(*args); gilvm has no tracing to save. */
static Object *sys_call_tracing(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("call_tracing", kw))
        return NULL;
    if (nargs != 2) {
        exc_set(ExcTypeError, "call_tracing expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (!obj_isinstance_type(args[1], &TupleType)) {
        exc_set(ExcTypeError, "call_tracing() argument 2 must be tuple, not %s", args[1]->type->name);
        return NULL;
    }
    TupleObject *t = (TupleObject *)args[1];
    return obj_call(args[0], t->items, t->n, NULL);
}

static bool finalizing;

void mod_sys_set_finalizing(void)
{
    finalizing = true;
}

static Object *sys_is_finalizing(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("is_finalizing", kw) || !nargs_ok("is_finalizing", nargs, 0, 0))
        return NULL;
    return bool_from(finalizing);
}

/* ---- sys.stdout / sys.stderr: write() and flush() over stdio -------------- */

/* A write or flush that fails raises OSError (BrokenPipeError for a reader
 * gone: SIGPIPE is ignored, as CPython ignores it).  As in CPython, a
 * failed write drops what was buffered (the error is told once, where it
 * happened), and what a failed flush() could not write fails again at
 * exit.  stdio drops that too, so stdout remembers the flush's error
 * (main thread at exit, or any thread with the GIL held). */
static int stdout_unwritten;   /* errno of a failed stdout flush(), or 0 */

static int stream_failed(FILE *f, int err, bool drop)
{
    if (drop)
        __fpurge(f);
    clearerr(f);
    err = err ? err : EIO;
    if (!drop && f == stdout)
        stdout_unwritten = err;
    exc_set_oserror(err);
    return -1;
}

int sys_stream_write(FILE *f, const char *p, size_t n)
{
    errno = 0;
    if (fwrite(p, 1, n, f) != n || ferror(f))
        return stream_failed(f, errno, true);
    return 0;
}

int sys_stream_flush(FILE *f)
{
    errno = 0;
    if (fflush(f) != 0 || ferror(f))
        return stream_failed(f, errno, false);
    return 0;
}

/* What CPython does when the flush at exit fails: says so, exit 120. */
int sys_flush_at_exit(void)
{
    if (sys_stream_flush(stdout) == 0) {
        if (!stdout_unwritten)
            return 0;
        exc_set_oserror(stdout_unwritten);
    }
    Object *exc = exc_fetch();
    traceback_report("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' "
                     "encoding='utf-8'>", exc);
    XDECREF(exc);
    return -1;
}

/* sys.stdout and sys.stderr write through stdio, and so does each one's
 * .buffer (bytes): both layers share one FILE, so text and bytes come out
 * in the order written. */
typedef struct StreamObject {
    Object ob;
    FILE *f;
    const char *name;
    Object *buffer;
    bool closed;   /* only the object closes: the descriptor stays open, as CPython's closefd=False */
} StreamObject;

static Type StreamType, StreamBufferType;

#define STREAM(o) ((StreamObject *)(o))
#define METHOD(name) static Object *name(Object *self, Object *const *args, size_t nargs, Object *kw)

/* A text stream is closed once it or its buffer is. */
static bool stream_closed(Object *o)
{
    StreamObject *s = STREAM(o);
    return s->closed || (s->buffer && STREAM(s->buffer)->closed);
}

/* CPython's layers word the error two ways: the text layer (and a buffer's
 * flush) with a full stop, the raw layer's queries without. */
static bool stream_open(Object *o, bool stop)
{
    if (!stream_closed(o))
        return true;
    exc_set(ExcValueError, stop ? "I/O operation on closed file." : "I/O operation on closed file");
    return false;
}

/* The arity checks name the method as CPython's do: TextIOWrapper.write. */
static bool stream_nargs(Object *const *args, const char *method, size_t nargs, Object *kw,
                         size_t want)
{
    if (!kw && nargs - 1 == want)   /* the common case: no name to format */
        return true;
    char name[64];
    snprintf(name, sizeof name, "%s.%s", type_short_name(args[0]->type), method);
    return no_kw(name, kw) && nargs_ok(name, nargs - 1, want, want);
}

METHOD(stream_write)
{
    if (!stream_nargs(args, "write", nargs, kw, 1))
        return NULL;
    StreamObject *s = STREAM(args[0]);
    const unsigned char *p;
    size_t n;
    bool text = obj_is(args[0], &StreamType);
    if (!stream_open(args[0], text))
        return NULL;
    if (!text) {
        if (!buffer_check(args[1])) {
            exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", args[1]->type->name);
            return NULL;
        }
        if (buffer_peek(args[1], &p, &n) < 0 || sys_stream_write(s->f, (const char *)p, n) < 0)
            return NULL;
        return int_from_i64((int64_t)n);
    }
    if (!obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "write() argument must be str, not %s", args[1]->type->name);
        return NULL;
    }
    if (sys_stream_write(s->f, str_utf8(args[1]), str_nbytes(args[1])) < 0)
        return NULL;
    return int_from_i64((int64_t)((StrObject *)args[1])->ncp);
}

METHOD(stream_writelines)
{
    if (!stream_nargs(args, "writelines", nargs, kw, 1) || !stream_open(args[0], true))
        return NULL;
    Object *it = obj_iter(args[1]), *line;
    if (!it)
        return NULL;
    while ((line = obj_iternext(it))) {
        Object *pair[2] = { args[0], line };
        Object *r = stream_write(self, pair, 2, NULL);
        DECREF(line);
        if (!r)
            break;
        DECREF(r);
    }
    DECREF(it);
    return exc_occurred() ? NULL : none_new();
}

METHOD(stream_flush)
{
    if (!stream_nargs(args, "flush", nargs, kw, 0) || !stream_open(args[0], true))
        return NULL;
    return sys_stream_flush(STREAM(args[0])->f) < 0 ? NULL : none_new();
}

static int stream_fd(Object *const *args) { return fileno(STREAM(args[0])->f); }

/* The queries below take no argument and fail alike on a closed stream. */
static bool stream_query(Object *const *args, const char *method, size_t nargs, Object *kw)
{
    return stream_nargs(args, method, nargs, kw, 0) && stream_open(args[0], false);
}

METHOD(stream_fileno)
{
    return stream_query(args, "fileno", nargs, kw) ? int_from_i64(stream_fd(args)) : NULL;
}

METHOD(stream_isatty)
{
    return stream_query(args, "isatty", nargs, kw) ? bool_from(isatty(stream_fd(args))) : NULL;
}

METHOD(stream_writable)
{
    return stream_query(args, "writable", nargs, kw) ? bool_from(true) : NULL;
}

METHOD(stream_readable)
{
    return stream_query(args, "readable", nargs, kw) ? bool_from(false) : NULL;
}

METHOD(stream_seekable)   /* a file, not a pipe or a terminal */
{
    if (!stream_query(args, "seekable", nargs, kw))
        return NULL;
    return bool_from(lseek(stream_fd(args), 0, SEEK_CUR) >= 0);
}

/* Flushes what is written, then refuses further use; closing twice is no error. */
METHOD(stream_close)
{
    if (!stream_nargs(args, "close", nargs, kw, 0))
        return NULL;
    StreamObject *s = STREAM(args[0]);
    if (stream_closed(args[0]))
        return none_new();
    int rc = sys_stream_flush(s->f);
    s->closed = true;
    if (s->buffer)
        STREAM(s->buffer)->closed = true;
    return rc < 0 ? NULL : none_new();
}

METHOD(stream_enter)
{
    if (!stream_nargs(args, "__enter__", nargs, kw, 0) || !stream_open(args[0], true))
        return NULL;
    INCREF(args[0]);
    return args[0];
}

METHOD(stream_exit)
{
    return stream_close(self, args, 1, NULL);
}

static Object *stream_get_buffer(Object *o)
{
    StreamObject *s = STREAM(o);
    if (!s->buffer) {
        s->buffer = obj_alloc(&StreamBufferType, sizeof(StreamObject));
        if (!s->buffer)
            return NULL;
        STREAM(s->buffer)->f = s->f;
        STREAM(s->buffer)->name = s->name;
        STREAM(s->buffer)->closed = s->closed;
    }
    INCREF(s->buffer);
    return s->buffer;
}

static Object *stream_get_name(Object *o) { return str_from_cstr(STREAM(o)->name); }
static Object *stream_get_mode(Object *o) { return str_from_cstr(obj_is(o, &StreamType) ? "w" : "wb"); }
static Object *stream_get_closed(Object *o) { return bool_from(stream_closed(o)); }
static Object *stream_get_encoding(Object *o) { return str_from_cstr("utf-8"); }
static Object *stream_get_errors(Object *o) { return str_from_cstr("strict"); }
static Object *stream_get_newlines(Object *o) { return none_new(); }
static Object *stream_get_line_buffering(Object *o) { return bool_from(isatty(fileno(STREAM(o)->f))); }

static Object *stream_repr(Object *o)
{
    if (obj_is(o, &StreamBufferType))
        return str_from_fmt("<_io.BufferedWriter name='%s'>", STREAM(o)->name);
    return str_from_fmt("<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>", STREAM(o)->name);
}

static void stream_dealloc(Object *o)
{
    XDECREF(STREAM(o)->buffer);
    obj_free(o);
}

#define STREAM_METHODS                                                                    \
    { "write", stream_write, NULL }, { "writelines", stream_writelines, NULL },          \
    { "flush", stream_flush, NULL }, { "fileno", stream_fileno, NULL },                  \
    { "isatty", stream_isatty, NULL }, { "writable", stream_writable, NULL },            \
    { "readable", stream_readable, NULL }, { "seekable", stream_seekable, NULL },        \
    { "name", NULL, stream_get_name }, { "mode", NULL, stream_get_mode },                \
    { "close", stream_close, NULL }, { "__enter__", stream_enter, NULL },                \
    { "__exit__", stream_exit, NULL }, { "closed", NULL, stream_get_closed }

static const MethodDef stream_methods[] = {
    STREAM_METHODS,
    { "buffer", NULL, stream_get_buffer }, { "encoding", NULL, stream_get_encoding },
    { "errors", NULL, stream_get_errors }, { "newlines", NULL, stream_get_newlines },
    { "line_buffering", NULL, stream_get_line_buffering },
    { NULL, NULL, NULL },
};

static const MethodDef stream_buffer_methods[] = { STREAM_METHODS, { NULL, NULL, NULL } };

static Type StreamType = {
    OBJ_HEAD_INIT(&TypeType), .name = "_io.TextIOWrapper", .base = &ObjectType,
    .basicsize = sizeof(StreamObject), .dealloc = stream_dealloc, .repr = stream_repr,
    .methods = stream_methods,
};

static Type StreamBufferType = {
    OBJ_HEAD_INIT(&TypeType), .name = "_io.BufferedWriter", .base = &ObjectType,
    .basicsize = sizeof(StreamObject), .dealloc = stream_dealloc, .repr = stream_repr,
    .methods = stream_buffer_methods,
};

static Object *stream_new(FILE *f, const char *name)
{
    StreamObject *s = (StreamObject *)obj_alloc(&StreamType, sizeof *s);
    if (s) {
        s->f = f;
        s->name = name;
    }
    return (Object *)s;
}

Object *sys_stream_replaced(const char *name, FILE *f)
{
    Object *sys = module_imported("sys");
    Object *s = sys && obj_is(sys, &ModuleType) ? dict_get_str(module_dict(sys), name) : NULL;
    /* a closed one is returned too, for its write() to raise */
    if (!s || (obj_is(s, &StreamType) && ((StreamObject *)s)->f == f && !stream_closed(s)))
        return NULL;
    return s;
}

/* sys.__stdout__ and sys.__stderr__: the streams the program started with,
 * to restore a replaced sys.stdout from. */
static int add_original(Object *m, const char *name, const char *stream)
{
    Object *s = dict_get_str(module_dict(m), stream);
    return s ? module_add(m, name, s) : -1;
}

static Object *str_list(int n, const char *const *v)
{
    Object *l = list_new(0);
    for (int i = 0; l && i < n; i++) {
        Object *s = str_from_cstr(v[i]);
        if (!s || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return NULL;
        }
        DECREF(s);
    }
    return l;
}

/* sys._xoptions: -X NAME=VALUE is {NAME: VALUE}, -X NAME {NAME: True}. */
static Object *xoptions_new(void)
{
    Object *d = dict_new();
    for (int i = 0; d && i < sys_options.n_xoptions; i++) {
        const char *w = sys_options.xoptions[i], *eq = strchr(w, '=');
        Object *k = str_from_utf8(w, eq ? (size_t)(eq - w) : strlen(w));
        Object *v = eq ? str_from_cstr(eq + 1) : bool_from(true);
        if (!k || !v || dict_set(d, k, v) < 0)
            SETREF(d, NULL);
        XDECREF(k);
        XDECREF(v);
    }
    return d;
}

/* ---- what the VM says about itself -------------------------------------------- */

/* The language gilvm runs: CPython 3.8's bytecode and library face. */
#define SYS_MAJOR 3
#define SYS_MINOR 8
#define SYS_MICRO 0

/* sys.flags and sys.version_info are CPython's struct sequences, and
 * sys.implementation a namespace; all made in C, so importing sys runs no
 * bytecode (a run's instruction and tick counts are the script's own). */
static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "int_max_str_digits", NULL,
};
static const char *const version_fields[] = { "major", "minor", "micro", "releaselevel", "serial",
                                               NULL };
static const char *const hash_info_fields[] = { "width", "modulus", "inf", "nan", "imag",
                                                 "algorithm", "hash_bits", "seed_bits", "cutoff",
                                                 NULL };
static StructSeqType HashInfoType = { .qualname = "sys.hash_info", .fields = hash_info_fields };
static StructSeqType FlagsType = { .qualname = "sys.flags", .fields = flags_fields };
static StructSeqType VersionInfoType = { .qualname = "sys.version_info", .fields = version_fields };
static const char *const float_info_fields[] = { "max", "max_exp", "max_10_exp", "min", "min_exp",
                                                  "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                                  "rounds", NULL };
static StructSeqType FloatInfoType = { .qualname = "sys.float_info", .fields = float_info_fields };
static const char *const int_info_fields[] = { "bits_per_digit", "sizeof_digit",
                                                "default_max_str_digits",
                                                "str_digits_check_threshold", NULL };
static StructSeqType IntInfoType = { .qualname = "sys.int_info", .fields = int_info_fields };
static const char *const thread_info_fields[] = { "name", "lock", "version", NULL };
static StructSeqType ThreadInfoType = { .qualname = "sys.thread_info", .fields = thread_info_fields };

/* A struct sequence of n new values, each of which may be NULL (then none). */
static Object *structseq_of(StructSeqType *t, Object **o, int n)
{
    bool ok = true;
    for (int i = 0; i < n; i++)
        ok &= o[i] != NULL;
    structseq_type_init(t);
    Object *r = ok ? structseq_new(t, o) : NULL;
    for (int i = 0; i < n; i++)
        XDECREF(o[i]);
    return r;
}

/* sys.float_info: the C double's <float.h> facts, as CPython reports them. */
static Object *float_info_new(void)
{
    Object *o[11] = { float_from_double(DBL_MAX), int_from_i64(DBL_MAX_EXP), int_from_i64(DBL_MAX_10_EXP),
                      float_from_double(DBL_MIN), int_from_i64(DBL_MIN_EXP), int_from_i64(DBL_MIN_10_EXP),
                      int_from_i64(DBL_DIG), int_from_i64(DBL_MANT_DIG), float_from_double(DBL_EPSILON),
                      int_from_i64(FLT_RADIX), int_from_i64(FLT_ROUNDS) };
    return structseq_of(&FloatInfoType, o, 11);
}

/* sys.int_info: a big int's digits are base 2**32 (vm/objects/bigint.h);
 * the digit limit of str <-> int conversions (vm/objects/int.c). */
static Object *int_info_new(void)
{
    Object *o[4] = { int_from_i64(32), int_from_i64(sizeof(uint32_t)),
                     int_from_i64(INT_MAX_STR_DIGITS_DEFAULT), int_from_i64(INT_STR_DIGITS_THRESHOLD) };
    return structseq_of(&IntInfoType, o, 4);
}

/* sys.thread_info: threads are pthreads; a threading lock is a mutex and a
 * condition variable (vm/modules/mod_thread.c); version is the C library's. */
static Object *thread_info_new(void)
{
    Object *o[3] = { str_from_cstr("pthread"), str_from_cstr("mutex+cond"),
                     str_from_fmt("glibc %s", gnu_get_libc_version()) };
    return structseq_of(&ThreadInfoType, o, 3);
}

/* sys.flags: gilvm never writes bytecode, has no site module and reads
 * source as UTF-8, which the flags say as CPython's would; dev_mode is a
 * bool there too. */
static Object *flags_new(void)
{
    const SysOptions *so = &sys_options;
    int64_t v[16] = { 0, 0, 0, so->optimize, 1, 1, 1, so->ignore_environment, 0, 0, so->quiet, 0,
                      so->isolated, so->dev_mode, 1, so->int_max_str_digits };
    Object *o[16];
    for (int i = 0; i < 16; i++)
        o[i] = i == 13 ? bool_from(v[i]) : int_from_i64(v[i]);
    return structseq_of(&FlagsType, o, 16);
}

/* sys.hash_info: the numeric hash's parameters (vm/objects/abstract.c),
 * which fractions.Fraction needs to hash as an equal int or float does;
 * str hashes are FNV-1a, unseeded. */
static Object *hash_info_new(void)
{
    Object *o[9] = { int_from_i64(64), int_from_i64(((int64_t)1 << 61) - 1), int_from_i64(314159),
                     int_from_i64(0), int_from_i64(1000003), str_from_cstr("fnv"),
                     int_from_i64(64), int_from_i64(0), int_from_i64(0) };
    return structseq_of(&HashInfoType, o, 9);
}

/* Source and file names are UTF-8 (sys.flags.utf8_mode). */
static Object *sys_getdefaultencoding(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "getdefaultencoding() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    return str_from_cstr("utf-8");
}

static Object *sys_getfilesystemencodeerrors(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "getfilesystemencodeerrors() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    return str_from_cstr("surrogateescape");
}

static Object *sys_getfilesystemencoding(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "getfilesystemencoding() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    return str_from_cstr("utf-8");
}

static int64_t hexversion(void)
{
    return (SYS_MAJOR << 24) | (SYS_MINOR << 16) | (SYS_MICRO << 8) | 0xf0;   /* 0xf0: final */
}

static Object *version_info_new(void)
{
    Object *o[5] = { int_from_i64(SYS_MAJOR), int_from_i64(SYS_MINOR), int_from_i64(SYS_MICRO),
                     str_from_cstr("final"), int_from_i64(0) };
    return structseq_of(&VersionInfoType, o, 5);
}

/* sys.implementation: name 'gilvm', no bytecode cache (cache_tag None). */
static Object *implementation_new(Object *version_info)
{
    Object *d = dict_new(), *name = str_from_cstr("gilvm"), *hex = int_from_i64(hexversion());
    Object *r = NULL;
    if (d && name && hex && dict_set_str(d, "name", name) == 0 &&
        dict_set_str(d, "cache_tag", None) == 0 && dict_set_str(d, "version", version_info) == 0 &&
        dict_set_str(d, "hexversion", hex) == 0)
        r = namespace_new(d);
    XDECREF(d);
    XDECREF(name);
    XDECREF(hex);
    return r;
}

static int add_description(Object *m)
{
    Object *vi = version_info_new();
    int r = vi && module_add(m, "version_info", vi) == 0 &&
            add_owned(m, "hexversion", int_from_i64(hexversion())) == 0 &&
            add_owned(m, "flags", flags_new()) == 0 &&
            add_owned(m, "hash_info", hash_info_new()) == 0 &&
            add_owned(m, "float_info", float_info_new()) == 0 &&
            add_owned(m, "int_info", int_info_new()) == 0 &&
            add_owned(m, "thread_info", thread_info_new()) == 0 &&
            add_owned(m, "implementation", implementation_new(vi)) == 0 ? 0 : -1;
    XDECREF(vi);
    return r;
}

/* sys.version: the language version, then what runs it and its compiler. */
static Object *version_str(void)
{
#ifdef __clang__
    const char *compiler = "Clang " __clang_version__;
#else
    const char *compiler = "GCC " __VERSION__;
#endif
    return str_from_fmt("%d.%d.%d (%s, CPython %d.%d bytecode)\n[%s]", SYS_MAJOR, SYS_MINOR,
                        SYS_MICRO, sys_options.version, SYS_MAJOR, SYS_MINOR, compiler);
}

/* The running binary's absolute path, so a program can start itself again;
 * '' when the kernel cannot say (as CPython leaves it empty). */
static Object *executable_str(void)
{
    char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    return str_from_utf8(path, n > 0 ? (size_t)n : 0);
}

/* sys.prefix and friends: gilvm is not installed under a prefix; the
 * nearest thing is the directory above the binary's (bin/gilvm in the
 * repository), as CPython's prefix is the one above its bin/.  No virtual
 * environments: the base_ ones are the same. */
static int add_prefixes(Object *m)
{
    char dir[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
    dir[n > 0 ? n : 0] = '\0';
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
    }
    Object *prefix = str_from_cstr(dir[0] || n <= 0 ? dir : "/");
    int r = prefix && module_add(m, "prefix", prefix) == 0 && module_add(m, "exec_prefix", prefix) == 0 &&
            module_add(m, "base_prefix", prefix) == 0 && module_add(m, "base_exec_prefix", prefix) == 0
                ? 0 : -1;
    XDECREF(prefix);
    return r;
}

/* Every row of the module table (vm/runtime/module.h), sorted as CPython's. */
static Object *builtin_module_names(void)
{
#define MODULE_NAME(name) #name,
    static const char *const names[] = { MODULE_LIST(MODULE_NAME) };
#undef MODULE_NAME
    Object *l = str_list((int)(sizeof names / sizeof names[0]), names);
    Object *t = l && list_sort_impl(l, NULL, false) == 0 ? tuple_from_iter(l) : NULL;
    XDECREF(l);
    return t;
}

static const struct { const char *name; CallFn fn; } sys_funcs[] = {
    { "getsizeof", sys_getsizeof },
    { "getallocatedblocks", sys_getallocatedblocks },
    { "call_tracing", sys_call_tracing },
    { "is_finalizing", sys_is_finalizing },
    { "getfilesystemencodeerrors", sys_getfilesystemencodeerrors },
};

/* excepthook, displayhook and their __originals__, audit, the added functions. */
static int add_hooks(Object *m)
{
    for (size_t i = 0; i < sizeof sys_funcs / sizeof sys_funcs[0]; i++)
        if (module_add_func(m, sys_funcs[i].name, sys_funcs[i].fn) < 0)
            return -1;
    if (module_add_func(m, "excepthook", sys_excepthook) < 0 ||
        module_add_func(m, "displayhook", sys_displayhook) < 0 ||
        add_original(m, "__excepthook__", "excepthook") < 0 ||
        add_original(m, "__displayhook__", "displayhook") < 0)
        return -1;
    return add_audit(m);
}

Object *mod_sys_init(void)
{
    Object *m = module_new("sys", NULL);
    if (!m)
        return NULL;
    if (module_add_func(m, "exit", sys_exit) < 0 ||
        module_add_func(m, "exc_info", sys_exc_info) < 0 || module_add_func(m, "exception", sys_exception) < 0 ||
        module_add_func(m, "getrefcount", sys_getrefcount) < 0 ||
        module_add_func(m, "getrecursionlimit", sys_getrecursionlimit) < 0 ||
        module_add_func(m, "intern", sys_intern) < 0 ||
        module_add_func(m, "get_int_max_str_digits", sys_get_int_max_str_digits) < 0 ||
        module_add_func(m, "set_int_max_str_digits", sys_set_int_max_str_digits) < 0 ||
        module_add_func(m, "setrecursionlimit", sys_setrecursionlimit) < 0 ||
        module_add_func(m, "setswitchinterval", sys_setswitchinterval) < 0 ||
        module_add_func(m, "getswitchinterval", sys_getswitchinterval) < 0 ||
        module_add_func(m, "setcheckinterval", sys_setcheckinterval) < 0 ||
        module_add_func(m, "getcheckinterval", sys_getcheckinterval) < 0 ||
        module_add_func(m, "getdefaultencoding", sys_getdefaultencoding) < 0 ||
        module_add_func(m, "_getframe", sys_getframe) < 0 ||
        module_add_func(m, "settrace", sys_settrace) < 0 ||
        module_add_func(m, "gettrace", sys_gettrace) < 0 ||
        module_add_func(m, "setprofile", sys_setprofile) < 0 ||
        module_add_func(m, "getprofile", sys_getprofile) < 0 ||
        module_add_func(m, "_current_frames", sys_current_frames) < 0 ||
        module_add_func(m, "getfilesystemencoding", sys_getfilesystemencoding) < 0 ||
        add_owned(m, "dont_write_bytecode", bool_from(true)) < 0 ||
        add_owned(m, "warnoptions", str_list(sys_options.n_warnoptions,
                                             (const char *const *)sys_options.warnoptions)) < 0 ||
        add_owned(m, "_xoptions", xoptions_new()) < 0 ||
        add_owned(m, "argv", str_list(sys_argc, (const char *const *)sys_argv)) < 0 ||
        add_owned(m, "_gilvm_args", str_list(sys_options.n_vm_args,
                                             (const char *const *)sys_options.vm_args)) < 0 ||
        add_owned(m, "_gilvm_parent_env", str_list(sys_options.n_parent_env, sys_options.parent_env)) < 0 ||
        add_owned(m, "path", import_initial_path(sys_argc ? sys_argv[0] : NULL,
                                                 !sys_options.ignore_environment,
                                                 sys_options.isolated)) < 0 ||
        !module_loaded() || module_add(m, "modules", module_loaded()) < 0 ||
        add_owned(m, "stdin", file_from_fd(0, "<stdin>", "r")) < 0 ||
        add_owned(m, "stdout", stream_new(stdout, "<stdout>")) < 0 ||
        add_owned(m, "stderr", stream_new(stderr, "<stderr>")) < 0 ||
        add_original(m, "__stdout__", "stdout") < 0 || add_original(m, "__stderr__", "stderr") < 0 ||
        add_owned(m, "maxsize", int_from_i64(INT64_MAX)) < 0 ||
        add_owned(m, "maxunicode", int_from_i64(0x10ffff)) < 0 ||
        add_owned(m, "float_repr_style", str_from_cstr("short")) < 0 ||
        add_owned(m, "api_version", int_from_i64(1013)) < 0 ||   /* CPython 3.8's C API */
        add_owned(m, "builtin_module_names", builtin_module_names()) < 0 ||
        add_prefixes(m) < 0 || add_hooks(m) < 0 ||
        add_owned(m, "executable", executable_str()) < 0 ||
        add_owned(m, "version", version_str()) < 0 ||
        add_owned(m, "platform", str_from_cstr("linux")) < 0 ||
        add_owned(m, "byteorder", str_from_cstr(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__ ? "little" : "big")) < 0 ||
        add_description(m) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
