/* vm/objects/gen.c — generators and coroutines: a frame of their own, resumed by next, send, throw and close.
 *
 * A coroutine (an async def's call) is a generator under another type: the
 * same object and resumption, but not an iterator.  `await` drives it
 * through YIELD_FROM as a delegate, and its __await__ gives a
 * coroutine_wrapper, the iterator other code drives it by.  A coroutine
 * runs once: resuming a finished one is RuntimeError, and one dropped
 * before it ever ran is reported ("was never awaited"), as CPython does.
 *
 * A generator owns its frame (vm/runtime/frame.h states the suspended-frame
 * invariants) until the frame finishes; then `frame` is NULL and every
 * resumption ends at once.  Everything here runs with the GIL held; a
 * generator may be resumed from any thread, one at a time: `running` is set
 * for the whole of a resumption (also while the eval loop lets the GIL go
 * inside it), and a resumption that finds it set raises ValueError
 * ("generator already executing") before touching the frame.
 *
 * The exception being handled.  While suspended inside an except block a
 * generator keeps the exception that block handles (`handled`), as
 * CPython's gi_exc_state; a resumption makes it the thread's `handled` and
 * gives the thread's back afterwards.  A generator handling nothing sees
 * its resumer's, as CPython's exc_info chain does.
 *
 * Finalization (PEP 442): an unfinished started generator is closed once,
 * when its last reference goes or when the collector finds it in
 * unreachable garbage, so its finally blocks run; an error there is
 * reported as "Exception ignored in: <generator ...>".
 */
#include <stdio.h>
#include <stdlib.h>

#include "vm/objects/gen.h"
#include "vm/modules/builtins.h"
#include "vm/objects/code.h"
#include "vm/objects/frameobject.h"
#include "vm/objects/gc.h"
#include "vm/objects/traceback.h"
#include "vm/objects/weakref.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/frame.h"
#include "vm/runtime/state.h"

typedef struct GenObject {
    Object ob;
    Frame *frame;        /* owned; NULL once finished */
    Object *code;        /* for gi_code, after the frame is gone */
    Object *name, *qualname;
    Object *handled;     /* the exception its except block handles while suspended, or NULL */
    bool running;
    bool closed;         /* an async generator that ended or was aclose()d: __anext__ stops at once */
    struct WeakRefObject *weaklist;
} GenObject;

Object *gen_new(Frame *f, Object *name, Object *qualname)
{
    Type *t = f->co->flags & CO_COROUTINE ? &CoroType
            : f->co->flags & CO_ASYNC_GENERATOR ? &AsyncGenType : &GenType;
    GenObject *g = (GenObject *)obj_alloc(t, sizeof *g);
    if (!g) {
        frame_free_owned(f);
        return NULL;
    }
    g->frame = f;
    g->code = (Object *)f->co;
    INCREF(g->code);
    g->name = name;
    g->qualname = qualname;
    INCREF(name);
    INCREF(qualname);
    return (Object *)g;
}

static void gen_drop_frame(GenObject *g)
{
    Frame *f = g->frame;
    g->frame = NULL;
    if (f)
        frame_free_owned(f);
}

/* The thread's `handled` while the generator runs: its own if it has one,
 * else the resumer's.  Returns the resumer's, to give back. */
static Object *handled_enter(GenObject *g, ThreadState *ts)
{
    Object *outer = ts->handled;
    Object *inner = g->handled;
    g->handled = NULL;
    if (!inner) {
        inner = outer;
        XINCREF(inner);
    }
    ts->handled = inner;
    return outer;
}

/* Whether f stopped inside an except (or exception-entered finally) block. */
static bool in_handler(const Frame *f)
{
    for (int i = 0; i < f->nblocks; i++)
        if (f->blocks[i].type == BLOCK_EXCEPT_HANDLER)
            return true;
    return false;
}

/* The generator keeps the exception its handler handles, decided by where
 * it stopped and not by comparing with the resumer's: the two may be the
 * same object (a caller throwing in the exception it is handling). */
static void handled_leave(GenObject *g, ThreadState *ts, Object *outer)
{
    Object *now = ts->handled;
    ts->handled = outer;
    if (!g->frame || g->frame->state != FRAME_SUSPENDED || !in_handler(g->frame))
        XDECREF(now);
    else
        g->handled = now;
}

bool gen_is_resumable(const Object *o)
{
    return o->type == &GenType || o->type == &CoroType || o->type == &AsyncGenType;
}

/* "generator", "coroutine" or "async generator", for messages. */
static const char *kind_of(const GenObject *g)
{
    return g->ob.type == &GenType ? "generator" : g->ob.type == &CoroType ? "coroutine" : "async generator";
}

/* StopIteration inside a generator becomes RuntimeError (PEP 479); an
 * async generator's StopAsyncIteration likewise (PEP 525). */
static void stop_iteration_to_runtime_error(GenObject *g)
{
    Object *si = exc_fetch();
    exc_set(ExcRuntimeError, "%s raised %s", kind_of(g), si->type->name);
    ExcObject *e = (ExcObject *)exc_occurred();
    if (!e || e->ob.type != ExcRuntimeError) {
        DECREF(si);
        return;
    }
    INCREF(si);
    SETREF(e->cause, si);
    SETREF(e->context, si);
    e->suppress_context = true;
}

