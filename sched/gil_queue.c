/* sched/gil_queue.c — a GIL with direct handoff to queued waiters.
 *
 * Shared words, all guarded by `mutex`:
 *   holder         the thread holding the GIL, or NULL.
 *   urgent, normal two FIFO queues of waiting threads (GilThreadPriv.qnext);
 *                  a dropped GIL goes to the head of `urgent`, else of
 *                  `normal`, else nobody.
 *   p->granted     set by the dropper when it makes p the holder; p sleeps on
 *                  its own condition p->cond, so a handoff wakes exactly the
 *                  thread that gets the GIL (no thundering herd, no futile
 *                  wake-ups).  An urgent waiter may first poll it without
 *                  the mutex (atomic; it re-takes the mutex before it acts).
 *   switch_number  counts handoffs; a waiter that slept one whole switch
 *                  interval without a handoff sets the drop request
 *                  (GIL_BRK_DROP), as py32 does.
 *   holder_urgent  the holder took the GIL as an urgent thread.
 *   unclaimed      the holder was granted the GIL from `normal` and has not
 *                  woken up to claim it yet.  An urgent taker then takes the
 *                  grant back (the grantee returns to the head of `normal`
 *                  and counts a lost wake-up): a CPU-bound thread that has
 *                  not run one instruction yields at once, as it would at its
 *                  first breaker check — without the GIL idling meanwhile
 *                  for the grantee's wake-up, which on a loaded machine can
 *                  take milliseconds.
 *   spare          conditions of threads that have ended, reused by new
 *                  threads and freed only by gilq_fini: a drop wakes its
 *                  grantee after releasing the mutex (unlock_signal), by
 *                  which time the grantee may have run on and ended, so a
 *                  condition must outlive its thread.  A wake-up that lands
 *                  on a reused condition is a spurious one for its new
 *                  owner, which re-checks its grant.
 * Breaker bits (atomic, set by waiters): DROP is cleared by each new holder;
 * PREEMPT by the holder when no urgent waiter is left.
 * Property: no barging — a free GIL with waiters never exists outside
 * shutdown, so a dropper returning at once queues behind everyone already
 * waiting; among equals the order is FIFO, so nobody waits more than
 * (waiters × interval).  An urgent waiter waits at most until the holder's
 * next breaker check.  The cost: the GIL idles while the chosen waiter wakes.
 * Shutdown: drops skip every waiter but the shutdown owner; woken waiters
 * see gil_must_exit() and leave the queue.
 */
#include <errno.h>
#include <sched.h>
#include <stdlib.h>
#include "sched/gil_queue.h"
#include "sched/trace.h"

typedef struct Queue { GilThreadPriv *head, *tail; } Queue;

static struct {
    LockMutex *mutex;
    GilThreadPriv *holder, *last_holder;
    Queue urgent, normal;
    unsigned long switch_number;
    bool holder_urgent, unclaimed;
    LockCond **spare;
    size_t nspare, spare_cap;
} q;

static void enqueue(Queue *k, GilThreadPriv *p)
{
    p->qnext = NULL;
    if (k->tail)
        k->tail->qnext = p;
    else
        k->head = p;
    k->tail = p;
}

static GilThreadPriv *dequeue(Queue *k)
{
    GilThreadPriv *p = k->head;
    if (p) {
        k->head = p->qnext;
        if (!k->head)
            k->tail = NULL;
        p->qnext = NULL;
    }
    return p;
}

static void push_front(Queue *k, GilThreadPriv *p)
{
    p->qnext = k->head;
    k->head = p;
    if (!k->tail)
        k->tail = p;
}

static bool unlink_from(Queue *k, GilThreadPriv *p)
{
    GilThreadPriv *prev = NULL;
    for (GilThreadPriv *w = k->head; w; prev = w, w = w->qnext) {
        if (w != p)
            continue;
        if (prev)
            prev->qnext = w->qnext;
        else
            k->head = w->qnext;
        if (k->tail == w)
            k->tail = prev;
        w->qnext = NULL;
        return true;
    }
    return false;
}

/* A waiter that expects the GIL within microseconds spins before it sleeps:
 * an urgent waiter (its holder hands off at the next breaker check, within a
 * microsecond when running) and any waiter behind an urgent holder (an I/O
 * burst, soon blocked again).  A sleeping waiter's wake-up costs tens of
 * microseconds to milliseconds on a busy or virtual machine: in an echo loop
 * beside a spinner that was two wake-ups per request for the I/O threads,
 * and for the spinner a wake-up so slow that the I/O threads took every
 * grant back before it ran, starving it.  The spin is bounded (a holder the
 * OS has preempted will not check soon) and only where another CPU can run
 * the holder meanwhile. */
