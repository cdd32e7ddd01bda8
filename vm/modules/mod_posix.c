/* vm/modules/mod_posix.c — the `posix` module, os's C half (vm/lib/os.py
 * imports from it, as CPython's os does): descriptors (pipe, read, write,
 * close, dup, dup2, open, isatty, get_terminal_size), files and folders
 * (stat, lstat, statvfs, chmod, utime, listdir, mkdir, rmdir, unlink,
 * remove, rename, chdir, getcwd, access, readlink, symlink, link), processes
 * (getpid, getppid, getuid, kill, waitpid and the W* macros, _exit, times,
 * sched_*affinity, cpu_count), the environment
 * (environ, putenv, unsetenv), uname, confstr, strerror, urandom; then the
 * rest of a program's everyday process calls: system, wait, _execve (os.py
 * writes the exec* family over it), ids and sessions, umask, lseek, fsync,
 * truncate, mkfifo, chown, fchmod, the blocking and inheritable flags,
 * pipe2, closerange, sysconf, and pidfd_open for event loops; fork and
 * register_at_fork, as CPython 3.8's (see "fork" below for what the child
 * is reset to).
 *
 * Blocking calls (read, write, waitpid) release the GIL around the system
 * call; the data crosses in a malloc'ed buffer, so no object is touched while
 * the GIL is released (vm/objects/object.h's invariant).  Interrupted calls
 * are retried (PEP 475) unless a SIGINT is pending for the main thread, which
 * raises KeyboardInterrupt.  Failures raise OSError's subclass for the errno
 * with CPython's message, naming the path when there is one.  A path is a
 * str or an object whose __fspath__ gives one (pathlib's paths).  Calls on
 * the file system are quick and keep the GIL.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sched.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include "vm/modules/mod_os.h"
#include "vm/objects/buffer.h"
#include "vm/objects/set.h"
#include "vm/objects/traceback.h"
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

/* Shared by select and fcntl: an int, or an object's fileno(). */
int os_fd_of(Object *o, int *fd)
{
    Object *r = NULL;
    if (!obj_isinstance_type(o, &IntType) && !obj_isinstance_type(o, &BoolType)) {
        Object *meth = obj_getattr_str(o, "fileno");
        if (!meth) {
            if (!exc_matches(exc_occurred(), (Object *)ExcAttributeError))
                return -1;
            exc_clear();
            exc_set(ExcTypeError, "argument must be an int, or have a fileno() method.");
            return -1;
        }
        r = obj_call(meth, NULL, 0, NULL);
        DECREF(meth);
        if (!r)
            return -1;
        if (!obj_isinstance_type(r, &IntType) && !obj_isinstance_type(r, &BoolType)) {
            exc_set(ExcTypeError, "fileno() returned a non-integer");
            DECREF(r);
            return -1;
        }
        o = r;
    }
    int64_t v;
    int rc = int_as_i64(o, &v);
    XDECREF(r);
    if (rc < 0)
        return -1;
    if (v < 0) {
        exc_set(ExcValueError, "file descriptor cannot be a negative integer (%lld)", (long long)v);
        return -1;
    }
    if (v > INT32_MAX) {
        exc_set(ExcOverflowError, "fd is greater than maximum");
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

/* pipe and pipe2: (read end, write end). */
static Object *pipe_pair(int fds[2], int flags)
{
    if (pipe2(fds, flags) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *r = int_from_i64(fds[0]), *w = int_from_i64(fds[1]);
    Object *t = r && w ? tuple_pack(2, r, w) : NULL;
    XDECREF(r);
    XDECREF(w);
    return t;
}

static Object *os_pipe(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fds[2];
    if (!nargs_ok("pipe", nargs, kw, 0))
        return NULL;
    return pipe_pair(fds, O_CLOEXEC);
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
    const unsigned char *d;
    size_t len;
    if (buffer_peek(o, &d, &len) < 0)
        return NULL;
    void *p = malloc(len ? len : 1);
    if (!p) {
        exc_nomemory();
        return NULL;
    }
    memcpy(p, d, len);
    *n = len;
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
    ssize_t put = -1;
    int err = EINTR;
    do {
        vm_block_begin("write");
        if (!vm_block_interrupted()) {
            put = write(fd, p, n);
            err = errno;
        }
        vm_block_end();
    } while (put < 0 && err == EINTR && vmthread_check_signals() == 0);
    free(p);
    if (put < 0) {
        if (err != EINTR)
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


/* ---- paths and errors naming them ---------------------------------------------- */

/* A path as a C string borrowed from *held: o when it is a str or bytes
 * (bytes data is NUL-terminated), else what o's __fspath__ gives (a pathlib
 * path), which errors then name, as
 * python3's do.  The caller releases *held (set even on failure, maybe
 * NULL); CPython's errors for anything else. */
static const char *path_arg_of(Object *o, const char *fn, Object **held, const char *kinds)
{
    Object *s = *held = obj_fspath(o);
    if (!s)
        return NULL;
    bool raw = obj_isinstance_type(s, &BytesType);   /* the bytes the kernel sees */
    if (!raw && !obj_isinstance_type(s, &StrType)) {
        exc_set(ExcTypeError, "%s: path should be %s, not %s", fn, kinds, o->type->name);
        return NULL;
    }
    const char *text = raw ? (const char *)((BytesObject *)s)->data : str_utf8(s);
    if (memchr(text, '\0', raw ? ((BytesObject *)s)->n : str_nbytes(s))) {
        exc_set(ExcValueError, "%s: embedded null character in path", fn);
        return NULL;
    }
    return text;
}

static const char *path_arg(Object *o, const char *fn, Object **held)
{
    return path_arg_of(o, fn, held, "string, bytes or os.PathLike");
}

/* path_arg for the calls that also take a descriptor number, whose
 * TypeError says so, as CPython's does. */
static const char *path_or_fd_arg(Object *o, const char *fn, Object **held)
{
    return path_arg_of(o, fn, held, "string, bytes, os.PathLike or integer");
}

/* A path given as bytes gets names back as bytes (listdir, readlink). */
static bool path_is_bytes(Object *held) { return held && obj_isinstance_type(held, &BytesType); }

/* r, after releasing a path_arg string: the calls' common way out. */
static Object *path_done(Object *r, Object *held)
{
    XDECREF(held);
    return r;
}

static Object *path_error(Object *path, Object *path2)
{
    exc_set_oserror_names(errno, path, path2);
    return NULL;
}

/* fn(path): 0 or -1 with errno, for the calls that take one path only. */
static Object *path_call(const char *fname, Object *const *args, size_t nargs, Object *kw,
                         int (*call)(const char *))
{
    static const char *const names[] = { "path", NULL };
    Object *v[1], *held = NULL;
    const char *p;
    if (args_parse(fname, args, nargs, kw, 1, names, v) < 0 || !(p = path_arg(v[0], fname, &held)))
        return path_done(NULL, held);
    return path_done(call(p) == 0 ? none_new() : path_error(held, NULL), held);
}

static Object *os_rmdir(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("rmdir", args, nargs, kw, rmdir);
}

static Object *os_unlink(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("unlink", args, nargs, kw, unlink);
}

static Object *os_remove(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("remove", args, nargs, kw, unlink);
}

static Object *os_chdir(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return path_call("chdir", args, nargs, kw, chdir);
}

static Object *os_mkdir(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "mode", NULL };
    Object *v[2], *held = NULL;
    const char *p;
    int64_t mode = 0777;
    if (args_parse("mkdir", args, nargs, kw, 1, names, v) < 0 || !(p = path_arg(v[0], "mkdir", &held)) ||
        (v[1] && int_arg(v[1], "mkdir", &mode) < 0))
        return path_done(NULL, held);
    return path_done(mkdir(p, (mode_t)mode) == 0 ? none_new() : path_error(held, NULL), held);
}

/* fn(src, dst): 0 or -1 with errno, for the calls that take two paths. */
static Object *two_path_call(const char *fname, Object *const *args, size_t nargs, Object *kw,
                             int (*call)(const char *, const char *))
{
    static const char *const names[] = { "src", "dst", NULL };
    Object *v[2], *ha = NULL, *hb = NULL;
    const char *a, *b;
    Object *r = NULL;
    if (args_parse(fname, args, nargs, kw, 2, names, v) == 0 && (a = path_arg(v[0], fname, &ha)) &&
        (b = path_arg(v[1], fname, &hb)))
        r = call(a, b) == 0 ? none_new() : path_error(ha, hb);
    XDECREF(ha);
    return path_done(r, hb);
}

static Object *os_rename(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return two_path_call("rename", args, nargs, kw, rename);
}

static Object *os_symlink(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return two_path_call("symlink", args, nargs, kw, symlink);
}

static Object *os_link(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return two_path_call("link", args, nargs, kw, link);
}

static Object *os_access(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "mode", NULL };
    Object *v[2], *held = NULL;
    const char *p;
    int64_t mode;
    if (args_parse("access", args, nargs, kw, 2, names, v) < 0 || !(p = path_arg(v[0], "access", &held)) ||
        int_arg(v[1], "access", &mode) < 0)
        return path_done(NULL, held);
    return path_done(bool_from(access(p, (int)mode) == 0), held);
}

static Object *os_readlink(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", NULL };
    Object *v[1], *held = NULL;
    const char *p;
    char buf[PATH_MAX];
    if (args_parse("readlink", args, nargs, kw, 1, names, v) < 0 || !(p = path_arg(v[0], "readlink", &held)))
        return path_done(NULL, held);
    ssize_t n = readlink(p, buf, sizeof buf);
    if (n < 0)
        return path_done(path_error(held, NULL), held);
    return path_done(path_is_bytes(held) ? bytes_from(buf, (size_t)n) : str_from_utf8(buf, (size_t)n), held);
}

static Object *os_getuid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs_ok("getuid", nargs, kw, 0) ? int_from_i64(getuid()) : NULL;
}

static Object *os_getcwd(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("getcwd", nargs, kw, 0))
        return NULL;
    char *cwd = getcwd(NULL, 0);
    if (!cwd) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *r = str_from_cstr(cwd);
    free(cwd);
    return r;
}

static int append_name(Object *list, const char *name, bool raw)
{
    Object *s = raw ? bytes_from(name, strlen(name)) : str_from_cstr(name);
    int r = s ? list_append(list, s) : -1;
    XDECREF(s);
    return r;
}

static Object *os_listdir(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", NULL };
    Object *v[1], *held = NULL;
    const char *p = ".";
    if (args_parse("listdir", args, nargs, kw, 0, names, v) < 0 ||
        (v[0] && v[0] != None && !(p = path_arg(v[0], "listdir", &held))))
        return path_done(NULL, held);
    DIR *d = opendir(p);
    if (!d)
        return path_done(path_error(held ? held : str_intern("."), NULL), held);
    Object *list = list_new(0);
    struct dirent *e;
    while (list && (errno = 0, e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (append_name(list, e->d_name, path_is_bytes(held)) < 0)
            SETREF(list, NULL);
    }
    if (list && errno) {
        path_error(held, NULL);
        SETREF(list, NULL);
    }
    closedir(d);
    return path_done(list, held);
}

/* (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, atime_ns,
 * mtime_ns, ctime_ns, blksize, blocks): os.py makes the stat_result. */
static Object *stat_tuple(const struct stat *st)
{
    const struct timespec *ts[3] = { &st->st_atim, &st->st_mtim, &st->st_ctim };
    Object *t = tuple_new(15);
    int64_t ints[7] = { st->st_mode, (int64_t)st->st_ino, (int64_t)st->st_dev, (int64_t)st->st_nlink,
                        st->st_uid, st->st_gid, st->st_size };
    for (size_t i = 0; t && i < 15; i++) {
        Object *x = i < 7 ? int_from_i64(ints[i])
                  : i < 10 ? int_from_i64(ts[i - 7]->tv_sec)
                  : i < 13 ? int_from_i64(ts[i - 10]->tv_sec * 1000000000LL + ts[i - 10]->tv_nsec)
                  : int_from_i64(i == 13 ? st->st_blksize : st->st_blocks);
        if (!x)
            SETREF(t, NULL);
        else
            tuple_set(t, i, x);
    }
    return t;
}

static Object *stat_common(const char *fname, Object *const *args, size_t nargs, Object *kw,
                           bool follow)
{
    static const char *const names[] = { "path", NULL };
    Object *v[1];
    struct stat st;
    if (args_parse(fname, args, nargs, kw, 1, names, v) < 0)
        return NULL;
    if (follow && (obj_is(v[0], &IntType) || obj_is(v[0], &BoolType))) {
        int fd;
        if (fd_arg(v[0], fname, &fd) < 0)
            return NULL;
        if (fstat(fd, &st) != 0) {
            exc_set_oserror(errno);
            return NULL;
        }
        return stat_tuple(&st);
    }
    Object *held;
    const char *p = follow ? path_or_fd_arg(v[0], fname, &held) : path_arg(v[0], fname, &held);
    if (!p)
        return path_done(NULL, held);
    if ((follow ? stat(p, &st) : lstat(p, &st)) != 0)
        return path_done(path_error(held, NULL), held);
    return path_done(stat_tuple(&st), held);
}

static Object *os_stat(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return stat_common("stat", args, nargs, kw, true);
}

static Object *os_lstat(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return stat_common("lstat", args, nargs, kw, false);
}

static Object *os_open(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "flags", "mode", NULL };
    Object *v[3], *held = NULL;
    const char *p;
    int64_t flags, mode = 0777;
    if (args_parse("open", args, nargs, kw, 2, names, v) < 0 || !(p = path_arg(v[0], "open", &held)) ||
        int_arg(v[1], "open", &flags) < 0 || (v[2] && int_arg(v[2], "open", &mode) < 0))
        return path_done(NULL, held);
    /* As CPython's: a new descriptor is not inherited by child processes. */
    int fd = open(p, (int)flags | O_CLOEXEC, (mode_t)mode);
    return path_done(fd >= 0 ? int_from_i64(fd) : path_error(held, NULL), held);
}

/* chmod(path, mode): a descriptor number changes that open file's mode. */
static Object *os_chmod(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "mode", NULL };
    Object *v[2];
    int64_t mode;
    if (args_parse("chmod", args, nargs, kw, 2, names, v) < 0 || int_arg(v[1], "chmod", &mode) < 0)
        return NULL;
    if (obj_is(v[0], &IntType) || obj_is(v[0], &BoolType)) {
        int fd;
        if (fd_arg(v[0], "chmod", &fd) < 0)
            return NULL;
        return fchmod(fd, (mode_t)mode) == 0 ? none_new() : path_error(v[0], NULL);
    }
    Object *held;
    const char *p = path_or_fd_arg(v[0], "chmod", &held);
    if (!p)
        return path_done(NULL, held);
    return path_done(chmod(p, (mode_t)mode) == 0 ? none_new() : path_error(held, NULL), held);
}

