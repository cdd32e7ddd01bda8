/* vm/objects/file.c — file objects: what open() returns.
 *
 * One struct serves CPython's five classes: TextIOWrapper (UTF-8 text),
 * BufferedReader / BufferedWriter / BufferedRandom (bytes), and FileIO
 * (bytes, buffering=0: each write reaches the kernel before it returns).  The file
 * keeps a read-ahead buffer and a write buffer over its descriptor, never
 * both non-empty: a write first gives the unread read-ahead back (lseek),
 * a read first flushes the writes.  The read-ahead holds the bytes as the
 * file has them: text reads count code points ("\r\n" one) and translate
 * newlines as they hand the text out, so tell() is the kernel's position
 * less the unread bytes, a byte offset as CPython's cookie is for UTF-8.
 *
 * A file over a stream (file.h: a socket's makefile) reads and writes
 * through the stream's functions instead, and keeps its read-ahead when
 * it writes (a stream has no position to give it back to).
 *
 * Every open, read and write system call runs with the GIL released
 * (vm_block_begin/end, as vm/modules/mod_os.c): the call works on a
 * malloc'ed chunk that no other thread can reach — fresh for a read,
 * detached from the file for a write — so no object is touched meanwhile.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vm/objects/buffer.h"
#include "vm/objects/codec.h"
#include "vm/objects/file.h"
#include "vm/objects/utf8.h"
#include "vm/runtime/import.h"
#include "vm/runtime/state.h"

#define CHUNK (64 * 1024)   /* read-ahead and write-buffer size */

typedef struct FileObject {
    Object ob;
    int fd;                 /* -1 once closed */
    Object *name;           /* the name attribute: str, or the int descriptor */
    Object *mode;           /* the mode attribute (str) */
    Object *encoding;       /* text: the encoding attribute, a UTF-8 alias as open() was given it */
    bool readable, writable, binary, closefd;
    bool cr_ends;           /* text: '\r' and "\r\n" end lines too (newline None or '') */
    bool translate;         /* text: ...and read as '\n' (newline None) */
    unsigned seennl;        /* text, cr_ends: the line ends read so far (NL_LF | NL_CR | NL_CRLF) */
    char *rbuf;             /* read-ahead: bytes [rpos, rlen) not yet consumed */
    size_t rpos, rlen, rcap;
    char *wbuf;             /* written, not yet flushed */
    size_t wlen, wcap;
    const FileStream *stream; /* NULL: the descriptor's read and write */
    Object *owner;          /* the stream's object (owned), NULL once closed */
    Object *buffer;         /* text: its .buffer once asked for (owned), else NULL */
} FileObject;

static Type TextType, ReaderType, WriterType, RandomType, RWPairType, RawType;

/* ---- system calls, GIL released ---------------------------------------------- */

static ssize_t read_released(int fd, char *buf, size_t n)
{
    ssize_t got;
    int err;
    do {
        vm_block_begin("read");
        got = read(fd, buf, n);
        err = errno;
        vm_block_end();
    } while (got < 0 && err == EINTR);
    errno = err;
    return got;
}

/* All n bytes, unless an error: -1 with errno.  `release`: false in a
 * dealloc, which must not let other threads run mid-way. */
static int write_all(int fd, const char *p, size_t n, bool release)
{
    while (n) {
        if (release)
            vm_block_begin("write");
        ssize_t put = write(fd, p, n);
        int err = errno;
        if (release)
            vm_block_end();
        if (put < 0 && err == EINTR)
            continue;
        if (put < 0) {
            errno = err;
            return -1;
        }
        p += put;
        n -= (size_t)put;
    }
    return 0;
}

/* ---- errors -------------------------------------------------------------------- */

static int closed_error(void)
{
    exc_set(ExcValueError, "I/O operation on closed file.");
    return -1;
}

/* CPython raises io.UnsupportedOperation (an OSError and a ValueError),
 * naming the method for a binary file; gilvm has no io module, so its
 * OSError base stands in. */
static int unsupported(const char *what)
{
    exc_set(ExcOSError, "%s", what);
    return -1;
}

/* OSError for errno err, with the file's name as CPython words it. */
static void oserror_named(int err, Object *name)
{
    exc_set_oserror(err);
    Object *e = exc_fetch();
    if (e && name && obj_setattr(e, str_intern("filename"), name) < 0)
        exc_clear();
    if (e)
        exc_set_obj(e);
}

static int check_open(FileObject *f)
{
    return f->fd < 0 ? closed_error() : 0;
}

/* ---- the buffers ------------------------------------------------------------------ */

/* A text file's writes go out after its .buffer's, as CPython's text
 * layer hands its pending text to the buffer behind what that holds. */
static int flush_writes(FileObject *f, bool release)
{
    if (f->buffer && flush_writes((FileObject *)f->buffer, release) < 0)
        return -1;
    if (!f->wlen)
        return 0;
    char *p = f->wbuf;       /* detached: a write meanwhile starts a new buffer */
    size_t n = f->wlen;
    f->wbuf = NULL;
    f->wlen = f->wcap = 0;
    if (f->stream) {
        int r = f->stream->write(f->owner, p, n, release);
        free(p);
        return r;
    }
    int r = write_all(f->fd, p, n, release);
    int err = errno;
    free(p);
    if (r < 0)
        exc_set_oserror(err);
    return r;
}

