/* vm/modules/mod__itertools.c — the `_itertools` module: the iterator types
 * of itertools (vm/lib/itertools.py re-exports them), as CPython's own
 * types rather than generators, so that type(), isinstance, subclassing,
 * repr and the argument errors are python3's, and so that the hot ones
 * (count, product, chain, islice) run without a frame per item.
 *
 * Every type shares one layout (It) and one dealloc/traverse/clear: the
 * object fields are named for what each type keeps in them. */
#include "vm/runtime/module.h"

#include <stdlib.h>
#include <string.h>

typedef struct It {
    Object ob;
    Object *src;    /* the source iterator (or the iterator of iterables) */
    Object *fn;     /* function, predicate, fill value or repeated object */
    Object *val;    /* current value: count's next, accumulate's total, ... */
    Object *aux;    /* a second object: step, saved items, pools, iterators */
    Object *tgt;    /* groupby: the key of the group given last */
    const void *cur; /* groupby: its one _grouper that may read (not owned) */
    size_t *idx;    /* combinatorics: the positions of the current result */
    size_t *cyc;    /* permutations: the cycles */
    size_t n, r;
    int64_t i, next, stop, step;
    bool done, started;
} It;

static void it_clear(Object *o)
{
    It *it = (It *)o;
    SETREF(it->src, NULL);
    SETREF(it->fn, NULL);
    SETREF(it->val, NULL);
    SETREF(it->aux, NULL);
    SETREF(it->tgt, NULL);
}

static void it_dealloc(Object *o)
{
    It *it = (It *)o;
    it_clear(o);
    free(it->idx);
    free(it->cyc);
    obj_free(o);
}

static void it_traverse(Object *o, VisitFn visit, void *arg)
{
    It *it = (It *)o;
    visit(it->src, arg);
    visit(it->fn, arg);
    visit(it->val, arg);
    visit(it->aux, arg);
    visit(it->tgt, arg);
}

static Object *it_self(Object *o)
{
    INCREF(o);
    return o;
}

static It *it_alloc(Object *cls)
{
    Type *t = (Type *)cls;
    return (It *)obj_alloc(t, t->basicsize);
}

/* A new cls reading iter(iterable) from src and, given a second iterable,
 * iter(second) from aux: the start of most of the constructors.  The
 * object is made last, so that a failure leaves no half-made instance
 * for a subclass's __del__ to see; NULL then, with nothing held. */
static It *it_reading(Object *cls, Object *iterable, Object *second)
{
    Object *src = obj_iter(iterable), *aux = NULL;
    if (src && second && !(aux = obj_iter(second)))
        SETREF(src, NULL);
    It *it = src ? it_alloc(cls) : NULL;
    if (!it) {
        XDECREF(src);
        XDECREF(aux);
        return NULL;
    }
    it->src = src;
    it->aux = aux;
    return it;
}

/* CPython's "X expected N arguments, got M" for the types that take only
 * positional arguments. */
static int it_nokw(const char *name, Object *kw)
{
    if (kw && tuple_len(kw)) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    return 0;
}

static int it_nargs(const char *name, size_t nargs, Object *kw, size_t lo, size_t hi)
{
    if (it_nokw(name, kw) < 0)
        return -1;
    if (nargs < lo || nargs > hi) {
        if (lo == hi)
            exc_set(ExcTypeError, "%s expected %zu argument%s, got %zu", name, lo, lo == 1 ? "" : "s", nargs);
        else if (nargs < lo)
            exc_set(ExcTypeError, "%s expected at least %zu argument%s, got %zu", name, lo, lo == 1 ? "" : "s", nargs);
        else
            exc_set(ExcTypeError, "%s expected at most %zu argument%s, got %zu", name, hi, hi == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

#define IT_TYPE(var, tname, ctor, nextfn, ...)                                             \
    static Type var = {                                                                    \
        OBJ_HEAD_INIT(&TypeType), .name = "itertools." tname, .base = &ObjectType,        \
        .basicsize = sizeof(It), .flags = TYPE_GC | TYPE_BASETYPE | TYPE_CONSTRUCT_SUBCLASS, \
        .dealloc = it_dealloc, .traverse = it_traverse, .clear = it_clear, .iter = it_self, \
        .iternext = nextfn, .construct = ctor, __VA_ARGS__                                 \
    }

/* ---- pickling and copying -------------------------------------------------------------
 * __reduce__ gives (type, args[, state]); __setstate__ takes the state.
 * Types whose state this module does not export refuse, rather than be
 * rebuilt empty by copy.copy. */

/* (type(self), args) or (type(self), args, state); takes args and state
 * (NULL state: none; a NULL args is a failure already raised). */
static Object *reduce_of(Object *self, Object *args, Object *state)
{
    Object *r = NULL;
    if (args)
        r = state ? tuple_pack(3, (Object *)self->type, args, state) : tuple_pack(2, (Object *)self->type, args);
    XDECREF(args);
    XDECREF(state);
    return r;
}

static Object *it_no_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    exc_set(ExcTypeError, "cannot pickle '%s' object", args[0]->type->name);
    return NULL;
}

static const MethodDef noreduce_methods[] = {
    { "__reduce__", it_no_reduce, NULL },
    { NULL, NULL, NULL },
};

/* An iterator that is already at its end (for a state whose source has gone). */
static Object *empty_iter(void)
{
    Object *t = tuple_new(0);
    Object *r = t ? obj_iter(t) : NULL;
    XDECREF(t);
    return r;
}

/* __setstate__'s argument count, and a flag state read as a truth value. */
static int setstate_args(size_t nargs, Object *kw)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "__setstate__() takes exactly one argument (%zu given)", nargs ? nargs - 1 : 0);
        return -1;
    }
    return 0;
}

static Object *flag_setstate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f;
    if (setstate_args(nargs, kw) < 0)
        return NULL;
    int t = obj_truth(args[1]);
    if (t < 0)
        return NULL;
    ((It *)args[0])->done = t;
    return none_new();
}

/* (fn, src): starmap and filterfalse; takewhile and dropwhile add their
 * flag (stopped, or done dropping) as the state. */
static Object *fn_src_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    return reduce_of(args[0], tuple_pack(2, it->fn, it->src), NULL);
}

