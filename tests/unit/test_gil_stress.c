/* tests/unit/test_gil_stress.c — every GIL policy x lock primitive (from the
 * tables), 2, 4 and 8 threads simulating the VM: ticks and breaker polling,
 * some voluntary blocking.  Checks mutual exclusion, progress within a time
 * bound, counter consistency, and that shutdown stops a spinning daemon.
 *
 * Each case runs in a forked child (the GIL is per process), under an
 * alarm, so a hang is reported as a failure of that case.
 * GIL_STRESS_SCALE (default 1; 0.1 under TSan) scales the work.
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "sched/gil.h"

#if defined(__SANITIZE_THREAD__)
#define UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define UNDER_TSAN 1
#endif
#endif
#ifndef UNDER_TSAN
#define UNDER_TSAN 0
#endif

#define CASE_TIMEOUT_S 30

#if UNDER_TSAN
/* The shutdown cases end with a daemon thread still parked: TSan's default
 * one-second wait for other threads at exit would only slow the run. */
const char *__tsan_default_options(void);
const char *__tsan_default_options(void) { return "atexit_sleep_ms=0"; }
#endif

static long work;               /* simulated iterations per case, shared by its threads */
static long iters;              /* per thread in the running case */
static const int block_every = 40;

/* The "object" the GIL protects: plain memory, as reference counts are.  A
 * broken GIL shows as a violation, a lost update, or a TSan report. */
static long protected_count;
static _Atomic int inside;
static _Atomic long violations;

static int fail(const char *what)
{
    fprintf(stderr, "  FAIL: %s\n", what);
    return 1;
}

static void critical_section(void)
{
    if (atomic_fetch_add(&inside, 1) != 0)
        atomic_fetch_add(&violations, 1);
    protected_count++;
    atomic_fetch_sub(&inside, 1);
}

/* One simulated instruction boundary; false once the thread must stop. */
static bool poll_gil(GilThread *t)
{
    if (--t->ticks < 0 && gil_tick(t) != GIL_OK)
        return false;
    if (gil_breaker_set() && gil_service(t) != GIL_OK)
        return false;
    return true;
}

static pthread_barrier_t start;

/* Some plain work between boundaries, so that holders run long enough for
 * drop requests and ticks to matter. */
static void instructions(GilThread *t, int n)
{
    for (int k = 0; k < n; k++) {
        for (int w = 0; w < 20; w++)
            __asm__ __volatile__("" ::: "memory");   /* work the compiler keeps */
        if (!poll_gil(t))
            abort();
    }
}

static void *worker(void *arg)
{
    char name[16];
    snprintf(name, sizeof name, "T%ld", (long)(intptr_t)arg);
    GilThread *t = gil_thread_new(name);
    pthread_barrier_wait(&start);
    if (gil_take(t) != GIL_OK)
        abort();
    for (long i = 1; i <= iters; i++) {
        critical_section();
        instructions(t, 48);
        if (i % block_every == 0) {
            gil_blocking_begin(t, "sleep");
            if (i % (block_every * 8) == 0)
                nanosleep(&(struct timespec){ 0, 20000 }, NULL);
            if (gil_blocking_end(t) != GIL_OK)
                abort();
        }
    }
    gil_drop(t, GIL_DROP_VOLUNTARY);
    gil_thread_free(t);
    return NULL;
}

static int check_totals(int nthreads)
{
    GilTotals tot;
    gil_totals(&tot);
    long want = iters * nthreads;
    printf(" acq %llu cont %llu lost %llu dropreq %llu forced %llu sleeps %llu wakes %llu spins %llu wait %.3fs",
           (unsigned long long)tot.acquires, (unsigned long long)tot.contended,
           (unsigned long long)tot.lost_wakeups, (unsigned long long)tot.drop_requests,
           (unsigned long long)tot.forced_switches, (unsigned long long)tot.sleeps,
           (unsigned long long)tot.wakes, (unsigned long long)tot.spins, tot.wait_s);
    int bad = 0;
    if (atomic_load(&violations))
        bad |= fail("mutual exclusion violated");
    if (protected_count != want)
        bad |= fail("lost updates to the protected counter");
    if (tot.acquires != tot.releases)
        bad |= fail("acquisitions != releases");
    if (tot.contended > tot.acquires)
        bad |= fail("contended waits > acquisitions");
    if (tot.acquires < (uint64_t)(nthreads * (iters / block_every + 1)))
        bad |= fail("fewer acquisitions than the workers made");
    if (tot.threads != (unsigned)nthreads)
        bad |= fail("thread count");
    if (tot.wait_max_s > tot.wait_s + 1e-9)
        bad |= fail("max wait > total wait");
    return bad;
}

static int run_threads(int nthreads)
{
    pthread_t th[8];
    pthread_barrier_init(&start, NULL, (unsigned)nthreads);
    for (int i = 0; i < nthreads; i++)
        if (pthread_create(&th[i], NULL, worker, (void *)(intptr_t)i))
            return fail("pthread_create");
    for (int i = 0; i < nthreads; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&start);
    return check_totals(nthreads);
}