/* Before writing: the read-ahead goes back to the kernel's position. */
static int drop_readahead(FileObject *f)
{
    size_t unread = f->rlen - f->rpos;
    f->rpos = f->rlen = 0;
    if (unread && lseek(f->fd, -(off_t)unread, SEEK_CUR) < 0) {
        exc_set_oserror(errno);
        return -1;
    }
    return 0;
}

static int start_read(FileObject *f)
{
    if (check_open(f) < 0)
        return -1;
    if (!f->readable)
        return unsupported(f->binary ? "read" : "not readable");
    return flush_writes(f, true);
}

enum { NL_LF = 1, NL_CR = 2, NL_CRLF = 4 };

/* The kinds of line end in p[0, n), for the newlines attribute. */
static unsigned line_ends(const char *p, size_t n)
{
    unsigned seen = 0;
    for (const char *q = p, *z = p + n; (q = memchr(q, '\r', (size_t)(z - q))); q++)
        seen |= q + 1 < z && q[1] == '\n' ? NL_CRLF : NL_CR;
    for (const char *q = p, *z = p + n; (q = memchr(q, '\n', (size_t)(z - q))); q++)
        if (q == p || q[-1] != '\r') {
            seen |= NL_LF;
            break;
        }
    return seen;
}

/* Notes the line ends the read-ahead gained from byte `from` on, as
 * CPython's decoder sees them when it reads ahead; a '\r' last waits for
 * the next read, which may start with the '\n' of a "\r\n". */
static void note_line_ends(FileObject *f, size_t from, bool at_eof)
{
    if (f->binary || !f->cr_ends || f->seennl == (NL_LF | NL_CR | NL_CRLF))
        return;
    size_t end = f->rlen;
    if (from > f->rpos && f->rbuf[from - 1] == '\r')
        from--;
    if (!at_eof && end > from && f->rbuf[end - 1] == '\r')
        end--;
    if (end > from)
        f->seennl |= line_ends(f->rbuf + from, end - from);
}

/* Read up to `want` (at least CHUNK) more bytes into the read-ahead:
 * >0 bytes added, 0 at end of file, -1 on error. */
static ssize_t fill(FileObject *f, size_t want)
{
    if (want < CHUNK)
        want = CHUNK;
    char *chunk = malloc(want);
    if (!chunk) {
        exc_nomemory();
        return -1;
    }
    ssize_t got = f->stream ? f->stream->read(f->owner, chunk, want) : read_released(f->fd, chunk, want);
    if (got <= 0) {
        if (got < 0 && !f->stream)
            exc_set_oserror(errno);
        else if (f->rlen > f->rpos)
            note_line_ends(f, f->rlen - 1, true);
        free(chunk);
        return got;
    }
    if (f->rpos) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rlen + (size_t)got > f->rcap) {
        size_t cap = f->rlen + (size_t)got;
        char *grown = realloc(f->rbuf, cap);
        if (!grown) {
            free(chunk);
            exc_nomemory();
            return -1;
        }
        f->rbuf = grown;
        f->rcap = cap;
    }
    memcpy(f->rbuf + f->rlen, chunk, (size_t)got);
    f->rlen += (size_t)got;
    note_line_ends(f, f->rlen - (size_t)got, false);
    free(chunk);
    return got;
}

/* Text with "\r\n" and lone '\r' read as '\n' (universal newlines). */
static Object *str_translated(const char *p, size_t n)
{
    char *t = malloc(n ? n : 1);
    if (!t) {
        exc_nomemory();
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        t[k++] = p[i] == '\r' ? '\n' : p[i];
        if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
            i++;
    }
    Object *r = str_from_utf8(t, k);
    free(t);
    return r;
}

/* n bytes of the read-ahead as the file's kind of object, consumed. */
static Object *take(FileObject *f, size_t n)
{
    const char *p = f->rbuf ? f->rbuf + f->rpos : "";
    Object *r = f->binary ? bytes_from(p, n)
              : f->translate && memchr(p, '\r', n) ? str_translated(p, n) : str_from_utf8(p, n);
    if (r)
        f->rpos += n;
    return r;
}

/* How many buffered bytes hold the next `limit` units (bytes, or
 * characters for text; limit < 0: no limit), stopping after a line end
 * when `line`; reads more as needed.  A unit cut by the end of the
 * buffer (a UTF-8 sequence, '\r' that may start "\r\n") waits for the
 * next read; at end of file the rest is taken as it is.  -1 on error. */
static ssize_t scan(FileObject *f, int64_t limit, bool line)
{
    size_t off = 0;   /* from rpos: fill() may move the buffer */
    for (int64_t units = 0; limit < 0 || units < limit;) {
        size_t at = f->rpos + off;
        unsigned char c = at < f->rlen ? (unsigned char)f->rbuf[at] : 0;
        size_t need = at >= f->rlen ? 1 : f->binary ? 1 : c == '\r' && f->cr_ends ? 2 : utf8_len(c) ? (size_t)utf8_len(c) : 1;
        if (at + need > f->rlen) {
            ssize_t got = fill(f, 0);
            if (got < 0)
                return -1;
            if (got > 0)
                continue;
            return (ssize_t)(f->rlen - f->rpos);
        }
        bool eol = c == '\n' || (c == '\r' && f->cr_ends);
        off += c == '\r' && need == 2 && f->rbuf[at + 1] != '\n' ? 1 : need;
        units++;
        if (line && eol)
            break;
    }
    return (ssize_t)off;
}

/* ---- reading -------------------------------------------------------------------------- */

