/* sched/lock.h — the lock primitives a GIL policy is written against.
 *
 * A primitive is a way to sleep and be woken: futex, spin, condvar, sem,
 * uring.  Each provides, through one ops table:
 *   - a mutex (lock/unlock), short critical sections only;
 *   - a condition bound at wait time to a mutex: wait() atomically releases
 *     the mutex, sleeps until signalled or until an absolute CLOCK_MONOTONIC
 *     deadline (NULL: no deadline), and re-takes the mutex.  Spurious wake-ups
 *     are allowed, so callers loop on their predicate.  signal/broadcast are
 *     called with that mutex held (every policy does so; the uring and sem
 *     conditions rely on it).  unlock_signal(m, c) is signal(c) then
 *     unlock(m), except that the wake-up itself comes after the release: a
 *     waiter woken on the releaser's CPU usually preempts it at once, and
 *     woken before the release it would find m still held and sleep again,
 *     until the releaser runs once more to release and wake it a second time.  The waiter
 *     may return from wait() before the wake-up is sent, so the caller keeps
 *     c allocated until unlock_signal returns and tolerates a late wake-up
 *     of a later wait on c (a spurious one);
 *   - a counting semaphore, the "plain lock" CPython 2.6 used as its GIL.
 *     It barges: a post wakes one sleeper but any thread may take the count
 *     first, and the woken one then counts a lost wake-up and sleeps again.
 * Every system call is checked; a failure aborts naming the call (LOCK_CHECK).
 * Running out of a resource (memory, an io_uring ring, a file descriptor) is
 * no bug, so it does not abort: lock_stop prints one line and exits 2, from
 * whichever thread met it (nothing more is written, so no partial record).
 * Per-thread primitive counters (sleeps, wakes, spins, lost wake-ups) go to
 * the calling thread's GilCounters (sched/gil_counters.h).
 */
#ifndef GILKIT_SCHED_LOCK_H
#define GILKIT_SCHED_LOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

typedef struct LockMutex LockMutex;
typedef struct LockCond LockCond;
typedef struct LockSem LockSem;

enum { LOCK_WOKEN = 0, LOCK_TIMEDOUT = 1 };

typedef struct LockOps {
    /* Process-wide check that the primitive works here: 0, or -1 with a
     * one-line reason in err (e.g. io_uring disabled). */
    int (*setup)(char *err, size_t errlen);
    void (*thread_end)(void);           /* free the calling thread's resources */
    LockMutex *(*mutex_new)(void);
    void (*mutex_free)(LockMutex *m);
    void (*lock)(LockMutex *m);
    void (*unlock)(LockMutex *m);
    LockCond *(*cond_new)(void);
    void (*cond_free)(LockCond *c);
    int (*wait)(LockCond *c, LockMutex *m, const struct timespec *deadline);
    void (*signal)(LockCond *c);
    void (*broadcast)(LockCond *c);
    void (*unlock_signal)(LockMutex *m, LockCond *c);
    LockSem *(*sem_new)(unsigned count);
    void (*sem_free)(LockSem *s);
    bool (*sem_trywait)(LockSem *s);
    void (*sem_wait)(LockSem *s);
    void (*sem_post)(LockSem *s);
    /* fork(2) by a VM thread (gil.h: gil_before_fork and the two after-fork
     * calls): prepare in the parent just before, parent after it there,
     * child in the child, where only the forking thread exists.  Only the
     * primitive's process-wide state is theirs (a pool, a ring); the
     * objects above belong to the policy, which makes new ones in the child
     * (policy.h).  NULL: the primitive has nothing process-wide. */
    void (*fork_prepare)(void);
    void (*fork_parent)(void);
    void (*fork_child)(void);
} LockOps;

typedef struct LockRow {
    const char *name, *help;
    const LockOps *ops;
} LockRow;

extern const LockRow lock_table[];     /* the one list of primitives */
extern const size_t lock_table_len;
const LockRow *lock_find(const char *name);

/* Abort naming the failed call and its error (CPython's MUTEX_LOCK etc.). */
_Noreturn void lock_die(const char *call, int err);
#define LOCK_CHECK(call) do { int e_ = (call); if (e_) lock_die(#call, e_); } while (0)
/* Out of a resource: one line ("gilvm: out of memory (...)" for ENOMEM),
 * then _exit(2) — other threads may hold any lock, so no exit handlers. */
_Noreturn void lock_stop(const char *what, int err);
void *lock_xcalloc(size_t size);        /* zeroed, or lock_stop */
/* For calls returning -1 with errno. */
#define LOCK_CHECK_ERRNO(call) do { if ((call) == -1) lock_die(#call, errno); } while (0)

static inline uint64_t lock_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}
static inline struct timespec lock_ns_to_ts(uint64_t ns)
{
    return (struct timespec){ .tv_sec = (time_t)(ns / 1000000000u), .tv_nsec = (long)(ns % 1000000000u) };
}
static inline uint64_t lock_ts_to_ns(const struct timespec *ts)
{
    return (uint64_t)ts->tv_sec * 1000000000u + (uint64_t)ts->tv_nsec;
}

static inline void lock_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

#endif
