/* sched/gil.c — the GIL as the VM sees it (sched/gil.h): the choice of
 * policy and primitive, thread registration, counters, tracing, shutdown.
 * How the GIL changes hands is the policy's business (sched/policy_*.c).
 *
 * Shared words and their guards:
 *   gil_eval_breaker  bits GIL_BRK_* (gil_priv.h); any thread ORs bits in
 *                     (relaxed: a hint — the holder re-reads the real state
 *                     under the policy's mutex); the holder reads it.
 *   registry, exited (the first GIL_KEEP_EXITED threads gone, kept for their
 *   --stats rows), retired (counters of the ones beyond), thread_count
 *                     guarded by reg_mutex (a plain pthread mutex: it is not
 *                     part of the GIL's protocol and is never held while
 *                     waiting for the GIL).
 *   shutting_down, shutdown_owner
 *                     written once by gil_begin_shutdown (release), read by
 *                     any thread (acquire) before it would take the GIL.
 *   switch_interval_ns, check_interval
 *                     atomics written by sys.set*interval, read by waiters.
 *   GilThreadPriv fields: the owner thread only, except the policy fields
 *                     (its mutex) and the counters (see gil_counters.h).
 * Shutdown: after gil_begin_shutdown every non-owner that reaches a take, a
 * breaker check or the end of a blocking call gets GIL_EXIT and never holds
 * the GIL again; the owner clears GIL_BRK_EXIT once it holds the GIL, since
 * nobody else can run Python from then on.
 *   closed            guarded by reg_mutex: set by gil_fini when, with nobody
 *                     registered, it frees the policy's state.  A thread still
 *                     starting then (pthread_create'd, not yet registered)
 *                     registers as `late`: its take returns GIL_EXIT and
 *                     neither registration touches the policy or the
 *                     primitive, whose memory is gone.
 *
 * Fork (gil.h).  Who may touch what, when:
 *   - The forking thread holds the GIL from gil_before_fork to the end of
 *     either after-fork call, so no other thread runs Python, takes the GIL
 *     or changes a policy's GIL state meanwhile; other threads may still be
 *     inside the primitive (a waiter asleep, a dropper finishing a late
 *     wake-up), in gil_thread_new/free, or emitting trace events.
 *   - reg_mutex and the primitive's own locks (fork_prepare) are held across
 *     fork(2), so the registry and the primitive's pools are whole in the
 *     child; the parent releases them, and so does the child, whose forking
 *     thread is their holder there too.
 *   - In the child, before any other thread can exist: the primitive's
 *     fork_child, then the policy's (new objects; self holds the GIL), then
 *     the registry becomes self alone (the others' GilThreadPriv are freed:
 *     nothing refers to them once the policy's queues are new), the drop and
 *     preemption bits are cleared (they were requests of vanished threads),
 *     the VM's bits are left to the VM, and measurement and tracing stop.
 *   - Counters: the child's are never reported, so they are not reset.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "sched/emulate.h"
#include "sched/measure.h"
#include "sched/gil_priv.h"
#include "sched/pace.h"
#include "sched/policy.h"
#include "sched/trace.h"

_Atomic uint32_t gil_eval_breaker;
const LockOps *gil_lk;

#define GIL_DEFAULT_POLICY "py32"
#define GIL_DEFAULT_LOCK "condvar"
static const PolicyRow *policy;   /* NULL until chosen: the default then */
static const LockRow *prim;
static bool initialised;

static pthread_mutex_t reg_mutex = PTHREAD_MUTEX_INITIALIZER;
static GilThreadPriv *registry;
static unsigned thread_count, threads_ever;
static GilThreadPriv *exited;
static unsigned exited_count;
static bool closed;
static GilCounters retired;
enum { GIL_KEEP_EXITED = 256 };
static _Atomic unsigned live_threads;   /* thread_count, readable without reg_mutex */

static _Atomic int shutting_down;
static GilThreadPriv *_Atomic shutdown_owner;
static _Atomic uint64_t switch_interval_ns = 5000000;
static _Atomic int check_interval = 100;

static GilCounters unregistered;
__thread GilCounters *gil_ctr = &unregistered;

static void counters_add(GilCounters *to, const GilCounters *from);

/* ---- options and tables */

