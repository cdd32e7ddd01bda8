/* vm/modules/mod__posixsubprocess.c — the `_posixsubprocess` module, the C
 * half of vm/lib/subprocess.py: fork_exec starts a program with its standard
 * descriptors redirected, communicate moves a child's pipes without the GIL.
 *
 * Invariants of fork_exec:
 *   - Everything the child needs (argv, the candidate paths, envp, cwd) is
 *     built as C arrays before fork, with the GIL held: between fork and
 *     exec the child of a multi-threaded process may only make
 *     async-signal-safe calls (no malloc, no lock, no object), so it does
 *     fcntl, dup2, close_range, chdir, sigaction, sigprocmask, execve, write
 *     and _exit, nothing else.
 *   - The child unblocks every signal and puts SIGPIPE and SIGXFSZ back to
 *     their default (the VM ignores SIGPIPE; the watchdog blocks SIGTERM),
 *     so the program starts as it would from a shell.
 *   - A failure in the child (chdir, every execve) is written as two ints
 *     (stage, errno) to a close-on-exec pipe; a successful exec closes the
 *     pipe unwritten.  The parent reads it with the GIL released, reaps the
 *     child on failure and raises OSError naming the program (or the cwd).
 *
 *   - The child keeps, above 2, only the descriptors named in pass_fds
 *     (made inheritable there) and the error pipe; keep[] is sorted before
 *     fork so the child closes the gaps between them with close_range.
 *     With close_fds=False it keeps every inheritable descriptor.
 *   - preexec_fn is the one exception to "no object in the child": with it
 *     the fork is os.fork's (os_fork_vm: at-fork hooks, and a child whose
 *     only thread holds the GIL), and the child calls it after its
 *     descriptors, cwd and session are set, before closing descriptors and
 *     exec, as CPython does.  If it raises, the child reports
 *     STAGE_PREEXEC and fork_exec returns -1 (subprocess raises
 *     SubprocessError).
 *
 * communicate polls the child's stdin, stdout and stderr together, so a
 * child that fills one pipe while the parent waits on another never
 * deadlocks; its buffers are malloc'ed and no object is touched while the
 * GIL is released.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "vm/modules/mod_os.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

enum { STAGE_EXEC, STAGE_CHDIR, STAGE_FDS, STAGE_PREEXEC };

typedef struct ChildPlan {
    char **argv, **exes, **envp;   /* NULL-ended; envp NULL: inherit */
    const char *cwd;               /* NULL: stay */
    int fds[3];                    /* for the child's 0, 1, 2; -1 inherit */
    int errfd;                     /* the error pipe's write end */
    int maxfd;                     /* close_range's fallback bound */
    int *keep;                     /* pass_fds and errfd, ascending */
    size_t nkeep;
    bool close_fds, new_session;
} ChildPlan;

extern char **environ;

static _Noreturn void child_fail(int errfd, int stage, int err)
{
    int msg[2] = { stage, err };
    ssize_t r = write(errfd, msg, sizeof msg);
    (void)r;
    _exit(255);
}

static void close_from(int lo, int hi, int maxfd)
{
    if (lo > hi)
        return;
    if (close_range((unsigned)lo, (unsigned)hi, 0) == 0)
        return;
    for (int fd = lo; fd <= hi && fd <= maxfd; fd++)
        close(fd);
}

/* In the child, before preexec_fn: signals, the standard descriptors,
 * the session and cwd.  Async-signal-safe calls only (see the invariants). */
static void child_setup(ChildPlan *p)
{
    sigset_t none;
    sigemptyset(&none);
    struct sigaction dfl = { .sa_handler = SIG_DFL };
    sigaction(SIGPIPE, &dfl, NULL);
    sigaction(SIGXFSZ, &dfl, NULL);
    sigprocmask(SIG_SETMASK, &none, NULL);
    /* A source among 0..2 that another target would overwrite moves up first. */
    for (int i = 0; i < 3; i++)
        if (p->fds[i] >= 0 && p->fds[i] < 3 && p->fds[i] != i &&
            (p->fds[i] = fcntl(p->fds[i], F_DUPFD, 3)) < 0)
            child_fail(p->errfd, STAGE_FDS, errno);
    for (int i = 0; i < 3; i++) {
        int fd = p->fds[i];
        if (fd < 0)
            continue;
        if ((fd == i ? fcntl(fd, F_SETFD, 0) : dup2(fd, i)) < 0)
            child_fail(p->errfd, STAGE_FDS, errno);
    }
    if (p->cwd && chdir(p->cwd) != 0)
        child_fail(p->errfd, STAGE_CHDIR, errno);
    if (p->new_session)
        setsid();
}

