/* sched/trace_out.c — recorded GIL events → state intervals → JSON / CSV.
 *
 * Each thread's event stream drives one small state machine (none, waiting,
 * running, blocked, handoff); every state change closes an interval.  The
 * JSON and CSV writers are two consumers of the same intervals, so the two
 * files always agree.  A garbage collection (GC_BEGIN..GC_END, always
 * inside "running") is a slice of its own nested in the running one; the
 * CSV, whose intervals of one thread never overlap, leaves it out.
 * Runs after recording stopped (see trace_buf.h). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sched/gil.h"
#include "sched/record.h"
#include "sched/trace.h"
#include "sched/trace_out.h"

typedef enum { ST_NONE, ST_WAITING, ST_RUNNING, ST_BLOCKED, ST_HANDOFF } SpanState;
static const char *const state_name[] = { "none", "waiting", "running", "blocked", "handoff" };
static const char *const drop_name[] = { "voluntary", "forced", "tick", "exit" };

typedef struct Span {
    const char *state;    /* interval state, or an instant's name */
    const char *detail;   /* release reason, blocking call, or NULL */
    uint64_t start, end;  /* absolute ns; start == end for instants */
    int cpu;
    bool instant;
} Span;

typedef void SpanSink(void *ctx, const TraceBuf *b, const Span *s);

typedef struct Machine {
    SpanState cur;
    uint64_t since;
    int cpu;
    const char *block;    /* blocking call in progress, or NULL */
    const char *detail;   /* detail of the open interval */
    uint64_t gc_since;    /* start of the collection in progress, 0: none */
} Machine;

static void machine_to(Machine *m, SpanState s, const TraceRec *r, const char *close_detail,
                       SpanSink *sink, void *ctx, const TraceBuf *b)
{
    if (m->cur != ST_NONE) {
        Span sp = { state_name[m->cur], close_detail ? close_detail : m->detail,
                    m->since, r->t_ns, m->cpu, false };
        sink(ctx, b, &sp);
    }
    m->cur = s;
    m->since = r->t_ns;
    m->cpu = r->cpu;
    m->detail = s == ST_BLOCKED ? m->block : NULL;
}

static void instant(const char *what, const TraceRec *r, SpanSink *sink, void *ctx,
                    const TraceBuf *b)
{
    Span sp = { what, r->label, r->t_ns, r->t_ns, r->cpu, true };
    sink(ctx, b, &sp);
}

static const char *const gc_gen_name[] = { "generation 0", "generation 1", "generation 2" };

/* A collection's slice, when its begin was seen (not lost to a full buffer). */
static void gc_end(Machine *m, const TraceRec *r, SpanSink *sink, void *ctx, const TraceBuf *b)
{
    if (!m->gc_since)
        return;
    Span sp = { "gc", r->arg < 3 ? gc_gen_name[r->arg] : NULL, m->gc_since, r->t_ns, r->cpu, false };
    m->gc_since = 0;
    sink(ctx, b, &sp);
}

static void machine_step(Machine *m, const TraceRec *r, SpanSink *sink, void *ctx,
                         const TraceBuf *b)
{
    switch ((TraceEvent)r->ev) {
    case TR_GIL_REQUEST: machine_to(m, ST_WAITING, r, NULL, sink, ctx, b); break;
    case TR_GIL_ACQUIRE: machine_to(m, ST_RUNNING, r, NULL, sink, ctx, b); break;
    case TR_GIL_RELEASE:
        machine_to(m, m->block ? ST_BLOCKED : ST_NONE, r,
                   r->arg < 4 ? drop_name[r->arg] : NULL, sink, ctx, b);
        break;
    case TR_BLOCK_BEGIN:
        m->block = r->label ? r->label : "block";
        /* The GIL may be released after the call is announced: stay running until then. */
        if (m->cur != ST_RUNNING)
            machine_to(m, ST_BLOCKED, r, NULL, sink, ctx, b);
        break;
    case TR_BLOCK_END:
        m->block = NULL;
        if (m->cur == ST_BLOCKED)
            machine_to(m, ST_NONE, r, NULL, sink, ctx, b);
        break;
    case TR_FORCED_WAIT_BEGIN:
        if (m->cur == ST_NONE)
            machine_to(m, ST_HANDOFF, r, NULL, sink, ctx, b);
        break;
    case TR_FORCED_WAIT_END:
        if (m->cur == ST_HANDOFF)
            machine_to(m, ST_NONE, r, NULL, sink, ctx, b);
        break;
    case TR_THREAD_EXIT: machine_to(m, ST_NONE, r, NULL, sink, ctx, b); break;
    case TR_DROP_REQUEST: instant("drop_request", r, sink, ctx, b); break;
    case TR_LOST_WAKEUP: instant("lost_wakeup", r, sink, ctx, b); break;
    case TR_PRIM_SLEEP: instant("prim_sleep", r, sink, ctx, b); break;
    case TR_PRIM_WAKE: instant("prim_wake", r, sink, ctx, b); break;
    case TR_THREAD_START: instant("thread_start", r, sink, ctx, b); break;
    case TR_GC_BEGIN: m->gc_since = r->t_ns; break;
    case TR_GC_END: gc_end(m, r, sink, ctx, b); break;
    case TR__COUNT: break;
    }
}