static int set_policy(const char *v, char *err, size_t n)
{
    const PolicyRow *r = policy_find(v);
    if (!r) {
        int k = snprintf(err, n, "unknown GIL policy '%s'; valid:", v);
        for (size_t i = 0; i < policy_table_len && k > 0 && (size_t)k < n; i++)
            k += snprintf(err + k, n - (size_t)k, " %s", policy_table[i].name);
        return -1;
    }
    policy = r;
    return 0;
}

static int set_lock(const char *v, char *err, size_t n)
{
    const LockRow *r = lock_find(v);
    if (!r) {
        int k = snprintf(err, n, "unknown lock primitive '%s'; valid:", v);
        for (size_t i = 0; i < lock_table_len && k > 0 && (size_t)k < n; i++)
            k += snprintf(err + k, n - (size_t)k, " %s", lock_table[i].name);
        return -1;
    }
    prim = r;
    return 0;
}

const CliOption gil_options[] = {
    { "gil", "NAME", "GILVM_GIL", GIL_DEFAULT_POLICY, "GIL policy (how the GIL changes hands; see the list below)", set_policy },
    { "lock", "NAME", "GILVM_LOCK", GIL_DEFAULT_LOCK, "lock primitive the GIL sleeps on (see the list below)", set_lock },
    { "emulate", "NAME", "GILVM_EMULATE", "none", "a real interpreter's GIL: its policy, primitive and speed together (a bad NAME lists them); --gil/--lock override", emulate_set_name },
    { "pace", "UNITS", "GILVM_PACE", "off", "work per instruction on top of gilvm's own, in pace units (sched/pace.h: the emulated interpreter's speed); overrides --emulate's", emulate_set_pace },
    { "calibration", "FILE", "GILVM_CALIBRATION", "built-in", "--emulate's work per instruction from FILE (bench/calibrate writes it)", emulate_set_calibration },
    { NULL, NULL, NULL, NULL, NULL, NULL },
};

/* gil.h's rows are derived from the ops tables once, on first use (main
 * thread, before any other thread exists). */
static size_t derive_rows(const GilTableRow **out, GilTableRow **cache, size_t len,
                          const char *(*name)(size_t), const char *(*help)(size_t))
{
    if (!*cache) {
        *cache = lock_xcalloc(len * sizeof **cache);
        for (size_t i = 0; i < len; i++)
            (*cache)[i] = (GilTableRow){ name(i), help(i) };
    }
    *out = *cache;
    return len;
}
static const char *pol_name(size_t i) { return policy_table[i].name; }
static const char *pol_help(size_t i) { return policy_table[i].help; }
static const char *lk_name(size_t i) { return lock_table[i].name; }
static const char *lk_help(size_t i) { return lock_table[i].help; }
static GilTableRow *policy_rows, *lock_rows;

size_t gil_policy_names(const GilTableRow **rows)
{
    return derive_rows(rows, &policy_rows, policy_table_len, pol_name, pol_help);
}
size_t gil_lock_names(const GilTableRow **rows)
{
    return derive_rows(rows, &lock_rows, lock_table_len, lk_name, lk_help);
}
static void choose_defaults(void)
{
    static bool resolved;
    if (!resolved) {
        const char *pol, *lk;
        emulate_resolve(&pol, &lk);
        if (!policy && pol)
            policy = policy_find(pol);
        if (!prim && lk)
            prim = lock_find(lk);
        resolved = true;
    }
    if (!policy)
        policy = policy_find(GIL_DEFAULT_POLICY);
    if (!prim)
        prim = lock_find(GIL_DEFAULT_LOCK);
}
const char *gil_policy_name(void) { choose_defaults(); return policy->name; }
const char *gil_lock_name(void) { choose_defaults(); return prim->name; }

/* ---- process setup */

int gil_init(void)
{
    char err[256] = "";
    choose_defaults();
    if (prim->ops->setup(err, sizeof err) != 0) {
        fprintf(stderr, "gilvm: --lock=%s unusable: %s\n", prim->name, err);
        return -1;
    }
    gil_lk = prim->ops;
    atomic_store(&gil_eval_breaker, 0);
    atomic_store(&shutting_down, 0);
    atomic_store(&shutdown_owner, NULL);
    policy->ops->init();
    initialised = true;
    pthread_mutex_lock(&reg_mutex);
    closed = false;
    pthread_mutex_unlock(&reg_mutex);
    return 0;
}

