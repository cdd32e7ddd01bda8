/* sched/lock_uring.c — sleep inside io_uring: a waiter blocks in
 * io_uring_wait_cqe(_timeout) on its own ring; a wake-up is a completion the
 * waker causes.
 *
 * Per thread: a Parker (its ring, an eventfd, a `permit` word, a queue link),
 *   returned to a pool when the thread ends and reused by the next one.
 *   park(deadline): consume the permit if set, else wait for any completion
 *     (or the deadline), drain the completions, look again.  Stale or
 *     spurious completions only cost a loop.
 *   unpark(w): set w->permit (release), then make a completion appear in
 *     w's ring, by one of two wake mechanisms:
 *       msgring  IORING_OP_MSG_RING submitted on the waker's own ring,
 *                targeting w's ring fd (IOSQE_CQE_SKIP_SUCCESS: the waker's
 *                ring sees only failures);
 *       eventfd  w keeps an IORING_OP_READ armed on its eventfd; the waker
 *                write(2)s the eventfd, which completes that read.
 *   MSG_RING is the primitive; eventfd is only the fallback for kernels
 *   without IORING_OP_MSG_RING (< 5.18).  Measured with bench/handoff (fifo
 *   ping-pong, 2 vCPU KVM guest, kernel 6.18, five runs): median handoff
 *   2 CPUs 8.7-11.0 us vs 8.8-14.4 us, 1 CPU 16.6-20.6 us vs 23.2-27.1 us.
 *   Why: MSG_RING is one io_uring_enter on the waker that posts the CQE
 *   straight into the target ring and wakes its waiter; the eventfd path is
 *   a write(2), the eventfd's wait-queue callback, task work run by the
 *   waiter to complete its read, and a fresh read SQE to re-arm per sleep.
 * Objects (mutex, condition, semaphore) keep FIFO queues of Parkers guarded
 * by a tiny TTAS spin guard, held only for a few pointer moves (never across
 * a system call: a preempted guard holder would stall every spinner).  A
 * waker pops w and bumps w->inflight under the guard, then sends the wake
 * after releasing it; a thread closes its ring (thread_end) only once its
 * inflight count is back to zero, so a late wake never hits a closed or
 * reused fd.  A late wake for a wait already over is a stale completion:
 * the permit makes it harmless.
 *   mutex      handoff: unlock passes ownership to the first queued Parker.
 *   condition  wait queues p (signalled = false) and parks; signal pops the
 *              head, marks it and unparks it; a timed-out waiter still in
 *              the queue removes itself.
 *   semaphore  barging count: post adds 1 and wakes the first sleeper, which
 *              retries and counts a lost wake-up if someone took it first.
 */
#include <errno.h>
#include <liburing.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include "sched/gil_counters.h"
#include "sched/chaos.h"
#include "sched/lock.h"

enum { TAG_WAKE = 1, TAG_EFD_READ = 2, TAG_MSG_SENT = 3 };
typedef enum { WAKE_MSGRING, WAKE_EVENTFD } WakeMode;

typedef struct Parker {
    struct io_uring ring;
    int efd;
    uint64_t efd_buf;          /* the armed read's buffer; the kernel writes it */
    bool efd_armed;
    _Atomic int permit;
    _Atomic int inflight;      /* wakes being sent to this Parker */
    struct Parker *qnext;      /* queue link, under the object's guard */
    bool flag;                 /* granted / signalled, under the object's guard */
} Parker;

static WakeMode mode;
static __thread Parker *self;

/* ---- the spin guard */

typedef struct { _Atomic int v; } Guard;
static void guard_lock(Guard *g)
{
    unsigned spins = 0;
    while (atomic_load_explicit(&g->v, memory_order_relaxed) ||
           atomic_exchange_explicit(&g->v, 1, memory_order_acquire)) {
        /* The holder may have been preempted: give it the CPU. */
        if (++spins % 128 == 0)
            sched_yield();
        else
            lock_cpu_relax();
    }
}
static void guard_unlock(Guard *g) { atomic_store_explicit(&g->v, 0, memory_order_release); }

typedef struct { Parker *head, *tail; } PQueue;
static void pq_push(PQueue *q, Parker *p)
{
    p->qnext = NULL;
    if (q->tail)
        q->tail->qnext = p;
    else
        q->head = p;
    q->tail = p;
}
static Parker *pq_pop(PQueue *q)
{
    Parker *p = q->head;
    if (p && !(q->head = p->qnext))
        q->tail = NULL;
    return p;
}
static void pq_remove(PQueue *q, Parker *p)
{
    Parker *prev = NULL;
    for (Parker *w = q->head; w; prev = w, w = w->qnext)
        if (w == p) {
            if (prev)
                prev->qnext = w->qnext;
            else
                q->head = w->qnext;
            if (q->tail == w)
                q->tail = prev;
            return;
        }
}

