/* vm/modules/mod_socket.c — the `socket` module: stream sockets on AF_INET and
 * AF_UNIX (socketpair, socket, bind, listen, accept, connect, send,
 * sendall, recv, setsockopt, getsockname, fileno, close).
 * Every call that can block (accept, connect, send, sendall, recv) releases
 * the GIL around the system call; addresses and data cross in C buffers, so
 * no object is touched while it is released.  A socket object is used by
 * one thread at a time in the tests; its fd field is read and written only
 * with the GIL held.  Failures raise OSError (and its errno subclasses)
 * with CPython's message.
 */
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "vm/modules/mod_os.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

typedef struct SocketObject {
    Object ob;
    int fd, family, type, proto;
} SocketObject;

static Type SocketType;

static Object *sock_wrap(int fd, int family, int type, int proto)
{
    SocketObject *s = (SocketObject *)obj_alloc(&SocketType, sizeof *s);
    if (!s) {
        close(fd);
        return NULL;
    }
    s->fd = fd;
    s->family = family;
    s->type = type;
    s->proto = proto;
    return (Object *)s;
}

static void sock_dealloc(Object *o)
{
    SocketObject *s = (SocketObject *)o;
    if (s->fd >= 0)
        close(s->fd);
    obj_free(o);
}

static SocketObject *self_sock(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &SocketType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'socket' object", meth);
        return NULL;
    }
    SocketObject *s = (SocketObject *)args[0];
    if (s->fd < 0) {
        exc_set_oserror(EBADF);
        return NULL;
    }
    return s;
}

static int int_arg(Object *o, int64_t *out)
{
    if (!obj_isinstance_type(o, &IntType) && !obj_isinstance_type(o, &BoolType)) {
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
        return -1;
    }
    return int_as_i64(o, out);
}

static int opt_int(Object *o, int dflt, int *out)
{
    int64_t v = dflt;
    if (o && int_arg(o, &v) < 0)
        return -1;
    *out = (int)v;
    return 0;
}

/* ---- addresses */

typedef struct Addr {
    struct sockaddr_storage ss;
    socklen_t len;
} Addr;

static int addr_from(SocketObject *s, Object *o, Addr *a)
{
    memset(a, 0, sizeof *a);
    if (s->family == AF_UNIX) {
        if (!obj_is(o, &StrType)) {
            exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", o->type->name);
            return -1;
        }
        struct sockaddr_un *un = (struct sockaddr_un *)&a->ss;
        if (str_nbytes(o) >= sizeof un->sun_path) {
            exc_set(ExcOSError, "AF_UNIX path too long");
            return -1;
        }
        un->sun_family = AF_UNIX;
        memcpy(un->sun_path, str_utf8(o), str_nbytes(o));
        /* A leading NUL names the abstract namespace: the length is exact. */
        bool abstract = str_nbytes(o) > 0 && str_utf8(o)[0] == '\0';
        a->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + str_nbytes(o) + !abstract);
        return 0;
    }
    if (!obj_is(o, &TupleType) || tuple_len(o) != 2 || !obj_is(tuple_get(o, 0), &StrType)) {
        exc_set(ExcTypeError, "AF_INET address must be tuple, not %s", o->type->name);
        return -1;
    }
    int64_t port;
    if (int_arg(tuple_get(o, 1), &port) < 0)
        return -1;
    if (port < 0 || port > 65535) {
        exc_set(ExcOverflowError, "getsockaddrarg: port must be 0-65535.");
        return -1;
    }
    const char *host = str_utf8(tuple_get(o, 0));
    struct sockaddr_in *in = (struct sockaddr_in *)&a->ss;
    in->sin_family = AF_INET;
    in->sin_port = htons((uint16_t)port);
    if (!*host)
        in->sin_addr.s_addr = htonl(INADDR_ANY);
    else if (strcmp(host, "localhost") == 0)
        in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    else if (inet_pton(AF_INET, host, &in->sin_addr) != 1) {
        exc_set(ExcOSError, "[Errno -2] Name or service not known");
        return -1;
    }
    a->len = sizeof *in;
    return 0;
}

static Object *addr_to(const Addr *a)
{
    if (a->ss.ss_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)&a->ss;
        char ip[INET_ADDRSTRLEN];
        inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip);
        Object *h = str_from_cstr(ip), *p = int_from_i64(ntohs(in->sin_port));
        Object *t = h && p ? tuple_pack(2, h, p) : NULL;
        XDECREF(h);
        XDECREF(p);
        return t;
    }
    const struct sockaddr_un *un = (const struct sockaddr_un *)&a->ss;
    size_t n = a->len > offsetof(struct sockaddr_un, sun_path) ? strnlen(un->sun_path, a->len - offsetof(struct sockaddr_un, sun_path)) : 0;
    return str_from_utf8(un->sun_path, n);
}

