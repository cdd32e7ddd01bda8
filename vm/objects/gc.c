/* vm/objects/gc.c — the cycle collector: three generations, CPython's algorithm.
 *
 * Notes about the implementation
 * ------------------------------
 * Every tracked object (obj_is_gc) is on exactly one circular, doubly
 * linked list with a sentinel: a generation list (gens[i].head) or, during
 * a collection, one of the collection's local lists.  Because unlinking
 * needs no knowledge of the list, an object can leave whatever list it is
 * on at any moment it dies (gc_untrack from obj_dealloc), also in the middle
 * of a collection.
 *
 * A collection of generation g merges the younger lists into g ("young"),
 * then:
 *   1. refs = refcnt for every young object (update_refs);
 *   2. for every reference a young object holds to another young object,
 *      refs-- (subtract_refs, through Type.traverse): what remains counts
 *      references from outside young — C locals, untracked objects, older
 *      generations, other threads' frames;
 *   3. objects with refs > 0 are roots; everything they reach is reachable
 *      (move_unreachable); the rest is unreachable;
 *   4. the reachable ones join generation g+1;
 *   5. every weakref to an unreachable object is cleared, then the
 *      callbacks of those weakrefs that are not garbage themselves run
 *      (handle_weakrefs);
 *   6. finalizers (__del__) run once on the unreachable ones (PEP 442);
 *   7. steps 1-3 again over the unreachable set: what a finalizer made
 *      reachable again (resurrection) survives into g+1; weakrefs a
 *      finalizer made to the rest are cleared without callbacks;
 *   8. Type.clear on the rest; reference counting then frees them.
 * The count returned is the size of the set in 8, as CPython's gc.collect.
 * Under DEBUG_SAVEALL step 8 appends the set to gc.garbage instead, and
 * it survives into g+1.  Frozen objects (gc.freeze) are on a list of their
 * own that no collection merges: their references count as outside ones.
 * A dict that only holds an instance's attributes is not tracked (python3
 * 3.11 keeps those inline in the instance): the instance's traverse walks
 * its contents, so such a dict is neither walked nor counted on its own.
 *
 * Who may touch what, and when
 * ----------------------------
 * - The generation lists, the counts, `collecting`, the GcHead of every
 *   object and gc_stats are plain memory guarded by the GIL: only the
 *   thread holding it allocates, frees, tracks or collects.  A collection
 *   runs on whichever thread's allocation crossed threshold 0 (or that
 *   called gc.collect), with the GIL held throughout steps 1-4, 7 and 8,
 *   which run no Python code and so never let the GIL go.
 * - Steps 5 and 6 (and a gc.callbacks call) run Python code, and the eval loop
 *   may hand the GIL to another thread there.  That thread may allocate
 *   (new objects go to generation 0, which is not being walked: the
 *   collection has already moved young away), free objects (they unlink
 *   themselves from the local lists) or resurrect them (step 6 sees it).
 *   It may not start a second collection: `collecting` stays set from
 *   step 1 to the end, so automatic collections are skipped and
 *   gc.collect returns 0 — also for a __del__ on the collecting thread.
 * - Objects on a local list keep GC_COLLECTING until they leave the
 *   collection; gc_untrack drops the flag, so an object that died and came
 *   back is never mistaken for a member of the set.
 * - No automatic collection starts while an exception is pending: the
 *   allocation that crossed the threshold may be part of raising it.
 */
#include <stdio.h>
#include <time.h>

#include "sched/trace.h"
#include "vm/modules/builtins.h"
#include "vm/objects/gc.h"
#include "vm/objects/traceback.h"
#include "vm/objects/weakref.h"

typedef struct Generation {
    GcHead head;   /* sentinel */
    int threshold;
    int count;     /* gen 0: allocations minus frees; older: collections of the one below */
} Generation;

#define GEN_INIT(i, t) { { &gens[i].head, &gens[i].head, 0, 0 }, t, 0 }
static Generation gens[GC_GENERATIONS] = { GEN_INIT(0, 700), GEN_INIT(1, 10), GEN_INIT(2, 10) };

