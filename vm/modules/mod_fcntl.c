/* vm/modules/mod_fcntl.c — the `fcntl` module: fcntl, ioctl, flock and
 * lockf with the <fcntl.h> constants Linux offers, as CPython's.
 *
 * A descriptor is an int or an object with fileno().  A bytes-like (or
 * str) argument crosses in a local buffer of ARG_MAX bytes, so the call
 * sees a C copy and the result is a new bytes of the same length; only
 * ioctl on a larger writable buffer passes the object's own bytes, pinned
 * by a held Buffer and with the GIL kept.
 *
 * Invariant: the calls that may wait (flock and lockf without LOCK_NB,
 * F_SETLKW and F_OFD_SETLKW) run between vm_block_begin and vm_block_end
 * on C values only — no Python object is read or written while the GIL is
 * released.  An interrupted wait (EINTR) takes the GIL back, runs the
 * pending signal handlers (KeyboardInterrupt on the main thread) and is
 * retried, as the other blocking calls here (PEP 475).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "vm/modules/mod_os.h"
#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

enum { ARG_MAX = 1024 };   /* CPython's limit on a bytes argument */

/* What one system call needs, in C values only, so it can run without the GIL. */
typedef struct FcntlCall {
    enum { CALL_FCNTL, CALL_IOCTL, CALL_FLOCK } kind;
    int fd, cmd;
    unsigned long request;
    long iarg;
    void *parg;   /* NULL: iarg is the argument */
} FcntlCall;

static int call_once(const FcntlCall *c)
{
    switch (c->kind) {
    case CALL_FCNTL:
        return c->parg ? fcntl(c->fd, c->cmd, c->parg) : fcntl(c->fd, c->cmd, c->iarg);
    case CALL_IOCTL:
        return c->parg ? ioctl(c->fd, c->request, c->parg) : ioctl(c->fd, c->request, c->iarg);
    case CALL_FLOCK:
        return flock(c->fd, c->cmd);
    }
    return -1;
}

/* The call's result, or -1 with OSError set.  With may_block the GIL is
 * released around it (see the invariant above). */
static int run(const FcntlCall *c, bool may_block, const char *what)
{
    int r = -1, err = EINTR;
    do {
        if (may_block) {
            vm_block_begin(what);
            if (!vm_block_interrupted()) {
                r = call_once(c);
                err = errno;
            }
            vm_block_end();
        } else {
            r = call_once(c);
            err = errno;
        }
    } while (r < 0 && err == EINTR && vmthread_check_signals() == 0);
    if (r < 0 && err != EINTR)
        exc_set_oserror(err);
    return r;
}

static bool nargs_ok(const char *fn, size_t nargs, Object *kw, size_t min, size_t max)
{
    if (kw)
        exc_set(ExcTypeError, "fcntl.%s() takes no keyword arguments", fn);
    else if (nargs < min || nargs > max) {
        if (min == max)
            exc_set(ExcTypeError, "%s expected %zu arguments, got %zu", fn, min, nargs);
        else
            exc_set(ExcTypeError, "%s expected at %s %zu argument%s, got %zu", fn,
                    nargs < min ? "least" : "most", nargs < min ? min : max,
                    (nargs < min ? min : max) == 1 ? "" : "s", nargs);
    }
    return !kw && nargs >= min && nargs <= max;
}

static bool is_int(Object *o)
{
    return obj_isinstance_type(o, &IntType) || obj_isinstance_type(o, &BoolType);
}

