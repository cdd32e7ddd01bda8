/* vm/runtime/import.c — the import system, in the order CPython's importlib
 * takes (its _bootstrap's _gcd_import, _handle_fromlist, _resolve_name):
 *
 *   __import__(name, globals, fromlist, level)
 *     → resolve a relative name against globals' __package__ (or __name__)
 *     → import every parent first, then the name itself in its parent's
 *       __path__ (sys.path for a top-level name, after the built-ins)
 *     → bind the submodule on its parent; fromlist imports submodules.
 *
 * A module enters sys.modules before its code runs and leaves it again if
 * that code raises, so a circular import sees the partial module, as in
 * CPython; ModuleObject.importer marks it meanwhile for IMPORT_FROM's
 * "partially initialized module" message.  Everything here runs with the
 * GIL held, except a thread's wait for a module another thread is running
 * (the module locks below).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/compiler/compile.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/import.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

/* ---- module locks -----------------------------------------------------------
 *
 * As CPython's per-module import locks: a thread that finds in sys.modules a
 * module whose code another thread is still running waits, GIL dropped, until
 * that code has run, then looks again (the module is gone if its code
 * raised, and the waiter then imports it itself, meeting the same error).
 * The thread running the code sees its own partial module (a circular
 * import).  When waiting would close a cycle (this thread runs a module that
 * the importer it would wait for is itself waiting on, directly or through
 * others) it takes the partial module instead, as CPython does on its
 * _DeadlockError.
 *
 * Invariants:
 *   - ModuleObject.importer is written with the GIL and import_mu held, so a
 *     reader holding either sees a stable value.
 *   - `waiters` lists the threads blocked in wait_for_import, one record on
 *     each waiter's stack, linked in and out under import_mu.  Each record
 *     holds a reference to its module (taken with the GIL, before the wait).
 *   - Every module whose importer becomes NULL is followed by a broadcast on
 *     import_done under import_mu; waiters re-check under import_mu.
 */
typedef struct Waiter {
    const ThreadState *who;
    ModuleObject *module;
    struct Waiter *next;
} Waiter;

static pthread_mutex_t import_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t import_done;
static pthread_once_t import_done_once = PTHREAD_ONCE_INIT;
static Waiter *waiters;

static void import_done_init(void)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);   /* vm_cond_wait's clock */
    pthread_cond_init(&import_done, &a);
    pthread_condattr_destroy(&a);
}

static void set_importer(ModuleObject *m, const ThreadState *ts)
{
    pthread_once(&import_done_once, import_done_init);
    pthread_mutex_lock(&import_mu);
    m->importer = ts;
    if (!ts)
        pthread_cond_broadcast(&import_done);
    pthread_mutex_unlock(&import_mu);
}

/* fork(2) (vm/runtime/state.h): import_mu is held across it, as CPython
 * holds its import lock, so `waiters` and the importer marks are whole in
 * the child.  There only the forking thread exists: the waiter records
 * lived on the other threads' stacks, and a module another thread was
 * importing will never be finished by it, so its mark goes (the module
 * stays as partial as it was; CPython's child would deadlock on its module
 * lock instead).  import_done is made anew: vanished threads waited on it. */
void import_before_fork(void)
{
    pthread_once(&import_done_once, import_done_init);
    pthread_mutex_lock(&import_mu);
}

void import_after_fork_parent(void) { pthread_mutex_unlock(&import_mu); }

void import_after_fork_child(void)
{
    waiters = NULL;
    import_done_init();
    Object *mods = module_loaded();
    Object *k, *v;
    for (size_t pos = 0; mods && dict_next(mods, &pos, &k, &v);)
        if (obj_is(v, &ModuleType) && ((ModuleObject *)v)->importer != vm_tstate)
            ((ModuleObject *)v)->importer = NULL;
    pthread_mutex_unlock(&import_mu);
}

/* import_mu held: would the calling thread, waiting for m, wait on itself? */
static bool closes_cycle(const ModuleObject *m)
{
    for (;;) {
        const ThreadState *owner = m->importer;
        if (owner == vm_tstate)
            return true;
        const Waiter *w = waiters;
        while (w && w->who != owner)
            w = w->next;
        if (!w)
            return false;
        m = w->module;
    }
}

/* m (borrowed from sys.modules) is another thread's, still running.
 *   1  waiting would close a cycle: take m partial (the GIL was kept);
 *   0  its importer has finished: look in sys.modules again;
 *  -1  a SIGINT for the main thread (KeyboardInterrupt set). */
