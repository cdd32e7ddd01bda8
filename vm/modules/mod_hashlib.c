/* vm/modules/mod_hashlib.c — the `hashlib` module over OpenSSL's EVP digest API:
 * new(name, data), one constructor per guaranteed algorithm, HASH objects
 * (update, digest, hexdigest, copy, name, digest_size, block_size), and the
 * key derivations pbkdf2_hmac and scrypt.  blake2b and blake2s take
 * parameters (digest_size, key, salt, person, tree fields) that OpenSSL's
 * digests lack, so their HASH objects run libb2 (the BLAKE2 authors'
 * library, whose parameter block takes them all) instead.
 *
 * Invariants (who touches what, when):
 *   - An update of at least GIL_MINSIZE bytes (CPython's HASHLIB_GIL_MINSIZE)
 *     runs with the GIL released.  Without the GIL it reads only the payload
 *     of the argument, a bytes object: immutable since it was made, and kept
 *     alive by the caller's reference for the whole call.  No refcount or
 *     other object field is read or written.
 *   - A HASH's EVP context is touched only with the object's mutex held, so
 *     two threads updating one HASH take turns.  A thread that finds the
 *     mutex taken waits for it with the GIL released (the holder may be
 *     waiting for the GIL), as CPython's ENTER_HASHLIB.
 */
#include <ctype.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <blake2.h>
#include <openssl/evp.h>

#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

enum { GIL_MINSIZE = 2048 };

/* Python's name, OpenSSL's name; the guaranteed ones first (new() also
 * accepts any other name OpenSSL knows, under its own spelling).  BLAKE2's
 * two are named: their hashes are libb2's, which Blake2Kind points here. */
enum { ALGO_BLAKE2B = 10, ALGO_BLAKE2S };
static const struct Algo { const char *py, *evp; bool xof; } algos[] = {
    { "md5", "md5", false },           { "sha1", "sha1", false },
    { "sha224", "sha224", false },     { "sha256", "sha256", false },
    { "sha384", "sha384", false },     { "sha512", "sha512", false },
    { "sha3_224", "sha3-224", false }, { "sha3_256", "sha3-256", false },
    { "sha3_384", "sha3-384", false }, { "sha3_512", "sha3-512", false },
    [ALGO_BLAKE2B] = { "blake2b", "blake2b512", false }, [ALGO_BLAKE2S] = { "blake2s", "blake2s256", false },
    { "shake_128", "shake128", true }, { "shake_256", "shake256", true },
};
enum { N_ALGOS = sizeof algos / sizeof algos[0] };

/* What sets BLAKE2b and BLAKE2s apart, but for libb2's functions: the
 * sizes (digest, block, key, salt and person at most), node_offset's range,
 * and where the fields after node_offset lie in the parameter block. */
typedef struct Blake2Kind {
    const struct Algo *algo;   /* its name is algo->py */
    bool is_b;
    size_t out, block, key, salt;
    int64_t offset_max;
    size_t node_depth_at, salt_at, person_at;
} Blake2Kind;

static const Blake2Kind blake2b_kind = {
    &algos[ALGO_BLAKE2B], true, BLAKE2B_OUTBYTES, BLAKE2B_BLOCKBYTES, BLAKE2B_KEYBYTES, BLAKE2B_SALTBYTES,
    INT64_MAX, offsetof(blake2b_param, node_depth), offsetof(blake2b_param, salt), offsetof(blake2b_param, personal),
};
static const Blake2Kind blake2s_kind = {
    &algos[ALGO_BLAKE2S], false, BLAKE2S_OUTBYTES, BLAKE2S_BLOCKBYTES, BLAKE2S_KEYBYTES, BLAKE2S_SALTBYTES,
    (INT64_C(1) << 48) - 1, offsetof(blake2s_param, node_depth), offsetof(blake2s_param, salt),
    offsetof(blake2s_param, personal),
};

/* A BLAKE2 hash in progress.  libb2's final pads the state in place, so a
 * digest is taken from a copy; copying the struct copies the hash. */
typedef struct Blake2 {
    const Blake2Kind *kind;
    size_t outlen;
    union { blake2b_state b; blake2s_state s; } st;
} Blake2;

/* libb2's update and final, of the kind's state; 0 when they failed. */
static bool blake2_update(Blake2 *b, const uint8_t *p, size_t n)
{
    return (b->kind->is_b ? blake2b_update(&b->st.b, p, n) : blake2s_update(&b->st.s, p, n)) == 0;
}

static bool blake2_final(Blake2 *b, uint8_t *md)
{
    return (b->kind->is_b ? blake2b_final(&b->st.b, md, b->outlen) : blake2s_final(&b->st.s, md, b->outlen)) == 0;
}