/* One of utime's times: an int or a float of seconds, the float floored to
 * whole nanoseconds, as CPython rounds it. */
static int utime_seconds(Object *o, struct timespec *ts)
{
    if (obj_isinstance_type(o, &FloatType)) {
        double d = float_value(o), sec = floor(d);
        if (!isfinite(d) || sec < (double)INT64_MIN || sec >= (double)INT64_MAX) {
            exc_set(isnan(d) ? ExcValueError : ExcOverflowError,
                    isnan(d) ? "Invalid value NaN (not a number)" : "timestamp out of range for platform time_t");
            return -1;
        }
        ts->tv_sec = (time_t)sec;
        ts->tv_nsec = (long)floor((d - sec) * 1e9);
        return 0;
    }
    int64_t v;
    if (int_arg(o, "utime", &v) < 0)
        return -1;
    ts->tv_sec = (time_t)v;
    ts->tv_nsec = 0;
    return 0;
}

/* One of utime's ns: an int of nanoseconds, split with floor division. */
static int utime_ns(Object *o, struct timespec *ts)
{
    int64_t v;
    if (int_arg(o, "utime", &v) < 0)
        return -1;
    int64_t sec = v / 1000000000, ns = v % 1000000000;
    if (ns < 0) {
        sec -= 1;
        ns += 1000000000;
    }
    ts->tv_sec = (time_t)sec;
    ts->tv_nsec = (long)ns;
    return 0;
}