/* In the child, after preexec_fn: the descriptors it keeps, then exec. */
static _Noreturn void child_exec(ChildPlan *p)
{
    int lo = 3;
    for (size_t i = 0; i < p->nkeep; i++) {
        if (p->keep[i] != p->errfd && fcntl(p->keep[i], F_SETFD, 0) < 0)
            child_fail(p->errfd, STAGE_FDS, errno);
        if (p->close_fds)
            close_from(lo, p->keep[i] - 1, p->maxfd);
        lo = p->keep[i] + 1;
    }
    if (p->close_fds)
        close_from(lo, INT_MAX, p->maxfd);
    int saved = 0;
    for (char **exe = p->exes; *exe; exe++) {
        execve(*exe, p->argv, p->envp ? p->envp : environ);
        if (errno != ENOENT && errno != ENOTDIR && !saved)
            saved = errno;
    }
    child_fail(p->errfd, STAGE_EXEC, saved ? saved : errno);
}

/* The child with a preexec_fn: a VM of its own (os_fork_vm) runs it. */
static _Noreturn void child_preexec(ChildPlan *p, Object *preexec)
{
    child_setup(p);
    Object *r = obj_call(preexec, NULL, 0, NULL);
    if (!r)
        child_fail(p->errfd, STAGE_PREEXEC, 0);
    DECREF(r);
    child_exec(p);
}

static int fd_value(Object *o, int *fd)
{
    int64_t v;
    if (int_as_i64(o, &v) < 0)
        return -1;
    if (v < -1 || v > INT_MAX) {
        exc_set(ExcValueError, "bad file descriptor %lld", (long long)v);
        return -1;
    }
    *fd = (int)v;
    return 0;
}

static int cmp_int(const void *a, const void *b)
{
    return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b);
}

/* pass_fds (a tuple of descriptors above 2) and errfd, ascending. */
static int keep_fds(Object *fds, ChildPlan *p)
{
    if (!obj_isinstance_type(fds, &TupleType)) {
        exc_set(ExcTypeError, "pass_fds must be a tuple");
        return -1;
    }
    size_t n = tuple_len(fds);
    if (!(p->keep = malloc((n + 1) * sizeof *p->keep))) {
        exc_nomemory();
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        if (fd_value(tuple_get(fds, i), &p->keep[i]) < 0)
            return -1;
        if (p->keep[i] < 3) {
            exc_set(ExcValueError, "bad value(s) in fds_to_keep");
            return -1;
        }
    }
    p->keep[n] = p->errfd;
    p->nkeep = n + 1;
    qsort(p->keep, p->nkeep, sizeof *p->keep, cmp_int);
    return 0;
}

/* After fork: the child's report, read with the GIL released.  0 if it
 * exec'ed, 1 if its preexec_fn raised; else the child is reaped and the
 * OSError raised. */
static int await_exec(pid_t pid, int rfd, Object *program, Object *cwd)
{
    int msg[2];
    ssize_t got;
    vm_block_begin("fork_exec");
    do
        got = read(rfd, msg, sizeof msg);
    while (got < 0 && errno == EINTR);
    if (got == (ssize_t)sizeof msg)
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
    vm_block_end();
    if (got != (ssize_t)sizeof msg)
        return 0;
    if (msg[0] == STAGE_PREEXEC)
        return 1;
    if (msg[0] == STAGE_FDS)
        exc_set_oserror(msg[1]);
    else
        exc_set_oserror_names(msg[1], msg[0] == STAGE_CHDIR ? cwd : program, NULL);
    return -1;
}

/* fork_exec(args, program, executables, env, cwd, p2cread, c2pwrite, errwrite, pass_fds,
 *           close_fds, start_new_session, preexec_fn) -> pid, or -1 if preexec_fn raised */