static Object *read_all(FileObject *f)
{
    for (;;) {
        ssize_t got = fill(f, f->rlen > CHUNK ? f->rlen : CHUNK);
        if (got < 0)
            return NULL;
        if (got == 0)
            return take(f, f->rlen - f->rpos);
    }
}

static int size_arg(Object *o, int64_t *n)
{
    if (!o || o == None) {
        *n = -1;
        return 0;
    }
    if (!obj_isinstance_type(o, &IntType) && !obj_isinstance_type(o, &BoolType)) {
        exc_set(ExcTypeError, "argument should be integer or None, not '%s'", o->type->name);
        return -1;
    }
    return int_as_i64(o, n);
}

static FileObject *self_of(Object *const *args) { return (FileObject *)args[0]; }

/* The file of a read-like call (size=-1), its size in *n; NULL on error. */
static FileObject *read_call(const char *name, Object *const *args, size_t nargs, Object *kw, int64_t *n)
{
    static const char *const names[] = { "size", NULL };
    Object *v[1];
    FileObject *f = self_of(args);
    if (args_parse(name, args + 1, nargs - 1, kw, 0, names, v) < 0 || size_arg(v[0], n) < 0 ||
        start_read(f) < 0)
        return NULL;
    return f;
}

static Object *f_read(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    FileObject *f = read_call("read", args, nargs, kw, &n);
    if (!f)
        return NULL;
    if (n < 0)
        return read_all(f);
    ssize_t len = scan(f, n, false);
    return len < 0 ? NULL : take(f, (size_t)len);
}

static Object *f_readall(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "readall() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    FileObject *f = self_of(args);
    return start_read(f) < 0 ? NULL : read_all(f);
}

/* How many bytes a binary read1 of n gives (n < 0: no limit): the
 * read-ahead's, else what one read adds to it.  -1 on error. */
static ssize_t avail1(FileObject *f, int64_t n)
{
    if (n != 0 && f->rlen == f->rpos && fill(f, n > CHUNK ? (size_t)n : 0) < 0)
        return -1;
    size_t have = f->rlen - f->rpos;
    return (ssize_t)(n >= 0 && (size_t)n < have ? (size_t)n : have);
}

static Object *f_read1(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    FileObject *f = read_call("read1", args, nargs, kw, &n);
    if (!f)
        return NULL;
    ssize_t len = avail1(f, n);
    return len < 0 ? NULL : take(f, (size_t)len);
}

/* peek([size]): the read-ahead, left unconsumed; one read fills it when
 * empty.  As CPython's BufferedReader, size does not bound the answer. */
static Object *f_peek(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    FileObject *f = read_call("peek", args, nargs, kw, &n);
    if (!f)
        return NULL;
    if (f->rlen == f->rpos && fill(f, 0) < 0)
        return NULL;
    return bytes_from(f->rbuf ? f->rbuf + f->rpos : "", f->rlen - f->rpos);
}

/* readinto(b) and readinto1(b): the bytes read into b, a writable buffer
 * (bytearray, memoryview, array); `one` reads as read1 does. */
static Object *read_into(const char *fn, Object *const *args, size_t nargs, Object *kw, bool one)
{
    static const char *const names[] = { "buffer", NULL };
    Object *v[1];
    FileObject *f = self_of(args);
    if (args_parse(fn, args + 1, nargs - 1, kw, 1, names, v) < 0)
        return NULL;
    Buffer b BUFFER_SCOPED = { 0 };
    if (buffer_get_writable(v[0], &b) < 0) {
        if (exc_matches(exc_occurred(), (Object *)ExcTypeError)) {   /* in CPython's words */
            exc_clear();
            exc_set(ExcTypeError, "%s() argument must be read-write bytes-like object, not %s", fn,
                    v[0]->type->name);
        }
        return NULL;
    }
    if (start_read(f) < 0)
        return NULL;
    ssize_t len = one ? avail1(f, (int64_t)b.n) : scan(f, (int64_t)b.n, false);
    if (len < 0)
        return NULL;
    if (len)
        memcpy(b.p, f->rbuf + f->rpos, (size_t)len);
    f->rpos += (size_t)len;
    return int_from_i64(len);
}

static Object *f_readinto(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return read_into("readinto", args, nargs, kw, false);
}

static Object *f_readinto1(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return read_into("readinto1", args, nargs, kw, true);
}

static Object *readline_of(FileObject *f, int64_t limit)
{
    ssize_t len = scan(f, limit, true);
    return len < 0 ? NULL : take(f, (size_t)len);
}

static Object *f_readline(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    int64_t n;
    FileObject *f = read_call("readline", args, nargs, kw, &n);
    if (!f)
        return NULL;
    return readline_of(f, n);
}

static ssize_t obj_size(Object *o)
{
    return obj_is(o, &BytesType) ? (ssize_t)((BytesObject *)o)->n : (ssize_t)((StrObject *)o)->ncp;
}

static Object *f_readlines(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "hint", NULL };
    Object *v[1];
    int64_t hint;
    FileObject *f = self_of(args);
    if (args_parse("readlines", args + 1, nargs - 1, kw, 0, names, v) < 0 ||
        size_arg(v[0], &hint) < 0 || start_read(f) < 0)
        return NULL;
    Object *list = list_new(0);
    int64_t total = 0;
    while (list && (hint <= 0 || total < hint)) {
        Object *line = readline_of(f, -1);
        ssize_t n = line ? obj_size(line) : 0;
        if (!line || (n && list_append(list, line) < 0))
            SETREF(list, NULL);
        XDECREF(line);
        if (!n)
            break;
        total += n;
    }
    return list;
}