static int wait_for_import(ModuleObject *m)
{
    pthread_once(&import_done_once, import_done_init);
    Waiter me = { vm_tstate, m, NULL };
    pthread_mutex_lock(&import_mu);
    if (closes_cycle(m)) {
        pthread_mutex_unlock(&import_mu);
        return 1;
    }
    me.next = waiters;
    waiters = &me;
    pthread_mutex_unlock(&import_mu);
    INCREF(m);
    vm_block_begin("import");
    pthread_mutex_lock(&import_mu);
    int rc = 0;
    while (m->importer && rc != EINTR)
        rc = vm_cond_wait(&import_done, &import_mu, NULL);
    Waiter **p = &waiters;
    while (*p != &me)
        p = &(*p)->next;
    *p = me.next;
    pthread_mutex_unlock(&import_mu);
    vm_block_end();
    DECREF(m);
    return rc == EINTR ? vmthread_check_signals() : 0;
}

/* True when the module in sys.modules is another thread's, still running. */
static bool running_elsewhere(Object *m)
{
    if (!obj_is(m, &ModuleType))
        return false;
    const ThreadState *owner = ((ModuleObject *)m)->importer;
    return owner && owner != vm_tstate;
}

/* ---- errors, in CPython's words ------------------------------------------ */

/* The pending ImportError (or subclass) gets .name and .path. */
static void set_import_attrs(Object *name, Object *path)
{
    Object *e = exc_fetch();
    if (!e)
        return;
    if ((name && obj_setattr(e, str_intern("name"), name) < 0) ||
        (path && obj_setattr(e, str_intern("path"), path) < 0))
        exc_clear();
    exc_set_obj(e);
}

/* The modules of python3's library (on Linux) that gilvm does not provide,
 * sorted: importing one says so, so a researcher's program that stops at
 * it is not mistaken for a broken install.  tests/sh/vm_absent_modules.sh
 * keeps the list complete against python3. */
static const char *const absent_modules[] = {
    "aifc", "antigravity", "asynchat", "asyncore", "audioop", "bdb", "cgi", "cgitb", "chunk",
    "compileall", "crypt", "curses", "distutils", "email", "encodings", "ensurepip", "ftplib",
    "idlelib", "imaplib", "imghdr", "imp", "lib2to3", "mailbox", "mailcap", "modulefinder", "netrc",
    "nis", "nntplib", "ntpath", "nturl2path", "ossaudiodev", "pdb", "pickletools", "pipes",
    "plistlib", "poplib", "pty", "py_compile", "pyclbr", "pydoc", "pydoc_data", "quopri",
    "readline", "rlcompleter", "site", "smtpd", "smtplib", "sndhdr", "spwd", "sre_compile",
    "sre_constants", "sre_parse", "ssl", "stringprep", "sunau", "symtable", "syslog", "tabnanny",
    "telnetlib", "termios", "this", "tkinter", "tty", "turtle", "turtledemo", "uu", "venv", "wave",
    "webbrowser", "xdrlib", "zipapp", "zipimport",
};

