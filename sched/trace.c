/* sched/trace.c — GIL event recording (--trace=FILE).
 *
 * Protocol (see trace_buf.h for the buffer invariants).
 *   - trace_on is written only while options are parsed (single-threaded);
 *     emitters read it without ordering.  trace_finish stops recording
 *     through `stopped` (atomic), since threads may still be emitting.
 *   - Each thread reaches its own buffer through a thread-local pointer,
 *     registered on first use under reg_lock (once per thread, never on the
 *     GIL's fast path after that).  Appending is a plain store plus a
 *     release store of n: no lock, no wait, so the GIL holder never waits
 *     on the tracer.  A full buffer counts drops and keeps the first drop's
 *     time; it never blocks and never overwrites.
 *   - --trace-window=MS bounds the recording: each thread after main that
 *     registers moves window_end to MS past its start (CAS, forward only),
 *     so the window covers all of a program's threads once they all run;
 *     the first event stamped past it sets `stopped`, for good.  Tracing a whole run would picture a different
 *     run: each event costs two clock reads, which on a 2.6-style GIL
 *     changing hands every microsecond widens every handoff.
 *   - trace_finish stops recording, then reads every buffer up to its
 *     published n.  It frees the buffers of threads that ended (their owner
 *     let go in trace_thread_end and never writes again) and keeps the
 *     others reachable in `leftover`: a daemon thread still running may be
 *     past its trace_on check.  It bumps reg_gen so that no thread uses a
 *     pointer from before (a later registration starts a new buffer).
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>
#include "sched/record.h"
#include "sched/trace.h"
#include "sched/trace_buf.h"
#include "sched/trace_out.h"
#include "sched/trace_sched.h"

bool trace_on;

enum { TRACE_DEFAULT_EVENTS = 1 << 20 };

static const char *opt_file, *opt_csv;
static size_t opt_buffer = TRACE_DEFAULT_EVENTS;   /* events per thread */
static bool opt_sched;
static double opt_window_ms;            /* 0: the whole run */
static _Atomic uint64_t window_end;     /* 0 until a thread after main registers */

static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static TraceBuf *reg_head;   /* newest first; guarded by reg_lock */
static unsigned reg_count;   /* guarded by reg_lock */
static bool reg_failed;      /* an allocation failed: reported at finish */
static _Atomic bool stopped;  /* set by trace_finish, cleared by --trace */
static _Atomic unsigned reg_gen = 1; /* bumped by trace_finish: older buffers are gone */
static TraceBuf *leftover;   /* buffers of threads alive at trace_finish */
static __thread TraceBuf *my_buf;
static __thread unsigned my_gen;

