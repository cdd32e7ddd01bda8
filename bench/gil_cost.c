/* bench/gil_cost.c — what the GIL costs a single thread, per instruction.
 *
 * The eval loop polls at every instruction boundary (vm/runtime/eval.c TICK: the
 * breaker word and the tick budget, one predictable branch) and calls the
 * slow path when the budget runs out.  This program runs the same
 * dependent-arithmetic "instruction" loop without polling (the floor) and
 * with gilvm's polling under each policy (from the table), one registered
 * thread holding the GIL, and prints the extra nanoseconds per instruction
 * (median of REPS runs, runs interleaved).  Relate it to gilvm's ns per
 * instruction on bench/countdown.py for the overhead in percent.
 *
 * usage: gil_cost [INSTRUCTIONS [REPS]]   (defaults 200000000 and 7)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "sched/gil.h"

static long n_instr = 200000000;
static int reps = 7;

/* CPU time of this thread: other load on the machine does not count. */
static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* One "instruction": a dependent multiply-add the compiler cannot fold. */
#define WORK(x) ((x) = (x) * 2862933555777941757ull + 3037000493ull)

static __attribute__((noinline)) uint64_t run_floor(long n)
{
    uint64_t x = 1;
    for (long i = 0; i < n; i++) {
        WORK(x);
        __asm__ __volatile__("" : "+r"(x));
    }
    return x;
}

static __attribute__((noinline, cold)) void slow(GilThread *t)
{
    if (t->ticks < 0)
        gil_tick(t);
    if (gil_breaker_set())
        gil_service(t);
}

static __attribute__((noinline)) uint64_t run_polled(GilThread *t, long n)
{
    uint64_t x = 1;
    for (long i = 0; i < n; i++) {
        WORK(x);
        __asm__ __volatile__("" : "+r"(x));
        if (__builtin_expect((int)gil_breaker_set() | (int)((t->ticks -= 1) < 0), 0))
            slow(t);
    }
    return x;
}

static int cmp_d(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_d);
    return v[n / 2];
}

static int set_opt(const char *name, const char *value)
{
    char err[256];
    for (const CliOption *o = gil_options; o->name; o++)
        if (strcmp(o->name, name) == 0)
            return o->set(value, err, sizeof err);
    return -1;
}

/* In a child (one GIL per process): ns per instruction, polled, and the floor. */
static void measure(const char *policy, double *polled_ns, double *floor_ns)
{
    int fd[2];
    if (pipe(fd) != 0)
        exit(2);
    if (fork() == 0) {
        double r[2] = { -1, -1 };
        if (set_opt("gil", policy) == 0 && gil_init() == 0) {
            GilThread *t = gil_thread_new("main");
            if (gil_take(t) == GIL_OK) {
                double t0 = now_s();
                uint64_t a = run_polled(t, n_instr);
                double t1 = now_s();
                uint64_t b = run_floor(n_instr);
                double t2 = now_s();
                if (a == b) {   /* same work done */
                    r[0] = (t1 - t0) * 1e9 / (double)n_instr;
                    r[1] = (t2 - t1) * 1e9 / (double)n_instr;
                }
            }
        }
        if (write(fd[1], r, sizeof r) != (ssize_t)sizeof r)
            _exit(1);
        _exit(0);
    }
    double r[2] = { -1, -1 };
    if (read(fd[0], r, sizeof r) != (ssize_t)sizeof r)
        r[0] = r[1] = -1;
    close(fd[0]);
    close(fd[1]);
    wait(NULL);
    *polled_ns = r[0];
    *floor_ns = r[1];
}

int main(int argc, char **argv)
{
    if (argc > 1)
        n_instr = atol(argv[1]);
    if (argc > 2)
        reps = atoi(argv[2]);
    if (n_instr < 1000 || reps < 1 || reps > 99) {
        fprintf(stderr, "usage: gil_cost [INSTRUCTIONS>=1000 [REPS 1..99]]\n");
        return 2;
    }
    const GilTableRow *rows;
    size_t np = gil_policy_names(&rows);
    double polled[16][99], floor_ns[16][99];
    if (np > 16)
        np = 16;
    for (int r = 0; r < reps; r++)
        for (size_t i = 0; i < np; i++)
            measure(rows[i].name, &polled[i][r], &floor_ns[i][r]);
    printf("# gil_cost: %ld instructions, median of %d interleaved runs, one thread\n", n_instr, reps);
    for (size_t i = 0; i < np; i++) {
        double p = median(polled[i], reps), f = median(floor_ns[i], reps);
        printf("gil_cost %-6s polled %.3f ns/instr  floor %.3f ns/instr  extra %+.3f ns/instr (%+.1f%%)\n",
               rows[i].name, p, f, p - f, f > 0 ? (p - f) * 100 / f : 0.0);
    }
    return 0;
}
