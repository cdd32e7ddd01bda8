/* vm/modules/mod_os.c — the `os` module: pipe, read, write, close, getpid,
 * cpu_count.  read and write release the GIL around the system call; the
 * data crosses in a malloc'ed buffer, so no object is touched while the GIL
 * is released (vm/objects/object.h's invariant).  Interrupted calls are retried
 * (PEP 475); failures raise OSError with errno and CPython's message.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "vm/modules/mod_os.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

static int int_arg(Object *o, const char *fn, int64_t *out)
{
    if (!obj_isinstance_type(o, &IntType) && !obj_isinstance_type(o, &BoolType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
        return -1;
    }
    return int_as_i64(o, out);
}

static int fd_arg(Object *o, const char *fn, int *fd)
{
    int64_t v;
    if (int_arg(o, fn, &v) < 0)
        return -1;
    if (v < INT32_MIN || v > INT32_MAX) {
        exc_set(ExcOverflowError, "fd is greater than maximum" );
        return -1;
    }
    *fd = (int)v;
    return 0;
}

static bool nargs_ok(const char *fn, size_t nargs, Object *kw, size_t want)
{
    if (nargs != want || kw) {
        exc_set(ExcTypeError, "%s expected %zu argument%s, got %zu", fn, want, want == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

static Object *os_pipe(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fds[2];
    if (!nargs_ok("pipe", nargs, kw, 0))
        return NULL;
    if (pipe2(fds, O_CLOEXEC) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *r = int_from_i64(fds[0]), *w = int_from_i64(fds[1]);
    Object *t = r && w ? tuple_pack(2, r, w) : NULL;
    XDECREF(r);
    XDECREF(w);
    return t;
}

/* Shared by os.read and socket.recv: n bytes at most from fd, GIL released. */
Object *os_read_fd(int fd, int64_t n, int flags, bool is_socket, const char *what)
{
    if (n < 0) {
        exc_set(ExcValueError, "negative buffersize in %s", is_socket ? "recv" : "read");
        return NULL;
    }
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    ssize_t got = -1;
    int err = EINTR;
    do {
        vm_block_begin(what);
        if (!vm_block_interrupted()) {
            got = is_socket ? recv(fd, buf, (size_t)n, flags) : read(fd, buf, (size_t)n);
            err = errno;
        }
        vm_block_end();
    } while (got < 0 && err == EINTR && vmthread_check_signals() == 0);
    Object *r = got >= 0 ? bytes_from(buf, (size_t)got) : err == EINTR ? NULL
              : (exc_set_oserror(err), NULL);
    free(buf);
    return r;
}

static Object *os_read(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    int64_t n;
    if (!nargs_ok("read", nargs, kw, 2) || fd_arg(args[0], "read", &fd) < 0 ||
        int_arg(args[1], "read", &n) < 0)
        return NULL;
    return os_read_fd(fd, n, 0, false, "read");
}

/* A copy of a bytes-like argument, so the syscall needs no object. */
void *os_bytes_copy(Object *o, size_t *n)
{
    if (!obj_isinstance_type(o, &BytesType)) {
        exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", o->type->name);
        return NULL;
    }
    BytesObject *b = (BytesObject *)o;
    void *p = malloc(b->n ? b->n : 1);
    if (!p) {
        exc_nomemory();
        return NULL;
    }
    memcpy(p, b->data, b->n);
    *n = b->n;
    return p;
}

static Object *os_write(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    size_t n;
    if (!nargs_ok("write", nargs, kw, 2) || fd_arg(args[0], "write", &fd) < 0)
        return NULL;
    void *p = os_bytes_copy(args[1], &n);
    if (!p)
        return NULL;
    ssize_t put;
    int err;
    do {
        vm_block_begin("write");
        put = write(fd, p, n);
        err = errno;
        vm_block_end();
    } while (put < 0 && err == EINTR);
    free(p);
    if (put < 0) {
        exc_set_oserror(err);
        return NULL;
    }
    return int_from_i64(put);
}

static Object *os_close(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    if (!nargs_ok("close", nargs, kw, 1) || fd_arg(args[0], "close", &fd) < 0)
        return NULL;
    /* Linux closes the descriptor even when close() reports EINTR. */
    if (close(fd) != 0 && errno != EINTR) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *os_getpid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs_ok("getpid", nargs, kw, 0) ? int_from_i64(getpid()) : NULL;
}

static Object *os_cpu_count(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("cpu_count", nargs, kw, 0))
        return NULL;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? int_from_i64(n) : none_new();
}

Object *mod_os_init(void)
{
    Object *m = module_new("os", NULL);
    if (!m)
        return NULL;
    if (module_add_func(m, "pipe", os_pipe) < 0 || module_add_func(m, "read", os_read) < 0 ||
        module_add_func(m, "write", os_write) < 0 || module_add_func(m, "close", os_close) < 0 ||
        module_add_func(m, "getpid", os_getpid) < 0 ||
        module_add_func(m, "cpu_count", os_cpu_count) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
