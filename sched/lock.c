/* sched/lock.c — the table of lock primitives (one row each) and the
 * failure path shared by all of them.  No shared state. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sched/lock.h"

extern const LockOps lock_futex_ops, lock_spin_ops, lock_condvar_ops, lock_sem_ops, lock_uring_ops;

const LockRow lock_table[] = {
    { "futex", "raw futex(2): Drepper's 3-state mutex, sequence-number condition", &lock_futex_ops },
    { "spin", "test-and-test-and-set with pause; timed waits spin; never sleeps", &lock_spin_ops },
    { "condvar", "pthread mutex + condvar on CLOCK_MONOTONIC (CPython 3.2's choice)", &lock_condvar_ops },
    { "sem", "POSIX semaphores, sem_clockwait (CPython 2.6's choice on Linux)", &lock_sem_ops },
    { "uring", "sleep in io_uring_wait_cqe; woken by an IORING_OP_MSG_RING completion "
      "(io_uring refusing a ring, at start or for a new thread: one line, exit 2)", &lock_uring_ops },
};
const size_t lock_table_len = sizeof lock_table / sizeof lock_table[0];

const LockRow *lock_find(const char *name)
{
    for (size_t i = 0; i < lock_table_len; i++)
        if (strcmp(lock_table[i].name, name) == 0)
            return &lock_table[i];
    return NULL;
}

void lock_die(const char *call, int err)
{
    fprintf(stderr, "gilvm: fatal: %s failed: %s\n", call, strerror(err));
    abort();
}

void lock_stop(const char *what, int err)
{
    if (err == ENOMEM)
        fprintf(stderr, "gilvm: out of memory (%s); stopping\n", what);
    else
        fprintf(stderr, "gilvm: %s failed: %s; stopping\n", what, strerror(err));
    _exit(2);
}

void *lock_xcalloc(size_t size)
{
    void *p = calloc(1, size);
    if (!p)
        lock_stop("the GIL's state", ENOMEM);
    return p;
}
