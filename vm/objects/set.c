/* vm/objects/set.c — set and frozenset: CPython's open-addressing table, so
 * that iteration order (and so repr, list(s), pop) is python3's for the same
 * hashes, and hash(frozenset) is python3's.
 *
 * A table of 2**k (key, hash) entries, at least SET_MINSIZE of them.  An
 * entry is UNUSED (key NULL, hash 0; ends a probe), a DUMMY (a deleted
 * key: key `dummy`, hash -1; the probe goes on) or ACTIVE.  A probe looks
 * at LINEAR_PROBES neighbours, then jumps: i = 5*i + 1 + perturb, perturb
 * >>= PERTURB_SHIFT.  `fill` counts active and dummy entries, `used` the
 * active ones; the table grows when fill reaches 3/5 of it.
 *
 * Comparisons call out to Python (__eq__), which may mutate the very set
 * being probed: every probe holds the key it compares and restarts when the
 * table moved or the entry changed, as CPython's does.  All under the GIL.
 */
#include "vm/objects/set.h"
#include "vm/objects/weakref.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

typedef struct SetEntry { Object *key; int64_t hash; } SetEntry;

typedef struct SetObject {
    Object ob;
    size_t fill, used, mask;
    size_t finger;      /* where pop() looks next */
    int64_t hash;       /* a frozenset's, -1 until computed */
    SetEntry *table;    /* small, or malloc'd once the set outgrows it */
    SetEntry small[SET_MINSIZE];
    struct WeakRefObject *weaklist;
} SetObject;

static Object dummy_key = OBJ_HEAD_INIT(&ObjectType);
#define dummy (&dummy_key)

static inline SetObject *S(Object *o) { return (SetObject *)o; }

bool set_check_any(Object *o)
{
    return obj_isinstance_type(o, &SetType) || obj_isinstance_type(o, &FrozenSetType);
}

static bool is_mutable(Object *o) { return obj_isinstance_type(o, &SetType); }
size_t set_len(Object *o) { return S(o)->used; }

static int64_t key_hash(Object *key)
{
    if (obj_is(key, &StrType) && ((StrObject *)key)->hash != -1)
        return ((StrObject *)key)->hash;
    return obj_hash(key);
}

/* 1 equal, 0 not, -1 error: str and word ints without calling out. */
static int keys_equal(Object *a, Object *b)
{
    if (obj_is(a, &StrType) && obj_is(b, &StrType))
        return str_eq(a, b);
    if (int_is_word(a) && int_is_word(b))
        return int_value(a) == int_value(b);
    INCREF(a);
    int eq = obj_richcompare_bool(a, b, CMP_EQ);
    DECREF(a);
    return eq;
}

/* ---- the table ------------------------------------------------------------ */

/* The entry holding key, or the UNUSED entry that ends its probe; NULL on
 * error. */