bool gc_enabled = true;
unsigned gc_debug;
GcStats gc_stats;
static GcHead permanent = { &permanent, &permanent, 0, 0 };
static Object *garbage;
static bool collecting;
/* CPython's guard against quadratic full collections: the oldest
 * generation is collected only when the objects that reached it since
 * the last full collection are a quarter of those that were there. */
static size_t long_lived_total, long_lived_pending;
static Object *callbacks;

static inline Object *obj_of(GcHead *h) { return (Object *)(h + 1); }

/* ---- lists ----------------------------------------------------------------- */

static void gclist_init(GcHead *l) { l->next = l->prev = l; }
static bool gclist_empty(const GcHead *l) { return l->next == l; }

static void gclist_add(GcHead *n, GcHead *l)
{
    n->prev = l->prev;
    n->next = l;
    l->prev->next = n;
    l->prev = n;
}

static void gclist_move(GcHead *n, GcHead *l)
{
    n->prev->next = n->next;
    n->next->prev = n->prev;
    gclist_add(n, l);
}

/* Appends every object of `from` to `to`; `from` is left empty. */
static void gclist_merge(GcHead *from, GcHead *to)
{
    if (gclist_empty(from))
        return;
    from->next->prev = to->prev;
    to->prev->next = from->next;
    from->prev->next = to;
    to->prev = from->prev;
    gclist_init(from);
}

static size_t gclist_size(const GcHead *l)
{
    size_t n = 0;
    for (const GcHead *h = l->next; h != l; h = h->next)
        n++;
    return n;
}

/* ---- tracking ---------------------------------------------------------------- */

static void collect_generations(void);

void gc_track(Object *o)
{
    GcHead *h = gc_head(o);
    if (!h->next)
        gclist_add(h, &gens[0].head);
}

void gc_track_new(Object *o)
{
    Generation *g0 = &gens[0];
    g0->count++;
    if (g0->count > g0->threshold && g0->threshold && gc_enabled && !collecting &&
        !exc_occurred())
        collect_generations();
    gclist_add(gc_head(o), &g0->head);
}

void *gc_forget(Object *o)
{
    gc_untrack(o);
    if (gens[0].count > 0)
        gens[0].count--;
    return gc_head(o);
}

/* ---- steps 1-3 ------------------------------------------------------------------ */

static inline GcHead *member(Object *o)
{
    if (!o || !obj_is_gc(o))
        return NULL;
    GcHead *h = gc_head(o);
    return (h->flags & GC_COLLECTING) ? h : NULL;
}

static void traverse(GcHead *h, VisitFn visit, void *arg)
{
    Object *o = obj_of(h);
    o->type->traverse(o, visit, arg);
}

static void update_refs(GcHead *set)
{
    for (GcHead *h = set->next; h != set; h = h->next) {
        h->refs = obj_of(h)->refcnt;
        h->flags = (h->flags | GC_COLLECTING) & ~GC_UNREACHABLE;
    }
}

static void visit_decref(Object *child, void *arg)
{
    GcHead *h = member(child);
    if (h)
        h->refs--;
}

static void subtract_refs(GcHead *set)
{
    for (GcHead *h = set->next; h != set; h = h->next)
        traverse(h, visit_decref, NULL);
}

/* A child of a reachable object is reachable: if it was set aside as
 * tentatively unreachable, it goes back to the end of `young` (arg) to be
 * scanned in turn; if it is still to be scanned, refs 1 marks it a root. */
static void visit_reachable(Object *child, void *arg)
{
    GcHead *h = member(child);
    if (!h || h->refs > 0)
        return;
    if (h->flags & GC_UNREACHABLE) {
        h->flags &= ~GC_UNREACHABLE;
        gclist_move(h, (GcHead *)arg);
    }
    h->refs = 1;
}

