/* vm/modules/mod_sys.c — the `sys` module: argv, path, modules, exit,
 * stdin (a file object), stdout/stderr, reference counts, the recursion limit
 * and the GIL's switch/check intervals. */
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <string.h>

#include "vm/objects/file.h"
#include "vm/runtime/import.h"
#include "vm/runtime/module.h"
#include "vm/objects/traceback.h"
#include "vm/runtime/state.h"
#include "sched/gil.h"

static int sys_argc;
static char **sys_argv;

void mod_sys_set_argv(int argc, char **argv)
{
    sys_argc = argc;
    sys_argv = argv;
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

static Object *sys_exit(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.exit", kw) || !nargs_ok("sys.exit", nargs, 0, 1))
        return NULL;
    Object *e = exc_new(ExcSystemExit, args, nargs);
    if (e)
        exc_set_obj(e);
    return NULL;
}

static Object *sys_getrefcount(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("sys.getrefcount", kw) || !nargs_ok("sys.getrefcount", nargs, 1, 1))
        return NULL;
    return int_from_i64(args[0]->refcnt);
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
    return float_from_double(gil_get_switch_interval());
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
    fprintf(stderr, "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n");
    traceback_print(exc);
    XDECREF(exc);
    return -1;
}

typedef struct StreamObject { Object ob; FILE *f; const char *name; } StreamObject;

static Object *stream_write(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("TextIOWrapper.write", kw) || !nargs_ok("TextIOWrapper.write", nargs - 1, 1, 1))
        return NULL;
    if (!obj_is(args[1], &StrType)) {
        exc_set(ExcTypeError, "write() argument must be str, not %s", args[1]->type->name);
        return NULL;
    }
    StreamObject *s = (StreamObject *)args[0];
    if (sys_stream_write(s->f, str_utf8(args[1]), str_nbytes(args[1])) < 0)
        return NULL;
    return int_from_i64((int64_t)((StrObject *)args[1])->ncp);
}

static Object *stream_flush(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (!no_kw("TextIOWrapper.flush", kw) || !nargs_ok("TextIOWrapper.flush", nargs - 1, 0, 0))
        return NULL;
    return sys_stream_flush(((StreamObject *)args[0])->f) < 0 ? NULL : none_new();
}

static Object *stream_repr(Object *o)
{
    return str_from_fmt("<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>",
                        ((StreamObject *)o)->name);
}

static const MethodDef stream_methods[] = {
    { "write", stream_write, NULL },
    { "flush", stream_flush, NULL },
    { NULL, NULL, NULL },
};

static Type StreamType = {
    OBJ_HEAD_INIT(&TypeType), .name = "TextIOWrapper", .base = &ObjectType,
    .basicsize = sizeof(StreamObject), .repr = stream_repr, .methods = stream_methods,
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

static int add_owned(Object *m, const char *name, Object *v)
{
    if (!v)
        return -1;
    int r = module_add(m, name, v);
    DECREF(v);
    return r;
}

static Object *argv_list(void)
{
    Object *l = list_new(0);
    for (int i = 0; l && i < sys_argc; i++) {
        Object *s = str_from_cstr(sys_argv[i]);
        if (!s || list_append(l, s) < 0) {
            XDECREF(s);
            DECREF(l);
            return NULL;
        }
        DECREF(s);
    }
    return l;
}

Object *mod_sys_init(void)
{
    Object *m = module_new("sys", NULL);
    if (!m)
        return NULL;
    if (module_add_func(m, "exit", sys_exit) < 0 ||
        module_add_func(m, "getrefcount", sys_getrefcount) < 0 ||
        module_add_func(m, "getrecursionlimit", sys_getrecursionlimit) < 0 ||
        module_add_func(m, "setrecursionlimit", sys_setrecursionlimit) < 0 ||
        module_add_func(m, "setswitchinterval", sys_setswitchinterval) < 0 ||
        module_add_func(m, "getswitchinterval", sys_getswitchinterval) < 0 ||
        module_add_func(m, "setcheckinterval", sys_setcheckinterval) < 0 ||
        module_add_func(m, "getcheckinterval", sys_getcheckinterval) < 0 ||
        add_owned(m, "argv", argv_list()) < 0 ||
        add_owned(m, "path", import_initial_path(sys_argc ? sys_argv[0] : NULL)) < 0 ||
        !module_loaded() || module_add(m, "modules", module_loaded()) < 0 ||
        add_owned(m, "stdin", file_from_fd(0, "<stdin>", "r")) < 0 ||
        add_owned(m, "stdout", stream_new(stdout, "<stdout>")) < 0 ||
        add_owned(m, "stderr", stream_new(stderr, "<stderr>")) < 0 ||
        add_owned(m, "maxsize", int_from_i64(INT64_MAX)) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
