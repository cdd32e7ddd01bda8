/* vm/modules/mod_mmap.c — the `mmap` module: the mmap class over mmap(2),
 * file-backed or anonymous (fileno -1), as CPython's on Linux.
 *
 * Invariants:
 *   - A map owns its region (data, NULL once closed) and a dup of the file's
 *     descriptor (-1 for anonymous memory); close and dealloc unmap and
 *     close them exactly once, by clearing the fields first.
 *   - A map shared between threads is read and written only with the GIL
 *     held: no method releases it (msync included), so pos, size and the
 *     bytes never change under a running method.
 *   - The map exports its bytes to the buffer seam (Type.buffer); while a
 *     Buffer is held (a memoryview, a struct.pack_into) `exports` is
 *     non-zero and close and resize refuse with BufferError, so a held
 *     pointer never outlives or loses its mapping.
 *   - A read-only map (ACCESS_READ) refuses every write with CPython's
 *     TypeError before touching memory; ACCESS_COPY writes a private copy.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"

enum { ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY };
static const char *const access_names[] = { "ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE",
                                             "ACCESS_COPY" };

typedef struct MmapObject {
    Object ob;
    unsigned char *data;   /* NULL: closed */
    size_t size, pos;
    int64_t offset;
    int fd;                /* -1: anonymous */
    int access;
    size_t exports;
} MmapObject;

static Type MmapType;

static void unmap(MmapObject *m)
{
    unsigned char *p = m->data;
    int fd = m->fd;
    m->data = NULL;
    m->fd = -1;
    if (p)
        munmap(p, m->size);
    if (fd >= 0)
        close(fd);
}

static void mmap_dealloc(Object *o)
{
    unmap((MmapObject *)o);
    obj_free(o);
}

/* ---- arguments */

static bool is_int(Object *o)
{
    return obj_isinstance_type(o, &IntType) || obj_isinstance_type(o, &BoolType);
}

/* An optional int argument (absent or None: dflt). */
static int opt_int(Object *o, int64_t dflt, int64_t *out)
{
    *out = dflt;
    return o && o != None ? int_as_i64(o, out) : 0;
}

/* self of a method on an open map, its arguments counted (min to max,
 * in CPython's words); NULL with the exception. */
static MmapObject *open_self(Object *const *args, size_t nargs, Object *kw, const char *meth,
                             size_t min, size_t max)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &MmapType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'mmap.mmap' object", meth);
        return NULL;
    }
    size_t given = nargs - 1;
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", meth);
        return NULL;
    }
    if (max == 0 && given) {
        exc_set(ExcTypeError, "mmap.%s() takes no arguments (%zu given)", meth, given);
        return NULL;
    }
    if (given < min || given > max) {
        size_t want = given < min ? min : max;
        exc_set(ExcTypeError, "%s() takes %s %zu argument%s (%zu given)", meth,
                min == max ? "exactly" : given < min ? "at least" : "at most", want,
                want == 1 ? "" : "s", given);
        return NULL;
    }
    MmapObject *m = (MmapObject *)args[0];
    if (!m->data) {
        exc_set(ExcValueError, "mmap closed or invalid");
        return NULL;
    }
    return m;
}

static bool writable(MmapObject *m)
{
    if (m->access == ACCESS_READ)
        exc_set(ExcTypeError, "mmap can't modify a readonly memory map.");
    return m->access != ACCESS_READ;
}

/* ---- construction */

/* Checks the file behind fd against the requested window; *length 0 means
 * "to the end of the file". */
static int fit_to_file(int fd, int64_t offset, int64_t *length)
{
    struct stat st;
    if (fstat(fd, &st) != 0) {
        exc_set_oserror(errno);
        return -1;
    }
    if (!S_ISREG(st.st_mode))
        return 0;
    if (*length == 0) {
        if (st.st_size == 0) {
            exc_set(ExcValueError, "cannot mmap an empty file");
            return -1;
        }
        if (offset >= st.st_size) {
            exc_set(ExcValueError, "mmap offset is greater than file size");
            return -1;
        }
        *length = st.st_size - offset;
    } else if (offset > st.st_size || st.st_size - offset < *length) {
        exc_set(ExcValueError, "mmap length is greater than file size");
        return -1;
    }
    return 0;
}

/* access against flags and prot, as CPython: an access other than the
 * default fixes both, and then neither may be given otherwise. */
