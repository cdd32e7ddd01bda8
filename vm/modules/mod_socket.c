/* vm/modules/mod_socket.c — the `_socket` module: BSD sockets (TCP, UDP and
 * AF_UNIX over AF_INET, AF_INET6, AF_UNIX), name resolution and the socket
 * type, as CPython's _socket.  vm/lib/socket.py adds what CPython writes in
 * Python (create_connection, create_server).
 *
 * Invariants:
 *   - Every call that can block (accept, connect, recv*, send*, the poll of
 *     a timeout, getaddrinfo) runs with the GIL released.  What it needs
 *     crosses in C (a Call struct, an Addr, a malloc'ed buffer) copied from
 *     the objects beforehand, so nothing touches an Object meanwhile.
 *     recv_into and recvfrom_into write straight into the caller's buffer,
 *     held pinned (vm/objects/buffer.h) so its bytes cannot move; another
 *     thread reading them meanwhile is the program's race, as in CPython.
 *   - A socket's fields are read and written with the GIL held only.  A
 *     blocking call copies fd and timeout first; a close by another thread
 *     meanwhile is the caller's race, as in CPython.
 *   - Timeouts are CPython's: timeout < 0 (None) is a blocking fd; >= 0 an
 *     O_NONBLOCK fd where each try first polls (timeout > 0) for what is
 *     left of the deadline, so 0 gives BlockingIOError and a deadline that
 *     passes gives TimeoutError("timed out") (socket.timeout in 3.10+).
 *   - Ctrl-C: a wait of the main thread ends with EINTR (or does not start,
 *     vm_block_interrupted); the caller takes the GIL back and raises
 *     KeyboardInterrupt through vmthread_check_signals, or retries.
 *   - makefile() files keep the socket (io_refs): close() marks it closed
 *     and the descriptor goes when the last file lets go, as socket.py's
 *     _io_refs.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "vm/objects/buffer.h"
#include "vm/objects/file.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

typedef struct SocketObject {
    Object ob;
    int fd, family, type, proto;
    double timeout;   /* seconds; < 0: blocking (None) */
    int io_refs;      /* makefile() files not yet closed */
    bool closed;      /* close() called: the fd goes with the last file */
} SocketObject;

static Type SocketType;
static double default_timeout = -1;   /* setdefaulttimeout; GIL held */

/* ---- arguments */

