/* vm/objects/dict.c — dict: CPython's compact, insertion-ordered hash table.
 *
 * Two arrays: `entries` holds (hash, key, value) in insertion order (a
 * deleted entry keeps its place with key NULL until the next resize), and
 * `indices`, a power-of-two table of positions into entries, probed with
 * CPython's perturbation recurrence i = 5*i + 1 + perturb; perturb >>= 5.
 * An index slot is EMPTY (never used; ends a probe) or DUMMY (deleted; the
 * probe goes on).  At most 2/3 of the slots are used; a full entries array
 * triggers a resize that also drops deleted entries.
 *
 * Versions (PEP 509): every mutation gives the dict a fresh value from one
 * global counter, and nothing else changes it, so a LOAD_GLOBAL cache
 * entry is valid while both dicts still carry the versions it recorded.
 * The counter, like the dicts, is only touched under the GIL. */
#include "vm/objects/object.h"
#include "vm/objects/gc.h"
#include "vm/objects/set.h"
#include "vm/objects/mappingproxy.h"

#include <stdlib.h>
#include <string.h>

#define EMPTY (-1)
#define DUMMY (-2)
#define MIN_SIZE 8
#define PERTURB_SHIFT 5

typedef struct DictEntry { int64_t hash; Object *key, *value; } DictEntry;

struct DictObject {
    Object ob;
    size_t used;      /* live keys */
    size_t nentries;  /* entries[0..nentries) written, live or deleted */
    /* indices slots not EMPTY (live or DUMMY).  Deleting from the end lowers
     * nentries but leaves a DUMMY, so nentries alone cannot say when the
     * table must be rebuilt: a probe needs an EMPTY slot to end on. */
    size_t filled;
    /* entries[0..head) are all deleted: a queue popped at the front (and
     * OrderedDict's move to the front, which fills that gap) stays O(1). */
    size_t head;
    size_t isize;     /* slots in indices; 0 before the first insert */
    uint64_t version;
    int64_t *indices;
    DictEntry *entries;
    /* Made for an instance's attributes and never handed out as __dict__:
     * python3 3.11 keeps such values inline in the instance; here the dict
     * stays but is not tracked: the collector sees its contents as the
     * instance's (half the objects to walk, and gc.collect's count). */
    bool instance_values;
};

static uint64_t version_counter;

static inline DictObject *D(Object *o) { return (DictObject *)o; }
static inline size_t usable(size_t isize) { return isize * 2 / 3; }
static inline void touch(DictObject *d) { d->version = ++version_counter; }

Object *dict_new(void)
{
    DictObject *d = (DictObject *)obj_alloc(&DictType, sizeof(DictObject));
    if (d)
        touch(d);
    return (Object *)d;
}

size_t dict_len(Object *d) { return D(d)->used; }
uint64_t dict_version(Object *d) { return D(d)->version; }

static int64_t key_hash(Object *key)
{
    if (!key)       /* a str_intern that ran out of memory: MemoryError is set */
        return -1;
    if (obj_is(key, &StrType)) {
        int64_t h = ((StrObject *)key)->hash;
        if (h != -1)
            return h;
    }
    return obj_hash(key);
}

/* 1 equal, 0 not, -1 error; fast paths avoid calling out for str and int. */
static int keys_equal(Object *a, Object *b)
{
    if (a == b)
        return 1;
    if (obj_is(a, &StrType) && obj_is(b, &StrType))
        return str_eq(a, b);
    if (int_is_word(a) && int_is_word(b))
        return int_value(a) == int_value(b);
    return obj_richcompare_bool(a, b, CMP_EQ);
}

/* Position in entries of key, -1 when absent, -2 on error.  A comparison
 * that mutates the dict restarts the probe, as CPython does. */
