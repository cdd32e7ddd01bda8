/* vm/objects/type.c — type objects, `object`, classes, and callables made of C.
 *
 * A static type's dict is built from its MethodDef table the first time an
 * attribute is looked up on it (type_lookup); the dict and its descriptors
 * are immortal.  A class (heap type) gets the same slot functions for every
 * operation; each looks up the matching dunder along the class's heap part
 * of the base chain and otherwise falls back to the nearest static base.
 *
 * Attribute lookup on an instance: a getset attribute of the type wins, then
 * the instance __dict__, then the class chain (functions and method
 * descriptors found there are bound to the instance), then __getattr__. */
#include "vm/objects/object.h"
#include "vm/modules/builtins.h"
#include "vm/objects/gc.h"
#include "vm/objects/mappingproxy.h"
#include "vm/objects/traceback.h"
#include "vm/objects/weakref.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ID(s) (id_##s ? id_##s : (id_##s = str_intern(#s)))
static Object *id___init__, *id___repr__, *id___str__, *id___hash__, *id___eq__, *id___bool__,
    *id___len__, *id___call__, *id___getattr__, *id___iter__, *id___next__, *id___getitem__,
    *id___setitem__, *id___delitem__, *id___contains__, *id___del__, *id___module__,
    *id___neg__, *id___new__, *id___init_subclass__, *id___pos__, *id___invert__, *id___abs__, *id___qualname__,
    *id___getattribute__, *id___setattr__, *id___delattr__, *id___abstractmethods__,
    *id___classcell__, *id___class_getitem__, *id___name__, *id___doc__;

/* A class: a Type whose name and dict it owns, tracked by the collector
 * (class -> dict -> method -> __class__ cell -> class is the usual cycle).
 * t.base is the base whose instance layout the class extends (CPython's
 * "best base"); bases are the class statement's; mro is the C3
 * linearisation without the class itself (which would be a cycle of one). */
typedef struct HeapType {
    Type t;
    Object *name;
    Object *bases, *mro; /* tuples of types */
    Object *qualname;    /* str */
    size_t slot_off, nslots; /* __slots__: owned references at slot_off, one a name */
} HeapType;
#define HEAP(t) ((HeapType *)(t))

/* ---- descriptors: C methods and attributes --------------------------- */

typedef struct BuiltinObject {
    Object ob;
    const char *name;
    CallFn fn;
    Object *self;
    Type *owner; /* set for methods of a type: bound ones prepend self */
    WeakRefObject *weaklist;
} BuiltinObject;

typedef struct GetSetObject {
    Object ob;
    const char *name;
    UnaryFn get;
    int (*set)(Object *o, Object *value);   /* NULL: read-only */
    Type *owner;
} GetSetObject;

Type GetSetType;

static Type MethodDescrType, WrapperDescrType, MethodWrapperType;

/* Dunder methods that CPython defines as plain methods, not type slots. */
static bool plain_dunder(const char *name, const Type *owner)
{
    static const char *const plain[] = {
        "__reduce__", "__reduce_ex__", "__format__", "__dir__", "__sizeof__", "__getstate__",
        "__setstate__", "__reversed__", "__round__", "__trunc__", "__floor__", "__ceil__",
        "__copy__", "__deepcopy__", "__enter__", "__exit__", "__fspath__", "__getnewargs__",
        "__getnewargs_ex__", "__bytes__", "__complex__", "__subclasses__", "__instancecheck__",
        "__subclasscheck__", "__length_hint__", NULL,
    };
    for (size_t i = 0; plain[i]; i++)
        if (!strcmp(name, plain[i]))
            return true;
    /* list and dict also keep these two as plain methods, for speed */
    return ((owner == &ListType || owner == &DictType) && !strcmp(name, "__getitem__")) ||
           (owner == &DictType && !strcmp(name, "__contains__"));
}

/* CPython names a C method by how it was reached: read from its class, a
 * method_descriptor (a type slot's dunder: wrapper_descriptor); bound, a
 * builtin_function_or_method (a slot's: method-wrapper).  One object
 * underneath, four type names. */
static Type *builtin_kind(const char *name, Object *self, const Type *owner)
{
    if (!owner)
        return &BuiltinType;
    size_t n = strlen(name);
    bool slot = n > 4 && !strncmp(name, "__", 2) && !strcmp(name + n - 2, "__") && !plain_dunder(name, owner);
    if (!self)
        return slot ? &WrapperDescrType : &MethodDescrType;
    return slot ? &MethodWrapperType : &BuiltinType;
}

bool obj_is_builtin(Object *o)
{
    return obj_is(o, &BuiltinType) || obj_is(o, &MethodDescrType) || obj_is(o, &WrapperDescrType) ||
           obj_is(o, &MethodWrapperType);
}

static Object *builtin_make(const char *name, CallFn fn, Object *self, Type *owner)
{
    BuiltinObject *b = (BuiltinObject *)obj_alloc(builtin_kind(name, self, owner), sizeof(BuiltinObject));
    if (!b)
        return NULL;
    b->name = name;
    b->fn = fn;
    b->self = self;
    XINCREF(self);
    b->owner = owner;
    return (Object *)b;
}

Object *builtin_new(const char *name, CallFn fn, Object *self)
{
    return builtin_make(name, fn, self, NULL);
}

Object *builtin_self(Object *b) { return ((BuiltinObject *)b)->self; }

bool builtin_is_unbound(Object *b) { return ((BuiltinObject *)b)->owner && !((BuiltinObject *)b)->self; }

Object *builtin_bind(Object *b, Object *self)
{
    BuiltinObject *u = (BuiltinObject *)b;
    return builtin_make(u->name, u->fn, self, u->owner);
}

Object *builtin_method_new(const char *name, CallFn fn, Type *owner)
{
    return builtin_make(name, fn, NULL, owner);
}

static void builtin_dealloc(Object *o)
{
    if (((BuiltinObject *)o)->weaklist)
        weakref_clear_refs(o);
    XDECREF(((BuiltinObject *)o)->self);
    obj_free(o);
}

/* A method of an immutable built-in type that hands back its subclass
 * instance unchanged (strip, a full slice, int.__int__) returns the base's
 * value instead, as CPython's. */
static Object *exact_result(Object *r, Object *self)
{
    if (r != self || !(self->type->flags & TYPE_HEAP))
        return r;
    Object *e = type_value_exact(r);
    DECREF(r);
    return e;
}

static Object *builtin_call(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    BuiltinObject *b = (BuiltinObject *)callable;
    if (b->owner && b->self)
        return exact_result(call_fn_prepend(b->fn, callable, b->self, args, nargs, kw), b->self);
    if (b->owner) {
        if (nargs - (kw ? tuple_len(kw) : 0) == 0) {
            exc_set(ExcTypeError, "unbound method %s.%s() needs an argument", b->owner->name, b->name);
            return NULL;
        }
        if (!obj_isinstance_type(args[0], b->owner)) {
            exc_set(ExcTypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    b->name, b->owner->name, args[0]->type->name);
            return NULL;
        }
        return exact_result(b->fn(callable, args, nargs, kw), args[0]);
    }
    return b->fn(callable, args, nargs, kw);
}

static Object *builtin_repr(Object *o)
{
    BuiltinObject *b = (BuiltinObject *)o;
    if (b->owner && !b->self)
        return str_from_fmt(obj_is(o, &WrapperDescrType) ? "<slot wrapper '%s' of '%s' objects>"
                                                         : "<method '%s' of '%s' objects>",
                            b->name, b->owner->name);
    if (obj_is(o, &MethodWrapperType))
        return str_from_fmt("<method-wrapper '%s' of %s object at %p>", b->name, b->self->type->name,
                            (void *)b->self);
    if (b->self && strcmp(b->self->type->name, "module") != 0)
        return str_from_fmt("<built-in method %s of %s object at %p>", b->name,
                            b->self->type->name, (void *)b->self);
    return str_from_fmt("<built-in function %s>", b->name);
}

static Object *builtin_get_name(Object *o) { return str_from_cstr(((BuiltinObject *)o)->name); }
static Object *builtin_get_self(Object *o)
{
    Object *s = ((BuiltinObject *)o)->self;
    s = s ? s : None;
    INCREF(s);
    return s;
}

const char *type_short_name(const Type *t)
{
    const char *dot = (t->flags & TYPE_HEAP) ? NULL : strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

/* "list.append" for a method (bound or not), plain "print" otherwise. */
static Object *builtin_get_qualname(Object *o)
{
    BuiltinObject *b = (BuiltinObject *)o;
    const Type *t = b->owner;
    if (!t && b->self && strcmp(b->self->type->name, "module") != 0)
        t = b->self->type;
    return t ? str_from_fmt("%s.%s", type_short_name(t), b->name) : str_from_cstr(b->name);
}

static void builtin_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((BuiltinObject *)o)->self, arg);
}

/* Two lookups of l.append are equal (as CPython's): the same C function
 * under the same name, bound to the same object. */