static bool nargs_in(const char *name, size_t nargs, Object *kw, size_t min, size_t max)
{
    size_t given = nargs - 1;   /* self excluded */
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (given >= min && given <= max)
        return true;
    if (min == max)
        exc_set(ExcTypeError, "%s() takes exactly %zu argument%s (%zu given)", name, min,
                min == 1 ? "" : "s", given);
    else if (given < min)
        exc_set(ExcTypeError, "%s() takes at least %zu argument%s (%zu given)", name, min,
                min == 1 ? "" : "s", given);
    else
        exc_set(ExcTypeError, "%s() takes at most %zu argument%s (%zu given)", name, max,
                max == 1 ? "" : "s", given);
    return false;
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
    if (o && o != None && int_arg(o, &v) < 0)
        return -1;
    if (v < INT32_MIN || v > INT32_MAX) {
        exc_set(ExcOverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* None: -1 (blocking); a number >= 0: seconds.  As settimeout words it. */
static int timeout_arg(Object *o, double *out)
{
    int r = num_as_timeout(o, out);
    if (r > 0)
        exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
    if (r != 0)
        return -1;
    if (o != None && *out < 0) {
        exc_set(ExcValueError, "Timeout value out of range");
        return -1;
    }
    return 0;
}

static Object *timeout_obj(double t) { return t < 0 ? none_new() : float_from_double(t); }

/* A copy of a bytes-like argument (TypeError otherwise), to send without the GIL. */
static char *bytes_copy(Object *o, size_t *n)
{
    const unsigned char *d;
    if (buffer_peek(o, &d, n) < 0)
        return NULL;
    char *p = malloc(*n ? *n : 1);
    if (!p) {
        exc_nomemory();
        return NULL;
    }
    memcpy(p, d, *n);
    return p;
}

/* ---- errors */

/* socket.gaierror / socket.herror live in the module's namespace (heap
 * classes, freed with it); a C method finds them through sys.modules.
 * Without the module (a script removed it) the error is a plain OSError. */
static void set_module_error(const char *cls, int code, const char *msg)
{
    Object *m = module_imported("_socket");
    Object *t = m && obj_is(m, &ModuleType) ? dict_get_str(module_dict(m), cls) : NULL;
    Object *args[2] = { int_from_i64(code), str_from_cstr(msg) };
    if (args[0] && args[1]) {
        Object *e = exc_new(t && obj_is(t, &TypeType) ? (Type *)t : ExcOSError, args, 2);
        if (e)
            exc_set_obj(e);
    }
    XDECREF(args[0]);
    XDECREF(args[1]);
}

static void set_gaierror(int code, int err)
{
    if (code == EAI_SYSTEM)
        exc_set_oserror(err);
    else
        set_module_error("gaierror", code, gai_strerror(code));
}

/* ---- waiting, GIL released */

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

static double deadline_of(double timeout) { return timeout > 0 ? now_seconds() + timeout : -1; }

/* Until fd is ready to read (or write) or the deadline (< 0: none) passes:
 * 1 ready, 0 timed out, -1 with an exception set.  A signal for another
 * thread retries with what is left. */
static int wait_ready(int fd, bool writing, double deadline, const char *what)
{
    for (;;) {
        int ms = -1;
        if (deadline >= 0) {
            double left = deadline - now_seconds();
            if (left <= 0)
                return 0;
            ms = (int)ceil(left * 1000);
        }
        struct pollfd p = { .fd = fd, .events = writing ? POLLOUT : POLLIN };
        int r = -1, err = EINTR;
        vm_block_begin(what);
        if (!vm_block_interrupted()) {
            r = poll(&p, 1, ms);
            err = errno;
        }
        vm_block_end();
        if (r >= 0)
            return r > 0;
        if (err != EINTR) {
            exc_set_oserror(err);
            return -1;
        }
        if (vmthread_check_signals() < 0)
            return -1;
    }
}

/* One system call on a socket, made with the GIL released; ctx carries its
 * arguments in C.  -1 with errno set when it fails. */
typedef ssize_t (*SockOp)(int fd, void *ctx);

/* CPython's sock_call: op until it succeeds, as the socket's timeout says.
 * Its result, or -1 with an exception set (OSError for errno, TimeoutError,
 * KeyboardInterrupt). */
static ssize_t sock_call(SocketObject *s, bool writing, SockOp op, void *ctx, double deadline,
                         const char *what)
{
    int fd = s->fd;
    bool timed = s->timeout > 0;
    for (;;) {
        if (timed) {
            int ready = wait_ready(fd, writing, deadline, what);
            if (ready <= 0) {
                if (ready == 0)
                    exc_set(ExcTimeoutError, "timed out");
                return -1;
            }
        }
        ssize_t r = -1;
        int err = EINTR;
        vm_block_begin(what);
        if (!vm_block_interrupted()) {
            r = op(fd, ctx);
            err = errno;
        }
        vm_block_end();
        if (r >= 0)
            return r;
        if (timed && (err == EAGAIN || err == EWOULDBLOCK))
            continue;   /* poll's false positive: wait again */
        if (err != EINTR) {
            exc_set_oserror(err);
            return -1;
        }
        if (vmthread_check_signals() < 0)
            return -1;
    }
}

/* ---- addresses */

typedef struct Addr {
    struct sockaddr_storage ss;
    socklen_t len;
} Addr;

static void addr_clear(Addr *a)
{
    memset(a, 0, sizeof *a);
    a->len = sizeof a->ss;
}

/* host (str or bytes) as an address of family into dst (struct in_addr or
 * in6_addr), as CPython's setipaddr: "" is the wildcard, "<broadcast>"
 * the broadcast address, a numeric address is taken as it is, anything
 * else goes to getaddrinfo (GIL released); gaierror when it fails. */
static int resolve_host(Object *host, int family, void *dst)
{
    const char *h;
    if (obj_isinstance_type(host, &StrType))
        h = str_utf8(host);
    else if (obj_isinstance_type(host, &BytesType))
        h = (const char *)((BytesObject *)host)->data;
    else {
        exc_set(ExcTypeError, "str, bytes or bytearray expected, not %s", host->type->name);
        return -1;
    }
    if (!*h || (family == AF_INET && strcmp(h, "<broadcast>") == 0)) {
        if (family == AF_INET)
            ((struct in_addr *)dst)->s_addr = htonl(*h ? INADDR_BROADCAST : INADDR_ANY);
        else
            *(struct in6_addr *)dst = in6addr_any;
        return 0;
    }
    if (inet_pton(family, h, dst) == 1)
        return 0;
    char *name = strdup(h);
    if (!name) {
        exc_nomemory();
        return -1;
    }
    struct addrinfo hints = { .ai_family = family }, *res = NULL;
    vm_block_begin("getaddrinfo");
    int rc = getaddrinfo(name, NULL, &hints, &res);
    int err = errno;
    vm_block_end();
    free(name);
    if (rc != 0) {
        set_gaierror(rc, err);
        return -1;
    }
    if (family == AF_INET)
        *(struct in_addr *)dst = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
    else
        *(struct in6_addr *)dst = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    freeaddrinfo(res);
    return 0;
}

static int port_arg(Object *o, const char *meth, uint16_t *port)
{
    int64_t v;
    if (int_arg(o, &v) < 0)
        return -1;
    if (v < 0 || v > 65535) {
        exc_set(ExcOverflowError, "%s(): port must be 0-65535.", meth);
        return -1;
    }
    *port = htons((uint16_t)v);
    return 0;
}

static int addr_unix(Object *o, Addr *a)
{
    const char *p;
    size_t n;
    if (obj_isinstance_type(o, &StrType)) {
        p = str_utf8(o);
        n = str_nbytes(o);
    } else if (obj_isinstance_type(o, &BytesType)) {
        p = (const char *)((BytesObject *)o)->data;
        n = ((BytesObject *)o)->n;
    } else {
        exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", o->type->name);
        return -1;
    }
    struct sockaddr_un *un = (struct sockaddr_un *)&a->ss;
    if (n >= sizeof un->sun_path) {
        exc_set(ExcOSError, "AF_UNIX path too long");
        return -1;
    }
    un->sun_family = AF_UNIX;
    memcpy(un->sun_path, p, n);
    /* A leading NUL names the abstract namespace: the length is exact. */
    bool abstract = n > 0 && p[0] == '\0';
    a->len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + !abstract);
    return 0;
}

static int addr_inet(Object *o, const char *meth, Addr *a)
{
    if (!obj_isinstance_type(o, &TupleType)) {
        exc_set(ExcTypeError, "%s(): AF_INET address must be tuple, not %s", meth, o->type->name);
        return -1;
    }
    if (tuple_len(o) != 2) {
        exc_set(ExcTypeError, "AF_INET address must be a pair (host, port)");
        return -1;
    }
    struct sockaddr_in *in = (struct sockaddr_in *)&a->ss;
    in->sin_family = AF_INET;
    if (resolve_host(tuple_get(o, 0), AF_INET, &in->sin_addr) < 0 ||
        port_arg(tuple_get(o, 1), meth, &in->sin_port) < 0)
        return -1;
    a->len = sizeof *in;
    return 0;
}

static int addr_inet6(Object *o, const char *meth, Addr *a)
{
    if (!obj_isinstance_type(o, &TupleType)) {
        exc_set(ExcTypeError, "%s(): AF_INET6 address must be tuple, not %s", meth, o->type->name);
        return -1;
    }
    size_t n = tuple_len(o);
    if (n < 2 || n > 4) {
        exc_set(ExcTypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&a->ss;
    int64_t flow = 0, scope = 0;
    in6->sin6_family = AF_INET6;
    if (resolve_host(tuple_get(o, 0), AF_INET6, &in6->sin6_addr) < 0 ||
        port_arg(tuple_get(o, 1), meth, &in6->sin6_port) < 0 ||
        (n > 2 && int_arg(tuple_get(o, 2), &flow) < 0) || (n > 3 && int_arg(tuple_get(o, 3), &scope) < 0))
        return -1;
    if (flow < 0 || flow > 0xfffff) {
        exc_set(ExcOverflowError, "%s(): flowinfo must be 0-1048575.", meth);
        return -1;
    }
    if (scope < 0 || scope > UINT32_MAX) {
        exc_set(ExcOverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    in6->sin6_flowinfo = htonl((uint32_t)flow);
    in6->sin6_scope_id = (uint32_t)scope;
    a->len = sizeof *in6;
    return 0;
}

/* An address object of the socket's family into *a (meth names the caller). */
static int addr_from(SocketObject *s, Object *o, const char *meth, Addr *a)
{
    memset(a, 0, sizeof *a);
    switch (s->family) {
    case AF_UNIX: return addr_unix(o, a);
    case AF_INET: return addr_inet(o, meth, a);
    case AF_INET6: return addr_inet6(o, meth, a);
    default:
        exc_set(ExcOSError, "%s(): bad family", meth);
        return -1;
    }
}

static Object *addr_to(const Addr *a)
{
    char ip[INET6_ADDRSTRLEN];
    switch (a->ss.ss_family) {
    case AF_INET: {
        const struct sockaddr_in *in = (const struct sockaddr_in *)&a->ss;
        inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip);
        Object *h = str_from_cstr(ip), *p = int_from_i64(ntohs(in->sin_port));
        Object *t = h && p ? tuple_pack(2, h, p) : NULL;
        XDECREF(h);
        XDECREF(p);
        return t;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)&a->ss;
        inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof ip);
        Object *v[4] = { str_from_cstr(ip), int_from_i64(ntohs(in6->sin6_port)),
                         int_from_i64(ntohl(in6->sin6_flowinfo)), int_from_i64(in6->sin6_scope_id) };
        Object *t = v[0] && v[1] && v[2] && v[3] ? tuple_pack(4, v[0], v[1], v[2], v[3]) : NULL;
        for (int i = 0; i < 4; i++)
            XDECREF(v[i]);
        return t;
    }
    case AF_UNIX: {
        const struct sockaddr_un *un = (const struct sockaddr_un *)&a->ss;
        size_t off = offsetof(struct sockaddr_un, sun_path);
        size_t n = a->len > off ? a->len - off : 0;
        if (n && un->sun_path[0] == '\0')   /* abstract: bytes, NUL first */
            return bytes_from(un->sun_path, n);
        return str_from_utf8(un->sun_path, strnlen(un->sun_path, n));
    }
    default:   /* an unbound socket of another family: what CPython gives */
        return none_new();
    }
}

/* ---- socket objects */

static int set_nonblocking(int fd, bool on)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK) < 0) {
        exc_set_oserror(errno);
        return -1;
    }
    return 0;
}

/* s takes fd (owned: closed on failure), with the default timeout. */
static int sock_setup(SocketObject *s, int fd, int family, int type, int proto)
{
    if (default_timeout >= 0 && set_nonblocking(fd, true) < 0) {
        close(fd);
        return -1;
    }
    s->fd = fd;
    s->family = family;
    s->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = (type & SOCK_NONBLOCK) ? 0 : default_timeout;
    s->io_refs = 0;
    s->closed = false;
    return 0;
}

/* A socket object for fd (owned: closed on failure), with the default timeout. */
static Object *sock_wrap(int fd, int family, int type, int proto)
{
    SocketObject *s = (SocketObject *)obj_alloc(&SocketType, sizeof *s);
    if (!s) {
        close(fd);
        return NULL;
    }
    s->fd = -1;
    if (sock_setup(s, fd, family, type, proto) < 0)
        SETREF(s, NULL);
    return (Object *)s;
}

