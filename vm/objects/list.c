/* vm/objects/list.c — list: a growable array of owned references.
 *
 * items[0..n) are owned, cap is the allocated length.  Slice assignment
 * copies the right-hand side first, so `a[1:2] = a` works. */
#include "vm/objects/object.h"

#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS (((size_t)1 << 40) / sizeof(Object *))

static int list_resize(ListObject *l, size_t need)
{
    if (need <= l->cap)
        return 0;
    if (need > MAX_ITEMS) {
        exc_nomemory();
        return -1;
    }
    if (!obj_size_ok(need * sizeof(Object *)))
        return -1;
    size_t cap = l->cap < 4 ? 4 : l->cap;
    while (cap < need)
        cap += cap / 2 + 1;
    Object **p = realloc(l->items, cap * sizeof(Object *));
    if (!p) {
        exc_nomemory();
        return -1;
    }
    l->items = p;
    l->cap = cap;
    return 0;
}

Object *list_new(size_t n)
{
    ListObject *l = (ListObject *)obj_alloc(&ListType, sizeof(ListObject));
    if (!l)
        return NULL;
    if (n && list_resize(l, n) < 0) {
        obj_free((Object *)l);
        return NULL;
    }
    if (n)
        memset(l->items, 0, n * sizeof(Object *));
    l->n = n;
    return (Object *)l;
}

int list_append(Object *o, Object *v)
{
    ListObject *l = (ListObject *)o;
    if (l->n == l->cap && list_resize(l, l->n + 1) < 0)
        return -1;
    INCREF(v);
    l->items[l->n++] = v;
    return 0;
}

int list_extend(Object *o, Object *iterable)
{
    if (obj_is(iterable, &ListType) || obj_is(iterable, &TupleType)) {
        bool is_list = obj_is(iterable, &ListType);
        size_t n = is_list ? list_len(iterable) : tuple_len(iterable);
        ListObject *l = (ListObject *)o;
        if (list_resize(l, l->n + n) < 0)
            return -1;
        Object **src = is_list ? ((ListObject *)iterable)->items : ((TupleObject *)iterable)->items;
        for (size_t i = 0; i < n; i++) { /* src may be l->items itself */
            INCREF(src[i]);
            l->items[l->n + i] = src[i];
        }
        l->n += n;
        return 0;
    }
    /* Reserve what a range promises, as CPython's length hint does:
     * list(range(10**12)) is a MemoryError at once, not a machine filled up. */
    if (obj_is(iterable, &RangeType)) {
        ssize_t hint = obj_len(iterable);
        if (hint < 0 || list_resize((ListObject *)o, ((ListObject *)o)->n + (size_t)hint) < 0)
            return -1;
    }
    Object *it = obj_iter(iterable);
    if (!it)
        return -1;
    Object *x;
    while ((x = obj_iternext(it))) {
        int rc = list_append(o, x);
        DECREF(x);
        if (rc < 0) {
            DECREF(it);
            return -1;
        }
    }
    DECREF(it);
    return exc_occurred() ? -1 : 0;
}

Object *list_from_iter(Object *iterable)
{
    Object *l = list_new(0);
    if (l && list_extend(l, iterable) < 0)
        SETREF(l, NULL);
    return l;
}

static void list_clear_items(ListObject *l)
{
    Object **items = l->items;
    size_t n = l->n;
    l->items = NULL;
    l->n = l->cap = 0;
    for (size_t i = n; i-- > 0;) /* last first, as CPython */
        XDECREF(items[i]);
    free(items);
}

static void list_dealloc(Object *o)
{
    list_clear_items((ListObject *)o);
    obj_free(o);
}

static void list_traverse(Object *o, VisitFn visit, void *arg)
{
    ListObject *l = (ListObject *)o;
    for (size_t i = 0; i < l->n; i++)
        visit(l->items[i], arg);
}

static void list_gc_clear(Object *o) { list_clear_items((ListObject *)o); }

/* ---- repr and comparison -------------------------------------------------- */

static _Thread_local Object **repr_stack;
static _Thread_local size_t repr_n, repr_cap;