/* ---- module functions */

static Object *sock_construct(Object *type, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "family", "type", "proto", "fileno", NULL };
    Object *a[4];
    int family, stype, proto;
    if (args_parse("socket", args, nargs, kwnames, 0, kw, a) < 0 ||
        opt_int(a[0], AF_INET, &family) < 0 || opt_int(a[1], SOCK_STREAM, &stype) < 0 ||
        opt_int(a[2], 0, &proto) < 0)
        return NULL;
    int fd = socket(family, stype | SOCK_CLOEXEC, proto);
    if (fd < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return sock_wrap(fd, family, stype, proto);
}

static Object *sk_socketpair(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "family", "type", "proto", NULL };
    Object *a[3];
    int family, stype, proto, fds[2];
    if (args_parse("socketpair", args, nargs, kwnames, 0, kw, a) < 0 ||
        opt_int(a[0], AF_UNIX, &family) < 0 || opt_int(a[1], SOCK_STREAM, &stype) < 0 ||
        opt_int(a[2], 0, &proto) < 0)
        return NULL;
    if (socketpair(family, stype | SOCK_CLOEXEC, proto, fds) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *x = sock_wrap(fds[0], family, stype, proto);
    Object *y = x ? sock_wrap(fds[1], family, stype, proto) : (close(fds[1]), NULL);
    Object *t = x && y ? tuple_pack(2, x, y) : NULL;
    XDECREF(x);
    XDECREF(y);
    return t;
}

/* ---- methods */

/* bind and connect: self and one address argument, parsed into *a. */
static SocketObject *self_sock_addr(Object *const *args, size_t nargs, Object *kw,
                                    const char *name, Addr *a)
{
    SocketObject *s = self_sock(args, nargs, name);
    if (!s)
        return NULL;
    if (nargs != 2 || kw) {
        exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", name, nargs - 1);
        return NULL;
    }
    return addr_from(s, args[1], a) < 0 ? NULL : s;
}