/* Whether a throw is close()'s GeneratorExit, which a finished coroutine
 * takes quietly. */
static bool closing_now(bool throwing)
{
    return throwing && exc_occurred() && exc_matches(exc_occurred(), (Object *)ExcGeneratorExit);
}

static Object *stop_iteration(Object *value)
{
    Object *e = exc_new(ExcStopIteration, &value, 1);
    if (e)
        exc_set_obj(e);
    return NULL;
}

/* One resumption.  arg: the value sent (NULL: next(), the same as None
 * except that a plain return then ends without a StopIteration object);
 * throwing: an exception is pending and is raised at the yield. */
static Object *gen_send_ex(GenObject *g, Object *arg, bool throwing)
{
    Frame *f = g->frame;
    if (g->running) {
        exc_set(ExcValueError, "%s already executing", kind_of(g));
        return NULL;
    }
    if (!f) {
        if (g->ob.type == &CoroType && !closing_now(throwing))
            exc_set(ExcRuntimeError, "cannot reuse already awaited coroutine");
        else if (arg && !throwing)
            exc_set_obj((INCREF(ExcStopIteration), (Object *)ExcStopIteration));
        return NULL;
    }
    if (f->state == FRAME_CREATED && arg && arg != None && !throwing) {
        exc_set(ExcTypeError, "can't send non-None value to a just-started %s", kind_of(g));
        return NULL;
    }
    bool pushed = f->state == FRAME_SUSPENDED && !throwing;
    if (pushed) {
        Object *v = arg ? arg : None;
        INCREF(v);
        f->localsplus[frame_nfast(f->co) + (size_t)f->stacktop++] = v;
    }
    ThreadState *ts = vm_tstate;
    Object *outer = handled_enter(g, ts);
    g->running = true;
    Object *r = eval_resume(f, throwing);
    g->running = false;
    if (f->state != FRAME_DONE && !r && pushed) {   /* it never ran (RecursionError) */
        Object *v = f->localsplus[frame_nfast(f->co) + (size_t)--f->stacktop];
        DECREF(v);
    }
    handled_leave(g, ts, outer);
    if (f->state != FRAME_DONE)
        return r;
    gen_drop_frame(g);
    if (!r) {
        if (exc_matches(exc_occurred(), (Object *)ExcStopIteration) ||
            (g->ob.type == &AsyncGenType && exc_matches(exc_occurred(), (Object *)ExcStopAsyncIteration)))
            stop_iteration_to_runtime_error(g);
        return NULL;
    }
    if (r == None && !arg) {
        DECREF(r);
        return NULL;
    }
    stop_iteration(r);
    DECREF(r);
    return NULL;
}

Object *gen_next(Object *gen) { return gen_send_ex((GenObject *)gen, NULL, false); }

/* Exhausted is NULL without an exception, whatever the return value was. */
static Object *gen_iternext(Object *o)
{
    Object *r = gen_send_ex((GenObject *)o, NULL, false);
    if (!r && exc_occurred() && exc_matches(exc_occurred(), (Object *)ExcStopIteration))
        exc_clear();
    return r;
}

/* The methods' args[0] is the generator itself. */
static Object *gen_send(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "send() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    return gen_send_ex((GenObject *)args[0], args[1], false);
}

Object *gen_delegate_send(Object *delegate, Object *v)
{
    if (gen_is_resumable(delegate))
        return gen_send_ex((GenObject *)delegate, v, false);
    if (v == None && (delegate->type->flags & TYPE_HEAP))   /* keeps StopIteration's value */
        return obj_call_method(delegate, "__next__", NULL, 0);
    if (v == None)
        return obj_iternext(delegate);
    return obj_call_method(delegate, "send", &v, 1);
}

int gen_fetch_stop_value(Object **value)
{
    Object *e = exc_occurred();
    if (!e) {
        *value = none_new();
        return 0;
    }
    if (!exc_matches(e, (Object *)ExcStopIteration))
        return -1;
    Object *d = ((ExcObject *)e)->dict;
    Object *v = d ? dict_get_str(d, "value") : NULL;
    *value = v ? v : None;
    INCREF(*value);
    exc_clear();
    return 0;
}

/* The suspended frame is in `yield from` and its delegate has finished:
 * pop the delegate and go on after YIELD_FROM, with the delegate's result
 * (or the pending exception, raised there). */
static Object *resume_after_delegate(GenObject *g)
{
    Frame *f = g->frame;
    Object *d = f->localsplus[frame_nfast(f->co) + (size_t)--f->stacktop];
    f->localsplus[frame_nfast(f->co) + (size_t)f->stacktop] = NULL;
    DECREF(d);
    f->lasti++;
    Object *val;
    if (gen_fetch_stop_value(&val) < 0)
        return gen_send_ex(g, None, true);
    Object *r = gen_send_ex(g, val, false);
    DECREF(val);
    return r;
}

static Object *close_gen(GenObject *g);

