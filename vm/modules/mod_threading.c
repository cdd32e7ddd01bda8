/* vm/modules/mod_threading.c — `threading`: real pthreads, each with its own
 * ThreadState, taking turns under the GIL.
 *
 * Invariants:
 *   - Thread and lock objects, the alive list and the name counter are
 *     touched only with the GIL held (the invariant of vm/objects/object.h).
 *   - What a thread needs while it does NOT hold the GIL lives outside the
 *     objects, in malloc'ed C structs: a Done (join: finished flag + mutex +
 *     condvar) and a LockCore (locked/owner/count + mutex + condvar).  Their
 *     pthread mutexes are held only for a few instructions and never while
 *     taking the GIL, so they cannot deadlock with it.  A Done is shared by
 *     the Thread object and the running thread (atomic count); a LockCore
 *     belongs to its lock object, which the caller keeps alive across a
 *     blocking acquire.
 *   - A started thread owns a reference to its Thread object until it has
 *     run; the alive list holds another until the thread finishes.
 *   - start() returns only once the new thread has attached (or given up
 *     because shutdown began), waiting with the GIL released, as CPython's
 *     start() waits for the thread to signal it started.  So the main thread
 *     never reaches shutdown with a thread of its own still starting, whose
 *     references nobody could account for.  Non-
 *     daemon threads are joined by a vm_at_shutdown hook on the main thread;
 *     daemon threads still running are stopped by the GIL at shutdown
 *     (vmthread_exit_now) and abandon their objects, as CPython's do.
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/runtime/module.h"
#include "vm/runtime/state.h"
#include "vm/objects/traceback.h"

/* ---- C-side synchronisation, usable without the GIL */

typedef struct Done {
    pthread_mutex_t m;
    pthread_cond_t cv;
    bool finished;
    bool attached;     /* the thread holds or waits for the GIL: start() may return */
    _Atomic int refs;
} Done;

static void cond_init_mono(pthread_cond_t *cv)
{
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(cv, &a);
    pthread_condattr_destroy(&a);
}

static Done *done_new(void)
{
    Done *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    pthread_mutex_init(&d->m, NULL);
    cond_init_mono(&d->cv);
    atomic_store(&d->refs, 1);
    return d;
}

static void done_unref(Done *d)
{
    if (d && atomic_fetch_sub(&d->refs, 1) == 1) {
        pthread_cond_destroy(&d->cv);
        pthread_mutex_destroy(&d->m);
        free(d);
    }
}

/* Sets one of d's flags (finished, attached) and wakes its waiters. */
static void done_set(Done *d, bool *flag)
{
    pthread_mutex_lock(&d->m);
    *flag = true;
    pthread_cond_broadcast(&d->cv);
    pthread_mutex_unlock(&d->m);
}

/* Until the thread attached, or finished without attaching (shutdown, or
 * no memory for its state).  Whether it attached. */
static bool wait_attached(Done *d)
{
    pthread_mutex_lock(&d->m);
    while (!d->attached && !d->finished)
        pthread_cond_wait(&d->cv, &d->m);
    bool attached = d->attached;
    pthread_mutex_unlock(&d->m);
    return attached;
}