static Object *builtin_richcompare(Object *a, Object *b, int op)
{
    if (!obj_is_builtin(b) || (op != CMP_EQ && op != CMP_NE)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    BuiltinObject *x = (BuiltinObject *)a, *y = (BuiltinObject *)b;
    bool eq = x->fn == y->fn && x->self == y->self && x->owner == y->owner && !strcmp(x->name, y->name);
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t builtin_hash(Object *o)
{
    BuiltinObject *b = (BuiltinObject *)o;
    return hash_pointer((const void *)(uintptr_t)b->fn) ^ hash_pointer(b->self);
}

/* __reduce__ of a method takes no arguments beyond the method itself. */
static bool reduce_args_ok(size_t nargs, Object *kw)
{
    if (!kw && nargs == 1)
        return true;
    exc_set(ExcTypeError, "__reduce__() takes no arguments (%zu given)", nargs ? nargs - 1 : nargs);
    return false;
}

/* (getattr, (obj, name)): how pickle rebuilds a method bound to obj, as
 * CPython reduces one; the method is looked up again on the rebuilt obj.
 * Takes name (NULL: an error is set). */
static Object *reduce_to_getattr(Object *obj, Object *name)
{
    Object *getattr_fn = dict_get_str(eval_builtins(), "getattr");
    if (name && !getattr_fn)
        exc_set(ExcRuntimeError, "cannot reduce a method without builtins.getattr");
    Object *args = name && getattr_fn ? tuple_pack(2, obj, name) : NULL;
    Object *r = args ? tuple_pack(2, getattr_fn, args) : NULL;
    XDECREF(args);
    XDECREF(name);
    return r;
}

/* A method bound to an object (l.append) reduces to getattr on it; a
 * function is a global, which pickle saves by its name (a function's self,
 * when it has one, is state it carries, not an object it is bound to). */
static Object *builtin_reduce(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (!reduce_args_ok(nargs, kw))
        return NULL;
    BuiltinObject *b = (BuiltinObject *)args[0];
    if (!b->owner)
        return str_from_cstr(b->name);
    if (!b->self)
        return builtin_get_qualname(args[0]);
    return reduce_to_getattr(b->self, str_from_cstr(b->name));
}

static const MethodDef builtin_methods[] = {
    { "__reduce__", builtin_reduce, NULL },
    { "__name__", NULL, builtin_get_name },
    { "__qualname__", NULL, builtin_get_qualname },
    { "__self__", NULL, builtin_get_self },
    { NULL, NULL, NULL },
};

#define BUILTIN_TYPE(tname)                                                                 \
    {                                                                                       \
        OBJ_HEAD_INIT(&TypeType), .name = tname, .base = &ObjectType,                       \
        .basicsize = sizeof(BuiltinObject), .flags = TYPE_GC, .dealloc = builtin_dealloc,   \
        .repr = builtin_repr, .call = builtin_call, .methods = builtin_methods,             \
        .richcompare = builtin_richcompare, .hash = builtin_hash,                           \
        .traverse = builtin_traverse, .weaklistoffset = offsetof(BuiltinObject, weaklist), \
    }
Type BuiltinType = BUILTIN_TYPE("builtin_function_or_method");
static Type MethodDescrType = BUILTIN_TYPE("method_descriptor");
static Type WrapperDescrType = BUILTIN_TYPE("wrapper_descriptor");
static Type MethodWrapperType = BUILTIN_TYPE("method-wrapper");
#undef BUILTIN_TYPE

static Object *getset_repr(Object *o)
{
    GetSetObject *g = (GetSetObject *)o;
    return str_from_fmt("<attribute '%s' of '%s' objects>", g->name, g->owner->name);
}

Type GetSetType = {
    OBJ_HEAD_INIT(&TypeType), .name = "getset_descriptor", .base = &ObjectType,
    .basicsize = sizeof(GetSetObject), .repr = getset_repr,
};

/* A __slots__ name: the instance's reference at offset, in a class
 * (owner, borrowed: the descriptor lives in owner's dict). */
typedef struct MemberObject {
    Object ob;
    Object *name;
    Type *owner;
    size_t offset;
} MemberObject;

static void member_dealloc(Object *o)
{
    DECREF(((MemberObject *)o)->name);
    obj_free(o);
}

static Object *member_repr(Object *o)
{
    MemberObject *m = (MemberObject *)o;
    return str_from_fmt("<member '%s' of '%s' objects>", str_utf8(m->name), m->owner->name);
}

static Object *member_get(Object *member, Object *o);
static int member_set(Object *member, Object *o, Object *value);

/* The descriptor protocol as methods, for Python code that drives a slot
 * itself (copy of __slots__, dataclasses, attrs-like helpers). */
static Object *member_m_get(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs < 2 || nargs > 3) {
        exc_set(ExcTypeError, "expected 1 or 2 arguments, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (args[1] == None) {
        INCREF(args[0]);
        return args[0];
    }
    return member_get(args[0], args[1]);
}

static Object *member_m_set(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 3) {
        exc_set(ExcTypeError, "expected 2 arguments, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return member_set(args[0], args[1], args[2]) < 0 ? NULL : none_new();
}

static Object *member_m_delete(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "expected 1 argument, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return member_set(args[0], args[1], NULL) < 0 ? NULL : none_new();
}

static Object *member_get_name(Object *o)
{
    Object *n = ((MemberObject *)o)->name;
    INCREF(n);
    return n;
}

static Object *member_get_qualname(Object *o)
{
    MemberObject *m = (MemberObject *)o;
    Object *q = obj_getattr((Object *)m->owner, str_intern("__qualname__"));
    Object *r = q ? str_from_fmt("%s.%s", str_utf8(q), str_utf8(m->name)) : NULL;
    XDECREF(q);
    return r;
}

static Object *member_get_objclass(Object *o)
{
    Object *t = (Object *)((MemberObject *)o)->owner;
    INCREF(t);
    return t;
}

static const MethodDef member_methods[] = {
    { "__get__", member_m_get, NULL },
    { "__set__", member_m_set, NULL },
    { "__delete__", member_m_delete, NULL },
    { "__name__", NULL, member_get_name },
    { "__qualname__", NULL, member_get_qualname },
    { "__objclass__", NULL, member_get_objclass },
    { NULL, NULL, NULL },
};

static Type MemberType = {
    OBJ_HEAD_INIT(&TypeType), .name = "member_descriptor", .base = &ObjectType,
    .basicsize = sizeof(MemberObject), .dealloc = member_dealloc, .repr = member_repr,
    .methods = member_methods,
};

static Object **member_slot(Object *member, Object *o)
{
    MemberObject *m = (MemberObject *)member;
    if (!obj_isinstance_type(o, m->owner)) {
        exc_set(ExcTypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                str_utf8(m->name), m->owner->name, o->type->name);
        return NULL;
    }
    return (Object **)((char *)o + m->offset);
}

static Object *member_get(Object *member, Object *o)
{
    Object **p = member_slot(member, o);
    if (p && !*p) {
        exc_set(ExcAttributeError, "'%s' object has no attribute '%s'", o->type->name,
                str_utf8(((MemberObject *)member)->name));
        exc_set_names(((MemberObject *)member)->name, o);
    }
    if (!p || !*p)
        return NULL;
    INCREF(*p);
    return *p;
}

static int member_set(Object *member, Object *o, Object *value)
{
    Object **p = member_slot(member, o);
    if (!p)
        return -1;
    if (!value && !*p) {
        exc_set(ExcAttributeError, "%s", str_utf8(((MemberObject *)member)->name));
        return -1;
    }
    XINCREF(value);
    SETREF(*p, value);
    return 0;
}

/* ---- bound methods ------------------------------------------------------- */

typedef struct MethodObject {
    Object ob;
    Object *func, *self;
    WeakRefObject *weaklist;
} MethodObject;

Object *method_new(Object *func, Object *self)
{
    MethodObject *m = (MethodObject *)obj_alloc(&MethodType, sizeof(MethodObject));
    if (!m)
        return NULL;
    INCREF(func);
    INCREF(self);
    m->func = func;
    m->self = self;
    return (Object *)m;
}

static void method_dealloc(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    if (m->weaklist)
        weakref_clear_refs(o);
    DECREF(m->func);
    DECREF(m->self);
    obj_free(o);
}

static void method_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((MethodObject *)o)->func, arg);
    visit(((MethodObject *)o)->self, arg);
}

static Object *method_call(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    MethodObject *m = (MethodObject *)callable;
    return obj_call_prepend(m->func, m->self, args, nargs, kw);
}

static Object *method_repr(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    Object *name = obj_getattr(m->func, ID(__qualname__));
    if (!name) {
        exc_clear();
        name = str_from_cstr("?");
        if (!name)
            return NULL;
    }
    Object *self = obj_repr(m->self);
    Object *r = NULL;
    if (self)
        r = str_from_fmt("<bound method %s of %s>", str_utf8(name), str_utf8(self));
    DECREF(name);
    XDECREF(self);
    return r;
}

static Object *method_richcompare(Object *a, Object *b, int op)
{
    if (!obj_is(b, &MethodType) || (op != CMP_EQ && op != CMP_NE)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    MethodObject *x = (MethodObject *)a, *y = (MethodObject *)b;
    bool eq = x->func == y->func && x->self == y->self;
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static int64_t method_hash(Object *o)
{
    MethodObject *m = (MethodObject *)o;
    return hash_pointer(m->func) ^ hash_pointer(m->self);
}

static Object *method_getattr(Object *o, Object *name)
{
    MethodObject *m = (MethodObject *)o;
    if (str_eq(name, str_intern("__self__"))) {
        INCREF(m->self);
        return m->self;
    }
    if (str_eq(name, str_intern("__func__"))) {
        INCREF(m->func);
        return m->func;
    }
    Object *r = obj_getattr_generic(o, name);
    if (!r && exc_matches(exc_occurred(), (Object *)ExcAttributeError)) {
        exc_clear();
        return obj_getattr(m->func, name);
    }
    return r;
}

static Object *method_reduce(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (!reduce_args_ok(nargs, kw))
        return NULL;
    MethodObject *m = (MethodObject *)args[0];
    return reduce_to_getattr(m->self, obj_getattr(m->func, str_intern("__name__")));
}

static const MethodDef method_methods[] = {
    { "__reduce__", method_reduce, NULL },
    { NULL, NULL, NULL },
};

/* types.MethodType(func, obj): func bound to obj. */
static Object *method_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "method() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 2) {
        exc_set(ExcTypeError, "method expected 2 arguments, got %zu", nargs);
        return NULL;
    }
    if (!args[0]->type->call) {
        exc_set(ExcTypeError, "first argument must be callable");
        return NULL;
    }
    if (args[1] == None) {
        exc_set(ExcTypeError, "self must not be None");
        return NULL;
    }
    return method_new(args[0], args[1]);
}

Type MethodType = {
    OBJ_HEAD_INIT(&TypeType), .name = "method", .base = &ObjectType,
    .basicsize = sizeof(MethodObject), .flags = TYPE_GC, .dealloc = method_dealloc,
    .repr = method_repr, .call = method_call, .richcompare = method_richcompare,
    .hash = method_hash, .getattr = method_getattr, .construct = method_construct, .methods = method_methods,
    .traverse = method_traverse, .weaklistoffset = offsetof(MethodObject, weaklist),
};

/* ---- dicts of static types and lookup ------------------------------------ */

/* ---- dunder methods of static types, made from their slots ------------ */

/* The slot wrappers run the owner type's own slot, so `int.__add__(1, 'a')`
 * is NotImplemented as in CPython rather than an error. */
#define OWNER(c) (((BuiltinObject *)(c))->owner)
#define WRAPPER(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

static int wrapper_args(Object *c, size_t nargs, Object *kw, size_t want)
{
    if (!kw && nargs == want + 1)
        return 0;
    exc_set(ExcTypeError, "expected %zu argument%s, got %zu", want, want == 1 ? "" : "s",
            nargs ? nargs - 1 : 0);
    return -1;
}

WRAPPER(wrap_repr) { return wrapper_args(c, nargs, kw, 0) ? NULL : OWNER(c)->repr(args[0]); }
WRAPPER(wrap_str) { return wrapper_args(c, nargs, kw, 0) ? NULL : OWNER(c)->str(args[0]); }
WRAPPER(wrap_iter) { return wrapper_args(c, nargs, kw, 0) ? NULL : OWNER(c)->iter(args[0]); }
WRAPPER(wrap_getitem)
{
    return wrapper_args(c, nargs, kw, 1) ? NULL : OWNER(c)->getitem(args[0], args[1]);
}

WRAPPER(wrap_next)
{
    if (wrapper_args(c, nargs, kw, 0))
        return NULL;
    Object *r = OWNER(c)->iternext(args[0]);
    if (!r && !exc_occurred()) {
        INCREF(ExcStopIteration);
        exc_set_obj((Object *)ExcStopIteration);
    }
    return r;
}

WRAPPER(wrap_len)
{
    if (wrapper_args(c, nargs, kw, 0))
        return NULL;
    ssize_t n = OWNER(c)->len(args[0]);
    return n < 0 ? NULL : int_from_i64(n);
}

WRAPPER(wrap_contains)
{
    if (wrapper_args(c, nargs, kw, 1))
        return NULL;
    int r = OWNER(c)->contains(args[0], args[1]);
    return r < 0 ? NULL : bool_from(r);
}

WRAPPER(wrap_setitem)
{
    if (wrapper_args(c, nargs, kw, 2))
        return NULL;
    return OWNER(c)->setitem(args[0], args[1], args[2]) < 0 ? NULL : none_new();
}

WRAPPER(wrap_delitem)
{
    if (wrapper_args(c, nargs, kw, 1))
        return NULL;
    return OWNER(c)->setitem(args[0], args[1], NULL) < 0 ? NULL : none_new();
}

WRAPPER(wrap_call)
{
    return OWNER(c)->call(args[0], args + 1, nargs - 1, kw);
}

static Object *compare_with(Object *c, Object *const *args, size_t nargs, Object *kw, int op)
{
    if (wrapper_args(c, nargs, kw, 1))
        return NULL;
    if (OWNER(c)->richcompare)
        return OWNER(c)->richcompare(args[0], args[1], op);
    if (op == CMP_EQ || op == CMP_NE) { /* object: identity */
        if (args[0] == args[1])
            return bool_from(op == CMP_EQ);
    }
    INCREF(NotImplemented);
    return NotImplemented;
}

WRAPPER(wrap_lt) { return compare_with(c, args, nargs, kw, CMP_LT); }
WRAPPER(wrap_le) { return compare_with(c, args, nargs, kw, CMP_LE); }
WRAPPER(wrap_eq) { return compare_with(c, args, nargs, kw, CMP_EQ); }
WRAPPER(wrap_ne) { return compare_with(c, args, nargs, kw, CMP_NE); }
WRAPPER(wrap_gt) { return compare_with(c, args, nargs, kw, CMP_GT); }
WRAPPER(wrap_ge) { return compare_with(c, args, nargs, kw, CMP_GE); }

WRAPPER(wrap_hash)
{
    if (wrapper_args(c, nargs, kw, 0))
        return NULL;
    if (!OWNER(c)->hash)
        return int_from_i64(hash_pointer(args[0])); /* object.__hash__: identity */
    int64_t h = OWNER(c)->hash(args[0]);
    return h == -1 && exc_occurred() ? NULL : int_from_i64(h);
}

/* A number slot called (self, other), or (other, self) for __rop__. */
static Object *binary_with(Object *c, Object *const *args, size_t nargs, Object *kw, int op,
                           bool reflected)
{
    if (wrapper_args(c, nargs, kw, 1))
        return NULL;
    BinaryFn f = obj_num_slot(OWNER(c), op);
    return reflected ? f(args[1], args[0]) : f(args[0], args[1]);
}

#define NUM_WRAPPERS(fn, rfn, op)                                              \
    WRAPPER(fn) { return binary_with(c, args, nargs, kw, op, false); }         \
    WRAPPER(rfn) { return binary_with(c, args, nargs, kw, op, true); }
NUM_WRAPPERS(wrap_add, wrap_radd, BIN_ADD)
NUM_WRAPPERS(wrap_sub, wrap_rsub, BIN_SUB)
NUM_WRAPPERS(wrap_mul, wrap_rmul, BIN_MUL)
NUM_WRAPPERS(wrap_truediv, wrap_rtruediv, BIN_TRUEDIV)
NUM_WRAPPERS(wrap_floordiv, wrap_rfloordiv, BIN_FLOORDIV)
NUM_WRAPPERS(wrap_mod, wrap_rmod, BIN_MOD)
NUM_WRAPPERS(wrap_pow, wrap_rpow, BIN_POW)
NUM_WRAPPERS(wrap_lshift, wrap_rlshift, BIN_LSHIFT)
NUM_WRAPPERS(wrap_rshift, wrap_rrshift, BIN_RSHIFT)
NUM_WRAPPERS(wrap_and, wrap_rand, BIN_AND)
NUM_WRAPPERS(wrap_or, wrap_ror, BIN_OR)
NUM_WRAPPERS(wrap_xor, wrap_rxor, BIN_XOR)
#undef NUM_WRAPPERS

/* __op__ for each number slot a type has; __rop__ too for a type whose
 * operators are arithmetic (no item access: int, float, set), as CPython's
 * nb_* slots give both, while a sequence's + and * (concatenation,
 * repetition) have no reflected form. */
static const struct NumDunder {
    const char *name, *rname;
    int op;
    CallFn fn, rfn;
} num_dunders[] = {
    { "__add__", "__radd__", BIN_ADD, wrap_add, wrap_radd },
    { "__sub__", "__rsub__", BIN_SUB, wrap_sub, wrap_rsub },
    { "__mul__", "__rmul__", BIN_MUL, wrap_mul, wrap_rmul },
    { "__truediv__", "__rtruediv__", BIN_TRUEDIV, wrap_truediv, wrap_rtruediv },
    { "__floordiv__", "__rfloordiv__", BIN_FLOORDIV, wrap_floordiv, wrap_rfloordiv },
    { "__mod__", "__rmod__", BIN_MOD, wrap_mod, wrap_rmod },
    { "__pow__", "__rpow__", BIN_POW, wrap_pow, wrap_rpow },
    { "__lshift__", "__rlshift__", BIN_LSHIFT, wrap_lshift, wrap_rlshift },
    { "__rshift__", "__rrshift__", BIN_RSHIFT, wrap_rshift, wrap_rrshift },
    { "__and__", "__rand__", BIN_AND, wrap_and, wrap_rand },
    { "__or__", "__ror__", BIN_OR, wrap_or, wrap_ror },
    { "__xor__", "__rxor__", BIN_XOR, wrap_xor, wrap_rxor },
};

static bool has_repr(Type *t) { return t->repr != NULL; }
static bool has_str(Type *t) { return t->str != NULL; }
static bool has_iter(Type *t) { return t->iter != NULL; }
static bool has_next(Type *t) { return t->iternext != NULL; }
static bool has_getitem(Type *t) { return t->getitem != NULL; }
static bool has_setitem(Type *t) { return t->setitem != NULL; }
static bool has_len(Type *t) { return t->len != NULL; }
static bool has_contains(Type *t) { return t->contains != NULL; }
static bool has_call(Type *t) { return t->call != NULL; }
static bool has_compare(Type *t) { return t->richcompare != NULL || t == &ObjectType; }
static bool has_order(Type *t) { return t->richcompare != NULL; }
/* object's identity hash, or a type's own hash (not its base's). */
static bool has_own_hash(Type *t)
{
    return t == &ObjectType || (t->hash && !(t->base && t->base->hash == t->hash));
}

static const struct SlotDunder {
    const char *name;
    bool (*present)(Type *);
    CallFn fn;
} slot_dunders[] = {
    { "__repr__", has_repr, wrap_repr }, { "__str__", has_str, wrap_str },
    { "__iter__", has_iter, wrap_iter }, { "__next__", has_next, wrap_next },
    { "__getitem__", has_getitem, wrap_getitem }, { "__setitem__", has_setitem, wrap_setitem },
    { "__delitem__", has_setitem, wrap_delitem }, { "__len__", has_len, wrap_len },
    { "__contains__", has_contains, wrap_contains }, { "__call__", has_call, wrap_call },
    { "__eq__", has_compare, wrap_eq }, { "__ne__", has_compare, wrap_ne },
    { "__lt__", has_order, wrap_lt }, { "__le__", has_order, wrap_le },
    { "__gt__", has_order, wrap_gt }, { "__ge__", has_order, wrap_ge },
    { "__hash__", has_own_hash, wrap_hash },
};

/* A static type's dict is made at its first use, inside a lookup that
 * cannot report failure: out of memory there ends the run in one line
 * (no exit handlers: another thread may be anywhere). */
static _Noreturn void ready_nomem(const Type *t)
{
    fprintf(stderr, "gilvm: out of memory (making type '%s' ready)\n", t->name);
    _exit(2);
}

static void ready_add(Type *t, Object *d, const char *name, Object *v)
{
    if (!v || dict_set(d, str_intern(name), v) < 0)
        ready_nomem(t);
    obj_immortalize(v);
}

static Object *wrapper_new(Type *t, Object *func, Object *fset);
static Object *type_m_subclasses(Object *c, Object *const *args, size_t nargs, Object *kw);
static Object *meta_getattr(Object *o, Object *name);
static Object *static_m_new(Object *c, Object *const *args, size_t nargs, Object *kw);
static Object *call_dunder(Object *f, Object *self, Object *const *args, size_t nargs);
static void type_set_hooks(Type *t);
static int class_slots_changed(Type *t);

static int (*setter_of(const Type *t, const char *name))(Object *, Object *)
{
    for (const SetterDef *s = t->setters; s && s->name; s++)
        if (strcmp(s->name, name) == 0)
            return s->set;
    return NULL;
}

/* A static type's dict: its MethodDef table, then a dunder for each slot it
 * defines itself (not one inherited unchanged from its base). */
static void type_ready(Type *t)
{
    Object *d = dict_new();
    if (!d)
        ready_nomem(t);
    for (const MethodDef *m = t->methods; m && m->name; m++) {
        Object *v;
        if (m->fn) {
            v = builtin_make(m->name, m->fn, NULL, t);
        } else {
            GetSetObject *g = (GetSetObject *)obj_alloc(&GetSetType, sizeof(GetSetObject));
            if (g) {
                g->name = m->name;
                g->get = m->get;
                g->set = setter_of(t, m->name);
                g->owner = t;
            }
            v = (Object *)g;
        }
        ready_add(t, d, m->name, v);
    }
    for (const MethodDef *m = t->classmethods; m && m->name; m++) {
        Object *f = builtin_make(m->name, m->fn, NULL, NULL);
        if (f)
            obj_immortalize(f); /* held by the immortal wrapper */
        ready_add(t, d, m->name, f ? wrapper_new(&ClassMethodType, f, NULL) : NULL);
    }
    if (t->construct && (t->flags & TYPE_BASETYPE)) {
        Object *f = builtin_make("__new__", static_m_new, (Object *)t, NULL);
        if (f)
            obj_immortalize(f); /* held by the immortal wrapper */
        ready_add(t, d, "__new__", f ? wrapper_new(&StaticMethodType, f, NULL) : NULL);
    }
    /* Before the slot dunders: __hash__ is None (static, never immortalized again). */
    if (t->hash == obj_hash_unhashable && dict_set(d, ID(__hash__), None) < 0)
        ready_nomem(t);
    for (size_t i = 0; i < sizeof slot_dunders / sizeof *slot_dunders; i++) {
        const struct SlotDunder *sd = &slot_dunders[i];
        if (sd->present(t) && !dict_get(d, str_intern(sd->name)))
            ready_add(t, d, sd->name, builtin_make(sd->name, sd->fn, NULL, t));
    }
    for (size_t i = 0; t->num && i < sizeof num_dunders / sizeof *num_dunders; i++) {
        const struct NumDunder *nd = &num_dunders[i];
        if (!obj_num_slot(t, nd->op) || (t->base && obj_num_slot(t->base, nd->op) == obj_num_slot(t, nd->op)))
            continue;
        if (!dict_get(d, str_intern(nd->name)))
            ready_add(t, d, nd->name, builtin_make(nd->name, nd->fn, NULL, t));
        if (!t->getitem && !dict_get(d, str_intern(nd->rname)))
            ready_add(t, d, nd->rname, builtin_make(nd->rname, nd->rfn, NULL, t));
    }
    obj_immortalize(d);
    t->dict = d;
}

static Object *own_lookup(Type *t, Object *name)
{
    if (!t->dict)
        type_ready(t);
    return dict_get(t->dict, name);
}

/* Along the MRO of t after the entry `after` (NULL: from t itself). */
static Object *mro_lookup(Type *t, Type *after, Object *name)
{
    if (!(t->flags & TYPE_HEAP)) {
        if (after)
            t = type_is_subtype(t, after) ? after->base : NULL;
        for (; t; t = t->base) {
            Object *v = own_lookup(t, name);
            if (v)
                return v;
        }
        return NULL;
    }
    Object *mro = HEAP(t)->mro;
    size_t i = 0;
    if (after && after != t) {
        while (i < tuple_len(mro) && tuple_get(mro, i) != (Object *)after)
            i++;
        i++;
    } else if (!after) {
        Object *v = dict_get(t->dict, name);
        if (v)
            return v;
    }
    for (; i < tuple_len(mro); i++) {
        Object *v = own_lookup((Type *)tuple_get(mro, i), name);
        if (v)
            return v;
    }
    return NULL;
}

/* The hot path of every attribute access: kept to the plain walk. */
static inline Object *lookup_inline(Type *t, Object *name)
{
    Object *v;
    if (t->flags & TYPE_HEAP) {
        if ((v = dict_get(t->dict, name)))
            return v;
        TupleObject *mro = (TupleObject *)HEAP(t)->mro;
        for (size_t i = 0, n = mro->n; i < n; i++)
            if ((v = own_lookup((Type *)mro->items[i], name)))
                return v;
        return NULL;
    }
    for (; t; t = t->base)
        if ((v = own_lookup(t, name)))
            return v;
    return NULL;
}

Object *type_lookup(Type *t, Object *name) { return lookup_inline(t, name); }

/* A dunder that classes in t's MRO define before any built-in type does
 * (the built-in one is its static slot): these override the slots. */
static Object *heap_lookup(Type *t, Object *name)
{
    if (!(t->flags & TYPE_HEAP))
        return NULL;
    Object *v = dict_get(t->dict, name);
    if (v)
        return v;
    Object *mro = HEAP(t)->mro;
    for (size_t i = 0; i < tuple_len(mro); i++) {
        Type *c = (Type *)tuple_get(mro, i);
        if (c == &ObjectType) /* last, and built-in: NULL whether it has one or not */
            return NULL;
        if ((v = own_lookup(c, name)))
            return (c->flags & TYPE_HEAP) ? v : NULL;
    }
    return NULL;
}

static Type *static_base(Type *t)
{
    while (t->flags & TYPE_HEAP)
        t = t->base;
    return t;
}

bool type_is_subtype(Type *a, Type *b)
{
    if (a == b)
        return true;
    if (a->flags & TYPE_HEAP) {
        Object *mro = HEAP(a)->mro;
        for (size_t i = 0; i < tuple_len(mro); i++)
            if (tuple_get(mro, i) == (Object *)b)
                return true;
        return false;
    }
    for (; a; a = a->base)
        if (a == b)
            return true;
    return false;
}

static size_t align_ptr(size_t n) { return (n + sizeof(Object *) - 1) & ~(sizeof(Object *) - 1); }

static Object **dict_ptr(Object *o)
{
    size_t off = o->type->dictoffset;
    if (off == DICTOFFSET_END)
        off = align_ptr(o->type->instsize(o));
    return off ? (Object **)((char *)o + off) : NULL;
}

static bool binds(Object *attr)
{
    return obj_is(attr, &FunctionType) || (obj_is_builtin(attr) &&
           ((BuiltinObject *)attr)->owner && !((BuiltinObject *)attr)->self);
}

static Object *bind(Object *attr, Object *self)
{
    if (obj_is(attr, &FunctionType))
        return method_new(attr, self);
    if (binds(attr)) {
        BuiltinObject *b = (BuiltinObject *)attr;
        return builtin_make(b->name, b->fn, self, b->owner);
    }
    INCREF(attr);
    return attr;
}

/* ---- staticmethod, classmethod, property ---------------------------------- */

/* One layout for the three: `func` is the wrapped function (fget for a
 * property); a property also has fset, fdel and its doc, which it took
 * from fget (getter_doc) when none was given, and takes again on copy. */
typedef struct Wrapper {
    Object ob;
    Object *func, *fset, *fdel, *doc;
    bool getter_doc;
} Wrapper;

static void wrapper_dealloc(Object *o)
{
    XDECREF(((Wrapper *)o)->func);
    XDECREF(((Wrapper *)o)->fset);
    XDECREF(((Wrapper *)o)->fdel);
    XDECREF(((Wrapper *)o)->doc);
    obj_free(o);
}

static void wrapper_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((Wrapper *)o)->func, arg);
    visit(((Wrapper *)o)->fset, arg);
    visit(((Wrapper *)o)->fdel, arg);
    visit(((Wrapper *)o)->doc, arg);
}