static Object *fn_src_flag_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    return reduce_of(args[0], tuple_pack(2, it->fn, it->src), bool_from(it->done));
}

static const MethodDef fn_src_methods[] = {
    { "__reduce__", fn_src_reduce, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef fn_src_flag_methods[] = {
    { "__reduce__", fn_src_flag_reduce, NULL },
    { "__setstate__", flag_setstate, NULL },
    { NULL, NULL, NULL },
};

/* ---- count(start=0, step=1) ------------------------------------------------- */

/* CPython accepts any number (what has __index__, __int__, __float__ or
 * is complex) and nothing else. */
static bool it_is_number(Object *o)
{
    if (obj_indexable(o) || obj_is(o, &FloatType) || obj_is(o, &ComplexType))
        return true;
    return type_lookup(o->type, str_intern("__float__")) || type_lookup(o->type, str_intern("__int__")) ||
           type_lookup(o->type, str_intern("__complex__"));
}

static Object *count_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "start", "step", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("count", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    Object *start = v[0] ? v[0] : int_from_i64(0);
    Object *step = v[1] ? v[1] : int_from_i64(1);
    if (!it_is_number(start) || !it_is_number(step)) {
        exc_set(ExcTypeError, "a number is required");
        return NULL;
    }
    /* A step of int value 1 (True too) is the plain count, which reads a
     * bool start as its int, as CPython's counts in machine words. */
    bool unit = obj_isinstance_type(step, &IntType) && int_is_small(step) && int_value(step) == 1;
    start = unit && obj_is(start, &BoolType) ? int_from_i64(start == TrueObj) : (INCREF(start), start);
    step = unit ? int_from_i64(1) : (INCREF(step), step);
    It *it = it_alloc(cls);
    if (!it) {
        DECREF(start);
        DECREF(step);
        return NULL;
    }
    it->val = start;
    it->aux = step;
    return (Object *)it;
}

static Object *count_next(Object *o)
{
    It *it = (It *)o;
    Object *cur = it->val;
    /* The common count(), count(n): word ints stepping by a word int. */
    if (int_is_word(cur) && int_is_word(it->aux)) {
        int64_t a = int_value(cur), b = int_value(it->aux), s;
        if (!__builtin_add_overflow(a, b, &s)) {
            Object *nv = int_from_i64(s);
            if (!nv)
                return NULL;
            it->val = nv;
            return cur;   /* the reference it->val held */
        }
    }
    Object *nv = obj_binop(cur, it->aux, BIN_ADD);
    if (!nv)
        return NULL;
    it->val = nv;
    return cur;
}

static Object *count_repr(Object *o)
{
    It *it = (It *)o;
    const char *name = o->type->name;
    const char *dot = strrchr(name, '.');
    name = dot ? dot + 1 : name;
    Object *a = obj_repr(it->val);
    if (!a)
        return NULL;
    Object *r;
    if (int_is_word(it->aux) && int_value(it->aux) == 1) {
        r = str_from_fmt("%s(%s)", name, str_utf8(a));
    } else {
        Object *b = obj_repr(it->aux);
        r = b ? str_from_fmt("%s(%s, %s)", name, str_utf8(a), str_utf8(b)) : NULL;
        XDECREF(b);
    }
    DECREF(a);
    return r;
}

/* (type(self), (a,)) or (type(self), (a, b)) when b is given: a
 * __reduce__ that calls the type again (pickle, copy). */
static Object *reduce_call(Object *self, Object *a, Object *b)
{
    Object *args = b ? tuple_pack(2, a, b) : tuple_pack(1, a);
    Object *r = args ? tuple_pack(2, (Object *)self->type, args) : NULL;
    XDECREF(args);
    return r;
}

static Object *count_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    bool unit = int_is_word(it->aux) && int_value(it->aux) == 1;
    return reduce_call(args[0], it->val, unit ? NULL : it->aux);
}

static const MethodDef count_methods[] = {
    { "__reduce__", count_reduce, NULL },
    { NULL, NULL, NULL },
};

IT_TYPE(CountType, "count", count_construct, count_next, .repr = count_repr, .methods = count_methods);

/* ---- repeat(object[, times]) -------------------------------------------------- */

static Object *repeat_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "object", "times", NULL };
    Object *v[2] = { NULL, NULL };
    int64_t times = -1;
    if (args_parse("repeat", args, nargs, kw, 1, names, v) < 0 ||
        (v[1] && int_as_i64(v[1], &times) < 0))
        return NULL;
    It *it = it_alloc(cls);
    if (!it)
        return NULL;
    INCREF(v[0]);
    it->fn = v[0];
    it->i = v[1] ? (times < 0 ? 0 : times) : -1;   /* -1: for ever */
    return (Object *)it;
}

static Object *repeat_next(Object *o)
{
    It *it = (It *)o;
    if (it->i == 0)
        return NULL;
    if (it->i > 0)
        it->i--;
    INCREF(it->fn);
    return it->fn;
}

static Object *repeat_repr(Object *o)
{
    It *it = (It *)o;
    Object *a = obj_repr(it->fn);
    if (!a)
        return NULL;
    Object *r = it->i < 0 ? str_from_fmt("repeat(%s)", str_utf8(a))
                          : str_from_fmt("repeat(%s, %lld)", str_utf8(a), (long long)it->i);
    DECREF(a);
    return r;
}

static Object *repeat_length_hint(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    Object *self = args[0];
    It *it = (It *)self;
    if (it->i < 0) {
        exc_set(ExcTypeError, "len() of unsized object");
        return NULL;
    }
    return int_from_i64(it->i);
}

static Object *repeat_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    if (it->i < 0)
        return reduce_call(args[0], it->fn, NULL);
    Object *n = int_from_i64(it->i);
    Object *r = n ? reduce_call(args[0], it->fn, n) : NULL;
    XDECREF(n);
    return r;
}

static const MethodDef repeat_methods[] = {
    { "__length_hint__", repeat_length_hint, NULL },
    { "__reduce__", repeat_reduce, NULL },
    { NULL, NULL, NULL },
};

IT_TYPE(RepeatType, "repeat", repeat_construct, repeat_next, .repr = repeat_repr, .methods = repeat_methods);

