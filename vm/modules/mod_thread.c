/* vm/modules/mod_thread.c — `_thread`, the low-level thread module CPython's
 * threading is written over: real pthreads, each with its own ThreadState,
 * taking turns under the GIL; locks whose blocking waits release the GIL.
 * vm/lib/threading.py builds Thread, Condition, Event & co. on it.
 *
 * Invariants:
 *   - Lock objects, the thread count and the serial counter are touched
 *     only with the GIL held (the invariant of vm/objects/object.h).
 *   - What a thread needs while it does NOT hold the GIL lives outside the
 *     objects, in malloc'ed C structs: a Launch (attached / gave-up flags +
 *     mutex + condvar, shared by the starter and the new thread, atomic
 *     count) and a LockCore (locked/owner/count + mutex + condvar, owned by
 *     its lock object, which the caller keeps alive across a blocking
 *     acquire).  Their pthread mutexes are held only for a few instructions
 *     and never while taking the GIL, so they cannot deadlock with it.
 *   - A started thread owns references to its function, arguments and
 *     sentinel lock.  start returns only once the new thread has attached
 *     (or gave up because shutdown began), waiting with the GIL released,
 *     so the main thread never reaches shutdown with a thread still
 *     starting whose references nobody could account for.  If it gave up,
 *     start drops those references itself.
 *   - The sentinel (threading's join) is released by the thread after it
 *     dropped every reference it held, just before it detaches: whoever
 *     joined it then sees nothing of it left.  Non-daemon threads are
 *     joined by threading._shutdown, which a vm_at_shutdown hook calls on
 *     the main thread; daemon threads still running are stopped by the GIL
 *     at shutdown (vmthread_exit_now) and abandon their objects, as
 *     CPython's do.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "vm/objects/code.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"
#include "vm/objects/traceback.h"

/* CPython's on Linux: the largest timeout a lock wait takes, in seconds. */
#define TIMEOUT_MAX ((double)LLONG_MAX / 1e9)

static void cond_init_mono(pthread_cond_t *cv)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(cv, &a);
    pthread_condattr_destroy(&a);
}

static struct timespec deadline_after(double secs)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    double whole = floor(secs);
    ts.tv_sec += (time_t)whole;
    ts.tv_nsec += (long)((secs - whole) * 1e9);
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}

/* ---- locks: Lock and RLock share a core; RLock adds an owner and a count */

typedef struct LockCore {
    pthread_mutex_t m;
    pthread_cond_t cv;
    bool locked;
    uint64_t owner;     /* RLock: ident of the owner */
    unsigned long count;
} LockCore;

typedef struct LockObject {
    Object ob;
    LockCore *core;
} LockObject;

static Type RLockType;

static Object *lock_new(Type *type)
{
    LockObject *l = (LockObject *)obj_alloc(type, sizeof *l);
    if (!l)
        return NULL;
    if (!(l->core = calloc(1, sizeof *l->core))) {
        DECREF(l);
        exc_nomemory();
        return NULL;
    }
    pthread_mutex_init(&l->core->m, NULL);
    cond_init_mono(&l->core->cv);
    return (Object *)l;
}

static void lock_dealloc(Object *o)
{
    LockCore *c = ((LockObject *)o)->core;
    if (c) {
        pthread_cond_destroy(&c->cv);
        pthread_mutex_destroy(&c->m);
        free(c);
    }
    obj_free(o);
}

static Object *lock_construct(Object *type, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "%s() takes no arguments", ((Type *)type)->name);
        return NULL;
    }
    return lock_new((Type *)type);
}

/* Take c->locked for `me` (0 for a plain Lock).  Called without the GIL when
 * it may block.  0 (taken), ETIMEDOUT, EBUSY (not blocking, and locked) or
 * EINTR (vm_cond_wait). */
static int core_take(LockCore *c, bool block, const struct timespec *dl, uint64_t me)
{
    int r = 0;
    pthread_mutex_lock(&c->m);
    while (c->locked && block && r != ETIMEDOUT && r != EINTR)
        r = vm_cond_wait(&c->cv, &c->m, dl);
    if (!c->locked) {
        c->locked = true;
        c->owner = me;
        c->count = 1;
        r = 0;
    } else if (!block) {
        r = EBUSY;
    }
    pthread_mutex_unlock(&c->m);
    return r;
}

static bool core_try(LockCore *c, uint64_t me)
{
    return core_take(c, false, NULL, me) == 0;
}

