/* vm/runtime/module.c — module objects, the built-in module registry, and their end.
 *
 * `loaded` maps a module name to its module for every module imported so
 * far (it is sys.modules; vm/runtime/import.c fills it); the registry
 * table is expanded from MODULE_LIST.  At exit module_fini empties the namespaces in the order
 * CPython's finalization does (the __main__ module first, names bound to
 * underscore-prefixed names before the others), so __del__ methods run
 * while the objects they use still exist.
 */
#include <stdio.h>
#include <string.h>

#include "vm/runtime/eval.h"
#include "vm/runtime/module.h"
#include "vm/objects/weakref.h"

typedef struct ModuleDef { const char *name; Object *(*init)(void); } ModuleDef;

static const ModuleDef registry[] = {
#define MODULE_ROW(name) { #name, mod_##name##_init },
    MODULE_LIST(MODULE_ROW)
#undef MODULE_ROW
};

static Object *loaded;     /* dict: name -> module */
static Object *main_module;

static void module_dealloc(Object *o)
{
    ModuleObject *m = (ModuleObject *)o;
    if (m->weaklist)
        weakref_clear_refs(o);
    XDECREF(m->dict);
    XDECREF(m->name);
    XDECREF(m->file);
    obj_free(o);
}

/* No clear: a module is kept by the registry until module_fini, and its
 * namespace dict can be cleared on its own. */
static void module_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((ModuleObject *)o)->dict, arg);
}

static Object *module_repr(Object *o)
{
    ModuleObject *m = (ModuleObject *)o;
    if (m->file)
        return str_from_fmt("<module '%s' from '%s'>", str_utf8(m->name), str_utf8(m->file));
    return str_from_fmt("<module '%s' (built-in)>", str_utf8(m->name));
}

static Object *module_getattr(Object *o, Object *name)
{
    ModuleObject *m = (ModuleObject *)o;
    Object *v = dict_get(m->dict, name);
    if (v) {
        INCREF(v);
        return v;
    }
    if (exc_occurred())
        return NULL;
    if (str_eq(name, str_intern("__dict__"))) {
        INCREF(m->dict);
        return m->dict;
    }
    exc_set(ExcAttributeError, "module '%s' has no attribute '%s'", str_utf8(m->name), str_utf8(name));
    exc_set_names(name, o);
    return NULL;
}

static int module_setattr(Object *o, Object *name, Object *value)
{
    ModuleObject *m = (ModuleObject *)o;
    if (value)
        return dict_set(m->dict, name, value);
    if (!dict_get(m->dict, name)) {
        if (!exc_occurred())   /* CPython's generic delattr message, unlike getattr's */
            exc_set(ExcAttributeError, "'module' object has no attribute '%s'", str_utf8(name));
        return -1;
    }
    return dict_del(m->dict, name);
}