/* close() of a delegate: a generator's own, else its close method if any. */
static int close_delegate(Object *d)
{
    Object *r;
    if (gen_is_resumable(d)) {
        r = close_gen((GenObject *)d);
    } else {
        Object *m = obj_getattr_str(d, "close");
        if (!m) {
            if (!exc_matches(exc_occurred(), (Object *)ExcAttributeError))
                return -1;
            exc_clear();
            return 0;
        }
        r = obj_call(m, NULL, 0, NULL);
        DECREF(m);
    }
    if (!r)
        return -1;
    DECREF(r);
    return 0;
}

static bool delegate_of(GenObject *g, Object **d)
{
    if (!g->frame || !eval_frame_delegate(g->frame, d))
        return false;
    INCREF(*d);
    return true;
}

/* Raise the pending exception inside g, first in the delegate of a
 * `yield from` it waits in (GeneratorExit closes the delegate instead). */
static Object *throw_pending(GenObject *g)
{
    Object *d;
    if (g->running || !delegate_of(g, &d))
        return gen_send_ex(g, None, true);
    Object *exc = exc_fetch(), *r;
    g->running = true;
    if (exc_matches(exc, (Object *)ExcGeneratorExit)) {
        int err = close_delegate(d);
        g->running = false;
        DECREF(d);
        if (err < 0) {
            DECREF(exc);
            return gen_send_ex(g, None, true);
        }
        exc_set_obj(exc);
        return gen_send_ex(g, None, true);
    }
    if (gen_is_resumable(d)) {
        exc_set_obj(exc);
        r = throw_pending((GenObject *)d);
    } else {
        Object *m = obj_getattr_str(d, "throw");
        if (!m) {
            g->running = false;
            DECREF(d);
            if (!exc_matches(exc_occurred(), (Object *)ExcAttributeError)) {
                DECREF(exc);
                return NULL;
            }
            exc_clear();
            exc_set_obj(exc);
            return gen_send_ex(g, None, true);
        }
        r = obj_call(m, &exc, 1, NULL);
        DECREF(m);
        DECREF(exc);
    }
    g->running = false;
    DECREF(d);
    return r ? r : resume_after_delegate(g);
}