static int settle_access(int *access, int *flags, int *prot)
{
    if (*access < ACCESS_DEFAULT || *access > ACCESS_COPY) {
        exc_set(ExcValueError, "mmap invalid access parameter.");
        return -1;
    }
    if (*access != ACCESS_DEFAULT && (*flags != MAP_SHARED || *prot != (PROT_READ | PROT_WRITE))) {
        exc_set(ExcValueError, "mmap can't specify both access and flags, prot.");
        return -1;
    }
    if (*access == ACCESS_READ)
        *prot = PROT_READ;
    else if (*access == ACCESS_COPY)
        *flags = MAP_PRIVATE;
    else if (*access == ACCESS_DEFAULT && !(*prot & PROT_WRITE))
        *access = ACCESS_READ;
    return 0;
}

static Object *mmap_construct(Object *type, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "fileno", "length", "flags", "prot", "access", "offset", NULL };
    Object *a[6];
    int64_t fileno, length, flags, prot, access, offset;
    if (args_parse("mmap", args, nargs, kwnames, 2, kw, a) < 0 || int_as_i64(a[0], &fileno) < 0 ||
        int_as_i64(a[1], &length) < 0 || opt_int(a[2], MAP_SHARED, &flags) < 0 ||
        opt_int(a[3], PROT_READ | PROT_WRITE, &prot) < 0 ||
        opt_int(a[4], ACCESS_DEFAULT, &access) < 0 || opt_int(a[5], 0, &offset) < 0)
        return NULL;
    if (length < 0 || offset < 0) {
        exc_set(ExcOverflowError, "memory mapped %s must be positive", length < 0 ? "length" : "offset");
        return NULL;
    }
    int iflags = (int)flags, iprot = (int)prot, iaccess = (int)access;
    if (settle_access(&iaccess, &iflags, &iprot) < 0 ||
        (fileno != -1 && fit_to_file((int)fileno, offset, &length) < 0))
        return NULL;
    MmapObject *m = (MmapObject *)obj_alloc(&MmapType, sizeof *m);
    if (!m)
        return NULL;
    m->fd = -1;
    m->access = iaccess;
    m->offset = offset;
    if (fileno == -1)
        iflags |= MAP_ANONYMOUS;
    else if ((m->fd = dup((int)fileno)) < 0) {
        exc_set_oserror(errno);
        DECREF(m);
        return NULL;
    }
    void *p = mmap(NULL, (size_t)length, iprot, iflags, m->fd, (off_t)offset);
    if (p == MAP_FAILED) {
        exc_set_oserror(errno);
        DECREF(m);
        return NULL;
    }
    m->data = p;
    m->size = (size_t)length;
    return (Object *)m;
}

/* ---- reading and writing at the position */

static Object *mmap_read(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "read", 0, 1);
    Object *arg = nargs > 1 ? args[1] : NULL;
    int64_t n;
    if (!m)
        return NULL;
    if (arg && arg != None && !is_int(arg)) {
        exc_set(ExcTypeError, "argument should be integer or None, not '%s'", arg->type->name);
        return NULL;
    }
    if (opt_int(arg, -1, &n) < 0)
        return NULL;
    size_t left = m->pos < m->size ? m->size - m->pos : 0;
    size_t take = n < 0 || (uint64_t)n > left ? left : (size_t)n;
    Object *r = bytes_from(m->data + m->pos, take);
    m->pos += take;
    return r;
}

static Object *mmap_read_byte(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "read_byte", 0, 0);
    if (!m)
        return NULL;
    if (m->pos >= m->size) {
        exc_set(ExcValueError, "read byte out of range");
        return NULL;
    }
    return int_from_i64(m->data[m->pos++]);
}

static Object *mmap_readline(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "readline", 0, 0);
    if (!m)
        return NULL;
    size_t left = m->pos < m->size ? m->size - m->pos : 0;
    const unsigned char *nl = memchr(m->data + m->pos, '\n', left);
    size_t take = nl ? (size_t)(nl - (m->data + m->pos)) + 1 : left;
    Object *r = bytes_from(m->data + m->pos, take);
    m->pos += take;
    return r;
}