static void sock_dealloc(Object *o)
{
    SocketObject *s = (SocketObject *)o;
    if (s->fd >= 0)
        close(s->fd);
    obj_free(o);
}

static SocketObject *as_sock(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &SocketType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a '_socket.socket' object", meth);
        return NULL;
    }
    return (SocketObject *)args[0];
}

/* self, open (EBADF otherwise), with min..max arguments after it. */
static SocketObject *self_sock(Object *const *args, size_t nargs, Object *kw, const char *meth,
                               size_t min, size_t max)
{
    SocketObject *s = as_sock(args, nargs, meth);
    if (!s || !nargs_in(meth, nargs, kw, min, max))
        return NULL;
    if (s->fd < 0) {
        exc_set_oserror(EBADF);
        return NULL;
    }
    return s;
}

static int sockopt_int(int fd, int opt, int *out)
{
    socklen_t n = sizeof *out;
    return getsockopt(fd, SOL_SOCKET, opt, out, &n);
}

/* socket(family=-1, type=-1, proto=-1, fileno=None)'s descriptor: a new
 * one, or fileno's with its kind asked of the kernel; -1 on error. */
static int sock_open(const char *fn, Object *const *args, size_t nargs, Object *kwnames,
                     int *family, int *stype, int *proto)
{
    static const char *const kw[] = { "family", "type", "proto", "fileno", NULL };
    Object *a[4];
    if (args_parse(fn, args, nargs, kwnames, 0, kw, a) < 0 ||
        opt_int(a[0], -1, family) < 0 || opt_int(a[1], -1, stype) < 0 ||
        opt_int(a[2], -1, proto) < 0)
        return -1;
    if (a[3] && a[3] != None) {   /* an existing descriptor: its kind asked of the kernel */
        int64_t fd;
        if (int_arg(a[3], &fd) < 0)
            return -1;
        if (fd < 0 || fd > INT32_MAX) {
            exc_set(ExcValueError, "negative file descriptor");
            return -1;
        }
        if ((*family < 0 && sockopt_int((int)fd, SO_DOMAIN, family) < 0) ||
            (*stype < 0 && sockopt_int((int)fd, SO_TYPE, stype) < 0) ||
            (*proto < 0 && sockopt_int((int)fd, SO_PROTOCOL, proto) < 0)) {
            exc_set_oserror(errno);
            return -1;
        }
        return (int)fd;
    }
    *family = *family < 0 ? AF_INET : *family;
    *stype = *stype < 0 ? SOCK_STREAM : *stype;
    *proto = *proto < 0 ? 0 : *proto;
    int fd = socket(*family, *stype | SOCK_CLOEXEC, *proto);
    if (fd < 0)
        exc_set_oserror(errno);
    return fd;
}

/* socket(...) opens at once.  A subclass's instance starts closed: its
 * __init__ opens it (socket.__init__ through super(), or the inherited one
 * with the class's arguments), as with CPython's socket.socket. */
static Object *sock_construct(Object *type, Object *const *args, size_t nargs, Object *kwnames)
{
    int family, stype, proto;
    if (type != (Object *)&SocketType) {
        SocketObject *s = (SocketObject *)obj_alloc((Type *)type, ((Type *)type)->basicsize);
        if (s) {
            s->fd = -1;
            s->timeout = default_timeout;
        }
        return (Object *)s;
    }
    int fd = sock_open("socket", args, nargs, kwnames, &family, &stype, &proto);
    return fd < 0 ? NULL : sock_wrap(fd, family, stype, proto);
}

/* __init__(family=-1, type=-1, proto=-1, fileno=None) for a subclass's
 * instance: the descriptor replaces (and closes) any it had. */
static Object *sock_init(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "__init__");
    int family, stype, proto;
    int fd = s ? sock_open("socket", args + 1, nargs - 1, kw, &family, &stype, &proto) : -1;
    if (fd < 0)
        return NULL;
    if (s->fd >= 0 && s->fd != fd)
        close(s->fd);
    s->fd = -1;
    return sock_setup(s, fd, family, stype, proto) < 0 ? NULL : none_new();
}

/* ---- methods: connecting */

static Object *sock_bind(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Addr a;
    SocketObject *s = self_sock(args, nargs, kw, "bind", 1, 1);
    if (!s || addr_from(s, args[1], "bind", &a) < 0)
        return NULL;
    if (bind(s->fd, (struct sockaddr *)&a.ss, a.len) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *sock_listen(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, kw, "listen", 0, 1);
    int backlog;
    if (!s || opt_int(nargs > 1 ? args[1] : NULL, SOMAXCONN < 128 ? SOMAXCONN : 128, &backlog) < 0)
        return NULL;
    if (listen(s->fd, backlog < 0 ? 0 : backlog) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static ssize_t op_accept(int fd, void *ctx)
{
    Addr *a = ctx;
    addr_clear(a);
    return accept4(fd, (struct sockaddr *)&a->ss, &a->len, SOCK_CLOEXEC);
}

static Object *sock_accept(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, kw, "accept", 0, 0);
    Addr a;
    ssize_t fd = s ? sock_call(s, false, op_accept, &a, deadline_of(s->timeout), "accept") : -1;
    if (fd < 0)
        return NULL;
    Object *c = sock_wrap((int)fd, s->family, s->type, s->proto);
    Object *addr = c ? addr_to(&a) : NULL;
    Object *t = c && addr ? tuple_pack(2, c, addr) : NULL;
    XDECREF(c);
    XDECREF(addr);
    return t;
}

static ssize_t op_connect_done(int fd, void *ctx)
{
    int err = 0;
    socklen_t n = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &n) < 0)
        return -1;
    if (err && err != EISCONN) {
        errno = err;
        return -1;
    }
    return 0;
}

/* CPython's internal_connect: 0 connected, an errno (nothing raised), or
 * -1 with an exception (TimeoutError, KeyboardInterrupt).  A connect cut
 * by a signal, or one in progress under a timeout, is finished by waiting
 * for the socket to be writable and reading SO_ERROR. */
static int do_connect(SocketObject *s, const Addr *a)
{
    int fd = s->fd, err = EINTR;
    vm_block_begin("connect");
    if (!vm_block_interrupted())
        err = connect(fd, (const struct sockaddr *)&a->ss, a->len) == 0 ? 0 : errno;
    vm_block_end();
    if (!err)
        return 0;
    bool wait;
    if (err == EINTR) {
        if (vmthread_check_signals() < 0)
            return -1;
        wait = s->timeout != 0;
    } else {
        wait = s->timeout > 0 && err == EINPROGRESS;
    }
    if (!wait)
        return err;
    double deadline = deadline_of(s->timeout);
    for (;;) {
        int ready = wait_ready(fd, true, deadline, "connect");
        if (ready <= 0) {
            if (ready == 0)
                exc_set(ExcTimeoutError, "timed out");
            return -1;
        }
        if (op_connect_done(fd, NULL) == 0)
            return 0;
        if (errno != EINTR && errno != EAGAIN && errno != EINPROGRESS && errno != EALREADY)
            return errno;
    }
}

static Object *sock_connect(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Addr a;
    SocketObject *s = self_sock(args, nargs, kw, "connect", 1, 1);
    if (!s || addr_from(s, args[1], "connect", &a) < 0)
        return NULL;
    int err = do_connect(s, &a);
    if (err > 0)
        exc_set_oserror(err);
    return err ? NULL : none_new();
}