/* A property's doc: the one given, else its getter's __doc__; 0, or -1
 * with an error other than a getter without __doc__. */
static int property_set_doc(Wrapper *w, Object *doc)
{
    w->getter_doc = false;
    if ((!doc || doc == None) && w->func) {
        doc = obj_getattr(w->func, str_intern("__doc__"));
        if (!doc && !exc_matches(exc_occurred(), (Object *)ExcAttributeError))
            return -1;
        exc_clear();
        w->getter_doc = doc != NULL;
    } else {
        XINCREF(doc);
    }
    SETREF(w->doc, doc);
    return 0;
}

static Object *property_new(Type *t, Object *func, Object *fset, Object *fdel, Object *doc)
{
    Wrapper *w = (Wrapper *)obj_alloc(t, sizeof(Wrapper));
    if (!w)
        return NULL;
    XINCREF(func);
    XINCREF(fset);
    XINCREF(fdel);
    w->func = func;
    w->fset = fset;
    w->fdel = fdel;
    if (t != &StaticMethodType && t != &ClassMethodType && property_set_doc(w, doc) < 0) {
        DECREF(w);
        return NULL;
    }
    return (Object *)w;
}

static Object *wrapper_new(Type *t, Object *func, Object *fset)
{
    return property_new(t, func, fset, NULL, NULL);
}

static Object *wrapper_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = (Type *)callable;
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "%s expected 1 argument, got %zu", t->name, nargs);
        return NULL;
    }
    return wrapper_new(t, args[0], NULL);
}

/* property(fget, fset, fdel, doc) into v, None read as absent (NULL). */
static int property_args(Object *const *args, size_t nargs, Object *kw, Object *v[4])
{
    static const char *const names[] = { "fget", "fset", "fdel", "doc", NULL };
    if (args_parse("property", args, nargs, kw, 0, names, v) < 0)
        return -1;
    for (size_t i = 0; i < 3; i++)
        v[i] = v[i] == None ? NULL : v[i];
    return 0;
}

static Object *property_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Object *v[4];
    if (property_args(args, nargs, kw, v) < 0)
        return NULL;
    return property_new((Type *)callable, v[0], v[1], v[2], v[3]);
}

/* __init__ of a property subclass's instance, which starts empty: the
 * class's own __init__ may call it through super(), as in CPython. */
static Object *property_m_init(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Object *v[4];
    if (property_args(args + 1, nargs - 1, kw, v) < 0)
        return NULL;
    Wrapper *p = (Wrapper *)args[0];
    Object **fields[3] = { &p->func, &p->fset, &p->fdel };
    for (size_t i = 0; i < 3; i++) {
        XINCREF(v[i]);
        SETREF(*fields[i], v[i]);
    }
    if (property_set_doc(p, v[3]) < 0)
        return NULL;
    /* A subclass's own __doc__ would hide the property's, so the instance
     * carries one it has, as in CPython; without one the class's shows. */
    if (p->ob.type != &PropertyType && p->doc && obj_setattr(args[0], str_intern("__doc__"), p->doc) < 0)
        return NULL;
    return none_new();
}

static const char *wrapper_kind(Object *o)
{
    return obj_isinstance_type(o, &StaticMethodType) ? "staticmethod" : "classmethod";
}

/* The same for a staticmethod or classmethod subclass. */
static Object *wrapper_m_init(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "%s expected 1 argument, got %zu", wrapper_kind(args[0]), nargs - 1);
        return NULL;
    }
    INCREF(args[1]);
    SETREF(((Wrapper *)args[0])->func, args[1]);
    return none_new();
}

/* setter(), getter() and deleter() call the property's own class, so a
 * subclass's copy is its instance and its __init__ runs, as CPython's. */
static Object *property_copy(Object *old, Object *fget, Object *fset, Object *fdel)
{
    Wrapper *w = (Wrapper *)old;
    Object *doc = w->getter_doc || !w->doc ? None : w->doc;
    if (old->type == &PropertyType)
        return property_new(&PropertyType, fget, fset, fdel, doc);
    Object *a[4] = { fget ? fget : None, fset ? fset : None, fdel ? fdel : None, doc };
    return obj_call((Object *)old->type, a, 4, NULL);
}

static Object *property_m_setter(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "setter() takes exactly one argument");
        return NULL;
    }
    Wrapper *p = (Wrapper *)args[0];
    return property_copy(args[0], p->func, args[1], p->fdel);
}

static Object *property_m_deleter(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "deleter() takes exactly one argument");
        return NULL;
    }
    Wrapper *p = (Wrapper *)args[0];
    return property_copy(args[0], p->func, p->fset, args[1]);
}

static Object *property_m_getter(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "getter() takes exactly one argument");
        return NULL;
    }
    Wrapper *p = (Wrapper *)args[0];
    return property_copy(args[0], args[1], p->fset, p->fdel);
}

static Object *held_or_none(Object *v)
{
    v = v ? v : None;
    INCREF(v);
    return v;
}
static Object *wrapper_get_func(Object *o) { return held_or_none(((Wrapper *)o)->func); }
static Object *property_get_fset(Object *o) { return held_or_none(((Wrapper *)o)->fset); }
static Object *property_get_fdel(Object *o) { return held_or_none(((Wrapper *)o)->fdel); }
static Object *property_get_doc(Object *o) { return held_or_none(((Wrapper *)o)->doc); }

/* abc: a property, classmethod or staticmethod is abstract when a
 * function it wraps is. */
static Object *wrapper_get_isabstract(Object *o)
{
    Wrapper *w = (Wrapper *)o;
    Object *fs[3] = { w->func, w->fset, w->fdel };
    for (size_t i = 0; i < 3; i++) {
        Object *v = fs[i] ? obj_getattr(fs[i], str_intern("__isabstractmethod__")) : NULL;
        if (!v && exc_occurred() && !exc_matches(exc_occurred(), (Object *)ExcAttributeError))
            return NULL;
        exc_clear();
        int t = v ? obj_truth(v) : 0;
        XDECREF(v);
        if (t)
            return t < 0 ? NULL : bool_from(true);
    }
    return bool_from(false);
}

static Object *classmethod_bind(Object *func, Type *cls);

/* staticmethod's and classmethod's __get__(obj, type=None): the function
 * itself, or bound to the class (type, else obj's), as a class attribute
 * lookup gives them. */
static Object *wrapper_m_get(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 2 || nargs > 3 || kw) {
        exc_set(ExcTypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    Object *func = ((Wrapper *)args[0])->func;
    if (!func) { /* a subclass's instance whose __init__ did not set it */
        exc_set(ExcRuntimeError, "uninitialized %s object", wrapper_kind(args[0]));
        return NULL;
    }
    if (obj_isinstance_type(args[0], &StaticMethodType)) {
        INCREF(func);
        return func;
    }
    Object *cls = nargs == 3 && args[2] != None ? args[2] : (Object *)args[1]->type;
    if (args[1] == None && (nargs < 3 || args[2] == None)) {
        exc_set(ExcTypeError, "__get__(None, None) is invalid");
        return NULL;
    }
    return classmethod_bind(func, (Type *)cls);
}

/* staticmethod objects are callable (3.10): the function, called. */
static Object *staticmethod_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    Object *func = ((Wrapper *)o)->func;
    if (!func) {
        exc_set(ExcRuntimeError, "uninitialized staticmethod object");
        return NULL;
    }
    return obj_call(func, args, nargs, kw);
}

static const MethodDef wrapper_methods[] = {
    { "__get__", wrapper_m_get, NULL },
    { "__init__", wrapper_m_init, NULL },
    { "__func__", NULL, wrapper_get_func },
    { "__isabstractmethod__", NULL, wrapper_get_isabstract },
    { NULL, NULL, NULL },
};

/* A property's getter, setter or deleter called, or AttributeError
 * `missing` when it has none: attribute access reads through it, and the
 * descriptor methods below, for Python code that drives a property itself
 * (threading.local, inspect), use it for all three. */
static Object *property_call_part(Object *f, const char *missing, Object *const *args, size_t n)
{
    if (!f) {
        exc_set(ExcAttributeError, "%s", missing);
        return NULL;
    }
    return obj_call(f, args, n, NULL);
}

static Object *property_m_get(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 2 || nargs > 3 || kw) {
        exc_set(ExcTypeError, "__get__ expected 1 or 2 arguments, got %zu", nargs - 1);
        return NULL;
    }
    if (args[1] == None) {
        INCREF(args[0]);
        return args[0];
    }
    return property_call_part(((Wrapper *)args[0])->func, "unreadable attribute", args + 1, 1);
}

static Object *property_m_set(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 3 || kw) {
        exc_set(ExcTypeError, "expected 2 arguments, got %zu", nargs - 1);
        return NULL;
    }
    Object *r = property_call_part(((Wrapper *)args[0])->fset, "can't set attribute", args + 1, 2);
    return r ? (DECREF(r), none_new()) : NULL;
}

static Object *property_m_delete(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "expected 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    Object *r = property_call_part(((Wrapper *)args[0])->fdel, "can't delete attribute", args + 1, 1);
    return r ? (DECREF(r), none_new()) : NULL;
}