/* Leaves the reachable objects in young (in one pass: young grows at the
 * end while it is scanned) and moves the others to unreachable. */
static void move_unreachable(GcHead *young, GcHead *unreachable)
{
    GcHead *h = young->next;
    while (h != young) {
        GcHead *next;
        if (h->refs > 0) {
            traverse(h, visit_reachable, young);
            next = h->next;
        } else {
            next = h->next;
            gclist_move(h, unreachable);
            h->flags |= GC_UNREACHABLE;
        }
        h = next;
    }
}

static void leave_collection(GcHead *set)
{
    for (GcHead *h = set->next; h != set; h = h->next)
        h->flags &= GC_FINALIZED;
}

/* ---- steps 5-8 ------------------------------------------------------------------- */

/* Weakrefs go before any finalizer runs, as CPython's handle_weakrefs: no
 * callback may meet an object of the set.  A weakref that is garbage
 * itself is detached first and its callback never runs: that callback may
 * belong to the set.  Any other weakref is reachable, and so is its
 * callback, which therefore cannot lead back into the set. */
static void handle_weakrefs(GcHead *unreachable)
{
    for (GcHead *h = unreachable->next; h != unreachable; h = h->next)
        if (weakref_check(obj_of(h)))
            weakref_detach(obj_of(h));
    WeakRefPending pending = { NULL, NULL };
    for (GcHead *h = unreachable->next; h != unreachable; h = h->next) {
        WeakRefObject **head = weakref_head(obj_of(h));
        if (head && *head)
            weakref_clear(obj_of(h), &pending);
    }
    weakref_call_pending(&pending);
}

/* A finalizer may have made new weakrefs to what is still garbage.  Who
 * holds them is unknown (perhaps only the garbage), so their callbacks,
 * which could reach the set while Type.clear takes it apart, never run. */
static void clear_late_weakrefs(GcHead *final)
{
    for (GcHead *h = final->next; h != final; h = h->next) {
        WeakRefObject **head = weakref_head(obj_of(h));
        if (head && *head)
            weakref_clear(obj_of(h), NULL);
    }
}

static void finalize_garbage(GcHead *unreachable)
{
    GcHead seen;
    gclist_init(&seen);
    while (!gclist_empty(unreachable)) {
        GcHead *h = unreachable->next;
        Object *o = obj_of(h);
        gclist_move(h, &seen);
        if (!o->type->finalize || (h->flags & GC_FINALIZED))
            continue;
        h->flags |= GC_FINALIZED;
        INCREF(o);
        o->type->finalize(o);
        DECREF(o); /* may free o: it unlinks itself from seen */
    }
    gclist_merge(&seen, unreachable);
}

/* Moves what finalizers made reachable again to old; the rest to final. */
static void handle_resurrected(GcHead *unreachable, GcHead *final, GcHead *old)
{
    update_refs(unreachable);
    subtract_refs(unreachable);
    move_unreachable(unreachable, final);
    leave_collection(unreachable);
    gclist_merge(unreachable, old);
}

/* DEBUG_SAVEALL: o kept in gc.garbage; false when that list cannot take it
 * (then it is cleared as usual). */
static bool save(Object *o)
{
    if (!(gc_debug & GC_DEBUG_SAVEALL))
        return false;
    if (gc_garbage() && list_append(garbage, o) == 0)
        return true;
    exc_clear();
    return false;
}

static void delete_garbage(GcHead *final, GcHead *old)
{
    while (!gclist_empty(final)) {
        GcHead *h = final->next;
        Object *o = obj_of(h);
        if (gc_debug & GC_DEBUG_COLLECTABLE)
            fprintf(stderr, "gc: collectable <%s %p>\n", o->type->name, (void *)o);
        if (!save(o) && o->type->clear) {
            INCREF(o);
            o->type->clear(o);
            DECREF(o);
        }
        if (final->next == h) { /* still alive (or saved): it may die later */
            h->flags &= GC_FINALIZED;
            gclist_move(h, old);
        }
    }
}