static Object *sock_connect_ex(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Addr a;
    SocketObject *s = self_sock(args, nargs, kw, "connect_ex", 1, 1);
    if (!s || addr_from(s, args[1], "connect_ex", &a) < 0)
        return NULL;
    int err = do_connect(s, &a);
    if (err < 0 && exc_matches(exc_occurred(), (Object *)ExcTimeoutError)) {
        exc_clear();   /* CPython's connect_ex reports a timeout as EWOULDBLOCK */
        err = EWOULDBLOCK;
    }
    return err < 0 ? NULL : int_from_i64(err);
}

static Object *sock_shutdown(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, kw, "shutdown", 1, 1);
    int how;
    if (!s || opt_int(args[1], 0, &how) < 0)
        return NULL;
    if (shutdown(s->fd, how) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *sock_name(Object *const *args, size_t nargs, Object *kw, bool peer)
{
    SocketObject *s = self_sock(args, nargs, kw, peer ? "getpeername" : "getsockname", 0, 0);
    if (!s)
        return NULL;
    Addr a;
    addr_clear(&a);
    int r = peer ? getpeername(s->fd, (struct sockaddr *)&a.ss, &a.len)
                 : getsockname(s->fd, (struct sockaddr *)&a.ss, &a.len);
    if (r != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return addr_to(&a);
}

static Object *sock_getsockname(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return sock_name(args, nargs, kw, false);
}
static Object *sock_getpeername(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return sock_name(args, nargs, kw, true);
}

/* ---- methods: data */

typedef struct Xfer {   /* one recv/send: buffer, size, flags, peer address */
    char *buf;
    size_t n;
    int flags;
    Addr addr;
} Xfer;

static ssize_t op_recv(int fd, void *ctx)
{
    Xfer *x = ctx;
    return recv(fd, x->buf, x->n, x->flags);
}

static ssize_t op_recvfrom(int fd, void *ctx)
{
    Xfer *x = ctx;
    addr_clear(&x->addr);
    return recvfrom(fd, x->buf, x->n, x->flags, (struct sockaddr *)&x->addr.ss, &x->addr.len);
}

static ssize_t op_send(int fd, void *ctx)
{
    Xfer *x = ctx;
    return send(fd, x->buf, x->n, x->flags | MSG_NOSIGNAL);
}

static ssize_t op_sendto(int fd, void *ctx)
{
    Xfer *x = ctx;
    return sendto(fd, x->buf, x->n, x->flags | MSG_NOSIGNAL, (struct sockaddr *)&x->addr.ss, x->addr.len);
}

/* recv and recvfrom: (bufsize[, flags]) into a fresh buffer. */
static Object *recv_impl(Object *const *args, size_t nargs, Object *kw, bool from)
{
    const char *name = from ? "recvfrom" : "recv";
    SocketObject *s = self_sock(args, nargs, kw, name, 1, 2);
    int64_t n;
    Xfer x = { 0 };
    if (!s || int_arg(args[1], &n) < 0 || opt_int(nargs > 2 ? args[2] : NULL, 0, &x.flags) < 0)
        return NULL;
    if (n < 0) {
        exc_set(ExcValueError, "negative buffersize in %s", name);
        return NULL;
    }
    x.n = (size_t)n;
    if (!(x.buf = malloc(x.n ? x.n : 1))) {
        exc_nomemory();
        return NULL;
    }
    ssize_t got = sock_call(s, false, from ? op_recvfrom : op_recv, &x, deadline_of(s->timeout), name);
    Object *data = got >= 0 ? bytes_from(x.buf, (size_t)got) : NULL;
    free(x.buf);
    if (!data || !from)
        return data;
    Object *addr = addr_to(&x.addr);
    Object *t = addr ? tuple_pack(2, data, addr) : NULL;
    DECREF(data);
    XDECREF(addr);
    return t;
}

/* recv_into and recvfrom_into: (buffer[, nbytes[, flags]]) into the
 * caller's writable buffer; nbytes 0 means all of it. */
static Object *recv_into_impl(Object *const *args, size_t nargs, Object *kw, bool from)
{
    static const char *const names[] = { "buffer", "nbytes", "flags", NULL };
    const char *name = from ? "recvfrom_into" : "recv_into";
    SocketObject *s = as_sock(args, nargs, name);
    Object *a[3];
    int64_t n = 0;
    Xfer x = { 0 };
    Buffer hold BUFFER_SCOPED = { 0 };
    if (s && nargs == 1 && !kw) {
        exc_set(ExcTypeError, "%s() missing required argument 'buffer' (pos 1)", name);
        return NULL;
    }
    if (!s || args_parse(name, args + 1, nargs - 1, kw, 1, names, a) < 0)
        return NULL;
    if (s->fd < 0) {
        exc_set_oserror(EBADF);
        return NULL;
    }
    if (!buffer_check(a[0]) || buffer_get(a[0], &hold) < 0 || hold.readonly) {
        if (!exc_occurred())
            exc_set(ExcTypeError, "%s() argument 1 must be read-write bytes-like object, not %s",
                    name, a[0]->type->name);
        return NULL;
    }
    if ((a[1] && int_arg(a[1], &n) < 0) || opt_int(a[2], 0, &x.flags) < 0)
        return NULL;
    if (n < 0) {
        exc_set(ExcValueError, "negative buffersize in %s", name);
        return NULL;
    }
    if ((uint64_t)n > hold.n) {
        exc_set(ExcValueError, from ? "nbytes is greater than the length of the buffer"
                                    : "buffer too small for requested bytes");
        return NULL;
    }
    x.buf = (char *)hold.p;
    x.n = n ? (size_t)n : hold.n;
    ssize_t got = sock_call(s, false, from ? op_recvfrom : op_recv, &x, deadline_of(s->timeout), name);
    Object *count = got >= 0 ? int_from_i64(got) : NULL;
    if (!count || !from)
        return count;
    Object *addr = addr_to(&x.addr);
    Object *t = addr ? tuple_pack(2, count, addr) : NULL;
    DECREF(count);
    XDECREF(addr);
    return t;
}

static Object *sock_recv(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return recv_impl(args, nargs, kw, false);
}
static Object *sock_recv_into(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return recv_into_impl(args, nargs, kw, false);
}
static Object *sock_recvfrom_into(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return recv_into_impl(args, nargs, kw, true);
}
static Object *sock_recvfrom(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return recv_impl(args, nargs, kw, true);
}

/* All n bytes at p, under one deadline (sendall, and makefile's flush):
 * 0, or -1 with an exception. */
static int send_all(SocketObject *s, const char *p, size_t n, int flags)
{
    double deadline = deadline_of(s->timeout);
    Xfer x = { .flags = flags };
    while (n) {
        x.buf = (char *)p;
        x.n = n;
        ssize_t k = sock_call(s, true, op_send, &x, deadline, "send");
        if (k < 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static Object *send_impl(Object *const *args, size_t nargs, Object *kw, bool all)
{
    const char *name = all ? "sendall" : "send";
    SocketObject *s = self_sock(args, nargs, kw, name, 1, 2);
    Xfer x = { 0 };
    if (!s || opt_int(nargs > 2 ? args[2] : NULL, 0, &x.flags) < 0 || !(x.buf = bytes_copy(args[1], &x.n)))
        return NULL;
    ssize_t r = all ? send_all(s, x.buf, x.n, x.flags)
                    : sock_call(s, true, op_send, &x, deadline_of(s->timeout), name);
    free(x.buf);
    if (r < 0)
        return NULL;
    return all ? none_new() : int_from_i64(r);
}

static Object *sock_send(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return send_impl(args, nargs, kw, false);
}
static Object *sock_sendall(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return send_impl(args, nargs, kw, true);
}

/* sendto(data[, flags], address) */
static Object *sock_sendto(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "sendto");
    if (!s)
        return NULL;
    if (kw || nargs < 3 || nargs > 4) {
        exc_set(ExcTypeError, "sendto() takes 2 or 3 arguments (%zu given)", nargs - 1);
        return NULL;
    }
    if (s->fd < 0) {
        exc_set_oserror(EBADF);
        return NULL;
    }
    Xfer x = { 0 };
    if ((nargs == 4 && opt_int(args[2], 0, &x.flags) < 0) ||
        addr_from(s, args[nargs - 1], "sendto", &x.addr) < 0 || !(x.buf = bytes_copy(args[1], &x.n)))
        return NULL;
    ssize_t r = sock_call(s, true, op_sendto, &x, deadline_of(s->timeout), "sendto");
    free(x.buf);
    return r < 0 ? NULL : int_from_i64(r);
}

/* ---- methods: options and modes */

static Object *sock_setsockopt(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, kw, "setsockopt", 3, 4);
    int level, opt, val;
    if (!s || opt_int(args[1], 0, &level) < 0 || opt_int(args[2], 0, &opt) < 0)
        return NULL;
    int r;
    if (nargs == 5) {   /* (level, opt, None, optlen) */
        int len;
        if (args[3] != None || opt_int(args[4], 0, &len) < 0) {
            if (!exc_occurred())
                exc_set(ExcTypeError, "setsockopt() takes an int or bytes value, or None with an optlen");
            return NULL;
        }
        r = setsockopt(s->fd, level, opt, NULL, (socklen_t)len);
    } else if (obj_isinstance_type(args[3], &BytesType)) {
        BytesObject *b = (BytesObject *)args[3];
        r = setsockopt(s->fd, level, opt, b->data, (socklen_t)b->n);
    } else {
        if (opt_int(args[3], 0, &val) < 0)
            return NULL;
        r = setsockopt(s->fd, level, opt, &val, sizeof val);
    }
    if (r != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *sock_getsockopt(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, kw, "getsockopt", 2, 3);
    int level, opt, buflen = 0;
    if (!s || opt_int(args[1], 0, &level) < 0 || opt_int(args[2], 0, &opt) < 0 ||
        opt_int(nargs > 3 ? args[3] : NULL, 0, &buflen) < 0)
        return NULL;
    if (nargs == 3) {
        int v = 0;
        socklen_t n = sizeof v;
        if (getsockopt(s->fd, level, opt, &v, &n) != 0) {
            exc_set_oserror(errno);
            return NULL;
        }
        return int_from_i64(v);
    }
    if (buflen <= 0 || buflen > 1024) {
        exc_set(ExcOSError, "getsockopt buflen out of range");
        return NULL;
    }
    char buf[1024];
    socklen_t n = (socklen_t)buflen;
    if (getsockopt(s->fd, level, opt, buf, &n) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return bytes_from(buf, n);
}

static int set_timeout(SocketObject *s, double t)
{
    if (s->fd >= 0 && set_nonblocking(s->fd, t >= 0) < 0)
        return -1;
    s->timeout = t;
    return 0;
}

static Object *sock_settimeout(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "settimeout");
    double t;
    if (!s || !nargs_in("settimeout", nargs, kw, 1, 1) || timeout_arg(args[1], &t) < 0 ||
        set_timeout(s, t) < 0)
        return NULL;
    return none_new();
}

static Object *sock_gettimeout(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "gettimeout");
    return s && nargs_in("gettimeout", nargs, kw, 0, 0) ? timeout_obj(s->timeout) : NULL;
}

static Object *sock_setblocking(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "setblocking");
    int on;
    if (!s || !nargs_in("setblocking", nargs, kw, 1, 1) || (on = obj_truth(args[1])) < 0 ||
        set_timeout(s, on ? -1 : 0) < 0)
        return NULL;
    return none_new();
}

static Object *sock_getblocking(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "getblocking");
    return s && nargs_in("getblocking", nargs, kw, 0, 0) ? bool_from(s->timeout != 0) : NULL;
}

/* ---- methods: the descriptor's life */

static Object *sock_fileno(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "fileno");
    return s && nargs_in("fileno", nargs, kw, 0, 0) ? int_from_i64(s->fd) : NULL;
}

