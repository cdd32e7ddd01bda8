/* vm/modules/mod_select.c — the `select` module: select.select over
 * select(2), select.poll over poll(2) and select.epoll over epoll(7), as
 * CPython's.
 *
 * Invariants:
 *   - A wait runs with the GIL released on C copies (fd_sets, a pollfd
 *     array) made before it; the objects are read again only after.
 *   - A poll object is a dict fd -> event mask (its insertion order is the
 *     order of the pollfd array and of the results).  While one thread
 *     waits in its poll(), `polling` is set and another poll() on it is a
 *     RuntimeError, as in CPython; register/modify/unregister meanwhile
 *     change the dict only, seen by the next poll().
 *   - An epoll object owns its epoll descriptor (-1 once closed); the
 *     kernel keeps the interest list, so a wait needs only the fd and a
 *     malloc'ed event array.
 *   - A wait cut by a signal (EINTR) takes the GIL back, raises
 *     KeyboardInterrupt on the main thread (vmthread_check_signals) or
 *     retries with what is left of the timeout.
 */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>
#include <time.h>

#include "vm/modules/mod_os.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

/* ---- shared */

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec * 1e-9;
}

/* ---- select.select */

/* The objects of one list argument and their fds, for the wait and the result. */
typedef struct FdList {
    Object *items;   /* a list (owned) */
    int *fds;
    fd_set set;
} FdList;