static bool pair_of(Object *o)
{
    return obj_is(o, &TupleType) && tuple_len(o) == 2;
}

/* utime(path, times=None, ns=None): times are (atime, mtime) in seconds,
 * ns the same in nanoseconds; neither sets both to now. */
static Object *utime_path(const char *p, Object *const *v);

static Object *os_utime(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "times", "ns", NULL };
    Object *v[3], *held = NULL;
    const char *p;
    if (args_parse("utime", args, nargs, kw, 1, names, v) < 0 || !(p = path_arg(v[0], "utime", &held)))
        return path_done(NULL, held);
    return path_done(utime_path(p, v), held);
}

static Object *utime_path(const char *p, Object *const *v)
{
    Object *times = v[1] && v[1] != None ? v[1] : NULL, *ns = v[2];
    struct timespec ts[2];
    if (times && ns) {
        exc_set(ExcValueError, "utime: you may specify either 'times' or 'ns' but not both");
        return NULL;
    }
    if (times && !pair_of(times)) {
        exc_set(ExcTypeError, "utime: 'times' must be either a tuple of two ints or None");
        return NULL;
    }
    if (ns && !pair_of(ns)) {
        exc_set(ExcTypeError, "utime: 'ns' must be a tuple of two ints");
        return NULL;
    }
    if ((times && (utime_seconds(tuple_get(times, 0), &ts[0]) < 0 ||
                   utime_seconds(tuple_get(times, 1), &ts[1]) < 0)) ||
        (ns && (utime_ns(tuple_get(ns, 0), &ts[0]) < 0 || utime_ns(tuple_get(ns, 1), &ts[1]) < 0)))
        return NULL;
    if (utimensat(AT_FDCWD, p, times || ns ? ts : NULL, 0) != 0) {
        exc_set_oserror(errno);   /* python3's utime names no file */
        return NULL;
    }
    return none_new();
}

/* (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag,
 * namemax, fsid): os.py makes the statvfs_result. */