/* throw(type[, value]) or throw(instance): the exception to raise. */
static Object *make_thrown(Object *const *args, size_t nargs)
{
    Object *typ = args[0], *val = nargs > 1 ? args[1] : None;
    if (nargs > 2 && args[2] != None && !obj_is(args[2], &TracebackType)) {
        exc_set(ExcTypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    if (obj_isinstance_type(typ, ExcBaseException)) {
        if (val != None) {
            exc_set(ExcTypeError, "instance exception may not have a separate value");
            return NULL;
        }
        INCREF(typ);
        return typ;
    }
    if (!obj_isinstance_type(typ, &TypeType) || !type_is_subtype((Type *)typ, ExcBaseException)) {
        exc_set(ExcTypeError, "exceptions must be classes or instances deriving from "
                "BaseException, not %s", typ->type->name);
        return NULL;
    }
    if (obj_isinstance_type(val, (Type *)typ)) {
        INCREF(val);
        return val;
    }
    if (val == None)
        return exc_new((Type *)typ, NULL, 0);
    if (obj_is(val, &TupleType))
        return exc_new((Type *)typ, ((TupleObject *)val)->items, tuple_len(val));
    return exc_new((Type *)typ, &val, 1);
}

static Object *gen_throw(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs < 2 || nargs > 4) {
        exc_set(ExcTypeError, "throw expected at least 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    Object *e = make_thrown(args + 1, nargs - 1);
    if (!e)
        return NULL;
    if (nargs > 3 && args[3] != None) {   /* the traceback the exception carries on with */
        ExcObject *x = (ExcObject *)e;
        Object *old = x->traceback;
        INCREF(args[3]);
        x->traceback = args[3];
        XDECREF(old);
    }
    exc_set_obj(e);
    return throw_pending((GenObject *)args[0]);
}

static Object *gen_close(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "close() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    return close_gen((GenObject *)args[0]);
}

/* Raise GeneratorExit at the yield: the frame's finally blocks run. */
static Object *close_gen(GenObject *g)
{
    if (g->frame && g->frame->state == FRAME_CREATED && !g->running) {
        gen_drop_frame(g);   /* nothing ran: no finally to run */
        return none_new();
    }
    exc_set_obj((INCREF(ExcGeneratorExit), (Object *)ExcGeneratorExit));
    Object *r = throw_pending(g);
    if (r) {
        DECREF(r);
        exc_set(ExcRuntimeError, "%s ignored GeneratorExit", kind_of(g));
        return NULL;
    }
    Object *exc = exc_occurred();
    if (exc && !exc_matches(exc, (Object *)ExcStopIteration) &&
        !exc_matches(exc, (Object *)ExcGeneratorExit))
        return NULL;
    exc_clear();
    return none_new();
}


/* Type.finalize: close a started, unfinished generator, once. */
static void gen_finalize(Object *o)
{
    GenObject *g = (GenObject *)o;
    if (!g->frame || g->frame->state != FRAME_SUSPENDED)
        return;
    Object *saved = exc_fetch();
    Object *r = close_gen(g);
    if (r)
        DECREF(r);
    else
        traceback_unraisable("Exception ignored in", o, "generator");
    if (saved)
        exc_set_obj(saved);
}

/* CPython's RuntimeWarning for a coroutine dropped before it ran: the
 * program forgot an await.  Printed, as gilvm has no warning filters in C. */
static void warn_never_awaited(GenObject *g)
{
    builtins_flush_stdout();
    fprintf(stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", str_utf8(g->qualname));
}

static void gen_dealloc(Object *o)
{
    GenObject *g = (GenObject *)o;
    if (o->type == &CoroType && g->frame && g->frame->state == FRAME_CREATED)
        warn_never_awaited(g);
    if (g->frame && g->frame->state == FRAME_SUSPENDED && !gc_is_finalized(o)) {
        gc_set_finalized(o);
        o->refcnt = 1;          /* alive while its finally blocks run */
        gen_finalize(o);
        if (--o->refcnt != 0) {
            gc_track(o);        /* resurrected */
            return;
        }
    }
    if (g->weaklist)
        weakref_clear_refs(o);
    gen_drop_frame(g);
    XDECREF(g->handled);
    DECREF(g->code);
    DECREF(g->name);
    DECREF(g->qualname);
    obj_free(o);
}

static void gen_traverse(Object *o, VisitFn visit, void *arg)
{
    GenObject *g = (GenObject *)o;
    visit(g->code, arg);
    visit(g->handled, arg);
    Frame *f = g->frame;
    if (!f || f->state == FRAME_RUNNING)
        return;
    visit(f->fobj, arg);   /* the frame object hooks saw, whose f_back may lead back here */
    size_t n = frame_nfast(f->co) + (f->state == FRAME_SUSPENDED ? (size_t)f->stacktop : 0);
    for (size_t i = 0; i < n; i++)
        visit(f->localsplus[i], arg);
}

/* Breaks a cycle through a suspended frame: its slots go (the collector
 * has already run the finalizer, which closed it if it could). */
static void gen_clear(Object *o)
{
    GenObject *g = (GenObject *)o;
    if (!g->running)
        gen_drop_frame(g);
    SETREF(g->handled, NULL);
}

static Object *gen_repr(Object *o)
{
    GenObject *g = (GenObject *)o;
    return str_from_fmt("<%s object %s at %p>", kind_of(g), str_utf8(g->qualname), (void *)o);
}

static Object *gen_self(Object *o)
{
    INCREF(o);
    return o;
}

static Object *gen_get_name(Object *o) { Object *v = ((GenObject *)o)->name; INCREF(v); return v; }
static Object *gen_get_qualname(Object *o) { Object *v = ((GenObject *)o)->qualname; INCREF(v); return v; }
static Object *gen_get_code(Object *o) { Object *v = ((GenObject *)o)->code; INCREF(v); return v; }
static Object *gen_get_running(Object *o) { return bool_from(((GenObject *)o)->running); }
/* A snapshot (vm/objects/frameobject.h) of its frame, None once finished. */
static Object *gen_get_frame(Object *o)
{
    const Frame *f = ((GenObject *)o)->frame;
    return f && f->state != FRAME_DONE ? frameobject_snapshot(f) : none_new();
}
static Object *gen_get_yieldfrom(Object *o)
{
    Object *d;
    GenObject *g = (GenObject *)o;
    return !g->running && delegate_of(g, &d) ? d : none_new();
}

static const MethodDef gen_methods[] = {
    { "send", gen_send, NULL },
    { "throw", gen_throw, NULL },
    { "close", gen_close, NULL },
    { "__name__", NULL, gen_get_name },
    { "__qualname__", NULL, gen_get_qualname },
    { "gi_code", NULL, gen_get_code },
    { "gi_running", NULL, gen_get_running },
    { "gi_frame", NULL, gen_get_frame },
    { "gi_yieldfrom", NULL, gen_get_yieldfrom },
    { NULL, NULL, NULL },
};

Type GenType = {
    OBJ_HEAD_INIT(&TypeType), .name = "generator", .base = &ObjectType,
    .basicsize = sizeof(GenObject), .flags = TYPE_GC, .dealloc = gen_dealloc,
    .weaklistoffset = offsetof(GenObject, weaklist),
    .repr = gen_repr, .iter = gen_self, .iternext = gen_iternext, .methods = gen_methods,
    .traverse = gen_traverse, .clear = gen_clear, .finalize = gen_finalize,
};

/* ---- coroutines ------------------------------------------------------- */

static Object *coro_await(Object *self, Object *const *args, size_t nargs, Object *kw);

static const MethodDef coro_methods[] = {
    { "send", gen_send, NULL },
    { "throw", gen_throw, NULL },
    { "close", gen_close, NULL },
    { "__await__", coro_await, NULL },
    { "__name__", NULL, gen_get_name },
    { "__qualname__", NULL, gen_get_qualname },
    { "cr_code", NULL, gen_get_code },
    { "cr_running", NULL, gen_get_running },
    { "cr_frame", NULL, gen_get_frame },
    { "cr_await", NULL, gen_get_yieldfrom },
    { NULL, NULL, NULL },
};

Type CoroType = {
    OBJ_HEAD_INIT(&TypeType), .name = "coroutine", .base = &ObjectType,
    .basicsize = sizeof(GenObject), .flags = TYPE_GC, .dealloc = gen_dealloc,
    .weaklistoffset = offsetof(GenObject, weaklist),
    .repr = gen_repr, .methods = coro_methods,
    .traverse = gen_traverse, .clear = gen_clear, .finalize = gen_finalize,
};

/* coroutine_wrapper: the iterator a coroutine's __await__ gives, so code
 * that drives awaitables by next/send/throw can drive a coroutine. */
typedef struct CoroWrapper {
    Object ob;
    Object *coro;
} CoroWrapper;

static Object *coro_await(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "__await__() takes no arguments (%zu given)", nargs - 1);
        return NULL;
    }
    CoroWrapper *w = (CoroWrapper *)obj_alloc(&CoroWrapperType, sizeof *w);
    if (!w)
        return NULL;
    w->coro = args[0];
    INCREF(w->coro);
    return (Object *)w;
}

static Object *wrapper_coro(Object *const *args) { return ((CoroWrapper *)args[0])->coro; }

static Object *wrapper_iternext(Object *o)
{
    return gen_send_ex((GenObject *)((CoroWrapper *)o)->coro, NULL, false);
}

/* Each method is the coroutine's own, applied to the coroutine. */
static Object *wrapper_forward(Object *const *args, size_t nargs, Object *kw, CallFn fn)
{
    Object *inner[4];
    if (nargs > 4)
        nargs = 4;
    inner[0] = wrapper_coro(args);
    for (size_t i = 1; i < nargs; i++)
        inner[i] = args[i];
    return fn(inner[0], inner, nargs, kw);
}

static Object *wrapper_send(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return wrapper_forward(args, nargs, kw, gen_send);
}

static Object *wrapper_throw(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (nargs > 4) {
        exc_set(ExcTypeError, "throw expected at most 3 arguments, got %zu", nargs - 1);
        return NULL;
    }
    return wrapper_forward(args, nargs, kw, gen_throw);
}

static Object *wrapper_close(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return wrapper_forward(args, nargs, kw, gen_close);
}

static void wrapper_dealloc(Object *o)
{
    DECREF(((CoroWrapper *)o)->coro);
    obj_free(o);
}

static void wrapper_traverse(Object *o, VisitFn visit, void *arg) { visit(((CoroWrapper *)o)->coro, arg); }

static const MethodDef wrapper_methods[] = {
    { "send", wrapper_send, NULL },
    { "throw", wrapper_throw, NULL },
    { "close", wrapper_close, NULL },
    { NULL, NULL, NULL },
};

Type CoroWrapperType = {
    OBJ_HEAD_INIT(&TypeType), .name = "coroutine_wrapper", .base = &ObjectType,
    .basicsize = sizeof(CoroWrapper), .flags = TYPE_GC, .dealloc = wrapper_dealloc,
    .iter = gen_self, .iternext = wrapper_iternext, .methods = wrapper_methods,
    .traverse = wrapper_traverse,
};

/* ---- the await protocol ----------------------------------------------- */

static bool is_coroutine(const Object *o)
{
    return o->type == &CoroType ||
           (o->type == &GenType && (((CodeObject *)((GenObject *)o)->code)->flags & CO_ITERABLE_COROUTINE));
}

static bool is_iterator(Object *o)
{
    static Object *next_name;
    if (!next_name)
        next_name = str_intern("__next__");
    return o->type->iternext || type_lookup(o->type, next_name);
}

/* The iterator `await o` drives, or NULL with TypeError; what_for, when
 * not NULL, names where o came from in the message (async with, async for). */
Object *gen_awaitable(Object *o, const char *what_for)
{
    static Object *await_name;
    if (!await_name)
        await_name = str_intern("__await__");
    if (is_coroutine(o)) {
        Object *d;
        if (o->type == &CoroType && delegate_of((GenObject *)o, &d)) {
            DECREF(d);
            exc_set(ExcRuntimeError, "coroutine is being awaited already");
            return NULL;
        }
        INCREF(o);
        return o;
    }
    Object *getter = type_lookup(o->type, await_name);
    if (!getter) {
        if (what_for)
            exc_set(ExcTypeError, "%s that does not implement __await__: %s", what_for, o->type->name);
        else
            exc_set(ExcTypeError, "object %s can't be used in 'await' expression", o->type->name);
        return NULL;
    }
    Object *it = obj_call(getter, &o, 1, NULL);
    if (it && is_coroutine(it)) {
        exc_set(ExcTypeError, "__await__() returned a coroutine");
        SETREF(it, NULL);
    } else if (it && !is_iterator(it)) {
        exc_set(ExcTypeError, "__await__() returned non-iterator of type '%s'", it->type->name);
        SETREF(it, NULL);
    }
    return it;
}

Object *gen_yield_from_iter(Object *o, const CodeObject *co)
{
    if (o->type == &CoroType) {
        if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
            exc_set(ExcTypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            return NULL;
        }
    } else if (o->type != &GenType) {
        return obj_iter(o);
    }
    INCREF(o);
    return o;
}

/* ---- async generators (PEP 525) ---------------------------------------
 *
 * An async generator is a generator whose frame both yields values and
 * awaits.  Its frame suspends for either; which one it was is told by
 * where it stopped: inside YIELD_FROM it is awaiting, and what it yielded
 * goes on out to whoever drives the await (an event loop); at a plain
 * yield it produced a value, which ends the current __anext__()/asend()
 * awaitable with StopIteration(value).  Each asend/athrow awaitable is a
 * small iterator over one such step. */

static Object *asyncgen_self(Object *o)
{
    INCREF(o);
    return o;
}

/* After a resumption of g: a value it yielded ends the step (NULL with
 * StopIteration(value)); what an await inside it yielded passes out;
 * its end is StopAsyncIteration. */
static Object *asyncgen_unwrap(GenObject *g, Object *r)
{
    Object *d;
    if (r) {
        if (delegate_of(g, &d)) {
            DECREF(d);
            return r;
        }
        stop_iteration(r);
        DECREF(r);
        return NULL;
    }
    Object *e = exc_occurred();
    if (!e || exc_matches(e, (Object *)ExcStopIteration)) {
        exc_set_obj((INCREF(ExcStopAsyncIteration), (Object *)ExcStopAsyncIteration));
        g->closed = true;
    } else if (exc_matches(e, (Object *)ExcStopAsyncIteration) || exc_matches(e, (Object *)ExcGeneratorExit)) {
        g->closed = true;
    }
    return NULL;
}

enum { STEP_INIT, STEP_ITER, STEP_CLOSED };

/* One asend(v) (v is None for __anext__) or athrow(...) / aclose() step. */
typedef struct AsyncGenStep {
    Object ob;
    GenObject *gen;
    Object *value;       /* asend: the value to send first */
    Object *thrown;      /* athrow: the exception to raise first; NULL for asend */
    bool closing;        /* aclose(): GeneratorExit, and a yield then is an error */
    int state;
} AsyncGenStep;

extern Type AsyncGenASendType, AsyncGenAThrowType;

static Object *step_new(Type *t, Object *gen, Object *value, Object *thrown, bool closing)
{
    AsyncGenStep *s = (AsyncGenStep *)obj_alloc(t, sizeof *s);
    if (!s) {
        XDECREF(thrown);
        return NULL;
    }
    s->gen = (GenObject *)gen;
    INCREF(gen);
    s->value = value;
    XINCREF(value);
    s->thrown = thrown;
    s->closing = closing;
    return (Object *)s;
}

static Object *stop_now(void)
{
    exc_set_obj((INCREF(ExcStopIteration), (Object *)ExcStopIteration));
    return NULL;
}

static Object *asend_send_value(AsyncGenStep *s, Object *v)
{
    if (s->state == STEP_CLOSED)
        return stop_now();
    if (s->state == STEP_INIT) {
        if (!v || v == None)
            v = s->value;
        s->state = STEP_ITER;
    }
    Object *r = asyncgen_unwrap(s->gen, gen_send_ex(s->gen, v ? v : None, false));
    if (!r)
        s->state = STEP_CLOSED;
    return r;
}

/* An aclose() step ends with StopIteration when the generator ended;
 * yielding a value instead is the generator refusing to close. */
static Object *athrow_result(AsyncGenStep *s, Object *r)
{
    if (s->closing && r) {
        Object *d;
        if (!delegate_of(s->gen, &d)) {
            DECREF(r);
            exc_set(ExcRuntimeError, "async generator ignored GeneratorExit");
            return NULL;
        }
        DECREF(d);
        return r;
    }
    if (!s->closing)
        r = asyncgen_unwrap(s->gen, r);
    if (r)
        return r;
    Object *e = exc_occurred();
    if (e && (exc_matches(e, (Object *)ExcStopAsyncIteration) || exc_matches(e, (Object *)ExcGeneratorExit))) {
        s->state = STEP_CLOSED;
        s->gen->closed = true;
        if (s->closing) {
            exc_clear();
            stop_now();
        }
    }
    return NULL;
}

static Object *athrow_send_value(AsyncGenStep *s, Object *v)
{
    GenObject *g = s->gen;
    if (!g->frame || s->state == STEP_CLOSED)
        return stop_now();
    if (s->state == STEP_ITER)
        return athrow_result(s, gen_send_ex(g, v ? v : None, false));
    if (g->closed)
        return stop_now();
    if (v && v != None) {
        exc_set(ExcRuntimeError, "can't send non-None value to a just-started coroutine");
        return NULL;
    }
    s->state = STEP_ITER;
    if (s->closing) {
        g->closed = true;
        exc_set_obj((INCREF(ExcGeneratorExit), (Object *)ExcGeneratorExit));
    } else {
        Object *e = s->thrown;
        s->thrown = NULL;
        exc_set_obj(e);
    }
    return athrow_result(s, throw_pending(g));
}

static Object *step_send_value(Object *o, Object *v)
{
    AsyncGenStep *s = (AsyncGenStep *)o;
    return o->type == &AsyncGenASendType ? asend_send_value(s, v) : athrow_send_value(s, v);
}

static Object *step_iternext(Object *o) { return step_send_value(o, NULL); }

static Object *step_send(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "send() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    return step_send_value(args[0], args[1]);
}

/* throw() into a step: into the generator, then as the step would end. */
static Object *step_throw(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    AsyncGenStep *s = (AsyncGenStep *)args[0];
    if (kw || nargs < 2 || nargs > 4) {
        exc_set(ExcTypeError, "throw expected at least 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    if (s->state == STEP_CLOSED)
        return stop_now();
    Object *e = make_thrown(args + 1, nargs - 1);
    if (!e)
        return NULL;
    exc_set_obj(e);
    s->state = STEP_ITER;
    Object *r = throw_pending(s->gen);
    if (args[0]->type == &AsyncGenAThrowType)
        return athrow_result(s, r);
    r = asyncgen_unwrap(s->gen, r);
    if (!r)
        s->state = STEP_CLOSED;
    return r;
}

static Object *step_close(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self; (void)nargs; (void)kw;
    ((AsyncGenStep *)args[0])->state = STEP_CLOSED;
    return none_new();
}

static void step_dealloc(Object *o)
{
    AsyncGenStep *s = (AsyncGenStep *)o;
    DECREF(s->gen);
    XDECREF(s->value);
    XDECREF(s->thrown);
    obj_free(o);
}

static void step_traverse(Object *o, VisitFn visit, void *arg)
{
    AsyncGenStep *s = (AsyncGenStep *)o;
    visit((Object *)s->gen, arg);
    visit(s->value, arg);
    visit(s->thrown, arg);
}

static Object *step_await(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self; (void)nargs; (void)kw;
    INCREF(args[0]);
    return args[0];
}

static const MethodDef step_methods[] = {
    { "send", step_send, NULL },
    { "throw", step_throw, NULL },
    { "close", step_close, NULL },
    { "__await__", step_await, NULL },
    { NULL, NULL, NULL },
};

Type AsyncGenASendType = {
    OBJ_HEAD_INIT(&TypeType), .name = "async_generator_asend", .base = &ObjectType,
    .basicsize = sizeof(AsyncGenStep), .flags = TYPE_GC, .dealloc = step_dealloc,
    .iter = asyncgen_self, .iternext = step_iternext, .methods = step_methods, .traverse = step_traverse,
};

Type AsyncGenAThrowType = {
    OBJ_HEAD_INIT(&TypeType), .name = "async_generator_athrow", .base = &ObjectType,
    .basicsize = sizeof(AsyncGenStep), .flags = TYPE_GC, .dealloc = step_dealloc,
    .iter = asyncgen_self, .iternext = step_iternext, .methods = step_methods, .traverse = step_traverse,
};

static Object *agen_asend(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "asend() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    return step_new(&AsyncGenASendType, args[0], args[1], NULL, false);
}

static Object *agen_anext(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self; (void)nargs; (void)kw;
    return step_new(&AsyncGenASendType, args[0], None, NULL, false);
}

static Object *agen_athrow(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs < 2 || nargs > 4) {
        exc_set(ExcTypeError, "athrow expected at least 1 argument, got %zu", nargs - 1);
        return NULL;
    }
    Object *e = make_thrown(args + 1, nargs - 1);
    return e ? step_new(&AsyncGenAThrowType, args[0], NULL, e, false) : NULL;
}

static Object *agen_aclose(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self; (void)nargs; (void)kw;
    return step_new(&AsyncGenAThrowType, args[0], NULL, NULL, true);
}

static Object *agen_aiter(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self; (void)nargs; (void)kw;
    INCREF(args[0]);
    return args[0];
}

static const MethodDef agen_methods[] = {
    { "__aiter__", agen_aiter, NULL },
    { "__anext__", agen_anext, NULL },
    { "asend", agen_asend, NULL },
    { "athrow", agen_athrow, NULL },
    { "aclose", agen_aclose, NULL },
    { "__name__", NULL, gen_get_name },
    { "__qualname__", NULL, gen_get_qualname },
    { "ag_code", NULL, gen_get_code },
    { "ag_running", NULL, gen_get_running },
    { "ag_frame", NULL, gen_get_frame },
    { "ag_await", NULL, gen_get_yieldfrom },
    { NULL, NULL, NULL },
};

Type AsyncGenType = {
    OBJ_HEAD_INIT(&TypeType), .name = "async_generator", .base = &ObjectType,
    .basicsize = sizeof(GenObject), .flags = TYPE_GC, .dealloc = gen_dealloc,
    .weaklistoffset = offsetof(GenObject, weaklist),
    .repr = gen_repr, .methods = agen_methods,
    .traverse = gen_traverse, .clear = gen_clear, .finalize = gen_finalize,
    .classmethods = obj_generic_classmethods,
};

/* ---- async iteration -------------------------------------------------- */

Object *gen_aiter(Object *o)
{
    static Object *aiter_name, *anext_name;
    if (!aiter_name) {
        aiter_name = str_intern("__aiter__");
        anext_name = str_intern("__anext__");
    }
    Object *getter = type_lookup(o->type, aiter_name);
    if (!getter) {
        exc_set(ExcTypeError, "'async for' requires an object with __aiter__ method, got %s", o->type->name);
        return NULL;
    }
    Object *it = obj_call(getter, &o, 1, NULL);
    if (it && !type_lookup(it->type, anext_name)) {
        exc_set(ExcTypeError, "'async for' received an object from __aiter__ that does not implement "
                "__anext__: %s", it->type->name);
        SETREF(it, NULL);
    }
    return it;
}

Object *gen_anext(Object *aiter)
{
    static Object *anext_name;
    if (!anext_name)
        anext_name = str_intern("__anext__");
    if (aiter->type == &AsyncGenType)
        return step_new(&AsyncGenASendType, aiter, None, NULL, false);
    Object *getter = type_lookup(aiter->type, anext_name);
    if (!getter) {
        exc_set(ExcTypeError, "'async for' requires an iterator with __anext__ method, got %s",
                aiter->type->name);
        return NULL;
    }
    Object *next = obj_call(getter, &aiter, 1, NULL);
    if (!next)
        return NULL;
    Object *aw = gen_awaitable(next, NULL);
    if (!aw) {
        exc_clear();
        exc_set(ExcTypeError, "'async for' received an invalid object from __anext__: %s", next->type->name);
    }
    DECREF(next);
    return aw;
}

/* ---- anext(aiterator, default) -----------------------------------------
 *
 * The awaitable anext() returns when given a default: it drives the
 * awaitable __anext__() returned, and that awaitable's StopAsyncIteration
 * becomes StopIteration(default), so the await evaluates to the default. */

typedef struct AnextAwaitable {
    Object ob;
    Object *wrapped;     /* what __anext__() returned */
    Object *iter;        /* the iterator awaiting wrapped drives; NULL until the first step */
    Object *deflt;
} AnextAwaitable;

Type AnextAwaitableType;

Object *gen_anext_default(Object *awaitable, Object *deflt)
{
    AnextAwaitable *a = (AnextAwaitable *)obj_alloc(&AnextAwaitableType, sizeof *a);
    if (!a)
        return NULL;
    a->wrapped = awaitable;
    a->deflt = deflt;
    INCREF(awaitable);
    INCREF(deflt);
    return (Object *)a;
}

static Object *anext_iter(AnextAwaitable *a)
{
    if (!a->iter)
        a->iter = gen_awaitable(a->wrapped, NULL);
    return a->iter;
}

/* After the driven iterator returned NULL: its StopAsyncIteration is the
 * default's StopIteration; a called method must not end silently. */
static Object *anext_end(AnextAwaitable *a, bool method)
{
    Object *e = exc_occurred();
    if (e && exc_matches(e, (Object *)ExcStopAsyncIteration)) {
        exc_clear();
        return stop_iteration(a->deflt);
    }
    return e || !method ? NULL : stop_now();
}

static Object *anext_step(AnextAwaitable *a, Object *v, bool method)
{
    Object *it = anext_iter(a);
    if (!it)
        return NULL;
    Object *r = gen_delegate_send(it, v);
    return r ? r : anext_end(a, method);
}

static Object *anext_iternext(Object *o) { return anext_step((AnextAwaitable *)o, None, false); }

static Object *anext_send(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    if (kw || nargs != 2) {
        exc_set(ExcTypeError, "send() takes exactly one argument (%zu given)", nargs - 1);
        return NULL;
    }
    return anext_step((AnextAwaitable *)args[0], args[1], true);
}

/* throw() and close() pass to the driven iterator's methods of that name. */
static Object *anext_pass(Object *const *args, size_t nargs, Object *kw, const char *name)
{
    AnextAwaitable *a = (AnextAwaitable *)args[0];
    if (kw) {
        exc_set(ExcTypeError, "%s() takes no keyword arguments", name);
        return NULL;
    }
    Object *it = anext_iter(a);
    Object *r = it ? obj_call_method(it, name, args + 1, nargs - 1) : NULL;
    return r ? r : anext_end(a, true);
}

static Object *anext_throw(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return anext_pass(args, nargs, kw, "throw");
}

static Object *anext_close(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    return anext_pass(args, nargs, kw, "close");
}

static void anext_dealloc(Object *o)
{
    AnextAwaitable *a = (AnextAwaitable *)o;
    DECREF(a->wrapped);
    XDECREF(a->iter);
    DECREF(a->deflt);
    obj_free(o);
}

static void anext_traverse(Object *o, VisitFn visit, void *arg)
{
    AnextAwaitable *a = (AnextAwaitable *)o;
    visit(a->wrapped, arg);
    visit(a->iter, arg);
    visit(a->deflt, arg);
}

static const MethodDef anext_methods[] = {
    { "send", anext_send, NULL },
    { "throw", anext_throw, NULL },
    { "close", anext_close, NULL },
    { "__await__", step_await, NULL },
    { NULL, NULL, NULL },
};

Type AnextAwaitableType = {
    OBJ_HEAD_INIT(&TypeType), .name = "anext_awaitable", .base = &ObjectType,
    .basicsize = sizeof(AnextAwaitable), .flags = TYPE_GC, .dealloc = anext_dealloc,
    .iter = asyncgen_self, .iternext = anext_iternext, .methods = anext_methods,
    .traverse = anext_traverse,
};