static Object *mmap_write(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "write", 1, 1);
    Buffer b BUFFER_SCOPED = { 0 };
    if (!m || !writable(m))
        return NULL;
    if (buffer_get(args[1], &b) < 0)
        return NULL;
    if (m->pos > m->size || m->size - m->pos < b.n) {
        exc_set(ExcValueError, "data out of range");
        return NULL;
    }
    memmove(m->data + m->pos, b.p, b.n);
    m->pos += b.n;
    return int_from_i64((int64_t)b.n);
}

static Object *mmap_write_byte(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "write_byte", 1, 1);
    int64_t v;
    if (!m || !writable(m))
        return NULL;
    if (int_as_i64(args[1], &v) < 0)
        return NULL;
    if (v < 0 || v > 255) {
        exc_set(ExcOverflowError, "unsigned byte integer is %s", v < 0 ? "less than minimum"
                                                                        : "greater than maximum");
        return NULL;
    }
    if (m->pos >= m->size) {
        exc_set(ExcValueError, "write byte out of range");
        return NULL;
    }
    m->data[m->pos++] = (unsigned char)v;
    return none_new();
}

static Object *mmap_seek(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "seek", 1, 2);
    int64_t dist, how = 0;
    if (!m)
        return NULL;
    if (int_as_i64(args[1], &dist) < 0 || opt_int(nargs > 2 ? args[2] : NULL, 0, &how) < 0)
        return NULL;
    if (how < 0 || how > 2) {
        exc_set(ExcValueError, "unknown seek type");
        return NULL;
    }
    int64_t base = how == 0 ? 0 : how == 1 ? (int64_t)m->pos : (int64_t)m->size;
    if ((dist > 0 && base > INT64_MAX - dist) || base + dist < 0 || base + dist > (int64_t)m->size) {
        exc_set(ExcValueError, "seek out of range");
        return NULL;
    }
    m->pos = (size_t)(base + dist);
    return none_new();
}

static Object *mmap_tell(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "tell", 0, 0);
    return m ? int_from_i64((int64_t)m->pos) : NULL;
}

/* size(): the file's size for a file-backed map, else the map's. */
static Object *mmap_size(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "size", 0, 0);
    struct stat st;
    if (!m)
        return NULL;
    if (m->fd < 0)
        return int_from_i64((int64_t)m->size);
    if (fstat(m->fd, &st) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64(st.st_size);
}

/* ---- searching, moving, syncing */

/* find's and rfind's [start, end) window: default start is the position,
 * negative bounds count from the end, both clamped to the map. */
static int window(MmapObject *m, Object *const *args, size_t nargs, size_t *lo, size_t *hi)
{
    int64_t s, e, n = (int64_t)m->size;
    if (opt_int(nargs > 2 ? args[2] : NULL, (int64_t)m->pos, &s) < 0 ||
        opt_int(nargs > 3 ? args[3] : NULL, n, &e) < 0)
        return -1;
    s = s < 0 ? (s + n < 0 ? 0 : s + n) : (s > n ? n : s);
    e = e < 0 ? (e + n < 0 ? 0 : e + n) : (e > n ? n : e);
    *lo = (size_t)s;
    *hi = (size_t)(e < s ? s : e);
    return 0;
}

static Object *search(Object *const *args, size_t nargs, Object *kw, const char *meth, bool reverse)
{
    MmapObject *m = open_self(args, nargs, kw, meth, 1, 3);
    Buffer b BUFFER_SCOPED = { 0 };
    size_t lo, hi;
    if (!m)
        return NULL;
    if (buffer_get(args[1], &b) < 0 || window(m, args, nargs, &lo, &hi) < 0)
        return NULL;
    if (hi - lo < b.n)
        return int_from_i64(-1);
    for (size_t k = 0; k <= hi - lo - b.n; k++) {
        size_t at = reverse ? hi - b.n - k : lo + k;
        if (memcmp(m->data + at, b.p, b.n) == 0)
            return int_from_i64((int64_t)at);
    }
    return int_from_i64(-1);
}

static Object *mmap_find(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return search(args, nargs, kw, "find", false);
}

static Object *mmap_rfind(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return search(args, nargs, kw, "rfind", true);
}