typedef struct HashObject {
    Object ob;
    EVP_MD_CTX *ctx;    /* NULL for BLAKE2, which b2 holds instead */
    Blake2 *b2;
    pthread_mutex_t lock;
    const struct Algo *algo;
} HashObject;

static Type HashType;

/* ---- the context's mutex (see the invariants) */

static void hash_lock(HashObject *h)
{
    if (pthread_mutex_trylock(&h->lock) == 0)
        return;
    vm_block_begin("hashlib");
    pthread_mutex_lock(&h->lock);
    vm_block_end();
}

static void hash_unlock(HashObject *h) { pthread_mutex_unlock(&h->lock); }

/* ---- arguments */

/* The bytes of a bytes-like argument, held (pinned) in *hold until it
 * goes out of scope: the digest may run with the GIL released. */
static int data_arg(Object *o, Buffer *hold, const unsigned char **p, size_t *n)
{
    if (obj_isinstance_type(o, &StrType)) {
        exc_set(ExcTypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!buffer_check(o)) {
        exc_set(ExcTypeError, "object supporting the buffer API required");
        return -1;
    }
    if (buffer_get(o, hold) < 0)
        return -1;
    *p = hold->p;
    *n = hold->n;
    return 0;
}

/* Feeds n bytes to h's context, the GIL released for a large buffer. */
static int hash_feed(HashObject *h, const unsigned char *p, size_t n)
{
    int ok = 1;
    hash_lock(h);
    bool big = n >= GIL_MINSIZE;
    if (big)
        vm_block_begin("hashlib");
    if (h->b2)
        ok = blake2_update(h->b2, p, n);
    else
        ok = EVP_DigestUpdate(h->ctx, p, n);
    if (big)
        vm_block_end();
    hash_unlock(h);
    if (!ok) {
        exc_set(ExcValueError, "hashlib: digest update failed");
        return -1;
    }
    return 0;
}

/* A HASH for a: an EVP context, or BLAKE2 state when blake2 is set. */
static Object *hash_alloc(const struct Algo *a, bool blake2)
{
    HashObject *h = (HashObject *)obj_alloc(&HashType, sizeof *h);
    if (!h)
        return NULL;
    h->algo = a;
    pthread_mutex_init(&h->lock, NULL);
    h->ctx = NULL;
    h->b2 = NULL;
    if (blake2)
        h->b2 = calloc(1, sizeof *h->b2);
    else
        h->ctx = EVP_MD_CTX_new();
    if (!h->ctx && !h->b2) {
        DECREF(h);
        exc_nomemory();
        return NULL;
    }
    return (Object *)h;
}

static Object *hash_make(const struct Algo *a, Object *data)
{
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p = NULL;
    size_t n = 0;
    if (data && data_arg(data, &hold, &p, &n) < 0)
        return NULL;
    HashObject *h = (HashObject *)hash_alloc(a, false);
    if (!h)
        return NULL;
    const EVP_MD *md = EVP_get_digestbyname(a->evp);
    if (!md || !EVP_DigestInit_ex(h->ctx, md, NULL)) {
        DECREF(h);
        exc_set(ExcValueError, "unsupported hash type %s", a->py);
        return NULL;
    }
    if (n && hash_feed(h, p, n) < 0) {
        DECREF(h);
        return NULL;
    }
    return (Object *)h;
}

static void hash_dealloc(Object *o)
{
    HashObject *h = (HashObject *)o;
    EVP_MD_CTX_free(h->ctx);
    free(h->b2);
    pthread_mutex_destroy(&h->lock);
    obj_free(o);
}

/* ---- constructors */

/* (string=b'', *, usedforsecurity=True), as CPython's openssl_NAME(). */
static Object *ctor_args(const char *fn, Object *const *args, size_t nargs, Object *kwnames,
                         size_t npos_max, const char *const names[], Object **out)
{
    for (size_t k = 0; kwnames && k < tuple_len(kwnames); k++) {
        const char *kn = str_utf8(tuple_get(kwnames, k));
        size_t i = 0;
        while (names[i] && strcmp(names[i], kn))
            i++;
        if (!names[i]) {
            exc_set(ExcTypeError, "'%s' is an invalid keyword argument for %s()", kn, fn);
            return NULL;
        }
    }
    size_t npos = nargs - (kwnames ? tuple_len(kwnames) : 0);
    if (npos > npos_max) {
        exc_set(ExcTypeError, "%s() takes at most %zu positional argument%s (%zu given)", fn,
                npos_max, npos_max == 1 ? "" : "s", npos);
        return NULL;
    }
    return args_parse(fn, args, nargs, kwnames, 0, names, out) < 0 ? NULL : None;
}

#define ALGO_CTOR(i, nm)                                                                     \
    static Object *ctor_##nm(Object *f, Object *const *args, size_t nargs, Object *kwnames)  \
    {                                                                                        \
        static const char *const names[] = { "string", "usedforsecurity", NULL };           \
        Object *a[2];                                                                        \
        if (!ctor_args("openssl_" #nm, args, nargs, kwnames, 1, names, a))                   \
            return NULL;                                                                     \
        return hash_make(&algos[i], a[0]);                                                   \
    }
ALGO_CTOR(0, md5)
ALGO_CTOR(1, sha1)
ALGO_CTOR(2, sha224)
ALGO_CTOR(3, sha256)
ALGO_CTOR(4, sha384)
ALGO_CTOR(5, sha512)
ALGO_CTOR(6, sha3_224)
ALGO_CTOR(7, sha3_256)
ALGO_CTOR(8, sha3_384)
ALGO_CTOR(9, sha3_512)
ALGO_CTOR(12, shake_128)
ALGO_CTOR(13, shake_256)
#undef ALGO_CTOR

/* ---- BLAKE2: blake2b/blake2s(data=b'', /, *, digest_size, key, salt,
 * person, fanout, depth, leaf_size, node_offset, node_depth, inner_size,
 * last_node, usedforsecurity), computed by libb2 */

/* The parameters as checked, before they go into libb2's parameter block. */
typedef struct Blake2Params {
    size_t digest_size, key_len, salt_len, person_len;
    const unsigned char *key, *salt, *person;
    unsigned fanout, depth, node_depth, inner_size;
    uint32_t leaf_size;
    uint64_t node_offset;
    bool last_node;
} Blake2Params;

enum { B2_DATA, B2_DIGEST, B2_KEY, B2_SALT, B2_PERSON, B2_FANOUT, B2_DEPTH, B2_LEAF,
       B2_OFFSET, B2_NDEPTH, B2_INNER, B2_LAST, B2_SECURITY, B2_N };
static const char *const blake2_names[] = {
    "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
    "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", NULL,
};

/* An integer parameter (dflt when absent) in [lo, hi], else ValueError msg. */
static int b2_int(Object *o, int64_t dflt, int64_t lo, int64_t hi, const char *msg, int64_t *out)
{
    *out = dflt;
    if (!o)
        return 0;
    if (int_as_index(o, out) < 0)
        return -1;
    if (*out < lo || *out > hi) {
        exc_set(ExcValueError, "%s", msg);
        return -1;
    }
    return 0;
}

/* leaf_size and node_offset: negative is a ValueError, too wide an
 * OverflowError naming the parameter. */
static int b2_count(Object *o, int64_t max, const char *name, int64_t *out)
{
    *out = 0;
    if (!o)
        return 0;
    if (int_as_index(o, out) < 0)
        return -1;
    if (*out < 0) {
        exc_set(ExcValueError, "value must be positive");
        return -1;
    }
    if (*out > max) {
        exc_set(ExcOverflowError, "%s is too large", name);
        return -1;
    }
    return 0;
}

/* A bytes-like parameter of at most max bytes (empty when absent). */
static int b2_bytes(Object *o, Buffer *hold, size_t max, const char *what,
                    const unsigned char **p, size_t *n)
{
    *p = NULL;
    *n = 0;
    if (!o)
        return 0;
    if (!buffer_check(o)) {
        exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", o->type->name);
        return -1;
    }
    if (buffer_get(o, hold) < 0)
        return -1;
    if (hold->n > max) {
        exc_set(ExcValueError, "maximum %s length is %zu bytes", what, max);
        return -1;
    }
    *p = hold->p;
    *n = hold->n;
    return 0;
}

/* The checked integer parameters of a[] into p, as python3 words errors. */
static int b2_int_params(const Blake2Kind *k, Object **a, Blake2Params *p)
{
    int64_t out_max = (int64_t)k->out, v[7];
    char dmsg[64], imsg[64];
    snprintf(dmsg, sizeof dmsg, "digest_size must be between 1 and %d bytes", (int)out_max);
    /* sic: python3's message for inner_size */
    snprintf(imsg, sizeof imsg, "inner_size must be between 0 and is %d", (int)out_max);
    if (b2_int(a[B2_DIGEST], out_max, 1, out_max, dmsg, &v[0]) < 0 ||
        b2_int(a[B2_FANOUT], 1, 0, 255, "fanout must be between 0 and 255", &v[1]) < 0 ||
        b2_int(a[B2_DEPTH], 1, 1, 255, "depth must be between 1 and 255", &v[2]) < 0 ||
        b2_count(a[B2_LEAF], UINT32_MAX, "leaf_size", &v[3]) < 0 ||
        b2_count(a[B2_OFFSET], k->offset_max, "node_offset", &v[4]) < 0 ||
        b2_int(a[B2_NDEPTH], 0, 0, 255, "node_depth must be between 0 and 255", &v[5]) < 0 ||
        b2_int(a[B2_INNER], 0, 0, out_max, imsg, &v[6]) < 0)
        return -1;
    int last = a[B2_LAST] ? obj_truth(a[B2_LAST]) : 0;
    if (last < 0)
        return -1;
    p->digest_size = (size_t)v[0];
    p->fanout = (unsigned)v[1];
    p->depth = (unsigned)v[2];
    p->leaf_size = (uint32_t)v[3];
    p->node_offset = (uint64_t)v[4];
    p->node_depth = (unsigned)v[5];
    p->inner_size = (unsigned)v[6];
    p->last_node = last;
    return 0;
}

/* n bytes from src, which may be NULL when n is 0 (an absent parameter). */
static void copy_in(uint8_t *dst, const unsigned char *src, size_t n)
{
    if (n)
        memcpy(dst, src, n);
}

/* The parameter block's multi-byte fields are little-endian, whatever the host. */
static void le_store(uint8_t *dst, uint64_t v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dst[i] = (uint8_t)(v >> (8 * i));
}

/* Starts b as p asks: the parameter block, then a key as a first block of
 * its own, zero-padded (how BLAKE2 keys a hash).  The block is built as
 * bytes, which is how libb2 reads it: the two kinds agree up to the start
 * of node_offset (byte 8), whose width moves the fields after it. */
static void blake2_start(Blake2 *b, const Blake2Kind *k, const Blake2Params *p)
{
    union { blake2b_param b; blake2s_param s; uint8_t raw[sizeof(blake2b_param)]; } P = { .raw = { 0 } };
    uint8_t *r = P.raw;
    r[0] = (uint8_t)p->digest_size;
    r[1] = (uint8_t)p->key_len;
    r[2] = (uint8_t)p->fanout;
    r[3] = (uint8_t)p->depth;
    le_store(r + 4, p->leaf_size, 4);
    le_store(r + 8, p->node_offset, k->node_depth_at - 8);
    r[k->node_depth_at] = (uint8_t)p->node_depth;
    r[k->node_depth_at + 1] = (uint8_t)p->inner_size;
    copy_in(r + k->salt_at, p->salt, p->salt_len);
    copy_in(r + k->person_at, p->person, p->person_len);
    b->kind = k;
    b->outlen = p->digest_size;
    if (k->is_b) {
        blake2b_init_param(&b->st.b, &P.b);
        b->st.b.last_node = p->last_node;
    } else {
        blake2s_init_param(&b->st.s, &P.s);
        b->st.s.last_node = p->last_node;
    }
    if (p->key_len) {
        uint8_t key[BLAKE2B_BLOCKBYTES] = { 0 };
        copy_in(key, p->key, p->key_len);
        blake2_update(b, key, k->block);
    }
}

static Object *blake2_make(const Blake2Kind *k, Object *const *args, size_t nargs, Object *kwnames)
{
    for (size_t i = 0; kwnames && i < tuple_len(kwnames); i++)
        if (!strcmp(str_utf8(tuple_get(kwnames, i)), "data")) {   /* positional only */
            exc_set(ExcTypeError, "'data' is an invalid keyword argument for %s()", k->algo->py);
            return NULL;
        }
    Object *a[B2_N];
    if (!ctor_args(k->algo->py, args, nargs, kwnames, 1, blake2_names, a))
        return NULL;
    Blake2Params p = { 0 };
    Buffer kh BUFFER_SCOPED = { 0 }, sh BUFFER_SCOPED = { 0 }, ph BUFFER_SCOPED = { 0 };
    if (b2_int_params(k, a, &p) < 0 ||
        b2_bytes(a[B2_SALT], &sh, k->salt, "salt", &p.salt, &p.salt_len) < 0 ||
        b2_bytes(a[B2_PERSON], &ph, k->salt, "person", &p.person, &p.person_len) < 0 ||
        b2_bytes(a[B2_KEY], &kh, k->key, "key", &p.key, &p.key_len) < 0)
        return NULL;
    Buffer dh BUFFER_SCOPED = { 0 };
    const unsigned char *d = NULL;
    size_t n = 0;
    if (a[B2_DATA] && data_arg(a[B2_DATA], &dh, &d, &n) < 0)
        return NULL;
    HashObject *h = (HashObject *)hash_alloc(k->algo, true);
    if (!h)
        return NULL;
    blake2_start(h->b2, k, &p);
    if (n && hash_feed(h, d, n) < 0) {
        DECREF(h);
        return NULL;
    }
    return (Object *)h;
}

static Object *ctor_blake2b(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    return blake2_make(&blake2b_kind, args, nargs, kwnames);
}

static Object *ctor_blake2s(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    return blake2_make(&blake2s_kind, args, nargs, kwnames);
}

static const CallFn ctors[N_ALGOS] = {
    ctor_md5, ctor_sha1, ctor_sha224, ctor_sha256, ctor_sha384, ctor_sha512, ctor_sha3_224,
    ctor_sha3_256, ctor_sha3_384, ctor_sha3_512, ctor_blake2b, ctor_blake2s, ctor_shake_128,
    ctor_shake_256,
};

/* The algorithm a name (as new() takes it) means; ValueError if none. */
static const struct Algo *algo_named(const char *name)
{
    for (size_t i = 0; i < N_ALGOS; i++)
        if (!strcasecmp(name, algos[i].py) || !strcasecmp(name, algos[i].evp))
            return &algos[i];
    exc_set(ExcValueError, "unsupported hash type %s", name);
    return NULL;
}

static Object *hl_new(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = { "name", "data", "usedforsecurity", NULL };
    Object *a[3];
    size_t npos = nargs - (kwnames ? tuple_len(kwnames) : 0);
    if (npos >= 1 && obj_isinstance_type(args[0], &StrType)) {
        /* new('blake2b', data, digest_size=...) passes the rest on, as python3 */
        const char *nm = str_utf8(args[0]);
        if (!strcasecmp(nm, "blake2b") || !strcasecmp(nm, "blake2s"))
            return blake2_make(tolower((unsigned char)nm[6]) == 'b' ? &blake2b_kind : &blake2s_kind, args + 1,
                               nargs - 1, kwnames);
    }
    if (!ctor_args("new", args, nargs, kwnames, 2, names, a))
        return NULL;
    if (!a[0]) {
        exc_set(ExcTypeError, "new() missing required argument 'name' (pos 1)");
        return NULL;
    }
    if (!obj_isinstance_type(a[0], &StrType)) {
        exc_set(ExcTypeError, "name must be a string");
        return NULL;
    }
    const struct Algo *algo = algo_named(str_utf8(a[0]));
    return algo ? hash_make(algo, a[1]) : NULL;
}

/* ---- file_digest (3.11) */

/* A fresh hash object from file_digest's digest: a name as new() takes, or
 * a callable returning a hash object. */
static Object *digest_start(Object *digest)
{
    if (!obj_isinstance_type(digest, &StrType))
        return obj_call(digest, NULL, 0, NULL);
    const struct Algo *algo = algo_named(str_utf8(digest));
    return algo ? hash_make(algo, NULL) : NULL;
}

/* Whether fileobj reads bytes as python3 asks: readinto and readable() true. */
static int binary_reader(Object *fileobj)
{
    Object *readinto = obj_getattr_str(fileobj, "readinto");
    if (!readinto) {
        exc_clear();
        return 0;
    }
    DECREF(readinto);
    Object *readable = obj_call_method(fileobj, "readable", NULL, 0);
    if (!readable) {
        exc_clear();
        return 0;
    }
    int ok = obj_truth(readable);
    DECREF(readable);
    return ok;
}

/* Feed h what fileobj.read() gives, a chunk at a time, until it gives b''. */
static int digest_feed(Object *h, Object *fileobj)
{
    Object *size = int_from_i64(1 << 18);
    for (;;) {
        Object *chunk = size ? obj_call_method(fileobj, "read", &size, 1) : NULL;
        ssize_t n = chunk ? obj_len(chunk) : -1;
        Object *done = n > 0 ? obj_call_method(h, "update", &chunk, 1) : NULL;
        XDECREF(chunk);
        if (n <= 0 || !done) {
            XDECREF(size);
            return n == 0 ? 0 : -1;
        }
        DECREF(done);
    }
}

static Object *hl_file_digest(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    if (nargs != 2 || kwnames) {
        exc_set(ExcTypeError, "file_digest() takes exactly 2 positional arguments");
        return NULL;
    }
    int ok = binary_reader(args[0]);
    if (ok <= 0) {
        Object *r = ok < 0 ? NULL : obj_repr(args[0]);
        if (r) {
            exc_set(ExcValueError, "'%s' is not a file-like object in binary reading mode.",
                    str_utf8(r));
            DECREF(r);
        }
        return NULL;
    }
    Object *h = digest_start(args[1]);
    if (h && digest_feed(h, args[0]) < 0) {
        DECREF(h);
        return NULL;
    }
    return h;
}

/* ---- key derivation */

/* The EVP digest behind a name as new() takes it; ValueError otherwise. */
static const EVP_MD *digest_named(const char *name)
{
    for (size_t i = 0; i < N_ALGOS; i++)
        if (!strcasecmp(name, algos[i].py) || !strcasecmp(name, algos[i].evp))
            name = algos[i].evp;
    const EVP_MD *md = EVP_get_digestbyname(name);
    if (!md)
        exc_set(ExcValueError, "unsupported hash type %s", name);
    return md;
}

/* A count that must be positive (iterations, dklen): ValueError `what`. */
static int positive_arg(Object *o, const char *what, int64_t *out)
{
    if (int_as_i64(o, out) < 0)
        return -1;
    if (*out < 1) {
        exc_set(ExcValueError, "%s must be greater than 0.", what);
        return -1;
    }
    if (*out > INT32_MAX) {
        exc_set(ExcOverflowError, "%s is too great.", what);
        return -1;
    }
    return 0;
}

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): OpenSSL's
 * PKCS5_PBKDF2_HMAC, run with the GIL released (the buffers are pinned). */
static Object *hl_pbkdf2_hmac(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = { "hash_name", "password", "salt", "iterations",
                                         "dklen", NULL };
    Object *a[5];
    if (args_parse("pbkdf2_hmac", args, nargs, kwnames, 0, names, a) < 0)
        return NULL;
    for (size_t i = 0; i < 4; i++)
        if (!a[i]) {
            exc_set(ExcTypeError, "pbkdf2_hmac() missing required argument '%s' (pos %zu)",
                    names[i], i + 1);
            return NULL;
        }
    if (!obj_isinstance_type(a[0], &StrType)) {
        exc_set(ExcTypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                a[0]->type->name);
        return NULL;
    }
    Buffer pw BUFFER_SCOPED = { 0 }, salt BUFFER_SCOPED = { 0 };
    int64_t iters, dklen = 0;
    if (buffer_get(a[1], &pw) < 0 || buffer_get(a[2], &salt) < 0 ||
        positive_arg(a[3], "iteration value", &iters) < 0)
        return NULL;
    const EVP_MD *md = digest_named(str_utf8(a[0]));
    if (!md)
        return NULL;
    dklen = EVP_MD_get_size(md);
    if (a[4] && a[4] != None && positive_arg(a[4], "key length", &dklen) < 0)
        return NULL;
    unsigned char *key = malloc((size_t)dklen);
    if (!key) {
        exc_nomemory();
        return NULL;
    }
    vm_block_begin("hashlib");
    int ok = PKCS5_PBKDF2_HMAC((const char *)pw.p, (int)pw.n, salt.p, (int)salt.n, (int)iters,
                               md, (int)dklen, key);
    vm_block_end();
    Object *r = ok ? bytes_from(key, (size_t)dklen) : NULL;
    free(key);
    if (!ok)
        exc_set(ExcValueError, "hashlib: key derivation failed");
    return r;
}

/* scrypt's n, r or p: a non-negative int, else python3's TypeErrors. */
static int scrypt_uint_arg(Object *o, const char *name, uint64_t *out)
{
    int64_t v;
    if (o && o != None && !obj_isinstance_type(o, &IntType)) {
        exc_set(ExcTypeError, "scrypt() argument '%s' must be int, not %s", name, o->type->name);
        return -1;
    }
    if (!o || o == None || int_as_i64(o, &v) < 0 || v < 0) {
        exc_clear();
        exc_set(ExcTypeError, "%s is required and must be an unsigned int", name);
        return -1;
    }
    *out = (uint64_t)v;
    return 0;
}

/* maxmem or dklen: an int in [lo, INT32_MAX), else ValueError `range`. */
static int scrypt_range_arg(Object *o, int64_t lo, const char *range, int64_t *out)
{
    if (int_as_i64(o, out) < 0)
        return -1;
    if (*out < lo || *out >= INT32_MAX) {
        exc_set(ExcValueError, "%s smaller than 2147483647", range);
        return -1;
    }
    return 0;
}

/* scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64): OpenSSL's
 * EVP_PBE_scrypt, run with the GIL released (the buffers are pinned). */
static Object *hl_scrypt(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const names[] = { "password", "salt", "n", "r", "p", "maxmem", "dklen",
                                         NULL };
    size_t npos = nargs - (kwnames ? tuple_len(kwnames) : 0);
    if (npos > 1) {
        exc_set(ExcTypeError, "scrypt() takes exactly 1 positional argument (%zu given)", npos);
        return NULL;
    }
    Object *a[7];
    if (args_parse("scrypt", args, nargs, kwnames, 1, names, a) < 0)
        return NULL;
    Buffer pw BUFFER_SCOPED = { 0 }, salt BUFFER_SCOPED = { 0 };
    if (buffer_get(a[0], &pw) < 0)
        return NULL;
    if (!a[1] || a[1] == None) {
        exc_set(ExcTypeError, "salt is required");
        return NULL;
    }
    uint64_t n, r, p;
    int64_t maxmem = 0, dklen = 64;
    if (buffer_get(a[1], &salt) < 0 || scrypt_uint_arg(a[2], "n", &n) < 0 ||
        scrypt_uint_arg(a[3], "r", &r) < 0 || scrypt_uint_arg(a[4], "p", &p) < 0 ||
        (a[5] && scrypt_range_arg(a[5], 0, "maxmem must be positive and", &maxmem) < 0) ||
        (a[6] && scrypt_range_arg(a[6], 1, "dklen must be greater than 0 and", &dklen) < 0))
        return NULL;
    if (n < 2 || (n & (n - 1))) {
        exc_set(ExcValueError, "n must be a power of 2.");
        return NULL;
    }
    /* OpenSSL's own check of the combination (and of the memory it needs) */
    if (!EVP_PBE_scrypt(NULL, 0, NULL, 0, n, r, p, (uint64_t)maxmem, NULL, 0)) {
        exc_set(ExcValueError, "Invalid parameter combination for n, r, p, maxmem.");
        return NULL;
    }
    unsigned char *key = malloc((size_t)dklen);
    if (!key) {
        exc_nomemory();
        return NULL;
    }
    vm_block_begin("hashlib");
    int ok = EVP_PBE_scrypt((const char *)pw.p, pw.n, salt.p, salt.n, n, r, p, (uint64_t)maxmem,
                            key, (size_t)dklen);
    vm_block_end();
    Object *res = ok ? bytes_from(key, (size_t)dklen) : NULL;
    free(key);
    if (!ok)
        exc_set(ExcValueError, "hashlib: key derivation failed");
    return res;
}

/* ---- HASH methods */

static HashObject *self_hash(Object *const *args, size_t nargs, Object *kw, const char *meth,
                             size_t want)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &HashType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a '_hashlib.HASH' object", meth);
        return NULL;
    }
    if (kw) {
        exc_set(ExcTypeError, "HASH.%s() takes no keyword arguments", meth);
        return NULL;
    }
    if (nargs - 1 != want) {
        if (want)
            exc_set(ExcTypeError, "HASH.%s() takes exactly one argument (%zu given)", meth, nargs - 1);
        else
            exc_set(ExcTypeError, "HASH.%s() takes no arguments (%zu given)", meth, nargs - 1);
        return NULL;
    }
    return (HashObject *)args[0];
}