/* ---- cycle(iterable) ------------------------------------------------------------ */

static Object *cycle_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    if (it_nargs("cycle", nargs, kw, 1, 1) < 0)
        return NULL;
    Object *saved = list_new(0);
    It *it = saved ? it_reading(cls, args[0], NULL) : NULL;
    if (!it) {
        XDECREF(saved);
        return NULL;
    }
    it->aux = saved;
    return (Object *)it;
}

/* While src lasts its items are given (and kept, on the first pass:
 * started is false); then the kept ones, from position i, round and round. */
static Object *cycle_next(Object *o)
{
    It *it = (It *)o;
    if (it->src) {
        Object *v = obj_iternext(it->src);
        if (v) {
            if (!it->started && list_append(it->aux, v) < 0) {
                DECREF(v);
                return NULL;
            }
            return v;
        }
        if (exc_occurred())
            return NULL;
        SETREF(it->src, NULL);
        it->i = 0;
        it->started = true;
    }
    size_t n = list_len(it->aux);
    if (n == 0)
        return NULL;
    if ((size_t)it->i >= n)
        it->i = 0;
    Object *v = list_get(it->aux, (size_t)it->i++);
    INCREF(v);
    return v;
}

/* cycle(src) with (saved, first pass over): past the first pass, src is
 * what is left of the current round. */
static Object *cycle_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    Object *src = it->src;
    if (src) {
        INCREF(src);
    } else {
        size_t n = list_len(it->aux), from = (size_t)it->i < n ? (size_t)it->i : n;
        Object *rest = tuple_new(n - from);
        for (size_t k = from; rest && k < n; k++) {
            INCREF(list_get(it->aux, k));
            tuple_set(rest, k - from, list_get(it->aux, k));
        }
        src = rest ? obj_iter(rest) : NULL;
        XDECREF(rest);
        if (!src)
            return NULL;
    }
    Object *a = tuple_pack(1, src);
    DECREF(src);
    Object *st = a ? tuple_pack(2, it->aux, it->src && !it->started ? FalseObj : TrueObj) : NULL;
    if (!st) {
        XDECREF(a);
        return NULL;
    }
    return reduce_of(args[0], a, st);
}

static Object *cycle_setstate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f;
    if (setstate_args(nargs, kw) < 0)
        return NULL;
    Object *st = args[1];
    if (!obj_is(st, &TupleType) || tuple_len(st) != 2 || !obj_is(tuple_get(st, 0), &ListType)) {
        exc_set(ExcTypeError, "state is not a (list, bool) tuple");
        return NULL;
    }
    int first_done = obj_truth(tuple_get(st, 1));
    if (first_done < 0)
        return NULL;
    It *it = (It *)args[0];
    INCREF(tuple_get(st, 0));
    SETREF(it->aux, tuple_get(st, 0));
    it->started = first_done;
    it->i = 0;
    return none_new();
}

static const MethodDef cycle_methods[] = {
    { "__reduce__", cycle_reduce, NULL },
    { "__setstate__", cycle_setstate, NULL },
    { NULL, NULL, NULL },
};

IT_TYPE(CycleType, "cycle", cycle_construct, cycle_next, .methods = cycle_methods);

/* ---- chain(*iterables), chain.from_iterable(iterable) ------------------------------ */

static Object *chain_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    if (it_nokw("chain", kw) < 0)
        return NULL;
    Object *t = tuple_new(nargs);
    if (!t)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        INCREF(args[i]);
        tuple_set(t, i, args[i]);
    }
    Object *r = (Object *)it_reading(cls, t, NULL);
    DECREF(t);
    return r;
}

static Object *chain_from_iterable(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f;
    if (it_nargs("from_iterable", nargs - 1, kw, 1, 1) < 0)
        return NULL;
    return (Object *)it_reading(args[0], args[1], NULL);
}

/* aux is the iterator of the current iterable; src gives the next ones
 * (NULL once it has ended). */
static Object *chain_next(Object *o)
{
    It *it = (It *)o;
    for (;;) {
        if (it->aux) {
            Object *v = obj_iternext(it->aux);
            if (v || exc_occurred())
                return v;
            SETREF(it->aux, NULL);
        }
        if (!it->src)
            return NULL;
        Object *next = obj_iternext(it->src);
        if (!next) {
            if (!exc_occurred())
                SETREF(it->src, NULL);
            return NULL;
        }
        it->aux = obj_iter(next);
        DECREF(next);
        if (!it->aux)
            return NULL;
    }
}

static const MethodDef chain_classmethods[] = {
    { "from_iterable", chain_from_iterable, NULL },
    { "__class_getitem__", obj_class_getitem, NULL },
    { NULL, NULL, NULL },
};

/* chain() with the state (source[, active]): where it is in which iterable. */
static Object *chain_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    if (!it->src && !it->aux)
        return reduce_of(args[0], tuple_new(0), NULL);
    Object *src = it->src ? (INCREF(it->src), it->src) : empty_iter();
    if (!src)
        return NULL;
    Object *state = it->aux ? tuple_pack(2, src, it->aux) : tuple_pack(1, src);
    DECREF(src);
    return state ? reduce_of(args[0], tuple_new(0), state) : NULL;
}

static Object *chain_setstate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f;
    if (setstate_args(nargs, kw) < 0)
        return NULL;
    Object *st = args[1];
    if (!obj_is(st, &TupleType) || tuple_len(st) < 1 || tuple_len(st) > 2) {
        exc_set(ExcTypeError, "state is not a length 1 or 2 tuple");
        return NULL;
    }
    It *it = (It *)args[0];
    Object *src = obj_iter(tuple_get(st, 0));
    Object *active = src && tuple_len(st) == 2 ? obj_iter(tuple_get(st, 1)) : NULL;
    if (!src || (tuple_len(st) == 2 && !active)) {
        XDECREF(src);
        return NULL;
    }
    SETREF(it->src, src);
    SETREF(it->aux, active);
    return none_new();
}

static const MethodDef chain_methods[] = {
    { "__reduce__", chain_reduce, NULL },
    { "__setstate__", chain_setstate, NULL },
    { NULL, NULL, NULL },
};