static const MethodDef property_methods[] = {
    { "__get__", property_m_get, NULL },
    { "__init__", property_m_init, NULL },
    { "__set__", property_m_set, NULL },
    { "__delete__", property_m_delete, NULL },
    { "setter", property_m_setter, NULL },
    { "getter", property_m_getter, NULL },
    { "deleter", property_m_deleter, NULL },
    { "fget", NULL, wrapper_get_func },
    { "fset", NULL, property_get_fset },
    { "fdel", NULL, property_get_fdel },
    { "__doc__", NULL, property_get_doc },
    { "__isabstractmethod__", NULL, wrapper_get_isabstract },
    { NULL, NULL, NULL },
};

Type StaticMethodType = {
    OBJ_HEAD_INIT(&TypeType), .name = "staticmethod", .base = &ObjectType,
    .basicsize = sizeof(Wrapper), .flags = TYPE_GC | TYPE_BASETYPE, .dealloc = wrapper_dealloc,
    .call = staticmethod_call,
    .construct = wrapper_construct, .methods = wrapper_methods, .traverse = wrapper_traverse,
};
Type ClassMethodType = {
    OBJ_HEAD_INIT(&TypeType), .name = "classmethod", .base = &ObjectType,
    .basicsize = sizeof(Wrapper), .flags = TYPE_GC | TYPE_BASETYPE, .dealloc = wrapper_dealloc,
    .construct = wrapper_construct, .methods = wrapper_methods, .traverse = wrapper_traverse,
};
Type PropertyType = {
    OBJ_HEAD_INIT(&TypeType), .name = "property", .base = &ObjectType,
    .basicsize = sizeof(Wrapper), .flags = TYPE_GC | TYPE_BASETYPE, .dealloc = wrapper_dealloc,
    .construct = property_construct, .methods = property_methods, .traverse = wrapper_traverse,
};

/* An attribute found on a class, as seen through an instance (self) or
 * through the class itself (self NULL). */
/* A descriptor method (__get__, __set__, __delete__) of a class's instance:
 * the class's own, else the built-in base's (a property subclass's is
 * property's), since heap_lookup leaves built-in slots out. */
static Object *descr_lookup(Type *t, const char *name)
{
    Object *n = str_intern(name), *f = heap_lookup(t, n);
    for (Type *c = static_base(t); !f && c && c != &ObjectType; c = c->base)
        f = own_lookup(c, n);
    return f;
}

/* A classmethod's function bound to cls; a descriptor it wraps (a
 * property: python 3.9 to 3.12 chain them) is asked for its value with
 * the class as the instance, as CPython's classmethod.__get__ does. */
static Object *classmethod_bind(Object *func, Type *cls)
{
    Object *c = (Object *)cls;
    if (obj_is(func, &PropertyType))
        return property_call_part(((Wrapper *)func)->func, "unreadable attribute", &c, 1);
    if (func->type->flags & TYPE_HEAP) {
        Object *get = descr_lookup(func->type, "__get__");
        if (get) {
            Object *a[2] = { c, c };
            return call_dunder(get, func, a, 2);
        }
    }
    return method_new(func, c);
}

static Object *class_attr_get(Object *attr, Object *self, Type *cls)
{
    if (obj_is(attr, &StaticMethodType))
        return wrapper_get_func(attr);
    if (obj_is(attr, &ClassMethodType))
        return classmethod_bind(((Wrapper *)attr)->func, cls);
    if (obj_is(attr, &MemberType) && self)
        return member_get(attr, self);
    if (obj_is(attr, &PropertyType) && self)
        return property_call_part(((Wrapper *)attr)->func, "unreadable attribute", &self, 1);
    if (attr->type->flags & TYPE_HEAP) {
        Object *get = descr_lookup(attr->type, "__get__");
        if (get) {
            Object *a[2] = { self ? self : None, (Object *)cls };
            return call_dunder(get, attr, a, 2);
        }
    }
    return self ? bind(attr, self) : (INCREF(attr), attr);
}

/* A class's instance used as a class attribute with __set__ or __delete__:
 * it takes precedence over the instance __dict__, as CPython's. */
static bool is_data_descriptor(Object *attr)
{
    return (attr->type->flags & TYPE_HEAP) &&
           (descr_lookup(attr->type, "__set__") || descr_lookup(attr->type, "__delete__"));
}

static Object *no_attribute(Object *o, Object *name)
{
    exc_set(ExcAttributeError, "'%s' object has no attribute '%s'", o->type->name, str_utf8(name));
    exc_set_names(name, o);
    return NULL;
}

/* obj_getattr_generic; quiet: a name found nowhere is NULL with no
 * exception set (obj_lookup_attr), which spares making an AttributeError. */
static Object *generic_getattr(Object *o, Object *name, bool quiet)
{
    Object *attr = lookup_inline(o->type, name);
    if (attr && obj_is(attr, &GetSetType))
        return ((GetSetObject *)attr)->get(o);
    if (attr && obj_is(attr, &PropertyType) && !((Wrapper *)attr)->func) {
        exc_set(ExcAttributeError, "property '%s' of '%s' object has no getter", str_utf8(name),
                o->type->name);
        return NULL;
    }
    if (attr && (obj_is(attr, &PropertyType) || obj_is(attr, &MemberType) ||
                 is_data_descriptor(attr)))
        return class_attr_get(attr, o, o->type);
    Object **dp = dict_ptr(o);
    if (dp && *dp) {
        Object *v = dict_get(*dp, name);
        if (v) {
            INCREF(v);
            return v;
        }
    }
    if (attr)
        return class_attr_get(attr, o, o->type);
    return quiet ? NULL : no_attribute(o, name);
}

Object *obj_getattr_generic(Object *o, Object *name) { return generic_getattr(o, name, false); }

/* The attributes of a class's instance (not an exception's) are "instance
 * values" until the dict is handed out (see dict_new_instance_values). */
static Object *instance_dict_new(Object *o)
{
    if ((o->type->flags & (TYPE_HEAP | TYPE_EXC)) == TYPE_HEAP)
        return dict_new_instance_values();
    return dict_new();
}

int obj_setattr_generic(Object *o, Object *name, Object *value)
{
    Object **dp = dict_ptr(o);
    Object *attr = lookup_inline(o->type, name);
    if (attr && obj_is(attr, &PropertyType)) {
        Wrapper *p = (Wrapper *)attr;
        Object *f = value ? p->fset : p->fdel;
        if (!f) {
            exc_set(ExcAttributeError, "property '%s' of '%s' object has no %s", str_utf8(name),
                    o->type->name, value ? "setter" : "deleter");
            return -1;
        }
        Object *args[2] = { o, value };
        Object *r = obj_call(f, args, value ? 2 : 1, NULL);
        XDECREF(r);
        return r ? 0 : -1;
    }
    if (attr && obj_is(attr, &MemberType))
        return member_set(attr, o, value);
    if (attr && is_data_descriptor(attr)) {
        Object *f = descr_lookup(attr->type, value ? "__set__" : "__delete__");
        if (!f) {
            exc_set(ExcAttributeError, "%s", value ? "__set__" : "__delete__");
            return -1;
        }
        Object *args[2] = { o, value };
        Object *r = call_dunder(f, attr, args, value ? 2 : 1);
        XDECREF(r);
        return r ? 0 : -1;
    }
    if (attr && obj_is(attr, &GetSetType) && ((GetSetObject *)attr)->set)
        return ((GetSetObject *)attr)->set(o, value);
    if (attr && obj_is(attr, &GetSetType)) {
        exc_set(ExcAttributeError, "attribute '%s' of '%s' objects is not writable",
                str_utf8(name), o->type->name);
        return -1;
    }
    if (!dp) {
        if (attr)
            exc_set(ExcAttributeError, "'%s' object attribute '%s' is read-only",
                    o->type->name, str_utf8(name));
        else
            no_attribute(o, name);
        return -1;
    }
    if (!value) {
        if (*dp && dict_get(*dp, name))
            return dict_del(*dp, name);
        no_attribute(o, name);
        return -1;
    }
    if (!*dp && !(*dp = instance_dict_new(o)))
        return -1;
    return dict_set(*dp, name, value);
}

int obj_load_method(Object *o, Object *name, Object **out)
{
    Type *t = o->type;
    /* A metaclass's instance is a class: its attributes are not its type's. */
    if (t->getattr && t->getattr != obj_getattr_generic &&
        (!(t->flags & TYPE_HEAP) || (t->flags & TYPE_HOOK_GETATTRIBUTE) ||
         t->getattr == meta_getattr)) {
        *out = obj_getattr(o, name);
        return *out ? 0 : -1;
    }
    Object *attr = lookup_inline(t, name);
    if (attr && binds(attr)) {
        Object **dp = dict_ptr(o);
        if (!(dp && *dp && dict_get(*dp, name))) {
            INCREF(attr);
            *out = attr;
            return 1;
        }
    }
    *out = obj_getattr(o, name);
    return *out ? 0 : -1;
}

/* ---- object ---------------------------------------------------------------- */

static Object *object_repr(Object *o)
{
    Type *t = o->type;
    if (t->flags & TYPE_HEAP) {
        Object *mod = dict_get(t->dict, ID(__module__));
        if (mod && obj_is(mod, &StrType) && strcmp(str_utf8(mod), "builtins") != 0)
            return str_from_fmt("<%s.%s object at %p>", str_utf8(mod),
                                str_utf8(HEAP(t)->qualname), (void *)o);
    }
    return str_from_fmt("<%s object at %p>", t->name, (void *)o);
}

/* object.__new__ of a class abc marked abstract: python3's message (3.11:
 * "method" for one name), the names sorted. */
static int refuse_abstract(Type *t)
{
    if (!(t->flags & TYPE_ABSTRACT))
        return 0;
    Object *names = type_lookup(t, ID(__abstractmethods__));
    Object *l = names ? list_from_iter(names) : list_new(0);
    Object *sep = str_from_cstr(", ");
    Object *j = l && sep && list_sort_impl(l, NULL, false) == 0 ? str_join(sep, l) : NULL;
    if (j)
        exc_set(ExcTypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                t->name, list_len(l) == 1 ? "" : "s", str_utf8(j));
    XDECREF(j);
    XDECREF(sep);
    XDECREF(l);
    return -1;
}

static Object *object_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = (Type *)callable;
    if (refuse_abstract(t) < 0)
        return NULL;
    Object *init = (t->flags & TYPE_HEAP) ? heap_lookup(t, ID(__init__)) : NULL;
    if (!init && nargs) {
        exc_set(ExcTypeError, "%s() takes no arguments", t->name);
        return NULL;
    }
    Object *o = obj_alloc(t, t->basicsize);
    if (!o || !init)
        return o;
    Object *r = obj_call_prepend(init, o, args, nargs, kw);
    if (!r) {
        DECREF(o);
        return NULL;
    }
    if (r != None) {
        exc_set(ExcTypeError, "__init__() should return None, not '%s'", r->type->name);
        DECREF(r);
        DECREF(o);
        return NULL;
    }
    DECREF(r);
    return o;
}

/* object.__init__ refuses arguments where CPython's does: when the class
 * overrides __init__ (so they were meant for someone) or not __new__. */
static Object *object_m_init(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = args[0]->type;
    if (nargs > 1 && (t->flags & TYPE_HEAP) &&
        (heap_lookup(t, ID(__init__)) || !heap_lookup(t, ID(__new__)))) {
        exc_set(ExcTypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        return NULL;
    }
    return none_new();
}

static Object *object_m_init_subclass(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "%s.__init_subclass__() takes no keyword arguments",
                ((Type *)args[0])->name);
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                ((Type *)args[0])->name, nargs - 1);
        return NULL;
    }
    return none_new();
}

/* The value fields (n bytes of an sb instance) of v into o. */
static void value_copy_body(Object *o, Object *v, size_t n, Type *sb)
{
    memcpy((char *)o + sizeof(Object), (char *)v + sizeof(Object), n - sizeof(Object));
    if (sb == &StrType) {   /* the copy's offset table is its own, made when asked */
        ((StrObject *)o)->interned = false;
        ((StrObject *)o)->cpindex = NULL;
    }
    if (sb == &TupleType) /* the copy holds the items too */
        for (size_t i = 0; i < tuple_len(o); i++)
            INCREF(tuple_get(o, i));
}

/* A fresh instance of class cls whose static base is sb, before __init__:
 * an immutable base's value is made by its constructor from the arguments
 * and copied into the instance; a mutable one (list, dict) starts empty. */
static Object *instance_new(Type *cls, Type *sb, Object *const *args, size_t nargs, Object *kw)
{
    if (cls == sb || (sb->flags & TYPE_CONSTRUCT_SUBCLASS))
        return sb->construct((Object *)cls, args, nargs, kw);
    if (!(sb->flags & TYPE_COPYNEW))
        return sb == &ObjectType && refuse_abstract(cls) < 0 ? NULL : obj_alloc(cls, cls->basicsize);
    Object *v = sb->construct((Object *)sb, args, nargs, kw);
    if (!v)
        return NULL;
    size_t n = sb->instsize ? sb->instsize(v) : sb->basicsize;
    /* A variable-size base (its value is n bytes) admits only empty
     * __slots__ (class_slots), so without a dict the instance is its value. */
    size_t size = cls->dictoffset == DICTOFFSET_END ? align_ptr(n) + sizeof(Object *)
                  : sb->instsize ? n : cls->basicsize;
    Object *o = obj_alloc(cls, size);
    if (o)
        value_copy_body(o, v, n, sb);
    DECREF(v);
    return o;
}

Object *type_value_exact(Object *v)
{
    Type *sb = static_base(v->type);
    if (!(v->type->flags & TYPE_HEAP) || !(sb->flags & TYPE_COPYNEW)) {
        INCREF(v);
        return v;
    }
    size_t n = sb->instsize ? sb->instsize(v) : sb->basicsize;
    Object *o = obj_alloc(sb, n);
    if (o)
        value_copy_body(o, v, n, sb);
    return o;
}

/* T.__new__(cls, ...) of a static type T (owner, the builtin's self). */
static Object *static_m_new(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = (Type *)builtin_self(c);
    if (nargs - (kw ? tuple_len(kw) : 0) == 0) {
        exc_set(ExcTypeError, "%s.__new__(): not enough arguments", t->name);
        return NULL;
    }
    if (!obj_isinstance_type(args[0], &TypeType)) {
        exc_set(ExcTypeError, "%s.__new__(X): X is not a type object (%s)", t->name,
                args[0]->type->name);
        return NULL;
    }
    Type *cls = (Type *)args[0];
    if (!type_is_subtype(cls, t)) {
        exc_set(ExcTypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, cls->name,
                cls->name, t->name);
        return NULL;
    }
    Type *sb = static_base(cls);
    /* An exception class's __new__ serves the built-in subclasses of the
     * same layout (ValueError's is BaseException's), as CPython's. */
    bool exc_same_layout = (t->flags & TYPE_EXC) && type_is_subtype(sb, t) && sb->basicsize == t->basicsize;
    if (sb != t && !exc_same_layout) {
        /* CPython names the nearest class whose __new__ is not Python's. */
        Type *named = cls;
        while ((named->flags & TYPE_HEAP) && dict_get(named->dict, ID(__new__)))
            named = named->base;
        exc_set(ExcTypeError, "%s.__new__(%s) is not safe, use %s.__new__()", t->name, cls->name,
                named->name);
        return NULL;
    }
    if (t == &ObjectType && (nargs > 1 || kw) && (cls->flags & TYPE_HEAP)) {
        if (heap_lookup(cls, ID(__new__)))
            exc_set(ExcTypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        else if (!heap_lookup(cls, ID(__init__)))
            exc_set(ExcTypeError, "%s() takes no arguments", cls->name);
        if (exc_occurred())
            return NULL;
    }
    if (t == &ObjectType)
        return refuse_abstract(cls) < 0 ? NULL : obj_alloc(cls, cls->basicsize);
    if (t->flags & TYPE_EXC)
        return exc_new_uninit(t, cls, args + 1, nargs - 1, kw);
    return instance_new(cls, t, args + 1, nargs - 1, kw);
}

/* o's __init__(*args) after its __new__ (o stolen; NULL when it fails). */
static Object *init_instance(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    Object *init = type_lookup(o->type, ID(__init__));
    if (!init || (obj_is_builtin(init) && ((BuiltinObject *)init)->fn == object_m_init))
        return o;
    Object *r = obj_call_prepend(init, o, args, nargs, kw);
    if (r && r != None) {
        exc_set(ExcTypeError, "__init__() should return None, not '%s'", r->type->name);
        SETREF(r, NULL);
    }
    if (!r)
        SETREF(o, NULL);
    XDECREF(r);
    return o;
}

/* C(...) for a class: __new__ (the class's or the built-in base's), then
 * __init__ when the result is an instance of C, as CPython's type_call. */
static Object *heap_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = (Type *)callable;
    Type *sb = static_base(t);
    Object *newf = (t->flags & TYPE_HOOK_NEW) ? heap_lookup(t, ID(__new__)) : NULL;
    Object *o;
    if (newf) {
        Object *f = obj_isinstance_type(newf, &StaticMethodType) ? ((Wrapper *)newf)->func : newf;
        o = obj_call_prepend(f, callable, args, nargs, kw);
    } else {
        o = instance_new(t, sb, args, nargs, kw);
    }
    if (!o || !obj_isinstance_type(o, t))
        return o;
    return init_instance(o, args, nargs, kw);
}

