/* vm/objects/gen.c — generators: a frame of their own, resumed by next, send, throw and close.
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
    struct WeakRefObject *weaklist;
} GenObject;

Object *gen_new(Frame *f, Object *name, Object *qualname)
{
    GenObject *g = (GenObject *)obj_alloc(&GenType, sizeof *g);
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

static void handled_leave(GenObject *g, ThreadState *ts, Object *outer)
{
    Object *now = ts->handled;
    ts->handled = outer;
    if (now == outer || !g->frame || g->frame->state != FRAME_SUSPENDED)
        XDECREF(now);
    else
        g->handled = now;
}

/* StopIteration inside a generator becomes RuntimeError (PEP 479). */
static void stop_iteration_to_runtime_error(void)
{
    Object *si = exc_fetch();
    exc_set(ExcRuntimeError, "generator raised StopIteration");
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
        exc_set(ExcValueError, "generator already executing");
        return NULL;
    }
    if (!f) {
        if (arg && !throwing)
            exc_set_obj((INCREF(ExcStopIteration), (Object *)ExcStopIteration));
        return NULL;
    }
    if (f->state == FRAME_CREATED && arg && arg != None && !throwing) {
        exc_set(ExcTypeError, "can't send non-None value to a just-started generator");
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
        if (exc_matches(exc_occurred(), (Object *)ExcStopIteration))
            stop_iteration_to_runtime_error();
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
    if (obj_is(delegate, &GenType))
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
    if (obj_is(d, &GenType)) {
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
    if (obj_is(d, &GenType)) {
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
        exc_set(ExcRuntimeError, "generator ignored GeneratorExit");
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

static void gen_dealloc(Object *o)
{
    GenObject *g = (GenObject *)o;
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
    return str_from_fmt("<generator object %s at %p>", str_utf8(((GenObject *)o)->qualname), (void *)o);
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