static int real_close(SocketObject *s)
{
    int fd = s->fd;
    s->fd = -1;
    if (fd >= 0 && close(fd) != 0 && errno != EINTR && errno != ECONNRESET) {
        exc_set_oserror(errno);
        return -1;
    }
    return 0;
}

/* close() and __exit__: the descriptor goes now, or with the last makefile() file. */
static Object *close_impl(SocketObject *s)
{
    s->closed = true;
    return s->io_refs > 0 || real_close(s) == 0 ? none_new() : NULL;
}

static Object *sock_close(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "close");
    return s && nargs_in("close", nargs, kw, 0, 0) ? close_impl(s) : NULL;
}

static Object *sock_exit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "__exit__");
    return s ? close_impl(s) : NULL;
}

static Object *sock_enter(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    INCREF(args[0]);
    return args[0];
}

static Object *sock_detach(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = as_sock(args, nargs, "detach");
    if (!s || !nargs_in("detach", nargs, kw, 0, 0))
        return NULL;
    int fd = s->fd;
    s->fd = -1;
    s->closed = true;
    return int_from_i64(fd);
}

static Object *sock_dup(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    SocketObject *s = self_sock(args, nargs, kw, "dup", 0, 0);
    if (!s)
        return NULL;
    int fd = fcntl(s->fd, F_DUPFD_CLOEXEC, 0);
    if (fd < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return sock_wrap(fd, s->family, s->type, s->proto);
}

/* ---- makefile: open()'s buffered files over the socket (file.h's stream) */

static ssize_t stream_read(Object *owner, char *buf, size_t n)
{
    SocketObject *s = (SocketObject *)owner;
    if (s->fd < 0) {
        exc_set_oserror(EBADF);
        return -1;
    }
    Xfer x = { .buf = buf, .n = n };
    return sock_call(s, false, op_recv, &x, deadline_of(s->timeout), "recv");
}

/* Without release (a file freed mid-collection), the GIL stays held: the
 * bytes go in plain send calls, and what the socket will not take at once
 * (a non-blocking one) is an error. */
static int stream_write(Object *owner, const char *p, size_t n, bool release)
{
    SocketObject *s = (SocketObject *)owner;
    if (s->fd < 0) {
        exc_set_oserror(EBADF);
        return -1;
    }
    if (release)
        return send_all(s, p, n, 0);
    while (n) {
        ssize_t k = send(s->fd, p, n, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            exc_set_oserror(errno);
            return -1;
        }
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

static int stream_close(Object *owner)
{
    SocketObject *s = (SocketObject *)owner;
    return --s->io_refs == 0 && s->closed ? real_close(s) : 0;
}

static const FileStream sock_stream = { stream_read, stream_write, stream_close };

/* makefile(mode='r', buffering=None, *, encoding=None, errors=None, newline=None) */
static Object *sock_makefile(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "mode", "buffering", "encoding", "errors", "newline", NULL };
    Object *a[5];
    SocketObject *s = as_sock(args, nargs, "makefile");
    if (!s || args_parse("makefile", args + 1, nargs - 1, kwnames, 0, kw, a) < 0)
        return NULL;
    const char *mode = "r";
    if (a[0]) {
        if (!obj_isinstance_type(a[0], &StrType)) {
            exc_set(ExcTypeError, "'%s' object is not iterable", a[0]->type->name);
            return NULL;
        }
        mode = str_utf8(a[0]);
    }
    if (strspn(mode, "rwb") != strlen(mode)) {
        exc_set(ExcValueError, "invalid mode '%s' (only r, w, b allowed)", mode);
        return NULL;
    }
    int buffering;
    if (opt_int(a[1], -1, &buffering) < 0)
        return NULL;
    if (buffering == 0) {
        exc_set(ExcValueError, strchr(mode, 'b') ? "gilvm: makefile() has no unbuffered (raw) files"
                                                 : "unbuffered streams must be binary");
        return NULL;
    }
    char m[4];
    snprintf(m, sizeof m, "%s%s%s", strchr(mode, 'r') || !strchr(mode, 'w') ? "r" : "",
             strchr(mode, 'w') ? "w" : "", strchr(mode, 'b') ? "b" : "");
    Object *file = file_from_stream(&sock_stream, (Object *)s, s->fd, m, a[2], a[3], a[4]);
    if (file)
        s->io_refs++;
    return file;
}

/* v as a member of socket.py's enum enum_name (AddressFamily, SocketKind),
 * as CPython's socket.socket answers family and type; v itself when it has
 * no member or socket.py is not loaded (CPython's _socket answers ints). */
static Object *socket_enum(const char *enum_name, int v)
{
    Object *n = int_from_i64(v);
    Object *m = n ? module_imported("socket") : NULL;
    Object *cls = m && obj_is(m, &ModuleType) ? dict_get_str(module_dict(m), enum_name) : NULL;
    if (!cls)
        return n;
    Object *member = obj_call(cls, &n, 1, NULL);
    if (member || !exc_matches(exc_occurred(), (Object *)ExcValueError)) {
        DECREF(n);
        return member;
    }
    exc_clear();
    return n;
}

static Object *get_family(Object *o) { return socket_enum("AddressFamily", ((SocketObject *)o)->family); }
static Object *get_type(Object *o) { return socket_enum("SocketKind", ((SocketObject *)o)->type); }
static Object *get_proto(Object *o) { return int_from_i64(((SocketObject *)o)->proto); }
static Object *get_timeout(Object *o) { return timeout_obj(((SocketObject *)o)->timeout); }

/* "socket.socket", or a subclass's module.qualname, as socket.py's repr. */
static int sock_put_class_name(StrBuf *b, Object *o)
{
    if (o->type == &SocketType) {
        strbuf_puts(b, "socket.socket");
        return 0;
    }
    Object *mod = obj_getattr_str((Object *)o->type, "__module__");
    Object *qual = mod ? obj_getattr_str((Object *)o->type, "__qualname__") : NULL;
    int r = qual && strbuf_put_obj(b, mod, false) == 0 ? 0 : -1;
    strbuf_puts(b, ".");
    if (r == 0)
        r = strbuf_put_obj(b, qual, false);
    XDECREF(mod);
    XDECREF(qual);
    return r;
}

/* socket.py's repr: the local and peer addresses when there are. */
static Object *sock_repr(Object *o)
{
    SocketObject *s = (SocketObject *)o;
    StrBuf b = { 0 };
    strbuf_puts(&b, "<");
    if (sock_put_class_name(&b, o) < 0) {
        strbuf_free(&b);
        return NULL;
    }
    strbuf_printf(&b, "%s fd=%d, family=%d, type=%d, proto=%d",
                  s->closed ? " [closed]" : "", s->fd, s->family, s->type, s->proto);
    for (int peer = 0; !s->closed && s->fd >= 0 && peer < 2; peer++) {
        Addr a;
        addr_clear(&a);
        int r = peer ? getpeername(s->fd, (struct sockaddr *)&a.ss, &a.len)
                     : getsockname(s->fd, (struct sockaddr *)&a.ss, &a.len);
        Object *addr = r == 0 ? addr_to(&a) : NULL;
        int truth = addr ? obj_truth(addr) : 0;
        if (truth > 0) {
            strbuf_puts(&b, peer ? ", raddr=" : ", laddr=");
            strbuf_put_obj(&b, addr, false);
        }
        XDECREF(addr);
        exc_clear();   /* as socket.py: an address it cannot get is left out */
    }
    strbuf_puts(&b, ">");
    return strbuf_finish(&b);
}

static const MethodDef sock_methods[] = {
    { "__init__", sock_init, NULL },
    { "bind", sock_bind, NULL },
    { "listen", sock_listen, NULL },
    { "accept", sock_accept, NULL },
    { "connect", sock_connect, NULL },
    { "connect_ex", sock_connect_ex, NULL },
    { "shutdown", sock_shutdown, NULL },
    { "recv", sock_recv, NULL },
    { "recvfrom", sock_recvfrom, NULL },
    { "recv_into", sock_recv_into, NULL },
    { "recvfrom_into", sock_recvfrom_into, NULL },
    { "send", sock_send, NULL },
    { "sendall", sock_sendall, NULL },
    { "sendto", sock_sendto, NULL },
    { "getsockname", sock_getsockname, NULL },
    { "getpeername", sock_getpeername, NULL },
    { "setsockopt", sock_setsockopt, NULL },
    { "getsockopt", sock_getsockopt, NULL },
    { "settimeout", sock_settimeout, NULL },
    { "gettimeout", sock_gettimeout, NULL },
    { "setblocking", sock_setblocking, NULL },
    { "getblocking", sock_getblocking, NULL },
    { "fileno", sock_fileno, NULL },
    { "close", sock_close, NULL },
    { "detach", sock_detach, NULL },
    { "dup", sock_dup, NULL },
    { "makefile", sock_makefile, NULL },
    { "__enter__", sock_enter, NULL },
    { "__exit__", sock_exit, NULL },
    { "family", NULL, get_family },
    { "type", NULL, get_type },
    { "proto", NULL, get_proto },
    { "timeout", NULL, get_timeout },
    { NULL, NULL, NULL },
};

static Type SocketType = {
    OBJ_HEAD_INIT(&TypeType), .name = "socket", .base = &ObjectType,
    .flags = TYPE_BASETYPE | TYPE_CONSTRUCT_SUBCLASS, .basicsize = sizeof(SocketObject), .dealloc = sock_dealloc, .repr = sock_repr,
    .construct = sock_construct, .methods = sock_methods,
};

/* ---- module functions */

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

static Object *sk_gethostname(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    char name[256];
    if (nargs || kw) {
        exc_set(ExcTypeError, "gethostname() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    if (gethostname(name, sizeof name) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    name[sizeof name - 1] = '\0';
    return str_from_cstr(name);
}

static Object *sk_gethostbyname(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "gethostbyname() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    if (!obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "gethostbyname() argument 1 must be str, not %s", args[0]->type->name);
        return NULL;
    }
    struct in_addr in;
    char ip[INET_ADDRSTRLEN];
    if (resolve_host(args[0], AF_INET, &in) < 0)
        return NULL;
    return str_from_cstr(inet_ntop(AF_INET, &in, ip, sizeof ip));
}

/* ---- byte order and address conversions (libc's, as CPython binds them) */

/* A module function's exact count of positional arguments. */
static bool nargs_exact(const char *name, size_t nargs, Object *kw, size_t want)
{
    if (kw)
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
    else if (nargs != want)
        exc_set(ExcTypeError, "%s() takes exactly %zu argument%s (%zu given)", name, want,
                want == 1 ? "" : "s", nargs);
    return !kw && nargs == want;
}

/* A hostent's NULL-terminated list of names, or of addresses of family. */
static Object *hostent_list(char **items, int family)
{
    Object *l = list_new(0);
    for (size_t i = 0; l && items && items[i]; i++) {
        char ip[INET6_ADDRSTRLEN];
        Object *s = family ? str_from_cstr(inet_ntop(family, items[i], ip, sizeof ip))
                           : str_from_cstr(items[i]);
        if (!s || list_append(l, s) < 0)
            SETREF(l, NULL);
        XDECREF(s);
    }
    return l;
}

/* gethostbyaddr(host): (hostname, aliases, addresses) for host's address
 * (IPv6 when it is written as one), the resolver's reverse lookup run
 * with the GIL released; herror when it finds nothing. */
static Object *sk_gethostbyaddr(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_exact("gethostbyaddr", nargs, kw, 1))
        return NULL;
    bool text = obj_isinstance_type(args[0], &StrType);
    if (!text && !obj_isinstance_type(args[0], &BytesType)) {
        exc_set(ExcTypeError, "gethostbyaddr() argument 1 must be str, bytes or bytearray, not %s",
                args[0]->type->name);
        return NULL;
    }
    const char *host = text ? str_utf8(args[0]) : (const char *)((BytesObject *)args[0])->data;
    int family = strchr(host, ':') ? AF_INET6 : AF_INET;
    struct in6_addr addr;   /* big enough for either family */
    if (resolve_host(args[0], family, &addr) < 0)
        return NULL;
    struct hostent hb, *h = NULL;
    char buf[16384];
    int herr = 0;
    vm_block_begin("gethostbyaddr");
    gethostbyaddr_r(&addr, family == AF_INET ? sizeof(struct in_addr) : sizeof addr, family, &hb,
                    buf, sizeof buf, &h, &herr);
    vm_block_end();
    if (!h) {
        set_module_error("herror", herr, hstrerror(herr));
        return NULL;
    }
    Object *name = str_from_cstr(h->h_name);
    Object *aliases = name ? hostent_list(h->h_aliases, 0) : NULL;
    Object *addrs = aliases ? hostent_list(h->h_addr_list, h->h_addrtype) : NULL;
    Object *r = addrs ? tuple_pack(3, name, aliases, addrs) : NULL;
    XDECREF(name);
    XDECREF(aliases);
    XDECREF(addrs);
    return r;
}

/* A 16-bit value (htons, ntohs); python3's errors rather than 3.8's
 * truncation with a DeprecationWarning. */
static int u16_arg(const char *name, Object *o, uint16_t *out)
{
    int64_t v;
    if (int_arg(o, &v) < 0)
        return -1;
    if (v < 0 || v > 0xffff) {
        exc_set(ExcOverflowError, "%s: %s to C 16-bit unsigned integer", name,
                v < 0 ? "can't convert negative Python int" : "Python int too large to convert");
        return -1;
    }
    *out = (uint16_t)v;
    return 0;
}

/* htonl, ntohl: one object argument, as CPython's METH_O functions. */
static int u32_arg(const char *name, Object *const *args, size_t nargs, Object *kw, uint32_t *out)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, kw ? "%s() takes no keyword arguments"
                                 : "%s() takes exactly one argument (%zu given)", name, nargs);
        return -1;
    }
    Object *o = args[0];
    if (!obj_isinstance_type(o, &IntType)) {
        exc_set(ExcTypeError, "expected int, %s found", o->type->name);
        return -1;
    }
    int64_t v = int_value(o);   /* clamped: the sign of a big one */
    const char *why = v < 0 ? "can't convert negative value to unsigned int"
                      : !int_is_small(o) ? "Python int too large to convert to C unsigned long"
                      : v > 0xffffffff ? "int larger than 32 bits" : NULL;
    if (why) {
        exc_set(ExcOverflowError, "%s", why);
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

static Object *sk_htons(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    uint16_t v;
    if (!nargs_exact("htons", nargs, kw, 1) || u16_arg("htons", args[0], &v) < 0)
        return NULL;
    return int_from_i64(htons(v));
}

static Object *sk_ntohs(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    uint16_t v;
    if (!nargs_exact("ntohs", nargs, kw, 1) || u16_arg("ntohs", args[0], &v) < 0)
        return NULL;
    return int_from_i64(ntohs(v));
}

static Object *sk_htonl(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    uint32_t v;
    if (u32_arg("htonl", args, nargs, kw, &v) < 0)
        return NULL;
    return int_from_i64(htonl(v));
}

static Object *sk_ntohl(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    uint32_t v;
    if (u32_arg("ntohl", args, nargs, kw, &v) < 0)
        return NULL;
    return int_from_i64(ntohl(v));
}

/* An address string for libc: a str without NULs. */
static const char *ip_text(const char *fn, int pos, Object *o)
{
    if (!obj_isinstance_type(o, &StrType)) {
        exc_set(ExcTypeError, "%s() argument %d must be str, not %s", fn, pos, o->type->name);
        return NULL;
    }
    if (strlen(str_utf8(o)) != str_nbytes(o)) {
        exc_set(ExcValueError, "embedded null character");
        return NULL;
    }
    return str_utf8(o);
}

static Object *sk_inet_aton(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const char *s = nargs_exact("inet_aton", nargs, kw, 1) ? ip_text("inet_aton", 1, args[0]) : NULL;
    struct in_addr in;
    if (!s)
        return NULL;
    if (!inet_aton(s, &in)) {
        exc_set(ExcOSError, "illegal IP address string passed to inet_aton");
        return NULL;
    }
    return bytes_from(&in, sizeof in);
}

static Object *sk_inet_ntoa(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const unsigned char *p;
    size_t n;
    if (!nargs_exact("inet_ntoa", nargs, kw, 1) || buffer_peek(args[0], &p, &n) < 0)
        return NULL;
    if (n != sizeof(struct in_addr)) {
        exc_set(ExcOSError, "packed IP wrong length for inet_ntoa");
        return NULL;
    }
    char ip[INET_ADDRSTRLEN];
    return str_from_cstr(inet_ntop(AF_INET, p, ip, sizeof ip));
}

static Object *sk_inet_pton(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int family;
    if (!nargs_exact("inet_pton", nargs, kw, 2) || opt_int(args[0], 0, &family) < 0)
        return NULL;
    const char *s = ip_text("inet_pton", 2, args[1]);
    unsigned char dst[sizeof(struct in6_addr)];
    if (!s)
        return NULL;
    int r = inet_pton(family, s, dst);
    if (r < 0)
        exc_set_oserror(errno);
    else if (r == 0)
        exc_set(ExcOSError, "illegal IP address string passed to inet_pton");
    return r <= 0 ? NULL : bytes_from(dst, family == AF_INET ? sizeof(struct in_addr) : sizeof dst);
}

static Object *sk_inet_ntop(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int family;
    const unsigned char *p;
    size_t n;
    if (!nargs_exact("inet_ntop", nargs, kw, 2) || opt_int(args[0], 0, &family) < 0 ||
        buffer_peek(args[1], &p, &n) < 0)
        return NULL;
    if (family != AF_INET && family != AF_INET6) {
        exc_set(ExcValueError, "unknown address family %d", family);
        return NULL;
    }
    if (n != (family == AF_INET ? sizeof(struct in_addr) : sizeof(struct in6_addr))) {
        exc_set(ExcValueError, "invalid length of packed IP address string");
        return NULL;
    }
    char ip[INET6_ADDRSTRLEN];
    return str_from_cstr(inet_ntop(family, p, ip, sizeof ip));
}

/* fromfd(fd, family, type, proto=0): a socket over a duplicate of fd, as
 * CPython's socket.fromfd; the caller keeps fd. */
static Object *sk_fromfd(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "fd", "family", "type", "proto", NULL };
    Object *a[4];
    int64_t fd;
    int family, stype, proto;
    if (args_parse("fromfd", args, nargs, kwnames, 3, kw, a) < 0 || int_arg(a[0], &fd) < 0 ||
        opt_int(a[1], 0, &family) < 0 || opt_int(a[2], 0, &stype) < 0 || opt_int(a[3], 0, &proto) < 0)
        return NULL;
    int nfd = fd < 0 || fd > INT32_MAX ? (errno = EBADF, -1) : fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
    if (nfd < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return sock_wrap(nfd, family, stype, proto);
}

/* getaddrinfo's host or port argument as a C string (NULL for None);
 * *owned is what the caller frees. */
static int gai_arg(Object *o, bool port, const char **out, char **owned)
{
    *out = NULL;
    *owned = NULL;
    if (o == None)
        return 0;
    char num[24];
    const char *p = NULL;
    if (obj_isinstance_type(o, &StrType))
        p = str_utf8(o);
    else if (obj_isinstance_type(o, &BytesType))
        p = (const char *)((BytesObject *)o)->data;
    else if (port && obj_isinstance_type(o, &IntType)) {
        int64_t v;
        if (int_as_i64(o, &v) < 0)
            return -1;
        snprintf(num, sizeof num, "%lld", (long long)v);
        p = num;
    } else {
        if (port)
            exc_set(ExcOSError, "Int or String expected");
        else
            exc_set(ExcTypeError, "getaddrinfo() argument 1 must be string or None");
        return -1;
    }
    if (!(*owned = strdup(p))) {
        exc_nomemory();
        return -1;
    }
    *out = *owned;
    return 0;
}

static Object *gai_entry(const struct addrinfo *ai)
{
    Addr a = { .len = ai->ai_addrlen };
    memcpy(&a.ss, ai->ai_addr, ai->ai_addrlen < sizeof a.ss ? ai->ai_addrlen : sizeof a.ss);
    Object *v[5] = { int_from_i64(ai->ai_family), int_from_i64(ai->ai_socktype),
                     int_from_i64(ai->ai_protocol), str_from_cstr(ai->ai_canonname ? ai->ai_canonname : ""),
                     addr_to(&a) };
    Object *t = v[0] && v[1] && v[2] && v[3] && v[4] ? tuple_pack(5, v[0], v[1], v[2], v[3], v[4]) : NULL;
    for (int i = 0; i < 5; i++)
        XDECREF(v[i]);
    return t;
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) */
static Object *sk_getaddrinfo(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "host", "port", "family", "type", "proto", "flags", NULL };
    Object *a[6];
    struct addrinfo hints = { 0 }, *res = NULL;
    const char *host, *port;
    char *host_owned = NULL, *port_owned = NULL;
    Object *list = NULL;
    if (args_parse("getaddrinfo", args, nargs, kwnames, 2, kw, a) < 0 ||
        opt_int(a[2], 0, &hints.ai_family) < 0 || opt_int(a[3], 0, &hints.ai_socktype) < 0 ||
        opt_int(a[4], 0, &hints.ai_protocol) < 0 || opt_int(a[5], 0, &hints.ai_flags) < 0 ||
        gai_arg(a[0], false, &host, &host_owned) < 0 || gai_arg(a[1], true, &port, &port_owned) < 0)
        goto done;
    vm_block_begin("getaddrinfo");
    int rc = getaddrinfo(host, port, &hints, &res);
    int err = errno;
    vm_block_end();
    if (rc != 0) {
        set_gaierror(rc, err);
        goto done;
    }
    list = list_new(0);
    for (struct addrinfo *ai = res; list && ai; ai = ai->ai_next) {
        Object *e = gai_entry(ai);
        if (!e || list_append(list, e) < 0)
            SETREF(list, NULL);
        XDECREF(e);
    }
    freeaddrinfo(res);
done:
    free(host_owned);
    free(port_owned);
    return list;
}