enum { SHORT_WAIT_SPIN_NS = 50000 };
static bool multi_cpu;

/* With mutex held, returns with it held: p (queued) polls its grant for up
 * to SHORT_WAIT_SPIN_NS with the mutex released. */
static void spin_for_grant(GilThreadPriv *p)
{
    if (!multi_cpu)
        return;
    gil_lk->unlock(q.mutex);
    uint64_t end = lock_now_ns() + SHORT_WAIT_SPIN_NS;
    while (!atomic_load_explicit(&p->granted, memory_order_acquire) && !gil_shutting_down() &&
           lock_now_ns() < end)
        lock_cpu_relax();
    gil_lk->lock(q.mutex);
}

void gilq_init(void)
{
    q.mutex = gil_lk->mutex_new();
    q.holder = q.last_holder = NULL;
    q.urgent = q.normal = (Queue){ NULL, NULL };
    q.switch_number = 0;
    q.holder_urgent = q.unclaimed = false;
    cpu_set_t cpus;
    multi_cpu = sched_getaffinity(0, sizeof cpus, &cpus) == 0 && CPU_COUNT(&cpus) > 1;
}
void gilq_fini(void)
{
    for (size_t i = 0; i < q.nspare; i++)
        gil_lk->cond_free(q.spare[i]);
    free(q.spare);
    q.spare = NULL;
    q.nspare = q.spare_cap = 0;
    gil_lk->mutex_free(q.mutex);
}

/* The spare conditions and the queues may be mid-change by a thread that
 * is gone, and a dropper that is gone may still be signalling self's own
 * condition (lock.h: unlock_signal's late wake-up): all are abandoned. */
static struct {    /* the parent's objects in a fork child (policy.h) */
    LockMutex *volatile mutex;
    LockCond **volatile spare, *volatile cond;
} forsaken;

void gilq_fork_child(GilThreadPriv *self)
{
    forsaken.mutex = q.mutex;
    forsaken.spare = q.spare;
    forsaken.cond = self->cond;
    q.spare = NULL;
    q.nspare = q.spare_cap = 0;
    gilq_init();
    self->cond = gil_lk->cond_new();
    atomic_store_explicit(&self->granted, false, memory_order_relaxed);
    q.holder = q.last_holder = self;
}

void gilq_thread_init(GilThreadPriv *p)
{
    gil_lk->lock(q.mutex);
    p->cond = q.nspare ? q.spare[--q.nspare] : NULL;
    gil_lk->unlock(q.mutex);
    if (!p->cond)
        p->cond = gil_lk->cond_new();
}

void gilq_thread_fini(GilThreadPriv *p)
{
    gil_lk->lock(q.mutex);
    if (q.last_holder == p)
        q.last_holder = NULL;
    if (q.nspare == q.spare_cap) {
        size_t cap = q.spare_cap ? 2 * q.spare_cap : 8;
        LockCond **grown = realloc(q.spare, cap * sizeof *grown);
        if (!grown)
            lock_stop("GIL conditions", ENOMEM);
        q.spare = grown;
        q.spare_cap = cap;
    }
    q.spare[q.nspare++] = p->cond;
    gil_lk->unlock(q.mutex);
}

/* With mutex held: the shutdown owner if it waits, else NULL. */
static GilThreadPriv *shutdown_owner_queued(void)
{
    Queue *ks[2] = { &q.urgent, &q.normal };
    for (int i = 0; i < 2; i++)
        for (GilThreadPriv *c = ks[i]->head; c; c = c->qnext)
            if (!gil_must_exit(c))
                return c;
    return NULL;
}

/* With mutex held: give the GIL to the next waiter, or free it.  Returns
 * the waiter, whom the caller wakes. */
static GilThreadPriv *hand_off(void)
{
    GilThreadPriv *w;
    q.unclaimed = false;
    if (gil_shutting_down()) {
        w = shutdown_owner_queued();
        if (w && !unlink_from(&q.urgent, w))
            unlink_from(&q.normal, w);
    } else {
        w = dequeue(&q.urgent);
        if (!w && (w = dequeue(&q.normal)))
            q.unclaimed = true;
    }
    q.holder = w;
    q.holder_urgent = w && !q.unclaimed;
    if (w) {
        w->granted = true;
        q.switch_number++;
    }
    return w;
}