static int compare_name(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

static bool absent_from_gilvm(const char *name)
{
    return bsearch(name, absent_modules, sizeof absent_modules / sizeof *absent_modules, sizeof *absent_modules,
                   compare_name) != NULL;
}

static void raise_not_found(Object *name, Object *parent)
{
    const char *s = str_utf8(name);
    if (parent)
        exc_set(ExcModuleNotFoundError, "No module named '%s'; '%s' is not a package", s, str_utf8(parent));
    else if (absent_from_gilvm(s))
        exc_set(ExcModuleNotFoundError, "No module named '%s' (python3's library has it; gilvm does not provide it)", s);
    else
        exc_set(ExcModuleNotFoundError, "No module named '%s'", s);
    set_import_attrs(name, NULL);
}

static bool pending_is(Type *t)
{
    return exc_occurred() && exc_matches(exc_occurred(), (Object *)t);
}

/* ---- finding a module's source -------------------------------------------- */

typedef struct Found {
    char path[PATH_MAX];
    bool package;
    const ImportEmbedded *embedded;   /* NULL: on disk */
} Found;

/* The embedded file at path (under import_libdir), or NULL. */
static const ImportEmbedded *embedded_at(const char *path)
{
    size_t n = strlen(import_libdir);
    if (strncmp(path, import_libdir, n) != 0 || path[n] != '/')
        return NULL;
    for (const ImportEmbedded *e = import_embedded; e->path; e++)
        if (strcmp(e->path, path + n + 1) == 0)
            return e;
    return NULL;
}

static bool in_libdir(const char *dir)
{
    size_t n = strlen(import_libdir);
    return strncmp(dir, import_libdir, n) == 0 && (dir[n] == '\0' || dir[n] == '/');
}

static bool file_at(Found *f, bool lib)
{
    struct stat st;
    if (lib)
        return (f->embedded = embedded_at(f->path)) != NULL;
    f->embedded = NULL;
    return stat(f->path, &st) == 0 && S_ISREG(st.st_mode);
}

/* DIR/LAST/__init__.py, then DIR/LAST.py; "" is the current folder. */
static bool find_in_dir(const char *dir, const char *last, Found *f)
{
    const char *sep = *dir ? "/" : "";
    bool lib = in_libdir(dir);
    if ((size_t)snprintf(f->path, sizeof f->path, "%s%s%s/__init__.py", dir, sep, last) < sizeof f->path &&
        file_at(f, lib)) {
        f->package = true;
        return true;
    }
    f->package = false;
    return (size_t)snprintf(f->path, sizeof f->path, "%s%s%s.py", dir, sep, last) < sizeof f->path &&
           file_at(f, lib);
}

/* DIR/LAST is a folder (on disk: the embedded library has no namespace
 * packages): a portion of a namespace package unless a module or regular
 * package of that name turns up. */
static int add_portion(const char *dir, const char *last, Object **portions)
{
    char p[PATH_MAX];
    struct stat st;
    const char *sep = *dir ? "/" : "";
    if (in_libdir(dir) || (size_t)snprintf(p, sizeof p, "%s%s%s", dir, sep, last) >= sizeof p ||
        stat(p, &st) != 0 || !S_ISDIR(st.st_mode))
        return 0;
    Object *s = str_from_cstr(p);
    int r = s && (*portions || (*portions = list_new(0))) ? list_append(*portions, s) : -1;
    XDECREF(s);
    return r;
}

/* Search the folders of `path` (a list of str; other items are skipped),
 * as CPython's PathFinder: in each, a regular package, then a module; a
 * plain folder of that name is kept in *portions (PEP 420) and the search
 * goes on.  false with an exception set when keeping one failed. */
static bool find_in_path(Object *path, const char *last, Found *f, Object **portions)
{
    *portions = NULL;
    if (!path || !obj_isinstance_type(path, &ListType))
        return false;
    for (size_t i = 0; i < list_len(path); i++) {
        Object *dir = list_get(path, i);
        if (!obj_isinstance_type(dir, &StrType))
            continue;
        if (find_in_dir(str_utf8(dir), last, f))
            return true;
        if (add_portion(str_utf8(dir), last, portions) < 0) {
            SETREF(*portions, NULL);
            return false;
        }
    }
    return false;
}

static char *read_source(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        exc_set_oserror(errno);
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n == cap) {
            char *grown = realloc(buf, cap = cap ? 2 * cap : 1 << 14);
            if (!grown) {
                free(buf);
                fclose(fp);
                exc_nomemory();
                return NULL;
            }
            buf = grown;
        }
        size_t got = fread(buf + n, 1, cap - n, fp);
        n += got;
        if (got == 0)
            break;
    }
    bool failed = ferror(fp);
    fclose(fp);
    if (failed) {
        free(buf);
        exc_set_oserror(EIO);
        return NULL;
    }
    *len = n;
    return buf;
}

/* ---- loading ---------------------------------------------------------------- */

static Object *str_prefix(Object *s, const char *end)
{
    return str_from_utf8(str_utf8(s), (size_t)(end - str_utf8(s)));
}

/* __package__ and, for a package, __path__ = [its folder]. */
static int set_package_attrs(Object *m, Object *name, const Found *f)
{
    Object *d = module_dict(m);
    if (f->package) {
        Object *dir = str_from_utf8(f->path, (size_t)(strrchr(f->path, '/') - f->path));
        Object *path = dir ? list_new(0) : NULL;
        int r = path && list_append(path, dir) == 0 && dict_set_str(d, "__path__", path) == 0 &&
                dict_set_str(d, "__package__", name) == 0 ? 0 : -1;
        XDECREF(dir);
        XDECREF(path);
        return r;
    }
    const char *dot = strrchr(str_utf8(name), '.');
    Object *pkg = str_prefix(name, dot ? dot : str_utf8(name));
    int r = pkg ? dict_set_str(d, "__package__", pkg) : -1;
    XDECREF(pkg);
    return r;
}