static Object *sk_getdefaulttimeout(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "getdefaulttimeout() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    return timeout_obj(default_timeout);
}

static Object *sk_setdefaulttimeout(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "setdefaulttimeout() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    return timeout_arg(args[0], &default_timeout) < 0 ? NULL : none_new();
}

/* ---- the module */

#define SOCKET_CONSTANTS(X)                                                                    \
    X(AF_INET) X(AF_INET6) X(AF_UNIX) X(AF_UNSPEC)                                             \
    X(SOCK_STREAM) X(SOCK_DGRAM) X(SOCK_RAW) X(SOCK_SEQPACKET) X(SOCK_NONBLOCK) X(SOCK_CLOEXEC) \
    X(SOL_SOCKET) X(SOL_TCP) X(SOMAXCONN)                                           \
    X(SO_REUSEADDR) X(SO_REUSEPORT) X(SO_KEEPALIVE) X(SO_BROADCAST) X(SO_RCVBUF) X(SO_SNDBUF)  \
    X(SO_ERROR) X(SO_TYPE) X(SO_LINGER) X(SO_OOBINLINE) X(SO_RCVLOWAT) X(SO_SNDLOWAT)          \
    X(SO_ACCEPTCONN) X(SO_DOMAIN) X(SO_PROTOCOL)                                               \
    X(IPPROTO_IP) X(IPPROTO_TCP) X(IPPROTO_UDP) X(IPPROTO_IPV6) X(IPPROTO_ICMP)                \
    X(IP_TTL) X(IP_TOS) X(IP_MULTICAST_TTL) X(IP_MULTICAST_LOOP) X(IP_ADD_MEMBERSHIP)          \
    X(IPV6_V6ONLY) X(TCP_NODELAY) X(TCP_MAXSEG) X(TCP_KEEPIDLE) X(TCP_KEEPINTVL) X(TCP_KEEPCNT) \
    X(SHUT_RD) X(SHUT_WR) X(SHUT_RDWR)                                                         \
    X(MSG_OOB) X(MSG_PEEK) X(MSG_DONTROUTE) X(MSG_DONTWAIT) X(MSG_WAITALL) X(MSG_TRUNC)        \
    X(MSG_CTRUNC) X(MSG_EOR) X(MSG_NOSIGNAL)                                                   \
    X(AI_PASSIVE) X(AI_CANONNAME) X(AI_NUMERICHOST) X(AI_NUMERICSERV) X(AI_ADDRCONFIG)         \
    X(AI_V4MAPPED) X(AI_ALL)                                                                   \
    X(EAI_AGAIN) X(EAI_BADFLAGS) X(EAI_FAIL) X(EAI_FAMILY) X(EAI_MEMORY) X(EAI_NONAME)         \
    X(EAI_SERVICE) X(EAI_SOCKTYPE) X(EAI_SYSTEM)