IT_TYPE(ChainType, "chain", chain_construct, chain_next, .classmethods = chain_classmethods,
        .methods = chain_methods);

/* ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) ---------------- */

/* One of islice's bounds: None (-1 for stop, meaning no end) or an int
 * in [minimum, maxsize]; anything else is CPython's ValueError. */
static int islice_arg(Object *v, int64_t none, int64_t minimum, const char *msg, int64_t *out)
{
    if (v == None) {
        *out = none;
        return 0;
    }
    if (obj_indexable(v)) {
        int64_t x;
        if (int_as_index(v, &x) < 0) {   /* beyond maxsize: the ValueError below */
            if (!exc_matches(exc_occurred(), (Object *)ExcOverflowError))
                return -1;
            exc_clear();
        } else if (x >= minimum) {
            *out = x;
            return 0;
        }
    }
    exc_set(ExcValueError, "%s", msg);
    return -1;
}

static const char islice_stop_msg[] =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
static const char islice_index_msg[] =
    "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

static Object *islice_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    if (it_nargs("islice", nargs, kw, 2, 4) < 0)
        return NULL;
    int64_t start = 0, stop, step = 1;
    if (nargs == 2) {
        if (islice_arg(args[1], -1, 0, islice_stop_msg, &stop) < 0)
            return NULL;
    } else {
        if (islice_arg(args[2], -1, 0, islice_stop_msg, &stop) < 0 ||
            islice_arg(args[1], 0, 0, islice_index_msg, &start) < 0)
            return NULL;
        if (nargs == 4 && islice_arg(args[3], 1, 1, "Step for islice() must be a positive integer or None.",
                                     &step) < 0)
            return NULL;
    }
    It *it = it_reading(cls, args[0], NULL);
    if (!it)
        return NULL;
    it->next = start;
    it->stop = stop;
    it->step = step;
    return (Object *)it;
}

/* i counts the items read; next is the position of the next one to give.
 * Nothing past stop is read, so the rest stays in the source. */
static Object *islice_next(Object *o)
{
    It *it = (It *)o;
    if (!it->src)
        return NULL;
    int64_t stop = it->stop;
    while (it->i < it->next) {
        if (stop >= 0 && it->i >= stop)
            goto end;
        Object *v = obj_iternext(it->src);
        if (!v)
            goto fail;
        DECREF(v);
        it->i++;
    }
    if (stop >= 0 && it->i >= stop)
        goto end;
    Object *v = obj_iternext(it->src);
    if (!v)
        goto fail;
    it->i++;
    if (__builtin_add_overflow(it->next, it->step, &it->next))
        it->next = INT64_MAX;
    if (stop >= 0 && it->next > stop)
        it->next = stop;
    return v;
fail:
    if (exc_occurred())
        return NULL;
end:
    SETREF(it->src, NULL);
    return NULL;
}

/* islice(src, next, stop, step) with the items read so far as the state:
 * positions count from where the original began. */
static Object *islice_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    if (!it->src) {
        Object *zero = int_from_i64(0);
        Object *e = empty_iter();
        Object *a = e ? tuple_pack(2, e, zero) : NULL;
        XDECREF(e);
        return reduce_of(args[0], a, zero);
    }
    Object *nx = int_from_i64(it->next), *st = it->stop < 0 ? (INCREF(None), None) : int_from_i64(it->stop);
    Object *sp = int_from_i64(it->step), *cnt = int_from_i64(it->i);
    Object *a = nx && st && sp ? tuple_pack(4, it->src, nx, st, sp) : NULL;
    XDECREF(nx);
    XDECREF(st);
    XDECREF(sp);
    if (!a) {
        XDECREF(cnt);
        return NULL;
    }
    return reduce_of(args[0], a, cnt);
}

static Object *islice_setstate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f;
    int64_t cnt;
    if (setstate_args(nargs, kw) < 0 || int_as_i64(args[1], &cnt) < 0)
        return NULL;
    ((It *)args[0])->i = cnt;
    return none_new();
}

static const MethodDef islice_methods[] = {
    { "__reduce__", islice_reduce, NULL },
    { "__setstate__", islice_setstate, NULL },
    { NULL, NULL, NULL },
};

IT_TYPE(IsliceType, "islice", islice_construct, islice_next, .methods = islice_methods);

/* ---- starmap, takewhile, dropwhile, filterfalse, compress ---------------------------- */

/* The (function, iterable) constructors. */
static Object *fn_iter_make(Object *cls, const char *name, Object *const *args, size_t nargs, Object *kw)
{
    if (it_nargs(name, nargs, kw, 2, 2) < 0)
        return NULL;
    It *it = it_reading(cls, args[1], NULL);
    if (!it)
        return NULL;
    INCREF(args[0]);
    it->fn = args[0];
    return (Object *)it;
}

static Object *starmap_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    return fn_iter_make(cls, "starmap", args, nargs, kw);
}

static Object *starmap_next(Object *o)
{
    It *it = (It *)o;
    Object *v = obj_iternext(it->src);
    if (!v)
        return NULL;
    Object *r;
    if (obj_is(v, &TupleType)) {
        r = obj_call(it->fn, ((TupleObject *)v)->items, tuple_len(v), NULL);
    } else {
        Object *t = tuple_from_iter(v);
        r = t ? obj_call(it->fn, ((TupleObject *)t)->items, tuple_len(t), NULL) : NULL;
        XDECREF(t);
    }
    DECREF(v);
    return r;
}

IT_TYPE(StarmapType, "starmap", starmap_construct, starmap_next, .methods = fn_src_methods);

/* pred(v) as a truth value: 1, 0, or -1 with an exception; a None
 * predicate (filterfalse) is bool. */
static int pred_truth(Object *pred, Object *v)
{
    if (pred == None)
        return obj_truth(v);
    Object *r = obj_call(pred, &v, 1, NULL);
    if (!r)
        return -1;
    int t = obj_truth(r);
    DECREF(r);
    return t;
}

static Object *takewhile_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    return fn_iter_make(cls, "takewhile", args, nargs, kw);
}

static Object *takewhile_next(Object *o)
{
    It *it = (It *)o;
    if (it->done)
        return NULL;
    Object *v = obj_iternext(it->src);
    if (!v)
        return NULL;
    int t = pred_truth(it->fn, v);
    if (t > 0)
        return v;
    DECREF(v);
    if (t == 0)
        it->done = true;
    return NULL;
}