static bool done_finished(Done *d)
{
    pthread_mutex_lock(&d->m);
    bool f = d->finished;
    pthread_mutex_unlock(&d->m);
    return f;
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

/* Without the GIL: wait until the thread of d has finished, or until the
 * deadline (NULL: none), or until a SIGINT for the main thread.  0 (it has
 * finished), ETIMEDOUT or EINTR (vm_cond_wait). */
static int wait_done(Done *d, const struct timespec *dl)
{
    int r = 0;
    pthread_mutex_lock(&d->m);
    while (!d->finished && r != ETIMEDOUT && r != EINTR)
        r = vm_cond_wait(&d->cv, &d->m, dl);
    if (d->finished)
        r = 0;
    pthread_mutex_unlock(&d->m);
    return r;
}

/* With the GIL: wait_done with the GIL released.  0, or -1 with
 * KeyboardInterrupt set (a timeout is not an error: join returns). */
static int join_done(Done *d, const struct timespec *dl)
{
    int r;
    atomic_fetch_add(&d->refs, 1);
    do {
        /* No object is touched between these two calls. */
        vm_block_begin("join");
        r = wait_done(d, dl);
        vm_block_end();
    } while (r == EINTR && vmthread_check_signals() == 0);
    done_unref(d);
    return r == EINTR ? -1 : 0;
}

/* ---- Thread objects */

typedef struct ThreadObject {
    Object ob;
    Object *dict;
    Object *target, *args, *kwargs, *name;
    bool daemon, started, is_main;
    uint64_t ident;
    Done *done;
    struct ThreadObject *next_alive;
} ThreadObject;

static Type ThreadType;
static ThreadObject *alive;            /* started, not finished; GIL */
static unsigned name_counter;          /* "Thread-N"; GIL */
static ThreadObject *main_thread_obj;  /* created on first use; GIL */
static _Thread_local ThreadObject *current;

static void alive_unlink(ThreadObject *t)
{
    for (ThreadObject **p = &alive; *p; p = &(*p)->next_alive)
        if (*p == t) {
            *p = t->next_alive;
            t->next_alive = NULL;
            return;
        }
}

static void thread_dealloc(Object *o)
{
    ThreadObject *t = (ThreadObject *)o;
    XDECREF(t->dict);
    XDECREF(t->target);
    XDECREF(t->args);
    XDECREF(t->kwargs);
    XDECREF(t->name);
    done_unref(t->done);
    obj_free(o);
}

static ThreadObject *thread_alloc(void)
{
    ThreadObject *t = (ThreadObject *)obj_alloc(&ThreadType, sizeof *t);
    if (t && !(t->done = done_new())) {
        DECREF(t);
        exc_nomemory();
        return NULL;
    }
    return t;
}

static const char *const thread_kw[] = { "group", "target", "name", "args", "kwargs", "daemon", NULL };

static int thread_init_fields(ThreadObject *t, Object *const *args, size_t nargs, Object *kwnames)
{
    Object *a[6];
    if (args_parse("Thread", args, nargs, kwnames, 0, thread_kw, a) < 0)
        return -1;
    if (a[0] && a[0] != None) {
        exc_set(ExcAssertionError, "group argument must be None for now");
        return -1;
    }
    Object *name = a[2] && a[2] != None ? obj_str(a[2]) : str_from_fmt("Thread-%u", ++name_counter);
    Object *targs = a[3] ? tuple_from_iter(a[3]) : tuple_new(0);
    Object *tkw = a[4] && a[4] != None ? dict_copy(a[4]) : dict_new();
    if (!name || !targs || !tkw) {
        XDECREF(name);
        XDECREF(targs);
        XDECREF(tkw);
        return -1;
    }
    int daemon = 0;
    if (a[5] && a[5] != None)
        daemon = obj_truth(a[5]);
    else if (current)
        daemon = current->daemon;    /* inherited, as CPython */
    if (daemon < 0) {
        DECREF(name);
        DECREF(targs);
        DECREF(tkw);
        return -1;
    }
    SETREF(t->target, a[1] && a[1] != None ? (INCREF(a[1]), a[1]) : NULL);
    SETREF(t->name, name);
    SETREF(t->args, targs);
    SETREF(t->kwargs, tkw);
    t->daemon = daemon;
    return 0;
}

static Object *thread_construct(Object *type, Object *const *args, size_t nargs, Object *kwnames)
{
    ThreadObject *t = thread_alloc();
    if (t && thread_init_fields(t, args, nargs, kwnames) < 0) {
        DECREF(t);
        return NULL;
    }
    return (Object *)t;
}

static ThreadObject *self_thread(Object *const *args, size_t nargs, const char *meth)
{
    if (nargs < 1 || !obj_isinstance_type(args[0], &ThreadType)) {
        exc_set(ExcTypeError, "descriptor '%s' requires a 'Thread' object", meth);
        return NULL;
    }
    return (ThreadObject *)args[0];
}

/* run(): call target(*args, **kwargs), then drop them (CPython does, to
 * break cycles through the target). */
static Object *thread_run(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    ThreadObject *t = self_thread(args, nargs, "run");
    if (!t)
        return NULL;
    Object *r = NULL;
    if (!t->target)
        return none_new();
    size_t np = tuple_len(t->args), nk = dict_len(t->kwargs);
    Object **argv = malloc((np + nk + 1) * sizeof *argv);
    Object *names = nk ? tuple_new(nk) : NULL;
    if (!argv || (nk && !names)) {
        exc_nomemory();
        goto out;
    }
    for (size_t i = 0; i < np; i++)
        argv[i] = tuple_get(t->args, i);
    Object *k, *v;
    size_t pos = 0;
    for (size_t i = 0; i < nk && dict_next(t->kwargs, &pos, &k, &v); i++) {
        INCREF(k);
        tuple_set(names, i, k);
        argv[np + i] = v;
    }
    r = obj_call(t->target, argv, np + nk, names);
out:
    free(argv);
    XDECREF(names);
    SETREF(t->target, NULL);
    SETREF(t->args, tuple_new(0));
    SETREF(t->kwargs, dict_new());
    return r;
}

static void report_exception(ThreadObject *t)
{
    Object *exc = exc_fetch();
    if (!exc)
        return;
    if (!exc_matches(exc, (Object *)ExcSystemExit)) {
        fflush(stdout);
        fprintf(stderr, "Exception in thread %s:\n", str_utf8(t->name));
        traceback_print(exc);
        fflush(stderr);
    }
    DECREF(exc);
}

typedef struct Start {
    ThreadObject *t;   /* owned reference */
    Done *done;        /* a reference */
    char name[64];
} Start;

static void *thread_main(void *arg)
{
    Start *s = arg;
    /* No GIL yet: only the C struct may be read. */
    ThreadState *ts = vmthread_attach(s->name);
    if (!ts) {
        /* Shutting down before it ran, or out of memory: it never touches
         * its objects; start() drops the references it took. */
        done_set(s->done, &s->done->finished);
        done_unref(s->done);
        free(s);
        return NULL;
    }
    done_set(s->done, &s->done->attached);
    ThreadObject *t = s->t;
    current = t;
    t->ident = (uint64_t)pthread_self();
    Object *r = obj_call_method((Object *)t, "run", NULL, 0);
    if (r)
        DECREF(r);
    else
        report_exception(t);
    alive_unlink(t);
    DECREF(t);              /* the alive list's reference */
    current = NULL;
    DECREF(t);              /* the running thread's reference */
    done_set(s->done, &s->done->finished);
    done_unref(s->done);
    free(s);
    vmthread_detach();
    return NULL;
}

static Object *thread_start(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    ThreadObject *t = self_thread(args, nargs, "start");
    if (!t)
        return NULL;
    if (t->started) {
        exc_set(ExcRuntimeError, "threads can only be started once");
        return NULL;
    }
    Start *s = calloc(1, sizeof *s);
    if (!s) {
        exc_nomemory();
        return NULL;
    }
    snprintf(s->name, sizeof s->name, "%s", str_utf8(t->name));
    s->t = t;
    s->done = t->done;
    INCREF(t);                          /* the running thread's */
    INCREF(t);                          /* the alive list's */
    atomic_fetch_add(&t->done->refs, 1);
    t->started = true;
    t->next_alive = alive;
    alive = t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int e = pthread_create(&tid, &attr, thread_main, s);
    pthread_attr_destroy(&attr);
    if (e) {
        alive_unlink(t);
        t->started = false;
        done_unref(t->done);
        DECREF(t);
        DECREF(t);
        free(s);
        exc_set(ExcRuntimeError, "can't start new thread");
        return NULL;
    }
    Done *d = t->done;
    atomic_fetch_add(&d->refs, 1);
    /* No object is touched between these two calls. */
    vm_block_begin("start");
    bool attached = wait_attached(d);
    vm_block_end();
    done_unref(d);
    if (!attached) {
        /* Still on the alive list, so exit would wait for it forever. */
        alive_unlink(t);
        DECREF(t);
        DECREF(t);
        exc_set(ExcRuntimeError, "can't start new thread");
        return NULL;
    }
    return none_new();
}

static int timeout_arg(Object *v, bool *has, double *secs)
{
    *has = v && v != None;
    if (!*has)
        return 0;
    if (num_as_double(v, secs) < 0)
        return -1;
    if (*secs < 0)
        *secs = 0;
    return 0;
}

static Object *thread_join(Object *c, Object *const *args, size_t nargs, Object *kwnames)
{
    static const char *const kw[] = { "self", "timeout", NULL };
    Object *a[2];
    if (args_parse("join", args, nargs, kwnames, 1, kw, a) < 0)
        return NULL;
    ThreadObject *t = self_thread(args, nargs, "join");
    bool has;
    double secs;
    if (!t || timeout_arg(a[1], &has, &secs) < 0)
        return NULL;
    if (!t->started) {
        exc_set(ExcRuntimeError, "cannot join thread before it is started");
        return NULL;
    }
    if (t == current || (t->is_main && !current)) {
        exc_set(ExcRuntimeError, "cannot join current thread");
        return NULL;
    }
    struct timespec dl = has ? deadline_after(secs) : (struct timespec){ 0, 0 };
    return join_done(t->done, has ? &dl : NULL) < 0 ? NULL : none_new();
}

static Object *thread_is_alive(Object *c, Object *const *args, size_t nargs, Object *kw)
{
    ThreadObject *t = self_thread(args, nargs, "is_alive");
    if (!t)
        return NULL;
    return bool_from(t->started && !done_finished(t->done));
}

static Object *thread_get_name(Object *o)
{
    INCREF(((ThreadObject *)o)->name);
    return ((ThreadObject *)o)->name;
}
static Object *thread_get_ident(Object *o)
{
    ThreadObject *t = (ThreadObject *)o;
    return t->ident ? int_from_i64((int64_t)t->ident) : none_new();
}
static Object *thread_get_daemon(Object *o) { return bool_from(((ThreadObject *)o)->daemon); }

static int thread_setattr(Object *o, Object *name, Object *value)
{
    ThreadObject *t = (ThreadObject *)o;
    const char *n = str_utf8(name);
    if (strcmp(n, "name") == 0 && value) {
        Object *s = obj_str(value);
        if (!s)
            return -1;
        SETREF(t->name, s);
        return 0;
    }
    if (strcmp(n, "daemon") == 0 && value) {
        if (t->started) {
            exc_set(ExcRuntimeError, "cannot set daemon status of active thread");
            return -1;
        }
        int b = obj_truth(value);
        if (b < 0)
            return -1;
        t->daemon = b;
        return 0;
    }
    return obj_setattr_generic(o, name, value);
}

static Object *thread_repr(Object *o)
{
    ThreadObject *t = (ThreadObject *)o;
    const char *status = !t->started ? "initial" : done_finished(t->done) ? "stopped" : "started";
    StrBuf b = { 0 };
    strbuf_printf(&b, "<%s(%s, %s", t->is_main ? "_MainThread" : "Thread", str_utf8(t->name), status);
    if (t->daemon)
        strbuf_puts(&b, " daemon");
    if (t->ident)
        strbuf_printf(&b, " %llu", (unsigned long long)t->ident);
    strbuf_puts(&b, ")>");
    return strbuf_finish(&b);
}

static const MethodDef thread_methods[] = {
    { "start", thread_start, NULL },
    { "run", thread_run, NULL },
    { "join", thread_join, NULL },
    { "is_alive", thread_is_alive, NULL },
    { "name", NULL, thread_get_name },
    { "ident", NULL, thread_get_ident },
    { "daemon", NULL, thread_get_daemon },
    { NULL, NULL, NULL },
};

static Type ThreadType = {
    OBJ_HEAD_INIT(&TypeType), .name = "Thread", .base = &ObjectType,
    .basicsize = sizeof(ThreadObject), .dealloc = thread_dealloc, .repr = thread_repr,
    .setattr = thread_setattr, .dictoffset = offsetof(ThreadObject, dict),
    .construct = thread_construct, .methods = thread_methods,
};

/* The main thread's object, made on first use (on the main thread, or on
 * any thread once main exists: `current` is NULL only there). */
static ThreadObject *main_thread(void)
{
    if (!main_thread_obj) {
        ThreadObject *t = thread_alloc();
        if (!t)
            return NULL;
        t->name = str_from_cstr("MainThread");
        t->args = tuple_new(0);
        t->kwargs = dict_new();
        if (!t->name || !t->args || !t->kwargs) {
            DECREF(t);
            return NULL;
        }
        t->is_main = t->started = true;
        t->ident = (uint64_t)pthread_self();
        main_thread_obj = t;
    }
    return main_thread_obj;
}

static ThreadObject *current_obj(void) { return current ? current : main_thread(); }

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

static Type LockType, RLockType;

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
        exc_set(ExcValueError, "timeout value must be a non-negative number");
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
    pthread_mutex_unlock(&c->m);
    return str_from_fmt("<%s _thread.%s object at %p>", l ? "locked" : "unlocked",
                        o->type == &RLockType ? "RLock" : "lock", (void *)o);
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

/* ---- module functions */

static Object *th_current_thread(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    ThreadObject *t = current_obj();
    if (t)
        INCREF(t);
    return (Object *)t;
}

static Object *th_main_thread(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    ThreadObject *t = main_thread();
    if (t)
        INCREF(t);
    return (Object *)t;
}

static Object *th_get_ident(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return int_from_i64((int64_t)(uint64_t)pthread_self());
}

static size_t alive_count(void)
{
    size_t n = 1;   /* the main thread */
    for (ThreadObject *t = alive; t; t = t->next_alive)
        n++;
    return n;
}

static Object *th_active_count(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    return int_from_i64((int64_t)alive_count());
}

static Object *th_enumerate(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    Object *l = list_new(0);
    ThreadObject *m = main_thread();
    if (!l || !m || list_append(l, (Object *)m) < 0) {
        XDECREF(l);
        return NULL;
    }
    for (ThreadObject *t = alive; t; t = t->next_alive)
        if (list_append(l, (Object *)t) < 0) {
            DECREF(l);
            return NULL;
        }
    return l;
}

/* At exit (main thread, GIL held): wait for every non-daemon thread, as
 * CPython's threading._shutdown does.  A KeyboardInterrupt ends the wait
 * the way it ends python3's: reported as ignored, the exit status left as
 * it was, the threads still running abandoned like daemon threads. */
static void join_non_daemon(void)
{
    for (;;) {
        ThreadObject *t = alive;
        while (t && t->daemon)
            t = t->next_alive;
        if (!t)
            break;
        if (join_done(t->done, NULL) < 0) {
            Object *exc = exc_fetch();
            fflush(stdout);
            fprintf(stderr, "Exception ignored in: <module 'threading' (built-in)>\n");
            traceback_print(exc);
            fflush(stderr);
            DECREF(exc);
            break;
        }
    }
    SETREF(main_thread_obj, NULL);
}

static int add_type(Object *m, const char *name, Type *t)
{
    return module_add(m, name, (Object *)t);
}

Object *mod_threading_init(void)
{
    Object *m = module_new("threading", NULL);
    if (!m)
        return NULL;
    if (add_type(m, "Thread", &ThreadType) < 0 || add_type(m, "Lock", &LockType) < 0 ||
        add_type(m, "RLock", &RLockType) < 0 ||
        module_add_func(m, "current_thread", th_current_thread) < 0 ||
        module_add_func(m, "currentThread", th_current_thread) < 0 ||
        module_add_func(m, "main_thread", th_main_thread) < 0 ||
        module_add_func(m, "get_ident", th_get_ident) < 0 ||
        module_add_func(m, "active_count", th_active_count) < 0 ||
        module_add_func(m, "activeCount", th_active_count) < 0 ||
        module_add_func(m, "enumerate", th_enumerate) < 0) {
        DECREF(m);
        return NULL;
    }
    if (vm_at_shutdown(join_non_daemon) < 0) {
        DECREF(m);
        exc_nomemory();
        return NULL;
    }
    return m;
}