/* types.ModuleType(name, doc=None): an empty module made at run time. */
static Object *module_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "name", "doc", NULL };
    Object *v[2];
    if (args_parse("module", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    if (!obj_isinstance_type(v[0], &StrType)) {
        exc_set(ExcTypeError, "module.__init__() argument 1 must be str, not %s", v[0]->type->name);
        return NULL;
    }
    Object *m = module_new(str_utf8(v[0]), NULL);
    if (m && module_add(m, "__doc__", v[1] ? v[1] : None) < 0)
        SETREF(m, NULL);
    return m;
}

Type ModuleType = {
    OBJ_HEAD_INIT(&TypeType), .name = "module", .base = &ObjectType,
    .basicsize = sizeof(ModuleObject), .flags = TYPE_GC, .dealloc = module_dealloc,
    .weaklistoffset = offsetof(ModuleObject, weaklist),
    .repr = module_repr, .getattr = module_getattr, .setattr = module_setattr,
    .construct = module_construct, .traverse = module_traverse,
};

Object *module_new(const char *name, const char *file)
{
    ModuleObject *m = (ModuleObject *)obj_alloc(&ModuleType, sizeof *m);
    if (!m)
        return NULL;
    m->name = str_from_cstr(name);
    m->dict = dict_new();
    m->file = file ? str_from_cstr(file) : NULL;
    /* CPython's module_init_dict: these names are always there, None
     * until the module's code, the importer or importlib sets them. */
    static const char *const unset[] = { "__doc__", "__package__", "__loader__", "__spec__" };
    bool ok = m->name && m->dict && (!file || m->file) && dict_set_str(m->dict, "__name__", m->name) == 0 &&
              (!file || dict_set_str(m->dict, "__file__", m->file) == 0);
    for (size_t i = 0; ok && i < sizeof unset / sizeof *unset; i++)
        ok = dict_set_str(m->dict, unset[i], None) == 0;
    if (!ok) {
        DECREF(m);
        return NULL;
    }
    return (Object *)m;
}

Object *module_dict(Object *m) { return ((ModuleObject *)m)->dict; }

int module_add(Object *m, const char *name, Object *value)
{
    return dict_set_str(((ModuleObject *)m)->dict, name, value);
}

int module_add_int(Object *m, const char *name, int64_t v)
{
    Object *o = int_from_i64(v);
    int r = o ? module_add(m, name, o) : -1;
    XDECREF(o);
    return r;
}

int module_add_func(Object *m, const char *name, CallFn fn)
{
    Object *f = builtin_new(name, fn, NULL);
    if (!f)
        return -1;
    int r = module_add(m, name, f);
    DECREF(f);
    return r;
}

Object *module_loaded(void)
{
    if (!loaded)
        loaded = dict_new();
    return loaded;
}

Object *module_imported(const char *name)
{
    return loaded ? dict_get_str(loaded, name) : NULL;
}

Object *module_builtin(Object *name)
{
    for (size_t i = 0; i < sizeof registry / sizeof *registry; i++)
        if (strcmp(registry[i].name, str_utf8(name)) == 0)
            return registry[i].init();
    return NULL;
}

void module_set_main(Object *m)
{
    INCREF(m);
    SETREF(main_module, m);
    if (!module_loaded() || dict_set_str(loaded, "__main__", m) < 0)
        exc_clear();   /* only its own imports of __main__ miss it */
}

/* Replace every value with None: first names starting with one underscore,
 * then all but __builtins__ (CPython's _PyModule_ClearDict), then drop the
 * keys themselves.  Like CPython, the walk goes on from where it is when a
 * __del__ changes the dict: dict_next bounds-checks every step, and a name
 * it misses is dropped with the dict.  Restarting after each store made
 * exit quadratic in the number of globals. */
static void clear_namespace(Object *d)
{
    for (int pass = 0; pass < 2; pass++) {
        Object *k, *v;
        for (size_t pos = 0; dict_next(d, &pos, &k, &v);) {
            if (!obj_is(k, &StrType) || v == None)
                continue;
            const char *s = str_utf8(k);
            bool under = s[0] == '_' && s[1] != '_';
            if ((pass == 0) != under || strcmp(s, "__builtins__") == 0)
                continue;
            INCREF(k);
            if (dict_set(d, k, None) < 0)
                exc_clear();
            DECREF(k);
        }
    }
}

static void clear_module(Object *m)
{
    Object *d = ((ModuleObject *)m)->dict;
    if (d == eval_builtins())   /* the builtins module's: cleared last, by vm/main.c */
        return;
    INCREF(d);
    clear_namespace(d);
    DECREF(d);
}

void module_fini(void)
{
    if (main_module)
        clear_module(main_module);
    if (loaded) {
        Object *k, *m;
        for (size_t pos = 0; dict_next(loaded, &pos, &k, &m);)
            if (obj_isinstance_type(m, &ModuleType))   /* sys.modules may hold anything */
                clear_module(m);
    }
    SETREF(main_module, NULL);
    SETREF(loaded, NULL);
}