/* Replays one buffer.  An interval still open at the end closes at the
 * thread's first dropped event (later events are unknown), else where the
 * --trace-window ended the recording, else at its last event. */
static void spans_of(TraceBuf *b, SpanSink *sink, void *ctx)
{
    size_t n = atomic_load_explicit(&b->n, memory_order_acquire);
    Machine m = { ST_NONE, 0, -1, NULL, NULL, 0 };
    for (size_t i = 0; i < n; i++)
        machine_step(&m, &b->rec[i], sink, ctx, b);
    uint64_t drop_t = atomic_load_explicit(&b->drop_t, memory_order_relaxed);
    if (m.cur != ST_NONE && n > 0) {
        uint64_t last = b->rec[n - 1].t_ns;
        bool cut = !drop_t && b->cut_t > last;
        TraceRec end = { drop_t ? drop_t : cut ? b->cut_t : last, NULL, 0, TR_THREAD_EXIT, m.cpu };
        machine_to(&m, ST_NONE, &end, drop_t ? "truncated" : cut ? "window end" : NULL, sink, ctx, b);
    }
    if (drop_t) {
        TraceRec d = { drop_t, NULL, 0, 0, -1 };
        instant("events_dropped", &d, sink, ctx, b);
    }
}

/* ---- JSON */

typedef struct Flip { uint64_t t; int delta; } Flip;

typedef struct JsonCtx {
    FILE *f;
    uint64_t t0;
    int pid;
    Flip *flips; size_t nflip, capflip;
    bool oom;
} JsonCtx;

static void json_str(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(f, "\\%c", c);
        else if (c < 0x20) fprintf(f, "\\u%04x", c);
        else fputc(c, f);
    }
    fputc('"', f);
}

/* One event is assembled in a line buffer and written with one fwrite:
 * a printf per field was most of the writer's time on py26-sized traces.
 * Fields are short (names <= 48 bytes); an overlong line is cut, never overrun. */
typedef struct Line { char buf[512]; size_t n; } Line;

static void put(Line *l, const char *s)
{
    size_t k = strlen(s);
    if (l->n + k < sizeof l->buf) {
        memcpy(l->buf + l->n, s, k);
        l->n += k;
    }
}

static void put_u64(Line *l, uint64_t v, int min_digits)
{
    char d[24];
    int i = sizeof d;
    d[--i] = 0;
    do {
        d[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v || (int)sizeof d - 1 - i < min_digits);
    put(l, d + i);
}

static void put_int(Line *l, int v)
{
    if (v < 0)
        put(l, "-");
    put_u64(l, v < 0 ? (uint64_t)-(int64_t)v : (uint64_t)v, 1);
}

/* Microseconds with three exact decimals: the format's unit, our nanoseconds. */
static void put_ts(Line *l, const char *key, uint64_t ns)
{
    put(l, key);
    put_u64(l, ns / 1000, 1);
    put(l, ".");
    put_u64(l, ns % 1000, 3);
}

static void put_jstr(Line *l, const char *s)
{
    char esc[8];
    put(l, "\"");
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') snprintf(esc, sizeof esc, "\\%c", c);
        else if (c < 0x20) snprintf(esc, sizeof esc, "\\u%04x", c);
        else { esc[0] = (char)c; esc[1] = 0; }
        put(l, esc);
    }
    put(l, "\"");
}

static void flip_add(JsonCtx *j, uint64_t t, int delta)
{
    if (j->nflip == j->capflip) {
        size_t cap = j->capflip ? 2 * j->capflip : 1024;
        Flip *p = realloc(j->flips, cap * sizeof *p);
        if (!p) { j->oom = true; return; }
        j->flips = p; j->capflip = cap;
    }
    j->flips[j->nflip++] = (Flip){ t, delta };
}

static void json_span(void *ctx, const TraceBuf *b, const Span *s)
{
    JsonCtx *j = ctx;
    Line l = { .n = 0 };
    put(&l, "{\"name\":");
    if (strcmp(s->state, "blocked") == 0 && s->detail) {   /* the slice is named by the call */
        char name[80];
        snprintf(name, sizeof name, "blocked: %s", s->detail);
        put_jstr(&l, name);
    } else {
        put_jstr(&l, s->state);
    }
    if (s->instant)
        put(&l, ",\"cat\":\"gil\",\"ph\":\"i\",\"s\":\"t\",\"pid\":");
    else if (strcmp(s->state, "gc") == 0)   /* its own category: GIL views skip it */
        put(&l, ",\"cat\":\"gc\",\"ph\":\"X\",\"pid\":");
    else
        put(&l, ",\"cat\":\"gil\",\"ph\":\"X\",\"pid\":");
    put_int(&l, j->pid);
    put(&l, ",\"tid\":");
    put_int(&l, b->tid);
    put_ts(&l, ",\"ts\":", s->start - j->t0);
    if (!s->instant)
        put_ts(&l, ",\"dur\":", s->end - s->start);
    put(&l, ",\"args\":{\"cpu\":");
    put_int(&l, s->cpu);
    if (s->detail) {
        put(&l, ",\"detail\":");
        put_jstr(&l, s->detail);
    }
    put(&l, "}},\n");
    fwrite(l.buf, 1, l.n, j->f);
    if (!s->instant && strcmp(s->state, "waiting") == 0) {
        flip_add(j, s->start, 1);
        flip_add(j, s->end, -1);
    }
}