static int fdlist_fill(FdList *l, Object *seq, int *maxfd)
{
    FD_ZERO(&l->set);
    Object *it = obj_iter(seq);
    if (!it) {
        if (exc_matches(exc_occurred(), (Object *)ExcTypeError)) {
            exc_clear();
            exc_set(ExcTypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    l->items = list_new(0);
    Object *x;
    while (l->items && (x = obj_iternext(it))) {
        if (list_append(l->items, x) < 0)
            SETREF(l->items, NULL);
        DECREF(x);
    }
    DECREF(it);
    if (!l->items || exc_occurred())
        return -1;
    size_t n = (size_t)obj_len(l->items);
    if (!(l->fds = malloc((n ? n : 1) * sizeof *l->fds))) {
        exc_nomemory();
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (os_fd_of(((ListObject *)l->items)->items[i], &l->fds[i]) < 0)
            return -1;
        if (l->fds[i] >= FD_SETSIZE) {
            exc_set(ExcValueError, "filedescriptor out of range in select()");
            return -1;
        }
        FD_SET(l->fds[i], &l->set);
        if (l->fds[i] > *maxfd)
            *maxfd = l->fds[i];
    }
    return 0;
}

/* The objects whose fd is in the set after the wait, in their order. */
static Object *fdlist_ready(FdList *l)
{
    Object *out = list_new(0);
    ListObject *in = (ListObject *)l->items;
    for (size_t i = 0; out && i < in->n; i++)
        if (FD_ISSET(l->fds[i], &l->set) && list_append(out, in->items[i]) < 0)
            SETREF(out, NULL);
    return out;
}

/* select's and poll's timeout: None (< 0: forever) or a number. */
static int select_timeout(Object *o, double *out)
{
    int r = num_as_timeout(o, out);
    if (r > 0)
        exc_set(ExcTypeError, "timeout must be a float or None");
    if (r != 0)
        return -1;
    if (o && o != None && *out < 0) {
        exc_set(ExcValueError, "timeout must be non-negative");
        return -1;
    }
    return 0;
}

/* select(2) on copies of the sets until it answers: its count, or -1
 * with an exception set. */
static int select_wait(FdList l[3], int maxfd, double timeout)
{
    double deadline = timeout >= 0 ? now_seconds() + timeout : -1;
    const fd_set saved[3] = { l[0].set, l[1].set, l[2].set };
    for (;;) {
        struct timeval tv, *tvp = NULL;
        if (deadline >= 0) {
            double left = fmax(deadline - now_seconds(), 0);
            tv.tv_sec = (time_t)left;
            tv.tv_usec = (suseconds_t)((left - (double)tv.tv_sec) * 1e6);
            tvp = &tv;
        }
        for (int i = 0; i < 3; i++)
            l[i].set = saved[i];
        int r = -1, err = EINTR;
        vm_block_begin("select");
        if (!vm_block_interrupted()) {
            r = select(maxfd + 1, &l[0].set, &l[1].set, &l[2].set, tvp);
            err = errno;
        }
        vm_block_end();
        if (r >= 0)
            return r;
        if (err != EINTR) {
            exc_set_oserror(err);
            return -1;
        }
        if (vmthread_check_signals() < 0)
            return -1;
    }
}

static Object *sel_select(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw) {
        exc_set(ExcTypeError, "select() takes no keyword arguments");
        return NULL;
    }
    if (nargs < 3 || nargs > 4) {
        exc_set(ExcTypeError, "select expected at %s arguments, got %zu",
                nargs < 3 ? "least 3" : "most 4", nargs);
        return NULL;
    }
    FdList l[3] = { { 0 } };
    int maxfd = -1;
    double timeout;
    Object *result = NULL;
    if (select_timeout(nargs > 3 ? args[3] : NULL, &timeout) < 0)
        return NULL;
    for (int i = 0; i < 3; i++)
        if (fdlist_fill(&l[i], args[i], &maxfd) < 0)
            goto done;
    if (select_wait(l, maxfd, timeout) < 0)
        goto done;
    Object *r[3] = { fdlist_ready(&l[0]), fdlist_ready(&l[1]), fdlist_ready(&l[2]) };
    result = r[0] && r[1] && r[2] ? tuple_pack(3, r[0], r[1], r[2]) : NULL;
    for (int i = 0; i < 3; i++)
        XDECREF(r[i]);
done:
    for (int i = 0; i < 3; i++) {
        XDECREF(l[i].items);
        free(l[i].fds);
    }
    return result;
}

/* ---- select.poll */

typedef struct PollObject {
    Object ob;
    Object *fds;    /* dict: int fd -> int mask */
    bool polling;   /* a poll() is waiting */
} PollObject;

static Type PollType;

static void poll_dealloc(Object *o)
{
    XDECREF(((PollObject *)o)->fds);
    obj_free(o);
}

static PollObject *as_poll(Object *const *args, size_t nargs, Object *kw, const char *meth,
                           size_t min, size_t max)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &PollType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'select.poll' object", meth);
        return NULL;
    }
    size_t given = nargs - 1;
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", meth);
        return NULL;
    }
    if (given < min || given > max) {
        if (min == max)
            exc_set(ExcTypeError, "%s() takes exactly one argument (%zu given)", meth, given);
        else
            exc_set(ExcTypeError, "%s expected at %s %zu argument%s, got %zu", meth,
                    given < min ? "least" : "most", given < min ? min : max,
                    (given < min ? min : max) == 1 ? "" : "s", given);
        return NULL;
    }
    return (PollObject *)args[0];
}