static Object *sock_bind(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Addr a;
    SocketObject *s = self_sock_addr(args, nargs, kw, "bind", &a);
    if (!s)
        return NULL;
    if (bind(s->fd, (struct sockaddr *)&a.ss, a.len) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *sock_listen(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, "listen");
    int backlog;
    if (!s || opt_int(nargs > 1 ? args[1] : NULL, 128, &backlog) < 0)
        return NULL;
    if (listen(s->fd, backlog < 0 ? 0 : backlog) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *sock_accept(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, "accept");
    if (!s)
        return NULL;
    int lfd = s->fd, fd = -1, err = EINTR;
    Addr a;
    do {
        memset(&a, 0, sizeof a);
        a.len = sizeof a.ss;
        vm_block_begin("accept");
        if (!vm_block_interrupted()) {
            fd = accept4(lfd, (struct sockaddr *)&a.ss, &a.len, SOCK_CLOEXEC);
            err = errno;
        }
        vm_block_end();
    } while (fd < 0 && err == EINTR && vmthread_check_signals() == 0);
    if (fd < 0) {
        if (err != EINTR)   /* EINTR: KeyboardInterrupt is set */
            exc_set_oserror(err);
        return NULL;
    }
    Object *c = sock_wrap(fd, s->family, s->type, s->proto);
    Object *addr = c ? addr_to(&a) : NULL;
    Object *t = c && addr ? tuple_pack(2, c, addr) : NULL;
    XDECREF(c);
    XDECREF(addr);
    return t;
}

static Object *sock_connect(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Addr a;
    SocketObject *s = self_sock_addr(args, nargs, kw, "connect", &a);
    if (!s)
        return NULL;
    int fd = s->fd, r, err;
    vm_block_begin("connect");
    r = connect(fd, (struct sockaddr *)&a.ss, a.len);
    err = errno;
    vm_block_end();
    if (r != 0) {
        exc_set_oserror(err);
        return NULL;
    }
    return none_new();
}

static Object *sock_recv(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, "recv");
    int64_t n;
    int flags;
    if (!s)
        return NULL;
    if (nargs < 2 || nargs > 3 || kw) {
        exc_set(ExcTypeError, "recv expected 1 or 2 arguments, got %zu", nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (int_arg(args[1], &n) < 0 || opt_int(nargs > 2 ? args[2] : NULL, 0, &flags) < 0)
        return NULL;
    return os_read_fd(s->fd, n, flags, true, "recv");
}

/* send once (all = false) or until everything went (sendall). */
static Object *send_impl(Object *const *args, size_t nargs, Object *kw, bool all, const char *name)
{
    SocketObject *s = self_sock(args, nargs, name);
    int flags;
    size_t n;
    if (!s)
        return NULL;
    if (nargs < 2 || nargs > 3 || kw) {
        exc_set(ExcTypeError, "%s expected 1 or 2 arguments, got %zu", name, nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (opt_int(nargs > 2 ? args[2] : NULL, 0, &flags) < 0)
        return NULL;
    char *p = os_bytes_copy(args[1], &n);
    if (!p)
        return NULL;
    int fd = s->fd, err = 0;
    size_t done = 0;
    vm_block_begin(name);
    for (;;) {
        ssize_t k = send(fd, p + done, n - done, flags | MSG_NOSIGNAL);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        done += (size_t)k;
        if (!all || done >= n)
            break;
    }
    vm_block_end();
    free(p);
    if (err) {
        exc_set_oserror(err);
        return NULL;
    }
    return all ? none_new() : int_from_i64((int64_t)done);
}

static Object *sock_send(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return send_impl(args, nargs, kw, false, "send");
}
static Object *sock_sendall(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return send_impl(args, nargs, kw, true, "sendall");
}

static Object *sock_setsockopt(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, "setsockopt");
    int level, opt, val;
    if (!s)
        return NULL;
    if (nargs != 4 || kw) {
        exc_set(ExcTypeError, "setsockopt() takes exactly 3 arguments (%zu given)", nargs ? nargs - 1 : 0);
        return NULL;
    }
    if (opt_int(args[1], 0, &level) < 0 || opt_int(args[2], 0, &opt) < 0 || opt_int(args[3], 0, &val) < 0)
        return NULL;
    if (setsockopt(s->fd, level, opt, &val, sizeof val) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *sock_getsockname(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, "getsockname");
    if (!s)
        return NULL;
    Addr a;
    memset(&a, 0, sizeof a);
    a.len = sizeof a.ss;
    if (getsockname(s->fd, (struct sockaddr *)&a.ss, &a.len) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return addr_to(&a);
}

static Object *sock_fileno(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &SocketType)) {
        exc_set(ExcTypeError, "descriptor 'fileno' requires a 'socket' object");
        return NULL;
    }
    return int_from_i64(((SocketObject *)args[0])->fd);
}

static Object *sock_close(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &SocketType)) {
        exc_set(ExcTypeError, "descriptor 'close' requires a 'socket' object");
        return NULL;
    }
    SocketObject *s = (SocketObject *)args[0];
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        if (close(fd) != 0 && errno != EINTR && errno != ECONNRESET) {
            exc_set_oserror(errno);
            return NULL;
        }
    }
    return none_new();
}

static Object *sock_enter(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    INCREF(args[0]);
    return args[0];
}

static Object *sock_repr(Object *o)
{
    SocketObject *s = (SocketObject *)o;
    return str_from_fmt("<socket.socket fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family,
                        s->type, s->proto);
}

static const MethodDef sock_methods[] = {
    { "bind", sock_bind, NULL },
    { "listen", sock_listen, NULL },
    { "accept", sock_accept, NULL },
    { "connect", sock_connect, NULL },
    { "recv", sock_recv, NULL },
    { "send", sock_send, NULL },
    { "sendall", sock_sendall, NULL },
    { "setsockopt", sock_setsockopt, NULL },
    { "getsockname", sock_getsockname, NULL },
    { "fileno", sock_fileno, NULL },
    { "close", sock_close, NULL },
    { "__enter__", sock_enter, NULL },
    { "__exit__", sock_close, NULL },
    { NULL, NULL, NULL },
};

static Type SocketType = {
    OBJ_HEAD_INIT(&TypeType), .name = "socket", .base = &ObjectType,
    .basicsize = sizeof(SocketObject), .dealloc = sock_dealloc, .repr = sock_repr,
    .construct = sock_construct, .methods = sock_methods,
};

static int add_int(Object *m, const char *name, int v)
{
    Object *o = int_from_i64(v);
    if (!o)
        return -1;
    int r = module_add(m, name, o);
    DECREF(o);
    return r;
}

Object *mod_socket_init(void)
{
    Object *m = module_new("socket", NULL);
    if (!m)
        return NULL;
    if (module_add(m, "socket", (Object *)&SocketType) < 0 ||
        module_add_func(m, "socketpair", sk_socketpair) < 0 ||
        add_int(m, "AF_INET", AF_INET) < 0 || add_int(m, "AF_UNIX", AF_UNIX) < 0 ||
        add_int(m, "SOCK_STREAM", SOCK_STREAM) < 0 || add_int(m, "IPPROTO_TCP", IPPROTO_TCP) < 0 ||
        add_int(m, "TCP_NODELAY", TCP_NODELAY) < 0 || add_int(m, "SOL_SOCKET", SOL_SOCKET) < 0 ||
        add_int(m, "SO_REUSEADDR", SO_REUSEADDR) < 0) {
        DECREF(m);
        return NULL;
    }
    return m;
}