/* ---- parking */

/* Parkers of threads that ended, for the next threads: a ring costs a few
 * syscalls and mmaps to set up, and handing it over under pool_mutex gives
 * the new owner a happens-before edge with the old one (an unmapped and
 * re-mapped ring would look like a race to ThreadSanitizer). */
static pthread_mutex_t pool_mutex = PTHREAD_MUTEX_INITIALIZER;
static Parker *pool;

static Parker *parker(void)
{
    if (self)
        return self;
    LOCK_CHECK(pthread_mutex_lock(&pool_mutex));
    Parker *p = pool;
    if (p)
        pool = p->qnext;
    LOCK_CHECK(pthread_mutex_unlock(&pool_mutex));
    if (p) {
        p->qnext = NULL;
        return self = p;
    }
    /* A new thread's ring: refused or out of memory here is the same
     * failure as at setup, met later, so it stops the run the same way. */
    p = lock_xcalloc(sizeof *p);
    int e = -io_uring_queue_init(8, &p->ring, 0);
    if (e)
        lock_stop("--lock=uring: io_uring_queue_init for a new thread", e);
    p->efd = eventfd(0, EFD_CLOEXEC);
    if (p->efd < 0)
        lock_stop("--lock=uring: eventfd for a new thread", errno);
    return self = p;
}

static void ur_thread_end(void)
{
    if (!self)
        return;
    while (atomic_load_explicit(&self->inflight, memory_order_acquire))
        sched_yield();
    LOCK_CHECK(pthread_mutex_lock(&pool_mutex));
    self->qnext = pool;
    pool = self;
    LOCK_CHECK(pthread_mutex_unlock(&pool_mutex));
    self = NULL;
}

/* ---- fork(2)
 *
 * A ring's queues are a MAP_SHARED mapping of the kernel's ring: a child
 * that went on using an inherited one would reap the parent's completions
 * and submit into the parent's queue.  So the child closes every ring it
 * inherited (its own mapping and descriptor only: the parent's stay), the
 * pooled ones and the forking thread's own, and makes a new ring on its
 * next wait.  pool_mutex is held across fork so that the pool's list is
 * whole in the child.  Parkers of the other threads are abandoned with the
 * objects that queue them (policy.h: fork_child). */
static void ur_fork_prepare(void) { LOCK_CHECK(pthread_mutex_lock(&pool_mutex)); }
static void ur_fork_parent(void) { LOCK_CHECK(pthread_mutex_unlock(&pool_mutex)); }

static void parker_close(Parker *p)
{
    io_uring_queue_exit(&p->ring);
    close(p->efd);
    free(p);
}

static void ur_fork_child(void)
{
    Parker *p = pool;
    pool = NULL;
    LOCK_CHECK(pthread_mutex_unlock(&pool_mutex));
    while (p) {
        Parker *next = p->qnext;
        parker_close(p);
        p = next;
    }
    if (self)
        parker_close(self);
    self = NULL;
}

static struct io_uring_sqe *get_sqe(Parker *p)
{
    struct io_uring_sqe *sqe = io_uring_get_sqe(&p->ring);
    if (!sqe)
        lock_die("io_uring_get_sqe", EBUSY);
    return sqe;
}

static void arm_efd_read(Parker *p)
{
    if (mode != WAKE_EVENTFD || p->efd_armed)
        return;
    struct io_uring_sqe *sqe = get_sqe(p);
    io_uring_prep_read(sqe, p->efd, &p->efd_buf, sizeof p->efd_buf, 0);
    io_uring_sqe_set_data64(sqe, TAG_EFD_READ);
    p->efd_armed = true;
}

/* Drain completions; a failed wake sent from this ring is fatal. */
static void drain(Parker *p)
{
    struct io_uring_cqe *cqe;
    while (io_uring_peek_cqe(&p->ring, &cqe) == 0) {
        uint64_t tag = io_uring_cqe_get_data64(cqe);
        if (tag == TAG_MSG_SENT && cqe->res < 0)
            lock_die("IORING_OP_MSG_RING", -cqe->res);
        if (tag == TAG_EFD_READ) {
            if (cqe->res < 0)
                lock_die("IORING_OP_READ(eventfd)", -cqe->res);
            p->efd_armed = false;
        }
        io_uring_cqe_seen(&p->ring, cqe);
    }
}