static Object *object_get_class(Object *o)
{
    INCREF(o->type);
    return (Object *)o->type;
}

static Object *object_get_dict(Object *o)
{
    Object **dp = dict_ptr(o);
    if (!dp)
        return no_attribute(o, str_intern("__dict__"));
    if (!*dp && !(*dp = dict_new()))
        return NULL;
    dict_expose(*dp);
    INCREF(*dp);
    return *dp;
}

static Object *object_m_repr(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return object_repr(args[0]);
}

/* object.__str__ is the object's repr, whatever its class makes of that. */
static Object *object_m_str(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return obj_repr(args[0]);
}

static Object *object_m_sizeof(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__sizeof__() takes no arguments (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return int_from_i64((int64_t)obj_sizeof(args[0]));
}

static Object *object_m_setattr(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 3 || !obj_is(args[1], &StrType)) {
        exc_set(ExcTypeError, "__setattr__ expected 2 arguments");
        return NULL;
    }
    return obj_setattr_generic(args[0], args[1], args[2]) < 0 ? NULL : none_new();
}

static Object *object_m_getattribute(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw || !obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "expected 1 argument, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return obj_getattr_generic(args[0], args[1]);
}

static Object *object_m_delattr(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw || !obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "expected 1 argument, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return obj_setattr_generic(args[0], args[1], NULL) < 0 ? NULL : none_new();
}

static const MethodDef object_classmethods[] = {
    { "__init_subclass__", object_m_init_subclass, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef object_methods[] = {
    { "__init__", object_m_init, NULL },
    { "__repr__", object_m_repr, NULL },
    { "__str__", object_m_str, NULL },
    { "__format__", format_m_object, NULL },
    { "__sizeof__", object_m_sizeof, NULL },
    { "__setattr__", object_m_setattr, NULL },
    { "__getattribute__", object_m_getattribute, NULL },
    { "__delattr__", object_m_delattr, NULL },
    { "__class__", NULL, object_get_class },
    { "__dict__", NULL, object_get_dict },
    { NULL, NULL, NULL },
};

Type ObjectType = {
    OBJ_HEAD_INIT(&TypeType), .name = "object", .base = NULL, .basicsize = sizeof(Object),
    .flags = TYPE_BASETYPE, .repr = object_repr, .construct = object_construct,
    .methods = object_methods, .classmethods = object_classmethods,
};

/* ---- type ---------------------------------------------------------------- */


static Object *type_repr(Object *o)
{
    Type *t = (Type *)o;
    if (t->flags & TYPE_HEAP) {
        Object *mod = dict_get(t->dict, ID(__module__));
        if (mod && obj_is(mod, &StrType) && strcmp(str_utf8(mod), "builtins") != 0)
            return str_from_fmt("<class '%s.%s'>", str_utf8(mod), str_utf8(HEAP(t)->qualname));
    }
    return str_from_fmt("<class '%s'>", t->name);
}

static Type *class_new(Type *meta, Object *name, Object *bases, Object *dict);

/* The keyword arguments of a call as a dict (NULL: none). */
static int kw_dict(Object *const *args, size_t nargs, Object *kwnames, Object **out)
{
    *out = NULL;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++)
        if ((!*out && !(*out = dict_new())) ||
            dict_set(*out, tuple_get(kwnames, i), args[nargs - nkw + i]) < 0)
            return -1;
    return 0;
}

static bool arg_is(Object *v, int i, Type *t)
{
    if (obj_isinstance_type(v, t))
        return true;
    exc_set(ExcTypeError, "type.__new__() argument %d must be %s, not %s", i, t->name,
            v->type->name);
    return false;
}

/* PEP 560's bases (typing's Generic[T]) are resolved by the class
 * statement only; here they are an error, as CPython's. */
static int mro_entries_refused(Object *bases)
{
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Object *b = tuple_get(bases, i);
        if (obj_isinstance_type(b, &TypeType) || !type_lookup(b->type, str_intern("__mro_entries__")))
            continue;
        exc_set(ExcTypeError, "type() doesn't support MRO entry resolution; use types.new_class()");
        return -1;
    }
    return 0;
}

/* type(x), and type.__new__(meta, name, bases, ns, **kw): a class whose
 * metaclass is the most derived of meta and its bases' (that one's own
 * __new__ makes it when it has one), from a copy of ns; the keywords go
 * to __init_subclass__. */
static Object *type_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Type *meta = (Type *)callable;
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (meta == &TypeType && npos == 1 && !kw) {
        INCREF(args[0]->type);
        return (Object *)args[0]->type;
    }
    if (npos != 3) {
        if (meta == &TypeType)
            exc_set(ExcTypeError, "type() takes 1 or 3 arguments");
        else
            exc_set(ExcTypeError, "type.__new__() takes exactly 3 arguments (%zu given)", npos);
        return NULL;
    }
    if (!arg_is(args[0], 1, &StrType) || !arg_is(args[1], 2, &TupleType) ||
        !arg_is(args[2], 3, &DictType) || mro_entries_refused(args[1]) < 0)
        return NULL;
    Type *winner = type_calculate_meta(meta, args[1]);
    if (!winner)
        return NULL;
    if (winner != meta && (winner->flags & TYPE_HOOK_NEW)) {
        /* Only its __new__: whoever called type's runs __init__. */
        Object *f = heap_lookup(winner, ID(__new__));
        f = obj_isinstance_type(f, &StaticMethodType) ? ((Wrapper *)f)->func : f;
        return obj_call_prepend(f, (Object *)winner, args, nargs, kw);
    }
    Object *kwd, *ns = NULL;
    Type *cls = NULL;
    if (kw_dict(args, nargs, kw, &kwd) == 0 && (ns = dict_new()) && dict_update(ns, args[2]) == 0)
        cls = class_new(winner, args[0], args[1], ns);
    if (cls && type_class_ready(cls, kwd) < 0)
        SETREF(cls, NULL);
    XDECREF(ns);
    XDECREF(kwd);
    return (Object *)cls;
}

static Object *type_call(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = (Type *)callable;
    if (t == &TypeType && nargs == 1 && !kw) {
        INCREF(args[0]->type);
        return (Object *)args[0]->type;
    }
    if (t == &TypeType) {
        /* type(name, bases, ns) made a class of a derived metaclass:
         * that one's __init__ runs, as CPython's type_call. */
        Object *o = type_construct(callable, args, nargs, kw);
        return o && o->type != &TypeType ? init_instance(o, args, nargs, kw) : o;
    }
    /* A built-in type straight under object with no constructor of its own
     * (an iterator, a frame, re.Match) is made by the VM alone: object's
     * would give a zeroed instance that its methods cannot use.  As
     * CPython's Py_TPFLAGS_DISALLOW_INSTANTIATION. */
    for (Type *c = t; c; c = c->base) {
        if (c->construct)
            return c->construct(callable, args, nargs, kw);
        if (!(c->flags & TYPE_HEAP) && c->base == &ObjectType)
            break;
    }
    exc_set(ExcTypeError, "cannot create '%s' instances", t->name);
    return NULL;
}

/* t's MRO as a new tuple, with t first when with_self. */
static Object *mro_tuple(Type *t, bool with_self)
{
    size_t k = with_self, n;
    if (t->flags & TYPE_HEAP) {
        n = tuple_len(HEAP(t)->mro);
    } else {
        n = 0;
        for (Type *c = t->base; c; c = c->base)
            n++;
    }
    Object *r = tuple_new(n + k);
    if (!r)
        return NULL;
    if (with_self) {
        INCREF(t);
        tuple_set(r, 0, (Object *)t);
    }
    for (size_t i = 0; i < n; i++) {
        Object *c = (t->flags & TYPE_HEAP) ? tuple_get(HEAP(t)->mro, i) : NULL;
        if (!c) {
            Type *s = t->base;
            for (size_t j = 0; j < i; j++)
                s = s->base;
            c = (Object *)s;
        }
        INCREF(c);
        tuple_set(r, k + i, c);
    }
    return r;
}

static Object *type_getattr(Object *o, Object *name)
{
    Type *t = (Type *)o;
    const char *n = str_utf8(name);
    if (n[0] == '_' && n[1] == '_') {
        if (!strcmp(n, "__qualname__") && (t->flags & TYPE_HEAP)) {
            INCREF(HEAP(t)->qualname);
            return HEAP(t)->qualname;
        }
        /* A static type's name may say its module: "weakref.ReferenceType". */
        const char *dot = (t->flags & TYPE_HEAP) ? NULL : strrchr(t->name, '.');
        if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__"))
            return str_from_cstr(type_short_name(t));
        if (!strcmp(n, "__module__") && !(t->flags & TYPE_HEAP))
            return dot ? str_from_utf8(t->name, (size_t)(dot - t->name)) : str_from_cstr("builtins");
        if (!strcmp(n, "__base__")) {
            Object *b = t->base ? (Object *)t->base : None;
            INCREF(b);
            return b;
        }
        if (!strcmp(n, "__bases__") && (t->flags & TYPE_HEAP)) {
            INCREF(HEAP(t)->bases);
            return HEAP(t)->bases;
        }
        if (!strcmp(n, "__bases__"))
            return t->base ? tuple_pack(1, (Object *)t->base) : tuple_new(0);
        if (!strcmp(n, "__mro__"))
            return mro_tuple(t, true);
        if (!strcmp(n, "__dict__")) {
            if (!t->dict)
                type_ready(t);
            return mappingproxy_new(t->dict);
        }
        if (!strcmp(n, "__doc__") && !(t->flags & TYPE_HEAP))
            return none_new();
        if (!strcmp(n, "__class__"))
            return object_get_class(o);
    }
    /* A metaclass's data descriptor (a property) wins over the class's
     * own attribute; its other attributes come after, as CPython's
     * type_getattro. */
    Type *meta = o->type;
    Object *ma = (meta->flags & TYPE_HEAP) ? type_lookup(meta, name) : NULL;
    if (ma && (obj_is(ma, &PropertyType) || is_data_descriptor(ma)))
        return class_attr_get(ma, o, meta);
    Object *v = type_lookup(t, name);
    if (v)
        return class_attr_get(v, NULL, t);
    if (!ma)
        ma = type_lookup(meta, name);
    if (ma && !obj_is(ma, &GetSetType))
        return class_attr_get(ma, o, meta);
    exc_set(ExcAttributeError, "type object '%s' has no attribute '%s'", t->name, n);
    exc_set_names(name, o);
    return NULL;
}

static int type_setattr(Object *o, Object *name, Object *value)
{
    Type *t = (Type *)o;
    if (!(t->flags & TYPE_HEAP)) {
        exc_set(ExcTypeError, "cannot set '%s' attribute of immutable type '%s'",
                str_utf8(name), t->name);
        return -1;
    }
    Object *ma = (o->type->flags & TYPE_HEAP) ? type_lookup(o->type, name) : NULL;
    if (ma && (obj_is(ma, &PropertyType) || is_data_descriptor(ma)))
        return obj_setattr_generic(o, name, value);
    if (str_eq(name, ID(__abstractmethods__))) {
        int abstract = value ? obj_truth(value) : 0;
        if (abstract < 0)
            return -1;
        t->flags = abstract ? t->flags | TYPE_ABSTRACT : t->flags & ~(unsigned)TYPE_ABSTRACT;
    }
    if (str_eq(name, ID(__getattribute__)) || str_eq(name, ID(__setattr__)) ||
        str_eq(name, ID(__delattr__)) || str_eq(name, ID(__new__)) || str_eq(name, ID(__getitem__))) {
        int r = value ? dict_set(t->dict, name, value) : dict_del(t->dict, name);
        return r < 0 ? r : class_slots_changed(t);
    }
    if (value)
        return dict_set(t->dict, name, value);
    if (!dict_get(t->dict, name)) {
        exc_set(ExcAttributeError, "type object '%s' has no attribute '%s'", t->name, str_utf8(name));
        return -1;
    }
    return dict_del(t->dict, name);
}

static void type_dealloc(Object *o)
{
    HeapType *h = (HeapType *)o;
    if (h->t.weaklist)
        weakref_clear_refs(o);
    XDECREF(h->t.dict);
    if (h->t.base && (h->t.base->flags & TYPE_HEAP))
        DECREF(h->t.base);
    XDECREF(h->bases);
    XDECREF(h->mro);
    XDECREF(h->qualname);
    XDECREF(h->name);
    obj_free(o);
}

/* Only classes are tracked (static types have no GC header). */
static void type_traverse(Object *o, VisitFn visit, void *arg)
{
    Type *t = (Type *)o;
    visit(t->dict, arg);
    if (t->base && (t->base->flags & TYPE_HEAP))
        visit((Object *)t->base, arg);
    visit(HEAP(t)->bases, arg);
    visit(HEAP(t)->mro, arg);
}

/* The dict stays (every lookup reads it), emptied; the base stays too:
 * instances still being freed walk the chain. */
static void type_clear(Object *o)
{
    Type *t = (Type *)o;
    if (t->dict)
        dict_clear(t->dict);
}

static Object *type_m_mro(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    Object *t = type_getattr(args[0], str_intern("__mro__"));
    if (!t)
        return NULL;
    Object *l = list_from_iter(t);
    DECREF(t);
    return l;
}

/* type.__init__ takes what type.__new__ took and leaves the class as made. */
static Object *type_m_init(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos == 2 && kw) {
        exc_set(ExcTypeError, "type.__init__() takes no keyword arguments");
        return NULL;
    }
    if (npos != 2 && npos != 4) {
        exc_set(ExcTypeError, "type.__init__() takes 1 or 3 arguments");
        return NULL;
    }
    return none_new();
}

static Object *type_m_instancecheck(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (wrapper_args(c, nargs, kw, 1))
        return NULL;
    return bool_from(obj_isinstance_type(args[1], (Type *)args[0]));
}

static Object *type_m_subclasscheck(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (wrapper_args(c, nargs, kw, 1))
        return NULL;
    if (!obj_isinstance_type(args[1], &TypeType)) {
        exc_set(ExcTypeError, "issubclass() arg 1 must be a class");
        return NULL;
    }
    return bool_from(type_is_subtype((Type *)args[1], (Type *)args[0]));
}