static Object *f_iter(Object *o)
{
    if (check_open((FileObject *)o) < 0)
        return NULL;
    INCREF(o);
    return o;
}

static Object *f_iternext(Object *o)
{
    FileObject *f = (FileObject *)o;
    if (start_read(f) < 0)
        return NULL;
    Object *line = readline_of(f, -1);
    if (line && obj_size(line) == 0)
        SETREF(line, NULL);   /* exhausted: NULL without an exception */
    return line;
}

/* ---- writing ----------------------------------------------------------------------------- */

static int buffer_write(FileObject *f, const char *p, size_t n)
{
    if (n == 0)   /* nothing to add, and wbuf may not exist yet */
        return 0;
    if (f->wlen + n > f->wcap) {
        size_t cap = f->wcap ? f->wcap : CHUNK;
        while (cap < f->wlen + n)
            cap *= 2;
        char *grown = realloc(f->wbuf, cap);
        if (!grown) {
            exc_nomemory();
            return -1;
        }
        f->wbuf = grown;
        f->wcap = cap;
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    return f->wlen >= CHUNK || f->ob.type == &RawType ? flush_writes(f, true) : 0;
}

static int write_obj(FileObject *f, Object *data)
{
    const unsigned char *p;
    size_t n;
    if (f->binary && !buffer_check(data))
        return buffer_peek(data, &p, &n);   /* its TypeError */
    if (!f->binary && !obj_isinstance_type(data, &StrType)) {
        exc_set(ExcTypeError, "write() argument must be str, not %s", data->type->name);
        return -1;
    }
    if (f->rlen && !f->stream && drop_readahead(f) < 0)
        return -1;
    if (f->binary)   /* peeked after anything that could drop the GIL */
        return buffer_peek(data, &p, &n) < 0 ? -1 : buffer_write(f, (const char *)p, n);
    return buffer_write(f, str_utf8(data), str_nbytes(data));
}

static int start_write(FileObject *f)
{
    if (check_open(f) < 0)
        return -1;
    return f->writable ? 0 : unsupported(f->binary ? "write" : "not writable");
}

static Object *f_write(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "write() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    FileObject *f = self_of(args);
    if (start_write(f) < 0 || write_obj(f, args[1]) < 0)
        return NULL;
    return int_from_i64(obj_size(args[1]));
}

static Object *f_writelines(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "writelines() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    FileObject *f = self_of(args);
    if (start_write(f) < 0)
        return NULL;
    Object *it = obj_iter(args[1]), *x;
    if (!it)
        return NULL;
    int r = 0;
    while (r == 0 && (x = obj_iternext(it))) {
        r = check_open(f) < 0 ? -1 : write_obj(f, x);
        DECREF(x);
    }
    DECREF(it);
    return r < 0 || exc_occurred() ? NULL : none_new();
}

static bool no_args(const char *fn, size_t nargs, Object *kw)
{
    if (!kw && nargs == 1)
        return true;
    exc_set(ExcTypeError, "%s() takes no arguments (%zu given)", fn, nargs - 1);
    return false;
}

static Object *f_flush(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    if (!no_args("flush", nargs, kw) || check_open(f) < 0 || flush_writes(f, true) < 0)
        return NULL;
    return none_new();
}

/* ---- position ------------------------------------------------------------------------------- */

static Object *f_tell(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    if (!no_args("tell", nargs, kw) || check_open(f) < 0 || flush_writes(f, true) < 0)
        return NULL;
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64((int64_t)pos - (int64_t)(f->rlen - f->rpos));
}

static int seek_args(FileObject *f, Object *const *args, size_t nargs, Object *kw, int64_t *pos, int64_t *whence)
{
    static const char *const names[] = { "cookie", "whence", NULL };
    Object *v[2];
    if (args_parse("seek", args + 1, nargs - 1, kw, 1, names, v) < 0 || int_as_i64(v[0], pos) < 0)
        return -1;
    *whence = 0;
    if (v[1] && int_as_i64(v[1], whence) < 0)
        return -1;
    if (*whence < 0 || *whence > 2) {
        exc_set(ExcValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)*whence);
        return -1;
    }
    if (f->binary)
        return 0;
    if (*whence && *pos)   /* a text position is an opaque cookie: only "here" and "the end" */
        return unsupported(*whence == 1 ? "can't do nonzero cur-relative seeks"
                                        : "can't do nonzero end-relative seeks");
    if (*pos < 0) {
        exc_set(ExcValueError, "negative seek position %lld", (long long)*pos);
        return -1;
    }
    return 0;
}

