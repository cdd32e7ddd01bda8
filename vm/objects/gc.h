/* vm/objects/gc.h — the cycle collector (CPython's generational scheme).
 *
 * Reference counting frees everything that is not in a cycle.  Objects of
 * TYPE_GC types (containers) carry a GcHead just before their Object and
 * sit on one of three generation lists from allocation to deallocation;
 * the collector finds groups of them that only reference each other.
 * obj_alloc/obj_dealloc/obj_free (object.c) call the hooks below.
 */
#ifndef GILKIT_VM_GC_H
#define GILKIT_VM_GC_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

#include "vm/objects/object.h"

#define GC_GENERATIONS 3

typedef struct GcHead {
    struct GcHead *next, *prev; /* generation list; next is NULL when untracked */
    intptr_t refs;              /* during a collection: references from outside the set */
    unsigned flags;             /* GC_* below */
} GcHead;

enum {
    GC_COLLECTING = 1u << 0,  /* in the set being collected */
    GC_UNREACHABLE = 1u << 1, /* tentatively unreachable (move_unreachable) */
    GC_FINALIZED = 1u << 2,   /* its finalizer has run: never again (PEP 442) */
};

static inline GcHead *gc_head(Object *o) { return (GcHead *)o - 1; }

/* Leave the lists (deallocation has begun); flags other than FINALIZED go. */
static inline void gc_untrack(Object *o)
{
    GcHead *h = gc_head(o);
    if (h->next) {
        h->prev->next = h->next;
        h->next->prev = h->prev;
        h->next = NULL;
    }
    h->flags &= GC_FINALIZED;
}

/* Not yet dying: obj_dealloc untracks an object before it frees or
 * queues it (the trashcan reuses the count field of a queued one). */
static inline bool gc_is_tracked(Object *o) { return gc_head(o)->next != NULL; }

/* obj_alloc: counts the allocation, may collect, then tracks o (fields zero). */
void gc_track_new(Object *o);
/* obj_free: untracks, uncounts; returns the block to free. */
void *gc_forget(Object *o);
/* Back on the youngest list: an object that a finalizer resurrected. */
void gc_track(Object *o);
static inline bool gc_is_finalized(Object *o) { return gc_head(o)->flags & GC_FINALIZED; }
static inline void gc_set_finalized(Object *o) { gc_head(o)->flags |= GC_FINALIZED; }

/* A collection of generation 0..2 and the younger ones: the number of
 * unreachable objects found (CPython's gc.collect), 0 when a collection
 * is already running. */
ssize_t gc_collect(int generation);
/* At exit, after the modules are gone: collect until nothing is found. */
void gc_collect_at_exit(void);

/* The gc module's view (all under the GIL). */
extern bool gc_enabled;
int gc_get_threshold(int generation);
void gc_set_threshold(int generation, int threshold);
int gc_get_count(int generation);
/* gc.get_objects: a new list of the tracked objects of one generation, or
 * of all for -1. */
Object *gc_get_objects(int generation);
/* gc.callbacks: the list (borrowed) the collector calls as CPython does;
 * NULL with MemoryError when it cannot be made.  gc_garbage: gc.garbage, the
 * same way.  gc_fini drops both and thaws what gc_freeze froze, so that
 * the exit collections see everything. */
Object *gc_callbacks(void);
Object *gc_garbage(void);
void gc_fini(void);
/* gc.get_referrers: a new list of the tracked objects (not frozen ones)
 * whose traverse reaches one of the tuple objs' items; objs itself is left out. */
Object *gc_get_referrers(Object *objs);
/* gc.freeze: every tracked object moves to a permanent generation that no
 * collection walks; gc_unfreeze puts them back in the oldest. */
void gc_freeze(void);
void gc_unfreeze(void);
size_t gc_freeze_count(void);

/* gc.set_debug's flags (CPython's values). */
enum {
    GC_DEBUG_STATS = 1 << 0,         /* a report per collection on stderr */
    GC_DEBUG_COLLECTABLE = 1 << 1,   /* each unreachable object found, on stderr */
    GC_DEBUG_UNCOLLECTABLE = 1 << 2, /* nothing here is uncollectable: no effect */
    GC_DEBUG_SAVEALL = 1 << 5,       /* unreachable objects go to gc.garbage, not freed */
    GC_DEBUG_LEAK = GC_DEBUG_COLLECTABLE | GC_DEBUG_UNCOLLECTABLE | GC_DEBUG_SAVEALL,
};
extern unsigned gc_debug;

typedef struct GcStats {
    uint64_t collections[GC_GENERATIONS];
    uint64_t collected;      /* unreachable objects found, as gc.collect counts them */
    uint64_t collected_in[GC_GENERATIONS]; /* the same by the generation collected */
    uint64_t pause_total_ns, pause_max_ns;
} GcStats;
extern GcStats gc_stats;

#endif