static Object *hash_update(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    HashObject *h = self_hash(args, nargs, kw, "update", 1);
    Buffer hold BUFFER_SCOPED = { 0 };
    const unsigned char *p;
    size_t n;
    if (!h || data_arg(args[1], &hold, &p, &n) < 0 || hash_feed(h, p, n) < 0)
        return NULL;
    return none_new();
}

/* Writes the len-byte digest of h's input so far into md, on a copy of the
 * state so h can go on; 0 when OpenSSL failed. */
static int hash_final_into(HashObject *h, unsigned char *md, size_t len, unsigned int *got)
{
    if (h->b2) {
        hash_lock(h);
        Blake2 c = *h->b2;
        hash_unlock(h);
        return blake2_final(&c, md);
    }
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (!c)
        return 0;
    hash_lock(h);
    int ok = EVP_MD_CTX_copy_ex(c, h->ctx);
    hash_unlock(h);
    ok = ok && (h->algo->xof ? EVP_DigestFinalXOF(c, md, len) : EVP_DigestFinal_ex(c, md, got));
    EVP_MD_CTX_free(c);
    return ok;
}

/* The digest of what was fed so far, h left to go on (len: a shake's
 * output length). */
static Object *hash_final(HashObject *h, size_t len, bool hex)
{
    unsigned char *md = malloc(len ? len : 1);
    unsigned int got = (unsigned int)len;
    if (!md) {
        exc_nomemory();
        return NULL;
    }
    int ok = hash_final_into(h, md, len, &got);
    Object *r = NULL;
    if (!ok)
        exc_set(ExcValueError, "hashlib: digest failed");
    else if (!hex)
        r = bytes_from(md, got);
    else {
        char *s = malloc(2 * (size_t)got + 1);
        for (unsigned int i = 0; s && i < got; i++)
            snprintf(s + 2 * i, 3, "%02x", md[i]);
        r = s ? str_from_utf8(s, 2 * (size_t)got) : (exc_nomemory(), NULL);
        free(s);
    }
    free(md);
    return r;
}