static int c_int_arg(Object *o, int *out)
{
    int64_t v;
    if (int_as_i64(o, &v) < 0)
        return -1;
    if (v < INT_MIN || v > INT_MAX) {
        exc_set(ExcOverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A str or bytes-like argument copied into buf: its length, or -1. */
static ssize_t copy_arg(Object *o, char buf[ARG_MAX], const char *fn)
{
    const unsigned char *p;
    size_t n;
    if (obj_isinstance_type(o, &StrType)) {
        p = (const unsigned char *)str_utf8(o);
        n = ((StrObject *)o)->nbytes;
    } else if (buffer_peek(o, &p, &n) < 0)
        return -1;
    if (n > ARG_MAX) {
        exc_set(ExcValueError, "%s string arg too long", fn);
        return -1;
    }
    memcpy(buf, p, n);
    return (ssize_t)n;
}

static bool cmd_may_block(int cmd)
{
    return cmd == F_SETLKW || cmd == F_OFD_SETLKW;
}

/* fcntl(fd, cmd, arg=0): an int result, or for a bytes-like arg the
 * buffer as the system left it. */
static Object *fcntl_fcntl(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    FcntlCall c = { .kind = CALL_FCNTL };
    if (!nargs_ok("fcntl", nargs, kw, 2, 3) || os_fd_of(args[0], &c.fd) < 0 ||
        c_int_arg(args[1], &c.cmd) < 0)
        return NULL;
    Object *arg = nargs > 2 ? args[2] : NULL;
    if (!arg || is_int(arg)) {
        int64_t v = 0;
        if (arg && int_as_i64(arg, &v) < 0)
            return NULL;
        c.iarg = (int)(unsigned)v;   /* passed as a C int, truncated, as CPython */
        int r = run(&c, cmd_may_block(c.cmd), "fcntl");
        return r < 0 ? NULL : int_from_i64(r);
    }
    if (!obj_isinstance_type(arg, &StrType) && !buffer_check(arg)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", arg->type->name);
        return NULL;
    }
    char buf[ARG_MAX];
    ssize_t n = copy_arg(arg, buf, "fcntl");
    if (n < 0)
        return NULL;
    c.parg = buf;
    return run(&c, cmd_may_block(c.cmd), "fcntl") < 0 ? NULL : bytes_from(buf, (size_t)n);
}

/* ioctl on a writable buffer with mutate_flag: the buffer takes the
 * result; small ones through a copy, as CPython, larger ones in place. */
static Object *ioctl_mutate(FcntlCall *c, Buffer *b)
{
    char buf[ARG_MAX];
    bool small = b->n <= ARG_MAX;
    if (small)
        memcpy(buf, b->p, b->n);
    c->parg = small ? (void *)buf : (void *)b->p;
    int r = run(c, false, "ioctl");
    if (r < 0)
        return NULL;
    if (small)
        memcpy(b->p, buf, b->n);
    return int_from_i64(r);
}

static Object *fcntl_ioctl(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    FcntlCall c = { .kind = CALL_IOCTL };
    int64_t req;
    if (!nargs_ok("ioctl", nargs, kw, 2, 4) || os_fd_of(args[0], &c.fd) < 0 ||
        int_as_i64(args[1], &req) < 0)
        return NULL;
    c.request = (unsigned long)req;
    Object *arg = nargs > 2 ? args[2] : NULL;
    if (!arg || is_int(arg)) {
        int64_t v = 0;
        if (arg && int_as_i64(arg, &v) < 0)
            return NULL;
        c.iarg = (long)v;
        int r = run(&c, false, "ioctl");
        return r < 0 ? NULL : int_from_i64(r);
    }
    if (!obj_isinstance_type(arg, &StrType) && !buffer_check(arg)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", arg->type->name);
        return NULL;
    }
    int mutate = nargs > 3 ? obj_truth(args[3]) : 1;
    if (mutate < 0)
        return NULL;
    Buffer b BUFFER_SCOPED = { 0 };
    if (mutate && buffer_check(arg)) {
        if (buffer_get(arg, &b) < 0)
            return NULL;
        if (!b.readonly)
            return ioctl_mutate(&c, &b);
    }
    char buf[ARG_MAX];
    ssize_t n = copy_arg(arg, buf, "ioctl");
    if (n < 0)
        return NULL;
    c.parg = buf;
    return run(&c, false, "ioctl") < 0 ? NULL : bytes_from(buf, (size_t)n);
}

static Object *fcntl_flock(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    FcntlCall c = { .kind = CALL_FLOCK };
    if (!nargs_ok("flock", nargs, kw, 2, 2) || os_fd_of(args[0], &c.fd) < 0 ||
        c_int_arg(args[1], &c.cmd) < 0)
        return NULL;
    return run(&c, !(c.cmd & LOCK_NB), "flock") < 0 ? NULL : none_new();
}

/* lockf(fd, cmd, len=0, start=0, whence=0): a POSIX record lock through
 * fcntl's F_SETLK(W), cmd being LOCK_UN, LOCK_SH or LOCK_EX (| LOCK_NB). */
static Object *fcntl_lockf(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    FcntlCall c = { .kind = CALL_FCNTL };
    int op, whence = 0;
    int64_t len = 0, start = 0;
    if (!nargs_ok("lockf", nargs, kw, 2, 5) || os_fd_of(args[0], &c.fd) < 0 ||
        c_int_arg(args[1], &op) < 0 || (nargs > 2 && int_as_i64(args[2], &len) < 0) ||
        (nargs > 3 && int_as_i64(args[3], &start) < 0) || (nargs > 4 && c_int_arg(args[4], &whence) < 0))
        return NULL;
    struct flock l = { .l_whence = (short)whence, .l_start = start, .l_len = len };
    if (op == LOCK_UN)
        l.l_type = F_UNLCK;
    else if (op & LOCK_SH)
        l.l_type = F_RDLCK;
    else if (op & LOCK_EX)
        l.l_type = F_WRLCK;
    else {
        exc_set(ExcValueError, "unrecognized lockf argument");
        return NULL;
    }
    c.cmd = op & LOCK_NB ? F_SETLK : F_SETLKW;
    c.parg = &l;
    return run(&c, c.cmd == F_SETLKW, "lockf") < 0 ? NULL : none_new();
}

#define FCNTL_INTS(X)                                                                   \
    X(F_DUPFD) X(F_DUPFD_CLOEXEC) X(F_GETFD) X(F_SETFD) X(FD_CLOEXEC) X(F_GETFL)         \
    X(F_SETFL) X(F_GETLK) X(F_SETLK) X(F_SETLKW) X(F_GETLK64) X(F_SETLK64) X(F_SETLKW64) \
    X(F_OFD_GETLK) X(F_OFD_SETLK) X(F_OFD_SETLKW) X(F_RDLCK) X(F_WRLCK) X(F_UNLCK)        \
    X(F_EXLCK) X(F_SHLCK) X(F_GETOWN) X(F_SETOWN) X(F_GETSIG) X(F_SETSIG)                 \
    X(F_GETLEASE) X(F_SETLEASE) X(F_NOTIFY) X(F_GETPIPE_SZ) X(F_SETPIPE_SZ)               \
    X(F_ADD_SEALS) X(F_GET_SEALS) X(F_SEAL_SEAL) X(F_SEAL_SHRINK) X(F_SEAL_GROW)          \
    X(F_SEAL_WRITE) X(DN_ACCESS) X(DN_MODIFY) X(DN_CREATE) X(DN_DELETE) X(DN_RENAME)      \
    X(DN_ATTRIB) X(DN_MULTISHOT) X(FASYNC) X(LOCK_SH) X(LOCK_EX) X(LOCK_NB) X(LOCK_UN)

Object *mod_fcntl_init(void)
{
    Object *m = module_new("fcntl", NULL);
    if (!m)
        return NULL;
    bool ok = module_add_func(m, "fcntl", fcntl_fcntl) == 0 &&
              module_add_func(m, "ioctl", fcntl_ioctl) == 0 &&
              module_add_func(m, "flock", fcntl_flock) == 0 &&
              module_add_func(m, "lockf", fcntl_lockf) == 0;
#define ADD_INT(name) ok = ok && module_add_int(m, #name, name) == 0;
    FCNTL_INTS(ADD_INT)
#undef ADD_INT
    if (ok)
        return m;
    DECREF(m);
    return NULL;
}