/* Run the module's code in a new module that sys.modules holds meanwhile;
 * the result is what sys.modules holds afterwards (a module may replace
 * itself there). */
static Object *exec_module(Object *name, Object *code, const Found *f)
{
    Object *loaded = module_loaded();
    Object *m = module_new(str_utf8(name), f->path);
    /* An imported module's __builtins__ is the builtins dict, as CPython's. */
    if (!m || set_package_attrs(m, name, f) < 0 || module_add(m, "__builtins__", eval_builtins()) < 0 ||
        dict_set(loaded, name, m) < 0) {
        XDECREF(m);
        return NULL;
    }
    set_importer((ModuleObject *)m, vm_tstate);
    Object *r = eval_code(code, module_dict(m), module_dict(m));
    set_importer((ModuleObject *)m, NULL);
    DECREF(m);
    if (!r) {
        if (dict_get(loaded, name))
            dict_del(loaded, name);   /* the key is there: no new error */
        return NULL;
    }
    DECREF(r);
    Object *result = dict_get(loaded, name);
    if (!result) {
        if (!exc_occurred()) {
            Object *e = exc_new(ExcKeyError, &name, 1);
            if (e)
                exc_set_obj(e);
        }
        return NULL;
    }
    INCREF(result);
    return result;
}

/* The found module's code, from the embedded table or the disk. */
static Object *compile_found(const Found *f)
{
    size_t len;
    char *owned = NULL;
    const char *src = f->embedded ? f->embedded->source : (owned = read_source(f->path, &len));
    if (!src)
        return NULL;
    if (f->embedded)
        len = f->embedded->len;
    Object *code = compile_source(src, len, f->path, COMPILE_FILE);
    free(owned);
    return code;
}

static Object *load_module(Object *name, const Found *f)
{
    Object *code = compile_found(f);
    if (!code)
        return NULL;
    Object *m = exec_module(name, code, f);
    DECREF(code);
    return m;
}

/* A namespace package (PEP 420): no code, its __path__ every portion
 * found, __file__ None (as 3.8's). */
static Object *namespace_module(Object *name, Object *portions)
{
    Object *m = module_new(str_utf8(name), NULL);
    if (m && (dict_set_str(module_dict(m), "__path__", portions) < 0 ||
              dict_set_str(module_dict(m), "__file__", None) < 0 ||
              dict_set_str(module_dict(m), "__package__", name) < 0 ||
              dict_set(module_loaded(), name, m) < 0))
        SETREF(m, NULL);
    return m;
}

/* The module `last` (name in full) found on path: a file, else a namespace
 * package, else ModuleNotFoundError. */
static Object *find_and_load(Object *name, Object *path, const char *last)
{
    Found f = { .embedded = NULL };
    Object *portions, *m = NULL;
    if (find_in_path(path, last, &f, &portions))
        m = load_module(name, &f);
    else if (portions)
        m = namespace_module(name, portions);
    else if (!exc_occurred())
        raise_not_found(name, NULL);
    XDECREF(portions);
    return m;
}

static Object *import_absolute(Object *name);

/* sys.path (new reference; NULL, maybe without an exception, when there
 * is none), importing sys first if nothing has. */
static Object *sys_path(void)
{
    Object *sys = import_absolute(str_intern("sys"));
    Object *path = sys && obj_is(sys, &ModuleType) ? dict_get_str(module_dict(sys), "path") : NULL;
    XINCREF(path);
    XDECREF(sys);
    return path;
}

/* A top-level name: built-in, else found on sys.path. */
static Object *import_top(Object *name)
{
    Object *m = module_builtin(name);
    if (m || exc_occurred()) {
        if (m && dict_set(module_loaded(), name, m) < 0)
            SETREF(m, NULL);
        return m;
    }
    Object *path = sys_path();
    m = exc_occurred() ? NULL : find_and_load(name, path, str_utf8(name));
    XDECREF(path);
    return m;
}

