/* vm/objects/weakref.c — weak references: weakref.ref and the proxies.
 *
 * A weakref holds its referent borrowed and sits on the referent's list
 * (weakref_head), doubly linked so that a weakref dying first leaves it in
 * constant time.  When the referent dies every weakref on the list is
 * cleared (referent NULL, off the list) before any callback is called, so
 * no callback can reach the dying object through another weakref.
 *
 * The order on a list is CPython's, which getweakrefs and the order of the
 * callbacks show: the shared plain ref first, then the shared plain proxy,
 * then every other weakref, the newest first.
 *
 * Who may touch what, and when
 * ----------------------------
 * - A list, and every weakref's referent and links, are plain memory
 *   guarded by the GIL: only the thread holding it creates, clears or
 *   unlinks a weakref.
 * - weakref_clear takes a whole list down without running Python code or
 *   releasing a reference, so no thread ever sees a list half cleared.
 * - The callbacks run afterwards (weakref_call_pending), where the eval
 *   loop may hand the GIL to another thread.  By then every weakref on the
 *   pending chain is dead: no list leads to it, so no other thread reaches
 *   the link field the chain reuses, and the chain's reference keeps it.
 * - A referent is valid exactly while its weakref is on its list: the
 *   referent's dealloc (or the collector) clears the list before the
 *   referent's memory goes.
 * - A weakref whose own dealloc the trashcan has queued (obj_dealloc) is
 *   untracked and its count field is the queue's link: clearing it must
 *   neither count nor call it.
 */
#include "vm/objects/weakref.h"

#include "vm/objects/gc.h"
#include "vm/objects/traceback.h"

struct WeakRefObject {
    Object ob;
    Object *referent;  /* borrowed; NULL once dead */
    Object *callback;  /* NULL for none, and once it has been called */
    int64_t hash;      /* -1 until hashed */
    WeakRefObject *prev, *next;  /* on the referent's list; next links a pending chain */
};
#define WR(o) ((WeakRefObject *)(o))

static bool is_proxy_type(Type *t) { return t == &WeakProxyType || t == &WeakCallableProxyType; }
static bool is_proxy(Object *o) { return is_proxy_type(o->type); }

bool weakref_check(Object *o) { return obj_isinstance_type(o, &WeakRefType) || is_proxy(o); }

/* ---- the list ---------------------------------------------------------- */

static void link_after(WeakRefObject **head, WeakRefObject *prev, WeakRefObject *wr)
{
    WeakRefObject *next = prev ? prev->next : *head;
    wr->prev = prev;
    wr->next = next;
    if (next)
        next->prev = wr;
    if (prev)
        prev->next = wr;
    else
        *head = wr;
}

static void unlink_wr(WeakRefObject *wr)
{
    WeakRefObject **head = weakref_head(wr->referent);
    if (wr->prev)
        wr->prev->next = wr->next;
    else
        *head = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    wr->referent = NULL;
}

void weakref_detach(Object *wr)
{
    if (WR(wr)->referent)
        unlink_wr(WR(wr));
}

/* The shared plain ref and proxy, when o has them (either may be NULL). */
static void plain_ones(WeakRefObject *head, WeakRefObject **ref, WeakRefObject **proxy)
{
    *ref = head && obj_is(&head->ob, &WeakRefType) && !head->callback ? head : NULL;
    WeakRefObject *p = *ref ? head->next : head;
    *proxy = p && is_proxy(&p->ob) && !p->callback ? p : NULL;
}

static WeakRefObject **referenceable(Object *o)
{
    WeakRefObject **head = weakref_head(o);
    if (!head)
        exc_set(ExcTypeError, "cannot create weak reference to '%s' object", o->type->name);
    return head;
}

static Object *make(Type *type, Object *o, Object *callback, WeakRefObject **head)
{
    bool plain = !callback && (type == &WeakRefType || is_proxy_type(type));
    WeakRefObject *ref, *proxy;
    plain_ones(*head, &ref, &proxy);
    WeakRefObject *shared = type == &WeakRefType ? ref : proxy;
    if (plain && shared) {
        INCREF(shared);
        return (Object *)shared;
    }
    WeakRefObject *wr = (WeakRefObject *)obj_alloc(type, type->basicsize);
    if (!wr)
        return NULL;
    wr->referent = o;
    XINCREF(callback);
    wr->callback = callback;
    wr->hash = -1;
    /* obj_alloc may have collected, and a callback may have changed the list. */
    plain_ones(*head, &ref, &proxy);
    if (plain && type == &WeakRefType)
        link_after(head, NULL, wr);
    else
        link_after(head, proxy ? proxy : ref, wr);
    return (Object *)wr;
}