static int flip_cmp(const void *a, const void *b)
{
    const Flip *x = a, *y = b;
    if (x->t != y->t) return x->t < y->t ? -1 : 1;
    return x->delta - y->delta;   /* leave before enter at the same instant */
}

static void json_counter(JsonCtx *j)
{
    qsort(j->flips, j->nflip, sizeof *j->flips, flip_cmp);
    int waiting = 0;
    for (size_t i = 0; i < j->nflip; i++) {
        waiting += j->flips[i].delta;
        if (i + 1 < j->nflip && j->flips[i + 1].t == j->flips[i].t)
            continue;   /* one sample per instant */
        Line l = { .n = 0 };
        put(&l, "{\"name\":\"threads waiting\",\"ph\":\"C\",\"pid\":");
        put_int(&l, j->pid);
        put_ts(&l, ",\"ts\":", j->flips[i].t - j->t0);
        put(&l, ",\"args\":{\"waiting\":");
        put_int(&l, waiting);
        put(&l, "}},\n");
        fwrite(l.buf, 1, l.n, j->f);
    }
}

int trace_out_json(FILE *f, TraceBuf **bufs, size_t nbuf, uint64_t t0,
                   const char *kernel_events)
{
    JsonCtx j = { f, t0, (int)getpid(), NULL, 0, 0, false };
    uint64_t dropped = 0;
    fprintf(f, "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[\n");
    fprintf(f, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":%d,\"args\":{\"name\":\"gilvm %s/%s\"}},\n",
            j.pid, gil_policy_name(), gil_lock_name());
    for (size_t i = 0; i < nbuf; i++) {
        fprintf(f, "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"args\":{\"name\":",
                j.pid, bufs[i]->tid);
        json_str(f, bufs[i]->name);
        fprintf(f, "}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,"
                "\"args\":{\"sort_index\":%u}},\n", j.pid, bufs[i]->tid, 2 * bufs[i]->index);
        spans_of(bufs[i], json_span, &j);
        dropped += atomic_load_explicit(&bufs[i]->dropped, memory_order_relaxed);
    }
    json_counter(&j);
    if (kernel_events)
        fputs(kernel_events, f);
    /* The metadata object last: it closes the array without a dangling comma. */
    fprintf(f, "{\"name\":\"gilkit\",\"ph\":\"M\",\"pid\":%d,\"args\":{\"t0_monotonic_ns\":%llu,"
            "\"dropped_events\":%llu,\"gil\":\"%s\",\"lock\":\"%s\"}}\n]}\n",
            j.pid, (unsigned long long)t0, (unsigned long long)dropped,
            gil_policy_name(), gil_lock_name());
    free(j.flips);
    if (j.oom)
        fprintf(stderr, "gilvm: trace: out of memory: \"threads waiting\" counter incomplete\n");
    return ferror(f) ? -1 : 0;
}

/* ---- CSV */

typedef struct CsvCtx { FILE *f; uint64_t t0; } CsvCtx;

static void csv_span(void *ctx, const TraceBuf *b, const Span *s)
{
    CsvCtx *c = ctx;
    if (!s->instant && strcmp(s->state, "gc") == 0)
        return;   /* nested in a running interval: JSON only */
    if (s->instant && strcmp(s->state, "lost_wakeup") != 0 &&
        strcmp(s->state, "drop_request") != 0 && strcmp(s->state, "events_dropped") != 0)
        return;   /* primitive sleeps/wakes stay in the JSON only */
    Line l = { .n = 0 };
    put_u64(&l, b->index, 1);
    put(&l, ",");
    put_int(&l, b->tid);
    put(&l, ",");
    fwrite(l.buf, 1, l.n, c->f);
    record_csv_field(c->f, b->name);
    l.n = 0;
    put(&l, ",");
    put(&l, s->state);
    put(&l, ",");
    put_u64(&l, s->start - c->t0, 1);
    put(&l, ",");
    put_u64(&l, s->end - c->t0, 1);
    put(&l, ",");
    put_int(&l, s->cpu);
    put(&l, ",");
    fwrite(l.buf, 1, l.n, c->f);
    record_csv_field(c->f, s->detail ? s->detail : "");
    fputc('\n', c->f);
}

int trace_out_csv(FILE *f, TraceBuf **bufs, size_t nbuf, uint64_t t0)
{
    CsvCtx c = { f, t0 };
    fprintf(f, "thread,tid,name,state,start_ns,end_ns,cpu,detail\n");
    for (size_t i = 0; i < nbuf; i++)
        spans_of(bufs[i], csv_span, &c);
    return ferror(f) ? -1 : 0;
}