/* This thread's buffer, unless trace_finish freed it since it registered. */
static TraceBuf *mine(void)
{
    return my_gen == atomic_load_explicit(&reg_gen, memory_order_relaxed) ? my_buf : NULL;
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static TraceBuf *buf_register(const char *name)
{
    TraceBuf *b = calloc(1, sizeof *b + opt_buffer * sizeof(TraceRec));
    pthread_mutex_lock(&reg_lock);
    if (!b) {
        reg_failed = true;
    } else {
        b->tid = (int)syscall(SYS_gettid);
        b->cap = opt_buffer;
        snprintf(b->name, sizeof b->name, "%s", name);
        b->index = reg_count++;
        b->next = reg_head;
        reg_head = b;
    }
    my_gen = atomic_load_explicit(&reg_gen, memory_order_relaxed);
    pthread_mutex_unlock(&reg_lock);
    return b;
}

void trace_emit_(TraceEvent ev, uint32_t arg, const char *label)
{
    if (atomic_load_explicit(&stopped, memory_order_relaxed))
        return;
    TraceBuf *b = mine();
    if (!b) {
        char name[32];
        snprintf(name, sizeof name, "tid %ld", (long)syscall(SYS_gettid));
        b = my_buf = buf_register(name);
        if (!b)
            return;
    }
    size_t n = atomic_load_explicit(&b->n, memory_order_relaxed);
    if (n == b->cap) {
        if (atomic_fetch_add_explicit(&b->dropped, 1, memory_order_relaxed) == 0)
            atomic_store_explicit(&b->drop_t, now_ns(), memory_order_relaxed);
        return;
    }
    uint64_t t = now_ns();
    uint64_t end = atomic_load_explicit(&window_end, memory_order_relaxed);
    if (end && t > end) {
        atomic_store_explicit(&stopped, true, memory_order_relaxed);
        return;
    }
    TraceRec *r = &b->rec[n];
    r->t_ns = t;
    /* The thread's name is the track's already; a name string may not outlive the thread. */
    r->label = ev == TR_THREAD_START || ev == TR_THREAD_EXIT ? NULL : label;
    r->arg = arg;
    r->ev = (uint16_t)ev;
    r->cpu = (int16_t)sched_getcpu();
    /* Publishes the filled record to trace_finish (acquire load there). */
    atomic_store_explicit(&b->n, n + 1, memory_order_release);
}

void trace_thread_begin(const char *name)
{
    if (!trace_on || atomic_load_explicit(&stopped, memory_order_relaxed))
        return;
    if (!mine()) {
        my_buf = buf_register(name ? name : "?");
    } else if (name) {
        pthread_mutex_lock(&reg_lock);
        snprintf(my_buf->name, sizeof my_buf->name, "%s", name);
        pthread_mutex_unlock(&reg_lock);
    }
    if (my_buf && my_buf->index == 0 && opt_sched)
        trace_sched_start(opt_file);
    if (my_buf && my_buf->index > 0 && opt_window_ms > 0) {
        uint64_t want = now_ns() + (uint64_t)(opt_window_ms * 1e6);
        uint64_t cur = atomic_load_explicit(&window_end, memory_order_relaxed);
        while (cur < want && !atomic_compare_exchange_weak(&window_end, &cur, want))
            ;
    }
}

/* The buffer stays registered for trace_finish; the thread lets go of it
 * so that a later registration on this thread starts a new track. */
void trace_thread_end(void)
{
    TraceBuf *b = mine();
    my_buf = NULL;
    if (b)
        atomic_store_explicit(&b->ended, true, memory_order_release);
}

uint64_t trace_dropped(void)
{
    uint64_t d = 0;
    pthread_mutex_lock(&reg_lock);
    for (TraceBuf *b = reg_head; b; b = b->next)
        d += atomic_load_explicit(&b->dropped, memory_order_relaxed);
    pthread_mutex_unlock(&reg_lock);
    return d;
}

/* ---- writing */

static int write_file(const char *path, int (*out)(FILE *, TraceBuf **, size_t, uint64_t, const char *),
                      TraceBuf **v, size_t n, uint64_t t0, const char *kernel)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "gilvm: trace: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    setvbuf(f, NULL, _IOFBF, 1 << 20);   /* traces run to hundreds of MB */
    int rc = out(f, v, n, t0, kernel);
    if (fclose(f) != 0 || rc != 0) {
        fprintf(stderr, "gilvm: trace: error writing %s\n", path);
        return -1;
    }
    return 0;
}

static int out_csv(FILE *f, TraceBuf **v, size_t n, uint64_t t0, const char *kernel)
{
    (void)kernel;
    return trace_out_csv(f, v, n, t0);
}

static void report_drops(TraceBuf **v, size_t n)
{
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++)
        total += atomic_load_explicit(&v[i]->dropped, memory_order_relaxed);
    if (total)
        fprintf(stderr, "gilvm: trace: %llu events dropped (buffers of %zu events per thread; "
                "raise --trace-buffer)\n", (unsigned long long)total, opt_buffer);
    if (reg_failed)
        fprintf(stderr, "gilvm: trace: out of memory: some threads were not traced\n");
}

/* Earliest recorded event: the timeline's origin. */
static uint64_t first_time(TraceBuf **v, size_t n)
{
    uint64_t t0 = UINT64_MAX;
    for (size_t i = 0; i < n; i++)
        if (atomic_load_explicit(&v[i]->n, memory_order_acquire) && v[i]->rec[0].t_ns < t0)
            t0 = v[i]->rec[0].t_ns;
    return t0 == UINT64_MAX ? now_ns() : t0;
}

/* The intervals CSV: --trace-csv, else next to the JSON. */
static const char *csv_path(char *buf, size_t len)
{
    if (opt_csv)
        return opt_csv;
    snprintf(buf, len, "%s.intervals.csv", opt_file);
    return buf;
}

int trace_check_targets(char *err, size_t n)
{
    char buf[4096], why[200];
    const char *paths[2] = { opt_file, opt_file ? csv_path(buf, sizeof buf) : NULL };
    for (int i = 0; i < 2; i++)
        if (paths[i] && record_check_target(paths[i], NULL, why, sizeof why) != 0) {
            snprintf(err, n, "--trace%s=%s: %s", i ? "-csv" : "", paths[i], why);
            return -1;
        }
    return 0;
}