/* ---- a collection ---------------------------------------------------------------- */

static size_t collect_main(int generation)
{
    if (generation + 1 < GC_GENERATIONS)
        gens[generation + 1].count++;
    for (int i = 0; i <= generation; i++)
        gens[i].count = 0;
    GcHead *young = &gens[generation].head;
    GcHead *old = generation + 1 < GC_GENERATIONS ? &gens[generation + 1].head : young;
    for (int i = 0; i < generation; i++)
        gclist_merge(&gens[i].head, young);

    update_refs(young);
    subtract_refs(young);
    GcHead unreachable, final;
    gclist_init(&unreachable);
    gclist_init(&final);
    move_unreachable(young, &unreachable);
    leave_collection(young);
    if (young != old) {
        if (generation == GC_GENERATIONS - 2)
            long_lived_pending += gclist_size(young);
        gclist_merge(young, old);
    } else {
        long_lived_pending = 0;
        long_lived_total = gclist_size(young);
    }

    handle_weakrefs(&unreachable);
    finalize_garbage(&unreachable);
    handle_resurrected(&unreachable, &final, old);
    clear_late_weakrefs(&final);
    size_t n = gclist_size(&final);
    delete_garbage(&final, old);
    return n;
}


/* gc.callbacks, each called with (phase, info) as CPython does; an error
 * is reported the way an exception in __del__ is, and the others go on. */