static const struct { const char *name; long v; } constants[] = {
#define CONST_ROW(nm) { #nm, nm },
    SOCKET_CONSTANTS(CONST_ROW)
#undef CONST_ROW
    { "INADDR_ANY", INADDR_ANY }, { "INADDR_LOOPBACK", INADDR_LOOPBACK },
    { "INADDR_BROADCAST", INADDR_BROADCAST }, { "INADDR_NONE", INADDR_NONE },
};

static const struct { const char *name; CallFn fn; } functions[] = {
    { "socketpair", sk_socketpair }, { "gethostname", sk_gethostname },
    { "gethostbyname", sk_gethostbyname }, { "gethostbyaddr", sk_gethostbyaddr },
    { "getaddrinfo", sk_getaddrinfo },
    { "getdefaulttimeout", sk_getdefaulttimeout }, { "setdefaulttimeout", sk_setdefaulttimeout },
    { "htons", sk_htons }, { "ntohs", sk_ntohs }, { "htonl", sk_htonl }, { "ntohl", sk_ntohl },
    { "inet_aton", sk_inet_aton }, { "inet_ntoa", sk_inet_ntoa },
    { "inet_pton", sk_inet_pton }, { "inet_ntop", sk_inet_ntop }, { "fromfd", sk_fromfd },
};

static int add_owned(Object *m, const char *name, Object *v)   /* steals v */
{
    int r = v ? module_add(m, name, v) : -1;
    XDECREF(v);
    return r;
}

Object *mod__socket_init(void)
{
    Object *m = module_new("_socket", NULL);
    int bad = !m || module_add(m, "socket", (Object *)&SocketType) < 0 ||
              module_add(m, "SocketType", (Object *)&SocketType) < 0 ||
              module_add(m, "error", (Object *)ExcOSError) < 0 ||
              module_add(m, "timeout", (Object *)ExcTimeoutError) < 0 ||
              add_owned(m, "gaierror", (Object *)type_new_module_class("socket", "gaierror", ExcOSError)) < 0 ||
              add_owned(m, "herror", (Object *)type_new_module_class("socket", "herror", ExcOSError)) < 0 ||
              module_add(m, "has_ipv6", TrueObj) < 0;
    for (size_t i = 0; !bad && i < sizeof functions / sizeof *functions; i++)
        bad = module_add_func(m, functions[i].name, functions[i].fn) < 0;
    for (size_t i = 0; !bad && i < sizeof constants / sizeof *constants; i++)
        bad = add_owned(m, constants[i].name, int_from_i64(constants[i].v)) < 0;
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