/* a.b.c: a.b first, then c in a.b.__path__, bound as a.b's attribute c. */
static Object *import_sub(Object *name, const char *dot)
{
    Object *parent_name = str_prefix(name, dot);
    Object *parent = parent_name ? import_absolute(parent_name) : NULL;
    Object *m = NULL;
    if (!parent)
        goto done;
    if (dict_get(module_loaded(), name)) {
        /* The parent's code imported it, or another thread did while this
         * one waited for the parent: that thread may still be running it,
         * so look again the way that waits for it. */
        m = import_absolute(name);
        goto done;
    }
    Object *path = obj_getattr_str(parent, "__path__");
    if (!path) {
        if (pending_is(ExcAttributeError)) {
            exc_clear();
            raise_not_found(name, parent_name);
        }
        goto done;
    }
    m = find_and_load(name, path, dot + 1);
    DECREF(path);
    if (m) {
        Object *last = str_from_cstr(dot + 1);
        if (!last || obj_setattr(parent, last, m) < 0)
            SETREF(m, NULL);
        XDECREF(last);
    }
done:
    XDECREF(parent);
    XDECREF(parent_name);
    return m;
}

/* The module named by an absolute dotted name (new reference). */
static Object *import_absolute(Object *name)
{
    Object *loaded = module_loaded();
    if (!loaded)
        return NULL;
    Object *m = dict_get(loaded, name);
    while (m && running_elsewhere(m)) {
        int waited = wait_for_import((ModuleObject *)m);
        if (waited < 0)
            return NULL;
        if (waited > 0)
            break;
        m = dict_get(loaded, name);
    }
    if (m == None) {
        exc_set(ExcModuleNotFoundError, "import of %s halted; None in sys.modules", str_utf8(name));
        set_import_attrs(name, NULL);
        return NULL;
    }
    if (m) {
        INCREF(m);
        return m;
    }
    if (exc_occurred())
        return NULL;
    const char *dot = strrchr(str_utf8(name), '.');
    return dot ? import_sub(name, dot) : import_top(name);
}

/* Where NAME's source is, as an import would find it (its parent packages
 * imported first), without running it; false with ModuleNotFoundError. */
static bool find_module(Object *name, Found *f)
{
    const char *dot = strrchr(str_utf8(name), '.');
    Object *parent_name = dot ? str_prefix(name, dot) : NULL, *portions = NULL;
    Object *parent = parent_name ? import_absolute(parent_name) : NULL;
    Object *path = parent ? obj_getattr_str(parent, "__path__") : dot ? NULL : sys_path();
    if (parent && !path && pending_is(ExcAttributeError)) {
        exc_clear();
        raise_not_found(name, parent_name);
    }
    bool found = !exc_occurred() && find_in_path(path, dot ? dot + 1 : str_utf8(name), f, &portions);
    if (!found && !exc_occurred())   /* runpy's words, which name the module unquoted */
        exc_set(ExcImportError, "No module named %s", str_utf8(name));
    XDECREF(portions);
    XDECREF(path);
    XDECREF(parent);
    XDECREF(parent_name);
    return found;
}

Object *import_main_code(const char *name, Object **file, Object **package)
{
    Object *full = str_from_cstr(name);
    Found f = { .embedded = NULL };
    bool found = full && find_module(full, &f);
    if (found && f.package) {   /* a package runs its __main__, imported as a package first */
        Object *pkg = import_absolute(full), *main_name = pkg ? str_from_fmt("%s.__main__", name) : NULL;
        found = main_name && find_module(main_name, &f) && !f.package;
        if (main_name && !found) {
            exc_clear();
            exc_set(ExcImportError, "No module named %s.__main__; '%s' is a package and cannot be "
                    "directly executed", name, name);
        }
        XDECREF(pkg);
        SETREF(full, main_name);
    }
    Object *code = found ? compile_found(&f) : NULL;
    const char *dot = full ? strrchr(str_utf8(full), '.') : NULL;
    *file = code ? str_from_cstr(f.path) : NULL;
    *package = *file ? (dot ? str_prefix(full, dot) : str_from_cstr("")) : NULL;
    if (code && !*package) {   /* out of memory: neither is handed out */
        SETREF(*file, NULL);
        SETREF(code, NULL);
    }
    XDECREF(full);
    return code;
}

Object *import_locate(Object *path, const char *last)
{
    Found f = { .embedded = NULL };
    Object *portions = NULL;
    bool found = find_in_path(path, last, &f, &portions);
    XDECREF(portions);
    if (exc_occurred())
        return NULL;
    if (!found) {
        INCREF(None);
        return None;
    }
    Object *origin = str_from_cstr(f.path);
    Object *r = origin ? tuple_pack(2, origin, f.package ? TrueObj : FalseObj) : NULL;
    XDECREF(origin);
    return r;
}

