/* vm/runtime/module.h — module objects and the built-in module registry.
 *
 * Adding a built-in module is one file (vm/modules/mod_NAME.c defining
 * `Object *mod_NAME_init(void)`, which returns a new module made with
 * module_new and filled with module_add*) plus one row in MODULE_LIST.
 * A module is created on its first import and kept until module_fini.
 */
#ifndef GILKIT_VM_MODULE_H
#define GILKIT_VM_MODULE_H

#include <stdio.h>
#include "vm/objects/object.h"

#define MODULE_LIST(X) \
    X(sys)             \
    X(time)            \
    X(dis)             \
    X(_thread) X(posix) X(_posixsubprocess) X(_socket) \
    X(gc) X(hashlib) X(zlib) X(_bz2) X(_lzma) X(re) X(math) X(cmath) X(binascii) X(select) \
    X(struct) X(_random) X(array) X(_traceback) X(errno) \
    X(builtins) X(atexit) X(_signal) X(resource) X(_weakref) \
    X(fcntl) X(mmap) X(_locale) X(unicodedata) X(_imp) X(opcode) \
    X(_sqlite3) X(_codecs) X(faulthandler) X(pwd) X(grp) X(pyexpat) X(_ast) \
    X(_ctypes) X(_odict) X(_itertools)

#define MODULE_INIT_DECL(name) Object *mod_##name##_init(void);
MODULE_LIST(MODULE_INIT_DECL)
#undef MODULE_INIT_DECL

typedef struct ModuleObject {
    Object ob;
    Object *dict;      /* the module's namespace (its globals when it runs code) */
    Object *name;      /* str */
    Object *file;      /* str for a script module, NULL for a built-in one */
    /* The thread running its code (import.c), NULL once it has run: a
     * circular import on that thread sees it partial, another thread waits
     * for it.  Written with the GIL and import.c's lock held; read with either. */
    const struct ThreadState *importer;
    struct WeakRefObject *weaklist;
} ModuleObject;

Object *module_new(const char *name, const char *file);  /* file NULL: built-in */
Object *module_dict(Object *m);                          /* borrowed */
int module_add(Object *m, const char *name, Object *value);   /* borrows value */
int module_add_func(Object *m, const char *name, CallFn fn);  /* name: a literal */
int module_add_int(Object *m, const char *name, int64_t v);

/* sys.modules: every module imported so far, by name (borrowed; NULL
 * only when memory ran out).  The importer is vm/runtime/import.h. */
Object *module_loaded(void);
/* sys.modules[name] if it has been imported (borrowed), else NULL, without
 * an exception; safe at exit, when sys.modules is gone. */
Object *module_imported(const char *name);
/* The built-in module `name`, made anew (new reference), or NULL without an
 * exception when no row has that name. */
Object *module_builtin(Object *name);

/* The script's module, also sys.modules['__main__']; modules imported so
 * far are released after it. */
void module_set_main(Object *m);
/* sys.argv, from vm/main.c before the first import of sys. */
void mod_sys_set_argv(int argc, char **argv);
/* What vm/main.c's command line decided, for sys.flags and sys.version
 * (before the first import of sys; version lives as long as the process). */
typedef struct SysOptions {
    bool ignore_environment;   /* -E: PYTHON* variables ignored */
    bool isolated;             /* -I: nor the script's folder in sys.path */
    bool quiet;                /* -q */
    bool dev_mode;             /* -X dev */
    int optimize;              /* -O's count */
    long long int_max_str_digits;   /* PYTHONINTMAXSTRDIGITS as given, -1 when not */
    const char *version;       /* "gilvm 0.1" */
    /* The command line's vm and gil options as given (sys._gilvm_args):
     * a child interpreter started with them runs as this one does. */
    char *const *vm_args;
    int n_vm_args;
    /* The environment variables of the options a child must not inherit
     * (measuring, tracing: sys._gilvm_parent_env). */
    const char *const *parent_env;
    int n_parent_env;
    char *const *warnoptions;  /* sys.warnoptions */
    int n_warnoptions;
    char *const *xoptions;     /* -X's NAME[=VALUE] words (sys._xoptions) */
    int n_xoptions;
} SysOptions;
void mod_sys_set_options(const SysOptions *o);
/* sys.stdout/sys.stderr's writes over stdio, print()'s too: 0, or -1 with
 * OSError set (a failed write drops what stdio buffered, a failed flush
 * keeps it).  sys_flush_at_exit: the
 * last flush of stdout; -1 when it failed, said as CPython says it (the
 * exit status becomes 120). */
int sys_stream_write(FILE *f, const char *p, size_t n);
int sys_stream_flush(FILE *f);
/* sys.<name> ("stdout" or "stderr") when a program has replaced it with
 * another object (borrowed), which print() then writes to; NULL while it
 * is still gilvm's own stream over f. */
Object *sys_stream_replaced(const char *name, FILE *f);
int sys_flush_at_exit(void);
/* The main thread's uncaught exception (not SystemExit), handed to
 * sys.excepthook as CPython does: the VM's report unless the program
 * replaced it; a failing or missing hook is said, then the report. */
void mod_sys_report_uncaught(Object *exc);
/* sys.is_finalizing() is True from here on (vm/main.c, before the modules go). */
void mod_sys_set_finalizing(void);
/* atexit's callbacks, last registered first; then it has none.  vm/main.c,
 * after the shutdown hooks (threads joined) and before module_fini. */
void mod_atexit_run(void);
/* The signal module's Python handlers dropped (vm/main.c, after atexit's
 * callbacks): SIGINT is KeyboardInterrupt again, other caught signals SIG_DFL. */
void mod_signal_fini(void);
/* In a fork(2) child (os.fork): `_thread` forgets the threads it started,
 * none of which exists there. */
void mod_thread_after_fork_child(void);
/* Exit: clear every module's namespace the way CPython's finalization does
 * (so pending __del__ methods run while their globals still exist), then
 * release the modules. */
void module_fini(void);

#endif