IT_TYPE(TakewhileType, "takewhile", takewhile_construct, takewhile_next, .methods = fn_src_flag_methods);

static Object *dropwhile_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    return fn_iter_make(cls, "dropwhile", args, nargs, kw);
}

static Object *dropwhile_next(Object *o)
{
    It *it = (It *)o;
    Object *v;
    while ((v = obj_iternext(it->src))) {
        if (it->done)
            return v;
        int t = pred_truth(it->fn, v);
        if (t == 0) {
            it->done = true;
            return v;
        }
        DECREF(v);
        if (t < 0)
            return NULL;
    }
    return NULL;
}

IT_TYPE(DropwhileType, "dropwhile", dropwhile_construct, dropwhile_next, .methods = fn_src_flag_methods);

static Object *filterfalse_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    return fn_iter_make(cls, "filterfalse", args, nargs, kw);
}

static Object *filterfalse_next(Object *o)
{
    It *it = (It *)o;
    Object *v;
    while ((v = obj_iternext(it->src))) {
        int t = pred_truth(it->fn, v);
        if (t == 0)
            return v;
        DECREF(v);
        if (t < 0)
            return NULL;
    }
    return NULL;
}

IT_TYPE(FilterfalseType, "filterfalse", filterfalse_construct, filterfalse_next, .methods = fn_src_methods);

static Object *compress_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "selectors", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("compress", args, nargs, kw, 2, names, v) < 0)
        return NULL;
    return (Object *)it_reading(cls, v[0], v[1]);
}

static Object *compress_next(Object *o)
{
    It *it = (It *)o;
    for (;;) {
        Object *d = obj_iternext(it->src);
        if (!d)
            return NULL;
        Object *s = obj_iternext(it->aux);
        if (!s) {
            DECREF(d);
            return NULL;
        }
        int t = obj_truth(s);
        DECREF(s);
        if (t > 0)
            return d;
        DECREF(d);
        if (t < 0)
            return NULL;
    }
}

static Object *compress_reduce(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *it = (It *)args[0];
    return reduce_of(args[0], tuple_pack(2, it->src, it->aux), NULL);
}

static const MethodDef compress_methods[] = {
    { "__reduce__", compress_reduce, NULL },
    { NULL, NULL, NULL },
};

IT_TYPE(CompressType, "compress", compress_construct, compress_next, .methods = compress_methods);

/* ---- accumulate(iterable[, func, *, initial=None]) ------------------------------------ */

static Object *accumulate_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "iterable", "func", "initial", NULL };
    Object *v[3] = { NULL, NULL, NULL };
    if (args_parse("accumulate", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    It *it = it_reading(cls, v[0], NULL);
    if (!it)
        return NULL;
    if (v[1] && v[1] != None) {
        INCREF(v[1]);
        it->fn = v[1];
    }
    if (v[2] && v[2] != None) {
        INCREF(v[2]);
        it->aux = v[2];   /* given first, before anything is read */
    }
    return (Object *)it;
}

static Object *accumulate_next(Object *o)
{
    It *it = (It *)o;
    if (it->aux) {
        it->val = it->aux;
        it->aux = NULL;
        INCREF(it->val);
        return it->val;
    }
    Object *v = obj_iternext(it->src);
    if (!v)
        return NULL;
    if (!it->val) {
        it->val = v;
        INCREF(v);
        return v;
    }
    Object *total;
    if (it->fn) {
        Object *a[2] = { it->val, v };
        total = obj_call(it->fn, a, 2, NULL);
    } else {
        total = obj_binop(it->val, v, BIN_ADD);
    }
    DECREF(v);
    if (!total)
        return NULL;
    SETREF(it->val, total);
    INCREF(total);
    return total;
}

IT_TYPE(AccumulateType, "accumulate", accumulate_construct, accumulate_next, .methods = noreduce_methods);

/* ---- pairwise(iterable) ------------------------------------------------------------ */

static Object *pairwise_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    if (it_nargs("pairwise", nargs, kw, 1, 1) < 0)
        return NULL;
    return (Object *)it_reading(cls, args[0], NULL);
}

static Object *pairwise_next(Object *o)
{
    It *it = (It *)o;
    if (!it->src)
        return NULL;
    if (!it->val && !(it->val = obj_iternext(it->src)))
        goto end;
    Object *b = obj_iternext(it->src);
    if (!b)
        goto end;
    Object *t = tuple_new(2);
    if (!t) {
        DECREF(b);
        return NULL;
    }
    tuple_set(t, 0, it->val);   /* the reference val held */
    INCREF(b);
    tuple_set(t, 1, b);
    it->val = b;
    return t;
end:
    if (!exc_occurred()) {
        SETREF(it->src, NULL);
        SETREF(it->val, NULL);
    }
    return NULL;
}

IT_TYPE(PairwiseType, "pairwise", pairwise_construct, pairwise_next, .methods = noreduce_methods);

/* ---- zip_longest(*iterables, fillvalue=None) ---------------------------------------- */

static Object *zip_longest_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    size_t nkw = kw ? tuple_len(kw) : 0;
    Object *fill = None;
    for (size_t i = 0; i < nkw; i++) {
        if (strcmp(str_utf8(tuple_get(kw, i)), "fillvalue") != 0) {
            exc_set(ExcTypeError, "zip_longest() got an unexpected keyword argument");
            return NULL;
        }
        fill = args[nargs - nkw + i];
    }
    nargs -= nkw;
    Object *its = tuple_new(nargs);
    if (!its)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Object *x = obj_iter(args[i]);
        if (!x) {
            DECREF(its);
            return NULL;
        }
        tuple_set(its, i, x);
    }
    It *it = it_alloc(cls);
    if (!it) {
        DECREF(its);
        return NULL;
    }
    it->aux = its;
    INCREF(fill);
    it->fn = fill;
    it->n = nargs;     /* iterators not yet ended */
    return (Object *)it;
}