static Object *digest_impl(Object *const *args, size_t nargs, Object *kw, const char *meth,
                           bool hex)
{
    if (nargs >= 1 && obj_isinstance_type(args[0], &HashType) &&
        ((HashObject *)args[0])->algo->xof) {
        static const char *const names[] = { "length", NULL };
        Object *a[1];
        int64_t len;
        if (args_parse(meth, args + 1, nargs - 1, kw, 1, names, a) < 0 || int_as_i64(a[0], &len) < 0)
            return NULL;
        if (len < 0) {
            exc_set(ExcValueError, "length must be non-negative");
            return NULL;
        }
        return hash_final((HashObject *)args[0], (size_t)len, hex);
    }
    HashObject *h = self_hash(args, nargs, kw, meth, 0);
    if (!h)
        return NULL;
    return hash_final(h, h->b2 ? h->b2->outlen : (size_t)EVP_MD_CTX_size(h->ctx), hex);
}

static Object *hash_digest(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return digest_impl(args, nargs, kw, "digest", false);
}

static Object *hash_hexdigest(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return digest_impl(args, nargs, kw, "hexdigest", true);
}

static Object *hash_copy(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    HashObject *h = self_hash(args, nargs, kw, "copy", 0);
    HashObject *c = h ? (HashObject *)hash_alloc(h->algo, h->b2 != NULL) : NULL;
    if (!c)
        return NULL;
    hash_lock(h);
    int ok = 1;
    if (h->b2)
        *c->b2 = *h->b2;
    else
        ok = EVP_MD_CTX_copy_ex(c->ctx, h->ctx);
    hash_unlock(h);
    if (!ok) {
        DECREF(c);
        exc_set(ExcValueError, "hashlib: copy failed");
        return NULL;
    }
    return (Object *)c;
}