static Object *f_seek(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    int64_t pos, whence;
    if (seek_args(f, args, nargs, kw, &pos, &whence) < 0 || check_open(f) < 0 ||
        flush_writes(f, true) < 0)
        return NULL;
    if (whence == SEEK_CUR)
        pos -= (int64_t)(f->rlen - f->rpos);
    off_t r = lseek(f->fd, (off_t)pos, (int)whence);
    if (r < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    f->rpos = f->rlen = 0;
    return int_from_i64((int64_t)r);
}

/* truncate(size=None): the file cut (or zero-extended) to size bytes, the
 * current position by default; the position itself does not move. */
static Object *f_truncate(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "size", NULL };
    FileObject *f = self_of(args);
    Object *v[1];
    if (args_parse("truncate", args + 1, nargs - 1, kw, 0, names, v) < 0 || check_open(f) < 0)
        return NULL;
    if (!f->writable || f->stream) {
        unsupported("truncate");
        return NULL;
    }
    if (flush_writes(f, true) < 0 || drop_readahead(f) < 0)
        return NULL;
    int64_t size;
    if (v[0] && v[0] != None) {
        if (int_as_i64(v[0], &size) < 0)
            return NULL;
    } else if ((size = (int64_t)lseek(f->fd, 0, SEEK_CUR)) < 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    if (ftruncate(f->fd, (off_t)size) != 0) {
        exc_set_oserror(errno);
        return NULL;
    }
    return int_from_i64(size);
}

/* ---- closing and the rest ------------------------------------------------------------------------ */

/* Flush, then close the descriptor (unless borrowed); closed either way. */
static int close_file(FileObject *f, bool release)
{
    if (f->fd < 0)
        return 0;
    int r = f->buffer ? close_file((FileObject *)f->buffer, release) : 0;   /* its writes first */
    if (flush_writes(f, release) < 0)
        r = -1;
    if (f->stream) {
        Object *owner = f->owner, *flush_error = r < 0 ? exc_fetch() : NULL;
        f->owner = NULL;
        if (f->stream->close(owner) < 0)
            r = -1;
        if (flush_error) {   /* the flush's error is the one reported */
            exc_clear();
            exc_set_obj(flush_error);
        }
        DECREF(owner);
    } else if (f->closefd && close(f->fd) != 0 && errno != EINTR && r == 0) {
        exc_set_oserror(errno);
        r = -1;
    }
    f->fd = -1;
    free(f->rbuf);
    f->rbuf = NULL;
    f->rpos = f->rlen = f->rcap = 0;
    return r;
}

static Object *f_close(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return !no_args("close", nargs, kw) || close_file(self_of(args), true) < 0 ? NULL : none_new();
}

static Object *f_enter(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    if (check_open(f) < 0)
        return NULL;
    INCREF(f);
    return (Object *)f;
}

static Object *f_exit(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    return close_file(self_of(args), true) < 0 ? NULL : none_new();
}

static Object *f_fileno(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    return !no_args("fileno", nargs, kw) || check_open(f) < 0 ? NULL : int_from_i64(f->fd);
}

static Object *f_isatty(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    return !no_args("isatty", nargs, kw) || check_open(f) < 0 ? NULL : bool_from(isatty(f->fd));
}

static Object *f_readable(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    return !no_args("readable", nargs, kw) || check_open(f) < 0 ? NULL : bool_from(f->readable);
}

static Object *f_writable(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    return !no_args("writable", nargs, kw) || check_open(f) < 0 ? NULL : bool_from(f->writable);
}

static Object *f_seekable(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    FileObject *f = self_of(args);
    if (!no_args("seekable", nargs, kw) || check_open(f) < 0)
        return NULL;
    return bool_from(lseek(f->fd, 0, SEEK_CUR) >= 0);
}

static Object *get_closed(Object *o) { return bool_from(((FileObject *)o)->fd < 0); }
static Object *get_name(Object *o) { INCREF(((FileObject *)o)->name); return ((FileObject *)o)->name; }
static Object *get_mode(Object *o) { INCREF(((FileObject *)o)->mode); return ((FileObject *)o)->mode; }
static Object *get_closefd(Object *o) { return bool_from(((FileObject *)o)->closefd); }
static Object *get_encoding(Object *o)
{
    Object *e = ((FileObject *)o)->encoding;
    if (!e)
        return str_from_cstr("UTF-8");
    INCREF(e);
    return e;
}
static Object *get_errors(Object *o) { return str_from_cstr("strict"); }

/* The line ends read so far, as CPython's newlines attribute gives them
 * (None when the file does not read '\r' as a line end). */
static Object *get_newlines(Object *o)
{
    static const char *const kinds[] = { "\n", "\r", "\r\n" };
    FileObject *f = (FileObject *)o;
    unsigned seen = f->cr_ends ? f->seennl : 0;
    /* CPython's order: '\r', '\n', '\r\n' */
    const char *order[3];
    size_t n = 0;
    if (seen & NL_CR)
        order[n++] = kinds[1];
    if (seen & NL_LF)
        order[n++] = kinds[0];
    if (seen & NL_CRLF)
        order[n++] = kinds[2];
    if (n == 0)
        return none_new();
    if (n == 1)
        return str_from_cstr(order[0]);
    Object *t = tuple_new(n);
    for (size_t i = 0; t && i < n; i++) {
        Object *k = str_from_cstr(order[i]);
        if (!k) {
            DECREF(t);
            return NULL;
        }
        tuple_set(t, i, k);
    }
    return t;
}

static void file_dealloc(Object *o)
{
    FileObject *f = (FileObject *)o;
    if (close_file(f, false) < 0)
        exc_clear();   /* CPython, too, only reports it as unraisable */
    free(f->wbuf);
    XDECREF(f->buffer);
    XDECREF(f->name);
    XDECREF(f->mode);
    XDECREF(f->encoding);
    obj_free(o);
}

static Object *file_repr(Object *o)
{
    FileObject *f = (FileObject *)o;
    Object *name = obj_repr(f->name);
    if (!name)
        return NULL;
    Object *r;
    if (o->type == &RawType)
        r = str_from_fmt("<_io.FileIO name=%s mode='%s' closefd=%s>", str_utf8(name), str_utf8(f->mode),
                         f->closefd ? "True" : "False");
    else if (f->binary)
        r = str_from_fmt("<%s name=%s>", o->type->name, str_utf8(name));
    else
        r = str_from_fmt("<_io.TextIOWrapper name=%s mode='%s' encoding='%s'>", str_utf8(name),
                         str_utf8(f->mode), f->encoding ? str_utf8(f->encoding) : "UTF-8");
    DECREF(name);
    return r;
}

static const MethodDef file_methods[] = {
    { "read", f_read, NULL }, { "readline", f_readline, NULL }, { "readlines", f_readlines, NULL },
    { "write", f_write, NULL }, { "writelines", f_writelines, NULL }, { "flush", f_flush, NULL },
    { "seek", f_seek, NULL }, { "tell", f_tell, NULL }, { "truncate", f_truncate, NULL },
    { "close", f_close, NULL },
    { "fileno", f_fileno, NULL }, { "isatty", f_isatty, NULL }, { "readable", f_readable, NULL },
    { "writable", f_writable, NULL }, { "seekable", f_seekable, NULL },
    { "__enter__", f_enter, NULL }, { "__exit__", f_exit, NULL },
    { "closed", NULL, get_closed }, { "name", NULL, get_name }, { "mode", NULL, get_mode },
    { NULL, NULL, NULL },
};

static const MethodDef binary_methods[] = {
    { "read1", f_read1, NULL }, { "readinto", f_readinto, NULL },
    { "readinto1", f_readinto1, NULL },
    { NULL, NULL, NULL },
};

/* A BufferedWriter has no peek; the readers have, beside the above. */
static const MethodDef peek_methods[] = {
    { "peek", f_peek, NULL },
    { NULL, NULL, NULL },
};

static const MethodDef raw_methods[] = {
    { "readinto", f_readinto, NULL }, { "readall", f_readall, NULL },
    { "closefd", NULL, get_closefd },
    { NULL, NULL, NULL },
};

static Object *get_buffer(Object *o);   /* below open(), whose modes it reuses */

static const MethodDef text_methods[] = {
    { "buffer", NULL, get_buffer },
    { "encoding", NULL, get_encoding }, { "errors", NULL, get_errors },
    { "newlines", NULL, get_newlines },
    { NULL, NULL, NULL },
};

#define FILE_FIELDS(nm)                                                                   \
    OBJ_HEAD_INIT(&TypeType), .name = nm, .basicsize = sizeof(FileObject),                \
    .dealloc = file_dealloc, .repr = file_repr, .iter = f_iter, .iternext = f_iternext

/* The buffered classes share their methods through a common base, as
 * CPython's share _io._BufferedIOBase. */
static Type FileBaseType = { FILE_FIELDS("_io._IOBase"), .base = &ObjectType, .methods = file_methods };
static Type TextType = { FILE_FIELDS("_io.TextIOWrapper"), .base = &FileBaseType, .methods = text_methods };
static Type BinaryBaseType = { FILE_FIELDS("_io._BufferedIOBase"), .base = &FileBaseType,
                              .methods = binary_methods };
static Type ReaderType = { FILE_FIELDS("_io.BufferedReader"), .base = &BinaryBaseType,
                         .methods = peek_methods };
static Type WriterType = { FILE_FIELDS("_io.BufferedWriter"), .base = &BinaryBaseType };
static Type RandomType = { FILE_FIELDS("_io.BufferedRandom"), .base = &BinaryBaseType,
                         .methods = peek_methods };
static Type RWPairType = { FILE_FIELDS("_io.BufferedRWPair"), .base = &BinaryBaseType,
                         .methods = peek_methods };
static Type RawType = { FILE_FIELDS("_io.FileIO"), .base = &FileBaseType, .methods = raw_methods };

/* ---- open() ------------------------------------------------------------------------------------------ */

typedef struct Mode {
    int flags;              /* for open(2) */
    bool readable, writable, binary;
    bool cr_ends, translate; /* newline=None: both; '': cr_ends; '\n': neither */
    char fileio[4];         /* the binary classes' mode attribute, as FileIO words it */
} Mode;

static int parse_mode(const char *s, Mode *m)
{
    int seen[128] = { 0 };
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c >= 128 || !strchr("rwaxbt+", c) || seen[c]++) {
            exc_set(ExcValueError, "invalid mode: '%s'", s);
            return -1;
        }
    }
    int kinds = seen['r'] + seen['w'] + seen['a'] + seen['x'];
    if (seen['b'] && seen['t']) {
        exc_set(ExcValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (kinds != 1) {   /* none at all is FileIO's complaint, in its words */
        exc_set(ExcValueError, kinds ? "must have exactly one of create/read/write/append mode"
                                     : "Must have exactly one of create/read/write/append mode "
                                       "and at most one plus");
        return -1;
    }
    bool plus = seen['+'];
    m->binary = seen['b'];
    m->translate = m->cr_ends = !m->binary;   /* newline=None */
    m->readable = seen['r'] || plus;
    m->writable = !seen['r'] || plus;
    m->flags = (m->readable && m->writable ? O_RDWR : m->readable ? O_RDONLY : O_WRONLY) | O_CLOEXEC;
    const char *kind = seen['x'] ? "xb" : seen['a'] ? "ab" : plus ? "rb" : seen['r'] ? "rb" : "wb";
    if (seen['w'])
        m->flags |= O_CREAT | O_TRUNC;
    if (seen['a'])
        m->flags |= O_CREAT | O_APPEND;
    if (seen['x'])
        m->flags |= O_CREAT | O_EXCL;
    snprintf(m->fileio, sizeof m->fileio, "%s%s", kind, plus ? "+" : "");
    return 0;
}

/* rw_type: the class of a binary file both readable and writable. */
static Object *file_new(int fd, Object *name, Object *mode_attr, const Mode *m, bool closefd,
                        Type *rw_type)
{
    Type *t = !m->binary ? &TextType : rw_type == &RawType ? &RawType
            : m->readable && m->writable ? rw_type : m->readable ? &ReaderType : &WriterType;
    Object *mode = m->binary ? str_from_cstr(m->fileio) : (INCREF(mode_attr), mode_attr);
    FileObject *f = mode ? (FileObject *)obj_alloc(t, sizeof *f) : NULL;
    if (!f) {
        XDECREF(mode);
        return NULL;
    }
    f->fd = fd;
    INCREF(name);
    f->name = name;
    f->mode = mode;
    f->readable = m->readable;
    f->writable = m->writable;
    f->binary = m->binary;
    f->cr_ends = m->cr_ends;
    f->translate = m->translate;
    f->closefd = closefd;
    return (Object *)f;
}

/* text.buffer: the bytes under a text file, a binary file over the same
 * descriptor that never closes it.  It starts with the text file's unread
 * read-ahead, so no byte already read from the descriptor is lost; after
 * that each keeps its own buffers, as CPython's two layers do: what the
 * text file reads ahead the buffer does not see, and text not yet flushed
 * comes out after what was written to the buffer (flush_writes).  Closing
 * the text file closes its buffer first. */
static Object *get_buffer(Object *o)
{
    FileObject *f = (FileObject *)o;
    if (!f->buffer && check_open(f) == 0 && f->stream)
        unsupported("gilvm: a socket's text file has no .buffer");
    else if (!f->buffer && check_open(f) == 0) {
        Mode m;
        if (parse_mode(str_utf8(f->mode), &m) < 0)
            return NULL;
        m.binary = true;
        FileObject *b = (FileObject *)file_new(f->fd, f->name, f->mode, &m, false, &RandomType);
        if (!b)
            return NULL;
        b->rbuf = f->rbuf;
        b->rpos = f->rpos;
        b->rlen = f->rlen;
        b->rcap = f->rcap;
        f->rbuf = NULL;
        f->rpos = f->rlen = f->rcap = 0;
        f->buffer = (Object *)b;
    }
    XINCREF(f->buffer);
    return f->buffer;
}

/* encoding, errors and newline checked as CPython checks them, and
 * whether this struct can be the text file: UTF-8, strict errors and a
 * newline mode needing no translation on writes (None, '', '\n'), which
 * set m's line-end flags; any other is io.TextIOWrapper's (*wrap). */
static int check_text_args(Mode *m, Object *encoding, Object *errors, Object *newline, bool *wrap)
{
    Object *given[3] = { encoding, errors, newline };
    static const char *const what[3] = { "encoding", "errors", "newline" };
    *wrap = false;
    for (int i = 0; i < 3; i++) {
        if (!given[i] || given[i] == None)
            continue;
        if (m->binary) {
            exc_set(ExcValueError, "binary mode doesn't take an %s argument", what[i]);
            return -1;
        }
        if (!obj_isinstance_type(given[i], &StrType)) {
            exc_set(ExcTypeError, "open() argument '%s' must be str or None, not %s", what[i],
                    given[i]->type->name);
            return -1;
        }
    }
    if (encoding && encoding != None) {
        Object *name = codec_lookup_name(encoding);
        if (!name)
            return -1;
        *wrap = strcmp(str_utf8(name), "utf-8") != 0;
        DECREF(name);
    }
    if (errors && errors != None && strcmp(str_utf8(errors), "strict") != 0)
        *wrap = true;
    bool none = !newline || newline == None;
    if (!none && strcmp(str_utf8(newline), "") != 0 && strcmp(str_utf8(newline), "\n") != 0) {
        if (strcmp(str_utf8(newline), "\r") != 0 && strcmp(str_utf8(newline), "\r\n") != 0) {
            exc_set(ExcValueError, "illegal newline value: %s", str_utf8(newline));
            return -1;
        }
        *wrap = true;
    }
    m->translate = !m->binary && none;
    m->cr_ends = !m->binary && (none || str_nbytes(newline) == 0);
    return 0;
}

/* A path names a file as str (UTF-8) or as the bytes the kernel sees. */
static int open_path(Object *file, const Mode *m)
{
    bool raw = obj_isinstance_type(file, &BytesType);
    if (!raw && !obj_isinstance_type(file, &StrType)) {
        exc_set(ExcTypeError, "expected str, bytes or os.PathLike object, not %s", file->type->name);
        return -1;
    }
    const char *text = raw ? (const char *)((BytesObject *)file)->data : str_utf8(file);
    size_t n = raw ? ((BytesObject *)file)->n : str_nbytes(file);
    if (memchr(text, '\0', n)) {
        exc_set(ExcValueError, "embedded null byte");
        return -1;
    }
    /* The path is copied: no object may be touched with the GIL released
     * (opening a FIFO blocks until the other end opens). */
    char *path = strndup(text, n);
    if (!path) {
        exc_nomemory();
        return -1;
    }
    int fd, err;
    do {
        vm_block_begin("open");
        fd = open(path, m->flags, 0666);
        err = errno;
        vm_block_end();
    } while (fd < 0 && err == EINTR);
    free(path);
    errno = err;
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {   /* O_RDONLY opens a folder */
        close(fd);
        fd = -1;
        errno = EISDIR;
    }
    if (fd < 0)
        oserror_named(errno, file);
    return fd;
}

/* io.TextIOWrapper(bin, encoding, errors, newline, line_buffering) with
 * open()'s mode: text in a codec or newline mode this struct does not do.
 * Takes bin, which is closed if the wrapper cannot be made. */
static Object *text_wrap(Object *bin, Object *mode, Object *const text_args[3], bool line_buffering)
{
    Object *io = import_name(str_intern("io"), NULL, str_intern("TextIOWrapper"), 0);
    Object *cls = io ? obj_getattr_str(io, "TextIOWrapper") : NULL;
    Object *args[5] = { bin, text_args[0] ? text_args[0] : None, text_args[1] ? text_args[1] : None,
                        text_args[2] ? text_args[2] : None, line_buffering ? TrueObj : FalseObj };
    Object *w = cls ? obj_call(cls, args, 5, NULL) : NULL;
    XDECREF(io);
    XDECREF(cls);
    if (w && obj_setattr(w, str_intern("mode"), mode) < 0) {
        DECREF(w);
        w = NULL;
    }
    if (!w) {
        Object *exc = exc_fetch();
        Object *r = obj_call_method(bin, "close", NULL, 0);
        XDECREF(r);
        exc_clear();
        exc_set_obj(exc);
    }
    DECREF(bin);
    return w;
}

Object *file_open(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL };
    Object *v[8];
    if (args_parse("open", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    if (v[1] && !obj_isinstance_type(v[1], &StrType)) {
        exc_set(ExcTypeError, "open() argument 'mode' must be str, not %s", v[1]->type->name);
        return NULL;
    }
    if (v[7] && v[7] != None) {
        exc_set(ExcValueError, "gilvm: open() takes no opener");
        return NULL;
    }
    Object *mode_attr = v[1] ? v[1] : str_intern("r");
    Mode m;
    bool wrap;
    if (parse_mode(str_utf8(mode_attr), &m) < 0 || check_text_args(&m, v[3], v[4], v[5], &wrap) < 0)
        return NULL;
    int64_t buffering = -1;
    if (v[2] && v[2] != None && int_as_i64(v[2], &buffering) < 0)
        return NULL;
    int closefd = v[6] ? obj_truth(v[6]) : 1;
    if (closefd < 0)
        return NULL;
    bool text = !m.binary;
    if (wrap)
        m.binary = true;
    int fd;
    Object *name;   /* what the file says it is: the fd, or the path as str */
    if (obj_isinstance_type(v[0], &IntType) || obj_isinstance_type(v[0], &BoolType)) {
        int64_t n;
        if (int_as_i64(v[0], &n) < 0)
            return NULL;
        if (n < 0 || n > INT32_MAX) {
            exc_set(ExcValueError, "negative file descriptor");
            return NULL;
        }
        fd = (int)n;
        name = v[0];
        INCREF(name);
    } else {
        if (!closefd) {
            exc_set(ExcValueError, "Cannot use closefd=False with file name");
            return NULL;
        }
        /* a path object opens as its __fspath__(), as python3's open */
        if (!(name = obj_fspath(v[0])) || (fd = open_path(name, &m)) < 0) {
            XDECREF(name);
            return NULL;
        }
    }
    if (text && buffering == 0) {   /* as CPython, after the open: 'w' has truncated */
        exc_set(ExcValueError, "can't have unbuffered text I/O");
        DECREF(name);
        if (closefd)
            close(fd);
        return NULL;
    }
    Object *f = file_new(fd, name, mode_attr, &m, closefd, buffering == 0 ? &RawType : &RandomType);
    DECREF(name);
    if (!f && closefd)
        close(fd);
    if (f && !wrap && !m.binary && v[3] && v[3] != None) {
        INCREF(v[3]);
        ((FileObject *)f)->encoding = v[3];
    }
    return f && wrap ? text_wrap(f, mode_attr, v + 3, buffering == 1) : f;
}

Object *file_from_fd(int fd, const char *name, const char *mode)
{
    Mode m;
    Object *n = str_from_cstr(name), *md = str_from_cstr(mode);
    Object *f = n && md && parse_mode(mode, &m) == 0 ? file_new(fd, n, md, &m, false, &RandomType) : NULL;
    XDECREF(n);
    XDECREF(md);
    return f;
}

Object *file_from_stream(const FileStream *ops, Object *owner, int fd, const char *mode,
                         Object *encoding, Object *errors, Object *newline)
{
    Mode m = { .readable = strchr(mode, 'r') != NULL, .writable = strchr(mode, 'w') != NULL,
               .binary = strchr(mode, 'b') != NULL };
    snprintf(m.fileio, sizeof m.fileio, "%s%sb", m.readable ? "r" : "", m.writable ? "w" : "");
    bool wrap;
    if (check_text_args(&m, encoding, errors, newline, &wrap) < 0)
        return NULL;
    if (wrap) {
        exc_set(ExcValueError, "gilvm: makefile() text is UTF-8 with strict errors and newline "
                               "None, '' or '\\n' only; wrap makefile('rb') in io.TextIOWrapper");
        return NULL;
    }
    Object *name = int_from_i64(fd), *md = str_from_cstr(mode);
    FileObject *f = name && md ? (FileObject *)file_new(fd, name, md, &m, false, &RWPairType) : NULL;
    XDECREF(name);
    XDECREF(md);
    if (!f)
        return NULL;
    f->stream = ops;
    INCREF(owner);
    f->owner = owner;
    return (Object *)f;
}
