/* vm/objects/object.c — allocation, accounting, and the singletons None,
 * NotImplemented and Ellipsis.
 *
 * Every heap object comes from obj_alloc and goes back through obj_free, so
 * obj_stats counts each exactly once.  Instances of heap types (classes)
 * hold a reference to their type, taken here and dropped in obj_free, so a
 * class lives as long as its last instance.  Containers (TYPE_GC) get a
 * GcHead in front of the object and are tracked by the collector from
 * allocation until their deallocation begins (vm/objects/gc.h). */
#include "vm/objects/object.h"
#include "vm/objects/gc.h"

#include <stdlib.h>
#include <unistd.h>

ObjStats obj_stats;

static inline void stats_count_alloc(void)
{
    uint64_t live = ++obj_stats.allocated - obj_stats.freed;
    if (live > obj_stats.peak_live)
        obj_stats.peak_live = live;
}

/* More than the machine's RAM cannot be meant: refuse it up front, so that
 * `[0] * 10**12` raises MemoryError instead of leaning on overcommit. */
bool obj_size_ok(size_t bytes)
{
    static size_t limit;
    if (!limit) {
        long pages = sysconf(_SC_PHYS_PAGES), psize = sysconf(_SC_PAGESIZE);
        limit = pages > 0 && psize > 0 ? (size_t)pages * (size_t)psize : (size_t)1 << 40;
    }
    if (bytes <= limit)
        return true;
    exc_nomemory();
    return false;
}

Object *obj_alloc(Type *type, size_t size)
{
    size_t head = (type->flags & TYPE_GC) ? sizeof(GcHead) : 0;
    if (!obj_size_ok(size + head))
        return NULL;
    char *mem = calloc(1, head + size);
    if (!mem) {
        exc_nomemory();
        return NULL;
    }
    Object *o = (Object *)(mem + head);
    o->refcnt = 1;
    o->type = type;
    if (type->flags & TYPE_HEAP)
        INCREF(type);
    stats_count_alloc();
    if (head)
        gc_track_new(o);
    return o;
}

/* The block as obj_alloc sized it (type.c's instance_new): a variable-size
 * value, and after it the __dict__ pointer of a subclass instance that has one. */
size_t obj_sizeof(Object *o)
{
    Type *t = o->type;
    size_t n = t->basicsize;
    if (t->dictoffset == DICTOFFSET_END)
        n = ((t->instsize(o) + sizeof(Object *) - 1) & ~(sizeof(Object *) - 1)) + sizeof(Object *);
    else if (t->instsize)
        n = t->instsize(o);
    for (; t; t = t->base)
        if (t->extsize)
            return n + t->extsize(o);
    return n;
}

void obj_free(Object *o)
{
    Type *t = o->type;
    free(t->flags & TYPE_GC ? gc_forget(o) : (void *)o);
    obj_stats.freed++;
    if (t->flags & TYPE_HEAP)
        DECREF(t);
}

/* Freeing a deep structure (a list of a list of ...) recurses through
 * obj_dealloc once per level.  Past MAX_DEALLOC_DEPTH nested deallocs an
 * object is queued instead (its dead refcnt field links the queue), and the
 * outermost dealloc drains the queue, as CPython's trashcan does. */
#define MAX_DEALLOC_DEPTH 64
static _Thread_local int dealloc_depth;
static _Thread_local Object *deferred;

static inline void dealloc_now(Object *o)
{
    dealloc_depth++;
    if (o->type->dealloc)
        o->type->dealloc(o);
    else
        obj_free(o);
    dealloc_depth--;
}

void obj_dealloc(Object *o)
{
    /* Dying (or queued, its count field reused): no longer the collector's. */
    if (o->type->flags & TYPE_GC)
        gc_untrack(o);
    if (dealloc_depth >= MAX_DEALLOC_DEPTH) {
        o->refcnt = (intptr_t)deferred;
        deferred = o;
        return;
    }
    dealloc_now(o);
    while (dealloc_depth == 0 && deferred) {
        Object *d = deferred;
        deferred = (Object *)d->refcnt;
        d->refcnt = 0;
        dealloc_now(d);
    }
}

void obj_immortalize(Object *o)
{
    if (obj_is_gc(o))
        gc_untrack(o); /* always a root: nothing to find by walking it */
    o->refcnt = IMMORTAL_REFCNT;
    obj_stats.allocated--;
}

static Object *none_repr(Object *o) { return str_from_cstr("None"); }
static Object *notimpl_repr(Object *o) { return str_from_cstr("NotImplemented"); }
static Object *ellipsis_repr(Object *o) { return str_from_cstr("Ellipsis"); }
static int none_truth(Object *o) { return 0; }

static Object *none_construct(Object *callable, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "NoneType takes no arguments");
        return NULL;
    }
    return none_new();
}

Type NoneType = {
    OBJ_HEAD_INIT(&TypeType), .name = "NoneType", .base = &ObjectType,
    .basicsize = sizeof(Object), .repr = none_repr, .truth = none_truth,
    .construct = none_construct,
};
/* NotImplemented and Ellipsis pickle as the builtins of their names. */
static Object *singleton_reduce(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "__reduce__() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    return args[0]->type->repr(args[0]);
}

static const MethodDef singleton_methods[] = {
    { "__reduce__", singleton_reduce, NULL },
    { NULL, NULL, NULL },
};

Type NotImplementedType = {
    OBJ_HEAD_INIT(&TypeType), .name = "NotImplementedType", .base = &ObjectType,
    .basicsize = sizeof(Object), .repr = notimpl_repr, .methods = singleton_methods,
};
Type EllipsisType = {
    OBJ_HEAD_INIT(&TypeType), .name = "ellipsis", .base = &ObjectType,
    .basicsize = sizeof(Object), .repr = ellipsis_repr, .methods = singleton_methods,
};

Object NoneObject = OBJ_HEAD_INIT(&NoneType);
Object NotImplementedObject = OBJ_HEAD_INIT(&NotImplementedType);
Object EllipsisObject = OBJ_HEAD_INIT(&EllipsisType);
