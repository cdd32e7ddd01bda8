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

static Type NamespaceType = {
    OBJ_HEAD_INIT(&TypeType), .name = "SimpleNamespace", .base = &ObjectType,
    .basicsize = sizeof(NamespaceObject), .flags = TYPE_GC, .dealloc = namespace_dealloc,
    .repr = namespace_repr, .dictoffset = offsetof(NamespaceObject, dict),
    .traverse = namespace_traverse, .clear = namespace_clear,
};

Object *namespace_new(Object *attrs)
{
    NamespaceObject *n = (NamespaceObject *)obj_alloc(&NamespaceType, sizeof *n);
    if (n && !(n->dict = dict_copy(attrs)))
        SETREF(n, NULL);
    return (Object *)n;
}
