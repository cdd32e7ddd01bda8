/* vm/modules/mod__imp.c — the `_imp` module: the C importer's finder, seen
 * from importlib (vm/lib/importlib), so that find_spec, loaders and reload
 * look where `import` looks, including the library embedded in the binary,
 * which no file on disk holds.
 *
 * _imp.locate(path, name): (origin, is_package) for the module NAME (one
 *     component) in the folders of the list `path`, or None.
 * _imp.embedded_source(origin): the source of an embedded library file, or
 *     None when origin is not one.
 * _imp.embedded_files(): the paths, relative to libdir, of every embedded
 *     library file, so pkgutil can list modules no folder on disk holds.
 * _imp.libdir: the sys.path entry that stands for the embedded library.
 */
#include "vm/modules/builtins.h"
#include "vm/runtime/import.h"
#include "vm/runtime/module.h"

#define IMP_FN(name) static Object *name(Object *self, Object *const *args, size_t nargs, Object *kw)

static const char *str_arg(const char *fn, Object *o, const char *what)
{
    if (obj_isinstance_type(o, &StrType))
        return str_utf8(o);
    exc_set(ExcTypeError, "%s() argument '%s' must be str, not %s", fn, what, o->type->name);
    return NULL;
}

IMP_FN(imp_locate)
{
    (void)self;
    static const char *const names[] = { "path", "name", NULL };
    Object *v[2];
    if (args_parse("locate", args, nargs, kw, 2, names, v) < 0)
        return NULL;
    if (!obj_isinstance_type(v[0], &ListType)) {
        exc_set(ExcTypeError, "locate() argument 'path' must be list, not %s", v[0]->type->name);
        return NULL;
    }
    const char *last = str_arg("locate", v[1], "name");
    return last ? import_locate(v[0], last) : NULL;
}

IMP_FN(imp_embedded_source)
{
    (void)self;
    static const char *const names[] = { "origin", NULL };
    Object *v[1];
    if (args_parse("embedded_source", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    const char *origin = str_arg("embedded_source", v[0], "origin");
    return origin ? import_embedded_source(origin) : NULL;
}

IMP_FN(imp_embedded_files)
{
    (void)self;
    static const char *const names[] = { NULL };
    if (args_parse("embedded_files", args, nargs, kw, 0, names, NULL) < 0)
        return NULL;
    Object *files = list_new(0);
    for (const ImportEmbedded *e = import_embedded; files && e->path; e++) {
        Object *path = str_from_cstr(e->path);
        if (!path || list_append(files, path) < 0) {
            XDECREF(path);
            DECREF(files);
            return NULL;
        }
        DECREF(path);
    }
    return files;
}

Object *mod__imp_init(void)
{
    Object *m = module_new("_imp", NULL);
    Object *libdir = m ? str_from_cstr(import_libdir) : NULL;
    if (!libdir || module_add_func(m, "locate", imp_locate) < 0 ||
        module_add_func(m, "embedded_source", imp_embedded_source) < 0 ||
        module_add_func(m, "embedded_files", imp_embedded_files) < 0 ||
        module_add(m, "libdir", libdir) < 0) {
        XDECREF(libdir);
        XDECREF(m);
        return NULL;
    }
    DECREF(libdir);
    return m;
}