static int mask_arg(Object *o, int dflt, int *out)
{
    int64_t v = dflt;
    if (o) {
        if (!obj_isinstance_type(o, &IntType) && !obj_isinstance_type(o, &BoolType)) {
            exc_set(ExcTypeError, "'%s' object cannot be interpreted as an integer", o->type->name);
            return -1;
        }
        if (int_as_i64(o, &v) < 0)
            return -1;
    }
    if (v < 0 || v > 0xffff) {
        exc_set(ExcOverflowError, "Python int too large to convert to C unsigned short");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* register and modify: fd -> mask in the dict (modify: only a registered fd). */
static Object *poll_set(Object *const *args, size_t nargs, Object *kw, const char *meth, bool must_exist)
{
    PollObject *p = as_poll(args, nargs, kw, meth, must_exist ? 2 : 1, 2);
    int fd, mask;
    if (!p || os_fd_of(args[1], &fd) < 0 ||
        mask_arg(nargs > 2 ? args[2] : NULL, POLLIN | POLLPRI | POLLOUT, &mask) < 0)
        return NULL;
    Object *key = int_from_i64(fd), *val = key ? int_from_i64(mask) : NULL;
    int r = -1;
    if (val) {
        if (must_exist && !dict_get(p->fds, key)) {
            if (!exc_occurred())
                exc_set_oserror(ENOENT);
        } else {
            r = dict_set(p->fds, key, val);
        }
    }
    XDECREF(key);
    XDECREF(val);
    return r < 0 ? NULL : none_new();
}

static Object *poll_register(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return poll_set(args, nargs, kw, "register", false);
}
static Object *poll_modify(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return poll_set(args, nargs, kw, "modify", true);
}

static Object *poll_unregister(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    PollObject *p = as_poll(args, nargs, kw, "unregister", 1, 1);
    int fd;
    if (!p || os_fd_of(args[1], &fd) < 0)
        return NULL;
    Object *key = int_from_i64(fd);
    if (!key)
        return NULL;
    int r = -1;
    if (dict_get(p->fds, key)) {
        r = dict_del(p->fds, key);
    } else if (!exc_occurred()) {
        Object *e = exc_new(ExcKeyError, &key, 1);
        if (e)
            exc_set_obj(e);
    }
    DECREF(key);
    return r < 0 ? NULL : none_new();
}

/* poll's timeout in milliseconds: None or negative waits forever; a float
 * is rounded up, as CPython's _PyTime_ROUND_TIMEOUT. */
static int poll_timeout(Object *o, double *ms)
{
    int r = num_as_timeout(o, ms);
    if (r > 0)
        exc_set(ExcTypeError, "timeout must be an integer or None");
    if (r != 0)
        return -1;
    *ms = *ms < 0 ? -1 : ceil(*ms);
    return 0;
}

/* The dict as a pollfd array (its order), malloc'ed; *n its length. */
static struct pollfd *poll_array(PollObject *p, size_t *n)
{
    Object *items = obj_call_method(p->fds, "items", NULL, 0);
    Object *it = items ? obj_iter(items) : NULL, *kv;
    XDECREF(items);
    size_t cap = (size_t)obj_len(p->fds) + 1;
    struct pollfd *a = it ? calloc(cap, sizeof *a) : NULL;
    *n = 0;
    if (it && !a)
        exc_nomemory();
    while (a && (kv = obj_iternext(it))) {
        int64_t fd, mask;
        if (*n < cap && int_as_i64(tuple_get(kv, 0), &fd) == 0 && int_as_i64(tuple_get(kv, 1), &mask) == 0) {
            a[*n].fd = (int)fd;
            a[(*n)++].events = (short)mask;
        }
        DECREF(kv);
    }
    XDECREF(it);
    if (a && exc_occurred()) {
        free(a);
        a = NULL;
    }
    return a;
}

static int poll_wait(struct pollfd *a, size_t n, double ms)
{
    double deadline = ms >= 0 ? now_seconds() + ms / 1000 : -1;
    for (;;) {
        int wait = -1;
        if (deadline >= 0) {
            double left = fmax(deadline - now_seconds(), 0) * 1000;
            wait = left > INT32_MAX ? INT32_MAX : (int)ceil(left);
        }
        int r = -1, err = EINTR;
        vm_block_begin("poll");
        if (!vm_block_interrupted()) {
            r = poll(a, (nfds_t)n, wait);
            err = errno;
        }
        vm_block_end();
        if (r >= 0)
            return r;
        if (err != EINTR) {
            exc_set_oserror(err);
            return -1;
        }
        if (vmthread_check_signals() < 0)
            return -1;
    }
}

static Object *poll_results(const struct pollfd *a, size_t n)
{
    Object *out = list_new(0);
    for (size_t i = 0; out && i < n; i++) {
        if (!a[i].revents)
            continue;
        Object *fd = int_from_i64(a[i].fd), *ev = int_from_i64((unsigned short)a[i].revents);
        Object *t = fd && ev ? tuple_pack(2, fd, ev) : NULL;
        if (!t || list_append(out, t) < 0)
            SETREF(out, NULL);
        XDECREF(fd);
        XDECREF(ev);
        XDECREF(t);
    }
    return out;
}

static Object *poll_poll(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    PollObject *p = as_poll(args, nargs, kw, "poll", 0, 1);
    double ms;
    if (!p || poll_timeout(nargs > 1 ? args[1] : NULL, &ms) < 0)
        return NULL;
    if (p->polling) {
        exc_set(ExcRuntimeError, "concurrent poll() invocation");
        return NULL;
    }
    size_t n;
    struct pollfd *a = poll_array(p, &n);
    if (!a)
        return NULL;
    p->polling = true;
    INCREF(p);   /* the wait must not outlive the object */
    int r = poll_wait(a, n, ms);
    p->polling = false;
    DECREF(p);
    Object *out = r < 0 ? NULL : poll_results(a, n);
    free(a);
    return out;
}

static const MethodDef poll_methods[] = {
    { "register", poll_register, NULL },
    { "modify", poll_modify, NULL },
    { "unregister", poll_unregister, NULL },
    { "poll", poll_poll, NULL },
    { NULL, NULL, NULL },
};

static Type PollType = {
    OBJ_HEAD_INIT(&TypeType), .name = "poll", .base = &ObjectType,
    .basicsize = sizeof(PollObject), .dealloc = poll_dealloc, .methods = poll_methods,
};

static Object *sel_poll(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "poll() takes no arguments (%zu given)", nargs);
        return NULL;
    }
    PollObject *p = (PollObject *)obj_alloc(&PollType, sizeof *p);
    if (p && !(p->fds = dict_new()))
        SETREF(p, NULL);
    return (Object *)p;
}