static Object *hash_get_name(Object *o) { return str_from_cstr(((HashObject *)o)->algo->py); }

static Object *hash_get_digest_size(Object *o)
{
    HashObject *h = (HashObject *)o;
    if (h->b2)
        return int_from_i64((int64_t)h->b2->outlen);
    return int_from_i64(h->algo->xof ? 0 : EVP_MD_CTX_size(h->ctx));
}

static Object *hash_get_block_size(Object *o)
{
    HashObject *h = (HashObject *)o;
    if (h->b2)
        return int_from_i64((int64_t)h->b2->kind->block);
    return int_from_i64(EVP_MD_CTX_block_size(h->ctx));
}

static Object *hash_repr(Object *o)
{
    return str_from_fmt("<%s _hashlib.HASH object @ %p>", ((HashObject *)o)->algo->py, (void *)o);
}

static const MethodDef hash_methods[] = {
    { "update", hash_update, NULL },
    { "digest", hash_digest, NULL },
    { "hexdigest", hash_hexdigest, NULL },
    { "copy", hash_copy, NULL },
    { "name", NULL, hash_get_name },
    { "digest_size", NULL, hash_get_digest_size },
    { "block_size", NULL, hash_get_block_size },
    { NULL, NULL, NULL },
};

static Type HashType = {
    OBJ_HEAD_INIT(&TypeType), .name = "HASH", .base = &ObjectType,
    .basicsize = sizeof(HashObject), .dealloc = hash_dealloc, .repr = hash_repr,
    .methods = hash_methods,
};