void trace_after_fork_child(void)
{
    trace_on = false;
    atomic_store_explicit(&stopped, true, memory_order_relaxed);
    opt_file = opt_csv = NULL;
}

int trace_finish(void)
{
    if (!opt_file)
        return 0;
    atomic_store_explicit(&stopped, true, memory_order_relaxed);
    pthread_mutex_lock(&reg_lock);
    size_t n = reg_count;
    TraceBuf **v = calloc(n ? n : 1, sizeof *v);
    for (TraceBuf *b = reg_head; b && v; b = b->next)
        v[b->index] = b;
    pthread_mutex_unlock(&reg_lock);
    if (!v) {
        fprintf(stderr, "gilvm: trace: out of memory writing %s\n", opt_file);
        return -1;
    }
    /* A thread still running when the window closed is cut there, not at its last event. */
    uint64_t end = atomic_load_explicit(&window_end, memory_order_relaxed);
    for (size_t i = 0; i < n && end && now_ns() > end; i++)
        v[i]->cut_t = end;
    uint64_t t0 = first_time(v, n);
    char *kernel = opt_sched ? trace_sched_finish(v, n, t0) : NULL;
    char csv_default[4096];
    const char *csv = csv_path(csv_default, sizeof csv_default);
    int rc = write_file(opt_file, trace_out_json, v, n, t0, kernel);
    if (write_file(csv, out_csv, v, n, t0, NULL) != 0)
        rc = -1;
    report_drops(v, n);
    free(kernel);
    for (size_t i = 0; i < n; i++) {
        if (atomic_load_explicit(&v[i]->ended, memory_order_acquire)) {
            free(v[i]);
        } else {
            v[i]->next = leftover;
            leftover = v[i];
        }
    }
    free(v);
    pthread_mutex_lock(&reg_lock);
    reg_head = NULL;
    reg_count = 0;
    atomic_fetch_add_explicit(&reg_gen, 1, memory_order_relaxed);
    pthread_mutex_unlock(&reg_lock);
    opt_file = NULL;
    return rc;
}

/* ---- options */

static int set_trace(const char *v, char *err, size_t n)
{
    if (!v || !*v) {
        snprintf(err, n, "--trace needs a file name");
        return -1;
    }
    opt_file = v;
    trace_on = true;
    atomic_store_explicit(&stopped, false, memory_order_relaxed);
    return 0;
}

static int set_trace_csv(const char *v, char *err, size_t n)
{
    if (!v || !*v) {
        snprintf(err, n, "--trace-csv needs a file name");
        return -1;
    }
    opt_csv = v;
    return 0;
}

static int set_buffer(const char *v, char *err, size_t n)
{
    char *end;
    errno = 0;
    unsigned long long k = strtoull(v ? v : "", &end, 10);
    if (errno || !v || !*v || *end || k < 1 || k > (1ull << 28)) {
        snprintf(err, n, "--trace-buffer: want a number of events per thread, 1..%llu; got '%s'",
                 1ull << 28, v ? v : "");
        return -1;
    }
    opt_buffer = (size_t)k;
    return 0;
}

static int set_window(const char *v, char *err, size_t n)
{
    char *end;
    errno = 0;
    double ms = strtod(v ? v : "", &end);
    if (errno || !v || end == v || *end || !(ms > 0) || ms > 1e7) {
        snprintf(err, n, "--trace-window: want milliseconds > 0; got '%s'", v ? v : "");
        return -1;
    }
    opt_window_ms = ms;
    return 0;
}

static int set_sched(const char *v, char *err, size_t n)
{
    (void)v; (void)err; (void)n;
    opt_sched = true;
    return 0;
}

const CliOption trace_options[] = {
    { "trace", "FILE", "GILVM_TRACE", "off", "record GIL events; write Chrome trace JSON to FILE "
      "and intervals to FILE.intervals.csv", set_trace },
    { "trace-csv", "FILE", NULL, "FILE.intervals.csv", "where --trace writes its intervals CSV",
      set_trace_csv },
    { "trace-buffer", "N", "GILVM_TRACE_BUFFER", "1048576", "trace events kept per thread; "
      "more are dropped and counted", set_buffer },
    { "trace-window", "MS", "GILVM_TRACE_WINDOW", "whole run", "with --trace: record only until MS ms "
      "after the last thread started (bounds the tracer's cost)", set_window },
    { "trace-sched", NULL, NULL, "off", "with --trace: also record the kernel's sched_switch/"
      "wakeup/migrate events (perf) into the same timeline", set_sched },
    { NULL, NULL, NULL, NULL, NULL, NULL },
};