static Object *lock_acquire_impl(Object *const *args, size_t nargs, Object *kwnames, bool reentrant)
{
    static const char *const kw[] = { "self", "blocking", "timeout", NULL };
    Object *a[3];
    if (args_parse("acquire", args, nargs, kwnames, 1, kw, a) < 0)
        return NULL;
    LockCore *c = ((LockObject *)args[0])->core;
    int block = a[1] ? obj_truth(a[1]) : 1;
    double secs = -1;
    if (block < 0 || (a[2] && num_as_double(a[2], &secs) < 0))
        return NULL;
    if (!block && secs != -1) {
        exc_set(ExcValueError, "can't specify a timeout for a non-blocking call");
        return NULL;
    }
    if (secs < 0 && secs != -1) {
        exc_set(ExcValueError, "timeout value must be positive");
        return NULL;
    }
    if (secs > TIMEOUT_MAX) {
        exc_set(ExcOverflowError, "timestamp out of range for platform time_t");
        return NULL;
    }
    uint64_t me = reentrant ? (uint64_t)pthread_self() : 0;
    if (reentrant) {
        pthread_mutex_lock(&c->m);
        bool mine = c->locked && c->owner == me;
        if (mine)
            c->count++;
        pthread_mutex_unlock(&c->m);
        if (mine)
            return bool_from(true);
    }
    if (core_try(c, me))
        return bool_from(true);
    if (!block)
        return bool_from(false);
    struct timespec dl = secs >= 0 ? deadline_after(secs) : (struct timespec){ 0, 0 };
    int r;
    do {
        /* No object is touched between these two calls: only the C core. */
        vm_block_begin("lock");
        r = core_take(c, true, secs >= 0 ? &dl : NULL, me);
        vm_block_end();
    } while (r == EINTR && vmthread_check_signals() == 0);
    return r == EINTR ? NULL : bool_from(r == 0);
}

static Object *lock_acquire(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return lock_acquire_impl(args, nargs, kw, false);
}
static Object *rlock_acquire(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return lock_acquire_impl(args, nargs, kw, true);
}

static Object *lock_release_impl(Object *self, bool reentrant)
{
    LockCore *c = ((LockObject *)self)->core;
    uint64_t me = reentrant ? (uint64_t)pthread_self() : 0;
    pthread_mutex_lock(&c->m);
    bool ok = c->locked && (!reentrant || c->owner == me);
    if (ok && --c->count == 0) {
        c->locked = false;
        c->owner = 0;
        pthread_cond_signal(&c->cv);
    }
    pthread_mutex_unlock(&c->m);
    if (!ok) {
        exc_set(ExcRuntimeError, reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
        return NULL;
    }
    return none_new();
}

static Object *lock_release(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "release() takes no arguments");
        return NULL;
    }
    return lock_release_impl(args[0], false);
}
static Object *rlock_release(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "release() takes no arguments");
        return NULL;
    }
    return lock_release_impl(args[0], true);
}
static Object *lock_exit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs ? lock_release_impl(args[0], false) : NULL;
}
static Object *rlock_exit(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return nargs ? lock_release_impl(args[0], true) : NULL;
}

static Object *lock_locked(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    LockCore *c = ((LockObject *)args[0])->core;
    pthread_mutex_lock(&c->m);
    bool l = c->locked;
    pthread_mutex_unlock(&c->m);
    return bool_from(l);
}

static Object *lock_repr(Object *o)
{
    LockCore *c = ((LockObject *)o)->core;
    pthread_mutex_lock(&c->m);
    bool l = c->locked;
    uint64_t owner = c->owner;
    unsigned long count = l ? c->count : 0;
    pthread_mutex_unlock(&c->m);
    if (o->type == &RLockType)
        return str_from_fmt("<%s _thread.RLock object owner=%llu count=%lu at %p>",
                            l ? "locked" : "unlocked", (unsigned long long)owner, count, (void *)o);
    return str_from_fmt("<%s _thread.lock object at %p>", l ? "locked" : "unlocked", (void *)o);
}

/* The sentinel's release at a thread's end: it is held, by nobody in
 * particular (a plain lock). */
static void release_core(Object *lock)
{
    LockCore *c = ((LockObject *)lock)->core;
    pthread_mutex_lock(&c->m);
    c->locked = false;
    c->owner = 0;
    pthread_cond_signal(&c->cv);
    pthread_mutex_unlock(&c->m);
}