/* Threads still registered (daemons stopped at exit) may be asleep inside
 * the primitive: then its memory must outlive them, so it stays.  The rows
 * of exited threads stay too: measure_finish prints --stats after this. */
void gil_fini(void)
{
    pthread_mutex_lock(&reg_mutex);
    /* Nobody registered, or only the caller itself. */
    bool alone = thread_count == 0 || (thread_count == 1 && registry && gil_ctr == &registry->ctr);
    closed = closed || (initialised && alone);
    pthread_mutex_unlock(&reg_mutex);
    if (initialised && alone) {
        policy->ops->fini();
        initialised = false;
    }
    free(policy_rows);
    free(lock_rows);
    policy_rows = lock_rows = NULL;
}

/* ---- intervals */

int gil_set_switch_interval(double seconds)
{
    if (!(seconds > 0.0) || seconds > 1e6)
        return -1;
    uint64_t ns = (uint64_t)(seconds * 1e9);
    atomic_store_explicit(&switch_interval_ns, ns ? ns : 1, memory_order_relaxed);
    return 0;
}
double gil_get_switch_interval(void)
{
    return (double)atomic_load_explicit(&switch_interval_ns, memory_order_relaxed) / 1e9;
}
int gil_set_check_interval(int ticks)
{
    atomic_store_explicit(&check_interval, ticks, memory_order_relaxed);
    return 0;
}
int gil_get_check_interval(void) { return atomic_load_explicit(&check_interval, memory_order_relaxed); }
uint64_t gil_interval_ns(void) { return atomic_load_explicit(&switch_interval_ns, memory_order_relaxed); }
int gil_check_ticks(void)
{
    int n = gil_get_check_interval();
    return n < 0 ? 0 : n;
}
struct timespec gil_interval_deadline(void) { return lock_ns_to_ts(lock_now_ns() + gil_interval_ns()); }

/* ---- threads */

/* The tick budget: the policy's own, cut to PACE_QUANTUM while pacing. */
static void arm(GilThreadPriv *p)
{
    int64_t q = p->policy_ticks;
    if (pace_on() && q > PACE_QUANTUM)
        q = PACE_QUANTUM;
    p->armed = (int32_t)(q < 0 ? 0 : q);
    p->pub.ticks = p->armed;
}

GilThread *gil_thread_new(const char *name)
{
    GilThreadPriv *p = lock_xcalloc(sizeof *p);
    snprintf(p->name, sizeof p->name, "%s", name ? name : "?");
    gil_ctr = &p->ctr;
    trace_thread_begin(p->name);
    trace_emit(TR_THREAD_START, 0, p->name);
    pthread_mutex_lock(&reg_mutex);
    p->late = closed;
    p->next = registry;
    registry = p;
    thread_count++;
    threads_ever++;
    atomic_store_explicit(&live_threads, thread_count, memory_order_relaxed);
    pthread_mutex_unlock(&reg_mutex);
    if (!p->late)
        policy->ops->thread_init(p);
    p->policy_ticks = policy->ops->ticks();
    arm(p);
    return &p->pub;
}

static void counters_add(GilCounters *to, const GilCounters *from)
{
#define ADD(f) atomic_store_explicit(&to->f, atomic_load_explicit(&to->f, memory_order_relaxed) + \
        atomic_load_explicit(&from->f, memory_order_relaxed), memory_order_relaxed);
    GIL_COUNTER_FIELDS(ADD)
    for (int b = 0; b < GIL_HIST_BUCKETS; b++)
        ADD(hist[b])
#undef ADD
    uint64_t m = atomic_load_explicit(&from->wait_max_ns, memory_order_relaxed);
    if (m > atomic_load_explicit(&to->wait_max_ns, memory_order_relaxed))
        atomic_store_explicit(&to->wait_max_ns, m, memory_order_relaxed);
}

void gil_thread_free(GilThread *t)
{
    GilThreadPriv *p = gil_priv(t);
    if (!p->late)
        policy->ops->thread_fini(p);
    gil_lk->thread_end();
    trace_emit(TR_THREAD_EXIT, 0, p->name);
    trace_thread_end();
    pthread_mutex_lock(&reg_mutex);
    for (GilThreadPriv **pp = &registry; *pp; pp = &(*pp)->next)
        if (*pp == p) {
            *pp = p->next;
            break;
        }
    thread_count--;
    atomic_store_explicit(&live_threads, thread_count, memory_order_relaxed);
    bool keep = exited_count < GIL_KEEP_EXITED;
    if (keep) {
        p->next = exited;
        exited = p;
        exited_count++;
    } else {
        counters_add(&retired, &p->ctr);
    }
    pthread_mutex_unlock(&reg_mutex);
    gil_ctr = &unregistered;
    if (!keep)
        free(p);
}