/* ---- shutdown: a daemon spinning "while True: pass" never runs again */

static _Atomic int daemon_running, daemon_ran_after;
static _Atomic int shutdown_started;

static void *daemon_spin(void *arg)
{
    GilThread *t = gil_thread_new("daemon");
    if (gil_take(t) != GIL_OK)
        return NULL;            /* shutdown already began: fine */
    atomic_store(&daemon_running, 1);
    for (;;) {
        if (atomic_load(&shutdown_started) == 2)
            atomic_store(&daemon_ran_after, 1);
        if (!poll_gil(t))
            break;
    }
    /* GIL_EXIT: not holding the GIL; a VM thread would now stop for good. */
    for (;;)
        pause();
}

static int run_shutdown(void)
{
    GilThread *me = gil_thread_new("main");
    pthread_t d;
    if (gil_take(me) != GIL_OK || pthread_create(&d, NULL, daemon_spin, NULL))
        return fail("shutdown setup");
    pthread_detach(d);
    /* Let the daemon get the GIL, then come back: blocking end waits for it. */
    while (!atomic_load(&daemon_running)) {
        gil_blocking_begin(me, "sleep");
        nanosleep(&(struct timespec){ 0, 1000000 }, NULL);
        if (gil_blocking_end(me) != GIL_OK)
            return fail("main lost the GIL");
    }
    atomic_store(&shutdown_started, 1);
    gil_begin_shutdown(me);
    atomic_store(&shutdown_started, 2);
    /* Release and re-take a few times: the daemon must not get in. */
    for (int i = 0; i < 5; i++) {
        gil_blocking_begin(me, "sleep");
        nanosleep(&(struct timespec){ 0, 2000000 }, NULL);
        if (gil_blocking_end(me) != GIL_OK)
            return fail("shutdown owner refused the GIL");
        for (int k = 0; k < 1000; k++)
            if (!poll_gil(me))
                return fail("shutdown owner told to exit");
    }
    int bad = atomic_load(&daemon_ran_after) ? fail("daemon ran after shutdown") : 0;
    printf(" daemon stopped");
    gil_drop(me, GIL_DROP_EXIT);
    return bad;
}

/* ---- one case per child */

static int set_opt(const char *name, const char *value)
{
    char err[256];
    for (const CliOption *o = gil_options; o->name; o++)
        if (strcmp(o->name, name) == 0)
            return o->set(value, err, sizeof err);
    return -1;
}

static int run_case(const char *pol, const char *lk, int nthreads)
{
    /* The same total work at every thread count: with more threads than
     * CPUs a spinning primitive hands off once per time slice, and the case
     * must still finish in its bound. */
    iters = nthreads ? work / nthreads : work;
    if (iters < block_every * 2)
        iters = block_every * 2;
    if (set_opt("gil", pol) || set_opt("lock", lk))
        return fail("option rejected");
    if (gil_init() != 0)
        return 77;
    gil_set_check_interval(10);   /* many py26 tick drops */
    gil_set_switch_interval(0.0005);
    int bad = nthreads ? run_threads(nthreads) : run_shutdown();
    if (nthreads)
        gil_fini();
    return bad;
}

static int fork_case(const char *pol, const char *lk, int nthreads)
{
    printf("%s/%s %s:", pol, lk, nthreads ? (char[]){ (char)('0' + nthreads), 0 } : "shutdown");
    fflush(stdout);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid == 0) {
        alarm(CASE_TIMEOUT_S);
        int r = run_case(pol, lk, nthreads);
        fflush(stdout);
        _exit(r);
    }
    int st;
    waitpid(pid, &st, 0);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (WIFEXITED(st) && WEXITSTATUS(st) == 77) {
        printf(" skipped (primitive unusable here) %.2fs\n", s);
        return 0;
    }
    bool ok = WIFEXITED(st) && WEXITSTATUS(st) == 0;
    printf(" %s %.2fs\n", ok ? "ok" : WIFSIGNALED(st) && WTERMSIG(st) == SIGALRM ? "TIMEOUT (no progress)" : "FAILED", s);
    return !ok;
}

int main(void)
{
    double scale = UNDER_TSAN ? 0.1 : 1.0;
    const char *e = getenv("GIL_STRESS_SCALE");
    if (e && atof(e) > 0)
        scale = atof(e);
    work = (long)(8000 * scale);
    setvbuf(stdout, NULL, _IOLBF, 0);
    const GilTableRow *pols, *lks;
    size_t np = gil_policy_names(&pols), nl = gil_lock_names(&lks);
    int failures = 0, cases = 0;
    static const int counts[] = { 2, 4, 8, 0 };
    for (size_t i = 0; i < np; i++)
        for (size_t j = 0; j < nl; j++)
            for (size_t k = 0; k < sizeof counts / sizeof counts[0]; k++, cases++)
                failures += fork_case(pols[i].name, lks[j].name, counts[k]);
    printf("%d cases, %d failed\n", cases, failures);
    return failures ? 1 : 0;
}
