/* vm/runtime/import.h — the import system: sys.path, sys.modules, packages,
 * relative imports, and the library modules embedded in the binary.
 *
 * A name is looked up in sys.modules, then among the built-in modules
 * (vm/runtime/module.h), then in each folder of sys.path (a package's
 * subs in its __path__): DIR/NAME/__init__.py before DIR/NAME.py.  The
 * sys.path entry equal to import_libdir stands for the embedded table,
 * which never reads the disk: the build turns every .py under vm/lib into it
 * (tools/embed_lib.sh), so a library module works with no install step.
 */
#ifndef GILKIT_VM_IMPORT_H
#define GILKIT_VM_IMPORT_H

#include "vm/objects/object.h"

/* One embedded source file; path is relative to the library folder
 * ("importlib/__init__.py").  The generated table ends with a NULL path. */
typedef struct ImportEmbedded {
    const char *path;
    const char *source;
    size_t len;
} ImportEmbedded;

extern const ImportEmbedded import_embedded[];
extern const char import_libdir[];   /* gilvm's library folder: vm/lib at build time */

/* __import__(name, globals, locals, fromlist, level) as CPython's:
 * globals (may be NULL) anchor a relative name; fromlist (NULL or None:
 * none) decides between the top package and the module itself. */
/* Around fork(2) (vm/runtime/state.h's vmthread_*_fork call them). */
void import_before_fork(void);
void import_after_fork_parent(void);
void import_after_fork_child(void);

Object *import_name(Object *name, Object *globals, Object *fromlist, int level);
/* module.name(*args), for C code that leaves a job to the Python library
 * (warnings.warn, types.GenericAlias): a new reference, or NULL. */
Object *import_call(const char *module, const char *name, Object *const *args, size_t nargs);
/* IMPORT_FROM: m.name, else the submodule sys.modules["m.name"], else
 * ImportError "cannot import name 'y' from 'x' (path)". */
Object *import_from(Object *m, Object *name);
/* IMPORT_STAR: bind m's __all__ (or its public names) in locals. */
int import_star(Object *m, Object *locals);

/* -m NAME, as runpy runs a module: NAME's parent packages imported, NAME
 * found as an import finds it but not imported (a package: imported, and
 * its __main__ found instead), and its code compiled.  The caller runs it
 * in __main__.  New code, with *file (its path) and *package (its
 * __package__, "" at the top level) new strs; NULL with ImportError
 * (ModuleNotFoundError "No module named 'X'") or a SyntaxError set. */
Object *import_main_code(const char *name, Object **file, Object **package);

/* importlib's view of the finder (vm/modules/mod__imp.c): where a module
 * named LAST would be found in the folders of path (a list of str), as the
 * importer looks, without importing it.  A new (origin, is_package) tuple,
 * None when no folder holds one, NULL with an exception. */
Object *import_locate(Object *path, const char *last);
/* The source of the embedded library file at origin (a path under
 * import_libdir), a new str; None for any other path. */
Object *import_embedded_source(const char *origin);

/* sys.path's initial value: the script's folder ("" for -c and stdin;
 * none when isolated: -I), then PYTHONPATH's entries (unless use_env is
 * false: -E), then import_libdir.  New list. */
Object *import_initial_path(const char *script, bool use_env, bool isolated);

#endif