unsigned gil_live_threads(void) { return atomic_load_explicit(&live_threads, memory_order_relaxed); }
unsigned gil_threads_registered(void) { return gil_live_threads(); }

/* ---- hooks the policies call */

void gil_note_contended(GilThreadPriv *p)
{
    GIL_COUNT(contended);
    p->wait_start_ns = lock_now_ns();
}
void gil_note_drop_request(GilThreadPriv *p)
{
    GIL_COUNT(drop_requests);
    gil_breaker_set_bits(GIL_BRK_DROP);
    trace_emit(TR_DROP_REQUEST, 0, NULL);
}
void gil_note_lost_wakeup(GilThreadPriv *p)
{
    GIL_COUNT(lost_wakeups);
    trace_emit(TR_LOST_WAKEUP, 0, NULL);
}
void gil_note_timeout(GilThreadPriv *p) { GIL_COUNT(timeouts); }
void gil_note_switch(GilThreadPriv *p)
{
    GIL_COUNT(switches);
    p->switched = true;
}

bool gil_shutting_down(void) { return atomic_load_explicit(&shutting_down, memory_order_acquire); }
bool gil_must_exit(const GilThreadPriv *p)
{
    return gil_shutting_down() && atomic_load_explicit(&shutdown_owner, memory_order_relaxed) != p;
}

/* ---- take and drop, wrapped with the common accounting */

static void record_wait(GilThreadPriv *p, uint64_t now)
{
    uint64_t w = now - p->wait_start_ns;
    p->wait_start_ns = 0;
    GIL_COUNT_N(wait_ns, w);
    if (w > atomic_load_explicit(&p->ctr.wait_max_ns, memory_order_relaxed))
        atomic_store_explicit(&p->ctr.wait_max_ns, w, memory_order_relaxed);
    int b = w ? 63 - __builtin_clzll(w) : 0;
    GIL_COUNT(hist[b < GIL_HIST_BUCKETS ? b : GIL_HIST_BUCKETS - 1]);
}

/* A tick's drop and re-take come every few hundred instructions under the
 * 2.6 policy, and the clock reads there were a third of what gilvm added to
 * each (one CPU, --gil=py26: 80 ns against CPython 2.6.4's 20), which an
 * emulation then paid on top of the real interpreter's speed.  So a tick's
 * drop notes the time but leaves the hold open; a re-take that neither
 * waited nor found that another thread held the GIL meanwhile (the policy
 * notes a switch) continues it without reading the clock again, counting
 * the few nanoseconds the GIL was free as held.  Any other take closes the
 * hold at the drop. */
static void close_hold(GilThreadPriv *p, uint64_t at)
{
    if (p->hold_open)
        GIL_COUNT_N(hold_ns, at - p->hold_start_ns);
    p->hold_open = false;
}

static int take(GilThreadPriv *p, bool after_block)
{
    if (p->late)
        return GIL_EXIT;
    trace_emit(TR_GIL_REQUEST, after_block, NULL);
    p->wait_start_ns = 0;
    p->switched = false;
    int r = policy->ops->take(p, after_block);
    if (r != GIL_OK) {
        close_hold(p, p->drop_ns);
        p->wait_start_ns = 0;
        return r;
    }
    if (p->hold_open && !p->wait_start_ns && !p->switched) {
        p->hold_open = false;     /* the hold goes on */
    } else {
        close_hold(p, p->drop_ns);
        uint64_t now = lock_now_ns();
        if (p->wait_start_ns)
            record_wait(p, now);
        p->hold_start_ns = now;
    }
    GIL_COUNT(acquires);
    trace_emit(TR_GIL_ACQUIRE, 0, NULL);
    return GIL_OK;
}

int gil_take(GilThread *t) { return take(gil_priv(t), false); }

/* Written once, before any VM thread runs (gil_count_instructions_with). */
static uint64_t (*count_instructions)(void);

void gil_count_instructions_with(uint64_t (*count)(void)) { count_instructions = count; }