static int park(const struct timespec *deadline)
{
    Parker *p = parker();
    uint64_t end = deadline ? lock_ts_to_ns(deadline) : 0;
    while (!atomic_exchange_explicit(&p->permit, 0, memory_order_acquire)) {
        CHAOS_POINT();  /* an unpark here sets the permit and posts a completion: the wait returns at once */
        arm_efd_read(p);
        struct io_uring_cqe *cqe;
        int r;
        gil_prim_sleep();
        if (deadline) {
            uint64_t now = lock_now_ns();
            if (now >= end)
                return atomic_exchange_explicit(&p->permit, 0, memory_order_acquire) ? LOCK_WOKEN : LOCK_TIMEDOUT;
            uint64_t left = end - now;
            struct __kernel_timespec ts = { .tv_sec = (long long)(left / 1000000000u),
                                            .tv_nsec = (long long)(left % 1000000000u) };
            r = io_uring_submit_and_wait_timeout(&p->ring, &cqe, 1, &ts, NULL);
        } else {
            r = io_uring_submit_and_wait(&p->ring, 1);
        }
        if (r < 0 && r != -ETIME && r != -EINTR && r != -EAGAIN)
            lock_die("io_uring_submit_and_wait", -r);
        drain(p);
    }
    return LOCK_WOKEN;
}

/* Under the guard that queued w. */
static void claim(Parker *w)
{
    w->flag = true;
    atomic_fetch_add_explicit(&w->inflight, 1, memory_order_relaxed);
}

static void send_wake(Parker *w)
{
    gil_prim_wake();
    atomic_store_explicit(&w->permit, 1, memory_order_release);
    CHAOS_POINT();  /* w may take the permit before the completion lands: it is then stale, one loop */
    if (mode == WAKE_EVENTFD) {
        uint64_t one = 1;
        while (write(w->efd, &one, sizeof one) < 0)
            if (errno != EINTR)
                lock_die("write(eventfd)", errno);
        return;
    }
    Parker *me = parker();
    struct io_uring_sqe *sqe = get_sqe(me);
    io_uring_prep_msg_ring(sqe, w->ring.ring_fd, 0, TAG_WAKE, 0);
    io_uring_sqe_set_data64(sqe, TAG_MSG_SENT);
    sqe->flags |= IOSQE_CQE_SKIP_SUCCESS;
    int r;
    while ((r = io_uring_submit(&me->ring)) == -EINTR)
        ;
    if (r < 0)
        lock_die("io_uring_submit(IORING_OP_MSG_RING)", -r);
    drain(me);
}

/* After the guard is released: w cannot close its ring until we are done. */
static void unpark(Parker *w)
{
    CHAOS_POINT();  /* w is claimed (inflight > 0) but not yet woken: it may not close its ring */
    send_wake(w);
    atomic_fetch_sub_explicit(&w->inflight, 1, memory_order_release);
}

/* ---- setup */

static int setup_mode(WakeMode m, char *err, size_t errlen)
{
    struct io_uring r;
    int e = io_uring_queue_init(4, &r, 0);
    if (e < 0) {
        snprintf(err, errlen, "io_uring_queue_init: %s (is /proc/sys/kernel/io_uring_disabled set?)",
                 strerror(-e));
        return -1;
    }
    bool ok = true;
    if (m == WAKE_MSGRING) {
        struct io_uring_probe *pr = io_uring_get_probe_ring(&r);
        ok = pr && io_uring_opcode_supported(pr, IORING_OP_MSG_RING) &&
             (r.features & IORING_FEAT_CQE_SKIP);
        if (pr)
            io_uring_free_probe(pr);
        if (!ok)
            snprintf(err, errlen, "kernel lacks IORING_OP_MSG_RING or IOSQE_CQE_SKIP_SUCCESS");
    }
    io_uring_queue_exit(&r);
    mode = m;
    return ok ? 0 : -1;
}
static int ur_setup(char *err, size_t errlen)
{
    if (setup_mode(WAKE_MSGRING, err, errlen) == 0)
        return 0;
    return setup_mode(WAKE_EVENTFD, err, errlen);
}

/* ---- mutex: handoff */

struct LockMutex { Guard g; bool locked; PQueue q; };

static LockMutex *ur_mutex_new(void) { return lock_xcalloc(sizeof(LockMutex)); }
static void ur_mutex_free(LockMutex *m) { free(m); }

static void ur_lock(LockMutex *m)
{
    Parker *p = parker();
    guard_lock(&m->g);
    if (!m->locked) {
        m->locked = true;
        guard_unlock(&m->g);
        return;
    }
    p->flag = false;
    pq_push(&m->q, p);
    guard_unlock(&m->g);
    for (;;) {
        park(NULL);
        CHAOS_POINT();  /* woken (maybe by a stale completion): ownership is p->flag, read under the guard */
        guard_lock(&m->g);
        bool mine = p->flag;
        guard_unlock(&m->g);
        if (mine)
            return;
    }
}

