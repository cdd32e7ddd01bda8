/* vm/objects/abstract.c — operations on any object, by dispatch through its type.
 *
 * The fallbacks and error messages follow CPython's abstract.c and
 * object.c: binary operators try the left operand's slot, then the
 * right's (the right first when its type is a subtype of the left's), and
 * comparisons fall back to identity for == and !=. */
#include "vm/objects/object.h"
#include "vm/objects/array.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/set.h"
#include "vm/runtime/import.h"
#include "vm/runtime/state.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- hashing (CPython's numeric hash, modulus 2**61 - 1) ---------------- */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t hash_i64(int64_t v)
{
    uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(mag % HASH_MODULUS);
    if (v < 0)
        h = -h;
    return h == -1 ? -2 : h;
}

int64_t hash_double(double v)
{
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    if (isnan(v))
        return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

int64_t hash_pointer(const void *p)
{
    uintptr_t y = (uintptr_t)p;
    int64_t h = (int64_t)((y >> 4) | (y << (8 * sizeof(y) - 4)));
    return h == -1 ? -2 : h;
}

/* ---- repr, str, hash, truth ---------------------------------------------- */

Object *obj_repr(Object *o)
{
    if (o->type->repr)
        return o->type->repr(o);
    return str_from_fmt("<%s object at %p>", o->type->name, (void *)o);
}

Object *obj_str(Object *o)
{
    if (o->type->str)
        return o->type->str(o);
    return obj_repr(o);
}

int64_t obj_hash_unhashable(Object *o)
{
    exc_set(ExcTypeError, "unhashable type: '%s'", o->type->name);
    return -1;
}

int64_t obj_hash(Object *o)
{
    return o->type->hash ? o->type->hash(o) : hash_pointer(o);
}

int obj_truth(Object *o)
{
    if (o == TrueObj)
        return 1;
    if (o == FalseObj || o == None)
        return 0;
    Type *t = o->type;
    if (t->truth)
        return t->truth(o);
    if (t->len) {
        ssize_t n = t->len(o);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- comparison -------------------------------------------------------- */

static const int swapped_op[] = { CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE };
static const char *const cmp_symbol[] = { "<", "<=", "==", "!=", ">", ">=" };

Object *obj_richcompare(Object *a, Object *b, int op)
{
    if (vm_stack_exhausted()) {   /* nested containers compare recursively in C */
        exc_set(ExcRecursionError, "maximum recursion depth exceeded in comparison");
        return NULL;
    }
    Type *ta = a->type, *tb = b->type;
    bool reflected_first = ta != tb && tb->richcompare && type_is_subtype(tb, ta);
    if (reflected_first) {
        Object *r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (ta->richcompare) {
        Object *r = ta->richcompare(a, b, op);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (!reflected_first && tb->richcompare) {
        Object *r = tb->richcompare(b, a, swapped_op[op]);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (op == CMP_EQ)
        return bool_from(a == b);
    if (op == CMP_NE)
        return bool_from(a != b);
    exc_set(ExcTypeError, "'%s' not supported between instances of '%s' and '%s'",
            cmp_symbol[op], ta->name, tb->name);
    return NULL;
}

int obj_richcompare_bool(Object *a, Object *b, int op)
{
    /* Identity implies equality here, as in CPython (so [nan] == [nan]
     * holds for the same nan object). */
    if (a == b && (op == CMP_EQ || op == CMP_NE))
        return op == CMP_EQ;
    Object *r = obj_richcompare(a, b, op);
    if (!r)
        return -1;
    int t = obj_truth(r);
    DECREF(r);
    return t;
}

/* ---- attributes ------------------------------------------------------------ */

Object *obj_getattr(Object *o, Object *name)
{
    if (!obj_isinstance_type(name, &StrType)) {
        exc_set(ExcTypeError, "attribute name must be string, not '%s'", name->type->name);
        return NULL;
    }
    Object *r = o->type->getattr ? o->type->getattr(o, name) : obj_getattr_generic(o, name);
    if (!r)
        exc_set_names(name, o);
    return r;
}

Object *obj_getattr_str(Object *o, const char *name)
{
    Object *n = str_intern(name);
    return n ? obj_getattr(o, n) : NULL;
}

int obj_setattr(Object *o, Object *name, Object *value)
{
    if (!obj_isinstance_type(name, &StrType)) {
        exc_set(ExcTypeError, "attribute name must be string, not '%s'", name->type->name);
        return -1;
    }
    if (o->type->setattr)
        return o->type->setattr(o, name, value);
    return obj_setattr_generic(o, name, value);
}

/* ---- containers ---------------------------------------------------------- */

/* types.GenericAlias(o, key), which vm/lib/types.py defines. */
static Object *generic_alias(Object *o, Object *key)
{
    Object *args[2] = { o, key };
    return import_call("types", "GenericAlias", args, 2);
}

Object *obj_class_getitem(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    (void)c;
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "%s.__class_getitem__() takes exactly one argument (%zu given)",
                ((Type *)args[0])->name, nargs - 1 + (kw ? tuple_len(kw) : 0));
        return NULL;
    }
    return generic_alias(args[0], args[1]);
}

const MethodDef obj_generic_classmethods[] = {
    { "__class_getitem__", obj_class_getitem, NULL },
    { NULL, NULL, NULL },
};

Object *obj_getitem(Object *o, Object *key)
{
    if (o->type->getitem)
        return o->type->getitem(o, key);
    if (obj_isinstance_type(o, &TypeType) && type_lookup((Type *)o, str_intern("__class_getitem__"))) {
        Object *f = obj_getattr(o, str_intern("__class_getitem__")); /* PEP 560: C[key] */
        Object *r = f ? obj_call(f, &key, 1, NULL) : NULL;
        XDECREF(f);
        return r;
    }
    if (o == (Object *)&TypeType) /* type[int]; type's subclasses are not generic */
        return generic_alias(o, key);
    if (obj_isinstance_type(o, &TypeType))
        exc_set(ExcTypeError, "type '%s' is not subscriptable", ((Type *)o)->name);
    else
        exc_set(ExcTypeError, "'%s' object is not subscriptable", o->type->name);
    return NULL;
}

int obj_setitem(Object *o, Object *key, Object *value)
{
    if (o->type->setitem)
        return o->type->setitem(o, key, value);
    exc_set(ExcTypeError, "'%s' object does not support item assignment", o->type->name);
    return -1;
}

int obj_delitem(Object *o, Object *key)
{
    if (o->type->setitem)
        return o->type->setitem(o, key, NULL);
    exc_set(ExcTypeError, "'%s' object doesn't support item deletion", o->type->name);
    return -1;
}

ssize_t obj_len(Object *o)
{
    if (o->type->len)
        return o->type->len(o);
    exc_set(ExcTypeError, "object of type '%s' has no len()", o->type->name);
    return -1;
}

int iter_contains(Object *container, Object *item)
{
    Type *t = container->type;
    if (!t->iter && !t->getitem) {
        exc_set(ExcTypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    Object *it = obj_iter(container);
    if (!it)
        return -1;
    int found = 0;
    Object *x;
    while (!found && (x = obj_iternext(it))) {
        found = obj_richcompare_bool(x, item, CMP_EQ);
        DECREF(x);
        if (found < 0)
            break;
    }
    DECREF(it);
    if (found == 0 && exc_occurred())
        return -1;
    return found;
}

int obj_contains(Object *container, Object *item)
{
    if (container->type->contains)
        return container->type->contains(container, item);
    return iter_contains(container, item);
}

Object *obj_iter(Object *o)
{
    if (o->type->iter)
        return o->type->iter(o);
    if (o->type->getitem)
        return iter_seq_new(o);
    exc_set(ExcTypeError, "'%s' object is not iterable", o->type->name);
    return NULL;
}

Object *obj_iternext(Object *it)
{
    if (it->type->iternext)
        return it->type->iternext(it);
    exc_set(ExcTypeError, "'%s' object is not an iterator", it->type->name);
    return NULL;
}

/* ---- __index__: a class's instance that stands for an int ------------------- */

bool obj_indexable(Object *o)
{
    if (obj_isinstance_type(o, &IntType))
        return true;
    return (o->type->flags & TYPE_HEAP) && type_lookup(o->type, str_intern("__index__"));
}

Object *obj_index(Object *o)
{
    if (obj_isinstance_type(o, &IntType)) {
        INCREF(o);
        return o;
    }
    Object *f = (o->type->flags & TYPE_HEAP) ? type_lookup(o->type, str_intern("__index__")) : NULL;
    if (!f) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
        return NULL;
    }
    return int_exact_result(obj_call_prepend(f, o, NULL, 0, NULL), "__index__");
}

/* ---- calls ---------------------------------------------------------------- */

bool obj_callable(Object *o)
{
    Type *t = o->type;
    if (t->flags & TYPE_HEAP)
        return type_lookup(t, str_intern("__call__")) != NULL;
    return t->call != NULL;
}

Object *obj_call(Object *callable, Object *const *args, size_t nargs, Object *kwnames)
{
    CallFn f = callable->type->call;
    if (f)
        return f(callable, args, nargs, kwnames);
    exc_set(ExcTypeError, "'%s' object is not callable", callable->type->name);
    return NULL;
}

Object *call_fn_prepend(CallFn fn, Object *callable, Object *self, Object *const *args,
                        size_t nargs, Object *kwnames)
{
    Object *small[8];
    Object **all = nargs < 8 ? small : malloc((nargs + 1) * sizeof(Object *));
    if (!all) {
        exc_nomemory();
        return NULL;
    }
    all[0] = self;
    if (nargs)
        memcpy(all + 1, args, nargs * sizeof(Object *));
    Object *r = fn(callable, all, nargs + 1, kwnames);
    if (all != small)
        free(all);
    return r;
}

Object *obj_call_prepend(Object *f, Object *self, Object *const *args, size_t nargs,
                         Object *kwnames)
{
    if (!f->type->call) {
        exc_set(ExcTypeError, "'%s' object is not callable", f->type->name);
        return NULL;
    }
    return call_fn_prepend(f->type->call, f, self, args, nargs, kwnames);
}

Object *obj_call_method(Object *o, const char *name, Object *const *args, size_t nargs)
{
    Object *n = str_intern(name);
    Object *m;
    if (!n)
        return NULL;
    int k = obj_load_method(o, n, &m);
    if (k < 0)
        return NULL;
    Object *r = k ? obj_call_prepend(m, o, args, nargs, NULL) : obj_call(m, args, nargs, NULL);
    DECREF(m);
    return r;
}

/* ---- arithmetic ------------------------------------------------------------ */

BinaryFn obj_num_slot(Type *t, int op)
{
    const NumberOps *n = t->num;
    if (!n)
        return NULL;
    switch (op) {
    case BIN_ADD: return n->add;
    case BIN_SUB: return n->sub;
    case BIN_MUL: return n->mul;
    case BIN_TRUEDIV: return n->truediv;
    case BIN_FLOORDIV: return n->floordiv;
    case BIN_MOD: return n->mod;
    case BIN_POW: return n->pow;
    case BIN_LSHIFT: return n->lshift;
    case BIN_RSHIFT: return n->rshift;
    case BIN_AND: return n->and_;
    case BIN_OR: return n->or_;
    case BIN_XOR: return n->xor_;
    case BIN_MATMUL: return n->matmul;
    default: return NULL;
    }
}

static const char *const binop_symbol[BIN__COUNT] = {
    "+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@",
};

/* The rule of CPython's binop error: exactly the built-in types whose
 * + concatenates and * repeats get its sequence wording ("can only
 * concatenate", "can't multiply sequence"); a subclass is not asked.
 * Not PySequence_Check (exc.c) nor a sequence pattern's test (match.c). */
static bool is_sequence(Object *o)
{
    Type *t = o->type;
    return t == &StrType || t == &ListType || t == &TupleType || t == &BytesType ||
           t == &ByteArrayType;
}

/* An in-place operator's error names it with its "=" ("|=") as CPython's. */
static Object *binop_error(Object *a, Object *b, int op, bool inplace)
{
    if (op == BIN_ADD && is_sequence(a)) {
        if (obj_is(a, &BytesType) || obj_is(a, &ByteArrayType))
            exc_set(ExcTypeError, "can't concat %s to %s", b->type->name, a->type->name);
        else
            exc_set(ExcTypeError, "can only concatenate %s (not \"%s\") to %s",
                    a->type->name, b->type->name, a->type->name);
    } else if (op == BIN_MUL && (is_sequence(a) || is_sequence(b))) {
        exc_set(ExcTypeError, "can't multiply sequence by non-int of type '%s'",
                (is_sequence(a) ? b : a)->type->name);
    } else {
        exc_set(ExcTypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'",
                binop_symbol[op], inplace ? "=" : "", a->type->name, b->type->name);
    }
    return NULL;
}

static Object *binop(Object *a, Object *b, int op, bool inplace)
{
    BinaryFn fa = obj_num_slot(a->type, op);
    BinaryFn fb = a->type != b->type ? obj_num_slot(b->type, op) : NULL;
    if (fb == fa)
        fb = NULL;
    if (fb && type_is_subtype(b->type, a->type)) {
        Object *r = fb(a, b);
        if (r != NotImplemented)
            return r;
        DECREF(r);
        fb = NULL;
    }
    if (fa) {
        Object *r = fa(a, b);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (fb) {
        Object *r = fb(a, b);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    return binop_error(a, b, op, inplace);
}

Object *obj_binop(Object *a, Object *b, int op) { return binop(a, b, op, false); }

Object *obj_inplace_binop(Object *a, Object *b, int op)
{
    Object *r = type_heap_inplace(a, b, op);
    if (r && r != NotImplemented)
        return r;
    if (r)
        DECREF(r);
    else if (exc_occurred())
        return NULL;
    if (obj_isinstance_type(a, &ListType) && (op == BIN_ADD || op == BIN_MUL)) {
        if (op == BIN_ADD && list_extend(a, b) < 0)
            return NULL;
        if (op == BIN_MUL) {
            Object *p = obj_binop(a, b, op);
            if (!p)
                return NULL;
            /* Move p's items into a so every alias of a sees the result. */
            ListObject *la = (ListObject *)a, *lp = (ListObject *)p;
            Object **old = la->items;
            size_t oldn = la->n;
            la->items = lp->items;
            la->n = lp->n;
            la->cap = lp->cap;
            lp->items = old;
            lp->n = oldn;
            lp->cap = oldn;
            DECREF(p);
        }
        INCREF(a);
        return a;
    }
    if (obj_isinstance_type(a, &ByteArrayType) || obj_isinstance_type(a, &ArrayType)) {
        r = obj_isinstance_type(a, &ArrayType) ? array_inplace(a, b, op) : bytearray_inplace(a, b, op);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    if (op == BIN_OR && obj_isinstance_type(a, &DictType)) {   /* d |= mapping or pairs */
        if (dict_update(a, b) < 0)
            return NULL;
        INCREF(a);
        return a;
    }
    if (obj_isinstance_type(a, &SetType)) {
        r = set_inplace(a, b, op);
        if (r != NotImplemented)
            return r;
        DECREF(r);
    }
    return binop(a, b, op, true);
}

static Object *unary(Object *o, UnaryFn f, const char *sym)
{
    if (f)
        return f(o);
    exc_set(ExcTypeError, "bad operand type for %s: '%s'", sym, o->type->name);
    return NULL;
}

Object *obj_neg(Object *o) { return unary(o, o->type->num ? o->type->num->neg : NULL, "unary -"); }
Object *obj_pos(Object *o) { return unary(o, o->type->num ? o->type->num->pos : NULL, "unary +"); }
Object *obj_invert(Object *o) { return unary(o, o->type->num ? o->type->num->invert : NULL, "unary ~"); }

int obj_print(Object *o, int use_repr, void *file)
{
    Object *s = use_repr ? obj_repr(o) : obj_str(o);
    if (!s)
        return -1;
    fwrite(str_utf8(s), 1, str_nbytes(s), (FILE *)file);
    DECREF(s);
    return 0;
}

/* ---- argument parsing for C functions ------------------------------------ */

static int find_name(const char *const names[], Object *kw)
{
    for (int i = 0; names[i]; i++)
        if (!strcmp(names[i], str_utf8(kw)))
            return i;
    return -1;
}

int args_parse(const char *fname, Object *const *args, size_t nargs, Object *kwnames,
               size_t min, const char *const names[], Object **out)
{
    size_t max = 0;
    while (names[max])
        max++;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0, npos = nargs - nkw;
    if (npos > max) {
        if (max == 0)
            exc_set(ExcTypeError, "%s() takes no arguments (%zu given)", fname, npos);
        else if (min == max)
            exc_set(ExcTypeError, "%s() takes exactly %zu argument%s (%zu given)", fname, max,
                    max == 1 ? "" : "s", npos);
        else
            exc_set(ExcTypeError, "%s() takes at most %zu argument%s (%zu given)", fname, max,
                    max == 1 ? "" : "s", npos);
        return -1;
    }
    for (size_t i = 0; i < max; i++)
        out[i] = i < npos ? args[i] : NULL;
    for (size_t k = 0; k < nkw; k++) {
        Object *name = tuple_get(kwnames, k);
        int i = find_name(names, name);
        if (i < 0) {
            exc_set(ExcTypeError, "%s() got an unexpected keyword argument '%s'", fname,
                    str_utf8(name));
            return -1;
        }
        if (out[i]) {
            exc_set(ExcTypeError, "argument for %s() given by name ('%s') and position (%d)",
                    fname, str_utf8(name), i + 1);
            return -1;
        }
        out[i] = args[npos + k];
    }
    for (size_t i = 0; i < min; i++)
        if (!out[i]) {
            if (min == max)
                exc_set(ExcTypeError, "%s() takes exactly %zu argument%s (%zu given)", fname,
                        min, min == 1 ? "" : "s", npos);
            else
                exc_set(ExcTypeError, "%s() takes at least %zu argument%s (%zu given)", fname,
                        min, min == 1 ? "" : "s", npos);
            return -1;
        }
    return 0;
}