static Object *mmap_move(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "move", 3, 3);
    int64_t dest, src, cnt, n;
    if (!m)
        return NULL;
    if (int_as_i64(args[1], &dest) < 0 || int_as_i64(args[2], &src) < 0 || int_as_i64(args[3], &cnt) < 0 ||
        !writable(m))
        return NULL;
    n = (int64_t)m->size;
    if (dest < 0 || src < 0 || cnt < 0 || src > n || dest > n || n - src < cnt || n - dest < cnt) {
        exc_set(ExcValueError, "source, destination, or count out of range");
        return NULL;
    }
    memmove(m->data + dest, m->data + src, (size_t)cnt);
    return none_new();
}

/* flush(offset=0, size=len): msync for a shared file map; nothing else
 * has a file to reach. */
static Object *mmap_flush(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "flush", 0, 2);
    int64_t off, n;
    if (!m || opt_int(nargs > 1 ? args[1] : NULL, 0, &off) < 0 ||
        opt_int(nargs > 2 ? args[2] : NULL, (int64_t)m->size, &n) < 0)
        return NULL;
    if (off < 0 || n < 0 || off > (int64_t)m->size || (int64_t)m->size - off < n) {
        exc_set(ExcValueError, "flush values out of range");
        return NULL;
    }
    if (m->access == ACCESS_READ || m->access == ACCESS_COPY)
        return none_new();
    if (msync(m->data + off, (size_t)n, MS_SYNC) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *mmap_madvise(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "madvise", 1, 3);
    int64_t opt, start, len;
    if (!m)
        return NULL;
    if (int_as_i64(args[1], &opt) < 0 || opt_int(nargs > 2 ? args[2] : NULL, 0, &start) < 0)
        return NULL;
    if (start < 0 || (uint64_t)start >= m->size) {
        exc_set(ExcValueError, "madvise start out of bounds");
        return NULL;
    }
    if (opt_int(nargs > 3 ? args[3] : NULL, (int64_t)m->size - start, &len) < 0)
        return NULL;
    if (len < 0) {
        exc_set(ExcValueError, "madvise length invalid");
        return NULL;
    }
    if ((uint64_t)len > m->size - (uint64_t)start)
        len = (int64_t)m->size - start;
    if (madvise(m->data + start, (size_t)len, (int)opt) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

/* resize(newsize): the file grows or shrinks with the map (ftruncate), the
 * region follows with mremap, which may move it — hence no exports. */
static Object *mmap_resize(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, nargs, kw, "resize", 1, 1);
    int64_t n;
    if (!m)
        return NULL;
    if (m->access == ACCESS_READ || m->access == ACCESS_COPY) {
        exc_set(ExcTypeError, "mmap can't resize a readonly or copy-on-write memory map.");
        return NULL;
    }
    if (m->exports) {
        exc_set(ExcBufferError, "mmap can't resize with extant buffers exported.");
        return NULL;
    }
    if (int_as_i64(args[1], &n) < 0)
        return NULL;
    if (n < 0 || n > INT64_MAX - m->offset) {
        exc_set(ExcValueError, "new size out of range");
        return NULL;
    }
    if (m->fd >= 0 && ftruncate(m->fd, m->offset + n) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    void *p = mremap(m->data, m->size, (size_t)n, MREMAP_MAYMOVE);
    if (p == MAP_FAILED) {
        exc_set_oserror(errno);
        return NULL;
    }
    m->data = p;
    m->size = (size_t)n;
    return none_new();
}

static Object *mmap_close(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &MmapType)) {
        exc_set(ExcTypeError, "descriptor 'close' requires a 'mmap.mmap' object");
        return NULL;
    }
    MmapObject *m = (MmapObject *)args[0];
    if (m->exports) {
        exc_set(ExcBufferError, "cannot close exported pointers exist");
        return NULL;
    }
    unmap(m);
    return none_new();
}

static Object *mmap_enter(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    MmapObject *m = open_self(args, 1, NULL, "__enter__", 0, 0);
    if (m)
        INCREF(m);
    return (Object *)m;
}

static Object *mmap_get_closed(Object *o) { return bool_from(!((MmapObject *)o)->data); }

/* ---- the sequence and buffer protocols */

static ssize_t mmap_len(Object *o)
{
    MmapObject *m = (MmapObject *)o;
    if (!m->data) {
        exc_set(ExcValueError, "mmap closed or invalid");
        return -1;
    }
    return (ssize_t)m->size;
}

