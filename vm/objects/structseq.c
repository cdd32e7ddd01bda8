/* vm/objects/structseq.c — struct sequences: a tuple whose type names its
 * items.  The type is tuple's slots unchanged (so everything a tuple does,
 * it does) plus a getter per field, a repr naming them, and no constructor
 * (CPython's refuse to be made from Python as well). */
#include <string.h>

#include "vm/objects/structseq.h"

/* One getter per item index: a MethodDef's get has no room for the index. */
#define ITEM_GETTER(i) \
    static Object *item##i(Object *o) { Object *v = tuple_get(o, i); INCREF(v); return v; }
ITEM_GETTER(0) ITEM_GETTER(1) ITEM_GETTER(2) ITEM_GETTER(3) ITEM_GETTER(4) ITEM_GETTER(5)
ITEM_GETTER(6) ITEM_GETTER(7) ITEM_GETTER(8) ITEM_GETTER(9) ITEM_GETTER(10) ITEM_GETTER(11)
ITEM_GETTER(12) ITEM_GETTER(13) ITEM_GETTER(14) ITEM_GETTER(15)
#undef ITEM_GETTER

static const UnaryFn item_getters[STRUCTSEQ_MAX_FIELDS] = {
    item0, item1, item2, item3, item4, item5, item6, item7,
    item8, item9, item10, item11, item12, item13, item14, item15,
};

static Object *structseq_repr(Object *o)
{
    const StructSeqType *t = (const StructSeqType *)o->type;
    StrBuf b = { 0 };
    strbuf_printf(&b, "%s(", t->qualname);
    for (size_t i = 0; i < tuple_len(o); i++) {
        strbuf_printf(&b, "%s%s=", i ? ", " : "", t->fields[i]);
        strbuf_put_obj(&b, tuple_get(o, i), true);
    }
    strbuf_puts(&b, ")");
    return strbuf_finish(&b);
}

static Object *structseq_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    exc_set(ExcTypeError, "cannot create '%s' instances", ((StructSeqType *)cls)->qualname);
    return NULL;
}

void structseq_type_init(StructSeqType *t)
{
    if (t->type.base)
        return;
    size_t n = 0;
    while (n < STRUCTSEQ_MAX_FIELDS && t->fields[n]) {
        t->getters[n] = (MethodDef){ t->fields[n], NULL, item_getters[n] };
        n++;
    }
    t->getters[n] = (MethodDef){ NULL, NULL, NULL };
    Type *ty = &t->type;
    *ty = TupleType;   /* tuple's slots, header (immortal) and flags */
    const char *dot = strrchr(t->qualname, '.');
    ty->name = dot ? dot + 1 : t->qualname;
    ty->base = &TupleType;
    ty->dict = NULL;
    ty->flags &= ~(unsigned)TYPE_BASETYPE;
    ty->repr = structseq_repr;
    ty->construct = structseq_construct;
    ty->methods = t->getters;
    ty->classmethods = NULL;
}

Object *structseq_new(StructSeqType *t, Object *const *values)
{
    size_t n = 0;
    while (t->fields[n])
        n++;
    TupleObject *o = (TupleObject *)obj_alloc(&t->type, sizeof(TupleObject) + n * sizeof(Object *));
    if (!o)
        return NULL;
    o->hash = -1;
    o->n = n;
    for (size_t i = 0; i < n; i++) {
        INCREF(values[i]);
        o->items[i] = values[i];
    }
    return (Object *)o;
}
