/* vm/modules/mod_random.c — the `_random` module: the Mersenne Twister
 * (MT19937) core under vm/lib/random.py, as CPython's _random.
 *
 * Seeding follows CPython's rules so that a program seeded with an int
 * draws the very numbers python3 draws: the int's absolute value, split
 * into 32-bit words (least significant first), goes through MT19937's
 * init_by_array; None seeds from getrandom(2).  random() makes a double
 * from 53 bits of two outputs, getrandbits(k) takes k bits from
 * ceil(k/32) outputs, least significant word first.
 *
 * Concurrency: a generator's state is an object field, read and written
 * only by these methods, which run to the end holding the GIL (nothing
 * here releases it), so threads sharing one generator take whole steps.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "vm/runtime/module.h"

enum { MT_N = 624, MT_M = 397 };

typedef struct RandomObject {
    Object ob;
    uint32_t mt[MT_N];
    unsigned index;   /* next word of mt to hand out; MT_N: twist first */
    bool seeded;      /* false for a subclass instance whose __init__ did not seed */
} RandomObject;

static Type RandomType;

/* ---- MT19937 */

static void mt_init(RandomObject *r, uint32_t s)
{
    r->mt[0] = s;
    for (unsigned i = 1; i < MT_N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + i;
    r->index = MT_N;
    r->seeded = true;
}

static void mt_init_by_array(RandomObject *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->mt;
    mt_init(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u;   /* a non-zero state whatever the key */
}

static void mt_twist(RandomObject *r)
{
    uint32_t *mt = r->mt;
    for (unsigned k = 0; k < MT_N; k++) {
        uint32_t y = (mt[k] & 0x80000000u) | (mt[(k + 1) % MT_N] & 0x7fffffffu);
        mt[k] = mt[(k + MT_M) % MT_N] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    }
    r->index = 0;
}

static int seed_from_os(RandomObject *r);

static uint32_t mt_next(RandomObject *r)
{
    if (!r->seeded && seed_from_os(r) < 0)
        mt_init(r, 5489u);   /* no entropy at all: MT19937's reference seed */
    if (r->index >= MT_N)
        mt_twist(r);
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    return y ^ (y >> 18);
}

/* ---- entropy */

static int os_random(void *p, size_t n)
{
    for (size_t got = 0; got < n;) {
        ssize_t k = getrandom((char *)p + got, n - got, 0);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            exc_set_oserror(errno);
            return -1;
        }
        got += (size_t)k;
    }
    return 0;
}

static int seed_from_os(RandomObject *r)
{
    uint32_t key[MT_N];
    if (os_random(key, sizeof key) < 0)
        return -1;
    mt_init_by_array(r, key, MT_N);
    return 0;
}

/* ---- seeding from an int */

/* |n| as 32-bit words, least significant first (0 is one zero word). */
static uint32_t *int_words(Object *n, size_t *len)
{
    IntObject *in = (IntObject *)n;
    Object *a = in->size < 0 || (in->size == 0 && in->v < 0) ? obj_neg(n) : (INCREF(n), n);
    Object *bl = a ? obj_call_method(a, "bit_length", NULL, 0) : NULL;
    int64_t bits = 0;
    if (!bl || int_as_i64(bl, &bits) < 0) {
        XDECREF(a);
        XDECREF(bl);
        return NULL;
    }
    DECREF(bl);
    size_t nw = bits ? (size_t)(bits + 31) / 32 : 1;
    Object *args[2] = { int_from_i64((int64_t)nw * 4), str_intern("little") };
    Object *b = args[0] ? obj_call_method(a, "to_bytes", args, 2) : NULL;
    XDECREF(args[0]);
    DECREF(a);
    uint32_t *w = b ? calloc(nw, sizeof *w) : NULL;
    if (b && !w)
        exc_nomemory();
    for (size_t i = 0; w && i < nw * 4; i++)
        w[i / 4] |= (uint32_t)((BytesObject *)b)->data[i] << (8 * (i % 4));
    XDECREF(b);
    *len = nw;
    return w;
}

static int random_seed(RandomObject *r, Object *arg)
{
    if (!arg || arg == None)
        return seed_from_os(r);
    Object *n;
    if (obj_isinstance_type(arg, &IntType)) {
        INCREF(arg);
        n = arg;
    } else {
        int64_t h = obj_hash(arg);
        if (h == -1 && exc_occurred())
            return -1;
        n = int_from_i64(h);
    }
    size_t len;
    uint32_t *key = n ? int_words(n, &len) : NULL;
    XDECREF(n);
    if (!key)
        return -1;
    mt_init_by_array(r, key, len);
    free(key);
    return 0;
}

/* ---- methods: args[0] is the generator */

static RandomObject *self_random(Object *const *args, size_t nargs, Object *kw, const char *meth,
                                 size_t maxargs)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &RandomType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a '_random.Random' object", meth);
        return NULL;
    }
    if (kw) {
        exc_set(ExcTypeError, "Random.%s() takes no keyword arguments", meth);
        return NULL;
    }
    if (nargs - 1 > maxargs) {
        if (maxargs)
            exc_set(ExcTypeError, "%s expected at most %zu argument%s, got %zu", meth, maxargs,
                    maxargs == 1 ? "" : "s", nargs - 1);
        else
            exc_set(ExcTypeError, "Random.%s() takes no arguments (%zu given)", meth, nargs - 1);
        return NULL;
    }
    return (RandomObject *)args[0];
}