/* Deeper nesting than this is reported rather than allowed to exhaust the
 * C stack (CPython stops at its recursion limit). */
#define MAX_REPR_DEPTH 1000

int repr_enter(Object *o)
{
    for (size_t i = 0; i < repr_n; i++)
        if (repr_stack[i] == o)
            return 1;
    if (repr_n >= MAX_REPR_DEPTH) {
        exc_set(ExcRecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        return -1;
    }
    if (repr_n == repr_cap) {
        size_t cap = repr_cap ? repr_cap * 2 : 16;
        Object **p = realloc(repr_stack, cap * sizeof(Object *));
        if (!p) {
            exc_nomemory();
            return -1;
        }
        repr_stack = p;
        repr_cap = cap;
    }
    repr_stack[repr_n++] = o;
    return 0;
}

void repr_leave(Object *o)
{
    if (repr_n && repr_stack[repr_n - 1] == o)
        repr_n--;
    if (repr_n == 0) {
        free(repr_stack);
        repr_stack = NULL;
        repr_cap = 0;
    }
}

Object *seq_repr(Object *const *items, size_t n, const char *open, const char *close,
                 bool one_comma)
{
    StrBuf b = { 0 };
    strbuf_puts(&b, open);
    for (size_t i = 0; i < n && !b.failed; i++) {
        if (i)
            strbuf_puts(&b, ", ");
        strbuf_put_obj(&b, items[i], true);
    }
    if (n == 1 && one_comma)
        strbuf_puts(&b, ",");
    strbuf_puts(&b, close);
    return strbuf_finish(&b);
}

static Object *list_repr(Object *o)
{
    int r = repr_enter(o);
    if (r)
        return r < 0 ? NULL : str_from_cstr("[...]");
    /* Items are read through the list each time: a repr may mutate it. */
    StrBuf b = { 0 };
    strbuf_puts(&b, "[");
    for (size_t i = 0; i < list_len(o) && !b.failed; i++) {
        if (i)
            strbuf_puts(&b, ", ");
        Object *x = list_get(o, i);
        INCREF(x);
        strbuf_put_obj(&b, x, true);
        DECREF(x);
    }
    strbuf_puts(&b, "]");
    repr_leave(o);
    return strbuf_finish(&b);
}

static Object *list_richcompare(Object *a, Object *b, int op)
{
    if (!obj_isinstance_type(b, &ListType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    return seq_richcompare(a, b, op);
}

/* ---- subscripts ------------------------------------------------------------------ */

static Object *list_slice(ListObject *l, ssize_t start, ssize_t step, ssize_t n)
{
    Object *r = list_new((size_t)n);
    if (!r)
        return NULL;
    for (ssize_t i = 0, j = start; i < n; i++, j += step) {
        INCREF(l->items[j]);
        list_set(r, (size_t)i, l->items[j]);
    }
    return r;
}

static Object *list_getitem(Object *o, Object *key)
{
    ListObject *l = (ListObject *)o;
    if (int_is_word(key)) { /* the common case first */
        int64_t i = int_value(key);
        if (i < 0)
            i += (int64_t)l->n;
        if (i >= 0 && (uint64_t)i < l->n) {
            INCREF(l->items[i]);
            return l->items[i];
        }
    }
    if (obj_is(key, &SliceType)) {
        ssize_t start, stop, step, n;
        if (slice_indices(key, (ssize_t)l->n, &start, &stop, &step, &n) < 0)
            return NULL;
        return list_slice(l, start, step, n);
    }
    size_t i;
    if (seq_index(key, l->n, &i, "list") < 0)
        return NULL;
    INCREF(l->items[i]);
    return l->items[i];
}

static int del_slice(ListObject *l, ssize_t start, ssize_t step, ssize_t n)
{
    if (n <= 0)
        return 0;
    if (step < 0) {
        start = start + step * (n - 1);
        step = -step;
    }
    Object **gone = malloc((size_t)n * sizeof(Object *));
    if (!gone) {
        exc_nomemory();
        return -1;
    }
    size_t w = (size_t)start, k = 0;
    for (size_t r = (size_t)start; r < l->n; r++) {
        if (k < (size_t)n && r == (size_t)start + k * (size_t)step)
            gone[k++] = l->items[r];
        else
            l->items[w++] = l->items[r];
    }
    l->n = w;
    for (size_t i = k; i-- > 0;)
        DECREF(gone[i]);
    free(gone);
    return 0;
}

static int assign_slice(ListObject *l, Object *key, Object *value)
{
    ssize_t start, stop, step, n;
    if (slice_indices(key, (ssize_t)l->n, &start, &stop, &step, &n) < 0)
        return -1;
    if (!value)
        return del_slice(l, start, step, n);
    Object *seq = list_from_iter(value); /* a copy: value may be l */
    if (!seq) {
        if (exc_matches(exc_occurred(), (Object *)ExcTypeError)) {
            exc_clear();
            exc_set(ExcTypeError, "can only assign an iterable");
        }
        return -1;
    }
    ListObject *s = (ListObject *)seq;
    if (step == 1) {
        if (stop < start)
            stop = start;
        size_t old = (size_t)(stop - start), newn = s->n;
        if (newn > old && list_resize(l, l->n + newn - old) < 0) {
            DECREF(seq);
            return -1;
        }
        Object **gone = old ? malloc(old * sizeof(Object *)) : NULL;
        if (old && !gone) {
            DECREF(seq);
            exc_nomemory();
            return -1;
        }
        if (old)
            memcpy(gone, l->items + start, old * sizeof(Object *));
        if ((size_t)stop < l->n)   /* an empty list may have no items array at all */
            memmove(l->items + start + newn, l->items + stop, (l->n - (size_t)stop) * sizeof(Object *));
        for (size_t i = 0; i < newn; i++) {
            INCREF(s->items[i]);
            l->items[(size_t)start + i] = s->items[i];
        }
        l->n = l->n - old + newn;
        for (size_t i = old; i-- > 0;)
            DECREF(gone[i]);
        free(gone);
        DECREF(seq);
        return 0;
    }
    if ((ssize_t)s->n != n) {
        exc_set(ExcValueError, "attempt to assign sequence of size %zu to extended slice of size %zd",
                s->n, n);
        DECREF(seq);
        return -1;
    }
    for (ssize_t i = 0, j = start; i < n; i++, j += step) {
        INCREF(s->items[i]);
        SETREF(l->items[j], s->items[i]);
    }
    DECREF(seq);
    return 0;
}

static int list_setitem(Object *o, Object *key, Object *value)
{
    ListObject *l = (ListObject *)o;
    if (obj_is(key, &SliceType))
        return assign_slice(l, key, value);
    size_t i;
    if (seq_index(key, l->n, &i, value ? "list assignment" : "list assignment") < 0)
        return -1;
    if (value) {
        INCREF(value);
        SETREF(l->items[i], value);
        return 0;
    }
    Object *gone = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Object *));
    l->n--;
    DECREF(gone);
    return 0;
}

static ssize_t list_length(Object *o) { return (ssize_t)list_len(o); }

static int list_contains(Object *o, Object *x)
{
    for (size_t i = 0; i < list_len(o); i++) {
        Object *item = list_get(o, i);
        INCREF(item);
        int eq = obj_richcompare_bool(item, x, CMP_EQ);
        DECREF(item);
        if (eq)
            return eq;
    }
    return 0;
}

static Object *list_add(Object *a, Object *b)
{
    if (!obj_isinstance_type(a, &ListType) || !obj_isinstance_type(b, &ListType)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    Object *r = list_new(0);
    if (!r || list_extend(r, a) < 0 || list_extend(r, b) < 0) {
        XDECREF(r);
        return NULL;
    }
    return r;
}

static Object *list_mul(Object *a, Object *b)
{
    Object *l = obj_isinstance_type(a, &ListType) ? a : b, *k = l == a ? b : a;
    if (!obj_isinstance_type(l, &ListType) || !obj_indexable(k)) {
        INCREF(NotImplemented);
        return NotImplemented;
    }
    int64_t times;
    if (int_as_index(k, &times) < 0)
        return NULL;
    size_t n = list_len(l), total;
    if (times <= 0 || n == 0)
        return list_new(0);
    if (__builtin_mul_overflow(n, (size_t)times, &total) || total > MAX_ITEMS) {
        exc_nomemory();
        return NULL;
    }
    Object *r = list_new(total);
    if (!r)
        return NULL;
    for (size_t i = 0; i < total; i++) {
        Object *v = list_get(l, i % n);
        INCREF(v);
        list_set(r, i, v);
    }
    return r;
}

static const NumberOps list_num = { .add = list_add, .mul = list_mul };

/* ---- iteration -------------------------------------------------------------- */

typedef struct ListIter { Object ob; Object *l; size_t i; bool reverse; } ListIter;

static void listiter_dealloc(Object *o)
{
    XDECREF(((ListIter *)o)->l);
    obj_free(o);
}

static void listiter_traverse(Object *o, VisitFn visit, void *arg)
{
    visit(((ListIter *)o)->l, arg);
}

static Object *listiter_next(Object *o)
{
    ListIter *it = (ListIter *)o;
    if (!it->l)
        return NULL;
    if (it->i >= list_len(it->l)) {
        SETREF(it->l, NULL);
        return NULL;
    }
    size_t i = it->reverse ? list_len(it->l) - 1 - it->i : it->i;
    it->i++;
    Object *v = list_get(it->l, i);
    INCREF(v);
    return v;
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Type ListIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "list_iterator", .base = &ObjectType,
    .basicsize = sizeof(ListIter), .flags = TYPE_GC, .traverse = listiter_traverse,
    .dealloc = listiter_dealloc, .iter = iter_self,
    .iternext = listiter_next,
};

static Type ListRevIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "list_reverseiterator", .base = &ObjectType,
    .basicsize = sizeof(ListIter), .flags = TYPE_GC, .traverse = listiter_traverse,
    .dealloc = listiter_dealloc, .iter = iter_self,
    .iternext = listiter_next,
};

static Object *listiter_make(Object *l, bool reverse)
{
    ListIter *it = (ListIter *)obj_alloc(reverse ? &ListRevIterType : &ListIterType, sizeof(ListIter));
    if (!it)
        return NULL;
    INCREF(l);
    it->l = l;
    it->reverse = reverse;
    return (Object *)it;
}

static Object *list_iter(Object *l) { return listiter_make(l, false); }
Object *list_reversed(Object *l) { return listiter_make(l, true); }

/* ---- sort: a stable merge sort on a permutation ------------------------------ */

typedef struct SortCtx { Object **keys; bool failed; } SortCtx;

static bool sort_less(SortCtx *c, size_t a, size_t b)
{
    if (c->failed)
        return false;
    Object *x = c->keys[a], *y = c->keys[b];
    if (x->type == y->type) { /* the common homogeneous lists, without dispatch */
        if (int_is_word(x) && int_is_word(y))
            return int_value(x) < int_value(y);
        if (x->type == &FloatType)
            return float_value(x) < float_value(y);
        if (x->type == &StrType) {
            size_t nx = str_nbytes(x), ny = str_nbytes(y);
            int k = memcmp(str_utf8(x), str_utf8(y), nx < ny ? nx : ny);
            return k < 0 || (k == 0 && nx < ny);
        }
    }
    int r = obj_richcompare_bool(x, y, CMP_LT);
    if (r < 0)
        c->failed = true;
    return r > 0;
}

static void merge_sort(SortCtx *c, size_t *p, size_t *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    merge_sort(c, p, tmp, h);
    merge_sort(c, p + h, tmp, n - h);
    if (c->failed || !sort_less(c, p[h], p[h - 1]))
        return; /* already in order */
    memcpy(tmp, p, h * sizeof(size_t));
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        p[k++] = sort_less(c, p[j], tmp[i]) ? p[j++] : tmp[i++];
    while (i < h)
        p[k++] = tmp[i++];
}

static void reverse_items(Object **a, size_t n)
{
    for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
        Object *t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

int list_sort_impl(Object *o, Object *key, bool reverse)
{
    ListObject *l = (ListObject *)o;
    size_t n = l->n;
    if (n < 2)
        return 0;
    /* Sort a private copy so a comparison that mutates the list cannot
     * break memory safety; reversing first keeps equal items stable. */
    Object **items = malloc(n * sizeof(Object *));
    Object **keys = key ? calloc(n, sizeof(Object *)) : NULL;
    size_t *perm = malloc(n * 2 * sizeof(size_t));
    int rc = -1;
    if (!items || !perm || (key && !keys)) {
        exc_nomemory();
        goto out;
    }
    memcpy(items, l->items, n * sizeof(Object *));
    for (size_t i = 0; i < n; i++)
        INCREF(items[i]);
    if (reverse)
        reverse_items(items, n);
    for (size_t i = 0; key && i < n; i++)
        if (!(keys[i] = obj_call(key, &items[i], 1, NULL)))
            goto drop;
    for (size_t i = 0; i < n; i++)
        perm[i] = i;
    SortCtx c = { keys ? keys : items, false };
    merge_sort(&c, perm, perm + n, n);
    if (c.failed)
        goto drop;
    if (l->n != n) {
        exc_set(ExcValueError, "list modified during sort");
        goto drop;
    }
    for (size_t i = 0; i < n; i++) {
        Object *v = items[perm[i]];
        INCREF(v);
        SETREF(l->items[i], v);
    }
    if (reverse)
        reverse_items(l->items, n);
    rc = 0;
drop:
    for (size_t i = 0; i < n; i++) {
        DECREF(items[i]);
        if (keys)
            XDECREF(keys[i]);
    }
out:
    free(items);
    free(keys);
    free(perm);
    return rc;
}

/* ---- methods ------------------------------------------------------------------ */

#define METHOD(name) static Object *name(Object *c, Object *const *args, size_t nargs, Object *kw)

static int exact_args(const char *name, size_t nargs, Object *kw, size_t want)
{
    if (!kw && nargs == want + 1)
        return 0;
    if (kw)
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
    else if (want == 0)
        exc_set(ExcTypeError, "%s() takes no arguments (%zu given)", name, nargs - 1);
    else
        exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", name, nargs - 1);
    return -1;
}

METHOD(list_m_append)
{
    if (exact_args("list.append", nargs, kw, 1) < 0)
        return NULL;
    return list_append(args[0], args[1]) < 0 ? NULL : none_new();
}

METHOD(list_m_extend)
{
    if (exact_args("list.extend", nargs, kw, 1) < 0)
        return NULL;
    return list_extend(args[0], args[1]) < 0 ? NULL : none_new();
}

METHOD(list_m_insert)
{
    if (kw || nargs != 3) {
        exc_set(ExcTypeError, "insert expected 2 arguments, got %zu", nargs - 1);
        return NULL;
    }
    ListObject *l = (ListObject *)args[0];
    int64_t i;
    if (int_as_i64(args[1], &i) < 0)
        return NULL;
    int64_t n = (int64_t)l->n;
    if (i < 0)
        i = i + n < 0 ? 0 : i + n;
    if (i > n)
        i = n;
    if (list_resize(l, l->n + 1) < 0)
        return NULL;
    memmove(l->items + i + 1, l->items + i, (l->n - (size_t)i) * sizeof(Object *));
    INCREF(args[2]);
    l->items[i] = args[2];
    l->n++;
    return none_new();
}

METHOD(list_m_pop)
{
    if (kw || nargs > 2) {
        exc_set(ExcTypeError, "pop expected at most 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    ListObject *l = (ListObject *)args[0];
    int64_t i = -1;
    if (nargs == 2 && int_as_i64(args[1], &i) < 0)
        return NULL;
    if (l->n == 0) {
        exc_set(ExcIndexError, "pop from empty list");
        return NULL;
    }
    if (i < 0)
        i += (int64_t)l->n;
    if (i < 0 || (uint64_t)i >= l->n) {
        exc_set(ExcIndexError, "pop index out of range");
        return NULL;
    }
    Object *v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (l->n - (size_t)i - 1) * sizeof(Object *));
    l->n--;
    return v;
}

METHOD(list_m_remove)
{
    if (exact_args("list.remove", nargs, kw, 1) < 0)
        return NULL;
    ListObject *l = (ListObject *)args[0];
    for (size_t i = 0; i < l->n; i++) {
        Object *item = l->items[i];
        INCREF(item);   /* __eq__ may clear the list */
        int eq = obj_richcompare_bool(item, args[1], CMP_EQ);
        DECREF(item);
        if (eq < 0)
            return NULL;
        if (eq && i < l->n) {
            Object *gone = l->items[i];
            memmove(l->items + i, l->items + i + 1, (l->n - i - 1) * sizeof(Object *));
            l->n--;
            DECREF(gone);
            return none_new();
        }
    }
    exc_set(ExcValueError, "list.remove(x): x not in list");
    return NULL;
}

METHOD(list_m_index)
{
    return seq_index_of(args[0], args, nargs, kw, "list");
}

METHOD(list_m_count)
{
    if (exact_args("list.count", nargs, kw, 1) < 0)
        return NULL;
    return seq_count_of(args[0], args[1]);
}

METHOD(list_m_sort)
{
    static const char *const names[] = { "key", "reverse", NULL };
    Object *v[2];
    if (nargs - (kw ? tuple_len(kw) : 0) > 1) {
        exc_set(ExcTypeError, "sort() takes no positional arguments");
        return NULL;
    }
    if (args_parse("sort", args + 1, nargs - 1, kw, 0, names, v) < 0)
        return NULL;
    int rev = v[1] ? obj_truth(v[1]) : 0;
    if (rev < 0)
        return NULL;
    Object *key = v[0] && v[0] != None ? v[0] : NULL;
    return list_sort_impl(args[0], key, rev) < 0 ? NULL : none_new();
}

METHOD(list_m_reverse)
{
    if (exact_args("list.reverse", nargs, kw, 0) < 0)
        return NULL;
    ListObject *l = (ListObject *)args[0];
    reverse_items(l->items, l->n);
    return none_new();
}

METHOD(list_m_copy)
{
    if (exact_args("list.copy", nargs, kw, 0) < 0)
        return NULL;
    ListObject *l = (ListObject *)args[0];
    return list_slice(l, 0, 1, (ssize_t)l->n);
}

METHOD(list_m_clear)
{
    if (exact_args("list.clear", nargs, kw, 0) < 0)
        return NULL;
    list_clear_items((ListObject *)args[0]);
    return none_new();
}

/* list.__init__(iterable): what a subclass's instance starts from. */
METHOD(list_m_init)
{
    if (kw) {
        exc_set(ExcTypeError, "list() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 2) {
        exc_set(ExcTypeError, "list expected at most 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    list_clear_items((ListObject *)args[0]);
    return nargs == 2 && list_extend(args[0], args[1]) < 0 ? NULL : none_new();
}

static const MethodDef list_methods[] = {
    { "append", list_m_append, NULL }, { "extend", list_m_extend, NULL },
    { "insert", list_m_insert, NULL }, { "pop", list_m_pop, NULL },
    { "remove", list_m_remove, NULL }, { "index", list_m_index, NULL },
    { "count", list_m_count, NULL }, { "sort", list_m_sort, NULL },
    { "reverse", list_m_reverse, NULL }, { "copy", list_m_copy, NULL },
    { "clear", list_m_clear, NULL }, { "__init__", list_m_init, NULL },
    { NULL, NULL, NULL },
};

static Object *list_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "list() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "list expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    return nargs ? list_from_iter(args[0]) : list_new(0);
}

static size_t list_extsize(Object *o) { return ((ListObject *)o)->cap * sizeof(Object *); }

Type ListType = {
    OBJ_HEAD_INIT(&TypeType), .name = "list", .base = &ObjectType, .basicsize = sizeof(ListObject),
    .flags = TYPE_BASETYPE | TYPE_GC, .dealloc = list_dealloc, .repr = list_repr, .extsize = list_extsize,
    .hash = obj_hash_unhashable, .richcompare = list_richcompare, .iter = list_iter,
    .getitem = list_getitem, .setitem = list_setitem, .len = list_length,
    .contains = list_contains, .num = &list_num, .construct = list_construct,
    .methods = list_methods, .traverse = list_traverse, .clear = list_gc_clear,
    .classmethods = obj_generic_classmethods,
};
