/* Unit test for sched/trace on the real GIL: two threads fight for it
 * (ticks, drop requests, a blocking call), then the intervals CSV must show
 * (1) no two threads running at once, (2) every running interval entered
 * from a waiting one on the same thread, (3) running time equal to the GIL
 * counters' hold time within 1%, (4) blocked intervals named by the call;
 * the JSON must parse (python3, when present); a tiny buffer must drop
 * events and count them. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "sched/gil.h"
#include "sched/trace.h"
#include "tests/unit/check.h"

static int set_opt(const char *name, const char *value)
{
    char err[256];
    for (const CliOption *o = trace_options; o->name; o++)
        if (strcmp(o->name, name) == 0)
            return o->set(value, err, sizeof err);
    return -1;
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static volatile double sink;

/* A VM thread's life in miniature: run, poll the breaker and ticks, block once. */
static void *worker(void *arg)
{
    GilThread *t = gil_thread_new(arg);
    if (gil_take(t) != GIL_OK)
        return NULL;
    uint64_t end = now_ns() + 60000000;
    for (int i = 0; now_ns() < end; i++) {
        for (int k = 0; k < 2000; k++)
            sink += k;
        if (--t->ticks < 0 && gil_tick(t) != GIL_OK)
            break;
        if (gil_breaker_set() && gil_service(t) != GIL_OK)
            break;
        if (i == 50) {
            gil_blocking_begin(t, "sleep");
            nanosleep(&(struct timespec){ 0, 2000000 }, NULL);
            if (gil_blocking_end(t) != GIL_OK)
                break;
        }
    }
    gil_drop(t, GIL_DROP_EXIT);
    gil_thread_free(t);
    return NULL;
}

static void run_two(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, "A");
    pthread_create(&b, NULL, worker, "B");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
}

typedef struct Iv { unsigned thread; char state[16]; unsigned long long s, e; char detail[16]; } Iv;

static int iv_cmp(const void *x, const void *y)
{
    const Iv *a = x, *b = y;
    return a->s < b->s ? -1 : a->s > b->s;
}

static size_t load(const char *path, Iv *v, size_t cap)
{
    FILE *f = fopen(path, "r");
    char line[512];
    size_t n = 0;
    CHECK(f != NULL);
    if (!f)
        return 0;
    CHECK(fgets(line, sizeof line, f) && strcmp(line, "thread,tid,name,state,start_ns,end_ns,cpu,detail\n") == 0);
    while (n < cap && fgets(line, sizeof line, f)) {
        Iv *x = &v[n];
        x->detail[0] = 0;
        int got = sscanf(line, "%u,%*d,%*[^,],%15[^,],%llu,%llu,%*d,%15[^\n]", &x->thread, x->state,
                         &x->s, &x->e, x->detail);
        CHECK(got >= 4);
        CHECK(x->e >= x->s);
        n++;
    }
    fclose(f);
    return n;
}

static void check_intervals(const char *csv, double hold_s)
{
    static Iv v[200000];
    size_t n = load(csv, v, sizeof v / sizeof v[0]);
    qsort(v, n, sizeof v[0], iv_cmp);
    unsigned long long last_end = 0, running_ns = 0;
    size_t runs = 0, blocked = 0;
    bool ran[2] = { false, false };
    for (size_t i = 0; i < n; i++) {
        if (strcmp(v[i].state, "blocked") == 0) {
            blocked++;
            CHECK(strcmp(v[i].detail, "sleep") == 0);
        }
        if (strcmp(v[i].state, "running") != 0)
            continue;
        runs++;
        ran[v[i].thread & 1] = true;
        CHECK(v[i].s >= last_end);              /* never two holders at once */
        last_end = v[i].e;
        running_ns += v[i].e - v[i].s;
        bool entered = false;                   /* a waiting interval ends where this starts */
        for (size_t j = 0; j < n && !entered; j++)
            entered = v[j].thread == v[i].thread && strcmp(v[j].state, "waiting") == 0 && v[j].e == v[i].s;
        CHECK(entered);
    }
    CHECK(ran[0] && ran[1]);                   /* both threads got the GIL */
    CHECK(blocked == 2);
    double ratio = (double)running_ns / 1e9 / hold_s;
    printf("intervals: %zu running, %.6f s; GIL hold %.6f s; ratio %.5f\n", runs,
           (double)running_ns / 1e9, hold_s, ratio);
    CHECK(ratio > 0.99 && ratio < 1.01);
}

int main(void)
{
    char json[] = "/tmp/test_trace_XXXXXX", csv[64], cmd[256];
    int fd = mkstemp(json);
    close(fd);
    snprintf(csv, sizeof csv, "%s.intervals.csv", json);
    CHECK(set_opt("trace", json) == 0);
    CHECK(set_opt("trace-buffer", "0") == -1);
    if (gil_init() != 0)
        return 1;
    run_two();
    GilTotals g;
    gil_totals(&g);
    CHECK(trace_dropped() == 0);
    CHECK(trace_finish() == 0);
    check_intervals(csv, g.hold_s);
    snprintf(cmd, sizeof cmd, "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); "
             "sys.exit(0 if len(d[\"traceEvents\"]) > 10 else 1)' %s", json);
    if (system("command -v python3 >/dev/null") == 0)
        CHECK(system(cmd) == 0);

    CHECK(set_opt("trace", json) == 0);          /* second run: tiny buffers */
    CHECK(set_opt("trace-buffer", "8") == 0);
    run_two();
    CHECK(trace_dropped() > 0);
    CHECK(trace_finish() == 0);
    unlink(json);
    unlink(csv);
    gil_fini();
    return check_done("test_trace");
}
