/* vm/modules/mod_os.h — what socket, select, fcntl and _posixsubprocess
 * share with the posix module (vm/modules/mod_posix.c, os's C half):
 * descriptor arguments, blocking reads with the GIL released and no object
 * touched meanwhile, and bytes copied out of their object for such calls. */
#ifndef GILKIT_VM_MOD_OS_H
#define GILKIT_VM_MOD_OS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "vm/objects/object.h"

/* Up to n bytes from fd (recv with flags when is_socket), as bytes. */
Object *os_read_fd(int fd, int64_t n, int flags, bool is_socket, const char *what);
/* A file descriptor argument: an int, or an object with fileno() (CPython's
 * PyObject_AsFileDescriptor errors); -1 with the exception set. */
int os_fd_of(Object *o, int *fd);
/* A malloc'ed copy of a bytes argument (TypeError otherwise); *n its size. */
void *os_bytes_copy(Object *o, size_t *n);
/* A list or tuple of str as a NULL-ended malloc'ed array pointing into the
 * strs, for exec (they outlive the call); NULL with TypeError/ValueError. */
char **os_str_array(Object *seq, const char *what);
/* os.fork's fork(2): the at-fork hooks run, and a child that can run Python
 * (its only thread, holding the GIL); -1 with errno on failure. */
pid_t os_fork_vm(void);

#endif