static void ur_unlock(LockMutex *m)
{
    guard_lock(&m->g);
    Parker *w = pq_pop(&m->q);
    if (w)
        claim(w);            /* ownership passes; locked stays true */
    else
        m->locked = false;
    guard_unlock(&m->g);
    if (w)
        unpark(w);
}

/* ---- condition */

struct LockCond { Guard g; PQueue q; };

static LockCond *ur_cond_new(void) { return lock_xcalloc(sizeof(LockCond)); }
static void ur_cond_free(LockCond *c) { free(c); }

static int ur_wait(LockCond *c, LockMutex *m, const struct timespec *deadline)
{
    Parker *p = parker();
    guard_lock(&c->g);
    p->flag = false;
    pq_push(&c->q, p);
    guard_unlock(&c->g);
    CHAOS_POINT();  /* queued before the mutex is released: a signal from here on finds us */
    ur_unlock(m);
    int r;
    for (;;) {
        r = park(deadline);
        guard_lock(&c->g);
        bool signalled = p->flag;
        if (!signalled && r == LOCK_TIMEDOUT)
            pq_remove(&c->q, p);
        guard_unlock(&c->g);
        if (signalled) {
            r = LOCK_WOKEN;
            break;
        }
        if (r == LOCK_TIMEDOUT)
            break;
    }
    ur_lock(m);
    return r;
}

static void ur_signal(LockCond *c)
{
    guard_lock(&c->g);
    Parker *w = pq_pop(&c->q);
    if (w)
        claim(w);
    guard_unlock(&c->g);
    if (w)
        unpark(w);
}

/* The condition's queue has its own guard: signalling needs no mutex. */
static void ur_unlock_signal(LockMutex *m, LockCond *c)
{
    ur_unlock(m);
    CHAOS_POINT();  /* released, not yet signalled: the waiter may time out and return first */
    ur_signal(c);
}

static void ur_broadcast(LockCond *c)
{
    /* One at a time, up to the waiter that was last when we began: a woken
     * waiter may queue itself again at once. */
    guard_lock(&c->g);
    Parker *last = c->q.tail;
    guard_unlock(&c->g);
    for (Parker *w = NULL; last && w != last;) {
        guard_lock(&c->g);
        w = pq_pop(&c->q);
        if (w)
            claim(w);
        guard_unlock(&c->g);
        if (!w)
            break;
        unpark(w);
    }
}

/* ---- semaphore: barging */

struct LockSem { Guard g; unsigned count; PQueue q; };

static LockSem *ur_sem_new(unsigned count)
{
    LockSem *s = lock_xcalloc(sizeof *s);
    s->count = count;
    return s;
}
static void ur_sem_free(LockSem *s) { free(s); }

static bool ur_sem_trywait(LockSem *s)
{
    guard_lock(&s->g);
    bool got = s->count > 0;
    if (got)
        s->count--;
    guard_unlock(&s->g);
    return got;
}

static void ur_sem_wait(LockSem *s)
{
    Parker *p = parker();
    for (bool woken = false;; woken = true) {
        guard_lock(&s->g);
        if (s->count > 0) {
            s->count--;
            guard_unlock(&s->g);
            return;
        }
        if (woken)
            GIL_COUNT(lost_wakeups);
        p->flag = false;
        pq_push(&s->q, p);
        guard_unlock(&s->g);
        do {
            park(NULL);
            guard_lock(&s->g);
            woken = p->flag;
            guard_unlock(&s->g);
        } while (!woken);
    }
}

static void ur_sem_post(LockSem *s)
{
    guard_lock(&s->g);
    s->count++;
    Parker *w = pq_pop(&s->q);
    if (w)
        claim(w);
    guard_unlock(&s->g);
    if (w)
        unpark(w);
}

const LockOps lock_uring_ops = {
    .setup = ur_setup, .thread_end = ur_thread_end,
    .mutex_new = ur_mutex_new, .mutex_free = ur_mutex_free, .lock = ur_lock, .unlock = ur_unlock,
    .cond_new = ur_cond_new, .cond_free = ur_cond_free,
    .wait = ur_wait, .signal = ur_signal, .broadcast = ur_broadcast,
    .unlock_signal = ur_unlock_signal,
    .sem_new = ur_sem_new, .sem_free = ur_sem_free,
    .sem_trywait = ur_sem_trywait, .sem_wait = ur_sem_wait, .sem_post = ur_sem_post,
    .fork_prepare = ur_fork_prepare, .fork_parent = ur_fork_parent, .fork_child = ur_fork_child,
};
