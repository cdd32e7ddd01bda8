/* tests/unit/test_lock_lost.c — a lost wake-up is counted, never hidden.
 *
 * On each sleeping primitive's counting semaphore (the 2.6 GIL's lock): a
 * waiter sleeps on a zero count; the main thread posts and at once takes the
 * count back (a barger), then posts again a while later.  The waiter was
 * woken for nothing once, so lost_wakeups must rise.  The barge can lose the
 * race to the waiter on a given trial; up to TRIALS are run.
 */
#include <pthread.h>
#include <string.h>
#include <unistd.h>
#include "sched/gil_counters.h"
#include "sched/lock.h"
#include "check.h"

enum { TRIALS = 40 };

static LockSem *sem;
static const LockOps *ops;

static void *waiter(void *arg)
{
    ops->sem_wait(sem);
    return NULL;
}

/* 1: the waiter lost a race; 0: it won this trial; -1: setup refused. */
static int trial(void)
{
    uint64_t before = atomic_load(&gil_ctr->lost_wakeups);
    pthread_t w;
    pthread_create(&w, NULL, waiter, NULL);
    usleep(5000);                  /* the waiter is asleep by now */
    ops->sem_post(sem);
    bool barged = ops->sem_trywait(sem);
    if (barged) {
        usleep(20000);             /* it wakes, finds zero, sleeps again */
        ops->sem_post(sem);
    }
    pthread_join(w, NULL);
    return atomic_load(&gil_ctr->lost_wakeups) > before;
}

int main(void)
{
    const char *sleeping[] = { "futex", "condvar", "sem" };
    for (size_t i = 0; i < sizeof sleeping / sizeof *sleeping; i++) {
        const LockRow *r = lock_find(sleeping[i]);
        CHECK(r != NULL, "%s not in the table", sleeping[i]);
        char err[200];
        if (!r || r->ops->setup(err, sizeof err) != 0)
            continue;
        ops = r->ops;
        sem = ops->sem_new(0);
        int lost = 0;
        for (int t = 0; t < TRIALS && !lost; t++)
            lost = trial();
        printf("%s: lost wake-up %s\n", r->name, lost ? "counted" : "never counted");
        CHECK(lost, "--lock=%s hid every lost wake-up in %d barged trials", r->name, TRIALS);
        ops->sem_free(sem);
    }
    return check_done("test_lock_lost");
}