/* ---- select.epoll */

typedef struct EpollObject {
    Object ob;
    int epfd;   /* -1 once closed */
} EpollObject;

static Type EpollType;

static void epoll_dealloc(Object *o)
{
    EpollObject *e = (EpollObject *)o;
    if (e->epfd >= 0)
        close(e->epfd);
    obj_free(o);
}

static Object *epoll_construct(Object *type, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "sizehint", "flags", NULL };
    Object *a[2];
    int64_t hint = -1, flags = 0;
    if (args_parse("epoll", args, nargs, kwnames, 0, kw, a) < 0 ||
        (a[0] && int_as_i64(a[0], &hint) < 0) || (a[1] && int_as_i64(a[1], &flags) < 0))
        return NULL;
    if (hint != -1 && hint <= 0) {
        exc_set(ExcValueError, "negative sizehint");
        return NULL;
    }
    if (flags && flags != EPOLL_CLOEXEC) {
        exc_set(ExcOSError, "invalid flags");
        return NULL;
    }
    EpollObject *e = (EpollObject *)obj_alloc(&EpollType, sizeof *e);
    if (!e)
        return NULL;
    if ((e->epfd = epoll_create1(EPOLL_CLOEXEC)) < 0) {
        exc_set_oserror(errno);
        DECREF(e);
        return NULL;
    }
    return (Object *)e;
}

/* self, open (ValueError otherwise), with min..max arguments after it. */
static EpollObject *as_epoll(Object *const *args, size_t nargs, Object *kw, const char *meth,
                             size_t min, size_t max)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &EpollType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'select.epoll' object", meth);
        return NULL;
    }
    size_t given = nargs - 1;
    if (kw || given < min || given > max) {
        exc_set(ExcTypeError, "%s() takes from %zu to %zu positional arguments but %zu were given",
                meth, min + 1, max + 1, nargs);
        return NULL;
    }
    EpollObject *e = (EpollObject *)args[0];
    if (e->epfd < 0) {
        exc_set(ExcValueError, "I/O operation on closed epoll object");
        return NULL;
    }
    return e;
}