/* ---- the module */

/* algorithms_guaranteed and algorithms_available: the same names here, a
 * tuple (CPython's are sets; sorted() of either gives the same list). */
static Object *algo_names(void)
{
    Object *t = tuple_new(N_ALGOS);
    for (size_t i = 0; t && i < N_ALGOS; i++) {
        Object *s = str_from_cstr(algos[i].py);
        if (!s) {
            DECREF(t);
            return NULL;
        }
        tuple_set(t, i, s);
    }
    return t;
}

Object *mod_hashlib_init(void)
{
    Object *m = module_new("hashlib", NULL);
    Object *names = m ? algo_names() : NULL;
    int bad = !names || module_add_func(m, "new", hl_new) < 0 ||
              module_add_func(m, "pbkdf2_hmac", hl_pbkdf2_hmac) < 0 ||
              module_add_func(m, "scrypt", hl_scrypt) < 0 ||
              module_add_func(m, "file_digest", hl_file_digest) < 0 ||
              module_add(m, "algorithms_guaranteed", names) < 0 ||
              module_add(m, "algorithms_available", names) < 0;
    for (size_t i = 0; !bad && i < N_ALGOS; i++)
        bad = module_add_func(m, algos[i].py, ctors[i]) < 0;
    XDECREF(names);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