/* Settle the ticks run since the budget was armed (the policy's count
 * takes them) and, while pacing, spend the cost of the instructions run
 * since the last settlement, before the GIL can go. */
static void settle(GilThreadPriv *p)
{
    int64_t ran = (int64_t)p->armed - p->pub.ticks;
    p->armed = p->pub.ticks;
    p->policy_ticks -= ran;
    if (pace_on()) {
        GIL_COUNT_N(ticks, (uint64_t)ran);
        uint64_t n = count_instructions ? count_instructions() : p->paced;
        pace_spend(n > p->paced ? n - p->paced : 0);
        p->paced = n;
    }
}

void gil_drop(GilThread *t, GilDropReason why)
{
    GilThreadPriv *p = gil_priv(t);
    settle(p);
    GIL_COUNT(releases);
    p->drop_ns = lock_now_ns();
    p->hold_open = true;        /* every take closed or continued the last one */
    if (why != GIL_DROP_TICK)
        close_hold(p, p->drop_ns);
    if (why == GIL_DROP_FORCED)
        GIL_COUNT(forced_switches);
    trace_emit(TR_GIL_RELEASE, why, NULL);
    policy->ops->drop(p, why);
}

int gil_service(GilThread *t)
{
    GilThreadPriv *p = gil_priv(t);
    uint32_t bits = atomic_load_explicit(&gil_eval_breaker, memory_order_relaxed);
    if (bits & GIL_BRK_EXIT) {
        if (gil_must_exit(p)) {
            gil_drop(t, GIL_DROP_EXIT);
            return GIL_EXIT;
        }
        gil_breaker_clear_bits(GIL_BRK_EXIT);
    }
    if (!policy->ops->wants_drop(p, bits))
        return GIL_OK;
    gil_drop(t, GIL_DROP_FORCED);
    return take(p, false);
}

int gil_tick(GilThread *t)
{
    GilThreadPriv *p = gil_priv(t);
    settle(p);
    bool policy_tick = p->policy_ticks < 0;
    if (policy_tick)
        p->policy_ticks = policy->ops->ticks();
    arm(p);
    if (!policy_tick || !policy->ops->tick_drops(p))
        return GIL_OK;
    gil_drop(t, GIL_DROP_TICK);
    return take(p, false);
}

void gil_blocking_begin(GilThread *t, const char *what)
{
    gil_priv(t)->block_what = what;
    trace_emit(TR_BLOCK_BEGIN, 0, what);
    gil_drop(t, GIL_DROP_VOLUNTARY);
}

int gil_blocking_end(GilThread *t)
{
    GilThreadPriv *p = gil_priv(t);
    trace_emit(TR_BLOCK_END, 0, p->block_what);
    p->block_what = NULL;
    return take(p, true);
}

void gil_begin_shutdown(GilThread *self)
{
    atomic_store_explicit(&shutdown_owner, self ? gil_priv(self) : NULL, memory_order_relaxed);
    atomic_store_explicit(&shutting_down, 1, memory_order_release);
    gil_breaker_set_bits(GIL_BRK_EXIT);
    if (initialised)
        policy->ops->wake_all();
}

/* ---- fork (see the top comment) */

void gil_before_fork(void)
{
    if (gil_lk->fork_prepare)
        gil_lk->fork_prepare();
    pthread_mutex_lock(&reg_mutex);
}

void gil_after_fork_parent(void)
{
    pthread_mutex_unlock(&reg_mutex);
    if (gil_lk->fork_parent)
        gil_lk->fork_parent();
}

static void free_others(GilThreadPriv *list, const GilThreadPriv *self)
{
    while (list) {
        GilThreadPriv *next = list->next;
        if (list != self)
            free(list);
        list = next;
    }
}

void gil_after_fork_child(GilThread *t)
{
    GilThreadPriv *self = gil_priv(t);
    pthread_mutex_unlock(&reg_mutex);
    measure_after_fork_child();
    trace_after_fork_child();
    if (gil_lk->fork_child)
        gil_lk->fork_child();
    policy->ops->fork_child(self);
    free_others(registry, self);
    free_others(exited, self);
    registry = self;
    self->next = NULL;
    exited = NULL;
    exited_count = 0;
    thread_count = threads_ever = 1;
    atomic_store_explicit(&live_threads, 1, memory_order_relaxed);
    gil_breaker_clear_bits(GIL_BRK_DROP | GIL_BRK_PREEMPT);
}