static int64_t lookup(DictObject *d, Object *key, int64_t hash)
{
restart:
    if (!d->isize)
        return -1;
    size_t mask = d->isize - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int64_t ix = d->indices[i];
        if (ix == EMPTY)
            return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key)
                return ix;
            if (e->hash == hash) {
                DictEntry *before = d->entries;
                Object *k = e->key;
                INCREF(k);
                int eq = keys_equal(k, key);
                DECREF(k);
                if (eq < 0)
                    return -2;
                if (d->entries != before || d->entries[ix].key != k)
                    goto restart;
                if (eq)
                    return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

static size_t free_slot(DictObject *d, int64_t hash)
{
    size_t mask = d->isize - 1, i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (d->indices[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with room for at least `need` live keys, dropping deleted ones,
 * after `gap` free entries in front. */
static int resize(DictObject *d, size_t need, size_t gap)
{
    size_t isize = MIN_SIZE;
    while (usable(isize) < need + gap)
        isize *= 2;
    int64_t *ind = malloc(isize * sizeof(int64_t));
    DictEntry *ent = malloc(usable(isize) * sizeof(DictEntry));
    if (!ind || !ent) {
        free(ind);
        free(ent);
        exc_nomemory();
        return -1;
    }
    memset(ind, 0xff, isize * sizeof(int64_t)); /* all EMPTY */
    memset(ent, 0, gap * sizeof(DictEntry));
    size_t n = gap;
    for (size_t i = d->head; i < d->nentries; i++)
        if (d->entries[i].key)
            ent[n++] = d->entries[i];
    free(d->indices);
    free(d->entries);
    d->indices = ind;
    d->entries = ent;
    d->isize = isize;
    d->nentries = n;
    d->head = gap;
    d->filled = n - gap;
    for (size_t i = gap; i < n; i++)
        ind[free_slot(d, ent[i].hash)] = (int64_t)i;
    return 0;
}

static int insert(DictObject *d, Object *key, int64_t hash, Object *value)
{
    int64_t ix = lookup(d, key, hash);
    if (ix == -2)
        return -1;
    INCREF(value);
    if (ix >= 0) {
        touch(d);
        SETREF(d->entries[ix].value, value);
        return 0;
    }
    if ((d->nentries >= usable(d->isize) || d->filled >= usable(d->isize)) &&
        resize(d, (d->used + 1) * 3 / 2 + 1, 0) < 0) {
        DECREF(value);
        return -1;
    }
    INCREF(key);
    DictEntry *e = &d->entries[d->nentries];
    e->hash = hash;
    e->key = key;
    e->value = value;
    size_t slot = free_slot(d, hash);
    d->filled += d->indices[slot] == EMPTY;
    d->indices[slot] = (int64_t)d->nentries++;
    d->used++;
    touch(d);
    return 0;
}

int dict_set(Object *d, Object *key, Object *value)
{
    int64_t h = key_hash(key);
    return h == -1 ? -1 : insert(D(d), key, h, value);
}

int dict_set_str(Object *d, const char *key, Object *value)
{
    Object *k = str_intern(key);
    return k ? dict_set(d, k, value) : -1;
}

Object *dict_get(Object *d, Object *key)
{
    int64_t h = key_hash(key);
    if (h == -1)
        return NULL;
    int64_t ix = lookup(D(d), key, h);
    return ix >= 0 ? D(d)->entries[ix].value : NULL;
}

Object *dict_get_str(Object *d, const char *key)
{
    Object *k = str_intern(key);
    return k ? dict_get(d, k) : NULL;
}

static void key_error(Object *key)
{
    Object *e = exc_new(ExcKeyError, &key, 1);
    if (e)
        exc_set_obj(e);
}

/* The slot of indices that holds position ix. */
static size_t slot_of(DictObject *d, int64_t ix)
{
    size_t mask = d->isize - 1, i = (size_t)d->entries[ix].hash & mask;
    uint64_t perturb = (uint64_t)d->entries[ix].hash;
    while (d->indices[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

/* Deleted entries at either end are dropped from the live range, so that
 * popping from an end (popitem, a queue's front) does not rescan them. */
static void trim_ends(DictObject *d)
{
    while (d->nentries > d->head && !d->entries[d->nentries - 1].key)
        d->nentries--;
    while (d->head < d->nentries && !d->entries[d->head].key)
        d->head++;
}

/* Removes entries[ix]; the caller takes the returned value. */
static Object *remove_entry(DictObject *d, int64_t ix, Object **key_out)
{
    DictEntry *e = &d->entries[ix];
    d->indices[slot_of(d, ix)] = DUMMY;
    Object *k = e->key, *v = e->value;
    e->key = e->value = NULL;
    d->used--;
    trim_ends(d);
    touch(d);
    if (key_out)
        *key_out = k;
    else
        DECREF(k);
    return v;
}

/* OrderedDict.move_to_end(key, last=False): the entry takes the free place
 * before the first; when there is none, a rebuild leaves as many free places
 * in front as there are keys, so a run of moves costs O(1) each. */
int dict_move_to_front(Object *o, Object *key)
{
    DictObject *d = D(o);
    int64_t h = key_hash(key);
    if (h == -1)
        return -1;
    if (d->head == 0 && d->used) {   /* before the lookup, which the rebuild would outdate */
        size_t gap = d->used > MIN_SIZE ? d->used : MIN_SIZE;
        if (resize(d, (d->used + 1) * 3 / 2 + 1, gap) < 0)
            return -1;
    }
    int64_t ix = lookup(d, key, h);
    if (ix == -1)
        key_error(key);
    if (ix < 0)
        return -1;
    size_t slot = slot_of(d, ix);
    d->entries[--d->head] = d->entries[ix];
    d->entries[ix].key = d->entries[ix].value = NULL;
    d->indices[slot] = (int64_t)d->head;
    trim_ends(d);
    touch(d);
    return 0;
}

int dict_del(Object *d, Object *key)
{
    int64_t h = key_hash(key);
    if (h == -1)
        return -1;
    int64_t ix = lookup(D(d), key, h);
    if (ix == -2)
        return -1;
    if (ix < 0) {
        key_error(key);
        return -1;
    }
    DECREF(remove_entry(D(d), ix, NULL));
    return 0;
}

bool dict_next(Object *o, size_t *pos, Object **key, Object **value)
{
    DictObject *d = D(o);
    if (*pos < d->head)
        *pos = d->head;
    while (*pos < d->nentries) {
        DictEntry *e = &d->entries[(*pos)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (value)
                *value = e->value;
            return true;
        }
    }
    return false;
}

/* dict_next backwards: *pos is one past the entry to look at first. */
static bool dict_prev(Object *o, size_t *pos, Object **key, Object **value)
{
    DictObject *d = D(o);
    if (*pos > d->nentries)   /* the table was compacted meanwhile */
        *pos = d->nentries;
    while (*pos > d->head) {
        DictEntry *e = &d->entries[--*pos];
        if (e->key) {
            *key = e->key;
            *value = e->value;
            return true;
        }
    }
    return false;
}

void dict_clear(Object *o)
{
    DictObject *d = D(o);
    DictEntry *ent = d->entries;
    size_t n = d->nentries;
    free(d->indices);
    d->indices = NULL;
    d->entries = NULL;
    d->isize = d->nentries = d->used = d->head = d->filled = 0;
    touch(d);
    /* Released after the dict is consistent: a __del__ may look at it. */
    for (size_t i = 0; i < n; i++) {
        XDECREF(ent[i].key);
        XDECREF(ent[i].value);
    }
    free(ent);
}

Object *dict_copy(Object *o)
{
    Object *r = dict_new();
    if (r && dict_update(r, o) < 0)
        SETREF(r, NULL);
    return r;
}

static void dict_dealloc(Object *o)
{
    dict_clear(o);
    obj_free(o);
}

static void dict_traverse(Object *o, VisitFn visit, void *arg)
{
    DictObject *d = D(o);
    for (size_t i = 0; i < d->nentries; i++)
        if (d->entries[i].key) {
            visit(d->entries[i].key, arg);
            visit(d->entries[i].value, arg);
        }
}

Object *dict_new_instance_values(void)
{
    Object *d = dict_new();
    if (d) {
        D(d)->instance_values = true;
        gc_untrack(d);
    }
    return d;
}

void dict_expose(Object *d)
{
    if (D(d)->instance_values) {
        D(d)->instance_values = false;
        gc_track(d);
    }
}

bool dict_is_instance_values(Object *d) { return D(d)->instance_values; }

/* ---- update ------------------------------------------------------------------ */

static int update_from_pairs(Object *d, Object *iterable)
{
    Object *it = obj_iter(iterable);
    if (!it)
        return -1;
    Object *item;
    for (size_t i = 0; (item = obj_iternext(it)); i++) {
        Object *pair = obj_is(item, &TupleType) || obj_is(item, &ListType)
                           ? (INCREF(item), item) : list_from_iter(item);
        int rc = -1;
        if (!pair) {
            if (exc_matches(exc_occurred(), (Object *)ExcTypeError)) {
                exc_clear();
                exc_set(ExcTypeError,
                        "cannot convert dictionary update sequence element #%zu to a sequence", i);
            }
        } else {
            ssize_t n = obj_len(pair);
            if (n != 2)
                exc_set(ExcValueError,
                        "dictionary update sequence element #%zu has length %zd; 2 is required",
                        i, n);
            else {
                Object *k = obj_getitem(pair, int_from_i64(0)), *v = obj_getitem(pair, int_from_i64(1));
                rc = k && v ? dict_set(d, k, v) : -1;
                XDECREF(k);
                XDECREF(v);
            }
            DECREF(pair);
        }
        DECREF(item);
        if (rc < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return exc_occurred() ? -1 : 0;
}

int dict_update(Object *d, Object *other)
{
    if (obj_is(other, &DictType)) {
        Object *k, *v;
        size_t pos = 0;
        size_t n = dict_len(other);
        while (dict_next(other, &pos, &k, &v)) {
            INCREF(k);
            INCREF(v);
            int rc = dict_set(d, k, v);
            DECREF(k);
            DECREF(v);
            if (rc < 0)
                return -1;
            if (dict_len(other) != n) {
                exc_set(ExcRuntimeError, "dictionary changed size during iteration");
                return -1;
            }
        }
        return 0;
    }
    Object *keys_name = str_intern("keys");
    Object *keys = type_lookup(other->type, keys_name) ? obj_call_method(other, "keys", NULL, 0) : NULL;
    if (!keys) {
        if (exc_occurred())
            return -1;
        return update_from_pairs(d, other);
    }
    Object *list = list_from_iter(keys);
    DECREF(keys);
    if (!list)
        return -1;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < list_len(list); i++) {
        Object *k = list_get(list, i), *v = obj_getitem(other, k);
        rc = v ? dict_set(d, k, v) : -1;
        XDECREF(v);
    }
    DECREF(list);
    return rc;
}

static int update_kwargs(Object *d, Object *const *args, size_t nargs, Object *kw)
{
    size_t nkw = kw ? tuple_len(kw) : 0;
    for (size_t i = 0; i < nkw; i++)
        if (dict_set(d, tuple_get(kw, i), args[nargs - nkw + i]) < 0)
            return -1;
    return 0;
}

/* ---- slots ------------------------------------------------------------------ */

static Object *dict_repr(Object *o)
{
    int r = repr_enter(o);
    if (r)
        return r < 0 ? NULL : str_from_cstr("{...}");
    StrBuf b = { 0 };
    strbuf_puts(&b, "{");
    size_t pos = 0, i = 0;
    Object *k, *v;
    while (!b.failed && dict_next(o, &pos, &k, &v)) {
        if (i++)
            strbuf_puts(&b, ", ");
        INCREF(k);
        INCREF(v);
        strbuf_put_obj(&b, k, true);
        strbuf_puts(&b, ": ");
        if (!b.failed)
            strbuf_put_obj(&b, v, true);
        DECREF(k);
        DECREF(v);
    }
    strbuf_puts(&b, "}");
    repr_leave(o);
    return strbuf_finish(&b);
}

static Object *dict_richcompare(Object *a, Object *b, int op)
{
    if (!obj_isinstance_type(b, &DictType) || (op != CMP_EQ && op != CMP_NE)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    bool eq = dict_len(a) == dict_len(b);
    size_t pos = 0;
    Object *k, *v;
    while (eq && dict_next(a, &pos, &k, &v)) {
        INCREF(k);
        INCREF(v);
        Object *w = dict_get(b, k);
        int r = w ? (INCREF(w), obj_richcompare_bool(v, w, CMP_EQ)) : (exc_occurred() ? -1 : 0);
        XDECREF(w);
        DECREF(k);
        DECREF(v);
        if (r < 0)
            return NULL;
        eq = r;
    }
    return bool_from(op == CMP_EQ ? eq : !eq);
}

static Object *dict_getitem(Object *d, Object *key)
{
    Object *v = dict_get(d, key);
    if (v) {
        INCREF(v);
        return v;
    }
    if (exc_occurred())
        return NULL;
    /* A subclass's __missing__ supplies what is absent (defaultdict-style). */
    Object *missing = obj_is(d, &DictType) ? NULL : type_lookup(d->type, str_intern("__missing__"));
    if (missing)
        return obj_call_prepend(missing, d, &key, 1, NULL);
    key_error(key);
    return NULL;
}

static int dict_setitem(Object *d, Object *key, Object *value)
{
    return value ? dict_set(d, key, value) : dict_del(d, key);
}

static ssize_t dict_length(Object *d) { return (ssize_t)dict_len(d); }

static int dict_contains(Object *d, Object *key)
{
    int64_t h = key_hash(key);
    if (h == -1)
        return -1;
    int64_t ix = lookup(D(d), key, h);
    return ix == -2 ? -1 : ix >= 0;
}

/* ---- iterators and views ---------------------------------------------------------- */

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

/* pos: the next entry to read (reverse: one past it); left: items not yet
 * given, for __length_hint__. */
typedef struct DictIter { Object ob; Object *d; size_t pos, size, left; int kind; bool reverse; } DictIter;
typedef struct DictView { Object ob; Object *d; int kind; } DictView;

static void dictiter_dealloc(Object *o)
{
    XDECREF(((DictIter *)o)->d);
    obj_free(o);
}

static void dictiter_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((DictIter *)o)->d, arg);
}

static Object *dictiter_next(Object *o)
{
    DictIter *it = (DictIter *)o;
    if (!it->d)
        return NULL;
    if (dict_len(it->d) != it->size) {
        exc_set(ExcRuntimeError, "dictionary changed size during iteration");
        it->size = (size_t)-1; /* stays broken, as CPython's */
        return NULL;
    }
    Object *k, *v;
    if (!(it->reverse ? dict_prev(it->d, &it->pos, &k, &v) : dict_next(it->d, &it->pos, &k, &v))) {
        SETREF(it->d, NULL);
        return NULL;
    }
    if (it->left)
        it->left--;
    if (it->kind == KIND_KEYS) {
        INCREF(k);
        return k;
    }
    if (it->kind == KIND_VALUES) {
        INCREF(v);
        return v;
    }
    return tuple_pack(2, k, v);
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Object *dictiter_m_length_hint(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    DictIter *it = (DictIter *)args[0];
    bool live = it->d && dict_len(it->d) == it->size;
    return int_from_i64(live ? (int64_t)it->left : 0);
}

static const MethodDef dictiter_methods[] = {
    { "__length_hint__", dictiter_m_length_hint, NULL },
    { NULL, NULL, NULL },
};

#define DICTITER_TYPE(tname)                                                          \
    { OBJ_HEAD_INIT(&TypeType), .name = tname, .base = &ObjectType,                     \
      .basicsize = sizeof(DictIter), .flags = TYPE_GC, .traverse = dictiter_traverse,   \
      .dealloc = dictiter_dealloc, .iter = iter_self, .iternext = dictiter_next,        \
      .methods = dictiter_methods }

/* reversed() of a dict or its views: newest first, and as strict about
 * changes of size as the forward iterators. */
static Type DictRevIterTypes[3] = {
    DICTITER_TYPE("dict_reversekeyiterator"),
    DICTITER_TYPE("dict_reversevalueiterator"),
    DICTITER_TYPE("dict_reverseitemiterator"),
};

static Type DictIterTypes[3] = {
    DICTITER_TYPE("dict_keyiterator"),
    DICTITER_TYPE("dict_valueiterator"),
    DICTITER_TYPE("dict_itemiterator"),
};

static Object *dictiter_make(Object *d, int kind, bool reverse)
{
    DictIter *it = (DictIter *)obj_alloc(reverse ? &DictRevIterTypes[kind] : &DictIterTypes[kind],
                                         sizeof(DictIter));
    if (!it)
        return NULL;
    INCREF(d);
    it->d = d;
    it->size = it->left = dict_len(d);
    it->kind = kind;
    it->reverse = reverse;
    it->pos = reverse ? D(d)->nentries : 0;
    return (Object *)it;
}

static Object *dictiter_new(Object *d, int kind) { return dictiter_make(d, kind, false); }

static Object *dict_iter(Object *d) { return dictiter_new(d, KIND_KEYS); }

static void view_dealloc(Object *o)
{
    DECREF(((DictView *)o)->d);
    obj_free(o);
}

static void view_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((DictView *)o)->d, arg);
}

static Object *view_iter(Object *o) { return dictiter_new(((DictView *)o)->d, ((DictView *)o)->kind); }
static ssize_t view_len(Object *o) { return (ssize_t)dict_len(((DictView *)o)->d); }

static Object *view_repr(Object *o)
{
    Object *l = list_from_iter(o);
    if (!l)
        return NULL;
    Object *lr = obj_repr(l);
    DECREF(l);
    if (!lr)
        return NULL;
    Object *r = str_from_fmt("%s(%s)", o->type->name, str_utf8(lr));
    DECREF(lr);
    return r;
}

static int view_contains(Object *o, Object *x)
{
    DictView *v = (DictView *)o;
    if (v->kind == KIND_KEYS)
        return dict_contains(v->d, x);
    if (v->kind == KIND_VALUES)
        return iter_contains(o, x);
    if (!obj_is(x, &TupleType) || tuple_len(x) != 2)
        return 0;
    Object *val = dict_get(v->d, tuple_get(x, 0));
    if (!val)
        return exc_occurred() ? -1 : 0;
    INCREF(val);
    int r = obj_richcompare_bool(val, tuple_get(x, 1), CMP_EQ);
    DECREF(val);
    return r;
}

static Type DictViewTypes[3];

/* keys() and items() views are set-like: they compare with, and combine
 * with, sets and each other, as CPython's. */
static bool is_setlike(Object *o)
{
    return set_check_any(o) || o->type == &DictViewTypes[KIND_KEYS] ||
           o->type == &DictViewTypes[KIND_ITEMS];
}

/* 1 when every item of a is in b, 0 when one is not, -1 on error. */
static int all_contained_in(Object *a, Object *b)
{
    Object *it = obj_iter(a), *k;
    if (!it)
        return -1;
    int r = 1;
    while (r == 1 && (k = obj_iternext(it))) {
        r = obj_contains(b, k);
        DECREF(k);
    }
    DECREF(it);
    return exc_occurred() ? -1 : r;
}

static Object *view_richcompare(Object *a, Object *b, int op)
{
    if (!is_setlike(b)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    ssize_t la = obj_len(a), lb = la < 0 ? -1 : obj_len(b);
    if (lb < 0)
        return NULL;
    bool sizes_fit = op == CMP_EQ || op == CMP_NE ? la == lb : op == CMP_LT ? la < lb
                   : op == CMP_LE ? la <= lb : op == CMP_GT ? la > lb : la >= lb;
    int r = 0;
    if (sizes_fit)
        r = op == CMP_GT || op == CMP_GE ? all_contained_in(b, a) : all_contained_in(a, b);
    if (r < 0)
        return NULL;
    return bool_from(op == CMP_NE ? !r : r);
}

/* view & x, x | view, view - x, view ^ x: a new set, as set(first) op= set(other). */
static Object *view_setop(Object *a, Object *b, int op)
{
    Object *s = set_new(a), *t = s ? set_new(b) : NULL;
    Object *r = t ? set_inplace(s, t, op) : NULL;
    XDECREF(s);
    XDECREF(t);
    return r;
}

static Object *view_and(Object *a, Object *b) { return view_setop(a, b, BIN_AND); }
static Object *view_or(Object *a, Object *b) { return view_setop(a, b, BIN_OR); }
static Object *view_sub(Object *a, Object *b) { return view_setop(a, b, BIN_SUB); }
static Object *view_xor(Object *a, Object *b) { return view_setop(a, b, BIN_XOR); }

static const NumberOps view_num = { .sub = view_sub, .and_ = view_and, .or_ = view_or, .xor_ = view_xor };

static Object *view_m_isdisjoint(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "isdisjoint() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    Object *it = obj_iter(args[1]), *k;
    if (!it)
        return NULL;
    int found = 0;
    while (!found && (k = obj_iternext(it))) {
        found = obj_contains(args[0], k);
        DECREF(k);
    }
    DECREF(it);
    return found < 0 || exc_occurred() ? NULL : bool_from(!found);
}

static Object *view_m_reversed(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__reversed__() takes no arguments (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    DictView *v = (DictView *)args[0];
    return dictiter_make(v->d, v->kind, true);
}

static Object *dict_m_reversed(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__reversed__() takes no arguments (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    return dictiter_make(args[0], KIND_KEYS, true);
}

/* view.mapping: a read-only proxy of the dict it shows (3.10). */
static Object *view_get_mapping(Object *o)
{
    return mappingproxy_new(((DictView *)o)->d);
}

static const MethodDef view_methods[] = {
    { "__reversed__", view_m_reversed, NULL },
    { "mapping", NULL, view_get_mapping },
    { NULL, NULL, NULL },
};

static const MethodDef setview_methods[] = {
    { "isdisjoint", view_m_isdisjoint, NULL },
    { "__reversed__", view_m_reversed, NULL },
    { "mapping", NULL, view_get_mapping },
    { NULL, NULL, NULL },
};

static Type DictViewTypes[3] = {
    { OBJ_HEAD_INIT(&TypeType), .name = "dict_keys", .base = &ObjectType,
      .hash = obj_hash_unhashable,   /* set-like: compared by value, so unhashable */
      .basicsize = sizeof(DictView), .flags = TYPE_GC, .traverse = view_traverse,
      .dealloc = view_dealloc, .repr = view_repr,
      .iter = view_iter, .len = view_len, .contains = view_contains,
      .richcompare = view_richcompare, .num = &view_num, .methods = setview_methods },
    { OBJ_HEAD_INIT(&TypeType), .name = "dict_values", .base = &ObjectType,
      .basicsize = sizeof(DictView), .flags = TYPE_GC, .traverse = view_traverse,
      .dealloc = view_dealloc, .repr = view_repr,
      .iter = view_iter, .len = view_len, .contains = view_contains, .methods = view_methods },
    { OBJ_HEAD_INIT(&TypeType), .name = "dict_items", .base = &ObjectType,
      .hash = obj_hash_unhashable,   /* set-like: compared by value, so unhashable */
      .basicsize = sizeof(DictView), .flags = TYPE_GC, .traverse = view_traverse,
      .dealloc = view_dealloc, .repr = view_repr,
      .iter = view_iter, .len = view_len, .contains = view_contains,
      .richcompare = view_richcompare, .num = &view_num, .methods = setview_methods },
};

static Object *view_new(Object *d, int kind)
{
    DictView *v = (DictView *)obj_alloc(&DictViewTypes[kind], sizeof(DictView));
    if (!v)
        return NULL;
    INCREF(d);
    v->d = d;
    v->kind = kind;
    return (Object *)v;
}

/* ---- methods ------------------------------------------------------------------- */

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

static int no_args(const char *name, size_t nargs, Object *kw)
{
    if (nargs == 1 && !kw)
        return 0;
    exc_set(ExcTypeError, "%s() takes no arguments (%zu given)", name, nargs - 1);
    return -1;
}

static int one_or_two(const char *name, size_t nargs, Object *kw)
{
    if (!kw && nargs >= 2 && nargs <= 3)
        return 0;
    if (kw)
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
    else
        exc_set(ExcTypeError, "%s expected %s1 argument%s, got %zu", name,
                nargs < 2 ? "at least " : "at most ", nargs < 2 ? "" : "s", nargs - 1);
    return -1;
}

METHOD(dict_m_get)
{
    if (one_or_two("get", nargs, kw) < 0)
        return NULL;
    Object *v = dict_get(args[0], args[1]);
    if (!v) {
        if (exc_occurred())
            return NULL;
        v = nargs == 3 ? args[2] : None;
    }
    INCREF(v);
    return v;
}

METHOD(dict_m_keys) { return no_args("keys", nargs, kw) < 0 ? NULL : view_new(args[0], KIND_KEYS); }
METHOD(dict_m_values) { return no_args("values", nargs, kw) < 0 ? NULL : view_new(args[0], KIND_VALUES); }
METHOD(dict_m_items) { return no_args("items", nargs, kw) < 0 ? NULL : view_new(args[0], KIND_ITEMS); }

METHOD(dict_m_pop)
{
    if (one_or_two("pop", nargs, kw) < 0)
        return NULL;
    DictObject *d = D(args[0]);
    int64_t h = key_hash(args[1]);
    if (h == -1)
        return NULL;
    int64_t ix = lookup(d, args[1], h);
    if (ix == -2)
        return NULL;
    if (ix < 0) {
        if (nargs == 3) {
            INCREF(args[2]);
            return args[2];
        }
        key_error(args[1]);
        return NULL;
    }
    return remove_entry(d, ix, NULL);
}

METHOD(dict_m_popitem)
{
    if (no_args("popitem", nargs, kw) < 0)
        return NULL;
    DictObject *d = D(args[0]);
    if (d->used == 0) {
        exc_set(ExcKeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    int64_t ix = (int64_t)d->nentries - 1;
    while (!d->entries[ix].key)
        ix--;
    Object *k, *v = remove_entry(d, ix, &k);
    Object *t = tuple_pack(2, k, v);
    DECREF(k);
    DECREF(v);
    return t;
}

METHOD(dict_m_update)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos > 2) {
        exc_set(ExcTypeError, "update expected at most 1 argument, got %zu", npos - 1);
        return NULL;
    }
    if (npos == 2 && dict_update(args[0], args[1]) < 0)
        return NULL;
    return update_kwargs(args[0], args, nargs, kw) < 0 ? NULL : none_new();
}

/* dict.__init__: what a subclass's instance starts from (dict(...) itself
 * fills a fresh dict in dict_construct). */
METHOD(dict_m_init)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos > 2) {
        exc_set(ExcTypeError, "dict expected at most 1 argument, got %zu", npos - 1);
        return NULL;
    }
    if (npos == 2 && dict_update(args[0], args[1]) < 0)
        return NULL;
    return update_kwargs(args[0], args, nargs, kw) < 0 ? NULL : none_new();
}

METHOD(dict_m_setdefault)
{
    if (one_or_two("setdefault", nargs, kw) < 0)
        return NULL;
    Object *v = dict_get(args[0], args[1]);
    if (!v) {
        if (exc_occurred())
            return NULL;
        v = nargs == 3 ? args[2] : None;
        if (dict_set(args[0], args[1], v) < 0)
            return NULL;
    }
    INCREF(v);
    return v;
}

METHOD(dict_m_copy) { return no_args("copy", nargs, kw) < 0 ? NULL : dict_copy(args[0]); }

METHOD(dict_m_clear)
{
    if (no_args("clear", nargs, kw) < 0)
        return NULL;
    dict_clear(args[0]);
    return none_new();
}

/* dict.fromkeys(iterable, value=None), a classmethod: cls() with each key
 * set to value, through the class's __setitem__ for a subclass. */
METHOD(dict_m_fromkeys)
{
    if (kw) {
        exc_set(ExcTypeError, "fromkeys() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 2 || nargs > 3) {
        exc_set(ExcTypeError, "fromkeys expected %s, got %zu",
                nargs < 2 ? "at least 1 argument" : "at most 2 arguments", nargs - 1);
        return NULL;
    }
    Object *value = nargs == 3 ? args[2] : None;
    Object *d = obj_call(args[0], NULL, 0, NULL);
    Object *it = d ? obj_iter(args[1]) : NULL, *k;
    if (!it) {
        XDECREF(d);
        return NULL;
    }
    while ((k = obj_iternext(it))) {
        int r = obj_is(d, &DictType) ? dict_set(d, k, value) : obj_setitem(d, k, value);
        DECREF(k);
        if (r < 0)
            break;
    }
    DECREF(it);
    if (exc_occurred())
        SETREF(d, NULL);
    return d;
}

static const MethodDef dict_classmethods[] = {
    { "fromkeys", dict_m_fromkeys, NULL },
    { "__class_getitem__", obj_class_getitem, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef dict_methods[] = {
    { "get", dict_m_get, NULL }, { "keys", dict_m_keys, NULL },
    { "values", dict_m_values, NULL }, { "items", dict_m_items, NULL },
    { "pop", dict_m_pop, NULL }, { "popitem", dict_m_popitem, NULL },
    { "update", dict_m_update, NULL }, { "setdefault", dict_m_setdefault, NULL },
    { "copy", dict_m_copy, NULL }, { "clear", dict_m_clear, NULL },
    { "__init__", dict_m_init, NULL }, { "__reversed__", dict_m_reversed, NULL },
    { NULL, NULL, NULL },
};

static Object *dict_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos > 1) {
        exc_set(ExcTypeError, "dict expected at most 1 argument, got %zu", npos);
        return NULL;
    }
    Object *d = dict_new();
    if (!d)
        return NULL;
    if ((npos == 1 && dict_update(d, args[0]) < 0) || update_kwargs(d, args, nargs, kw) < 0)
        SETREF(d, NULL);
    return d;
}

static size_t dict_extsize(Object *o)
{
    size_t isize = ((DictObject *)o)->isize;
    return isize ? isize * sizeof(int64_t) + usable(isize) * sizeof(DictEntry) : 0;
}

/* a | b (PEP 584): a copy of a updated with b; dicts only. */
static Object *dict_or(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &DictType) || !obj_isinstance_type(b, &DictType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    Object *r = dict_copy(a);
    if (r && dict_update(r, b) < 0)
        SETREF(r, NULL);
    return r;
}

static const NumberOps dict_num = { .or_ = dict_or };

Type DictType = {
    OBJ_HEAD_INIT(&TypeType), .name = "dict", .base = &ObjectType, .basicsize = sizeof(DictObject),
    .flags = TYPE_BASETYPE | TYPE_GC, .dealloc = dict_dealloc, .repr = dict_repr, .extsize = dict_extsize,
    .hash = obj_hash_unhashable, .richcompare = dict_richcompare, .iter = dict_iter,
    .getitem = dict_getitem, .setitem = dict_setitem, .len = dict_length,
    .contains = dict_contains, .construct = dict_construct, .methods = dict_methods, .num = &dict_num,
    .classmethods = dict_classmethods, .traverse = dict_traverse, .clear = dict_clear,
};