/* With mutex held, off the hot path: hand off and wake at once. */
static void hand_off_and_wake(void)
{
    GilThreadPriv *w = hand_off();
    if (w)
        gil_lk->signal(w->cond);
}

/* With mutex held: p queued; sleep until granted.  false: leave for shutdown. */
static bool wait_for_grant(GilThreadPriv *p)
{
    while (!p->granted) {
        if (gil_must_exit(p)) {
            if (!unlink_from(&q.urgent, p))
                unlink_from(&q.normal, p);
            /* A free GIL may have been waiting for us to leave. */
            if (!q.holder)
                hand_off_and_wake();
            return false;
        }
        unsigned long saved = q.switch_number;
        struct timespec dl = gil_interval_deadline();
        int r = gil_lk->wait(p->cond, q.mutex, &dl);
        if (p->granted)
            break;
        if (r == LOCK_TIMEDOUT) {
            gil_note_timeout(p);
            if (q.switch_number == saved && q.holder)
                gil_note_drop_request(p);
        } else {
            gil_note_lost_wakeup(p);
        }
    }
    return true;
}

/* With mutex held: the unclaimed grant goes to p instead. */
static void reclaim_grant(GilThreadPriv *p)
{
    GilThreadPriv *w = q.holder;
    w->granted = false;
    push_front(&q.normal, w);
    q.holder = p;
    q.holder_urgent = true;
    q.unclaimed = false;
    q.switch_number++;
}

int gilq_take(GilThreadPriv *p, bool urgent)
{
    gil_lk->lock(q.mutex);
    if (gil_must_exit(p)) {
        gil_lk->unlock(q.mutex);
        return GIL_EXIT;
    }
    p->granted = false;
    /* During shutdown only the owner takes the GIL: waiters still queued
     * are on their way out, so a free GIL is simply taken. */
    if (!q.holder && ((!q.urgent.head && !q.normal.head) || gil_shutting_down())) {
        q.holder = p;
        q.holder_urgent = urgent;
    } else if (urgent && q.unclaimed && !gil_shutting_down()) {
        reclaim_grant(p);
    } else {
        gil_note_contended(p);
        enqueue(urgent ? &q.urgent : &q.normal, p);
        if (urgent)
            gil_breaker_set_bits(GIL_BRK_PREEMPT);
        if (urgent || q.holder_urgent)
            spin_for_grant(p);
        if (!wait_for_grant(p)) {
            gil_lk->unlock(q.mutex);
            return GIL_EXIT;
        }
        q.unclaimed = false;
        if (gil_must_exit(p)) {     /* granted just before shutdown began */
            hand_off_and_wake();
            gil_lk->unlock(q.mutex);
            return GIL_EXIT;
        }
    }
    if (q.last_holder != p) {
        q.last_holder = p;
        gil_note_switch(p);
    }
    gil_breaker_clear_bits(GIL_BRK_DROP);
    if (!q.urgent.head)
        gil_breaker_clear_bits(GIL_BRK_PREEMPT);
    gil_lk->unlock(q.mutex);
    return GIL_OK;
}

/* The grantee is woken after the mutex is released (lock.h: unlock_signal):
 * on one CPU its wake-up preempts us, and it must not find the mutex held.
 * Measured with bench/handoff on one CPU, fifo: futex 6.8 -> 2.4 us, sem
 * 5.9 -> 2.4 us, against a bare futex ping-pong of 2.6 us. */
void gilq_drop(GilThreadPriv *p)
{
    gil_lk->lock(q.mutex);
    GilThreadPriv *w = hand_off();
    if (w)
        gil_lk->unlock_signal(q.mutex, w->cond);
    else
        gil_lk->unlock(q.mutex);
}

bool gilq_urgent_waiting(void)
{
    gil_lk->lock(q.mutex);
    bool any = q.urgent.head != NULL;
    if (!any)
        gil_breaker_clear_bits(GIL_BRK_PREEMPT);
    gil_lk->unlock(q.mutex);
    return any;
}

void gilq_wake_all(void)
{
    gil_lk->lock(q.mutex);
    for (GilThreadPriv *w = q.urgent.head; w; w = w->qnext)
        gil_lk->signal(w->cond);
    for (GilThreadPriv *w = q.normal.head; w; w = w->qnext)
        gil_lk->signal(w->cond);
    gil_lk->unlock(q.mutex);
}