static Object *os_statvfs(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", NULL };
    Object *v[1];
    struct statvfs st;
    int fd;
    const char *p = NULL;
    if (args_parse("statvfs", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    bool by_fd = obj_is(v[0], &IntType) || obj_is(v[0], &BoolType);
    Object *held = NULL;
    if (by_fd ? fd_arg(v[0], "statvfs", &fd) < 0 : !(p = path_or_fd_arg(v[0], "statvfs", &held)))
        return path_done(NULL, held);
    int failed = by_fd ? fstatvfs(fd, &st) : statvfs(p, &st);
    if (failed)
        path_error(by_fd ? NULL : held, NULL);
    XDECREF(held);
    if (failed)
        return NULL;
    const int64_t fields[11] = {
        (int64_t)st.f_bsize, (int64_t)st.f_frsize, (int64_t)st.f_blocks, (int64_t)st.f_bfree,
        (int64_t)st.f_bavail, (int64_t)st.f_files, (int64_t)st.f_ffree, (int64_t)st.f_favail,
        (int64_t)st.f_flag, (int64_t)st.f_namemax, (int64_t)st.f_fsid,
    };
    Object *t = tuple_new(11);
    for (size_t i = 0; t && i < 11; i++) {
        Object *x = int_from_i64(fields[i]);
        if (!x)
            SETREF(t, NULL);
        else
            tuple_set(t, i, x);
    }
    return t;
}

/* ---- descriptors ------------------------------------------------------------------- */

static Object *os_dup(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    if (!nargs_ok("dup", nargs, kw, 1) || fd_arg(args[0], "dup", &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64(r);
}

static Object *os_dup2(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "fd", "fd2", "inheritable", NULL };
    Object *v[3];
    int a, b, inheritable = 1;
    if (args_parse("dup2", args, nargs, kw, 2, names, v) < 0 || fd_arg(v[0], "dup2", &a) < 0 ||
        fd_arg(v[1], "dup2", &b) < 0 || (v[2] && (inheritable = obj_truth(v[2])) < 0))
        return NULL;
    int r = a == b ? fcntl(a, F_GETFD) : dup3(a, b, inheritable ? 0 : O_CLOEXEC);
    if (r < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64(b);
}

static Object *os_isatty(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    if (!nargs_ok("isatty", nargs, kw, 1) || fd_arg(args[0], "isatty", &fd) < 0)
        return NULL;
    return bool_from(isatty(fd) == 1);
}

/* get_terminal_size(fd=1) -> (columns, lines); os.py makes the terminal_size. */
static Object *os_get_terminal_size(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd = STDOUT_FILENO;
    struct winsize w;
    if (kw) {
        exc_set(ExcTypeError, "get_terminal_size() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        exc_set(ExcTypeError, "get_terminal_size expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs && fd_arg(args[0], "get_terminal_size", &fd) < 0)
        return NULL;
    if (ioctl(fd, TIOCGWINSZ, &w) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *c = int_from_i64(w.ws_col), *l = int_from_i64(w.ws_row);
    Object *t = c && l ? tuple_pack(2, c, l) : NULL;
    XDECREF(c);
    XDECREF(l);
    return t;
}

/* ---- processes ------------------------------------------------------------------------ */

static Object *os_getppid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs_ok("getppid", nargs, kw, 0) ? int_from_i64(getppid()) : NULL;
}

static Object *os_kill(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid, sig;
    if (!nargs_ok("kill", nargs, kw, 2) || int_arg(args[0], "kill", &pid) < 0 ||
        int_arg(args[1], "kill", &sig) < 0)
        return NULL;
    if (kill((pid_t)pid, (int)sig) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    /* A signal to ourselves (SIGINT) is seen before the next instruction. */
    return vmthread_check_signals() < 0 ? NULL : none_new();
}

/* waitpid(pid, options) -> (pid, status), the GIL released while it waits. */
static Object *wait_child(pid_t pid, int options)
{
    int status = 0, err = EINTR;
    pid_t got = -1;
    do {
        vm_block_begin("waitpid");
        if (!vm_block_interrupted()) {
            got = waitpid(pid, &status, options);
            err = errno;
        }
        vm_block_end();
    } while (got < 0 && err == EINTR && vmthread_check_signals() == 0);
    if (got < 0) {
        if (err != EINTR)
            exc_set_oserror(err);
        return NULL;
    }
    Object *p = int_from_i64(got), *s = int_from_i64(status);
    Object *t = p && s ? tuple_pack(2, p, s) : NULL;
    XDECREF(p);
    XDECREF(s);
    return t;
}

static Object *os_waitpid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid, options;
    if (!nargs_ok("waitpid", nargs, kw, 2) || int_arg(args[0], "waitpid", &pid) < 0 ||
        int_arg(args[1], "waitpid", &options) < 0)
        return NULL;
    return wait_child((pid_t)pid, (int)options);
}

/* pidfd_open(pid, flags=0) -> a descriptor that turns readable when the
 * child pid ends (Linux 5.3; CPython 3.9 has it too), so an event loop learns
 * of the end through its selector.  Called through syscall(): libc wrappers
 * for it are recent. */
static Object *os_pidfd_open(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "pid", "flags", NULL };
    Object *v[2];
    int64_t pid, flags = 0;
    if (args_parse("pidfd_open", args, nargs, kw, 1, names, v) < 0 ||
        int_arg(v[0], "pidfd_open", &pid) < 0 || (v[1] && int_arg(v[1], "pidfd_open", &flags) < 0))
        return NULL;
    long fd = syscall(SYS_pidfd_open, (pid_t)pid, (unsigned int)flags);
    if (fd < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64(fd);
}

/* wait() -> (pid, status) of any child. */
static Object *os_wait(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs_ok("wait", nargs, kw, 0) ? wait_child(-1, 0) : NULL;
}

/* The wait-status macros, one table row each: name, is it a predicate. */
#define WAIT_MACROS(X) \
    X(WIFEXITED, true) X(WEXITSTATUS, false) X(WIFSIGNALED, true) X(WTERMSIG, false) \
    X(WIFSTOPPED, true) X(WSTOPSIG, false) X(WCOREDUMP, true) X(WIFCONTINUED, true)

#define WAIT_FN(name, pred)                                                              \
    static Object *os_##name(Object *f, Object *const *args, size_t nargs, Object *kw)   \
    {                                                                                    \
        static const char *const names[] = { "status", NULL };                           \
        Object *v[1];                                                                    \
        int64_t st;                                                                      \
        if (args_parse(#name, args, nargs, kw, 1, names, v) < 0 || int_arg(v[0], #name, &st) < 0) \
            return NULL;                                                                 \
        int s = (int)st;                                                                 \
        return pred ? bool_from(name(s)) : int_from_i64(name(s));                        \
    }
WAIT_MACROS(WAIT_FN)
#undef WAIT_FN

/* waitstatus_to_exitcode(status) -> what subprocess calls a returncode:
 * the exit status, or minus the signal that killed the child.  A stopped
 * child has no exit code yet, so that status is a ValueError (CPython 3.9+). */
static Object *os_waitstatus_to_exitcode(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "status", NULL };
    Object *v[1];
    int64_t st;
    if (args_parse("waitstatus_to_exitcode", args, nargs, kw, 1, names, v) < 0 ||
        int_arg(v[0], "waitstatus_to_exitcode", &st) < 0)
        return NULL;
    if (st < INT_MIN || st > INT_MAX) {
        exc_set(ExcOverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    int s = (int)st;
    if (WIFEXITED(s))
        return int_from_i64(WEXITSTATUS(s));
    if (WIFSIGNALED(s))
        return int_from_i64(-WTERMSIG(s));
    if (WIFSTOPPED(s))
        exc_set(ExcValueError, "process stopped by delivery of signal %d", WSTOPSIG(s));
    else
        exc_set(ExcValueError, "invalid wait status: %d", s);
    return NULL;
}

static Object *os__exit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!nargs_ok("_exit", nargs, kw, 1) || int_arg(args[0], "_exit", &n) < 0)
        return NULL;
    _exit((int)n);
}

/* ---- fork
 *
 * As CPython 3.8's os.fork: the before hooks (last registered first), then
 * vmthread_before_fork takes the import, registry and GIL-side locks; after
 * fork(2) the parent releases them and runs the after_in_parent hooks, the
 * child becomes its own only, main thread (vmthread_after_fork_child: the
 * GIL, the thread registry, signals and imports reset; measurement and
 * tracing stay the parent's), resets `_thread`'s count, then runs the
 * after_in_child hooks (threading's and random's among them), in
 * registration order.  A hook that raises is reported as unraisable and
 * the others still run.  The calling thread holds the GIL throughout, so
 * no other thread runs Python between the hooks and fork(2).  os_fork_vm
 * is this fork for _posixsubprocess too, when its child runs a preexec_fn.
 *
 * The hooks live in the posix module's dict as three lists (FORKERS), so
 * they go with the module at exit. */
#define FORKERS(X) X(before) X(after_in_child) X(after_in_parent)
#define FORKER_ATTR(name) "_at_fork_" #name

static Object *forkers(const char *attr)
{
    Object *m = module_imported("posix");
    Object *l = m ? dict_get_str(module_dict(m), attr) : NULL;
    return l && obj_is(l, &ListType) ? l : NULL;
}

static void run_forkers(const char *attr, bool reverse)
{
    Object *l = forkers(attr);
    size_t n = l ? list_len(l) : 0;
    Object **copy = n ? malloc(n * sizeof *copy) : NULL;
    if (n && !copy) {
        exc_nomemory();
        traceback_unraisable("Exception ignored in", l, "list");
        return;
    }
    for (size_t i = 0; i < n; i++)
        INCREF(copy[i] = list_get(l, reverse ? n - 1 - i : i));
    for (size_t i = 0; i < n; i++) {
        Object *r = obj_call(copy[i], NULL, 0, NULL);
        if (r)
            DECREF(r);
        else
            traceback_unraisable("Exception ignored in", copy[i], "function");
    }
    for (size_t i = 0; i < n; i++)
        DECREF(copy[i]);
    free(copy);
}

pid_t os_fork_vm(void)
{
    run_forkers(FORKER_ATTR(before), true);
    vmthread_before_fork();
    pid_t pid = fork();
    int err = errno;
    if (pid == 0) {
        vmthread_after_fork_child();
        mod_thread_after_fork_child();
        run_forkers(FORKER_ATTR(after_in_child), false);
    } else {
        vmthread_after_fork_parent();
        run_forkers(FORKER_ATTR(after_in_parent), false);
    }
    errno = err;
    return pid;
}

static Object *os_fork(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("fork", nargs, kw, 0))
        return NULL;
    pid_t pid = os_fork_vm();
    int err = errno;
    if (pid < 0) {
        exc_set_oserror(err);
        return NULL;
    }
    return int_from_i64(pid);
}

/* register_at_fork(*, before=None, after_in_child=None, after_in_parent=None) */
static Object *os_register_at_fork(Object *f, Object *const *args, size_t nargs, Object *kw)
{
#define NAME(name) #name,
#define ATTR(name) FORKER_ATTR(name),
    static const char *const names[] = { FORKERS(NAME) NULL };
    static const char *const attrs[] = { FORKERS(ATTR) };
#undef ATTR
#undef NAME
    Object *v[3];
    if (nargs > (kw ? tuple_len(kw) : 0)) {
        exc_set(ExcTypeError, "register_at_fork() takes no positional arguments");
        return NULL;
    }
    if (args_parse("register_at_fork", args, nargs, kw, 0, names, v) < 0)
        return NULL;
    if (!v[0] && !v[1] && !v[2]) {
        exc_set(ExcTypeError, "At least one argument is required.");
        return NULL;
    }
    for (int i = 0; i < 3; i++)
        if (v[i] && !obj_callable(v[i])) {
            exc_set(ExcTypeError, "'%s' must be callable, not %s", names[i], v[i]->type->name);
            return NULL;
        }
    Object *m = module_imported("posix");
    if (!m) {
        exc_set(ExcRuntimeError, "gilvm: register_at_fork keeps its hooks in the posix module, "
                "which is not in sys.modules");
        return NULL;
    }
    for (int i = 0; i < 3; i++) {
        if (!v[i])
            continue;
        Object *l = forkers(attrs[i]);
        if (!l) {
            if (!(l = list_new(0)) || module_add(m, attrs[i], l) < 0) {
                XDECREF(l);
                return NULL;
            }
            DECREF(l);
        }
        if (list_append(l, v[i]) < 0)
            return NULL;
    }
    return none_new();
}

static Object *os_times(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("times", nargs, kw, 0))
        return NULL;
    struct tms t;
    clock_t elapsed = times(&t);
    double hz = (double)sysconf(_SC_CLK_TCK);
    double v[5] = { t.tms_utime / hz, t.tms_stime / hz, t.tms_cutime / hz, t.tms_cstime / hz,
                    elapsed / hz };
    Object *o[5] = { 0 };
    for (int i = 0; i < 5; i++)
        o[i] = float_from_double(v[i]);
    Object *r = o[0] && o[1] && o[2] && o[3] && o[4] ? tuple_pack(5, o[0], o[1], o[2], o[3], o[4]) : NULL;
    for (int i = 0; i < 5; i++)
        XDECREF(o[i]);
    return r;
}

static Object *os_sched_getaffinity(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid;
    if (!nargs_ok("sched_getaffinity", nargs, kw, 1) || int_arg(args[0], "sched_getaffinity", &pid) < 0)
        return NULL;
    cpu_set_t set;
    if (sched_getaffinity((pid_t)pid, sizeof set, &set) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    Object *r = set_new(NULL);
    for (int i = 0; r && i < CPU_SETSIZE; i++) {
        if (!CPU_ISSET(i, &set))
            continue;
        Object *n = int_from_i64(i);
        if (!n || set_add(r, n) < 0)
            SETREF(r, NULL);
        XDECREF(n);
    }
    return r;
}

static Object *os_sched_setaffinity(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid;
    if (!nargs_ok("sched_setaffinity", nargs, kw, 2) || int_arg(args[0], "sched_setaffinity", &pid) < 0)
        return NULL;
    Object *it = obj_iter(args[1]), *x;
    if (!it)
        return NULL;
    cpu_set_t set;
    CPU_ZERO(&set);
    int64_t cpu;
    while ((x = obj_iternext(it))) {
        int bad = int_arg(x, "sched_setaffinity", &cpu);
        DECREF(x);
        if (bad < 0 || cpu < 0 || cpu >= CPU_SETSIZE) {
            if (bad == 0)
                exc_set(cpu < 0 ? ExcValueError : ExcOverflowError,
                        cpu < 0 ? "negative CPU number" : "invalid CPU number");
            DECREF(it);
            return NULL;
        }
        CPU_SET((int)cpu, &set);
    }
    DECREF(it);
    if (exc_occurred())
        return NULL;
    if (sched_setaffinity((pid_t)pid, sizeof set, &set) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

/* ---- scheduling: yielding, nice values, policies ------------------------------------------ */

/* The int arguments of fn, all required and positional. */
static bool int_args(const char *fn, Object *const *args, size_t nargs, Object *kw, size_t want, int64_t *out)
{
    if (!nargs_ok(fn, nargs, kw, want))
        return false;
    for (size_t i = 0; i < want; i++)
        if (int_arg(args[i], fn, &out[i]) < 0)
            return false;
    return true;
}

static Object *int_or_oserror(long r)
{
    return r < 0 ? (exc_set_oserror(errno), NULL) : int_from_i64(r);
}

static Object *none_or_oserror(int r)
{
    return r != 0 ? (exc_set_oserror(errno), NULL) : none_new();
}

/* The GIL goes for the yield, as in CPython: a thread yielding the CPU while
 * holding the GIL would leave nothing for the others to run. */
static Object *os_sched_yield(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("sched_yield", nargs, kw, 0))
        return NULL;
    vm_block_begin("sched_yield");
    sched_yield();
    vm_block_end();
    return none_new();
}

/* nice(2) may return -1 as a value: errno tells. */
static Object *os_nice(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t inc;
    if (!int_args("nice", args, nargs, kw, 1, &inc))
        return NULL;
    errno = 0;
    int r = nice((int)inc);
    if (r == -1 && errno != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64(r);
}

static Object *os_getpriority(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t a[2];
    if (!int_args("getpriority", args, nargs, kw, 2, a))
        return NULL;
    errno = 0;
    int r = getpriority((int)a[0], (id_t)a[1]);
    if (r == -1 && errno != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64(r);
}

static Object *os_setpriority(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t a[3];
    if (!int_args("setpriority", args, nargs, kw, 3, a))
        return NULL;
    return none_or_oserror(setpriority((int)a[0], (id_t)a[1], (int)a[2]));
}

static Object *os_sched_get_priority_min(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t policy;
    return int_args("sched_get_priority_min", args, nargs, kw, 1, &policy)
           ? int_or_oserror(sched_get_priority_min((int)policy)) : NULL;
}

static Object *os_sched_get_priority_max(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t policy;
    return int_args("sched_get_priority_max", args, nargs, kw, 1, &policy)
           ? int_or_oserror(sched_get_priority_max((int)policy)) : NULL;
}

static Object *os_sched_getscheduler(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid;
    return int_args("sched_getscheduler", args, nargs, kw, 1, &pid)
           ? int_or_oserror(sched_getscheduler((pid_t)pid)) : NULL;
}

/* os.py passes sched_param's priority as an int (it owns the class). */
static Object *os__sched_setscheduler(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t a[3];
    if (!int_args("sched_setscheduler", args, nargs, kw, 3, a))
        return NULL;
    struct sched_param p = { .sched_priority = (int)a[2] };
    return none_or_oserror(sched_setscheduler((pid_t)a[0], (int)a[1], &p));
}

static Object *os__sched_getparam(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid;
    struct sched_param p;
    if (!int_args("sched_getparam", args, nargs, kw, 1, &pid))
        return NULL;
    return sched_getparam((pid_t)pid, &p) != 0 ? (exc_set_oserror(errno), NULL) : int_from_i64(p.sched_priority);
}

static Object *os__sched_setparam(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t a[2];
    if (!int_args("sched_setparam", args, nargs, kw, 2, a))
        return NULL;
    struct sched_param p = { .sched_priority = (int)a[1] };
    return none_or_oserror(sched_setparam((pid_t)a[0], &p));
}

static Object *os_sched_rr_get_interval(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid;
    struct timespec t;
    if (!int_args("sched_rr_get_interval", args, nargs, kw, 1, &pid))
        return NULL;
    if (sched_rr_get_interval((pid_t)pid, &t) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return float_from_double((double)t.tv_sec + (double)t.tv_nsec * 1e-9);
}

static Object *os_getloadavg(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    double l[3];
    if (!nargs_ok("getloadavg", nargs, kw, 0))
        return NULL;
    if (getloadavg(l, 3) != 3) {
        exc_set(ExcOSError, "Load averages are unobtainable");
        return NULL;
    }
    Object *o[3] = { float_from_double(l[0]), float_from_double(l[1]), float_from_double(l[2]) };
    Object *r = o[0] && o[1] && o[2] ? tuple_pack(3, o[0], o[1], o[2]) : NULL;
    for (int i = 0; i < 3; i++)
        XDECREF(o[i]);
    return r;
}

/* ---- the environment, the machine, errors --------------------------------------------- */

extern char **environ;

/* The environment at start-up as a dict of str; os.environ wraps it. */
static Object *environ_dict(void)
{
    Object *d = dict_new();
    for (char **e = environ; d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        Object *k = str_from_utf8(*e, (size_t)(eq - *e)), *v = k ? str_from_cstr(eq + 1) : NULL;
        if (!v || dict_set(d, k, v) < 0) {
            exc_clear();   /* a variable that is not UTF-8 is left out */
        }
        XDECREF(k);
        XDECREF(v);
    }
    return d;
}

static const char *env_arg(Object *o, const char *fn, bool is_key)
{
    if (!obj_isinstance_type(o, &StrType)) {
        exc_set(ExcTypeError, "str expected, not %s", o->type->name);
        return NULL;
    }
    const char *s = str_utf8(o);
    if (memchr(s, '\0', str_nbytes(o))) {
        exc_set(ExcValueError, "embedded null byte");
        return NULL;
    }
    if (is_key && (!*s || strchr(s, '='))) {
        exc_set(ExcValueError, "illegal environment variable name");
        return NULL;
    }
    return s;
}

static Object *os_putenv(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const char *k, *v;
    if (!nargs_ok("putenv", nargs, kw, 2) || !(k = env_arg(args[0], "putenv", true)) ||
        !(v = env_arg(args[1], "putenv", false)))
        return NULL;
    if (setenv(k, v, 1) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *os_unsetenv(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    const char *k;
    if (!nargs_ok("unsetenv", nargs, kw, 1) || !(k = env_arg(args[0], "unsetenv", true)))
        return NULL;
    if (unsetenv(k) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return none_new();
}

static Object *os_uname(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("uname", nargs, kw, 0))
        return NULL;
    struct utsname u;
    if (uname(&u) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    const char *v[5] = { u.sysname, u.nodename, u.release, u.version, u.machine };
    Object *o[5] = { 0 };
    for (int i = 0; i < 5; i++)
        o[i] = str_from_cstr(v[i]);
    Object *r = o[0] && o[1] && o[2] && o[3] && o[4] ? tuple_pack(5, o[0], o[1], o[2], o[3], o[4]) : NULL;
    for (int i = 0; i < 5; i++)
        XDECREF(o[i]);
    return r;
}

/* ---- more of the process and its descriptors ------------------------------------- */

/* The calls that take nothing and cannot fail, one row each. */
#define NOARG_IDS(X) X(getegid) X(geteuid) X(getgid) X(getpgrp)
#define NOARG_FN(name)                                                                   \
    static Object *os_##name(Object *f, Object *const *args, size_t nargs, Object *kw)   \
    {                                                                                    \
        return nargs_ok(#name, nargs, kw, 0) ? int_from_i64((int64_t)name()) : NULL;     \
    }
NOARG_IDS(NOARG_FN)
#undef NOARG_FN

static Object *os_setsid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs_ok("setsid", nargs, kw, 0) ? none_or_oserror(setsid() < 0 ? -1 : 0) : NULL;
}

static Object *os_getsid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid;
    return int_args("getsid", args, nargs, kw, 1, &pid) ? int_or_oserror(getsid((pid_t)pid)) : NULL;
}

static Object *os_getpgid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t pid;
    return int_args("getpgid", args, nargs, kw, 1, &pid) ? int_or_oserror(getpgid((pid_t)pid)) : NULL;
}

static Object *os_setpgid(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t v[2];
    return int_args("setpgid", args, nargs, kw, 2, v)
        ? none_or_oserror(setpgid((pid_t)v[0], (pid_t)v[1])) : NULL;
}

static Object *os_killpg(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t v[2];
    if (!int_args("killpg", args, nargs, kw, 2, v))
        return NULL;
    if (killpg((pid_t)v[0], (int)v[1]) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return vmthread_check_signals() < 0 ? NULL : none_new();
}

static Object *os_umask(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t mask;
    return int_args("umask", args, nargs, kw, 1, &mask) ? int_from_i64(umask((mode_t)mask)) : NULL;
}

static Object *os_abort(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("abort", nargs, kw, 0))
        return NULL;
    fflush(NULL);
    abort();
}

static Object *os_getlogin(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("getlogin", nargs, kw, 0))
        return NULL;
    errno = 0;
    const char *name = getlogin();
    if (!name) {
        exc_set_oserror(errno ? errno : ENOENT);
        return NULL;
    }
    return str_from_cstr(name);
}

/* system(command) -> the wait status of `sh -c command`.  The GIL is
 * released while the shell runs, so the program's other threads go on. */
static Object *os_system(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "command", NULL };
    Object *v[1];
    if (args_parse("system", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    if (!obj_isinstance_type(v[0], &StrType)) {
        exc_set(ExcTypeError, "system() argument 'command' must be str, not %s", v[0]->type->name);
        return NULL;
    }
    char *cmd = strdup(str_utf8(v[0]));
    if (!cmd) {
        exc_nomemory();
        return NULL;
    }
    int status = -1;
    bool ran = false;
    vm_block_begin("system");
    if (!vm_block_interrupted()) {
        status = system(cmd);
        ran = true;
    }
    vm_block_end();
    free(cmd);
    if (!ran)
        return vmthread_check_signals() < 0 ? NULL : int_from_i64(-1);
    return int_from_i64(status);
}

char **os_str_array(Object *seq, const char *what)
{
    bool list = obj_isinstance_type(seq, &ListType);
    if (!list && !obj_isinstance_type(seq, &TupleType)) {
        exc_set(ExcTypeError, "%s must be a list or tuple of str", what);
        return NULL;
    }
    size_t n = list ? list_len(seq) : tuple_len(seq);
    char **v = calloc(n + 1, sizeof *v);
    if (!v) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Object *s = list ? list_get(seq, i) : tuple_get(seq, i);
        if (!obj_isinstance_type(s, &StrType) || memchr(str_utf8(s), '\0', str_nbytes(s))) {
            exc_set(obj_isinstance_type(s, &StrType) ? ExcValueError : ExcTypeError,
                    obj_isinstance_type(s, &StrType) ? "embedded null byte"
                                                     : "expected str, bytes or os.PathLike object, not %s",
                    s->type->name);
            free(v);
            return NULL;
        }
        v[i] = (char *)str_utf8(s);
    }
    return v;
}

/* execv(path, argv): argv[0] must be there and not empty, as CPython asks. */
static char **exec_argv(Object *seq, const char *fn)
{
    char **v = os_str_array(seq, "argv");
    if (v && (!v[0] || !*v[0])) {
        exc_set(ExcValueError, "%s() arg 2 %s", fn, v[0] ? "first element cannot be empty" : "must not be empty");
        free(v);
        return NULL;
    }
    return v;
}

/* _execve(path, argv, env): env a list of "NAME=value" (os.execve builds it
 * from a mapping); None keeps the current environment (os.execv). */
static Object *os__execve(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *held = NULL;
    const char *path;
    const char *fn = nargs == 3 && args[2] == None ? "execv" : "execve";
    if (!nargs_ok(fn, nargs, kw, 3) || !(path = path_arg(args[0], fn, &held)))
        return path_done(NULL, held);
    char **argv = exec_argv(args[1], fn);
    char **envp = argv && args[2] != None ? os_str_array(args[2], "env") : NULL;
    if (argv && (args[2] == None || envp)) {
        /* A thread other than the main one runs with signals blocked
         * (vmthread); the new program must not inherit that. */
        sigset_t none, old;
        sigemptyset(&none);
        pthread_sigmask(SIG_SETMASK, &none, &old);
        fflush(NULL);
        execve(path, argv, envp ? envp : environ);
        path_error(held, NULL);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    free(argv);
    free(envp);
    return path_done(NULL, held);
}

/* lseek(fd, position, how) -> the new offset. */
static Object *os_lseek(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    int64_t pos, how;
    if (!nargs_ok("lseek", nargs, kw, 3) || fd_arg(args[0], "lseek", &fd) < 0 ||
        int_arg(args[1], "lseek", &pos) < 0 || int_arg(args[2], "lseek", &how) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, (int)how);
    return r < 0 ? (exc_set_oserror(errno), NULL) : int_from_i64((int64_t)r);
}

/* fsync and fdatasync take a descriptor or a file; the GIL goes for the
 * wait on the disk. */
static Object *sync_call(const char *fn, Object *const *args, size_t nargs, Object *kw, int (*call)(int))
{
    int fd;
    if (!nargs_ok(fn, nargs, kw, 1) || os_fd_of(args[0], &fd) < 0)
        return NULL;
    vm_block_begin(fn);
    int r = call(fd);
    int err = errno;
    vm_block_end();
    return r == 0 ? none_new() : (exc_set_oserror(err), NULL);
}

static Object *os_fsync(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return sync_call("fsync", args, nargs, kw, fsync);
}

static Object *os_fdatasync(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return sync_call("fdatasync", args, nargs, kw, fdatasync);
}

static Object *os_ftruncate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    int64_t len;
    if (!nargs_ok("ftruncate", nargs, kw, 2) || fd_arg(args[0], "ftruncate", &fd) < 0 ||
        int_arg(args[1], "ftruncate", &len) < 0)
        return NULL;
    return none_or_oserror(ftruncate(fd, (off_t)len));
}

static Object *os_truncate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "length", NULL };
    Object *v[2], *held = NULL;
    const char *p;
    int64_t len;
    if (args_parse("truncate", args, nargs, kw, 2, names, v) < 0 ||
        !(p = path_arg(v[0], "truncate", &held)) || int_arg(v[1], "truncate", &len) < 0)
        return path_done(NULL, held);
    return path_done(truncate(p, (off_t)len) == 0 ? none_new() : path_error(held, NULL), held);
}

static Object *os_mkfifo(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "mode", NULL };
    Object *v[2], *held = NULL;
    const char *p;
    int64_t mode = 0666;
    if (args_parse("mkfifo", args, nargs, kw, 1, names, v) < 0 || !(p = path_arg(v[0], "mkfifo", &held)) ||
        (v[1] && int_arg(v[1], "mkfifo", &mode) < 0))
        return path_done(NULL, held);
    return path_done(mkfifo(p, (mode_t)mode) == 0 ? none_new() : path_error(held, NULL), held);
}

static Object *os_chown(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "path", "uid", "gid", NULL };
    Object *v[3], *held = NULL;
    const char *p;
    int64_t uid, gid;
    if (args_parse("chown", args, nargs, kw, 3, names, v) < 0 || !(p = path_arg(v[0], "chown", &held)) ||
        int_arg(v[1], "chown", &uid) < 0 || int_arg(v[2], "chown", &gid) < 0)
        return path_done(NULL, held);
    return path_done(chown(p, (uid_t)uid, (gid_t)gid) == 0 ? none_new() : path_error(held, NULL), held);
}

static Object *os_fchmod(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int fd;
    int64_t mode;
    if (!nargs_ok("fchmod", nargs, kw, 2) || fd_arg(args[0], "fchmod", &fd) < 0 ||
        int_arg(args[1], "fchmod", &mode) < 0)
        return NULL;
    return none_or_oserror(fchmod(fd, (mode_t)mode));
}

/* One bit of a descriptor's flags, read (nargs 1) or set (nargs 2): the
 * four get_/set_blocking and get_/set_inheritable calls.  Each Python name
 * is true when its bit is clear (blocking = !O_NONBLOCK, inheritable =
 * !FD_CLOEXEC). */
static Object *fd_flag(const char *fn, Object *const *args, size_t nargs, Object *kw, size_t want,
                       int get, int set, int bit)
{
    int fd, on = 0;
    if (!nargs_ok(fn, nargs, kw, want) || fd_arg(args[0], fn, &fd) < 0 ||
        (want == 2 && (on = obj_truth(args[1])) < 0))
        return NULL;
    int flags = fcntl(fd, get);
    if (flags < 0)
        return (exc_set_oserror(errno), NULL);
    if (want == 1)
        return bool_from(!(flags & bit));
    flags = on ? flags & ~bit : flags | bit;
    return none_or_oserror(fcntl(fd, set, flags) < 0 ? -1 : 0);
}

static Object *os_get_blocking(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return fd_flag("get_blocking", args, nargs, kw, 1, F_GETFL, F_SETFL, O_NONBLOCK);
}

static Object *os_set_blocking(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return fd_flag("set_blocking", args, nargs, kw, 2, F_GETFL, F_SETFL, O_NONBLOCK);
}

static Object *os_get_inheritable(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return fd_flag("get_inheritable", args, nargs, kw, 1, F_GETFD, F_SETFD, FD_CLOEXEC);
}

static Object *os_set_inheritable(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return fd_flag("set_inheritable", args, nargs, kw, 2, F_GETFD, F_SETFD, FD_CLOEXEC);
}

static Object *os_pipe2(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t flags;
    int fds[2];
    return int_args("pipe2", args, nargs, kw, 1, &flags) ? pipe_pair(fds, (int)flags) : NULL;
}

/* closerange(lo, hi): every descriptor in [lo, hi) closed, errors ignored. */
static Object *os_closerange(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t v[2];
    if (!int_args("closerange", args, nargs, kw, 2, v))
        return NULL;
    int64_t lo = v[0] < 0 ? 0 : v[0], hi = v[1] > INT_MAX ? (int64_t)INT_MAX + 1 : v[1];
    if (lo < hi && close_range((unsigned)lo, (unsigned)(hi - 1), 0) != 0)
        for (int64_t fd = lo; fd < hi; fd++)
            close((int)fd);
    return none_new();
}

/* The sysconf names scripts ask for; also posix.sysconf_names. */
#define SYSCONF_NAMES(X) \
    X(SC_ARG_MAX) X(SC_CHILD_MAX) X(SC_CLK_TCK) X(SC_NGROUPS_MAX) X(SC_OPEN_MAX) \
    X(SC_PAGESIZE) X(SC_PAGE_SIZE) X(SC_NPROCESSORS_CONF) X(SC_NPROCESSORS_ONLN) \
    X(SC_PHYS_PAGES) X(SC_AVPHYS_PAGES) X(SC_LINE_MAX) X(SC_HOST_NAME_MAX) \
    X(SC_LOGIN_NAME_MAX) X(SC_TTY_NAME_MAX) X(SC_IOV_MAX) X(SC_THREAD_STACK_MIN) \
    X(SC_SEM_NSEMS_MAX) X(SC_STREAM_MAX) X(SC_TZNAME_MAX) X(SC_VERSION)

static const struct { const char *name; int value; } sysconf_table[] = {
#define ROW(n) { #n, _##n },
    SYSCONF_NAMES(ROW)
#undef ROW
};

/* sysconf(name) with name one of sysconf_names or its number; -1 for a
 * limit the system does not set, as CPython returns. */
static Object *os_sysconf(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (!nargs_ok("sysconf", nargs, kw, 1))
        return NULL;
    int64_t name = -1;
    if (obj_isinstance_type(args[0], &StrType)) {
        for (size_t i = 0; i < sizeof sysconf_table / sizeof *sysconf_table; i++)
            if (strcmp(sysconf_table[i].name, str_utf8(args[0])) == 0)
                name = sysconf_table[i].value;
        if (name < 0) {
            exc_set(ExcValueError, "unrecognized configuration name");
            return NULL;
        }
    } else if (!obj_isinstance_type(args[0], &IntType)) {
        exc_set(ExcTypeError, "configuration names must be strings or integers");
        return NULL;
    } else if (int_as_i64(args[0], &name) < 0) {
        return NULL;
    }
    errno = 0;
    long r = sysconf((int)name);
    if (r == -1 && errno)
        return (exc_set_oserror(errno), NULL);
    return int_from_i64(r);
}

static Object *sysconf_names(void)
{
    Object *d = dict_new();
    for (size_t i = 0; d && i < sizeof sysconf_table / sizeof *sysconf_table; i++) {
        Object *v = int_from_i64(sysconf_table[i].value);
        if (!v || dict_set_str(d, sysconf_table[i].name, v) < 0)
            SETREF(d, NULL);
        XDECREF(v);
    }
    return d;
}

/* confstr(name): the names glibc answers that scripts ask (platform.libc_ver). */
static Object *os_confstr(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const struct { const char *name; int value; } names[] = {
        { "CS_PATH", _CS_PATH },
        { "CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION },
        { "CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION },
    };
    if (!nargs_ok("confstr", nargs, kw, 1))
        return NULL;
    if (!obj_isinstance_type(args[0], &StrType)) {
        exc_set(ExcTypeError, "configuration names must be strings or integers");
        return NULL;
    }
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        if (strcmp(names[i].name, str_utf8(args[0])) != 0)
            continue;
        char buf[256];
        size_t n = confstr(names[i].value, buf, sizeof buf);
        return n == 0 ? none_new() : str_from_cstr(buf);
    }
    exc_set(ExcValueError, "unrecognized configuration name");
    return NULL;
}

static Object *os_strerror(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!nargs_ok("strerror", nargs, kw, 1) || int_arg(args[0], "strerror", &n) < 0)
        return NULL;
    return str_from_cstr(strerror((int)n));
}

static Object *os_urandom(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    if (!nargs_ok("urandom", nargs, kw, 1) || int_arg(args[0], "urandom", &n) < 0)
        return NULL;
    if (n < 0) {
        exc_set(ExcValueError, "negative argument not allowed");
        return NULL;
    }
    char *buf = malloc(n ? (size_t)n : 1);
    if (!buf) {
        exc_nomemory();
        return NULL;
    }
    for (int64_t got = 0; got < n;) {
        ssize_t r = getrandom(buf + got, (size_t)(n - got), 0);
        if (r < 0 && errno != EINTR) {
            free(buf);
            exc_set_oserror(errno);
            return NULL;
        }
        got += r > 0 ? r : 0;
    }
    Object *b = bytes_from(buf, (size_t)n);
    free(buf);
    return b;
}

/* ---- the module ------------------------------------------------------------------- */

#define POSIX_FUNCS(X) \
    X(pipe) X(read) X(write) X(close) X(dup) X(dup2) X(open) X(isatty) X(get_terminal_size) \
    X(getpid) X(getppid) X(cpu_count) X(kill) X(waitpid) X(_exit) X(times) \
    X(sched_getaffinity) X(sched_setaffinity) X(sched_yield) X(nice) X(getpriority) X(setpriority) \
    X(sched_get_priority_min) X(sched_get_priority_max) X(sched_getscheduler) X(_sched_setscheduler) \
    X(_sched_getparam) X(_sched_setparam) X(sched_rr_get_interval) X(getloadavg) \
    X(stat) X(lstat) X(statvfs) X(chmod) X(utime) X(listdir) X(mkdir) X(rmdir) X(unlink) X(remove) X(rename) \
    X(chdir) X(getcwd) X(access) X(readlink) X(symlink) X(link) X(getuid) X(putenv) X(unsetenv) X(uname) X(confstr) X(strerror) X(urandom) \
    X(WIFEXITED) X(WEXITSTATUS) X(WIFSIGNALED) X(WTERMSIG) X(WIFSTOPPED) X(WSTOPSIG) \
    X(WCOREDUMP) X(WIFCONTINUED) X(waitstatus_to_exitcode) X(wait) X(system) X(_execve) X(abort) X(getlogin) \
    X(getegid) X(geteuid) X(getgid) X(getpgrp) X(setsid) X(getsid) X(getpgid) X(setpgid) \
    X(killpg) X(umask) X(lseek) X(fsync) X(fdatasync) X(ftruncate) X(truncate) X(mkfifo) \
    X(chown) X(fchmod) X(get_blocking) X(set_blocking) X(get_inheritable) X(set_inheritable) \
    X(pipe2) X(closerange) X(sysconf) X(pidfd_open) X(fork) X(register_at_fork)

#define POSIX_INTS(X) \
    X(WNOHANG) X(WUNTRACED) X(F_OK) X(R_OK) X(W_OK) X(X_OK) \
    X(O_RDONLY) X(O_WRONLY) X(O_RDWR) X(O_CREAT) X(O_EXCL) X(O_TRUNC) X(O_APPEND) \
    X(O_NONBLOCK) X(O_CLOEXEC) X(O_NOFOLLOW) \
    X(PRIO_PROCESS) X(PRIO_PGRP) X(PRIO_USER) \
    X(SCHED_OTHER) X(SCHED_FIFO) X(SCHED_RR) X(SCHED_BATCH) X(SCHED_IDLE) X(SCHED_RESET_ON_FORK) \
    X(O_SYNC) X(O_DSYNC) X(O_NOCTTY) X(O_DIRECTORY) X(O_ACCMODE) X(O_NDELAY) X(WCONTINUED) \
    X(EX_OK) X(EX_USAGE) X(EX_SOFTWARE) X(EX_OSERR)

Object *mod_posix_init(void)
{
    Object *m = module_new("posix", NULL);
    if (!m)
        return NULL;
#define ADD_FUNC(name) if (module_add_func(m, #name, os_##name) < 0) goto fail;
    POSIX_FUNCS(ADD_FUNC)
#undef ADD_FUNC
#define ADD_INT(name) if (module_add_int(m, #name, name) < 0) goto fail;
    POSIX_INTS(ADD_INT)
#undef ADD_INT
    Object *env = environ_dict(), *sc = env ? sysconf_names() : NULL;
    int r = sc && module_add(m, "environ", env) == 0 ? module_add(m, "sysconf_names", sc) : -1;
    XDECREF(env);
    XDECREF(sc);
    if (r == 0)
        return m;
fail:
    DECREF(m);
    return NULL;
}