/* ---- statistics */

static void totals_from(GilTotals *o, const GilCounters *c)
{
#define LD(f) atomic_load_explicit(&c->f, memory_order_relaxed)
    o->acquires += LD(acquires);
    o->releases += LD(releases);
    o->contended += LD(contended);
    o->drop_requests += LD(drop_requests);
    o->forced_switches += LD(forced_switches);
    o->lost_wakeups += LD(lost_wakeups);
    o->timeouts += LD(timeouts);
    o->sleeps += LD(sleeps);
    o->wakes += LD(wakes);
    o->spins += LD(spins);
    o->switches += LD(switches);
    o->ticks += LD(ticks);
    o->wait_s += (double)LD(wait_ns) / 1e9;
    o->hold_s += (double)LD(hold_ns) / 1e9;
    double m = (double)LD(wait_max_ns) / 1e9;
    if (m > o->wait_max_s)
        o->wait_max_s = m;
#undef LD
}

void gil_totals(GilTotals *out)
{
    memset(out, 0, sizeof *out);
    pthread_mutex_lock(&reg_mutex);
    totals_from(out, &retired);
    for (GilThreadPriv *p = registry; p; p = p->next)
        totals_from(out, &p->ctr);
    for (GilThreadPriv *p = exited; p; p = p->next)
        totals_from(out, &p->ctr);
    out->threads = threads_ever;
    pthread_mutex_unlock(&reg_mutex);
    /* Primitive work done by unregistered helpers is still GIL work. */
    GilTotals extra = { 0 };
    totals_from(&extra, &unregistered);
    out->sleeps += extra.sleeps;
    out->wakes += extra.wakes;
    out->spins += extra.spins;
}

static void print_row(FILE *f, const char *name, const GilTotals *t)
{
    fprintf(f, "gil  %-12s acq %9llu rel %9llu cont %8llu wait %9.6fs max %9.6fs hold %9.6fs "
            "dropreq %7llu forced %7llu lost %7llu tmo %7llu switch %7llu sleep %8llu wake %8llu spin %10llu\n",
            name, (unsigned long long)t->acquires, (unsigned long long)t->releases,
            (unsigned long long)t->contended, t->wait_s, t->wait_max_s, t->hold_s,
            (unsigned long long)t->drop_requests, (unsigned long long)t->forced_switches,
            (unsigned long long)t->lost_wakeups, (unsigned long long)t->timeouts,
            (unsigned long long)t->switches, (unsigned long long)t->sleeps,
            (unsigned long long)t->wakes, (unsigned long long)t->spins);
}

static void print_hist(FILE *f, const GilCounters *c)
{
    fprintf(f, "gil  wait histogram (log2 ns: count):");
    for (int b = 0; b < GIL_HIST_BUCKETS; b++) {
        uint64_t n = atomic_load_explicit(&c->hist[b], memory_order_relaxed);
        if (n)
            fprintf(f, " %d:%llu", b, (unsigned long long)n);
    }
    fputc('\n', f);
}

void gil_stats_print(FILE *f)
{
    fprintf(f, "gil  policy %s, lock %s, switch interval %.6fs, check interval %d\n",
            gil_policy_name(), gil_lock_name(), gil_get_switch_interval(), gil_get_check_interval());
    if (pace_on())
        fprintf(f, "gil  emulate %s, pace %.3f units/instruction (%s)\n", *emulate_name() ? emulate_name() : "none",
                pace_work_per_instruction(), pace_source());
    GilCounters all = { 0 };
    pthread_mutex_lock(&reg_mutex);
    GilThreadPriv *lists[2] = { registry, exited };
    for (int i = 0; i < 2; i++)
        for (GilThreadPriv *p = lists[i]; p; p = p->next) {
            GilTotals one = { 0 };
            totals_from(&one, &p->ctr);
            print_row(f, p->name, &one);
            counters_add(&all, &p->ctr);
        }
    counters_add(&all, &retired);
    if (atomic_load_explicit(&retired.acquires, memory_order_relaxed)) {
        GilTotals r = { 0 };
        totals_from(&r, &retired);
        print_row(f, "(more gone)", &r);
    }
    pthread_mutex_unlock(&reg_mutex);
    GilTotals tot;
    gil_totals(&tot);
    print_row(f, "TOTAL", &tot);
    print_hist(f, &all);
}