static Object *sp_fork_exec(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "args", "program", "executables", "env", "cwd",
                                         "p2cread", "c2pwrite", "errwrite", "pass_fds",
                                         "close_fds", "start_new_session", "preexec_fn", NULL };
    Object *v[12];
    if (args_parse("fork_exec", args, nargs, kw, 12, names, v) < 0)
        return NULL;
    int close_fds = obj_truth(v[9]), new_session = obj_truth(v[10]);
    if (close_fds < 0 || new_session < 0)
        return NULL;
    ChildPlan p = { .maxfd = (int)sysconf(_SC_OPEN_MAX), .close_fds = close_fds,
                    .new_session = new_session };
    Object *preexec = v[11] == None ? NULL : v[11];
    for (int i = 0; i < 3; i++)
        if (fd_value(v[5 + i], &p.fds[i]) < 0)
            return NULL;
    if (v[4] != None && (!obj_isinstance_type(v[4], &StrType) || memchr(str_utf8(v[4]), 0, str_nbytes(v[4])))) {
        exc_set(ExcTypeError, "cwd must be str or None");
        return NULL;
    }
    p.cwd = v[4] == None ? NULL : str_utf8(v[4]);
    Object *r = NULL;
    int ep[2] = { -1, -1 };
    if (!(p.argv = os_str_array(v[0], "args")) || !(p.exes = os_str_array(v[2], "executables")) ||
        (v[3] != None && !(p.envp = os_str_array(v[3], "env"))))
        goto done;
    if (pipe2(ep, O_CLOEXEC) != 0) {
        exc_set_oserror(errno);
        goto done;
    }
    p.errfd = ep[1];
    if (keep_fds(v[8], &p) < 0) {
        close(ep[0]);
        close(ep[1]);
        goto done;
    }
    pid_t pid = preexec ? os_fork_vm() : fork();
    if (pid == 0 && preexec)
        child_preexec(&p, preexec);
    if (pid == 0) {
        child_setup(&p);
        child_exec(&p);
    }
    int err = errno;
    close(ep[1]);
    int how = pid < 0 ? -1 : await_exec(pid, ep[0], v[1], v[4]);
    if (pid < 0)
        exc_set_oserror(err);
    else if (how >= 0)
        r = int_from_i64(how == 0 ? pid : -1);
    close(ep[0]);
done:
    free(p.keep);
    free(p.argv);
    free(p.exes);
    free(p.envp);
    return r;
}

/* ---- communicate ------------------------------------------------------------------ */

typedef struct Sink { char *buf; size_t len, cap; } Sink;

static int sink_read(Sink *s, int fd)
{
    if (s->cap - s->len < 32768) {
        size_t cap = s->cap ? 2 * s->cap : 65536;
        char *b = realloc(s->buf, cap);
        if (!b)
            return -ENOMEM;
        s->buf = b;
        s->cap = cap;
    }
    ssize_t got = read(fd, s->buf + s->len, s->cap - s->len);
    if (got < 0)
        return errno == EINTR || errno == EAGAIN ? 1 : -errno;
    s->len += (size_t)got;
    return got > 0;   /* 0: end of file */
}

static int64_t ms_left(const struct timespec *deadline)
{
    if (!deadline)
        return -1;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    int64_t ms = (deadline->tv_sec - now.tv_sec) * 1000 + (deadline->tv_nsec - now.tv_nsec) / 1000000;
    return ms < 0 ? 0 : ms + 1;
}

typedef struct Talk {
    int fd[3];                  /* stdin (owned: closed when done), stdout, stderr; -1 done */
    const char *in; size_t inlen, inpos;
    Sink out[2];
    int err;                    /* errno of a failure, or 0 */
    bool timed_out, interrupted;
} Talk;