static void invoke_callbacks(const char *phase, int generation, size_t collected)
{
    if (!callbacks || list_len(callbacks) == 0)
        return;
    Object *saved = exc_fetch();
    Object *info = dict_new(), *ph = str_from_cstr(phase);
    Object *g = int_from_i64(generation), *c = int_from_i64((int64_t)collected);
    Object *zero = int_from_i64(0), *cbs = info && ph && g && c && zero ? list_from_iter(callbacks) : NULL;
    if (cbs && dict_set_str(info, "generation", g) == 0 &&
        dict_set_str(info, "collected", c) == 0 && dict_set_str(info, "uncollectable", zero) == 0) {
        for (size_t i = 0; i < list_len(cbs); i++) {
            Object *args[2] = { ph, info };
            Object *r = obj_call(list_get(cbs, i), args, 2, NULL);
            if (r) {
                DECREF(r);
                continue;
            }
            traceback_unraisable("Exception ignored in", list_get(cbs, i), "gc callback");
        }
    }
    exc_clear();
    XDECREF(cbs);
    XDECREF(info);
    XDECREF(ph);
    XDECREF(g);
    XDECREF(c);
    XDECREF(zero);
    if (saved)
        exc_set_obj(saved);
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* DEBUG_STATS: the report CPython prints around a collection. */
static void debug_begin(int generation)
{
    builtins_flush_stdout();
    fprintf(stderr, "gc: collecting generation %d...\ngc: objects in each generation:", generation);
    for (int i = 0; i < GC_GENERATIONS; i++)
        fprintf(stderr, " %zu", gclist_size(&gens[i].head));
    fprintf(stderr, "\ngc: objects in permanent generation: %zu\n", gclist_size(&permanent));
}

/* With `collecting` set by the caller. */
static size_t collect_with_callbacks(int generation)
{
    invoke_callbacks("start", generation, 0);
    trace_emit(TR_GC_BEGIN, (uint32_t)generation, NULL);
    if (gc_debug & GC_DEBUG_STATS)
        debug_begin(generation);
    uint64_t t0 = now_ns();
    size_t n = collect_main(generation);
    uint64_t pause = now_ns() - t0;
    if (gc_debug & GC_DEBUG_STATS)
        fprintf(stderr, "gc: done, %zu unreachable, 0 uncollectable, %.4fs elapsed\n", n,
                (double)pause / 1e9);
    trace_emit(TR_GC_END, (uint32_t)generation, NULL);
    gc_stats.collections[generation]++;
    gc_stats.collected += n;
    gc_stats.collected_in[generation] += n;
    gc_stats.pause_total_ns += pause;
    if (pause > gc_stats.pause_max_ns)
        gc_stats.pause_max_ns = pause;
    invoke_callbacks("stop", generation, n);
    return n;
}

static void collect_generations(void)
{
    for (int i = GC_GENERATIONS - 1; i >= 0; i--) {
        if (gens[i].count <= gens[i].threshold)
            continue;
        if (i == GC_GENERATIONS - 1 && long_lived_pending < long_lived_total / 4)
            continue;
        collecting = true;
        collect_with_callbacks(i);
        collecting = false;
        return;
    }
}

ssize_t gc_collect(int generation)
{
    if (collecting)
        return 0;
    collecting = true;
    size_t n = collect_with_callbacks(generation);
    collecting = false;
    return (ssize_t)n;
}

/* Until a round finds nothing, or frees nothing (what a clear could not
 * free would be found again forever). */
void gc_collect_at_exit(void)
{
    uint64_t live;
    do {
        live = obj_live();
        ssize_t n = gc_collect(GC_GENERATIONS - 1);
        exc_clear();
        if (n == 0)
            return;
    } while (obj_live() < live);
}

/* ---- the gc module's view ------------------------------------------------------------ */

int gc_get_threshold(int generation) { return gens[generation].threshold; }
void gc_set_threshold(int generation, int threshold) { gens[generation].threshold = threshold; }
int gc_get_count(int generation) { return gens[generation].count; }

/* Appending never allocates an object, so no collection moves the lists
 * while they are walked. */
Object *gc_get_objects(int generation)
{
    Object *r = list_new(0);
    for (int i = 0; r && i < GC_GENERATIONS; i++) {
        if (generation >= 0 && i != generation)
            continue;
        for (GcHead *h = gens[i].head.next; h != &gens[i].head; h = h->next) {
            Object *o = obj_of(h);
            if (o == r)
                continue;
            if (list_append(r, o) < 0) {
                SETREF(r, NULL);
                break;
            }
        }
    }
    return r;
}

/* Whether o's traverse reaches an item of the tuple objs. */
typedef struct Referrer { Object *objs; bool found; } Referrer;

static void visit_find(Object *child, void *arg)
{
    Referrer *r = arg;
    for (size_t i = 0; child && !r->found && i < tuple_len(r->objs); i++)
        r->found = child == tuple_get(r->objs, i);
}

static int add_referrers(Object *result, const GcHead *l, Object *objs)
{
    for (const GcHead *h = l->next; h != l; h = h->next) {
        Object *o = obj_of((GcHead *)h);
        Referrer r = { objs, false };
        if (o == result || o == objs)
            continue;
        o->type->traverse(o, visit_find, &r);
        if (r.found && list_append(result, o) < 0)
            return -1;
    }
    return 0;
}

/* Appending never allocates an object, so the lists stay put. */
Object *gc_get_referrers(Object *objs)
{
    Object *r = list_new(0);
    for (int i = 0; r && i < GC_GENERATIONS; i++)
        if (add_referrers(r, &gens[i].head, objs) < 0)
            SETREF(r, NULL);
    return r;
}

void gc_freeze(void)
{
    for (int i = 0; i < GC_GENERATIONS; i++)
        gclist_merge(&gens[i].head, &permanent);
    gens[0].count = 0;
}

void gc_unfreeze(void)
{
    gclist_merge(&permanent, &gens[GC_GENERATIONS - 1].head);
}

size_t gc_freeze_count(void) { return gclist_size(&permanent); }

Object *gc_callbacks(void)
{
    if (!callbacks)
        callbacks = list_new(0);
    return callbacks;
}

Object *gc_garbage(void)
{
    if (!garbage)
        garbage = list_new(0);
    return garbage;
}

void gc_fini(void)
{
    gc_debug = 0;   /* the exit collections free everything */
    gc_unfreeze();
    SETREF(callbacks, NULL);
    SETREF(garbage, NULL);
}