/* An ended iterator's slot in aux becomes NULL; its column is the fill. */
static Object *zip_longest_next(Object *o)
{
    It *it = (It *)o;
    size_t n = tuple_len(it->aux);
    if (n == 0 || it->n == 0)
        return NULL;
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *x = tuple_get(it->aux, i);
        Object *v = x ? obj_iternext(x) : NULL;
        if (!v) {
            if (exc_occurred()) {
                tuple_set(t, i, NULL);
                goto fail_at;
            }
            if (x) {
                tuple_set(it->aux, i, NULL);
                DECREF(x);
                if (--it->n == 0) {
                    tuple_set(t, i, NULL);
                    goto fail_at;
                }
            }
            v = it->fn;
            INCREF(v);
        }
        tuple_set(t, i, v);
        continue;
fail_at:
        for (size_t j = i + 1; j < n; j++)
            tuple_set(t, j, NULL);
        DECREF(t);
        return NULL;
    }
    return t;
}

IT_TYPE(ZipLongestType, "zip_longest", zip_longest_construct, zip_longest_next, .methods = noreduce_methods);

/* ---- product, permutations, combinations, combinations_with_replacement ------------- */

/* r positions (numbered in idx) of the pool tuple as a new tuple. */
static Object *pick(Object *pool, const size_t *idx, size_t r)
{
    Object *t = tuple_new(r);
    if (!t)
        return NULL;
    for (size_t i = 0; i < r; i++) {
        Object *v = tuple_get(pool, idx[i]);
        INCREF(v);
        tuple_set(t, i, v);
    }
    return t;
}

static size_t *idx_alloc(size_t n)
{
    size_t *p = calloc(n ? n : 1, sizeof(size_t));
    if (!p)
        exc_nomemory();
    return p;
}

/* The r of permutations and combinations: an int >= 0. */
static int comb_r(Object *v, int64_t *r)
{
    if (!obj_indexable(v)) {
        exc_set(ExcTypeError, "Expected int as r");
        return -1;
    }
    if (int_as_i64(v, r) < 0)
        return -1;
    if (*r < 0) {
        exc_set(ExcValueError, "r must be non-negative");
        return -1;
    }
    return 0;
}

static Object *product_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    size_t nkw = kw ? tuple_len(kw) : 0;
    int64_t rep = 1;
    for (size_t i = 0; i < nkw; i++) {
        const char *name = str_utf8(tuple_get(kw, i));
        if (strcmp(name, "repeat") != 0) {
            exc_set(ExcTypeError, "'%s' is an invalid keyword argument for product()", name);
            return NULL;
        }
        if (int_as_i64(args[nargs - nkw + i], &rep) < 0)
            return NULL;
    }
    nargs -= nkw;
    if (rep < 0) {
        exc_set(ExcValueError, "repeat argument cannot be negative");
        return NULL;
    }
    if (rep && nargs > SIZE_MAX / 8 / (size_t)rep) {
        exc_nomemory();
        return NULL;
    }
    size_t n = nargs * (size_t)rep;
    Object *pools = tuple_new(n);
    if (!pools)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Object *p = tuple_from_iter(args[i]);
        if (!p) {
            DECREF(pools);
            return NULL;
        }
        for (size_t k = 0; k < (size_t)rep; k++) {
            INCREF(p);
            tuple_set(pools, k * nargs + i, p);
        }
        DECREF(p);
    }
    It *it = it_alloc(cls);
    if (!it || !(it->idx = idx_alloc(n))) {
        XDECREF(it);
        DECREF(pools);
        return NULL;
    }
    it->aux = pools;
    it->n = n;
    return (Object *)it;
}

static Object *product_next(Object *o)
{
    It *it = (It *)o;
    if (it->done)
        return NULL;
    Object *pools = it->aux;
    size_t n = it->n;
    Object *t = tuple_new(n);
    if (!t)
        return NULL;
    if (!it->started) {
        it->started = true;
        for (size_t i = 0; i < n; i++) {
            Object *p = tuple_get(pools, i);
            if (tuple_len(p) == 0) {
                it->done = true;
                DECREF(t);
                return NULL;
            }
            Object *v = tuple_get(p, 0);
            INCREF(v);
            tuple_set(t, i, v);
        }
        it->val = t;
        INCREF(t);
        return t;
    }
    /* The odometer: the rightmost position that can move moves, those
     * after it start over. */
    size_t i = n;
    while (i > 0 && it->idx[i - 1] + 1 == tuple_len(tuple_get(pools, i - 1)))
        i--;
    if (i == 0) {
        it->done = true;
        SETREF(it->val, NULL);
        DECREF(t);
        return NULL;
    }
    it->idx[i - 1]++;
    for (size_t j = i; j < n; j++)
        it->idx[j] = 0;
    for (size_t j = 0; j < n; j++) {
        Object *v = j < i - 1 ? tuple_get(it->val, j) : tuple_get(tuple_get(pools, j), it->idx[j]);
        INCREF(v);
        tuple_set(t, j, v);
    }
    SETREF(it->val, t);
    INCREF(t);
    return t;
}

IT_TYPE(ProductType, "product", product_construct, product_next, .methods = noreduce_methods);

/* permutations and the combinations keep the pool (a tuple, stolen) in
 * aux, its length in n; idx holds max(n, r) positions. */
static It *pool_make(Object *cls, Object *pool, size_t r)
{
    size_t n = tuple_len(pool);
    It *it = it_alloc(cls);
    if (!it || !(it->idx = idx_alloc(r > n ? r : n))) {
        XDECREF(it);
        DECREF(pool);
        return NULL;
    }
    it->aux = pool;
    it->n = n;
    it->r = r;
    return it;
}