static SetEntry *lookkey(SetObject *so, Object *key, int64_t hash)
{
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                return e;
            if (e->hash == hash) {
                Object *start = e->key;
                if (start == key)
                    return e;
                SetEntry *table = so->table;
                int eq = keys_equal(start, key);
                if (eq < 0)
                    return NULL;
                if (table != so->table || e->key != start)
                    goto restart;
                if (eq)
                    return e;
                mask = so->mask;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Into a table without dummies, of a key known to be absent. */
static void insert_clean(SetEntry *table, size_t mask, Object *key, int64_t hash)
{
    size_t i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        SetEntry *e = &table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) {
                e->key = key;
                e->hash = hash;
                return;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Rebuild into the smallest table larger than minused, dropping dummies. */
static int table_resize(SetObject *so, size_t minused)
{
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) {
        if (newsize > ((size_t)1 << 58)) {
            exc_nomemory();
            return -1;
        }
        newsize <<= 1;
    }
    SetEntry *old = so->table, copy[SET_MINSIZE], *newtable;
    size_t oldmask = so->mask;
    bool old_malloced = old != so->small;
    if (newsize == SET_MINSIZE) {
        newtable = so->small;
        if (newtable == old) {
            if (so->fill == so->used)
                return 0;               /* no dummies to purge */
            memcpy(copy, old, sizeof copy);
            old = copy;
        }
    } else {
        newtable = malloc(newsize * sizeof(SetEntry));
        if (!newtable) {
            exc_nomemory();
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = newtable;
    so->fill = so->used;
    for (SetEntry *e = old; e <= old + oldmask; e++)
        if (e->key && e->key != dummy)
            insert_clean(newtable, so->mask, e->key, e->hash);
    if (old_malloced)
        free(old);
    return 0;
}

static size_t grow_target(SetObject *so) { return so->used > 50000 ? so->used * 2 : so->used * 4; }

/* Add key (borrowed) with its hash. */
static int add_entry(SetObject *so, Object *key, int64_t hash)
{
    INCREF(key);    /* an __eq__ below may drop the caller's reference */
restart:;
    size_t mask = so->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    SetEntry *freeslot = NULL, *e;
    for (;;) {
        e = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key)
                goto found_unused;
            if (e->hash == hash) {
                Object *start = e->key;
                if (start == key)
                    goto found_active;
                SetEntry *table = so->table;
                int eq = keys_equal(start, key);
                if (eq > 0)
                    goto found_active;
                if (eq < 0) {
                    DECREF(key);
                    return -1;
                }
                if (table != so->table || e->key != start)
                    goto restart;
                mask = so->mask;
            } else if (e->hash == -1) {
                freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    so->used++;
    if (freeslot) {
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    e->key = key;
    e->hash = hash;
    if (so->fill * 5 < mask * 3)
        return 0;
    return table_resize(so, grow_target(so));
found_active:
    DECREF(key);
    return 0;
}

static int add_key(SetObject *so, Object *key)
{
    int64_t h = key_hash(key);
    return h == -1 ? -1 : add_entry(so, key, h);
}

static int contains_entry(SetObject *so, Object *key, int64_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    return e ? e->key != NULL : -1;
}

static int contains_key(SetObject *so, Object *key)
{
    int64_t h = key_hash(key);
    return h == -1 ? -1 : contains_entry(so, key, h);
}

/* 1 removed, 0 absent, -1 error. */
static int discard_entry(SetObject *so, Object *key, int64_t hash)
{
    SetEntry *e = lookkey(so, key, hash);
    if (!e)
        return -1;
    if (!e->key)
        return 0;
    Object *old = e->key;
    e->key = dummy;
    e->hash = -1;
    so->used--;
    DECREF(old);
    return 1;
}

static int discard_key(SetObject *so, Object *key)
{
    int64_t h = key_hash(key);
    return h == -1 ? -1 : discard_entry(so, key, h);
}

static void empty_to_minsize(SetObject *so)
{
    memset(so->small, 0, sizeof so->small);
    so->fill = so->used = 0;
    so->mask = SET_MINSIZE - 1;
    so->table = so->small;
    so->hash = -1;
}

/* The set is made empty first: a key's __del__ may look at it. */
static void clear_internal(Object *o)
{
    SetObject *so = S(o);
    SetEntry *table = so->table, copy[SET_MINSIZE];
    size_t used = so->used;
    bool malloced = table != so->small;
    if (!malloced) {
        if (!so->fill)
            return;
        memcpy(copy, table, sizeof copy);
        table = copy;
    }
    empty_to_minsize(so);
    for (SetEntry *e = table; used > 0; e++)
        if (e->key && e->key != dummy) {
            used--;
            DECREF(e->key);
        }
    if (malloced)
        free(table);
}

/* Iterate: pos starts at 0; false at the end; *e is borrowed and valid
 * only until the set changes. */
static bool set_next(SetObject *so, size_t *pos, SetEntry **e)
{
    size_t i = *pos;
    while (i <= so->mask && (!so->table[i].key || so->table[i].key == dummy))
        i++;
    *pos = i + 1;
    if (i > so->mask)
        return false;
    *e = &so->table[i];
    return true;
}

/* ---- building -------------------------------------------------------------- */

static int merge(SetObject *so, SetObject *other)
{
    if (other == so || other->used == 0)
        return 0;
    /* One resize up front: few of other's keys are expected in so. */
    if ((so->fill + other->used) * 5 >= so->mask * 3 &&
        table_resize(so, (so->used + other->used) * 2) < 0)
        return -1;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++) {
            Object *k = other->table[i].key;
            if (k) {
                INCREF(k);
                so->table[i] = other->table[i];
            }
        }
        so->fill = so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++) {
            Object *k = other->table[i].key;
            if (k && k != dummy) {
                INCREF(k);
                insert_clean(so->table, so->mask, k, other->table[i].hash);
            }
        }
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry *e = &other->table[i];
        if (e->key && e->key != dummy && add_entry(so, e->key, e->hash) < 0)
            return -1;
    }
    return 0;
}

static int update_internal(SetObject *so, Object *other)
{
    if (set_check_any(other))
        return merge(so, S(other));
    if (obj_is(other, &DictType)) {
        size_t n = dict_len(other), pos = 0;
        if ((so->fill + n) * 5 >= so->mask * 3 && table_resize(so, (so->used + n) * 2) < 0)
            return -1;
        Object *k;
        while (dict_next(other, &pos, &k, NULL)) {
            INCREF(k);
            int rc = add_key(so, k);
            DECREF(k);
            if (rc < 0)
                return -1;
        }
        return 0;
    }
    Object *it = obj_iter(other), *k;
    if (!it)
        return -1;
    while ((k = obj_iternext(it))) {
        int rc = add_key(so, k);
        DECREF(k);
        if (rc < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return exc_occurred() ? -1 : 0;
}

static Object *make_new(Type *type, Object *iterable)
{
    SetObject *so = (SetObject *)obj_alloc(type, type->basicsize);
    if (!so)
        return NULL;
    empty_to_minsize(so);
    if (iterable && update_internal(so, iterable) < 0) {
        DECREF(so);
        return NULL;
    }
    return (Object *)so;
}

/* A result of the built-in kind that o is (set or frozenset). */
static Object *make_new_basetype(Object *o, Object *iterable)
{
    return make_new(is_mutable(o) ? &SetType : &FrozenSetType, iterable);
}

Object *set_new(Object *iterable) { return make_new(&SetType, iterable); }
Object *frozenset_new(Object *iterable) { return make_new(&FrozenSetType, iterable); }
Object *frozenset_const(Object *items)
{
    Object *fs = frozenset_new(items), *order = fs ? list_from_iter(fs) : NULL;
    Object *r = order ? frozenset_new(order) : NULL;
    XDECREF(fs);
    XDECREF(order);
    return r;
}

int set_add(Object *set, Object *key) { return add_key(S(set), key); }
int set_update(Object *set, Object *iterable) { return update_internal(S(set), iterable); }

static Object *set_copy(Object *o) { return make_new_basetype(o, o); }

/* Exchange the contents of a and b (a result computed aside becomes a's). */
static void swap_bodies(SetObject *a, SetObject *b)
{
    size_t fill = a->fill, used = a->used, mask = a->mask;
    SetEntry *ta = a->table, *tb = b->table, small[SET_MINSIZE];
    a->fill = b->fill; a->used = b->used; a->mask = b->mask;
    b->fill = fill; b->used = used; b->mask = mask;
    memcpy(small, a->small, sizeof small);     /* a small table moves with its contents */
    memcpy(a->small, b->small, sizeof small);
    memcpy(b->small, small, sizeof small);
    a->table = tb == b->small ? a->small : tb;
    b->table = ta == a->small ? b->small : ta;
    a->hash = b->hash = -1;
}

/* ---- operations ---------------------------------------------------------- */

static Object *union_multi(Object *so, Object *const *others, size_t n)
{
    Object *r = set_copy(so);
    for (size_t i = 0; r && i < n; i++)
        if (others[i] != so && update_internal(S(r), others[i]) < 0)
            SETREF(r, NULL);
    return r;
}

static Object *intersection(Object *so, Object *other)
{
    if (so == other)
        return set_copy(so);
    Object *r = make_new_basetype(so, NULL);
    if (!r)
        return NULL;
    if (set_check_any(other)) {
        Object *small = S(other)->used > S(so)->used ? so : other, *big = small == so ? other : so;
        size_t pos = 0;
        SetEntry *e;
        while (set_next(S(small), &pos, &e)) {
            Object *k = e->key;
            int64_t h = e->hash;
            INCREF(k);
            int rv = contains_entry(S(big), k, h);
            if (rv > 0)
                rv = add_entry(S(r), k, h);
            DECREF(k);
            if (rv < 0) {
                DECREF(r);
                return NULL;
            }
        }
        return r;
    }
    Object *it = obj_iter(other), *k;
    if (!it) {
        DECREF(r);
        return NULL;
    }
    while ((k = obj_iternext(it))) {
        int64_t h = key_hash(k);
        int rv = h == -1 ? -1 : contains_entry(S(so), k, h);
        if (rv > 0)
            rv = add_entry(S(r), k, h);
        DECREF(k);
        if (rv < 0) {
            DECREF(it);
            DECREF(r);
            return NULL;
        }
        if (S(r)->used >= S(so)->used)
            break;
    }
    DECREF(it);
    if (exc_occurred())
        SETREF(r, NULL);
    return r;
}

static Object *intersection_multi(Object *so, Object *const *others, size_t n)
{
    if (n == 0)
        return set_copy(so);
    Object *r = so;
    INCREF(r);
    for (size_t i = 0; r && i < n; i++) {
        Object *nr = intersection(r, others[i]);
        DECREF(r);
        r = nr;
    }
    return r;
}

static Object *isdisjoint(Object *so, Object *other)
{
    if (so == other)
        return bool_from(S(so)->used == 0);
    if (set_check_any(other)) {
        Object *small = S(other)->used > S(so)->used ? so : other, *big = small == so ? other : so;
        size_t pos = 0;
        SetEntry *e;
        while (set_next(S(small), &pos, &e)) {
            Object *k = e->key;
            INCREF(k);
            int rv = contains_entry(S(big), k, e->hash);
            DECREF(k);
            if (rv)
                return rv < 0 ? NULL : bool_from(false);
        }
        return bool_from(true);
    }
    Object *it = obj_iter(other), *k;
    if (!it)
        return NULL;
    while ((k = obj_iternext(it))) {
        int rv = contains_key(S(so), k);
        DECREF(k);
        if (rv) {
            DECREF(it);
            return rv < 0 ? NULL : bool_from(false);
        }
    }
    DECREF(it);
    return exc_occurred() ? NULL : bool_from(true);
}

static int difference_update_internal(Object *so, Object *other)
{
    if (so == other) {
        clear_internal(so);
        return 0;
    }
    if (set_check_any(other)) {
        /* A much larger other: walk its intersection with so instead. */
        Object *o = (S(other)->used >> 3) > S(so)->used ? intersection(so, other)
                                                         : (INCREF(other), other);
        if (!o)
            return -1;
        size_t pos = 0;
        SetEntry *e;
        while (set_next(S(o), &pos, &e)) {
            Object *k = e->key;
            INCREF(k);
            int rv = discard_entry(S(so), k, e->hash);
            DECREF(k);
            if (rv < 0) {
                DECREF(o);
                return -1;
            }
        }
        DECREF(o);
    } else {
        Object *it = obj_iter(other), *k;
        if (!it)
            return -1;
        while ((k = obj_iternext(it))) {
            int rv = discard_key(S(so), k);
            DECREF(k);
            if (rv < 0) {
                DECREF(it);
                return -1;
            }
        }
        DECREF(it);
        if (exc_occurred())
            return -1;
    }
    /* More than a quarter dummies: rebuild without them. */
    if (S(so)->fill - S(so)->used <= S(so)->mask / 4)
        return 0;
    return table_resize(S(so), grow_target(S(so)));
}

static Object *copy_and_difference(Object *so, Object *other)
{
    Object *r = set_copy(so);
    if (r && difference_update_internal(r, other) < 0)
        SETREF(r, NULL);
    return r;
}

/* 1 in other, 0 not, -1 error: other a set or an exact dict. */
static int other_contains(Object *other, Object *k, int64_t h)
{
    if (set_check_any(other))
        return contains_entry(S(other), k, h);
    Object *v = dict_get(other, k);
    return v ? 1 : exc_occurred() ? -1 : 0;
}

static Object *difference(Object *so, Object *other)
{
    size_t other_size;
    if (set_check_any(other))
        other_size = S(other)->used;
    else if (obj_is(other, &DictType))
        other_size = dict_len(other);
    else
        return copy_and_difference(so, other);
    if ((S(so)->used >> 2) > other_size)
        return copy_and_difference(so, other);
    Object *r = make_new_basetype(so, NULL);
    if (!r)
        return NULL;
    size_t pos = 0;
    SetEntry *e;
    while (set_next(S(so), &pos, &e)) {
        Object *k = e->key;
        int64_t h = e->hash;
        INCREF(k);
        int rv = other_contains(other, k, h);
        if (rv == 0)
            rv = add_entry(S(r), k, h);
        DECREF(k);
        if (rv < 0) {
            DECREF(r);
            return NULL;
        }
    }
    return r;
}

static Object *difference_multi(Object *so, Object *const *others, size_t n)
{
    if (n == 0)
        return set_copy(so);
    Object *r = difference(so, others[0]);
    for (size_t i = 1; r && i < n; i++)
        if (difference_update_internal(r, others[i]) < 0)
            SETREF(r, NULL);
    return r;
}

/* Each of other's items leaves so if there, else joins it. */
static int symmetric_update_from(SetObject *so, Object *k, int64_t h)
{
    INCREF(k);
    int rv = discard_entry(so, k, h);
    if (rv == 0)
        rv = add_entry(so, k, h);
    DECREF(k);
    return rv < 0 ? -1 : 0;
}

static int symmetric_difference_update(Object *so, Object *other)
{
    if (so == other) {
        clear_internal(so);
        return 0;
    }
    if (obj_is(other, &DictType)) {
        size_t pos = 0;
        Object *k;
        while (dict_next(other, &pos, &k, NULL)) {
            int64_t h = key_hash(k);
            if (h == -1 || symmetric_update_from(S(so), k, h) < 0)
                return -1;
        }
        return 0;
    }
    Object *o = set_check_any(other) ? (INCREF(other), other) : make_new_basetype(so, other);
    if (!o)
        return -1;
    size_t pos = 0;
    SetEntry *e;
    int rc = 0;
    while (rc == 0 && set_next(S(o), &pos, &e))
        rc = symmetric_update_from(S(so), e->key, e->hash);
    DECREF(o);
    return rc;
}

static Object *symmetric_difference(Object *so, Object *other)
{
    Object *r = make_new_basetype(so, other);
    if (r && symmetric_difference_update(r, so) < 0)
        SETREF(r, NULL);
    return r;
}

static Object *issubset(Object *so, Object *other)
{
    if (!set_check_any(other)) {
        Object *t = intersection(so, other);
        if (!t)
            return NULL;
        bool r = S(t)->used == S(so)->used;
        DECREF(t);
        return bool_from(r);
    }
    if (S(so)->used > S(other)->used)
        return bool_from(false);
    size_t pos = 0;
    SetEntry *e;
    while (set_next(S(so), &pos, &e)) {
        Object *k = e->key;
        INCREF(k);
        int rv = contains_entry(S(other), k, e->hash);
        DECREF(k);
        if (rv <= 0)
            return rv < 0 ? NULL : bool_from(false);
    }
    return bool_from(true);
}

static Object *issuperset(Object *so, Object *other)
{
    if (set_check_any(other))
        return issubset(other, so);
    Object *it = obj_iter(other), *k;
    if (!it)
        return NULL;
    while ((k = obj_iternext(it))) {
        int rv = contains_key(S(so), k);
        DECREF(k);
        if (rv <= 0) {
            DECREF(it);
            return rv < 0 ? NULL : bool_from(false);
        }
    }
    DECREF(it);
    return exc_occurred() ? NULL : bool_from(true);
}

/* key may be a set, looked up as the equal frozenset (as CPython does). */
static int with_frozen_key(SetObject *so, Object *key, int (*fn)(SetObject *, Object *))
{
    int rv = fn(so, key);
    if (rv >= 0 || !is_mutable(key) || !exc_matches(exc_occurred(), (Object *)ExcTypeError))
        return rv;
    exc_clear();
    Object *fk = frozenset_new(key);
    if (!fk)
        return -1;
    rv = fn(so, fk);
    DECREF(fk);
    return rv;
}

static Object *notimpl(void)
{
    INCREF(NotImplemented);
    return NotImplemented;
}

/* ---- slots ---------------------------------------------------------------- */

static void set_dealloc(Object *o)
{
    SetObject *so = S(o);
    if (so->weaklist)
        weakref_clear_refs(o);
    for (SetEntry *e = so->table; so->used > 0; e++)
        if (e->key && e->key != dummy) {
            so->used--;
            DECREF(e->key);
        }
    if (so->table != so->small)
        free(so->table);
    obj_free(o);
}

static void set_traverse(Object *o, VisitFn visit, void *arg)
{
    size_t pos = 0;
    SetEntry *e;
    while (set_next(S(o), &pos, &e))
        visit(e->key, arg);
}

static Object *set_repr(Object *o)
{
    bool exact = obj_is(o, &SetType);
    int r = repr_enter(o);
    if (r)
        return r < 0 ? NULL : str_from_fmt("%s(...)", o->type->name);
    Object *s;
    if (!S(o)->used) {
        s = str_from_fmt("%s()", o->type->name);
    } else {
        Object *keys = list_from_iter(o);
        char open[80];
        snprintf(open, sizeof open, "%s({", o->type->name);
        s = keys ? seq_repr(((ListObject *)keys)->items, list_len(keys), exact ? "{" : open,
                            exact ? "}" : "})", false)
                 : NULL;
        XDECREF(keys);
    }
    repr_leave(o);
    return s;
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; }

/* python3's frozenset hash: order-free, over the stored hashes (UNUSED and
 * DUMMY entries are xored in, then their effect taken out again). */
static int64_t frozenset_hash(Object *o)
{
    SetObject *so = S(o);
    if (so->hash != -1)
        return so->hash;
    uint64_t h = 0;
    for (size_t i = 0; i <= so->mask; i++)
        h ^= shuffle_bits((uint64_t)so->table[i].hash);
    if ((so->mask + 1 - so->fill) & 1)
        h ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1)
        h ^= shuffle_bits((uint64_t)-1);
    h ^= ((uint64_t)so->used + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    if (h == (uint64_t)-1)
        h = 590923713u;
    so->hash = (int64_t)h;
    return so->hash;
}

static Object *set_richcompare(Object *v, Object *w, int op)
{
    if (!set_check_any(w))
        return notimpl();
    switch (op) {
    case CMP_EQ:
    case CMP_NE: {
        bool eq;
        if (S(v)->used != S(w)->used ||
            (S(v)->hash != -1 && S(w)->hash != -1 && S(v)->hash != S(w)->hash)) {
            eq = false;
        } else {
            Object *r = issubset(v, w);
            if (!r)
                return NULL;
            eq = r == TrueObj;
            DECREF(r);
        }
        return bool_from(op == CMP_EQ ? eq : !eq);
    }
    case CMP_LE: return issubset(v, w);
    case CMP_GE: return issuperset(v, w);
    case CMP_LT: return S(v)->used >= S(w)->used ? bool_from(false) : issubset(v, w);
    default: return S(v)->used <= S(w)->used ? bool_from(false) : issuperset(v, w);
    }
}

static ssize_t set_length(Object *o) { return (ssize_t)S(o)->used; }
static int set_contains(Object *o, Object *key) { return with_frozen_key(S(o), key, contains_key); }

static Object *set_or(Object *a, Object *b)
{
    return set_check_any(a) && set_check_any(b) ? union_multi(a, &b, 1) : notimpl();
}
static Object *set_and(Object *a, Object *b)
{
    return set_check_any(a) && set_check_any(b) ? intersection(a, b) : notimpl();
}
static Object *set_sub(Object *a, Object *b)
{
    return set_check_any(a) && set_check_any(b) ? difference(a, b) : notimpl();
}
static Object *set_xor(Object *a, Object *b)
{
    return set_check_any(a) && set_check_any(b) ? symmetric_difference(a, b) : notimpl();
}

static const NumberOps set_num = { .sub = set_sub, .and_ = set_and, .or_ = set_or, .xor_ = set_xor };

Object *set_inplace(Object *a, Object *b, int op)
{
    if (!is_mutable(a) || !set_check_any(b))
        return notimpl();
    int rc = 0;
    if (op == BIN_OR) {
        rc = update_internal(S(a), b);
    } else if (op == BIN_SUB) {
        rc = difference_update_internal(a, b);
    } else if (op == BIN_XOR) {
        rc = symmetric_difference_update(a, b);
    } else if (op == BIN_AND) {
        Object *t = intersection(a, b);
        if (t) {
            swap_bodies(S(a), S(t));
            DECREF(t);
        }
        rc = t ? 0 : -1;
    } else {
        return notimpl();
    }
    if (rc < 0)
        return NULL;
    INCREF(a);
    return a;
}

/* ---- iterator ----------------------------------------------------------- */

typedef struct SetIter { Object ob; Object *set; size_t used, pos; } SetIter;

static void setiter_dealloc(Object *o)
{
    XDECREF(((SetIter *)o)->set);
    obj_free(o);
}

static void setiter_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((SetIter *)o)->set, arg);
}

static Object *setiter_next(Object *o)
{
    SetIter *it = (SetIter *)o;
    if (!it->set)
        return NULL;
    if (it->used != S(it->set)->used) {
        exc_set(ExcRuntimeError, "Set changed size during iteration");
        it->used = (size_t)-1;  /* stays broken, as CPython's */
        return NULL;
    }
    SetEntry *e;
    if (!set_next(S(it->set), &it->pos, &e)) {
        SETREF(it->set, NULL);
        return NULL;
    }
    INCREF(e->key);
    return e->key;
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Type SetIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "set_iterator", .base = &ObjectType,
    .basicsize = sizeof(SetIter), .flags = TYPE_GC, .traverse = setiter_traverse,
    .dealloc = setiter_dealloc, .iter = iter_self, .iternext = setiter_next,
};

static Object *set_iter(Object *o)
{
    SetIter *it = (SetIter *)obj_alloc(&SetIterType, sizeof(SetIter));
    if (!it)
        return NULL;
    INCREF(o);
    it->set = o;
    it->used = S(o)->used;
    return (Object *)it;
}

/* ---- methods -------------------------------------------------------------- */

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

static const char *tname(Object *self) { return is_mutable(self) ? "set" : "frozenset"; }

static int no_args(Object *const *args, const char *name, size_t nargs, Object *kw)
{
    if (nargs == 1 && !kw)
        return 0;
    exc_set(ExcTypeError, "%s.%s() takes no arguments (%zu given)", tname(args[0]), name, nargs - 1);
    return -1;
}

static int one_arg(Object *const *args, const char *name, size_t nargs, Object *kw)
{
    if (nargs == 2 && !kw)
        return 0;
    if (kw)
        exc_set(ExcTypeError, "%s.%s() takes no keyword arguments", tname(args[0]), name);
    else
        exc_set(ExcTypeError, "%s.%s() takes exactly one argument (%zu given)", tname(args[0]),
                name, nargs - 1);
    return -1;
}

static int var_args(Object *const *args, const char *name, Object *kw)
{
    if (!kw)
        return 0;
    exc_set(ExcTypeError, "%s.%s() takes no keyword arguments", tname(args[0]), name);
    return -1;
}

static Object *none_or_null(int rc) { return rc < 0 ? NULL : none_new(); }

METHOD(m_add) { return one_arg(args, "add", nargs, kw) < 0 ? NULL : none_or_null(add_key(S(args[0]), args[1])); }

METHOD(m_clear)
{
    if (no_args(args, "clear", nargs, kw) < 0)
        return NULL;
    clear_internal(args[0]);
    return none_new();
}

METHOD(m_copy)
{
    if (no_args(args, "copy", nargs, kw) < 0)
        return NULL;
    if (obj_is(args[0], &FrozenSetType)) {
        INCREF(args[0]);
        return args[0];
    }
    return set_copy(args[0]);
}

METHOD(m_contains)
{
    if (one_arg(args, "__contains__", nargs, kw) < 0)
        return NULL;
    int rv = set_contains(args[0], args[1]);
    return rv < 0 ? NULL : bool_from(rv);
}

METHOD(m_discard)
{
    if (one_arg(args, "discard", nargs, kw) < 0)
        return NULL;
    return none_or_null(with_frozen_key(S(args[0]), args[1], discard_key));
}

METHOD(m_remove)
{
    if (one_arg(args, "remove", nargs, kw) < 0)
        return NULL;
    int rv = with_frozen_key(S(args[0]), args[1], discard_key);
    if (rv == 0) {
        Object *e = exc_new(ExcKeyError, &args[1], 1);
        if (e)
            exc_set_obj(e);
    }
    return rv > 0 ? none_new() : NULL;
}

METHOD(m_pop)
{
    if (no_args(args, "pop", nargs, kw) < 0)
        return NULL;
    SetObject *so = S(args[0]);
    if (so->used == 0) {
        exc_set(ExcKeyError, "pop from an empty set");
        return NULL;
    }
    SetEntry *e = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (!e->key || e->key == dummy)
        if (++e > limit)
            e = so->table;
    Object *k = e->key;
    e->key = dummy;
    e->hash = -1;
    so->used--;
    so->finger = (size_t)(e - so->table) + 1;
    return k;
}

METHOD(m_union) { return var_args(args, "union", kw) < 0 ? NULL : union_multi(args[0], args + 1, nargs - 1); }
METHOD(m_intersection)
{
    return var_args(args, "intersection", kw) < 0 ? NULL : intersection_multi(args[0], args + 1, nargs - 1);
}
METHOD(m_difference)
{
    return var_args(args, "difference", kw) < 0 ? NULL : difference_multi(args[0], args + 1, nargs - 1);
}
METHOD(m_symmetric_difference)
{
    return one_arg(args, "symmetric_difference", nargs, kw) < 0 ? NULL : symmetric_difference(args[0], args[1]);
}
METHOD(m_isdisjoint) { return one_arg(args, "isdisjoint", nargs, kw) < 0 ? NULL : isdisjoint(args[0], args[1]); }
METHOD(m_issubset) { return one_arg(args, "issubset", nargs, kw) < 0 ? NULL : issubset(args[0], args[1]); }
METHOD(m_issuperset) { return one_arg(args, "issuperset", nargs, kw) < 0 ? NULL : issuperset(args[0], args[1]); }

METHOD(m_update)
{
    if (var_args(args, "update", kw) < 0)
        return NULL;
    for (size_t i = 1; i < nargs; i++)
        if (update_internal(S(args[0]), args[i]) < 0)
            return NULL;
    return none_new();
}

METHOD(m_intersection_update)
{
    if (var_args(args, "intersection_update", kw) < 0)
        return NULL;
    Object *t = intersection_multi(args[0], args + 1, nargs - 1);
    if (!t)
        return NULL;
    swap_bodies(S(args[0]), S(t));
    DECREF(t);
    return none_new();
}

METHOD(m_difference_update)
{
    if (var_args(args, "difference_update", kw) < 0)
        return NULL;
    for (size_t i = 1; i < nargs; i++)
        if (difference_update_internal(args[0], args[i]) < 0)
            return NULL;
    return none_new();
}

METHOD(m_symmetric_difference_update)
{
    if (one_arg(args, "symmetric_difference_update", nargs, kw) < 0)
        return NULL;
    return none_or_null(symmetric_difference_update(args[0], args[1]));
}

/* set.__init__(iterable=()): what a subclass's instance holds (set(...)
 * itself fills a fresh set in construct). */
METHOD(m_init)
{
    if (kw) {
        exc_set(ExcTypeError, "set() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 2) {
        exc_set(ExcTypeError, "set expected at most 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    clear_internal(args[0]);
    return nargs == 2 && update_internal(S(args[0]), args[1]) < 0 ? NULL : none_new();
}

/* s |= t and the others as methods: NotImplemented unless t is a set. */
#define INPLACE_METHOD(fn, name, op) \
    METHOD(fn) { return one_arg(args, name, nargs, kw) < 0 ? NULL : set_inplace(args[0], args[1], op); }
INPLACE_METHOD(m_ior, "__ior__", BIN_OR)
INPLACE_METHOD(m_iand, "__iand__", BIN_AND)
INPLACE_METHOD(m_isub, "__isub__", BIN_SUB)
INPLACE_METHOD(m_ixor, "__ixor__", BIN_XOR)
#undef INPLACE_METHOD

static const MethodDef set_methods[] = {
    { "add", m_add, NULL }, { "clear", m_clear, NULL }, { "__contains__", m_contains, NULL },
    { "copy", m_copy, NULL }, { "discard", m_discard, NULL }, { "difference", m_difference, NULL },
    { "difference_update", m_difference_update, NULL }, { "intersection", m_intersection, NULL },
    { "intersection_update", m_intersection_update, NULL }, { "isdisjoint", m_isdisjoint, NULL },
    { "issubset", m_issubset, NULL }, { "issuperset", m_issuperset, NULL }, { "pop", m_pop, NULL },
    { "remove", m_remove, NULL }, { "symmetric_difference", m_symmetric_difference, NULL },
    { "symmetric_difference_update", m_symmetric_difference_update, NULL },
    { "union", m_union, NULL }, { "update", m_update, NULL },
    { "__ior__", m_ior, NULL }, { "__iand__", m_iand, NULL }, { "__isub__", m_isub, NULL },
    { "__ixor__", m_ixor, NULL }, { "__init__", m_init, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef frozenset_methods[] = {
    { "__contains__", m_contains, NULL }, { "copy", m_copy, NULL },
    { "difference", m_difference, NULL }, { "intersection", m_intersection, NULL },
    { "isdisjoint", m_isdisjoint, NULL }, { "issubset", m_issubset, NULL },
    { "issuperset", m_issuperset, NULL }, { "symmetric_difference", m_symmetric_difference, NULL },
    { "union", m_union, NULL },
    { NULL, NULL, NULL },
};

/* set(iterable) / frozenset(iterable); frozenset(f) of an exact frozenset is f.
 * A subclass of set starts empty whatever the arguments (set.__init__
 * fills it), as CPython's set_new. */
static Object *construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    Type *t = (Type *)callable;
    bool mutable = type_is_subtype(t, &SetType) || t == &SetType;
    const char *name = mutable ? "set" : "frozenset";
    if (mutable && t != &SetType)
        return make_new(t, NULL);
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return NULL;
    }
    if (t == &FrozenSetType && nargs && obj_is(args[0], &FrozenSetType)) {
        INCREF(args[0]);
        return args[0];
    }
    return make_new(t, nargs ? args[0] : NULL);
}

/* The small table is inside the object; a grown one is malloc'd. */
static size_t set_extsize(Object *o)
{
    SetObject *so = (SetObject *)o;
    return so->table == so->small ? 0 : (so->mask + 1) * sizeof(SetEntry);
}

Type SetType = {
    OBJ_HEAD_INIT(&TypeType), .name = "set", .base = &ObjectType, .basicsize = sizeof(SetObject),
    .flags = TYPE_BASETYPE | TYPE_GC | TYPE_CONSTRUCT_SUBCLASS, .dealloc = set_dealloc, .repr = set_repr,
    .extsize = set_extsize,
    .weaklistoffset = offsetof(SetObject, weaklist),
    .hash = obj_hash_unhashable, .richcompare = set_richcompare, .iter = set_iter, .len = set_length,
    .contains = set_contains, .num = &set_num, .construct = construct, .methods = set_methods,
    .traverse = set_traverse, .clear = clear_internal,
    .classmethods = obj_generic_classmethods,
};

Type FrozenSetType = {
    OBJ_HEAD_INIT(&TypeType), .name = "frozenset", .base = &ObjectType,
    .basicsize = sizeof(SetObject), .flags = TYPE_BASETYPE | TYPE_GC | TYPE_CONSTRUCT_SUBCLASS, .dealloc = set_dealloc,
    .extsize = set_extsize,
    .weaklistoffset = offsetof(SetObject, weaklist),
    .repr = set_repr, .hash = frozenset_hash, .richcompare = set_richcompare, .iter = set_iter,
    .len = set_length, .contains = set_contains, .num = &set_num, .construct = construct,
    .methods = frozenset_methods, .traverse = set_traverse, .clear = clear_internal,
    .classmethods = obj_generic_classmethods,
};
