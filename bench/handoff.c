/* bench/handoff.c — GIL handoff latency per lock primitive.
 *
 * Two threads ping-pong the GIL through sched/gil.h under the fifo policy
 * (direct handoff, so every release goes to the other thread): a holder
 * stamps the time, drops (voluntary) and queues for the GIL again; the
 * other thread, woken by the primitive, takes it and records now - stamp.
 * Alternation needs the dropper to be queued again before the other thread
 * drops: so on two CPUs a holder first waits (busy, GIL held, as a VM
 * thread running bytecode) until the other thread has announced that it is
 * taking again, plus QUEUE_NS for it to get into the queue (it may have to
 * wake up to get the policy's mutex first).  On one CPU the other thread
 * cannot run while we spin, and the wake-up usually preempts the dropper
 * before it queues again, so the woken thread then runs alone for a time
 * slice: hence the smaller sample counts there.  Only takes of a GIL the
 * other thread dropped are samples.
 * Run on two CPUs (0,1) and on one (0) with sched_setaffinity, each
 * primitive in its own child process (the GIL is per process), against a
 * floor measured in the same run: a bare futex ping-pong (the cheapest
 * sleep/wake the kernel offers) and `perf bench sched pipe` when installed
 * (its usecs/op is a round trip: two wake-ups, so half is shown).
 * A time budget per case bounds primitives that cannot hand off on one CPU
 * (spin waits out the holder's time slice).  Output: one line per case with
 * the sample count, median and p99 in microseconds, and median / floor.
 *
 * usage: handoff [SAMPLES [SECONDS]]   (defaults 20000 and 3)
 */
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "sched/gil.h"

static long max_samples = 20000;
static double budget_s = 3.0;
enum { WARMUP = 200, QUEUE_NS = 30000, ANNOUNCE_MAX_NS = 2000000 };
static int case_cpus;
static _Atomic int wants[2];

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct Result { long n; double median_us, p99_us; } Result;

static Result summarise(uint64_t *v, long n)
{
    Result r = { n, 0, 0 };
    if (n == 0)
        return r;
    qsort(v, (size_t)n, sizeof *v, cmp_u64);
    r.median_us = (double)v[n / 2] / 1e3;
    r.p99_us = (double)v[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1] / 1e3;
    return r;
}

static void pin(int ncpus)
{
    cpu_set_t s;
    CPU_ZERO(&s);
    for (int c = 0; c < ncpus; c++)
        CPU_SET(c, &s);
    if (sched_setaffinity(0, sizeof s, &s) != 0) {
        perror("handoff: sched_setaffinity");
        exit(2);
    }
}

/* ---- the floor: bare futex ping-pong */

static _Atomic uint32_t turn;
static _Atomic uint64_t stamp;
static _Atomic int stop;
static uint64_t *samples;
static _Atomic long nsamples;