/* What Condition needs of an RLock: whether the caller owns it, and giving
 * up every level of ownership across a wait, then taking them back. */
static Object *rlock_is_owned(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    LockCore *c = ((LockObject *)args[0])->core;
    pthread_mutex_lock(&c->m);
    bool mine = c->locked && c->owner == (uint64_t)pthread_self();
    pthread_mutex_unlock(&c->m);
    return bool_from(mine);
}

static Object *rlock_release_save(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    LockCore *c = ((LockObject *)args[0])->core;
    pthread_mutex_lock(&c->m);
    bool mine = c->locked && c->owner == (uint64_t)pthread_self();
    unsigned long count = c->count;
    uint64_t owner = c->owner;
    if (mine) {
        c->locked = false;
        c->owner = 0;
        c->count = 0;
        pthread_cond_signal(&c->cv);
    }
    pthread_mutex_unlock(&c->m);
    if (!mine) {
        exc_set(ExcRuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    Object *n = int_from_i64((int64_t)count), *o = int_from_i64((int64_t)owner);
    Object *r = n && o ? tuple_pack(2, n, o) : NULL;
    XDECREF(n);
    XDECREF(o);
    return r;
}

/* Not interruptible, as CPython's: Condition.wait must get its lock back
 * before any exception leaves it. */
static Object *rlock_acquire_restore(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *st = nargs == 2 ? args[1] : NULL;
    if (!st || !obj_isinstance_type(st, &TupleType) || tuple_len(st) != 2 ||
        !obj_isinstance_type(tuple_get(st, 0), &IntType) || !obj_isinstance_type(tuple_get(st, 1), &IntType)) {
        exc_set(ExcTypeError, "_acquire_restore() argument must be a (count, owner) tuple");
        return NULL;
    }
    int64_t count = int_value(tuple_get(st, 0)), owner = int_value(tuple_get(st, 1));
    LockCore *c = ((LockObject *)args[0])->core;
    /* No object is touched between these two calls: only the C core. */
    vm_block_begin("lock");
    pthread_mutex_lock(&c->m);
    while (c->locked)
        pthread_cond_wait(&c->cv, &c->m);
    c->locked = true;
    c->owner = (uint64_t)owner;
    c->count = (unsigned long)count;
    pthread_mutex_unlock(&c->m);
    vm_block_end();
    return none_new();
}

static const MethodDef lock_methods[] = {
    { "acquire", lock_acquire, NULL },
    { "release", lock_release, NULL },
    { "locked", lock_locked, NULL },
    { "__enter__", lock_acquire, NULL },
    { "__exit__", lock_exit, NULL },
    { NULL, NULL, NULL },
};
static const MethodDef rlock_methods[] = {
    { "acquire", rlock_acquire, NULL },
    { "release", rlock_release, NULL },
    { "__enter__", rlock_acquire, NULL },
    { "__exit__", rlock_exit, NULL },
    { "_is_owned", rlock_is_owned, NULL },
    { "_release_save", rlock_release_save, NULL },
    { "_acquire_restore", rlock_acquire_restore, NULL },
    { NULL, NULL, NULL },
};

static Type LockType = {
    OBJ_HEAD_INIT(&TypeType), .name = "lock", .base = &ObjectType,
    .basicsize = sizeof(LockObject), .dealloc = lock_dealloc, .repr = lock_repr,
    .construct = lock_construct, .methods = lock_methods,
};
static Type RLockType = {
    OBJ_HEAD_INIT(&TypeType), .name = "RLock", .base = &ObjectType,
    .basicsize = sizeof(LockObject), .dealloc = lock_dealloc, .repr = lock_repr,
    .construct = lock_construct, .methods = rlock_methods,
};


/* ---- starting threads */

typedef struct Launch {
    pthread_mutex_t m;
    pthread_cond_t cv;
    bool attached;     /* the thread holds or waits for the GIL: start may return */
    bool gave_up;      /* it will never run (shutdown began, or no memory) */
    long native_id;    /* set before attached */
    _Atomic int refs;
} Launch;

static Launch *launch_new(void)
{
    Launch *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    pthread_mutex_init(&l->m, NULL);
    cond_init_mono(&l->cv);
    atomic_store(&l->refs, 2);   /* the starter's and the thread's */
    return l;
}

static void launch_unref(Launch *l)
{
    if (atomic_fetch_sub(&l->refs, 1) == 1) {
        pthread_cond_destroy(&l->cv);
        pthread_mutex_destroy(&l->m);
        free(l);
    }
}

static void launch_set(Launch *l, bool *flag)
{
    pthread_mutex_lock(&l->m);
    *flag = true;
    pthread_cond_broadcast(&l->cv);
    pthread_mutex_unlock(&l->m);
}

/* Until the thread attached or gave up; whether it attached. */
static bool launch_wait(Launch *l)
{
    pthread_mutex_lock(&l->m);
    while (!l->attached && !l->gave_up)
        pthread_cond_wait(&l->cv, &l->m);
    bool attached = l->attached;
    pthread_mutex_unlock(&l->m);
    return attached;
}

typedef struct Start {
    Object *func, *args, *kwargs;   /* owned; kwargs may be NULL */
    Object *sentinel;               /* owned lock, released at the end; or NULL */
    Launch *launch;
    char name[64];
} Start;

static _Atomic long thread_count;   /* _count(): threads started here, still running */
static unsigned dummy_counter;       /* names of threads started without one; GIL */

void mod_thread_after_fork_child(void) { atomic_store(&thread_count, 0); }

static void start_free(Start *s)
{
    XDECREF(s->func);
    XDECREF(s->args);
    XDECREF(s->kwargs);
    XDECREF(s->sentinel);
    free(s);
}

/* func(*args, **kwargs) for a tuple and a dict (or NULL). */
static Object *call_with(Object *func, Object *args, Object *kwargs)
{
    size_t np = tuple_len(args), nk = kwargs ? dict_len(kwargs) : 0;
    Object **argv = malloc((np + nk + 1) * sizeof *argv);
    Object *names = nk ? tuple_new(nk) : NULL;
    Object *r = NULL;
    if (!argv || (nk && !names)) {
        exc_nomemory();
        goto out;
    }
    for (size_t i = 0; i < np; i++)
        argv[i] = tuple_get(args, i);
    Object *k, *v;
    size_t pos = 0;
    for (size_t i = 0; i < nk && dict_next(kwargs, &pos, &k, &v); i++) {
        INCREF(k);
        tuple_set(names, i, k);
        argv[np + i] = v;
    }
    r = obj_call(func, argv, np + nk, names);
out:
    free(argv);
    XDECREF(names);
    return r;
}

/* What CPython's start_new_thread does with an exception its function let
 * out (threading catches its own): SystemExit ends the thread quietly. */
static void report_unraisable(Object *func)
{
    Object *e = exc_occurred();
    if (e && exc_matches(e, (Object *)ExcSystemExit))
        exc_clear();
    else if (e)
        traceback_unraisable("Exception ignored in thread started by", func, "?");
}


static void *thread_main(void *arg)
{
    Start *s = arg;
    Launch *l = s->launch;
    /* No GIL yet: only the C structs may be read. */
    ThreadState *ts = vmthread_attach(s->name);
    if (!ts) {
        /* Shutting down before it ran, or out of memory: it never touches
         * its objects; start drops them. */
        launch_set(l, &l->gave_up);
        launch_unref(l);
        return NULL;
    }
    l->native_id = (long)syscall(SYS_gettid);
    launch_set(l, &l->attached);
    launch_unref(l);
    Object *r = call_with(s->func, s->args, s->kwargs);
    if (r)
        DECREF(r);
    else
        report_unraisable(s->func);
    Object *sentinel = s->sentinel;
    s->sentinel = NULL;
    start_free(s);
    if (sentinel) {
        release_core(sentinel);
        DECREF(sentinel);
    }
    atomic_fetch_sub(&thread_count, 1);
    vmthread_detach();
    return NULL;
}


/* threading.stack_size([size]): the C stack new threads get, 0 for the
 * system's default; it returns the size before.  Read and written with the GIL held.  A request below
 * STACK_FLOOR is raised to it: the VM keeps a reserve at the end of each
 * stack (vm/runtime/state.c) that a smaller one could not hold. */
static size_t stack_size;
enum { STACK_MIN = 32768, STACK_FLOOR = 1024 * 1024 };

static Object *th_stack_size(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs > 1) {
        exc_set(ExcTypeError, "stack_size expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    int64_t want = 0;
    if (nargs == 1 && int_as_i64(args[0], &want) < 0)
        return NULL;
    if (want < 0) {
        exc_set(ExcValueError, "size must be 0 or a positive value");
        return NULL;
    }
    size_t old = stack_size;
    if (want != 0 && (want < STACK_MIN || (uint64_t)want > SIZE_MAX / 2)) {
        stack_size = 0;   /* a refused size leaves the default, as CPython's */
        exc_set(ExcValueError, "size not valid: %lld bytes", (long long)want);
        return NULL;
    }
    stack_size = (size_t)want;   /* no argument sets the default too, as CPython's */
    return int_from_i64((int64_t)old);
}

/* Starts func(*args, **kwargs) on a new thread named `name` (NULL:
 * "Dummy-N"); sentinel (a held lock, or NULL) is released when it ends.
 * (ident, native_id), or NULL with RuntimeError as CPython's. */
static Object *start_thread(const char *name, Object *func, Object *args, Object *kwargs,
                            Object *sentinel)
{
    Start *s = calloc(1, sizeof *s);
    Launch *l = launch_new();
    if (!s || !l) {
        free(s);
        free(l);
        exc_nomemory();
        return NULL;
    }
    INCREF(func);
    INCREF(args);
    XINCREF(kwargs);
    XINCREF(sentinel);
    *s = (Start){ func, args, kwargs, sentinel, l, { 0 } };
    if (name)
        snprintf(s->name, sizeof s->name, "%s", name);
    else
        snprintf(s->name, sizeof s->name, "Dummy-%u", ++dummy_counter);
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    if (stack_size)
        pthread_attr_setstacksize(&attr, stack_size < STACK_FLOOR ? STACK_FLOOR : stack_size);
    pthread_t tid;
    atomic_fetch_add(&thread_count, 1);
    int e = pthread_create(&tid, &attr, thread_main, s);
    pthread_attr_destroy(&attr);
    bool attached = false;
    if (!e) {
        /* No object is touched between these two calls. */
        vm_block_begin("start");
        attached = launch_wait(l);
        vm_block_end();
    } else {
        launch_unref(l);   /* the thread's, which never came */
    }
    long native_id = l->native_id;
    launch_unref(l);
    if (!attached) {
        atomic_fetch_sub(&thread_count, 1);
        start_free(s);
        exc_set(ExcRuntimeError, "can't start new thread");
        return NULL;
    }
    Object *id = int_from_i64((int64_t)(uint64_t)tid), *nid = int_from_i64(native_id);
    Object *r = id && nid ? tuple_pack(2, id, nid) : NULL;
    XDECREF(id);
    XDECREF(nid);
    return r;
}

/* start_new_thread(function, args[, kwargs]) -> ident, as CPython's. */
static Object *th_start_new_thread(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "function", "args", "kwargs", NULL };
    Object *a[3];
    if (args_parse("start_new_thread", args, nargs, kwnames, 2, kw, a) < 0)
        return NULL;
    if (!obj_isinstance_type(a[1], &TupleType)) {
        exc_set(ExcTypeError, "2nd arg must be a tuple");
        return NULL;
    }
    if (a[2] && !obj_isinstance_type(a[2], &DictType)) {
        exc_set(ExcTypeError, "optional 3rd arg must be a dictionary");
        return NULL;
    }
    Object *r = start_thread(NULL, a[0], a[1], a[2], NULL);
    if (!r)
        return NULL;
    Object *id = tuple_get(r, 0);
    INCREF(id);
    DECREF(r);
    return id;
}

/* _start_thread(name, function, sentinel) -> (ident, native_id): threading's
 * way in.  The name goes to the GIL's trace and counters as the thread's;
 * sentinel, a held lock, is released once the thread has ended. */
static Object *th_start_named(Object *f, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "name", "function", "sentinel", NULL };
    Object *a[3];
    if (args_parse("_start_thread", args, nargs, kwnames, 3, kw, a) < 0)
        return NULL;
    if (!obj_isinstance_type(a[0], &StrType) || !obj_isinstance_type(a[2], &LockType)) {
        exc_set(ExcTypeError, "_start_thread(str, callable, lock)");
        return NULL;
    }
    Object *noargs = tuple_new(0);
    Object *r = noargs ? start_thread(str_utf8(a[0]), a[1], noargs, NULL, a[2]) : NULL;
    XDECREF(noargs);
    return r;
}
/* ---- module functions */

static Object *th_allocate_lock(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs || kw) {
        exc_set(ExcTypeError, "allocate_lock() takes no arguments");
        return NULL;
    }
    return lock_new(&LockType);
}