/* register (fd[, mask]), modify (fd, mask), unregister (fd): epoll_ctl's op. */
static Object *epoll_ctl_impl(Object *const *args, size_t nargs, Object *kw, const char *meth, int op)
{
    EpollObject *e = as_epoll(args, nargs, kw, meth, op == EPOLL_CTL_MOD ? 2 : 1,
                              op == EPOLL_CTL_DEL ? 1 : 2);
    int fd;
    int64_t mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
    if (!e || os_fd_of(args[1], &fd) < 0 || (nargs > 2 && int_as_i64(args[2], &mask) < 0))
        return NULL;
    struct epoll_event ev = { .events = (uint32_t)mask, .data.fd = fd };
    if (epoll_ctl(e->epfd, op, fd, &ev) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *epoll_register(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return epoll_ctl_impl(args, nargs, kw, "register", EPOLL_CTL_ADD);
}
static Object *epoll_modify(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return epoll_ctl_impl(args, nargs, kw, "modify", EPOLL_CTL_MOD);
}
static Object *epoll_unregister(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return epoll_ctl_impl(args, nargs, kw, "unregister", EPOLL_CTL_DEL);
}

static int epoll_wait_released(int epfd, struct epoll_event *ev, int max, double timeout)
{
    double deadline = timeout >= 0 ? now_seconds() + timeout : -1;
    for (;;) {
        int ms = -1;
        if (deadline >= 0) {
            double left = fmax(deadline - now_seconds(), 0) * 1000;
            ms = left > INT32_MAX ? INT32_MAX : (int)ceil(left);
        }
        int r = -1, err = EINTR;
        vm_block_begin("epoll");
        if (!vm_block_interrupted()) {
            r = epoll_wait(epfd, ev, max, ms);
            err = errno;
        }
        vm_block_end();
        if (r >= 0)
            return r;
        if (err != EINTR) {
            exc_set_oserror(err);
            return -1;
        }
        if (vmthread_check_signals() < 0)
            return -1;
    }
}

/* poll(timeout=None, maxevents=-1): timeout in seconds, None or negative
 * waits forever. */
static Object *epoll_poll(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "timeout", "maxevents", NULL };
    Object *a[2];
    EpollObject *e = as_epoll(args, 1, NULL, "poll", 0, 0);
    double timeout = -1;
    int64_t max = -1;
    if (!e || args_parse("poll", args + 1, nargs - 1, kwnames, 0, kw, a) < 0)
        return NULL;
    int r = num_as_timeout(a[0], &timeout);
    if (r > 0)
        exc_set(ExcTypeError, "timeout must be an integer or None");
    if (r != 0)
        return NULL;
    if (a[1] && int_as_i64(a[1], &max) < 0)
        return NULL;
    if (max == -1)
        max = FD_SETSIZE - 1;
    else if (max < 1 || max > INT32_MAX / (int64_t)sizeof(struct epoll_event)) {
        exc_set(ExcValueError, "maxevents must be greater than 0, got %lld", (long long)max);
        return NULL;
    }
    struct epoll_event *ev = malloc((size_t)max * sizeof *ev);
    if (!ev) {
        exc_nomemory();
        return NULL;
    }
    int n = epoll_wait_released(e->epfd, ev, (int)max, timeout < 0 ? -1 : timeout);
    Object *out = n < 0 ? NULL : list_new(0);
    for (int i = 0; out && i < n; i++) {
        Object *fd = int_from_i64(ev[i].data.fd), *bits = int_from_i64(ev[i].events);
        Object *t = fd && bits ? tuple_pack(2, fd, bits) : NULL;
        if (!t || list_append(out, t) < 0)
            SETREF(out, NULL);
        XDECREF(fd);
        XDECREF(bits);
        XDECREF(t);
    }
    free(ev);
    return out;
}

static Object *epoll_close(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    EpollObject *e = (EpollObject *)args[0];
    if (e->epfd >= 0) {
        int fd = e->epfd;
        e->epfd = -1;
        if (close(fd) != 0 && errno != EINTR) {
            exc_set_oserror(errno);
            return NULL;
        }
    }
    return none_new();
}

static Object *epoll_fileno(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    EpollObject *e = as_epoll(args, nargs, kw, "fileno", 0, 0);
    return e ? int_from_i64(e->epfd) : NULL;
}

static Object *epoll_enter(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    EpollObject *e = as_epoll(args, 1, NULL, "__enter__", 0, 0);
    if (e)
        INCREF(e);
    return (Object *)e;
}

static Object *epoll_get_closed(Object *o) { return bool_from(((EpollObject *)o)->epfd < 0); }

static const MethodDef epoll_methods[] = {
    { "register", epoll_register, NULL },
    { "modify", epoll_modify, NULL },
    { "unregister", epoll_unregister, NULL },
    { "poll", epoll_poll, NULL },
    { "close", epoll_close, NULL },
    { "fileno", epoll_fileno, NULL },
    { "__enter__", epoll_enter, NULL },
    { "__exit__", epoll_close, NULL },
    { "closed", NULL, epoll_get_closed },
    { NULL, NULL, NULL },
};

static Type EpollType = {
    OBJ_HEAD_INIT(&TypeType), .name = "epoll", .base = &ObjectType,
    .basicsize = sizeof(EpollObject), .dealloc = epoll_dealloc, .construct = epoll_construct,
    .methods = epoll_methods,
};

/* ---- the module */

static const struct { const char *name; int64_t v; } poll_bits[] = {
    { "POLLIN", POLLIN }, { "POLLPRI", POLLPRI }, { "POLLOUT", POLLOUT }, { "POLLERR", POLLERR },
    { "POLLHUP", POLLHUP }, { "POLLNVAL", POLLNVAL }, { "POLLRDNORM", POLLRDNORM },
    { "POLLRDBAND", POLLRDBAND }, { "POLLWRNORM", POLLWRNORM }, { "POLLWRBAND", POLLWRBAND },
    { "POLLMSG", POLLMSG }, { "POLLRDHUP", POLLRDHUP },
    { "EPOLLIN", EPOLLIN }, { "EPOLLOUT", EPOLLOUT }, { "EPOLLPRI", EPOLLPRI },
    { "EPOLLERR", EPOLLERR }, { "EPOLLHUP", EPOLLHUP }, { "EPOLLET", EPOLLET },
    { "EPOLLONESHOT", EPOLLONESHOT }, { "EPOLLRDHUP", EPOLLRDHUP },
    { "EPOLLEXCLUSIVE", EPOLLEXCLUSIVE }, { "EPOLLRDNORM", EPOLLRDNORM },
    { "EPOLLRDBAND", EPOLLRDBAND }, { "EPOLLWRNORM", EPOLLWRNORM }, { "EPOLLWRBAND", EPOLLWRBAND },
    { "EPOLLMSG", EPOLLMSG }, { "EPOLL_CLOEXEC", EPOLL_CLOEXEC },
};

Object *mod_select_init(void)
{
    Object *m = module_new("select", NULL);
    int bad = !m || module_add(m, "error", (Object *)ExcOSError) < 0 ||
              module_add_func(m, "select", sel_select) < 0 || module_add_func(m, "poll", sel_poll) < 0 ||
              module_add(m, "epoll", (Object *)&EpollType) < 0;
    for (size_t i = 0; !bad && i < sizeof poll_bits / sizeof *poll_bits; i++)
        bad = module_add_int(m, poll_bits[i].name, poll_bits[i].v) < 0;
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
