/* tests/unit/test_lock_signal.c — unlock_signal wakes its waiter and keeps
 * each primitive's condition balanced.
 *
 * On every primitive:
 *   wake     a waiter sleeps on a predicate with a far deadline; the main
 *            thread sets the predicate under the mutex and calls
 *            unlock_signal.  The waiter must be woken (not time out), and
 *            the mutex must be free afterwards.
 *   races    the waiter waits with a deadline about as long as the main
 *            thread's delay before it signals, so many signals land after
 *            the waiter timed out, or between its time-out and its re-lock:
 *            the window unlock_signal opens between release and wake-up.
 *            No wait may be woken with the predicate unset (each trial's
 *            wake-up is sent before the next trial's waiter starts), and a
 *            final wait that nobody signals must time out: a wake-up left
 *            over from the races (sem: a post no waiter accounted for) would
 *            wake it.
 */
#include <pthread.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include "sched/lock.h"
#include "check.h"

enum { RACES = 150 };

static const LockOps *ops;
static LockMutex *m;
static LockCond *c;
static int ready;               /* the predicate, under m */
static int woken_by_timeout;    /* the waiter's last wait timed out */
static int spurious;            /* waits woken with the predicate unset */

static struct timespec after_ns(long ns)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_nsec += ns % 1000000000L;
    t.tv_sec += ns / 1000000000L + t.tv_nsec / 1000000000L;
    t.tv_nsec %= 1000000000L;
    return t;
}

static long wait_ns;

/* Waits for `ready` (or one deadline), then consumes it. */
static void *waiter(void *arg)
{
    struct timespec dl = after_ns(wait_ns);
    ops->lock(m);
    int r = LOCK_WOKEN;
    while (!ready && r != LOCK_TIMEDOUT) {
        r = ops->wait(c, m, &dl);
        spurious += r == LOCK_WOKEN && !ready;
    }
    woken_by_timeout = !ready;
    ready = 0;
    ops->unlock(m);
    ops->thread_end();
    return NULL;
}

static void signal_ready(void)
{
    ops->lock(m);
    ready = 1;
    ops->unlock_signal(m, c);
}

static void check_wake(const char *name)
{
    wait_ns = 10 * 1000000000L;
    pthread_t w;
    pthread_create(&w, NULL, waiter, NULL);
    usleep(5000);
    signal_ready();
    pthread_join(w, NULL);
    CHECK(!woken_by_timeout, "--lock=%s: unlock_signal did not wake the waiter", name);
    ops->lock(m);               /* released: would hang otherwise */
    ops->unlock(m);
}

/* Both outcomes must occur, or the races did not race. */
static void check_races(const char *name)
{
    int timeouts = 0;
    spurious = 0;
    wait_ns = 300000;
    for (int i = 0; i < RACES; i++) {
        pthread_t w;
        pthread_create(&w, NULL, waiter, NULL);
        usleep((useconds_t)(rand() % 600));
        signal_ready();
        pthread_join(w, NULL);
        timeouts += woken_by_timeout;
        ops->lock(m);
        ready = 0;              /* a signal after the time-out leaves it set */
        ops->unlock(m);
    }
    printf("%s: %d of %d races timed out\n", name, timeouts, RACES);
    CHECK(timeouts > 0 && timeouts < RACES, "--lock=%s: %d of %d timed out", name, timeouts, RACES);
    wait_ns = 20000000;
    pthread_t w;
    pthread_create(&w, NULL, waiter, NULL);
    pthread_join(w, NULL);
    CHECK(woken_by_timeout, "--lock=%s: a wait nobody signalled was woken after %d races", name,
          RACES);
    CHECK(spurious == 0, "--lock=%s: %d waits woken with nothing signalled", name, spurious);
}

int main(void)
{
    srand(1);
    for (size_t i = 0; i < lock_table_len; i++) {
        const LockRow *r = &lock_table[i];
        char err[200];
        if (r->ops->setup(err, sizeof err) != 0) {
            printf("%s: skipped (%s)\n", r->name, err);
            continue;
        }
        ops = r->ops;
        m = ops->mutex_new();
        c = ops->cond_new();
        check_wake(r->name);
        check_races(r->name);
        printf("%s: woken, and balanced after %d races\n", r->name, RACES);
        ops->cond_free(c);
        ops->mutex_free(m);
        ops->thread_end();
    }
    return check_done("test_lock_signal");
}