Object *import_embedded_source(const char *origin)
{
    const ImportEmbedded *e = embedded_at(origin);
    if (e)
        return str_from_utf8(e->source, e->len);
    INCREF(None);
    return None;
}

/* ---- __import__ -------------------------------------------------------------- */

/* The package a relative import starts from: __package__, else __name__
 * (a package) or its parent (a module).  New reference or NULL. */
static Object *anchor_package(Object *globals)
{
    Object *pkg = globals ? dict_get_str(globals, "__package__") : NULL;
    if (pkg && pkg != None) {
        if (!obj_isinstance_type(pkg, &StrType)) {
            exc_set(ExcTypeError, "package must be a string");
            return NULL;
        }
        INCREF(pkg);
        return pkg;
    }
    Object *name = globals ? dict_get_str(globals, "__name__") : NULL;
    if (!name || !obj_isinstance_type(name, &StrType))
        return str_from_cstr("");
    if (dict_get_str(globals, "__path__")) {
        INCREF(name);
        return name;
    }
    const char *dot = strrchr(str_utf8(name), '.');
    return str_prefix(name, dot ? dot : str_utf8(name));
}

/* name made absolute: the anchor package less level - 1 trailing parts. */
static Object *resolve_name(Object *name, Object *globals, int level)
{
    if (level == 0) {
        INCREF(name);
        return name;
    }
    Object *pkg = anchor_package(globals);
    if (!pkg)
        return NULL;
    Object *r = NULL;
    const char *s = str_utf8(pkg);
    size_t n = str_nbytes(pkg);
    if (n == 0) {
        exc_set(ExcImportError, "attempted relative import with no known parent package");
        goto done;
    }
    for (int i = 1; i < level; i++) {
        while (n > 0 && s[n - 1] != '.')
            n--;
        if (n == 0) {
            exc_set(ExcImportError, "attempted relative import beyond top-level package");
            goto done;
        }
        n--;
    }
    r = str_nbytes(name) ? str_from_fmt("%.*s.%s", (int)n, s, str_utf8(name)) : str_from_utf8(s, n);
done:
    DECREF(pkg);
    return r;
}

static int has_attr(Object *o, Object *name)
{
    Object *v = obj_getattr(o, name);
    if (v) {
        DECREF(v);
        return 1;
    }
    if (!pending_is(ExcAttributeError))
        return -1;
    exc_clear();
    return 0;
}

static Object *module_name_of(Object *m)
{
    Object *n = obj_getattr_str(m, "__name__");
    if (!n)
        exc_clear();
    return n;
}

/* A fromlist name that is no submodule is the package's business (IMPORT_FROM
 * will say so): the pending ModuleNotFoundError about `sub` itself is
 * dropped; any other error stays. */
static bool swallow_missing(Object *sub)
{
    if (!pending_is(ExcModuleNotFoundError))
        return false;
    Object *e = exc_fetch(), *ename = obj_getattr_str(e, "name");
    if (!ename)
        exc_clear();
    bool same = ename && obj_isinstance_type(ename, &StrType) && str_eq(ename, sub) &&
                dict_get(module_loaded(), sub) != None;
    XDECREF(ename);
    if (same)
        DECREF(e);
    else
        exc_set_obj(e);
    return same;
}

/* One name of a package's fromlist: a submodule unless the package has it. */
static int fromlist_item(Object *module, Object *x)
{
    int have = has_attr(module, x);
    if (have != 0)
        return have < 0 ? -1 : 0;
    Object *pkgname = module_name_of(module);
    Object *sub = pkgname && obj_isinstance_type(pkgname, &StrType)
                      ? str_from_fmt("%s.%s", str_utf8(pkgname), str_utf8(x)) : NULL;
    XDECREF(pkgname);
    if (!sub)
        return exc_occurred() ? -1 : 0;
    Object *m = import_absolute(sub);
    int r = m || swallow_missing(sub) ? 0 : -1;
    XDECREF(m);
    DECREF(sub);
    return r;
}

