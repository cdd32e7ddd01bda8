/* vm/objects/file.h — file objects: open()'s text and binary files over a
 * file descriptor, with CPython's types, modes, methods and errors. */
#ifndef GILKIT_VM_FILE_H
#define GILKIT_VM_FILE_H

#include "vm/objects/object.h"

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True) */
Object *file_open(Object *self, Object *const *args, size_t nargs, Object *kwnames);
/* A file object over an inherited descriptor (sys.stdin): name is its
 * name attribute ("<stdin>"), mode as open() takes it; the descriptor is
 * not closed with it. */
Object *file_from_fd(int fd, const char *name, const char *mode);

#endif