static Object *r_seed(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    RandomObject *r = self_random(args, nargs, kw, "seed", 1);
    if (!r || random_seed(r, nargs > 1 ? args[1] : NULL) < 0)
        return NULL;
    return none_new();
}

static Object *r_random(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    RandomObject *r = self_random(args, nargs, kw, "random", 0);
    if (!r)
        return NULL;
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;   /* 27 + 26 = 53 bits */
    return float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Object *r_getrandbits(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    RandomObject *r = self_random(args, nargs, kw, "getrandbits", 1);
    int64_t k;
    if (!r)
        return NULL;
    if (nargs != 2) {
        exc_set(ExcTypeError, "getrandbits() takes exactly one argument (0 given)");
        return NULL;
    }
    if (int_as_i64(args[1], &k) < 0)
        return NULL;
    if (k < 0) {
        exc_set(ExcValueError, "number of bits must be non-negative");
        return NULL;
    }
    if (k <= 32)
        return int_from_i64(k ? (int64_t)(mt_next(r) >> (32 - k)) : 0);
    size_t nw = (size_t)(k - 1) / 32 + 1;
    if (!obj_size_ok(nw * 4))
        return NULL;
    unsigned char *p = malloc(nw * 4);
    if (!p) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < nw; i++, k -= 32) {
        uint32_t w = mt_next(r);
        if (k < 32)
            w >>= 32 - k;   /* the top word keeps its high bits, as CPython's */
        for (int b = 0; b < 4; b++)
            p[i * 4 + (size_t)b] = (unsigned char)(w >> (8 * b));
    }
    Object *bytes = bytes_from(p, nw * 4);
    free(p);
    Object *from = bytes ? obj_getattr_str((Object *)&IntType, "from_bytes") : NULL;
    Object *cargs[2] = { bytes, str_intern("little") };
    Object *v = from ? obj_call(from, cargs, 2, NULL) : NULL;
    XDECREF(from);
    XDECREF(bytes);
    return v;
}

static Object *r_getstate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    RandomObject *r = self_random(args, nargs, kw, "getstate", 0);
    if (!r)
        return NULL;
    if (!r->seeded && seed_from_os(r) < 0)
        return NULL;
    Object *t = tuple_new(MT_N + 1);
    for (size_t i = 0; t && i <= MT_N; i++) {
        Object *v = int_from_i64(i < MT_N ? r->mt[i] : r->index);
        if (!v) {
            for (; i <= MT_N; i++)
                tuple_set(t, i, none_new());
            DECREF(t);
            return NULL;
        }
        tuple_set(t, i, v);
    }
    return t;
}

static Object *r_setstate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    RandomObject *r = self_random(args, nargs, kw, "setstate", 1);
    if (!r)
        return NULL;
    if (nargs != 2 || !obj_isinstance_type(args[1], &TupleType)) {
        exc_set(ExcTypeError, "state vector must be a tuple");
        return NULL;
    }
    Object *t = args[1];
    if (tuple_len(t) != MT_N + 1) {
        exc_set(ExcValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t mt[MT_N];
    int64_t v;
    for (size_t i = 0; i <= MT_N; i++) {
        Object *item = tuple_get(t, i);
        if (!obj_isinstance_type(item, &IntType)) {
            exc_set(ExcTypeError, "an integer is required (got type %s)", item->type->name);
            return NULL;
        }
        if (int_as_i64(item, &v) < 0 || v < 0 || v > (i < MT_N ? UINT32_MAX : MT_N)) {
            exc_clear();
            exc_set(i < MT_N ? ExcOverflowError : ExcValueError,
                    i < MT_N ? "Python int too large to convert to C unsigned long" : "invalid state");
            return NULL;
        }
        if (i < MT_N)
            mt[i] = (uint32_t)v;
    }
    memcpy(r->mt, mt, sizeof mt);
    r->index = (unsigned)v;
    r->seeded = true;
    return none_new();
}

static Object *random_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "Random() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "Random() expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    Type *t = (Type *)callable;
    RandomObject *r = (RandomObject *)obj_alloc(t, t->basicsize);
    if (r && random_seed(r, nargs ? args[0] : NULL) < 0)
        SETREF(r, NULL);
    return (Object *)r;
}

static const MethodDef random_methods[] = {
    { "seed", r_seed, NULL },
    { "random", r_random, NULL },
    { "getrandbits", r_getrandbits, NULL },
    { "getstate", r_getstate, NULL },
    { "setstate", r_setstate, NULL },
    { NULL, NULL, NULL },
};

static Type RandomType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Random", .base = &ObjectType,
    .basicsize = sizeof(RandomObject), .flags = TYPE_BASETYPE, .construct = random_construct,
    .methods = random_methods,
};

/* _urandom(n): n bytes from getrandom(2), for SystemRandom. */
static Object *m_urandom(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "_urandom() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (int_as_i64(args[0], &n) < 0)
        return NULL;
    if (n < 0) {
        exc_set(ExcValueError, "negative argument not allowed");
        return NULL;
    }
    if (!obj_size_ok((size_t)n))
        return NULL;
    unsigned char *p = malloc(n ? (size_t)n : 1);
    if (!p) {
        exc_nomemory();
        return NULL;
    }
    Object *b = os_random(p, (size_t)n) < 0 ? NULL : bytes_from(p, (size_t)n);
    free(p);
    return b;
}

Object *mod__random_init(void)
{
    Object *m = module_new("_random", NULL);
    if (!m || module_add(m, "Random", (Object *)&RandomType) < 0 ||
        module_add_func(m, "_urandom", m_urandom) < 0) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