static Object *permutations_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "iterable", "r", NULL };
    Object *v[2] = { NULL, NULL };
    int64_t r = -1;
    if (args_parse("permutations", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    Object *pool = tuple_from_iter(v[0]);
    if (!pool)
        return NULL;
    if (v[1] && v[1] != None && comb_r(v[1], &r) < 0) {
        DECREF(pool);
        return NULL;
    }
    size_t n = tuple_len(pool);
    It *it = pool_make(cls, pool, r < 0 ? n : (size_t)r);
    if (!it)
        return NULL;
    if (it->r > n) {
        it->done = true;
        return (Object *)it;
    }
    if (!(it->cyc = idx_alloc(it->r))) {
        DECREF(it);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        it->idx[i] = i;
    for (size_t i = 0; i < it->r; i++)
        it->cyc[i] = n - i;
    return (Object *)it;
}

/* Lexicographic order of positions: cyc[i] counts the choices left for
 * place i; when it runs out, idx[i:] rotates back to where it began. */
static Object *permutations_next(Object *o)
{
    It *it = (It *)o;
    if (it->done)
        return NULL;
    size_t n = it->n, r = it->r, *idx = it->idx, *cyc = it->cyc;
    if (!it->started) {
        it->started = true;
        return pick(it->aux, idx, r);
    }
    for (size_t i = r; i-- > 0;) {
        if (--cyc[i] == 0) {
            size_t first = idx[i];
            memmove(idx + i, idx + i + 1, (n - i - 1) * sizeof *idx);
            idx[n - 1] = first;
            cyc[i] = n - i;
        } else {
            size_t j = n - cyc[i], tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
            return pick(it->aux, idx, r);
        }
    }
    it->done = true;
    return NULL;
}

IT_TYPE(PermutationsType, "permutations", permutations_construct, permutations_next, .methods = noreduce_methods);

static Object *comb_make(Object *cls, const char *name, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "iterable", "r", NULL };
    Object *v[2] = { NULL, NULL };
    int64_t r;
    if (args_parse(name, args, nargs, kw, 2, names, v) < 0)
        return NULL;
    Object *pool = tuple_from_iter(v[0]);
    if (!pool)
        return NULL;
    if (comb_r(v[1], &r) < 0) {
        DECREF(pool);
        return NULL;
    }
    return (Object *)pool_make(cls, pool, (size_t)r);
}

static Object *combinations_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    It *it = (It *)comb_make(cls, "combinations", args, nargs, kw);
    if (it) {
        for (size_t i = 0; i < it->r; i++)
            it->idx[i] = i;
        it->done = it->r > it->n;
    }
    return (Object *)it;
}

/* The rightmost position below its ceiling (n - r + i) moves up one and
 * those after it follow in a run. */
static Object *combinations_next(Object *o)
{
    It *it = (It *)o;
    if (it->done)
        return NULL;
    size_t n = it->n, r = it->r, *idx = it->idx;
    if (!it->started) {
        it->started = true;
        return pick(it->aux, idx, r);
    }
    size_t i = r;
    while (i > 0 && idx[i - 1] == i - 1 + n - r)
        i--;
    if (i == 0) {
        it->done = true;
        return NULL;
    }
    idx[i - 1]++;
    for (size_t j = i; j < r; j++)
        idx[j] = idx[j - 1] + 1;
    return pick(it->aux, idx, r);
}

IT_TYPE(CombinationsType, "combinations", combinations_construct, combinations_next, .methods = noreduce_methods);

static Object *cwr_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    It *it = (It *)comb_make(cls, "combinations_with_replacement", args, nargs, kw);
    if (it)
        it->done = it->n == 0 && it->r > 0;
    return (Object *)it;
}

/* As combinations, with the positions allowed to repeat: the ceiling is
 * n - 1 everywhere and those after the moved one take its value. */
static Object *cwr_next(Object *o)
{
    It *it = (It *)o;
    if (it->done)
        return NULL;
    size_t n = it->n, r = it->r, *idx = it->idx;
    if (!it->started) {
        it->started = true;
        return pick(it->aux, idx, r);
    }
    size_t i = r;
    while (i > 0 && idx[i - 1] == n - 1)
        i--;
    if (i == 0) {
        it->done = true;
        return NULL;
    }
    idx[i - 1]++;
    for (size_t j = i; j < r; j++)
        idx[j] = idx[i - 1];
    return pick(it->aux, idx, r);
}

IT_TYPE(CwrType, "combinations_with_replacement", cwr_construct, cwr_next, .methods = noreduce_methods);

/* ---- groupby(iterable, key=None) and its groups --------------------------------------- */

/* groupby keeps the item read ahead in val and its key in aux (both NULL
 * once a group has taken the item), the key of the group it gave last in
 * tgt, and which of its _groupers may still read in cur: one made earlier
 * is over once the groupby has moved on. */
static Type GrouperType;

static Object *groupby_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "iterable", "key", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("groupby", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    It *it = it_reading(cls, v[0], NULL);
    if (!it)
        return NULL;
    if (v[1] && v[1] != None) {
        INCREF(v[1]);
        it->fn = v[1];
    }
    return (Object *)it;
}

/* Reads the next item and its key into val and aux; -1 at the end (with
 * no exception) or on error. */
static int groupby_step(It *gb)
{
    Object *v = obj_iternext(gb->src);
    if (!v)
        return -1;
    Object *k = v;
    if (gb->fn) {
        k = obj_call(gb->fn, &v, 1, NULL);
        if (!k) {
            DECREF(v);
            return -1;
        }
    } else {
        INCREF(k);
    }
    SETREF(gb->val, v);
    SETREF(gb->aux, k);
    return 0;
}

static Object *groupby_next(Object *o)
{
    It *gb = (It *)o;
    gb->cur = NULL;
    /* Skip what the caller left of the current group. */
    for (;;) {
        if (gb->aux && !gb->tgt)
            break;
        if (gb->aux) {
            int eq = obj_richcompare_bool(gb->tgt, gb->aux, CMP_EQ);
            if (eq < 0)
                return NULL;
            if (!eq)
                break;
        }
        if (groupby_step(gb) < 0)
            return NULL;
    }
    INCREF(gb->aux);
    SETREF(gb->tgt, gb->aux);
    It *g = (It *)obj_alloc(&GrouperType, sizeof(It));
    if (!g)
        return NULL;
    INCREF(gb);
    g->src = o;
    INCREF(gb->tgt);
    g->tgt = gb->tgt;
    gb->cur = g;
    Object *t = tuple_pack(2, gb->tgt, (Object *)g);
    DECREF(g);
    return t;
}

IT_TYPE(GroupbyType, "groupby", groupby_construct, groupby_next, .methods = noreduce_methods);