/* An int index made absolute and checked. */
static int index_of(MmapObject *m, Object *key, size_t *out)
{
    int64_t i;
    if (int_as_i64(key, &i) < 0)
        return -1;
    if (i < 0)
        i += (int64_t)m->size;
    if (i < 0 || (uint64_t)i >= m->size) {
        exc_set(ExcIndexError, "mmap index out of range");
        return -1;
    }
    *out = (size_t)i;
    return 0;
}

static Object *mmap_getitem(Object *o, Object *key)
{
    MmapObject *m = (MmapObject *)o;
    size_t i;
    ssize_t start, stop, step, n;
    if (mmap_len(o) < 0)
        return NULL;
    if (is_int(key))
        return index_of(m, key, &i) < 0 ? NULL : int_from_i64(m->data[i]);
    if (!obj_isinstance_type(key, &SliceType)) {
        exc_set(ExcTypeError, "mmap indices must be integers");
        return NULL;
    }
    if (slice_indices(key, (ssize_t)m->size, &start, &stop, &step, &n) < 0)
        return NULL;
    if (step == 1)
        return bytes_from(m->data + start, (size_t)n);
    unsigned char *tmp = malloc(n ? (size_t)n : 1);
    if (!tmp) {
        exc_nomemory();
        return NULL;
    }
    for (ssize_t k = 0; k < n; k++)
        tmp[k] = m->data[start + k * step];
    Object *r = bytes_from(tmp, (size_t)n);
    free(tmp);
    return r;
}

static int set_byte(MmapObject *m, Object *key, Object *value)
{
    size_t i;
    int64_t v;
    if (index_of(m, key, &i) < 0)
        return -1;
    if (!is_int(value)) {
        exc_set(ExcTypeError, "mmap item value must be an int");
        return -1;
    }
    if (int_as_i64(value, &v) < 0)
        return -1;
    if (v < 0 || v > 255) {
        exc_set(ExcValueError, "mmap item value must be in range(0, 256)");
        return -1;
    }
    m->data[i] = (unsigned char)v;
    return 0;
}

static int mmap_setitem(Object *o, Object *key, Object *value)
{
    MmapObject *m = (MmapObject *)o;
    ssize_t start, stop, step, n;
    Buffer b BUFFER_SCOPED = { 0 };
    if (mmap_len(o) < 0)
        return -1;
    if (!writable(m))
        return -1;
    if (!value) {
        exc_set(ExcTypeError, "mmap doesn't support item deletion");
        return -1;
    }
    if (is_int(key))
        return set_byte(m, key, value);
    if (!obj_isinstance_type(key, &SliceType)) {
        exc_set(ExcTypeError, "mmap indices must be integer");
        return -1;
    }
    if (slice_indices(key, (ssize_t)m->size, &start, &stop, &step, &n) < 0 || buffer_get(value, &b) < 0)
        return -1;
    if ((size_t)n != b.n) {
        exc_set(ExcIndexError, "mmap slice assignment is wrong size");
        return -1;
    }
    if (step == 1)
        memmove(m->data + start, b.p, b.n);
    else
        for (ssize_t k = 0; k < n; k++)
            m->data[start + k * step] = b.p[k];
    return 0;
}

static Object *mmap_repr(Object *o)
{
    MmapObject *m = (MmapObject *)o;
    if (!m->data)
        return str_from_cstr("<mmap.mmap closed=True>");
    return str_from_fmt("<mmap.mmap closed=False, access=%s, length=%zu, pos=%zu, offset=%lld>",
                        access_names[m->access], m->size, m->pos, (long long)m->offset);
}

/* Iteration gives one-byte bytes, where indexing gives ints, as CPython's
 * (its iteration goes through the sequence item, not the subscript). */
typedef struct MmapIter { Object ob; MmapObject *m; size_t i; } MmapIter;

static void mmapiter_dealloc(Object *o)
{
    XDECREF(((MmapIter *)o)->m);
    obj_free(o);
}

/* Reads the size at every step: the map may be resized or closed under it. */
static Object *mmapiter_next(Object *o)
{
    MmapIter *it = (MmapIter *)o;
    if (!it->m)
        return NULL;
    if (mmap_len((Object *)it->m) < 0)
        return NULL;
    if (it->i >= it->m->size) {
        SETREF(it->m, NULL);
        return NULL;
    }
    return bytes_from(it->m->data + it->i++, 1);
}

static Object *iter_self(Object *o)
{
    INCREF(o);
    return o;
}