static void *futex_side(void *arg)
{
    uint32_t me = (uint32_t)(intptr_t)arg;
    for (long i = 0;; i++) {
        uint32_t t;
        while ((t = atomic_load(&turn)) != me && t != 2)
            syscall(SYS_futex, &turn, FUTEX_WAIT_PRIVATE, t, NULL, NULL, 0);
        if (t == 2)
            return NULL;
        uint64_t now = now_ns();
        long k = atomic_load(&nsamples);
        if (i > WARMUP / 2 && k < max_samples) {
            samples[k] = now - atomic_load(&stamp);
            atomic_store(&nsamples, k + 1);
        }
        bool done = atomic_load(&nsamples) >= max_samples || atomic_load(&stop);
        atomic_store(&stamp, now_ns());
        atomic_store(&turn, done ? 2 : 1 - me);
        syscall(SYS_futex, &turn, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
        if (done)
            return NULL;
    }
}

static void *timer(void *arg)
{
    uint64_t end = now_ns() + (uint64_t)(budget_s * 1e9);
    while (!atomic_load(&stop) && now_ns() < end)
        usleep(10000);
    atomic_store(&stop, 1);
    return NULL;
}

static Result futex_floor(void)
{
    pthread_t a, b, t;
    atomic_store(&turn, 0);
    atomic_store(&stop, 0);
    atomic_store(&nsamples, 0);
    pthread_create(&t, NULL, timer, NULL);
    pthread_create(&a, NULL, futex_side, (void *)0);
    pthread_create(&b, NULL, futex_side, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    atomic_store(&stop, 1);
    pthread_join(t, NULL);
    return summarise(samples, atomic_load(&nsamples));
}

/* ---- perf bench sched pipe: round trip through two pipes, two processes */

static double perf_pipe_us(void)
{
    FILE *p = popen("perf bench sched pipe -l 20000 2>/dev/null", "r");
    if (!p)
        return -1;
    char line[256];
    double us = -1;
    while (fgets(line, sizeof line, p))
        if (strstr(line, "usecs/op"))
            sscanf(line, " %lf", &us);
    if (pclose(p) != 0)
        return -1;
    return us;
}

/* ---- the GIL ping-pong */

static _Atomic int last_dropper = -1;

static void *gil_side(void *arg)
{
    int me = (int)(intptr_t)arg;
    GilThread *t = gil_thread_new(me ? "pong" : "ping");
    if (gil_take(t) != GIL_OK)
        exit(3);
    for (long i = 0;; i++) {
        uint64_t now = now_ns();
        atomic_store(&wants[me], 0);
        if (case_cpus > 1) {
            while (!atomic_load(&wants[1 - me]) && now_ns() - now < ANNOUNCE_MAX_NS)
                ;
            uint64_t seen = now_ns();
            while (now_ns() - seen < QUEUE_NS)
                ;
        }
        /* Only a real handoff counts: the GIL came from the other thread. */
        if (atomic_load(&last_dropper) == 1 - me && i > WARMUP / 2) {
            long k = atomic_load(&nsamples);
            if (k < max_samples) {
                samples[k] = now - atomic_load(&stamp);
                atomic_store(&nsamples, k + 1);
            }
        }
        bool done = atomic_load(&nsamples) >= max_samples || atomic_load(&stop);
        atomic_store(&last_dropper, me);
        atomic_store(&stamp, now_ns());
        gil_blocking_begin(t, "handoff");
        if (done)
            break;
        atomic_store(&wants[me], 1);
        if (gil_blocking_end(t) != GIL_OK)
            exit(3);
    }
    gil_thread_free(t);
    return NULL;
}

static int set_opt(const char *name, const char *value)
{
    char err[256];
    for (const CliOption *o = gil_options; o->name; o++)
        if (strcmp(o->name, name) == 0 && o->set(value, err, sizeof err) == 0)
            return 0;
    return -1;
}

/* In a child: returns its Result through a pipe. */
static Result gil_case(const char *prim)
{
    if (set_opt("gil", "fifo") || set_opt("lock", prim) || gil_init() != 0)
        return (Result){ -1, 0, 0 };
    gil_set_switch_interval(1.0);   /* no drop requests: pure handoffs */
    pthread_t a, b, t;
    atomic_store(&stop, 0);
    atomic_store(&nsamples, 0);
    pthread_create(&t, NULL, timer, NULL);
    pthread_create(&a, NULL, gil_side, (void *)0);
    pthread_create(&b, NULL, gil_side, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    atomic_store(&stop, 1);
    pthread_join(t, NULL);
    gil_fini();
    return summarise(samples, atomic_load(&nsamples));
}

static Result in_child(const char *prim, int ncpus)
{
    int fd[2];
    if (pipe(fd) != 0) {
        perror("handoff: pipe");
        exit(2);
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        pin(ncpus);
        case_cpus = ncpus;
        Result r = gil_case(prim);
        if (write(fd[1], &r, sizeof r) != (ssize_t)sizeof r)
            _exit(1);
        _exit(0);
    }
    close(fd[1]);
    Result r = { -1, 0, 0 };
    if (read(fd[0], &r, sizeof r) != (ssize_t)sizeof r)
        r.n = -1;
    close(fd[0]);
    waitpid(pid, NULL, 0);
    return r;
}

static void print_row(int ncpus, const char *what, Result r, double floor_us)
{
    if (r.n < 0) {
        printf("handoff cpus=%d %-10s unavailable\n", ncpus, what);
        return;
    }
    printf("handoff cpus=%d %-10s n=%-6ld median=%8.2fus p99=%8.2fus  x%.1f floor\n", ncpus, what,
           r.n, r.median_us, r.p99_us, floor_us > 0 ? r.median_us / floor_us : 0.0);
}

int main(int argc, char **argv)
{
    if (argc > 1)
        max_samples = atol(argv[1]);
    if (argc > 2)
        budget_s = atof(argv[2]);
    if (max_samples < 10 || budget_s <= 0) {
        fprintf(stderr, "usage: handoff [SAMPLES>=10 [SECONDS>0]]\n");
        return 2;
    }
    samples = calloc((size_t)max_samples, sizeof *samples);
    if (!samples)
        return 2;
    setvbuf(stdout, NULL, _IOLBF, 0);
    struct utsname u;
    uname(&u);
    printf("# handoff: %s %s, %ld CPUs online, %ld samples or %.1fs per case, policy fifo\n",
           u.nodename, u.release, sysconf(_SC_NPROCESSORS_ONLN), max_samples, budget_s);
    const GilTableRow *rows;
    size_t n = gil_lock_names(&rows);
    for (int ncpus = 2; ncpus >= 1; ncpus--) {
        if (ncpus > sysconf(_SC_NPROCESSORS_ONLN))
            continue;
        pin(ncpus);
        Result fl = futex_floor();
        print_row(ncpus, "floor", fl, fl.median_us);
        double pp = perf_pipe_us();
        if (pp > 0)
            printf("handoff cpus=%d %-10s median=%8.2fus (half of perf's round trip)  x%.1f floor\n",
                   ncpus, "perf-pipe", pp / 2, pp / 2 / fl.median_us);
        for (size_t i = 0; i < n; i++)
            print_row(ncpus, rows[i].name, in_child(rows[i].name, ncpus), fl.median_us);
    }
    free(samples);
    return 0;
}
