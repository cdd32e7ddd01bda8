/* sched/measure.c — what the OS did during a run (see measure.h for the
 * call order).
 *
 * Shared state and who touches it.
 *   - Options and the process-wide counter list (proc) are written on the
 *     main thread before any other VM thread exists (option parsing,
 *     measure_init) and read by measure_finish on the main thread again.
 *   - Each VM thread owns one MThread.  index, tid and name are set before
 *     the entry is linked and never change.  Until the owner sets `done`
 *     (under mt_lock), only the owner touches ru, cpu_ns, migrations and
 *     the schedstat fields; once `done` is set nobody writes the entry again and
 *     the owner never looks at it again.
 *   - mt_lock guards the list links, mt_count, `done`, `closed` and
 *     leftover.  measure_finish takes one snapshot under it: it closes the
 *     registry, takes the finished entries for itself (their owners are
 *     gone from them), copies index/tid/name of the still-running ones and
 *     moves those to leftover.  It reports from the snapshot without the
 *     lock, so it never reads a field a running thread may be writing, and
 *     never holds mt_lock while calling into the GIL module.
 *   - A daemon thread still running at measure_finish keeps its entry: it
 *     may fill and close its counters whenever it ends, then, seeing the
 *     registry closed, unlinks its entry from leftover and frees it itself
 *     (a thread that never ends leaves it reachable).  A thread that begins
 *     after the close is not measured.
 *   - Nothing here runs while the GIL is contended except thread start and
 *     end, so a mutex costs nothing that matters.
 *   - The record is written once: whoever first sets `claimed` (atomic
 *     exchange) writes it — measure_finish on the main thread, or the
 *     --timeout watchdog on its own thread, which then _exits.  Until then
 *     the watchdog reads only what is fixed before VM threads start (the
 *     options, proc's descriptors, the run description) and what is
 *     guarded for concurrent readers (mt_lock, the GIL's registry, the
 *     tracer's buffers), so it needs neither the GIL nor any VM thread.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdatomic.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include "sched/cpuctl.h"
#include "sched/cpuprobe.h"
#include "sched/emulate.h"
#include "sched/gil.h"
#include "sched/measure.h"
#include "sched/osinfo.h"
#include "sched/pace.h"
#include "sched/perf.h"
#include "sched/record.h"
#include "sched/trace.h"
#include "sched/watchdog.h"

int measure_stats_wanted;
static const char *opt_csv, *opt_json;
static const char *opt_events =
    "task-clock,context-switches,cpu-migrations,page-faults,minor-faults,major-faults,"
    "cycles,instructions,cache-misses,branch-misses";

static bool counting;          /* counters wanted: --stats, --csv or --json */
static PerfEvlist proc;        /* whole process, inherit */
static char perf_note[256];    /* why some perf values are absent */
static uint64_t t_start_ns;
static char cpu_probe[256];    /* cpuprobe_run's reading, taken before t_start_ns */
static double opt_timeout;     /* --timeout seconds; 0: none */
static bool forked;            /* a fork(2) child: measure_after_fork_child */
static atomic_bool claimed;    /* the record is being written (see the top comment) */
static MeasureRun described;   /* script and arguments, for a record the watchdog writes */
static bool foreign;           /* measuring another program (measure_foreign) */
static void (*stop_foreign)(void);

static const char *prog(void) { return foreign ? "gilrun" : "gilvm"; }   /* names us in messages */

/* A thread's own figures come from what the kernel keeps per thread anyway
 * (rusage, its CPU clock, schedstat, the scheduler's migration count), read
 * once as it ends, never from perf events of its own.  A second set beside
 * the process's inherited one doubled the perf work at every context
 * switch, and that work changes how fast a sleeping thread wakes on a VM
 * (an echo loop here: 33k requests/s with one event per thread, 43k with
 * twelve), so gilvm's runs and gilrun's peers, which carry only the
 * inherited set, were measured under different conditions. */