static Object *th_get_ident(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return int_from_i64((int64_t)vm_tstate->ident);
}

/* _atomic(function): marks the function's code atomic (vm/objects/code.h)
 * and returns the function, for library classes that stand in for
 * CPython's C types: two threads sharing one must not see it half-updated. */
static Object *th_atomic(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw || !obj_is(args[0], &FunctionType)) {
        exc_set(ExcTypeError, "_atomic() takes one Python function");
        return NULL;
    }
    ((CodeObject *)((FunctionObject *)args[0])->code)->flags |= CO_GILVM_ATOMIC;
    INCREF(args[0]);
    return args[0];
}

static Object *th_get_native_id(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return int_from_i64((int64_t)syscall(SYS_gettid));
}

static Object *th_count(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return int_from_i64(atomic_load(&thread_count));
}

/* _excepthook(args): threading.excepthook's default, as CPython's: nothing
 * for SystemExit; else "Exception in thread NAME:" and the traceback, on
 * stderr.  args has exc_type, exc_value, exc_traceback and thread. */
static Object *th_excepthook(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    if (nargs != 1 || kw) {
        exc_set(ExcTypeError, "_excepthook() takes exactly one argument");
        return NULL;
    }
    Object *value = obj_getattr_str(args[0], "exc_value");
    Object *thread = value ? obj_getattr_str(args[0], "thread") : NULL;
    if (!thread) {
        XDECREF(value);
        return NULL;
    }
    Object *name = NULL;
    if (!exc_matches(value, (Object *)ExcSystemExit)) {
        name = thread != None ? obj_getattr_str(thread, "name") : th_get_ident(NULL, NULL, 0, NULL);
        Object *s = name ? obj_str(name) : NULL;
        Object *head = s ? str_from_fmt("Exception in thread %s:", str_utf8(s)) : NULL;
        if (head)
            traceback_report(str_utf8(head), value);
        XDECREF(head);
        SETREF(name, head ? s : NULL);
        if (!head)
            XDECREF(s);
    }
    bool failed = !exc_matches(value, (Object *)ExcSystemExit) && !name;
    DECREF(value);
    DECREF(thread);
    XDECREF(name);
    return failed ? NULL : none_new();
}