Object *weakref_new(Type *type, Object *o, Object *callback)
{
    WeakRefObject **head = referenceable(o);
    return head ? make(type, o, callback == None ? NULL : callback, head) : NULL;
}

Object *weakref_proxy_new(Object *o, Object *callback)
{
    Type *t = obj_callable(o) ? &WeakCallableProxyType : &WeakProxyType;
    return weakref_new(t, o, callback);
}

size_t weakref_count(Object *o)
{
    WeakRefObject **head = weakref_head(o);
    size_t n = 0;
    for (WeakRefObject *wr = head ? *head : NULL; wr; wr = wr->next)
        n++;
    return n;
}

/* Appending to a list allocates no object, so no collection runs (and no
 * weakref goes) while the list of weakrefs is walked. */
Object *weakref_list(Object *o)
{
    WeakRefObject **head = weakref_head(o);
    Object *l = list_new(0);
    for (WeakRefObject *wr = head ? *head : NULL; l && wr; wr = wr->next)
        if (list_append(l, (Object *)wr) < 0)
            SETREF(l, NULL);
    return l;
}

/* ---- clearing ---------------------------------------------------------- */

void weakref_clear(Object *o, WeakRefPending *pending)
{
    WeakRefObject **head = weakref_head(o);
    while (*head) {
        WeakRefObject *wr = *head;
        unlink_wr(wr);
        if (!pending || !wr->callback || !gc_is_tracked((Object *)wr))
            continue;
        INCREF(wr);
        if (pending->last)
            pending->last->next = wr;
        else
            pending->first = wr;
        pending->last = wr;
    }
}

/* The pending exception, if any, is kept aside meanwhile: a dealloc may
 * happen while one is being raised. */
void weakref_call_pending(WeakRefPending *pending)
{
    WeakRefObject *wr = pending->first;
    pending->first = pending->last = NULL;
    Object *saved = exc_fetch();
    while (wr) {
        WeakRefObject *next = wr->next;
        wr->next = NULL;
        Object *cb = wr->callback;
        wr->callback = NULL;
        Object *arg = (Object *)wr;
        Object *r = obj_call(cb, &arg, 1, NULL);
        if (r)
            DECREF(r);
        else
            traceback_unraisable("Exception ignored in", cb, "weakref callback");
        DECREF(cb);
        DECREF(wr);
        wr = next;
    }
    if (saved)
        exc_set_obj(saved);
}

void weakref_clear_refs(Object *o)
{
    WeakRefPending pending = { NULL, NULL };
    weakref_clear(o, &pending);
    weakref_call_pending(&pending);
}

/* ---- ref -------------------------------------------------------------------- */

static void wr_dealloc(Object *o)
{
    weakref_detach(o);
    XDECREF(WR(o)->callback);
    obj_free(o);
}

static void wr_traverse(Object *o, VisitFn visit, void *arg) { visit(WR(o)->callback, arg); }

static void wr_clear(Object *o)
{
    weakref_detach(o);
    SETREF(WR(o)->callback, NULL);
}

static int new_args(Object *const *args, size_t nargs, Object *kw)
{
    if (kw && tuple_len(kw))
        nargs -= tuple_len(kw);
    if (nargs < 1 || nargs > 2) {
        exc_set(ExcTypeError, "__new__ expected at %s %d argument%s, got %zu",
                nargs < 1 ? "least" : "most", nargs < 1 ? 1 : 2, nargs < 1 ? "" : "s", nargs);
        return -1;
    }
    if (kw && tuple_len(kw)) {
        exc_set(ExcTypeError, "ref() takes no keyword arguments");
        return -1;
    }
    return 0;
}

static Object *wr_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (new_args(args, nargs, kw) < 0)
        return NULL;
    return weakref_new((Type *)callable, args[0], nargs > 1 ? args[1] : NULL);
}

/* ref.__init__ only checks the arguments __new__ has used, so that a
 * subclass's __init__ may pass them on. */
static Object *wr_m_init(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return new_args(args + 1, nargs - 1, kw) < 0 ? NULL : none_new();
}