typedef struct MThread {
    struct MThread *next;
    unsigned index;
    int tid;
    char name[48];
    struct rusage ru;
    uint64_t cpu_ns, wait_ns, slices;
    long long migrations;       /* -1: the kernel does not show it */
    bool schedstat_ok, done;
} MThread;

static pthread_mutex_t mt_lock = PTHREAD_MUTEX_INITIALIZER;
static MThread *mt_head;       /* newest first */
static unsigned mt_count;
static MThread *leftover;      /* entries of threads alive at measure_finish */
static bool closed;            /* measure_finish took its snapshot */
static __thread MThread *mt_self;

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- counters: opening and saying once why values are absent */

static void note_failures(const PerfEvlist *l, bool refused, char *names, size_t len)
{
    size_t used = 0;
    names[0] = 0;
    for (size_t i = 0; i < l->n; i++)
        if (l->ev[i].err && perf_err_refused(l->ev[i].err) == refused) {
            int k = snprintf(names + used, len - used, "%s%s", used ? "," : "", l->ev[i].name);
            if (k < 0 || (size_t)k >= len - used)
                break;
            used += (size_t)k;
        }
}

static void warn_absent(void)
{
    char names[160];
    int e = perf_evlist_first_err(&proc, true);
    if (e) {
        note_failures(&proc, true, names, sizeof names);
        snprintf(perf_note, sizeof perf_note, "refused (%s, perf_event_paranoid=%d): %s",
                 strerrorname_np(e), perf_paranoid(), names);
        fprintf(stderr, "%s: perf: counters refused (%s, perf_event_paranoid=%d): %s "
                "reported as absent; getrusage and /proc values still recorded\n", prog(),
                strerrorname_np(e), perf_paranoid(), names);
        return;
    }
    e = perf_evlist_first_err(&proc, false);
    if (e) {
        note_failures(&proc, false, names, sizeof names);
        bool unsupported = perf_err_unsupported(e);
        snprintf(perf_note, sizeof perf_note, "%s (%s): %s", unsupported ? "not supported" : "failed",
                 strerrorname_np(e), names);
        if (unsupported)
            fprintf(stderr, "%s: perf: %s not supported on this machine (%s: no PMU access, "
                    "e.g. a VM); reported as absent\n", prog(), names, strerrorname_np(e));
        else
            fprintf(stderr, "%s: perf: perf_event_open failed (%s: %s): %s reported as absent\n",
                    prog(),
                    strerrorname_np(e), strerror(e), names);
    }
}

