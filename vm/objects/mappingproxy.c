/* vm/objects/mappingproxy.c — types.MappingProxyType: a read-only view of
 * a mapping.  A class's __dict__ is one over the class dict, so that
 * attributes change only through setattr, which keeps the type's hooks
 * (__setattr__, __abstractmethods__ ...) in step with its dict. */
#include "vm/objects/mappingproxy.h"

typedef struct MappingProxyObject {
    Object ob;
    Object *mapping;
} MappingProxyObject;

#define MAPPING(o) (((MappingProxyObject *)(o))->mapping)

static void proxy_dealloc(Object *o)
{
    XDECREF(MAPPING(o));
    obj_free(o);
}

static void proxy_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(MAPPING(o), arg);
}

static void proxy_clear(Object *o)
{
    SETREF(MAPPING(o), NULL);
}

static Object *proxy_repr(Object *o)
{
    StrBuf b = { 0 };
    strbuf_puts(&b, "mappingproxy(");
    if (strbuf_put_obj(&b, MAPPING(o), true) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    strbuf_puts(&b, ")");
    return strbuf_finish(&b);
}

static Object *proxy_str(Object *o) { return obj_str(MAPPING(o)); }

static Object *proxy_richcompare(Object *a, Object *b, int op)
{
    return obj_richcompare(MAPPING(a), b, op);
}

static Object *proxy_iter(Object *o) { return obj_iter(MAPPING(o)); }
static Object *proxy_getitem(Object *o, Object *key) { return obj_getitem(MAPPING(o), key); }
static ssize_t proxy_len(Object *o) { return obj_len(MAPPING(o)); }
static int proxy_contains(Object *o, Object *key) { return obj_contains(MAPPING(o), key); }

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

/* The views and copies come from the mapping's own methods, as CPython's,
 * so a proxy over a custom mapping shows what that mapping would. */
static Object *forward_no_args(const char *name, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "%s() takes no arguments (%zu given)", name, nargs - 1);
        return NULL;
    }
    return obj_call_method(MAPPING(args[0]), name, NULL, 0);
}

METHOD(proxy_m_keys) { return forward_no_args("keys", args, nargs, kw); }
METHOD(proxy_m_values) { return forward_no_args("values", args, nargs, kw); }
METHOD(proxy_m_items) { return forward_no_args("items", args, nargs, kw); }
METHOD(proxy_m_copy) { return forward_no_args("copy", args, nargs, kw); }

METHOD(proxy_m_get)
{
    if (kw) {
        exc_set(ExcTypeError, "get() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2 || nargs > 3) {
        exc_set(ExcTypeError, "get expected %s, got %zu",
                nargs < 2 ? "at least 1 argument" : "at most 2 arguments", nargs - 1);
        return NULL;
    }
    Object *pair[2] = { args[1], nargs == 3 ? args[2] : None };
    return obj_call_method(MAPPING(args[0]), "get", pair, 2);
}

static const MethodDef proxy_methods[] = {
    { "get", proxy_m_get, NULL }, { "keys", proxy_m_keys, NULL },
    { "values", proxy_m_values, NULL }, { "items", proxy_m_items, NULL },
    { "copy", proxy_m_copy, NULL },
    { NULL, NULL, NULL },
};

/* As CPython: anything with __getitem__ but a list or a tuple (sequences,
 * whose "keys" are positions). */
static bool is_mapping(Object *o)
{
    if (obj_isinstance_type(o, &ListType) || obj_isinstance_type(o, &TupleType))
        return false;
    if (o->type->flags & TYPE_HEAP)
        return type_lookup(o->type, str_intern("__getitem__")) != NULL;
    return o->type->getitem != NULL;
}


/* mappingproxy(mapping): CPython checks for the one argument before it
 * looks at a keyword's name, so a wrong name reads as a missing argument. */
static Object *proxy_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs > 1) {
        exc_set(ExcTypeError, "mappingproxy() takes at most 1 argument (%zu given)", nargs);
        return NULL;
    }
    if (nargs == 0 || (kw && !str_eq(tuple_get(kw, 0), str_intern("mapping")))) {
        exc_set(ExcTypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
        return NULL;
    }
    return mappingproxy_new(args[0]);
}

Type MappingProxyType = {
    OBJ_HEAD_INIT(&TypeType), .name = "mappingproxy", .base = &ObjectType,
    .basicsize = sizeof(MappingProxyObject), .flags = TYPE_GC,
    .dealloc = proxy_dealloc, .traverse = proxy_traverse, .clear = proxy_clear,
    .repr = proxy_repr, .str = proxy_str, .hash = obj_hash_unhashable,
    .richcompare = proxy_richcompare, .iter = proxy_iter, .getitem = proxy_getitem,
    .len = proxy_len, .contains = proxy_contains, .construct = proxy_construct,
    .methods = proxy_methods,
    .classmethods = obj_generic_classmethods,
};

Object *mappingproxy_new(Object *mapping)
{
    if (!is_mapping(mapping)) {
        exc_set(ExcTypeError, "mappingproxy() argument must be a mapping, not %s",
                mapping->type->name);
        return NULL;
    }
    MappingProxyObject *p = (MappingProxyObject *)obj_alloc(&MappingProxyType, sizeof *p);
    if (!p)
        return NULL;
    INCREF(mapping);
    p->mapping = mapping;
    return (Object *)p;
}