static Object *wr_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "weakref expected 0 arguments, got %zu", nargs);
        return NULL;
    }
    Object *r = WR(o)->referent ? WR(o)->referent : None;
    INCREF(r);
    return r;
}

/* The referent's hash, kept: a dead weakref still hashes as it did. */
static int64_t wr_hash(Object *o)
{
    WeakRefObject *wr = WR(o);
    if (wr->hash != -1)
        return wr->hash;
    if (!wr->referent) {
        exc_set(ExcTypeError, "weak object has gone away");
        return -1;
    }
    wr->hash = obj_hash(wr->referent);
    return wr->hash;
}

/* Two live weakrefs compare their referents; otherwise they are equal
 * only when they are the same weakref. */
static Object *wr_richcompare(Object *a, Object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !obj_isinstance_type(b, &WeakRefType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    Object *x = WR(a)->referent, *y = WR(b)->referent;
    if (!x || !y)
        return bool_from((a == b) == (op == CMP_EQ));
    INCREF(x);
    INCREF(y);
    Object *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

/* " (name)" when the referent has a str __name__, else "". */
static Object *referent_name(Object *o)
{
    Object *name = obj_getattr_str(o, "__name__");
    if (!name || !obj_isinstance_type(name, &StrType)) {
        exc_clear();
        XDECREF(name);
        return str_from_cstr("");
    }
    Object *r = str_from_fmt(" (%s)", str_utf8(name));
    DECREF(name);
    return r;
}

static Object *wr_repr(Object *o)
{
    Object *x = WR(o)->referent;
    if (!x)
        return str_from_fmt("<weakref at %p; dead>", (void *)o);
    INCREF(x);
    Object *name = referent_name(x);
    Object *r = name ? str_from_fmt("<weakref at %p; to '%s' at %p%s>", (void *)o,
                                    x->type->name, (void *)x, str_utf8(name))
                     : NULL;
    XDECREF(name);
    DECREF(x);
    return r;
}

static Object *wr_get_callback(Object *o)
{
    Object *cb = WR(o)->callback ? WR(o)->callback : None;
    INCREF(cb);
    return cb;
}

static const MethodDef wr_methods[] = {
    { "__init__", wr_m_init, NULL },
    { "__callback__", NULL, wr_get_callback },
    { NULL, NULL, NULL },
};

Type WeakRefType = {
    OBJ_HEAD_INIT(&TypeType), .name = "weakref.ReferenceType", .base = &ObjectType,
    .basicsize = sizeof(WeakRefObject), .flags = TYPE_GC | TYPE_BASETYPE | TYPE_CONSTRUCT_SUBCLASS,
    .dealloc = wr_dealloc, .repr = wr_repr, .hash = wr_hash, .richcompare = wr_richcompare,
    .call = wr_call, .construct = wr_construct, .methods = wr_methods,
    .traverse = wr_traverse, .clear = wr_clear,
    .classmethods = obj_generic_classmethods,
};

/* ---- proxies ------------------------------------------------------------------ */

/* The referent of a proxy (any other object: itself), a new reference;
 * NULL with ReferenceError once it is dead. */
static Object *hold(Object *o)
{
    Object *x = is_proxy(o) ? WR(o)->referent : o;
    if (!x) {
        exc_set(ExcReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    INCREF(x);
    return x;
}

/* Each operation of a proxy is the referent's, held while it runs. */
#define PX_UNARY(fn, T, fail, expr)  \
    static T fn(Object *o)           \
    {                                \
        Object *x = hold(o);         \
        if (!x)                      \
            return fail;             \
        T r = expr;                  \
        DECREF(x);                   \
        return r;                    \
    }
PX_UNARY(px_str, Object *, NULL, obj_str(x))
PX_UNARY(px_iter, Object *, NULL, obj_iter(x))
PX_UNARY(px_iternext, Object *, NULL, obj_iternext(x))
PX_UNARY(px_neg, Object *, NULL, obj_neg(x))
PX_UNARY(px_pos, Object *, NULL, obj_pos(x))
PX_UNARY(px_invert, Object *, NULL, obj_invert(x))
PX_UNARY(px_truth, int, -1, obj_truth(x))
PX_UNARY(px_len, ssize_t, -1, obj_len(x))

#define PX_BINARY(fn, T, fail, expr) \
    static T fn(Object *a, Object *b) \
    {                                 \
        Object *x = hold(a);          \
        if (!x)                       \
            return fail;              \
        T r = expr;                   \
        DECREF(x);                    \
        return r;                     \
    }
PX_BINARY(px_getattr, Object *, NULL, obj_getattr(x, b))
PX_BINARY(px_getitem, Object *, NULL, obj_getitem(x, b))
PX_BINARY(px_contains, int, -1, obj_contains(x, b))

static int px_setattr(Object *o, Object *name, Object *value)
{
    Object *x = hold(o);
    if (!x)
        return -1;
    int r = obj_setattr(x, name, value);
    DECREF(x);
    return r;
}

static int px_setitem(Object *o, Object *key, Object *value)
{
    Object *x = hold(o);
    if (!x)
        return -1;
    int r = value ? obj_setitem(x, key, value) : obj_delitem(x, key);
    DECREF(x);
    return r;
}

static Object *px_call(Object *o, Object *const *args, size_t nargs, Object *kw)
{
    Object *x = hold(o);
    if (!x)
        return NULL;
    Object *r = obj_call(x, args, nargs, kw);
    DECREF(x);
    return r;
}

/* Either operand of a binary operation may be the proxy: both are
 * held (-1 when a proxy's referent is dead). */
static int hold_both(Object *a, Object *b, Object **x, Object **y)
{
    *x = hold(a);
    *y = *x ? hold(b) : NULL;
    if (*y)
        return 0;
    XDECREF(*x);
    return -1;
}

static Object *px_binop(Object *a, Object *b, int op)
{
    Object *x, *y;
    if (hold_both(a, b, &x, &y) < 0)
        return NULL;
    Object *r = obj_binop(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

static Object *px_richcompare(Object *a, Object *b, int op)
{
    Object *x, *y;
    if (hold_both(a, b, &x, &y) < 0)
        return NULL;
    Object *r = obj_richcompare(x, y, op);
    DECREF(x);
    DECREF(y);
    return r;
}

#define PX_NUM(fn, op) static Object *fn(Object *a, Object *b) { return px_binop(a, b, op); }
PX_NUM(px_add, BIN_ADD) PX_NUM(px_sub, BIN_SUB) PX_NUM(px_mul, BIN_MUL)
PX_NUM(px_truediv, BIN_TRUEDIV) PX_NUM(px_floordiv, BIN_FLOORDIV) PX_NUM(px_mod, BIN_MOD)
PX_NUM(px_pow, BIN_POW) PX_NUM(px_lshift, BIN_LSHIFT) PX_NUM(px_rshift, BIN_RSHIFT)
PX_NUM(px_and, BIN_AND) PX_NUM(px_or, BIN_OR) PX_NUM(px_xor, BIN_XOR)
PX_NUM(px_matmul, BIN_MATMUL)

static const NumberOps px_num = {
    px_add, px_sub, px_mul, px_truediv, px_floordiv, px_mod, px_pow, px_lshift, px_rshift,
    px_and, px_or, px_xor, px_neg, px_pos, px_invert, NULL, px_matmul,
};

/* CPython names the referent's type without quotes here, and None's
 * once the referent is dead. */
static Object *px_repr(Object *o)
{
    Object *x = WR(o)->referent ? WR(o)->referent : None;
    return str_from_fmt("<weakproxy at %p to %s at %p>", (void *)o, x->type->name, (void *)x);
}

#define PROXY_FIELDS(nm)                                                                     \
    OBJ_HEAD_INIT(&TypeType), .name = nm, .base = &ObjectType,                               \
    .basicsize = sizeof(WeakRefObject), .flags = TYPE_GC, .dealloc = wr_dealloc,              \
    .repr = px_repr, .str = px_str, .hash = obj_hash_unhashable, .richcompare = px_richcompare, \
    .truth = px_truth, .getattr = px_getattr, .setattr = px_setattr, .iter = px_iter,       \
    .iternext = px_iternext, .getitem = px_getitem, .setitem = px_setitem, .len = px_len,   \
    .contains = px_contains, .num = &px_num, .traverse = wr_traverse, .clear = wr_clear

Type WeakProxyType = { PROXY_FIELDS("weakref.ProxyType") };
Type WeakCallableProxyType = { PROXY_FIELDS("weakref.CallableProxyType"), .call = px_call };
