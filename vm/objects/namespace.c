/* vm/objects/namespace.c — types.SimpleNamespace: attributes kept in the
 * instance dict (the generic getattr and setattr find it at dictoffset),
 * repr "namespace(name='gilvm', ...)" in the order they were set. */
#include <stddef.h>

#include "vm/objects/namespace.h"

typedef struct NamespaceObject {
    Object ob;
    Object *dict;
} NamespaceObject;

static void namespace_dealloc(Object *o)
{
    XDECREF(((NamespaceObject *)o)->dict);
    obj_free(o);
}

static void namespace_traverse(Object *o, VisitFn visit, void *arg)
{
    if (((NamespaceObject *)o)->dict)
        visit(((NamespaceObject *)o)->dict, arg);
}

static void namespace_clear(Object *o)
{
    SETREF(((NamespaceObject *)o)->dict, NULL);
}

static Object *namespace_repr(Object *o)
{
    Object *d = ((NamespaceObject *)o)->dict, *k, *v;
    StrBuf b = { 0 };
    strbuf_puts(&b, "namespace(");
    size_t pos = 0;
    for (bool first = true; d && dict_next(d, &pos, &k, &v); first = false) {
        strbuf_printf(&b, "%s%s=", first ? "" : ", ", str_utf8(k));
        strbuf_put_obj(&b, v, true);
    }
    strbuf_puts(&b, ")");
    return strbuf_finish(&b);
}

static Type NamespaceType;

/* Two namespaces are equal when their attributes are. */
static Object *namespace_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !obj_isinstance_type(b, &NamespaceType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    Object *da = ((NamespaceObject *)a)->dict, *db = ((NamespaceObject *)b)->dict;
    Object *ea = da ? (INCREF(da), da) : dict_new(), *eb = db ? (INCREF(db), db) : dict_new();
    Object *r = ea && eb ? obj_richcompare(ea, eb, op) : NULL;
    XDECREF(ea);
    XDECREF(eb);
    return r;
}

/* SimpleNamespace(**kwargs): keyword arguments only, as CPython's. */
static Object *namespace_construct(Object *callable, Object *const *args, size_t nargs,
                                   Object *kw)
{
    size_t nkw = kw ? tuple_len(kw) : 0;
    if (nargs > nkw) {
        exc_set(ExcTypeError, "no positional arguments expected");
        return NULL;
    }
    Type *t = (Type *)callable;
    NamespaceObject *n = (NamespaceObject *)obj_alloc(t, t->basicsize);
    if (!n || !(n->dict = dict_new()))
        goto fail;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(n->dict, tuple_get(kw, i), args[i]) < 0)
            goto fail;
    return (Object *)n;
fail:
    XDECREF(n);
    return NULL;
}

static Type NamespaceType = {
    OBJ_HEAD_INIT(&TypeType), .name = "SimpleNamespace", .base = &ObjectType,
    .basicsize = sizeof(NamespaceObject),
    .flags = TYPE_GC | TYPE_BASETYPE | TYPE_CONSTRUCT_SUBCLASS, .dealloc = namespace_dealloc,
    .repr = namespace_repr, .richcompare = namespace_richcompare,
    .dictoffset = offsetof(NamespaceObject, dict), .construct = namespace_construct,
    .traverse = namespace_traverse, .clear = namespace_clear,
};

Object *namespace_new(Object *attrs)
{
    NamespaceObject *n = (NamespaceObject *)obj_alloc(&NamespaceType, sizeof *n);
    if (n && !(n->dict = dict_copy(attrs)))
        SETREF(n, NULL);
    return (Object *)n;
}