static Type MmapIterType = {
    OBJ_HEAD_INIT(&TypeType), .name = "iterator", .base = &ObjectType,
    .basicsize = sizeof(MmapIter), .dealloc = mmapiter_dealloc, .iter = iter_self,
    .iternext = mmapiter_next,
};

static Object *mmap_iter(Object *o)
{
    MmapIter *it = (MmapIter *)obj_alloc(&MmapIterType, sizeof *it);
    if (!it)
        return NULL;
    INCREF(o);
    it->m = (MmapObject *)o;
    return (Object *)it;
}

static int mmap_buffer_get(Object *o, unsigned char **p, size_t *n, bool *readonly)
{
    MmapObject *m = (MmapObject *)o;
    if (mmap_len(o) < 0)
        return -1;
    *p = m->data;
    *n = m->size;
    *readonly = m->access == ACCESS_READ;
    return 0;
}

static void mmap_buffer_pin(Object *o, int by)
{
    ((MmapObject *)o)->exports += (size_t)by;
}

static const BufferProcs mmap_buffer = { mmap_buffer_get, mmap_buffer_pin };

static const MethodDef mmap_methods[] = {
    { "close", mmap_close, NULL },       { "find", mmap_find, NULL },
    { "rfind", mmap_rfind, NULL },       { "flush", mmap_flush, NULL },
    { "madvise", mmap_madvise, NULL },   { "move", mmap_move, NULL },
    { "read", mmap_read, NULL },         { "read_byte", mmap_read_byte, NULL },
    { "readline", mmap_readline, NULL }, { "resize", mmap_resize, NULL },
    { "seek", mmap_seek, NULL },         { "size", mmap_size, NULL },
    { "tell", mmap_tell, NULL },         { "write", mmap_write, NULL },
    { "write_byte", mmap_write_byte, NULL },
    { "__enter__", mmap_enter, NULL },   { "__exit__", mmap_close, NULL },
    { "closed", NULL, mmap_get_closed },
    { NULL, NULL, NULL },
};

static Type MmapType = {
    OBJ_HEAD_INIT(&TypeType), .name = "mmap.mmap", .base = &ObjectType, .flags = TYPE_BASETYPE,
    .basicsize = sizeof(MmapObject), .dealloc = mmap_dealloc, .construct = mmap_construct,
    .repr = mmap_repr, .getitem = mmap_getitem, .setitem = mmap_setitem, .len = mmap_len,
    .iter = mmap_iter,
    .methods = mmap_methods, .buffer = &mmap_buffer,
};

#define MMAP_INTS(X)                                                                      \
    X(MAP_SHARED) X(MAP_PRIVATE) X(MAP_ANONYMOUS) X(MAP_ANON) X(MAP_DENYWRITE)            \
    X(MAP_EXECUTABLE) X(MAP_POPULATE) X(MAP_STACK) X(PROT_READ) X(PROT_WRITE) X(PROT_EXEC) \
    X(MADV_NORMAL) X(MADV_RANDOM) X(MADV_SEQUENTIAL) X(MADV_WILLNEED) X(MADV_DONTNEED)    \
    X(MADV_FREE) X(MADV_REMOVE) X(MADV_DONTFORK) X(MADV_DOFORK) X(MADV_HWPOISON)          \
    X(MADV_MERGEABLE) X(MADV_UNMERGEABLE) X(MADV_HUGEPAGE) X(MADV_NOHUGEPAGE)             \
    X(MADV_DONTDUMP) X(MADV_DODUMP) X(ACCESS_DEFAULT) X(ACCESS_READ) X(ACCESS_WRITE)      \
    X(ACCESS_COPY)

Object *mod_mmap_init(void)
{
    Object *m = module_new("mmap", NULL);
    if (!m)
        return NULL;
    long page = sysconf(_SC_PAGESIZE);
    bool ok = module_add(m, "mmap", (Object *)&MmapType) == 0 &&
              module_add(m, "error", (Object *)ExcOSError) == 0 &&
              module_add_int(m, "PAGESIZE", page) == 0 &&
              module_add_int(m, "ALLOCATIONGRANULARITY", page) == 0;
#define ADD_INT(name) ok = ok && module_add_int(m, #name, name) == 0;
    MMAP_INTS(ADD_INT)
#undef ADD_INT
    if (ok)
        return m;
    DECREF(m);
    return NULL;
}