/* At exit (main thread, GIL held): threading._shutdown, which waits for
 * every non-daemon thread, if threading was imported.  A KeyboardInterrupt
 * ends the wait the way it ends python3's: reported as ignored, the exit
 * status left as it was, the threads still running abandoned like daemon
 * threads. */
static void shutdown_threading(void)
{
    Object *m = module_imported("threading");
    if (!m)
        return;
    INCREF(m);
    Object *r = obj_call_method(m, "_shutdown", NULL, 0);
    if (r) {
        DECREF(r);
    } else {
        traceback_unraisable("Exception ignored in", m, "<module 'threading'>");
    }
    DECREF(m);
}

static bool hook_registered;

Object *mod__thread_init(void)
{
    Object *m = module_new("_thread", NULL);
    if (!m)
        return NULL;
    Object *tmax = float_from_double(TIMEOUT_MAX);
    if (!tmax || module_add(m, "TIMEOUT_MAX", tmax) < 0 ||
        module_add(m, "LockType", (Object *)&LockType) < 0 ||
        module_add(m, "RLock", (Object *)&RLockType) < 0 ||
        module_add(m, "error", (Object *)ExcRuntimeError) < 0 ||
        module_add_func(m, "allocate_lock", th_allocate_lock) < 0 ||
        module_add_func(m, "start_new_thread", th_start_new_thread) < 0 ||
        module_add_func(m, "_start_thread", th_start_named) < 0 ||
        module_add_func(m, "get_ident", th_get_ident) < 0 ||
        module_add_func(m, "get_native_id", th_get_native_id) < 0 ||
        module_add_func(m, "_atomic", th_atomic) < 0 ||
        module_add_func(m, "_count", th_count) < 0 ||
        module_add_func(m, "stack_size", th_stack_size) < 0 ||
        module_add_func(m, "_excepthook", th_excepthook) < 0) {
        XDECREF(tmax);
        DECREF(m);
        return NULL;
    }
    DECREF(tmax);
    if (!hook_registered) {
        if (vm_at_shutdown(shutdown_threading) < 0) {
            DECREF(m);
            exc_nomemory();
            return NULL;
        }
        hook_registered = true;
    }
    return m;
}