static int handle_fromlist(Object *module, Object *fromlist, bool from_all)
{
    Object *it = obj_iter(fromlist), *x;
    if (!it)
        return -1;
    int r = 0;
    while (r == 0 && (x = obj_iternext(it))) {
        if (!obj_isinstance_type(x, &StrType)) {
            Object *mn = from_all ? module_name_of(module) : NULL;
            exc_set(ExcTypeError, "Item in %s%s must be str, not %s",
                    from_all ? (mn && obj_is(mn, &StrType) ? str_utf8(mn) : "?") : "``from list''",
                    from_all ? ".__all__" : "", x->type->name);
            XDECREF(mn);
            r = -1;
        } else if (strcmp(str_utf8(x), "*") == 0) {
            Object *all = from_all ? NULL : obj_getattr_str(module, "__all__");
            if (all)
                r = handle_fromlist(module, all, true);
            else if (!from_all && pending_is(ExcAttributeError))
                exc_clear();
            else if (!from_all)
                r = -1;
            XDECREF(all);
        } else {
            r = fromlist_item(module, x);
        }
        DECREF(x);
    }
    DECREF(it);
    return r < 0 || exc_occurred() ? -1 : 0;
}

/* Without a fromlist `import a.b.c` binds the top package a: for a
 * relative name, the module that many parts above the one imported. */
static Object *top_of(Object *name, Object *full, int level, Object *module)
{
    const char *first_dot = strchr(str_utf8(name), '.');
    if (level == 0 && !first_dot) {
        INCREF(module);
        return module;
    }
    if (level == 0) {
        Object *top = str_prefix(name, first_dot);
        Object *m = top ? import_absolute(top) : NULL;
        XDECREF(top);
        return m;
    }
    if (str_nbytes(name) == 0) {
        INCREF(module);
        return module;
    }
    size_t cut = first_dot ? str_nbytes(name) - (size_t)(first_dot - str_utf8(name)) : 0;
    Object *key = str_from_utf8(str_utf8(full), str_nbytes(full) - cut);
    Object *m = key ? dict_get(module_loaded(), key) : NULL;
    if (key && !m && !exc_occurred()) {
        Object *e = exc_new(ExcKeyError, &key, 1);
        if (e)
            exc_set_obj(e);
    }
    XDECREF(key);
    XINCREF(m);
    return m;
}

Object *import_call(const char *module, const char *name, Object *const *args, size_t nargs)
{
    Object *m = import_name(str_intern(module), NULL, NULL, 0);
    Object *fn = m ? obj_getattr_str(m, name) : NULL;
    XDECREF(m);
    Object *r = fn ? obj_call(fn, args, nargs, NULL) : NULL;
    XDECREF(fn);
    return r;
}

Object *import_name(Object *name, Object *globals, Object *fromlist, int level)
{
    if (level < 0) {
        exc_set(ExcValueError, "level must be >= 0");
        return NULL;
    }
    if (level == 0 && str_nbytes(name) == 0) {
        exc_set(ExcValueError, "Empty module name");
        return NULL;
    }
    Object *full = resolve_name(name, globals, level);
    if (full && memchr(str_utf8(full), '\0', str_nbytes(full))) {   /* no file has that name */
        raise_not_found(full, NULL);
        SETREF(full, NULL);
    }
    Object *module = full ? import_absolute(full) : NULL;
    int wants = module && fromlist && fromlist != None ? obj_truth(fromlist) : 0;
    Object *r = NULL;
    if (!module || wants < 0) {
        r = NULL;
    } else if (!wants) {
        r = top_of(name, full, level, module);
    } else {
        Object *path_name = str_intern("__path__");
        int pkg = path_name ? has_attr(module, path_name) : -1;
        if (pkg >= 0 && (pkg == 0 || handle_fromlist(module, fromlist, false) == 0)) {
            INCREF(module);
            r = module;
        }
    }
    XDECREF(module);
    XDECREF(full);
    return r;
}

/* ---- IMPORT_FROM and IMPORT_STAR ----------------------------------------------- */

static void cannot_import(Object *m, Object *name, Object *pkgname)
{
    Object *path = obj_getattr_str(m, "__file__");
    if (!path)
        exc_clear();
    const char *mn = pkgname ? str_utf8(pkgname) : "<unknown module name>";
    if (!path || !obj_isinstance_type(path, &StrType)) {
        exc_set(ExcImportError, "cannot import name '%s' from '%s' (unknown location)",
                str_utf8(name), mn);
        set_import_attrs(pkgname, NULL);
    } else {
        bool partial = obj_is(m, &ModuleType) && ((ModuleObject *)m)->importer;
        exc_set(ExcImportError, "cannot import name '%s' from %s'%s'%s (%s)", str_utf8(name),
                partial ? "partially initialized module " : "", mn,
                partial ? " (most likely due to a circular import)" : "", str_utf8(path));
        set_import_attrs(pkgname, path);
    }
    XDECREF(path);
}