static int open_process_counters(void)
{
    char err[160];
    proc.n = 0;
    perf_note[0] = 0;
    if (perf_evlist_parse(&proc, opt_events, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", prog(), err);
        return -1;
    }
    perf_evlist_open(&proc, 0, true);
    warn_absent();
    return 0;
}

static void on_timeout(void);

/* A record that cannot be written is said before the run, not after it. */
static int check_targets(char *err, size_t n)
{
    char why[200];
    char *header = opt_csv ? record_csv_header() : NULL;
    if (opt_csv && !header) {
        snprintf(err, n, "--csv=%s: out of memory", opt_csv);
        return -1;
    }
    int rc = 0;
    if (opt_csv && record_check_target(opt_csv, header, why, sizeof why) != 0) {
        snprintf(err, n, "--csv=%s: %s", opt_csv, why);
        rc = -1;
    } else if (opt_json && record_check_target(opt_json, NULL, why, sizeof why) != 0) {
        snprintf(err, n, "--json=%s: %s", opt_json, why);
        rc = -1;
    }
    free(header);
    return rc;
}

int measure_init(void)
{
    char err[256];
    if (cpuctl_apply_process(err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", prog(), err);
        return -1;
    }
    /* Only a record keeps the reading, and it is taken outside the run's
     * wall time, before any thread or child exists to be moved with us. */
    if (opt_csv || opt_json)
        cpuprobe_run(&cpuctl.in_force, cpu_probe, sizeof cpu_probe);
    t_start_ns = now_ns();
    if (check_targets(err, sizeof err) != 0 || trace_check_targets(err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", prog(), err);
        return -1;
    }
    counting = measure_stats_wanted || opt_csv || opt_json;
    if (counting && open_process_counters() != 0)
        return -1;
    /* gilvm always starts it: it also turns SIGTERM into a flush of stdout
     * before the end.  gilrun passes SIGTERM on to its program instead. */
    if ((!foreign || opt_timeout > 0)
        && watchdog_start(opt_timeout, !foreign, on_timeout, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", prog(), err);
        return -1;
    }
    return 0;
}

void measure_foreign(void (*stop_child)(void))
{
    foreign = true;
    stop_foreign = stop_child;
}

void measure_describe_run(const char *script, int argc, char **argv)
{
    described.script = script;
    described.argc = argc;
    described.argv = argv;
}

/* ---- per thread */

/* se.nr_migrations of /proc/thread-self/sched (kernels with scheduler
 * debugging), else -1. */
static void read_migrations(MThread *m)
{
    char v[32];
    if (osinfo_read_key("/proc/thread-self/sched", "se.nr_migrations", v, sizeof v) != 0 ||
        sscanf(v, "%lld", &m->migrations) != 1)
        m->migrations = -1;
}

/* Run-queue wait and time slices.  Its run time is left out: the kernel
 * brings a running thread's up to date only when it is switched out, so a
 * thread reading its own can see 0; CLOCK_THREAD_CPUTIME_ID is exact. */
static void read_schedstat(MThread *m)
{
    char line[128];
    m->schedstat_ok = osinfo_read_file("/proc/thread-self/schedstat", line, sizeof line) == 0 &&
        sscanf(line, "%*s %" SCNu64 " %" SCNu64, &m->wait_ns, &m->slices) == 2;
}

static void read_cpu_clock(MThread *m)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        m->cpu_ns = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void measure_thread_begin(const char *name)
{
    if (forked)
        return;
    MThread *m = calloc(1, sizeof *m);
    if (!m) {
        fprintf(stderr, "gilvm: measure: out of memory; thread '%s' not measured\n", name);
        return;
    }
    m->tid = (int)syscall(SYS_gettid);
    snprintf(m->name, sizeof m->name, "%s", name ? name : "?");
    pthread_mutex_lock(&mt_lock);
    bool late = closed;
    if (!late) {
        m->index = mt_count++;
        m->next = mt_head;
        mt_head = m;
    }
    pthread_mutex_unlock(&mt_lock);
    if (late) {   /* nothing would ever report it */
        free(m);
        return;
    }
    mt_self = m;
    char err[256];
    if (cpuctl_apply_thread(m->index, err, sizeof err) != 0)
        fprintf(stderr, "gilvm: warning: thread '%s': %s\n", m->name, err);
}

/* Without --stats/--csv/--json nothing is read: a thread's exit stays cheap. */
static void thread_collect(MThread *m)
{
    if (counting) {
        getrusage(RUSAGE_THREAD, &m->ru);
        read_cpu_clock(m);
        read_schedstat(m);
        read_migrations(m);
    }
    pthread_mutex_lock(&mt_lock);
    m->done = true;
    bool orphan = closed;
    if (orphan)
        for (MThread **p = &leftover; *p; p = &(*p)->next)
            if (*p == m) {
                *p = m->next;
                break;
            }
    pthread_mutex_unlock(&mt_lock);
    if (orphan)   /* measure_finish has reported without it and let it go */
        free(m);
}

void measure_thread_end(void)
{
    MThread *m = mt_self;
    if (!m || forked)
        return;
    mt_self = NULL;
    thread_collect(m);
}

/* ---- the snapshot measure_finish reports from */

typedef struct Row {
    int tid;
    char name[48];
    const MThread *m;   /* NULL: the thread was still running */
} Row;

typedef struct Snapshot {
    Row *rows;          /* by thread index; NULL if out of memory */
    unsigned n;
    MThread *done;      /* finished entries, owned by the snapshot */
} Snapshot;

static void snapshot_take(Snapshot *s)
{
    pthread_mutex_lock(&mt_lock);
    closed = true;
    s->n = mt_count;
    s->rows = calloc(s->n ? s->n : 1, sizeof *s->rows);
    s->done = NULL;
    MThread *m = mt_head;
    mt_head = NULL;
    while (m) {
        MThread *next = m->next;
        if (s->rows && m->index < s->n) {
            Row *w = &s->rows[m->index];
            w->tid = m->tid;
            memcpy(w->name, m->name, sizeof w->name);
            w->m = m->done ? m : NULL;
        }
        MThread **to = m->done ? &s->done : &leftover;
        m->next = *to;
        *to = m;
        m = next;
    }
    pthread_mutex_unlock(&mt_lock);
}

static void snapshot_free(Snapshot *s)
{
    while (s->done) {
        MThread *next = s->done->next;
        free(s->done);
        s->done = next;
    }
    free(s->rows);
}

/* ---- the record */

static double tv_s(struct timeval tv) { return (double)tv.tv_sec + (double)tv.tv_usec / 1e6; }

typedef struct Fixed { SchemaColumn col; const char *event; } Fixed;
static const Fixed fixed[] = {
    { COL_ctx_switches, "context-switches" }, { COL_cpu_migrations, "cpu-migrations" },
    { COL_task_clock_ms, "task-clock" }, { COL_page_faults, "page-faults" },
    { COL_minor_faults, "minor-faults" }, { COL_major_faults, "major-faults" },
    { COL_cycles, "cycles" }, { COL_instructions, "instructions" },
    { COL_cache_misses, "cache-misses" }, { COL_branch_misses, "branch-misses" },
};

static bool is_fixed(const PerfEvent *e)
{
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        uint32_t t;
        uint64_t c;
        if (perf_event_resolve(fixed[i].event, &t, &c) == 0 && t == e->type && c == e->config)
            return true;
    }
    return false;
}

static void set_counts(Record *r, const PerfCounts *pc)
{
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        int k = perf_evlist_find(&proc, fixed[i].event);
        if (k < 0 || !pc[k].ok)
            continue;   /* absent: empty cell */
        if (fixed[i].col == COL_task_clock_ms)
            record_set(r, fixed[i].col, "%.3f", (double)pc[k].val / 1e6);
        else
            record_set(r, fixed[i].col, "%" PRIu64, pc[k].val);
    }
    char extra[512];
    size_t used = 0;
    extra[0] = 0;
    for (size_t i = 0; i < proc.n && used < sizeof extra; i++) {
        if (is_fixed(&proc.ev[i]))
            continue;
        int k = pc[i].ok ? snprintf(extra + used, sizeof extra - used, "%s%s=%" PRIu64,
                                    used ? ";" : "", proc.ev[i].name, pc[i].val)
                         : snprintf(extra + used, sizeof extra - used, "%s%s=",
                                    used ? ";" : "", proc.ev[i].name);
        if (k > 0)
            used += (size_t)k;
    }
    record_set(r, COL_events, "%s", extra);
}

static void set_machine(Record *r)
{
    char buf[512];
    struct utsname u;
    osinfo_timestamp(buf, sizeof buf);
    record_set(r, COL_timestamp, "%s", buf);
    record_set(r, COL_tag, "%s", getenv("GILVM_TAG") ? getenv("GILVM_TAG") : "");
    if (uname(&u) == 0) {
        record_set(r, COL_host, "%s", u.nodename);
        record_set(r, COL_kernel, "%s", u.release);
    }
    osinfo_cpu_model(buf, sizeof buf);
    record_set(r, COL_cpu_model, "%s", buf);
    record_set(r, COL_ncpu_online, "%ld", sysconf(_SC_NPROCESSORS_ONLN));
    cpuctl_affinity(buf, sizeof buf);
    record_set(r, COL_cpus, "%s", buf);
    record_set(r, COL_pin, "%s", cpuctl_pin_name());
    record_set(r, COL_sched, "%s", cpuctl_sched_name());
    record_set(r, COL_rtprio, "%d", cpuctl.rtprio);
    errno = 0;
    int nice = getpriority(PRIO_PROCESS, 0);
    if (errno == 0)
        record_set(r, COL_nice, "%d", nice);
    osinfo_sched_ext(buf, sizeof buf);
    record_set(r, COL_sched_ext, "%s", buf);
    if (perf_paranoid() != -99)
        record_set(r, COL_perf_event_paranoid, "%d", perf_paranoid());
    osinfo_git_rev(buf, sizeof buf);
    record_set(r, COL_git_rev, "%s", buf);
    record_set(r, COL_libpfm4, "%d", perf_have_pfm());
    record_set(r, COL_cpu_probe_us, "%s", cpu_probe);
}

static void set_run(Record *r, const MeasureRun *run, double wall, bool timed_out)
{
    record_set(r, COL_script, "%s", run->script ? run->script : "");
    char *args = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&args, &len);
    for (int i = 0; f && i < run->argc; i++)
        fprintf(f, "%s%s", i ? " " : "", run->argv[i]);
    if (f && fclose(f) == 0)
        record_set(r, COL_args, "%s", args);
    free(args);
    record_set(r, COL_wall_s, "%.6f", wall);
    record_set(r, COL_exit_status, "%d", run->exit_status);
    record_set(r, COL_timed_out, "%d", timed_out);
    if (trace_on)
        record_set(r, COL_trace_dropped, "%" PRIu64, trace_dropped());
    record_set(r, COL_perf_note, "%s", perf_note);
}

/* What only a gilvm run knows; a foreign program leaves these absent. */
static void set_vm(Record *r, const MeasureRun *run, bool timed_out)
{
    record_set(r, COL_gil, "%s", gil_policy_name());
    record_set(r, COL_lock, "%s", gil_lock_name());
    record_set(r, COL_switch_interval_s, "%.6f", gil_get_switch_interval());
    record_set(r, COL_check_interval, "%d", gil_get_check_interval());
    record_set(r, COL_emulate, "%s", emulate_name());
    if (pace_on()) {
        record_set(r, COL_pace_work_per_instruction, "%.4f", pace_work_per_instruction());
        record_set(r, COL_pace_source, "%s", pace_source());
    }
    record_set(r, COL_threads, "%u", run->threads);
    if (!timed_out)   /* the VM's own count is not readable from the watchdog */
        record_set(r, COL_instructions_executed, "%" PRIu64, run->instructions);
}

static void set_rusage(Record *r)
{
    struct rusage ru;
    if (getrusage(foreign ? RUSAGE_CHILDREN : RUSAGE_SELF, &ru) != 0)
        return;
    record_set(r, COL_user_s, "%.6f", tv_s(ru.ru_utime));
    record_set(r, COL_sys_s, "%.6f", tv_s(ru.ru_stime));
    record_set(r, COL_maxrss_kb, "%ld", ru.ru_maxrss);
    record_set(r, COL_vol_ctx, "%ld", ru.ru_nvcsw);
    record_set(r, COL_invol_ctx, "%ld", ru.ru_nivcsw);
}

/* Sums over finished threads; absent when no thread could read schedstat. */
static void set_schedstat(Record *r, const Snapshot *s)
{
    uint64_t wait = 0, slices = 0;
    bool any = false;
    for (const MThread *m = s->done; m; m = m->next)
        if (m->schedstat_ok) {
            wait += m->wait_ns;
            slices += m->slices;
            any = true;
        }
    if (any) {
        record_set(r, COL_run_delay_ms, "%.3f", (double)wait / 1e6);
        record_set(r, COL_timeslices, "%" PRIu64, slices);
    }
}

static void set_gil(Record *r, const GilTotals *g)
{
    record_set(r, COL_gil_acquires, "%" PRIu64, g->acquires);
    record_set(r, COL_gil_contended, "%" PRIu64, g->contended);
    record_set(r, COL_gil_wait_s, "%.6f", g->wait_s);
    record_set(r, COL_gil_wait_max_s, "%.6f", g->wait_max_s);
    record_set(r, COL_gil_hold_s, "%.6f", g->hold_s);
    record_set(r, COL_gil_drop_requests, "%" PRIu64, g->drop_requests);
    record_set(r, COL_gil_forced_switches, "%" PRIu64, g->forced_switches);
    record_set(r, COL_gil_lost_wakeups, "%" PRIu64, g->lost_wakeups);
    record_set(r, COL_gil_switches, "%" PRIu64, g->switches);
    if (pace_on())
        record_set(r, COL_gil_ticks, "%" PRIu64, g->ticks);
}

static int append(const char *path, bool csv, const Record *r)
{
    char err[256];
    char *header = csv ? record_csv_header() : NULL;
    char *line = csv ? record_csv_line(r) : record_json_line(r);
    int rc = -1;
    if (!line || (csv && !header))
        snprintf(err, sizeof err, "out of memory");
    else
        rc = record_append(path, header, line, err, sizeof err);
    if (rc != 0)
        fprintf(stderr, "%s: --%s=%s: %s\n", prog(), csv ? "csv" : "json", path, err);
    free(header);
    free(line);
    return rc;
}

/* ---- --stats: perf stat's layout, then per-thread rows */

static void stats_line(FILE *f, const PerfEvent *e, const PerfCounts *c, double wall)
{
    if (!c->ok) {
        fprintf(f, "   %18s      %-22s\n", "<not supported>", e->name);
        return;
    }
    const char *mux = c->run < c->ena ? "  (scaled)" : "";
    if (perf_event_is_clock(e)) {
        double ms = (double)c->val / 1e6;
        fprintf(f, "   %18.2f msec %-22s #  %8.3f CPUs utilized%s\n", ms, e->name,
                wall > 0 ? ms / 1e3 / wall : 0.0, mux);
    } else {
        fprintf(f, "   %18" PRIu64 "      %-22s #  %8.1f /sec%s\n", c->val, e->name,
                wall > 0 ? (double)c->val / wall : 0.0, mux);
    }
}

static void stats_threads(FILE *f, const Snapshot *s)
{
    if (!s->rows) {
        fprintf(f, "\n   (per-thread rows omitted: out of memory)\n");
        return;
    }
    fprintf(f, "\n   %-7s %-16s %10s %12s %8s %8s %8s %8s %8s\n", "tid", "thread", "cpu ms",
            "runq-wait ms", "slices", "ctx-sw", "vol", "invol", "migr");
    for (unsigned i = 0; i < s->n; i++) {
        const Row *w = &s->rows[i];
        const MThread *m = w->m;
        if (!m) {
            fprintf(f, "   %-7d %-16.16s %12s  (still running at exit)\n", w->tid, w->name, "");
            continue;
        }
        char wait[32] = "-", slices[32] = "-", mg[32] = "-";
        if (m->schedstat_ok) {
            snprintf(wait, sizeof wait, "%.1f", (double)m->wait_ns / 1e6);
            snprintf(slices, sizeof slices, "%" PRIu64, m->slices);
        }
        if (m->migrations >= 0)
            snprintf(mg, sizeof mg, "%lld", m->migrations);
        fprintf(f, "   %-7d %-16.16s %10.1f %12s %8s %8ld %8ld %8ld %8s\n", w->tid, w->name,
                (double)m->cpu_ns / 1e6, wait, slices, m->ru.ru_nvcsw + m->ru.ru_nivcsw, m->ru.ru_nvcsw, m->ru.ru_nivcsw,
                mg);
    }
}

static void stats_print(FILE *f, const MeasureRun *run, const PerfCounts *pc, double wall,
                        const Snapshot *s)
{
    struct rusage ru;
    char cpus[256];
    getrusage(foreign ? RUSAGE_CHILDREN : RUSAGE_SELF, &ru);
    cpuctl_affinity(cpus, sizeof cpus);
    if (foreign)
        fprintf(f, "\n Performance counter stats for '%s' (cpus %s):\n\n",
                run->script ? run->script : "", cpus);
    else
        fprintf(f, "\n Performance counter stats for 'gilvm %s' (gil %s, lock %s, cpus %s):\n\n",
                run->script ? run->script : "", gil_policy_name(), gil_lock_name(), cpus);
    for (size_t i = 0; i < proc.n; i++)
        stats_line(f, &proc.ev[i], &pc[i], wall);
    fprintf(f, "   %18ld      %-22s #  %8.1f /sec\n", ru.ru_nvcsw, "voluntary-switches",
            wall > 0 ? (double)ru.ru_nvcsw / wall : 0.0);
    fprintf(f, "   %18ld      %-22s #  %8.1f /sec\n", ru.ru_nivcsw, "involuntary-switches",
            wall > 0 ? (double)ru.ru_nivcsw / wall : 0.0);
    if (!foreign)
        stats_threads(f, s);
    fprintf(f, "\n   %18.9f seconds time elapsed\n   %18.9f seconds user\n   %18.9f seconds sys\n\n",
            wall, tv_s(ru.ru_utime), tv_s(ru.ru_stime));
    if (!foreign)
        gil_stats_print(f);
}

/* Totals, --stats and the record, once per process (the caller claimed it). */
static int report(const MeasureRun *run, bool timed_out)
{
    double wall = (double)(now_ns() - t_start_ns) / 1e9;
    PerfCounts pc[PERF_MAX_EVENTS] = { { 0 } };
    if (counting && perf_evlist_read(&proc, pc) != 0)
        fprintf(stderr, "%s: warning: reading the process counters failed\n", prog());
    int rc = 0;
    Snapshot snap;
    snapshot_take(&snap);
    if (measure_stats_wanted)
        stats_print(stderr, run, pc, wall, &snap);
    if (opt_csv || opt_json) {
        Record r = { { NULL } };
        GilTotals g;
        gil_totals(&g);
        set_machine(&r);
        set_run(&r, run, wall, timed_out);
        set_rusage(&r);
        set_counts(&r, pc);
        set_schedstat(&r, &snap);
        if (!foreign) {
            set_vm(&r, run, timed_out);
            set_gil(&r, &g);
        }
        if (opt_csv && append(opt_csv, true, &r) != 0)
            rc = -1;
        if (opt_json && append(opt_json, false, &r) != 0)
            rc = -1;
        record_free(&r);
    }
    perf_evlist_close(&proc);
    snapshot_free(&snap);
    return rc;
}

/* The perf counters opened with `inherit` go on counting in the child
 * (the kernel adds its counts to the parent's when it exits, as perf stat
 * counts a command's children); the child closes nothing, since its
 * descriptors share their events with the parent's. */
void measure_after_fork_child(void)
{
    forked = true;
    measure_stats_wanted = 0;
    watchdog_after_fork_child();
}

int measure_finish(const MeasureRun *run)
{
    if (forked)
        return 0;
    if (atomic_exchange(&claimed, true))
        for (;;)
            pause();   /* the watchdog is writing the record; it _exits 124 */
    if (mt_self)
        measure_thread_end();
    return report(run, false);
}

/* The watchdog's expiry, on its own thread (see the top comment). */
static void on_timeout(void)
{
    if (atomic_exchange(&claimed, true))
        return;   /* measure_finish came first: the run is ending by itself */
    fprintf(stderr, "%s: timeout: the run exceeded --timeout=%gs; stopped (exit 124)\n", prog(),
            opt_timeout);
    if (stop_foreign)
        stop_foreign();
    MeasureRun run = described;
    run.exit_status = 124;
    pthread_mutex_lock(&mt_lock);
    run.threads = mt_count;
    pthread_mutex_unlock(&mt_lock);
    report(&run, true);
    trace_finish();
    _exit(124);
}

/* ---- options */

static int set_stats(const char *v, char *err, size_t n) { measure_stats_wanted = 1; return 0; }

static int set_file(const char **slot, const char *opt, const char *v, char *err, size_t n)
{
    if (!v || !*v) {
        snprintf(err, n, "--%s needs a file name", opt);
        return -1;
    }
    *slot = v;
    return 0;
}
static int set_csv(const char *v, char *err, size_t n) { return set_file(&opt_csv, "csv", v, err, n); }
static int set_json(const char *v, char *err, size_t n) { return set_file(&opt_json, "json", v, err, n); }

/* Checked now, so a typo exits 2 before anything runs. */
static int set_events(const char *v, char *err, size_t n)
{
    PerfEvlist probe = { .n = 0 };
    if (!v || perf_evlist_parse(&probe, v, err, n) != 0 || probe.n == 0) {
        if (v && probe.n == 0 && !*v)
            snprintf(err, n, "--events: empty list");
        return -1;
    }
    opt_events = v;
    return 0;
}

static int set_timeout(const char *v, char *err, size_t n)
{
    char *end;
    errno = 0;
    double s = v ? strtod(v, &end) : 0;
    if (!v || !*v || *end || errno || !isfinite(s) || s <= 0 || s > 1e9) {
        snprintf(err, n, "--timeout: expected seconds > 0 (fractions allowed), not '%s'", v ? v : "");
        return -1;
    }
    opt_timeout = s;
    return 0;
}

static int show_schema(const char *v, char *err, size_t n)
{
    record_schema_markdown(stdout);
    exit(fflush(stdout) == 0 ? 0 : 1);
}

const CliOption measure_options[] = {
    { "stats", NULL, NULL, "off", "print perf-stat-like counters, per-thread rows and the GIL "
      "counters to stderr", set_stats },
    { "csv", "FILE", NULL, "none", "append this run's record to FILE (header first if new)", set_csv },
    { "json", "FILE", NULL, "none", "append this run's record to FILE as one JSON line", set_json },
    { "events", "LIST", "GILVM_EVENTS", "task-clock,context-switches,cpu-migrations,page-faults,"
      "minor-faults,major-faults,cycles,instructions,cache-misses,branch-misses",
      "perf events to count (perf's names)", set_events },
    { "cpus", "LIST", NULL, "inherited", "CPU affinity of the process: 0 | 0,1 | 0-3 | all",
      cpuctl_parse_cpus },
    { "pin", "HOW", NULL, "none", "place VM threads on the allowed CPUs: none | spread "
      "(cores first) | compact (SMT siblings first)", cpuctl_parse_pin },
    { "sched", "CLASS", NULL, "inherited", "scheduling class of every VM thread: other | batch "
      "| idle | fifo | rr", cpuctl_parse_sched },
    { "rtprio", "N", NULL, "1", "real-time priority for --sched=fifo|rr (1..99)",
      cpuctl_parse_rtprio },
    { "nice", "N", NULL, "inherited", "nice value of every VM thread (-20..19)", cpuctl_parse_nice },
    { "timeout", "SECONDS", NULL, "none", "end the run after SECONDS (fractions allowed): exit "
      "124, the --csv/--json record still written, with timed_out=1", set_timeout },
    { "schema", NULL, NULL, "off", "print the --csv/--json record schema (markdown) and exit",
      show_schema },
    { NULL, NULL, NULL, NULL, NULL, NULL },
};
