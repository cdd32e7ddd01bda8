/* sched/lock.c — the table of lock primitives (one row each) and the
 * failure path shared by all of them.  No shared state. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sched/lock.h"

extern const LockOps lock_condvar_ops;

const LockRow lock_table[] = {
    { "condvar", "pthread mutex + condvar on CLOCK_MONOTONIC (CPython 3.2's choice)", &lock_condvar_ops },
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