/* With the GIL released: until every fd is done, the deadline, or SIGINT. */
static void talk(Talk *t, const struct timespec *deadline)
{
    while (t->fd[0] >= 0 || t->fd[1] >= 0 || t->fd[2] >= 0) {
        struct pollfd pf[3];
        for (int i = 0; i < 3; i++)
            pf[i] = (struct pollfd){ .fd = t->fd[i], .events = i ? POLLIN : POLLOUT };
        int64_t ms = ms_left(deadline);
        if (ms == 0) {
            t->timed_out = true;
            return;
        }
        if (vm_block_interrupted()) {
            t->interrupted = true;
            return;
        }
        int n = poll(pf, 3, ms > INT_MAX ? INT_MAX : (int)ms);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            t->err = errno;
            return;
        }
        if (t->fd[0] >= 0 && pf[0].revents) {
            size_t chunk = t->inlen - t->inpos < PIPE_BUF ? t->inlen - t->inpos : PIPE_BUF;
            ssize_t put = chunk ? write(t->fd[0], t->in + t->inpos, chunk) : 0;
            if (put > 0)
                t->inpos += (size_t)put;
            /* A reader gone (EPIPE) ends the input, as in CPython. */
            if (t->inpos == t->inlen || (put < 0 && errno != EINTR && errno != EAGAIN)) {
                close(t->fd[0]);
                t->fd[0] = -1;
            }
        }
        for (int i = 1; i < 3; i++) {
            if (t->fd[i] < 0 || !pf[i].revents)
                continue;
            int r = sink_read(&t->out[i - 1], t->fd[i]);
            if (r <= 0)
                t->fd[i] = -1;
            if (r < 0) {
                t->err = -r;
                return;
            }
        }
    }
}

/* (stdin_fd, out, err, stdout_fd, stderr_fd, written) */
static Object *talk_result(const Talk *t)
{
    Object *o[6] = { int_from_i64(t->fd[0]), bytes_from(t->out[0].buf, t->out[0].len),
                     bytes_from(t->out[1].buf, t->out[1].len), int_from_i64(t->fd[1]),
                     int_from_i64(t->fd[2]), int_from_i64((int64_t)t->inpos) };
    Object *r = tuple_new(6);
    for (int i = 0; i < 6; i++) {
        if (r && o[i])
            tuple_set(r, (size_t)i, o[i]);
        else
            XDECREF(o[i]);
        if (!o[i])
            SETREF(r, NULL);
    }
    return r;
}

static int opt_fd(Object *o, int *fd)
{
    return o == None ? (*fd = -1, 0) : fd_value(o, fd);
}

/* communicate(stdin_fd, input, stdout_fd, stderr_fd, timeout)
 *   -> (stdin_fd, out, err, stdout_fd, stderr_fd, input_left)
 * stdin_fd is taken over: closed once input is all written (then -1).  A
 * returned fd of -1 is done (end of file); the others are still open
 * because the timeout came first, which raises nothing here. */
static Object *sp_communicate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "stdin", "input", "stdout", "stderr", "timeout", NULL };
    Object *v[5];
    Talk t = { 0 };
    double timeout = 0;
    if (args_parse("communicate", args, nargs, kw, 5, names, v) < 0 || opt_fd(v[0], &t.fd[0]) < 0 ||
        opt_fd(v[2], &t.fd[1]) < 0 || opt_fd(v[3], &t.fd[2]) < 0 ||
        (v[4] != None && num_as_double(v[4], &timeout) < 0))
        return NULL;
    char *in = NULL;
    if (v[1] != None && !(in = os_bytes_copy(v[1], &t.inlen)))
        return NULL;
    t.in = in;
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    timeout = timeout < 0 ? 0 : timeout > 1e9 ? 1e9 : timeout;
    deadline.tv_sec += (time_t)timeout;
    deadline.tv_nsec += (long)((timeout - (double)(time_t)timeout) * 1e9);
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec++;
        deadline.tv_nsec -= 1000000000L;
    }
    vm_block_begin("communicate");
    talk(&t, v[4] == None ? NULL : &deadline);
    vm_block_end();
    Object *r = NULL;
    if (t.interrupted)
        vmthread_check_signals();
    else if (t.err)
        exc_set_oserror(t.err);
    else
        r = talk_result(&t);
    if (!r && t.fd[0] >= 0)
        close(t.fd[0]);
    free(in);
    free(t.out[0].buf);
    free(t.out[1].buf);
    return r;
}

Object *mod__posixsubprocess_init(void)
{
    Object *m = module_new("_posixsubprocess", NULL);
    if (m && (module_add_func(m, "fork_exec", sp_fork_exec) < 0 ||
              module_add_func(m, "communicate", sp_communicate) < 0))
        SETREF(m, NULL);
    return m;
}