Object *import_from(Object *m, Object *name)
{
    Object *v = obj_getattr(m, name);
    if (v || !pending_is(ExcAttributeError))
        return v;
    exc_clear();
    Object *pkgname = module_name_of(m);
    if (pkgname && !obj_isinstance_type(pkgname, &StrType))
        SETREF(pkgname, NULL);
    if (pkgname) {   /* a submodule bound in sys.modules but not yet on its parent */
        Object *full = str_from_fmt("%s.%s", str_utf8(pkgname), str_utf8(name));
        v = full ? dict_get(module_loaded(), full) : NULL;
        XDECREF(full);
        if (v || exc_occurred()) {
            XINCREF(v);
            DECREF(pkgname);
            return v;
        }
    }
    cannot_import(m, name, pkgname);
    XDECREF(pkgname);
    return NULL;
}

/* The names `from m import *` binds: __all__, else m's public names. */
static Object *star_names(Object *m, bool *from_all)
{
    Object *all = obj_getattr_str(m, "__all__");
    *from_all = all != NULL;
    if (all || !pending_is(ExcAttributeError))
        return all;
    exc_clear();
    Object *d = obj_getattr_str(m, "__dict__");
    if (!d) {
        if (pending_is(ExcAttributeError)) {
            exc_clear();
            exc_set(ExcImportError, "from-import-* object has no __dict__ and no __all__");
        }
        return NULL;
    }
    Object *keys = list_from_iter(d);
    DECREF(d);
    return keys;
}

int import_star(Object *m, Object *locals)
{
    bool from_all;
    Object *names = star_names(m, &from_all);
    Object *it = names ? obj_iter(names) : NULL, *x;
    XDECREF(names);
    if (!it)
        return -1;
    int r = 0;
    while (r == 0 && (x = obj_iternext(it))) {
        if (!obj_isinstance_type(x, &StrType)) {
            Object *mn = module_name_of(m);
            exc_set(ExcTypeError, "%s in %s.%s must be str, not %s", from_all ? "Item" : "Key",
                    mn && obj_is(mn, &StrType) ? str_utf8(mn) : "?",
                    from_all ? "__all__" : "__dict__", x->type->name);
            XDECREF(mn);
            r = -1;
        } else if (from_all || str_utf8(x)[0] != '_') {
            Object *v = obj_getattr(m, x);
            r = v ? obj_setitem(locals, x, v) : -1;
            XDECREF(v);
        }
        DECREF(x);
    }
    DECREF(it);
    return r < 0 || exc_occurred() ? -1 : 0;
}

/* ---- sys.path ----------------------------------------------------------------------- */

static int append_cstr(Object *list, const char *s, size_t n)
{
    Object *v = str_from_utf8(s, n);
    int r = v ? list_append(list, v) : -1;
    XDECREF(v);
    return r;
}

/* The script's folder, made absolute as CPython makes it; for -m the
 * current folder, absolute too. */
static int append_script_dir(Object *list, const char *script)
{
    char real[PATH_MAX];
    if (script && strcmp(script, "-m") == 0 && getcwd(real, sizeof real))
        return append_cstr(list, real, strlen(real));
    if (!script || strcmp(script, "-c") == 0 || strcmp(script, "-") == 0)
        return append_cstr(list, "", 0);
    const char *p = realpath(script, real) ? real : script;
    const char *slash = strrchr(p, '/');
    if (!slash)
        return append_cstr(list, "", 0);
    return append_cstr(list, p, slash == p ? 1 : (size_t)(slash - p));
}

Object *import_initial_path(const char *script, bool use_env, bool isolated)
{
    Object *list = list_new(0);
    if (!list || (!isolated && append_script_dir(list, script) < 0))
        goto fail;
    const char *pp = use_env ? getenv("PYTHONPATH") : NULL;
    while (pp && *pp) {
        const char *end = strchr(pp, ':');
        size_t n = end ? (size_t)(end - pp) : strlen(pp);
        if (n && append_cstr(list, pp, n) < 0)
            goto fail;
        pp = end ? end + 1 : NULL;
    }
    if (append_cstr(list, import_libdir, strlen(import_libdir)) < 0)
        goto fail;
    return list;
fail:
    XDECREF(list);
    return NULL;
}