/* A _grouper keeps its groupby in src and its key in tgt. */
static Object *grouper_next(Object *o)
{
    It *g = (It *)o;
    It *gb = (It *)g->src;
    if (gb->cur != g)
        return NULL;
    if (!gb->val && groupby_step(gb) < 0)
        return NULL;
    int eq = obj_richcompare_bool(g->tgt, gb->aux, CMP_EQ);
    if (eq <= 0)
        return NULL;
    Object *v = gb->val;
    gb->val = NULL;
    SETREF(gb->aux, NULL);
    return v;
}

static Type GrouperType = {
    OBJ_HEAD_INIT(&TypeType), .name = "itertools._grouper", .base = &ObjectType,
    .basicsize = sizeof(It), .flags = TYPE_GC, .dealloc = it_dealloc, .traverse = it_traverse,
    .clear = it_clear, .iter = it_self, .iternext = grouper_next, .methods = noreduce_methods,
};

/* ---- tee's iterators --------------------------------------------------------------- */

/* The items read from the source, in chunks that every copy reads through
 * in turn; a chunk lives while a copy has not passed it. */
enum { TEE_CHUNK = 57 };

typedef struct TeeData {
    Object ob;
    Object *src;                /* the shared source iterator */
    struct TeeData *next;       /* the chunk after this one, once read */
    size_t n;                   /* items read into this chunk */
    bool running;               /* reading from src: no copy may re-enter */
    Object *items[TEE_CHUNK];
} TeeData;

static void teedata_clear(Object *o)
{
    TeeData *d = (TeeData *)o;
    SETREF(d->src, NULL);
    size_t n = d->n;
    d->n = 0;
    for (size_t i = 0; i < n; i++)
        DECREF(d->items[i]);
    SETREF(d->next, NULL);
}

/* A long chain goes one chunk at a time, without recursing. */
static void teedata_dealloc(Object *o)
{
    TeeData *d = (TeeData *)o;
    TeeData *next = d->next;
    d->next = NULL;
    teedata_clear(o);
    obj_free(o);
    while (next && next->ob.refcnt == 1) {
        TeeData *after = next->next;
        next->next = NULL;
        DECREF(next);
        next = after;
    }
    XDECREF(next);
}

static void teedata_traverse(Object *o, VisitFn visit, void *arg)
{
    TeeData *d = (TeeData *)o;
    visit(d->src, arg);
    for (size_t i = 0; i < d->n; i++)
        visit(d->items[i], arg);
    visit((Object *)d->next, arg);
}

static Type TeeDataType = {
    OBJ_HEAD_INIT(&TypeType), .name = "itertools._tee_dataobject", .base = &ObjectType,
    .basicsize = sizeof(TeeData), .flags = TYPE_GC, .dealloc = teedata_dealloc,
    .traverse = teedata_traverse, .clear = teedata_clear,
};

static TeeData *teedata_new(Object *src)
{
    TeeData *d = (TeeData *)obj_alloc(&TeeDataType, sizeof(TeeData));
    if (d) {
        INCREF(src);
        d->src = src;
    }
    return d;
}

static Type TeeType;

/* A _tee reads the chunk in val from position i. */
static Object *tee_of(Object *data, int64_t i)
{
    It *t = (It *)obj_alloc(&TeeType, sizeof(It));
    if (t) {
        INCREF(data);
        t->val = data;
        t->i = i;
    }
    return (Object *)t;
}

static Object *tee_construct(Object *cls, Object *const *args, size_t nargs, Object *kw)
{
    (void)cls;
    if (it_nargs("_tee", nargs, kw, 1, 1) < 0)
        return NULL;
    Object *src = obj_iter(args[0]);
    if (!src)
        return NULL;
    if (obj_is(src, &TeeType)) {
        Object *r = tee_of(((It *)src)->val, ((It *)src)->i);
        DECREF(src);
        return r;
    }
    TeeData *d = teedata_new(src);
    DECREF(src);
    Object *r = d ? tee_of((Object *)d, 0) : NULL;
    XDECREF(d);
    return r;
}

static Object *tee_next(Object *o)
{
    It *t = (It *)o;
    TeeData *d = (TeeData *)t->val;
    if (t->i == TEE_CHUNK) {
        if (!d->next && !(d->next = teedata_new(d->src)))
            return NULL;
        TeeData *next = d->next;
        INCREF(next);
        SETREF(t->val, (Object *)next);   /* may free d */
        d = next;
        t->i = 0;
    }
    if ((size_t)t->i == d->n) {
        if (!d->src)
            return NULL;
        if (d->running) {
            exc_set(ExcRuntimeError, "cannot re-enter the tee iterator");
            return NULL;
        }
        d->running = true;
        Object *v = obj_iternext(d->src);
        d->running = false;
        if (!v)
            return NULL;
        d->items[d->n++] = v;
    }
    Object *v = d->items[t->i++];
    INCREF(v);
    return v;
}

static Object *tee_copy(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    (void)f; (void)nargs; (void)kw;
    It *t = (It *)args[0];
    return tee_of(t->val, t->i);
}

static const MethodDef tee_methods[] = {
    { "__copy__", tee_copy, NULL },
    { NULL, NULL, NULL },
};

static Type TeeType = {
    OBJ_HEAD_INIT(&TypeType), .name = "itertools._tee", .base = &ObjectType,
    .basicsize = sizeof(It), .flags = TYPE_GC, .dealloc = it_dealloc, .traverse = it_traverse,
    .clear = it_clear, .iter = it_self, .iternext = tee_next, .construct = tee_construct,
    .methods = tee_methods,
};

Object *mod__itertools_init(void)
{
    Type *types[] = {
        &CountType, &RepeatType, &CycleType, &ChainType, &IsliceType, &StarmapType,
        &TakewhileType, &DropwhileType, &FilterfalseType, &CompressType, &AccumulateType,
        &PairwiseType, &ZipLongestType, &ProductType, &PermutationsType, &CombinationsType,
        &CwrType, &GroupbyType, &GrouperType, &TeeType,
    };
    Object *m = module_new("_itertools", NULL);
    for (size_t i = 0; m && i < sizeof types / sizeof *types; i++)
        if (module_add(m, strchr(types[i]->name, '.') + 1, (Object *)types[i]) < 0)
            SETREF(m, NULL);
    return m;
}