/* type.__prepare__(name, bases, **kw): the class body's namespace. */
static Object *type_m_prepare(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return dict_new();
}

static Object *type_m_setattr(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 3 || kw || !obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "expected 2 arguments, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return type_setattr(args[0], args[1], args[2]) < 0 ? NULL : none_new();
}

static Object *type_m_getattribute(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw || !obj_isinstance_type(args[1], &StrType)) {
        exc_set(ExcTypeError, "expected 1 argument, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return type_getattr(args[0], args[1]);
}

static const MethodDef type_methods[] = {
    { "mro", type_m_mro, NULL },
    { "__init__", type_m_init, NULL },
    { "__instancecheck__", type_m_instancecheck, NULL },
    { "__subclasscheck__", type_m_subclasscheck, NULL },
    { "__setattr__", type_m_setattr, NULL },
    { "__getattribute__", type_m_getattribute, NULL },
    { "__subclasses__", type_m_subclasses, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef type_classmethods[] = {
    { "__prepare__", type_m_prepare, NULL },
    { NULL, NULL, NULL },
};

/* int | str (PEP 604): a types.UnionType, which vm/lib/types.py defines;
 * NotImplemented for an operand that is no class, None or alias. */
static Object *type_or(Object *a, Object *b)
{
    Object *args[2] = { a, b };
    return import_call("types", "_union_or", args, 2);
}

static const NumberOps type_num = { .or_ = type_or };

Type TypeType = {
    OBJ_HEAD_INIT(&TypeType), .name = "type", .base = &ObjectType, .basicsize = sizeof(HeapType),
    .flags = TYPE_BASETYPE | TYPE_GC | TYPE_CONSTRUCT_SUBCLASS, .dealloc = type_dealloc,
    .repr = type_repr, .call = type_call, .getattr = type_getattr, .setattr = type_setattr,
    .construct = type_construct, .methods = type_methods, .classmethods = type_classmethods, .num = &type_num,
    .traverse = type_traverse, .clear = type_clear, .weaklistoffset = offsetof(Type, weaklist),
};

/* ---- super ---------------------------------------------------------------- */

/* obj_type is where the lookup starts (after type): obj itself when obj
 * is a class deriving from type (super() in a class method), else obj's
 * class, as CPython's supercheck.  Borrowed: obj holds it. */
typedef struct SuperObject { Object ob; Type *type; Object *obj; Type *obj_type; } SuperObject;

int (*super_frame_args)(Type **type, Object **self);

static void super_dealloc(Object *o)
{
    SuperObject *s = (SuperObject *)o;
    DECREF(s->type);
    DECREF(s->obj);
    obj_free(o);
}

static Object *super_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = NULL;
    Object *obj = NULL;
    if (kw || nargs == 1 || nargs > 2) {
        exc_set(ExcTypeError, "super() takes 0 or 2 arguments");
        return NULL;
    }
    if (nargs == 2) {
        if (!obj_isinstance_type(args[0], &TypeType)) {
            exc_set(ExcTypeError, "super() argument 1 must be a type, not %s", args[0]->type->name);
            return NULL;
        }
        t = (Type *)args[0];
        obj = args[1];
    } else if (!super_frame_args || super_frame_args(&t, &obj) < 0) {
        if (!exc_occurred())
            exc_set(ExcRuntimeError, "super(): no arguments");
        return NULL;
    }
    Type *ot = obj_isinstance_type(obj, &TypeType) && type_is_subtype((Type *)obj, t)
                   ? (Type *)obj : obj->type;
    if (!type_is_subtype(ot, t)) {
        exc_set(ExcTypeError, "super(type, obj): obj must be an instance or subtype of type");
        return NULL;
    }
    SuperObject *s = (SuperObject *)obj_alloc((Type *)callable, sizeof(SuperObject));
    if (!s)
        return NULL;
    INCREF(t);
    INCREF(obj);
    s->type = t;
    s->obj = obj;
    s->obj_type = ot;
    return (Object *)s;
}

/* Looks past s->type in the chain of the object's class. */
static Object *super_getattr(Object *o, Object *name)
{
    SuperObject *s = (SuperObject *)o;
    if (!str_eq(name, str_intern("__class__"))) {
        bool cls = (Object *)s->obj_type == s->obj;
        Object *v = mro_lookup(s->obj_type, s->type, name);
        if (v && obj_is(v, &GetSetType) && !cls)
            return ((GetSetObject *)v)->get(s->obj);
        if (v)
            return class_attr_get(v, cls ? NULL : s->obj, s->obj_type);
    }
    return obj_getattr_generic(o, name);
}

static Object *super_repr(Object *o)
{
    SuperObject *s = (SuperObject *)o;
    Object *r = obj_repr(s->obj);
    if (!r)
        return NULL;
    Object *out = str_from_fmt("<super: <class '%s'>, %s>", s->type->name, str_utf8(r));
    DECREF(r);
    return out;
}

Type SuperType = {
    OBJ_HEAD_INIT(&TypeType), .name = "super", .base = &ObjectType,
    .basicsize = sizeof(SuperObject), .dealloc = super_dealloc, .repr = super_repr,
    .getattr = super_getattr, .construct = super_construct,
};

/* ---- classes: slots that dispatch to dunders ----------------------------- */

static Object *call_dunder(Object *f, Object *self, Object *const *args, size_t nargs)
{
    if (binds(f))
        return obj_call_prepend(f, self, args, nargs, NULL);
    return obj_call(f, args, nargs, NULL);
}

static Object *heap_repr(Object *o)
{
    Object *f = heap_lookup(o->type, ID(__repr__));
    if (f) {
        Object *r = call_dunder(f, o, NULL, 0);
        if (r && !obj_isinstance_type(r, &StrType)) {
            exc_set(ExcTypeError, "__repr__ returned non-string (type %s)", r->type->name);
            SETREF(r, NULL);
        }
        return r;
    }
    Type *sb = static_base(o->type);
    return sb->repr ? sb->repr(o) : object_repr(o);
}

static Object *heap_str(Object *o)
{
    Object *f = heap_lookup(o->type, ID(__str__));
    if (f) {
        Object *r = call_dunder(f, o, NULL, 0);
        if (r && !obj_isinstance_type(r, &StrType)) {
            exc_set(ExcTypeError, "__str__ returned non-string (type %s)", r->type->name);
            SETREF(r, NULL);
        }
        return r;
    }
    Type *sb = static_base(o->type);
    return sb->str ? exact_result(sb->str(o), o) : heap_repr(o);
}

static int64_t heap_hash(Object *o)
{
    Object *f = heap_lookup(o->type, ID(__hash__));
    if (f == None) {
        exc_set(ExcTypeError, "unhashable type: '%s'", o->type->name);
        return -1;
    }
    if (!f) {
        Type *sb = static_base(o->type);
        return sb->hash ? sb->hash(o) : hash_pointer(o);
    }
    Object *r = call_dunder(f, o, NULL, 0);
    if (!r)
        return -1;
    if (!obj_isinstance_type(r, &IntType)) {
        exc_set(ExcTypeError, "__hash__ method should return an integer");
        DECREF(r);
        return -1;
    }
    /* Taken as it is when it fits (-1 but as -2), else folded as int's
     * own hash folds a big int, as CPython's. */
    int64_t h = int_is_small(r) ? int_value(r) : IntType.hash(r);
    DECREF(r);
    return h == -1 ? -2 : h;
}

static const char *const cmp_dunders[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

static Object *heap_richcompare(Object *a, Object *b, int op)
{
    Object *f = heap_lookup(a->type, str_intern(cmp_dunders[op]));
    if (f)
        return call_dunder(f, a, &b, 1);
    if (op == CMP_NE) {
        /* object.__ne__ inverts __eq__ unless that is NotImplemented. */
        Object *eq = heap_lookup(a->type, ID(__eq__));
        if (eq) {
            Object *r = call_dunder(eq, a, &b, 1);
            if (!r || r == NotImplemented)
                return r;
            int t = obj_truth(r);
            DECREF(r);
            return t < 0 ? NULL : bool_from(!t);
        }
    }
    Type *sb = static_base(a->type);
    if (sb->richcompare)
        return sb->richcompare(a, b, op);
    INCREF(NotImplemented);
    return NotImplemented;
}

static int heap_truth(Object *o)
{
    Object *f = heap_lookup(o->type, ID(__bool__));
    if (f) {
        Object *r = call_dunder(f, o, NULL, 0);
        if (!r)
            return -1;
        if (!obj_is(r, &BoolType)) {
            exc_set(ExcTypeError, "__bool__ should return bool, returned %s", r->type->name);
            DECREF(r);
            return -1;
        }
        DECREF(r);
        return r == TrueObj;
    }
    Type *sb = static_base(o->type);
    if (heap_lookup(o->type, ID(__len__)) || (!sb->truth && sb->len)) {
        ssize_t n = obj_len(o);
        return n < 0 ? -1 : n > 0;
    }
    return sb->truth ? sb->truth(o) : 1;
}

static Object *heap_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    Object *f = heap_lookup(o->type, ID(__call__));
    if (!f && static_base(o->type)->call)
        return static_base(o->type)->call(o, args, nargs, kw);
    if (!f) {
        exc_set(ExcTypeError, "'%s' object is not callable", o->type->name);
        return NULL;
    }
    return binds(f) ? obj_call_prepend(f, o, args, nargs, kw) : obj_call(f, args, nargs, kw);
}

/* A class's __getattribute__ when it has one, else plain (an instance's
 * generic lookup, or type's for a metaclass's instances), then __getattr__. */
static Object *hooked_getattr(Object *o, Object *name, Object *(*plain)(Object *, Object *))
{
    Object *r = (o->type->flags & TYPE_HOOK_GETATTRIBUTE)
                    ? call_dunder(heap_lookup(o->type, ID(__getattribute__)), o, &name, 1)
                    : plain(o, name);
    if (r || !exc_matches(exc_occurred(), (Object *)ExcAttributeError))
        return r;
    Object *f = heap_lookup(o->type, ID(__getattr__));
    if (!f)
        return NULL;
    exc_clear();
    return call_dunder(f, o, &name, 1);
}

static Object *heap_getattr(Object *o, Object *name)
{
    return hooked_getattr(o, name, obj_getattr_generic);
}

static Object *meta_getattr(Object *o, Object *name) { return hooked_getattr(o, name, type_getattr); }

/* The common cases (a built-in object, a class's instance without
 * __getattribute__) look the name up quietly; the rest go the usual way. */
Object *obj_lookup_attr(Object *o, Object *name)
{
    Type *t = o->type;
    Object *r;
    if (!t->getattr || (t->getattr == heap_getattr && !(t->flags & TYPE_HOOK_GETATTRIBUTE))) {
        r = generic_getattr(o, name, true);
        Object *f = !r && !exc_occurred() && t->getattr ? heap_lookup(t, ID(__getattr__)) : NULL;
        if (f)
            r = call_dunder(f, o, &name, 1);
    } else {
        r = t->getattr(o, name);
    }
    if (!r && exc_occurred() && exc_matches(exc_occurred(), (Object *)ExcAttributeError))
        exc_clear();
    return r;
}

static int hooked_setattr(Object *o, Object *name, Object *value,
                          int (*plain)(Object *, Object *, Object *))
{
    Object *f = (o->type->flags & TYPE_HOOK_SETATTR)
                    ? heap_lookup(o->type, value ? ID(__setattr__) : ID(__delattr__)) : NULL;
    if (!f)
        return plain(o, name, value);
    Object *args[2] = { name, value };
    Object *r = call_dunder(f, o, args, value ? 2 : 1);
    XDECREF(r);
    return r ? 0 : -1;
}

static int heap_setattr(Object *o, Object *name, Object *value)
{
    return hooked_setattr(o, name, value, obj_setattr_generic);
}

static int meta_setattr(Object *o, Object *name, Object *value)
{
    return hooked_setattr(o, name, value, type_setattr);
}

static Object *heap_iter(Object *o)
{
    Object *f = heap_lookup(o->type, ID(__iter__));
    if (f && f != None) {
        Object *r = call_dunder(f, o, NULL, 0);
        if (r && !r->type->iternext) {
            exc_set(ExcTypeError, "iter() returned non-iterator of type '%s'", r->type->name);
            SETREF(r, NULL);
        }
        return r;
    }
    Type *sb = static_base(o->type);
    if (sb->iter && !f)
        return sb->iter(o);
    if (!f && heap_lookup(o->type, ID(__getitem__)))
        return iter_seq_new(o);
    exc_set(ExcTypeError, "'%s' object is not iterable", o->type->name);
    return NULL;
}

static Object *heap_iternext(Object *o)
{
    Object *f = heap_lookup(o->type, ID(__next__));
    if (!f && static_base(o->type)->iternext)
        return static_base(o->type)->iternext(o);
    if (!f) {
        exc_set(ExcTypeError, "'%s' object is not an iterator", o->type->name);
        return NULL;
    }
    Object *r = call_dunder(f, o, NULL, 0);
    if (!r && exc_matches(exc_occurred(), (Object *)ExcStopIteration))
        exc_clear();
    return r;
}

static Object *heap_getitem(Object *o, Object *key)
{
    Object *f = heap_lookup(o->type, ID(__getitem__));
    if (!f && static_base(o->type)->getitem)
        return exact_result(static_base(o->type)->getitem(o, key), o);
    if (!f) {
        exc_set(ExcTypeError, "'%s' object is not subscriptable", o->type->name);
        return NULL;
    }
    return call_dunder(f, o, &key, 1);
}

static int heap_setitem(Object *o, Object *key, Object *value)
{
    Object *f = heap_lookup(o->type, value ? ID(__setitem__) : ID(__delitem__));
    if (!f && static_base(o->type)->setitem)
        return static_base(o->type)->setitem(o, key, value);
    if (!f) {
        if (value)
            exc_set(ExcTypeError, "'%s' object does not support item assignment", o->type->name);
        else
            exc_set(ExcTypeError, "'%s' object doesn't support item deletion", o->type->name);
        return -1;
    }
    Object *args[2] = { key, value };
    Object *r = call_dunder(f, o, args, value ? 2 : 1);
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static ssize_t heap_len(Object *o)
{
    Object *f = heap_lookup(o->type, ID(__len__));
    if (!f && static_base(o->type)->len)
        return static_base(o->type)->len(o);
    if (!f) {
        exc_set(ExcTypeError, "object of type '%s' has no len()", o->type->name);
        return -1;
    }
    Object *r = call_dunder(f, o, NULL, 0);
    if (!r)
        return -1;
    if (!obj_isinstance_type(r, &IntType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", r->type->name);
        DECREF(r);
        return -1;
    }
    int64_t n = int_is_small(r) ? int_value(r) : 0;
    bool fits = int_is_small(r);
    DECREF(r);
    if (!fits) {
        exc_set(ExcOverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        exc_set(ExcValueError, "__len__() should return >= 0");
        return -1;
    }
    return (ssize_t)n;
}

static int heap_contains(Object *o, Object *item)
{
    Object *f = heap_lookup(o->type, ID(__contains__));
    if (f == None) {   /* __contains__ = None opts out, as CPython allows */
        exc_set(ExcTypeError, "'%s' object is not a container", o->type->name);
        return -1;
    }
    if (!f && static_base(o->type)->contains)
        return static_base(o->type)->contains(o, item);
    if (!f)
        return iter_contains(o, item);
    Object *r = call_dunder(f, o, &item, 1);
    if (!r)
        return -1;
    int t = obj_truth(r);
    DECREF(r);
    return t;
}

static const char *const bin_dunders[BIN__COUNT][2] = {
    { "__add__", "__radd__" }, { "__sub__", "__rsub__" }, { "__mul__", "__rmul__" },
    { "__truediv__", "__rtruediv__" }, { "__floordiv__", "__rfloordiv__" },
    { "__mod__", "__rmod__" }, { "__pow__", "__rpow__" }, { "__lshift__", "__rlshift__" },
    { "__rshift__", "__rrshift__" }, { "__and__", "__rand__" }, { "__or__", "__ror__" },
    { "__xor__", "__rxor__" }, { "__matmul__", "__rmatmul__" },
};

/* The operator of a class's static base (op), or with the operands
 * swapped back (-1 - op): the base slot of `owner`'s class, called (a, b)
 * in the source order. */
static Object *static_binop(Object *owner, Object *other, int op)
{
    bool swapped = op < 0;
    int k = swapped ? -1 - op : op;
    BinaryFn f = (owner->type->flags & TYPE_HEAP) ? obj_num_slot(static_base(owner->type), k) : NULL;
    if (!f) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    return swapped ? f(other, owner) : f(owner, other);
}

/* One dunder of a binary operator, called on self; NULL without an
 * exception when the class has none, NotImplemented when it declines. */
static Object *try_dunder(Object *self, Object *other, const char *name)
{
    Object *f = (self->type->flags & TYPE_HEAP) ? heap_lookup(self->type, str_intern(name)) : NULL;
    return f ? call_dunder(f, self, &other, 1) : (INCREF(NotImplemented), NotImplemented);
}

/* Called as the slot of either operand's class, as CPython's SLOT1BINFULL:
 * a.__op__(b) first, then b.__rop__(a) when b's class differs -- except
 * that a subclass of a's class that overrides __rop__ goes first, so
 * `base * derived` reaches the derived class's own operator. */
static Object *heap_binop(Object *a, Object *b, int op)
{
    const char *name = bin_dunders[op][0], *rname = bin_dunders[op][1];
    bool other = (b->type->flags & TYPE_HEAP) && b->type != a->type;
    if (other && type_is_subtype(b->type, a->type) &&
        heap_lookup(b->type, str_intern(rname)) !=
            ((a->type->flags & TYPE_HEAP) ? heap_lookup(a->type, str_intern(rname)) : NULL)) {
        Object *r = try_dunder(b, a, rname);
        if (r != NotImplemented)
            return r;
        DECREF(r);
        other = false;
    }
    Object *r = try_dunder(a, b, name);
    if (r != NotImplemented)
        return r;
    DECREF(r);
    if (other) {
        r = try_dunder(b, a, rname);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    /* Neither class defines it: the built-in base's operator (an int
     * subclass's sum is a plain int, as CPython's). */
    r = static_binop(a, b, op);
    if (r != NotImplemented || a->type == b->type)
        return r;
    DECREF(r);
    return static_binop(b, a, -1 - op);
}

#define HEAP_BINOP(fn, op) static Object *fn(Object *a, Object *b) { return heap_binop(a, b, op); }
HEAP_BINOP(heap_add, BIN_ADD) HEAP_BINOP(heap_sub, BIN_SUB) HEAP_BINOP(heap_mul, BIN_MUL)
HEAP_BINOP(heap_truediv, BIN_TRUEDIV) HEAP_BINOP(heap_floordiv, BIN_FLOORDIV)
HEAP_BINOP(heap_mod, BIN_MOD) HEAP_BINOP(heap_pow, BIN_POW) HEAP_BINOP(heap_lshift, BIN_LSHIFT)
HEAP_BINOP(heap_rshift, BIN_RSHIFT) HEAP_BINOP(heap_and, BIN_AND) HEAP_BINOP(heap_or, BIN_OR)
HEAP_BINOP(heap_xor, BIN_XOR) HEAP_BINOP(heap_matmul, BIN_MATMUL)

static Object *heap_unary(Object *o, Object *name, const char *sym)
{
    Object *f = heap_lookup(o->type, name);
    const NumberOps *n = static_base(o->type)->num;
    if (!f && n) {
        UnaryFn u = name == ID(__neg__) ? n->neg : name == ID(__pos__) ? n->pos
                  : name == ID(__invert__) ? n->invert : n->abs;
        if (u)
            return u(o);
    }
    if (!f) {
        exc_set(ExcTypeError, "bad operand type for %s: '%s'", sym, o->type->name);
        return NULL;
    }
    return call_dunder(f, o, NULL, 0);
}
static Object *heap_neg(Object *o) { return heap_unary(o, ID(__neg__), "unary -"); }
static Object *heap_pos(Object *o) { return heap_unary(o, ID(__pos__), "unary +"); }
static Object *heap_invert(Object *o) { return heap_unary(o, ID(__invert__), "unary ~"); }
static Object *heap_abs(Object *o) { return heap_unary(o, ID(__abs__), "abs()"); }

static const NumberOps heap_num = {
    heap_add, heap_sub, heap_mul, heap_truediv, heap_floordiv, heap_mod, heap_pow,
    heap_lshift, heap_rshift, heap_and, heap_or, heap_xor,
    heap_neg, heap_pos, heap_invert, heap_abs, heap_matmul,
};

/* Inplace: __iadd__ & co. of a class; NULL without exception = not defined. */
Object *type_heap_inplace(Object *a, Object *b, int op)
{
    if (!(a->type->flags & TYPE_HEAP))
        return NULL;
    char name[24];
    snprintf(name, sizeof name, "__i%s", bin_dunders[op][0] + 2);
    Object *f = heap_lookup(a->type, str_intern(name));
    if (!f)
        return NULL;
    return call_dunder(f, a, &b, 1);
}


/* Calls o's __del__ (del, borrowed) with o alive; the pending exception,
 * if any, is kept aside meanwhile. */
static void run_del(Object *o, Object *del)
{
    Object *saved = exc_fetch();
    Object *r = call_dunder(del, o, NULL, 0);
    if (r)
        DECREF(r);
    else
        traceback_unraisable("Exception ignored in", del, "__del__");
    if (saved)
        exc_set_obj(saved);
}

/* Type.finalize of every class. */
static void heap_finalize(Object *o)
{
    Object *del = heap_lookup(o->type, ID(__del__));
    if (del)
        run_del(o, del);
}

/* A finalizer runs once per object (PEP 442), here or in the collector.
 * The object is alive again (count 1) while it runs; false when it
 * resurrected the object, which is then tracked again. */
static bool finalize_from_dealloc(Object *o)
{
    Object *del;
    if (gc_is_finalized(o) || !(del = heap_lookup(o->type, ID(__del__))))
        return true;
    gc_set_finalized(o);
    o->refcnt = 1;
    run_del(o, del);
    if (--o->refcnt == 0)
        return true;
    gc_track(o);
    return false;
}

static void slots_each(Object *o, void (*fn)(Object **slot, VisitFn visit, void *arg),
                       VisitFn visit, void *arg);
static void slot_visit(Object **slot, VisitFn visit, void *arg);
static void slot_clear(Object **slot, VisitFn visit, void *arg);

static void heap_dealloc(Object *o)
{
    if (!finalize_from_dealloc(o))
        return; /* resurrected by __del__ */
    Type *sb = static_base(o->type);
    WeakRefObject **wl = weakref_head(o);
    if (wl && *wl && !sb->weaklistoffset) /* else the base's dealloc clears it */
        weakref_clear_refs(o);
    Object **dp = dict_ptr(o);
    if (dp)
        SETREF(*dp, NULL);
    slots_each(o, slot_clear, NULL, NULL);
    if (sb->dealloc)
        sb->dealloc(o);
    else
        obj_free(o);
}

/* The instance's own fields are its static base's (an exception's) or
 * just the __dict__; its class is referenced too (obj_alloc took it).  An
 * untracked attribute dict only this instance holds is walked as part of
 * it (dict_new_instance_values); held elsewhere too, it would not be. */
static void heap_traverse(Object *o, VisitFn visit, void *arg)
{
    visit((Object *)o->type, arg);
    slots_each(o, slot_visit, visit, arg);
    Type *sb = static_base(o->type);
    Object **dp = dict_ptr(o);
    if (sb->traverse)
        sb->traverse(o, visit, arg);
    if (sb->dictoffset || !dp)
        return; /* the base's own fields hold the __dict__ (an exception's) */
    if (*dp && dict_is_instance_values(*dp) && (*dp)->refcnt == 1)
        DictType.traverse(*dp, visit, arg);
    else
        visit(*dp, arg);
}

static void heap_clear(Object *o)
{
    Type *sb = static_base(o->type);
    Object **dp = dict_ptr(o);
    slots_each(o, slot_clear, NULL, NULL);
    if (sb->clear)
        sb->clear(o);
    if (dp && !sb->dictoffset)
        SETREF(*dp, NULL);
}

/* The hooks and slots a class's own names decide: __new__, __getattribute__,
 * __setattr__/__delattr__, and a metaclass's __getitem__ (type has none, so
 * a metaclass without one leaves C[key] to C.__class_getitem__, PEP 560;
 * any other class answers every subscript of its instances, by its
 * __getitem__, its built-in base's, or "not subscriptable"). */
static void type_set_hooks(Type *t)
{
    t->getitem = static_base(t) != &TypeType || heap_lookup(t, ID(__getitem__)) ? heap_getitem : NULL;
    t->flags &= ~(unsigned)(TYPE_HOOK_GETATTRIBUTE | TYPE_HOOK_SETATTR | TYPE_HOOK_NEW);
    if (heap_lookup(t, ID(__new__)))
        t->flags |= TYPE_HOOK_NEW;
    if (heap_lookup(t, ID(__getattribute__)))
        t->flags |= TYPE_HOOK_GETATTRIBUTE;
    if (heap_lookup(t, ID(__setattr__)) || heap_lookup(t, ID(__delattr__)))
        t->flags |= TYPE_HOOK_SETATTR;
    /* Plain classes take the direct paths; a metaclass's instances are
     * classes, set as type sets them. */
    if (static_base(t) == &TypeType)
        t->setattr = (t->flags & TYPE_HOOK_SETATTR) ? meta_setattr : type_setattr;
    else
        t->setattr = (t->flags & TYPE_HOOK_SETATTR) ? heap_setattr : obj_setattr_generic;
    if (!(t->flags & TYPE_EXC))
        t->construct = !(t->flags & TYPE_HOOK_NEW) && static_base(t) == &ObjectType
                           ? object_construct : heap_construct;
    else /* an exception class of its own __new__; else its base's construct */
        t->construct = (t->flags & TYPE_HOOK_NEW) ? heap_construct : NULL;
}

/* __new__ is a static method, __init_subclass__ and __class_getitem__
 * class methods without the decorator, as CPython's type_new makes them. */
static int implicit_wrap(Object *dict, Object *name, Type *kind)
{
    Object *f = dict_get(dict, name);
    if (!f || !obj_is(f, &FunctionType))
        return 0;
    Object *w = wrapper_new(kind, f, NULL);
    if (!w)
        return -1;
    int r = dict_set(dict, name, w);
    DECREF(w);
    return r;
}

/* The built-in type whose layout t's instances have, as CPython's
 * solid_base: types that add no fields (bool, the exceptions) share
 * their base's. */
static Type *solid_base(Type *t)
{
    Type *s = static_base(t);
    while (s->base && s->base->basicsize == s->basicsize)
        s = s->base;
    return s;
}

/* The base whose layout the class extends: every base's solid base must
 * be on one line of inheritance; the most derived wins, the first on a tie. */
static Type *best_base(Object *bases)
{
    Type *best = NULL, *winner = NULL;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Object *b = tuple_get(bases, i);
        if (!obj_isinstance_type(b, &TypeType)) {
            exc_set(ExcTypeError, "bases must be types");
            return NULL;
        }
        Type *bt = (Type *)b;
        if (!(bt->flags & TYPE_BASETYPE)) {
            exc_set(ExcTypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        for (size_t j = 0; j < i; j++)
            if (tuple_get(bases, j) == b) {
                exc_set(ExcTypeError, "duplicate base class %s", bt->name);
                return NULL;
            }
        Type *s = solid_base(bt);
        if (!winner || (s != winner && type_is_subtype(s, winner))) {
            winner = s;
            best = bt;
        } else if (!type_is_subtype(winner, s)) {
            exc_set(ExcTypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static bool list_has(Object *l, Object *v)
{
    for (size_t i = 0; i < list_len(l); i++)
        if (((ListObject *)l)->items[i] == v)
            return true;
    return false;
}

/* A class statement's body sets __module__; type(name, bases, ns) called
 * directly takes it from the calling code's globals, as CPython's type_new. */
static int class_default_module(Object *dict)
{
    if (dict_get(dict, ID(__module__)))
        return 0;
    Object *g = eval_frame_globals();
    Object *mod = g && obj_is(g, &DictType) ? dict_get(g, ID(__name__)) : NULL;
    return mod ? dict_set(dict, ID(__module__), mod) : 0;
}

/* Every class made so far, weakly and in creation order, which
 * __subclasses__ reads; dead entries go each time the list has doubled. */
static Object *all_classes;
static size_t all_classes_pruned;

static int subclass_register(Type *cls)
{
    if (!all_classes && !(all_classes = list_new(0)))
        return -1;
    if (list_len(all_classes) >= 2 * all_classes_pruned + 16) {
        Object *live = list_new(0);
        for (size_t i = 0; live && i < list_len(all_classes); i++) {
            Object *r = obj_call(list_get(all_classes, i), NULL, 0, NULL);
            int rc = r ? (r == None ? 0 : list_append(live, list_get(all_classes, i))) : -1;
            XDECREF(r);
            if (rc < 0)
                SETREF(live, NULL);
        }
        if (!live)
            return -1;
        SETREF(all_classes, live);
        all_classes_pruned = list_len(live);
    }
    Object *ref = weakref_new(&WeakRefType, (Object *)cls, NULL);
    int rc = ref ? list_append(all_classes, ref) : -1;
    XDECREF(ref);
    return rc;
}

void type_fini(void)
{
    XDECREF(all_classes);
    all_classes = NULL;
    all_classes_pruned = 0;
}

/* A name type_set_hooks reads, set on or deleted from class t after its
 * creation: t and every living class below it decide again. */
static int class_slots_changed(Type *t)
{
    type_set_hooks(t);
    for (size_t i = 0; all_classes && i < list_len(all_classes); i++) {
        Object *k = obj_call(list_get(all_classes, i), NULL, 0, NULL);
        if (!k)
            return -1;
        Object *mro = k != None ? HEAP(k)->mro : NULL;
        for (size_t j = 0; mro && j < tuple_len(mro); j++)
            if (tuple_get(mro, j) == (Object *)t)
                type_set_hooks((Type *)k);
        DECREF(k);
    }
    return 0;
}

/* cls.__subclasses__(): the living classes that name cls among their bases. */
static Object *type_m_subclasses(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__subclasses__() takes no arguments (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    Object *out = list_new(0);
    for (size_t i = 0; out && all_classes && i < list_len(all_classes); i++) {
        Object *k = obj_call(list_get(all_classes, i), NULL, 0, NULL);
        bool mine = false;
        for (size_t j = 0; k && k != None && j < tuple_len(HEAP(k)->bases); j++)
            mine |= tuple_get(HEAP(k)->bases, j) == args[0];
        if (!k || (mine && list_append(out, k) < 0))
            SETREF(out, NULL);
        XDECREF(k);
    }
    return out;
}

static Type *class_create(Type *meta, Object *name, Object *bases, Object *mro, Type *base,
                          Object *dict);

/* C3: merge the bases' MROs and the bases themselves, taking each time the
 * first head that is in no list's tail (CPython's mro_implementation). */
static Object *c3_merge(Object *bases)
{
    size_t n = tuple_len(bases) + 1;
    Object **seqs = calloc(n, sizeof *seqs);
    size_t *at = calloc(n, sizeof *at);
    Object *out = list_new(0), *r = NULL;
    if (!seqs || !at || !out)
        goto done;
    for (size_t i = 0; i + 1 < n; i++)
        if (!(seqs[i] = mro_tuple((Type *)tuple_get(bases, i), true)))
            goto done;
    seqs[n - 1] = bases;
    INCREF(bases);
    for (;;) {
        Object *pick = NULL;
        bool left = false;
        for (size_t i = 0; i < n && !pick; i++) {
            if (at[i] >= tuple_len(seqs[i]))
                continue;
            left = true;
            Object *head = tuple_get(seqs[i], at[i]);
            bool in_tail = false;
            for (size_t j = 0; j < n && !in_tail; j++)
                for (size_t k = at[j] + 1; k < tuple_len(seqs[j]) && !in_tail; k++)
                    in_tail = tuple_get(seqs[j], k) == head;
            if (!in_tail)
                pick = head;
        }
        if (!left) {
            r = tuple_from_iter(out);
            break;
        }
        if (!pick) {
            StrBuf b = { 0 };
            strbuf_puts(&b, "Cannot create a consistent method resolution\norder (MRO) for bases ");
            Object *shown = list_new(0);
            for (size_t i = 0; shown && i < n; i++) {
                if (at[i] >= tuple_len(seqs[i]))
                    continue;
                Object *h = tuple_get(seqs[i], at[i]);
                if (list_has(shown, h))
                    continue;
                if (list_append(shown, h) < 0)
                    break;
                strbuf_printf(&b, "%s%s", list_len(shown) > 1 ? ", " : "", ((Type *)h)->name);
            }
            XDECREF(shown);
            Object *msg = strbuf_finish(&b);
            if (msg) {
                exc_set(ExcTypeError, "%s", str_utf8(msg));
                DECREF(msg);
            }
            break;
        }
        if (list_append(out, pick) < 0)
            break;
        for (size_t i = 0; i < n; i++)
            if (at[i] < tuple_len(seqs[i]) && tuple_get(seqs[i], at[i]) == pick)
                at[i]++;
    }
done:
    if (!out || !seqs || !at)
        exc_nomemory();
    for (size_t i = 0; seqs && i < n; i++)
        XDECREF(seqs[i]);
    free(seqs);
    free(at);
    XDECREF(out);
    return r;
}

/* A class of metaclass meta (type or a subclass of it). */
static Type *class_new(Type *meta, Object *name, Object *bases, Object *dict)
{
    if (tuple_len(bases) == 0)
        bases = NULL;
    Object *owned = bases ? (INCREF(bases), bases) : tuple_pack(1, (Object *)&ObjectType);
    if (!owned)
        return NULL;
    Type *base = best_base(owned);
    Object *mro = base ? c3_merge(owned) : NULL;
    if (!mro) {
        DECREF(owned);
        return NULL;
    }
    Type *cls = class_create(meta, name, owned, mro, base, dict);
    DECREF(owned);
    DECREF(mro);
    if (cls && subclass_register(cls) < 0)
        SETREF(cls, NULL);
    return cls;
}

Type *type_new_class(Object *name, Object *bases, Object *dict)
{
    return class_new(&TypeType, name, bases, dict);
}

Type *type_calculate_meta(Type *meta, Object *bases)
{
    Type *winner = meta;
    for (size_t i = 0; i < tuple_len(bases); i++) {
        Type *bt = tuple_get(bases, i)->type;
        if (type_is_subtype(winner, bt))
            continue;
        if (type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        exc_set(ExcTypeError, "metaclass conflict: the metaclass of a derived class must be a "
                              "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* __slots__: a str or an iterable of str; each name but __dict__ (which
 * keeps the instance __dict__) gets a reference in the instance after the
 * base's fields and a member descriptor in the class. */
static int class_slots(HeapType *h, Object *dict, bool *want_dict, bool *want_weak)
{
    Object *slots = dict_get(dict, str_intern("__slots__"));
    if (!slots)
        return 0;
    Object *names = obj_is(slots, &StrType) ? tuple_pack(1, slots) : tuple_from_iter(slots);
    if (!names)
        return -1;
    Type *t = &h->t;
    *want_dict = *want_weak = false;
    size_t n = 0;
    /* Any name, even __dict__, is refused after a base of varying size. */
    if (tuple_len(names) && (t->instsize || static_base(t) == &TypeType)) {
        exc_set(ExcTypeError, "nonempty __slots__ not supported for subtype of '%s'",
                static_base(t)->name);
        goto fail;
    }
    for (size_t i = 0; i < tuple_len(names); i++) {
        Object *s = tuple_get(names, i);
        if (!obj_isinstance_type(s, &StrType)) {
            exc_set(ExcTypeError, "__slots__ items must be strings, not '%s'", s->type->name);
            goto fail;
        }
        /* As CPython: each may be asked for once, and only when no base
         * already gives the instances one. */
        if (str_eq(s, str_intern("__dict__"))) {
            if (*want_dict || t->dictoffset) {
                exc_set(ExcTypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *want_dict = true;
        } else if (str_eq(s, str_intern("__weakref__"))) {
            if (*want_weak || t->weaklistoffset) {
                exc_set(ExcTypeError, "__weakref__ slot disallowed: either we already got one, "
                                      "or __itemsize__ != 0");
                goto fail;
            }
            *want_weak = true;
        } else
            n++;
    }
    h->slot_off = align_ptr(t->basicsize);
    h->nslots = n;
    t->basicsize = h->slot_off + n * sizeof(Object *);
    size_t k = 0;
    for (size_t i = 0; i < tuple_len(names); i++) {
        Object *s = tuple_get(names, i);
        if (str_eq(s, str_intern("__dict__")) || str_eq(s, str_intern("__weakref__")))
            continue;
        if (dict_get(dict, s)) {
            exc_set(ExcValueError, "'%s' in __slots__ conflicts with class variable", str_utf8(s));
            goto fail;
        }
        MemberObject *m = (MemberObject *)obj_alloc(&MemberType, sizeof(MemberObject));
        if (!m)
            goto fail;
        INCREF(s);
        m->name = s;
        m->owner = t;
        m->offset = h->slot_off + k++ * sizeof(Object *);
        int r = dict_set(dict, s, (Object *)m);
        DECREF(m);
        if (r < 0)
            goto fail;
    }
    DECREF(names);
    return 0;
fail:
    h->nslots = 0;
    DECREF(names);
    return -1;
}

/* Calls fn on each __slots__ reference of o, along its layout chain. */
static void slots_each(Object *o, void (*fn)(Object **slot, VisitFn visit, void *arg),
                       VisitFn visit, void *arg)
{
    for (Type *c = o->type; c->flags & TYPE_HEAP; c = c->base) {
        Object **p = (Object **)((char *)o + HEAP(c)->slot_off);
        for (size_t i = 0; i < HEAP(c)->nslots; i++)
            fn(&p[i], visit, arg);
    }
}

static void slot_visit(Object **slot, VisitFn visit, void *arg) { visit(*slot, arg); }
static void slot_clear(Object **slot, VisitFn visit, void *arg) { SETREF(*slot, NULL); }

/* The class body's __class__ cell (__classcell__ in its namespace) gets
 * the class, as CPython's type_new: super() without arguments reads it. */
static int class_cell(Type *cls, Object *cell)
{
    if (!obj_is(cell, &CellType)) {
        Object *r = obj_repr((Object *)cell->type);
        if (r)
            exc_set(ExcTypeError, "__classcell__ must be a nonlocal cell, not %s", str_utf8(r));
        XDECREF(r);
        return -1;
    }
    INCREF(cls);
    SETREF(((CellObject *)cell)->ref, (Object *)cls);
    return 0;
}

static Type *class_create(Type *meta, Object *name, Object *bases, Object *mro, Type *base,
                          Object *dict)
{
    if (!obj_is(name, &StrType) || !obj_is(dict, &DictType)) {
        exc_set(ExcTypeError, "class name must be a str and its namespace a dict");
        return NULL;
    }
    if (dict_get(dict, ID(__eq__)) && !dict_get(dict, ID(__hash__)) &&
        dict_set(dict, ID(__hash__), None) < 0)
        return NULL;
    if (class_default_module(dict) < 0)
        return NULL;
    /* A class without a docstring has __doc__ None of its own, so that it
     * does not show its base's. */
    if (!dict_get(dict, ID(__doc__)) && dict_set(dict, ID(__doc__), None) < 0)
        return NULL;
    if (implicit_wrap(dict, ID(__new__), &StaticMethodType) < 0 ||
        implicit_wrap(dict, ID(__init_subclass__), &ClassMethodType) < 0 ||
        implicit_wrap(dict, ID(__class_getitem__), &ClassMethodType) < 0)
        return NULL;
    /* The body's __class__ cell is the caller's to fill, not a class attribute;
     * __qualname__ is the class's own, not inherited by subclasses. */
    Object *qualname = dict_get(dict, ID(__qualname__));
    if (qualname && !obj_is(qualname, &StrType)) {
        exc_set(ExcTypeError, "type __qualname__ must be a str, not %s", qualname->type->name);
        return NULL;
    }
    qualname = qualname ? qualname : name;
    INCREF(qualname);
    if (dict_get(dict, ID(__qualname__)) && dict_del(dict, ID(__qualname__)) < 0) {
        DECREF(qualname);
        return NULL;
    }
    Object *cell = dict_get(dict, ID(__classcell__));
    XINCREF(cell);
    if (cell && dict_del(dict, ID(__classcell__)) < 0) {
        DECREF(cell);
        DECREF(qualname);
        return NULL;
    }
    HeapType *h = (HeapType *)obj_alloc(meta, meta->basicsize);
    if (!h) {
        XDECREF(cell);
        DECREF(qualname);
        return NULL;
    }
    h->qualname = qualname;
    Type *t = &h->t;
    INCREF(name);
    h->name = name;
    INCREF(bases);
    h->bases = bases;
    INCREF(mro);
    h->mro = mro;
    INCREF(dict);
    t->dict = dict;
    t->name = str_utf8(name);
    t->base = base;
    if (base->flags & TYPE_HEAP)
        INCREF(base);
    t->flags = TYPE_HEAP | TYPE_BASETYPE | TYPE_GC | (base->flags & TYPE_EXC);
    t->basicsize = base->basicsize;
    t->dictoffset = base->dictoffset;
    t->weaklistoffset = base->weaklistoffset;
    t->instsize = base->instsize;
    /* A metaclass's instances (classes) keep their attributes in their
     * own dict, not an instance __dict__. */
    bool want_dict = static_base(base) != &TypeType, want_weak = true;
    if (class_slots(h, dict, &want_dict, &want_weak) < 0 || (cell && class_cell(t, cell) < 0)) {
        XDECREF(cell);
        DECREF(h);
        return NULL;
    }
    XDECREF(cell);
    if (!want_dict || t->dictoffset) {
        /* no __dict__ asked for, or the base has one */
    } else if (t->instsize) {
        t->dictoffset = DICTOFFSET_END;
    } else {
        t->dictoffset = align_ptr(t->basicsize);
        t->basicsize = t->dictoffset + sizeof(Object *);
    }
    /* As CPython: not after a base's value of varying size (int, tuple). */
    if (want_weak && !t->weaklistoffset && !t->instsize) {
        t->weaklistoffset = align_ptr(t->basicsize);
        t->basicsize = t->weaklistoffset + sizeof(WeakRefObject *);
    }
    t->dealloc = heap_dealloc;
    t->repr = heap_repr;
    t->str = heap_str;
    t->hash = heap_hash;
    t->richcompare = heap_richcompare;
    t->truth = heap_truth;
    t->call = heap_call;
    t->getattr = static_base(t) == &TypeType ? meta_getattr : heap_getattr;
    type_set_hooks(t);
    t->iter = heap_iter;
    t->iternext = heap_iternext;
    t->setitem = heap_setitem;
    t->len = heap_len;
    t->contains = heap_contains;
    t->num = &heap_num;
    t->traverse = heap_traverse;
    t->clear = heap_clear;
    t->finalize = heap_finalize;
    return t;
}

/* v.__set_name__(cls, name) for each attribute v whose class has one; a
 * failure becomes CPython's RuntimeError with the cause attached. */
static int set_names(Type *cls)
{
    Object *items = dict_copy(cls->dict);
    if (!items)
        return -1;
    size_t pos = 0;
    Object *k, *v;
    int rc = 0;
    while (rc == 0 && dict_next(items, &pos, &k, &v)) {
        Object *f = (v->type->flags & TYPE_HEAP) ? type_lookup(v->type, str_intern("__set_name__")) : NULL;
        if (!f)
            continue;
        Object *a[2] = { (Object *)cls, k };
        Object *r = call_dunder(f, v, a, 2);
        if (r) {
            DECREF(r);
            continue;
        }
        Object *cause = exc_fetch();
        exc_set(ExcRuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'",
                v->type->name, str_utf8(k), cls->name);
        Object *e = exc_fetch();
        SETREF(((ExcObject *)e)->cause, cause);
        ((ExcObject *)e)->suppress_context = true;
        exc_set_obj(e);
        rc = -1;
    }
    DECREF(items);
    return rc;
}

Object *obj_call_kwdict(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    size_t n = kw ? dict_len(kw) : 0, pos = 0, i = 0;
    if (!n)
        return obj_call(f, args, nargs, NULL);
    Object *names = tuple_new(n), *k, *v;
    Object **vals = malloc((nargs + n) * sizeof *vals);
    if (!names || !vals) {
        XDECREF(names);
        free(vals);
        if (!exc_occurred())
            exc_nomemory();
        return NULL;
    }
    for (size_t j = 0; j < nargs; j++)
        vals[j] = args[j];
    while (dict_next(kw, &pos, &k, &v) && i < n) {
        INCREF(k);
        tuple_set(names, i, k);
        vals[nargs + i++] = v;
    }
    Object *r = obj_call(f, vals, nargs + n, names);
    DECREF(names);
    free(vals);
    return r;
}

int type_class_ready(Type *cls, Object *kw)
{
    if (set_names(cls) < 0)
        return -1;
    Object *f = mro_lookup(cls, cls, ID(__init_subclass__));
    if (!f)
        return 0;
    Object *m = class_attr_get(f, NULL, cls);
    if (!m)
        return -1;
    Object *r = obj_call_kwdict(m, NULL, 0, kw);
    DECREF(m);
    XDECREF(r);
    return r ? 0 : -1;
}

Object *obj_call_special(Object *o, Object *name, Object *const *args, size_t nargs)
{
    Object *f = type_lookup(o->type, name);
    Object *m = f ? class_attr_get(f, o, o->type) : NULL;
    Object *r = m ? obj_call(m, args, nargs, NULL) : NULL;
    XDECREF(m);
    return r;
}

Object *obj_fspath(Object *o)
{
    if (!(o->type->flags & TYPE_HEAP)) {
        INCREF(o);
        return o;
    }
    Object *r = obj_call_special(o, str_intern("__fspath__"), NULL, 0);
    if (!r && !exc_occurred()) {
        INCREF(o);
        return o;
    }
    if (r && !obj_isinstance_type(r, &StrType) && !obj_isinstance_type(r, &BytesType)) {
        exc_set(ExcTypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                o->type->name, r->type->name);
        SETREF(r, NULL);
    }
    return r;
}

Type *type_new_module_class(const char *module, const char *name, Type *base)
{
    Object *bases = base ? tuple_pack(1, (Object *)base) : NULL;
    Type *cls = bases ? type_new_module_class_bases(module, name, bases) : NULL;
    XDECREF(bases);
    return cls;
}

Type *type_new_module_class_bases(const char *module, const char *name, Object *bases)
{
    Object *d = dict_new(), *mod = str_from_cstr(module), *nm = str_from_cstr(name);
    Type *cls = d && mod && nm && dict_set_str(d, "__module__", mod) == 0
                    ? type_new_class(nm, bases, d) : NULL;
    XDECREF(d);
    XDECREF(mod);
    XDECREF(nm);
    return cls;
}
