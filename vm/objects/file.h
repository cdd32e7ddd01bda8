/* vm/objects/file.h — file objects: open()'s text and binary files over a
 * file descriptor, with CPython's types, modes, methods and errors. */
#ifndef GILKIT_VM_FILE_H
#define GILKIT_VM_FILE_H

#include <stdbool.h>
#include <sys/types.h>
#include "vm/objects/object.h"

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True) */
Object *file_open(Object *self, Object *const *args, size_t nargs, Object *kwnames);
/* A file object over an inherited descriptor (sys.stdin): name is its
 * name attribute ("<stdin>"), mode as open() takes it; the descriptor is
 * not closed with it. */
Object *file_from_fd(int fd, const char *name, const char *mode);

/* A file whose bytes come from and go to a stream other than the
 * descriptor's read and write: a socket's makefile().  The functions run
 * with the GIL held (they release it themselves around what blocks):
 *   read:  up to n bytes into buf; 0 at the end; -1 with an exception set.
 *   write: all n bytes; release false (a file freed by the collector)
 *          means the GIL must stay held; 0, or -1 with an exception set.
 *   close: the file lets go of owner, once; 0, or -1 with an exception.
 * Reading and writing are independent, as CPython's BufferedRWPair: a
 * write keeps what was read ahead.  The file holds a reference to owner. */
typedef struct FileStream {
    ssize_t (*read)(Object *owner, char *buf, size_t n);
    int (*write)(Object *owner, const char *p, size_t n, bool release);
    int (*close)(Object *owner);
} FileStream;
/* mode: "r", "w" or "rw", with "b" for bytes (text is UTF-8 as open()'s;
 * encoding, errors, newline as open() takes them, NULL when not given).
 * fd is the file's fileno() and name. */
Object *file_from_stream(const FileStream *ops, Object *owner, int fd, const char *mode,
                         Object *encoding, Object *errors, Object *newline);

#endif
