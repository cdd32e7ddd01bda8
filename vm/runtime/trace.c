/* vm/runtime/trace.c — trace and profile hooks (see trace.h). */
#include "vm/runtime/trace.h"

#include <limits.h>

#include "vm/objects/frameobject.h"
#include "vm/opcode.h"

enum Event { EV_CALL, EV_EXCEPTION, EV_LINE, EV_RETURN, EV_C_CALL, EV_C_EXCEPTION, EV_C_RETURN, EV_OPCODE };
static const char *const event_names[] = {
    "call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode",
};

static void update(ThreadState *ts)
{
    ts->use_hooks = !ts->in_hook && (ts->tracefunc || ts->profilefunc);
}

static void set_hook(Object **slot, Object *fn)
{
    fn = fn == None ? NULL : fn;
    XINCREF(fn);
    SETREF(*slot, fn);
    update(vm_tstate);
}

void trace_set_trace(Object *fn) { set_hook(&vm_tstate->tracefunc, fn); }
void trace_set_profile(Object *fn) { set_hook(&vm_tstate->profilefunc, fn); }

/* fn(frame, event, arg) with hooks off for the thread; new reference. */
static Object *call_hook(ThreadState *ts, Object *fn, Frame *f, enum Event ev, Object *arg)
{
    Object *fo = frameobject_live(f), *name = str_intern(event_names[ev]);
    if (!fo || !name)
        return NULL;
    Object *args[3] = { fo, name, arg ? arg : None };
    INCREF(fn);   /* the hook may unset itself */
    ts->in_hook++;
    update(ts);
    Object *r = obj_call(fn, args, 3, NULL);
    ts->in_hook--;
    update(ts);
    DECREF(fn);
    return r;
}

static int profile_event(ThreadState *ts, Frame *f, enum Event ev, Object *arg)
{
    if (!ts->profilefunc)
        return 0;
    Object *r = call_hook(ts, ts->profilefunc, f, ev, arg);
    if (!r) {
        set_hook(&ts->profilefunc, NULL);
        return -1;
    }
    DECREF(r);
    return 0;
}

/* 'call' goes to the thread's trace function, the rest to the frame's
 * own; what a hook returns, unless None, becomes the frame's f_trace. */
static int trace_event(ThreadState *ts, Frame *f, enum Event ev, Object *arg)
{
    if (!ts->tracefunc)
        return 0;
    Object *fn = ts->tracefunc;
    if (ev != EV_CALL && (!f->fobj || !(fn = frameobject_trace(f->fobj)->trace)))
        return 0;
    Object *r = call_hook(ts, fn, f, ev, arg);
    if (!r) {
        set_hook(&ts->tracefunc, NULL);
        if (f->fobj)
            frameobject_set_trace(f->fobj, NULL);
        return -1;
    }
    if (r != None)
        frameobject_set_trace(f->fobj, r);
    DECREF(r);
    return 0;
}

typedef int (*EventFn)(ThreadState *ts, Frame *f, enum Event ev, Object *arg);

/* An event while an exception is pending: it stays pending unless the
 * hook raises, whose exception replaces it. */
static int protected_event(EventFn fn, ThreadState *ts, Frame *f, enum Event ev, Object *arg)
{
    Object *exc = exc_fetch();
    if (fn(ts, f, ev, arg) < 0) {
        XDECREF(exc);
        return -1;
    }
    if (exc)
        exc_set_obj(exc);
    return 0;
}

/* At 'call' a fresh frame reports its def line (3.8's f_lasti -1), a
 * resumed one its yield. */
int trace_frame_enter(ThreadState *ts, Frame *f, bool fresh)
{
    int lasti = f->lasti;
    f->lasti = fresh ? -1 : lasti - 1;
    int rc = trace_event(ts, f, EV_CALL, NULL);
    if (rc == 0)
        rc = profile_event(ts, f, EV_CALL, NULL);
    f->lasti = lasti;
    return rc;
}

/* 'return' from a frame that ended with r (NULL: raising). */
static Object *frame_return(EventFn fn, ThreadState *ts, Frame *f, Object *r)
{
    if (!r) {
        protected_event(fn, ts, f, EV_RETURN, NULL);
        return NULL;
    }
    if (fn(ts, f, EV_RETURN, r) < 0) {
        DECREF(r);
        return NULL;
    }
    return r;
}

Object *trace_frame_exit(ThreadState *ts, Frame *f, Object *r)
{
    int lasti = f->lasti;
    if (f->state == FRAME_SUSPENDED)   /* the yield, not the instruction after it */
        f->lasti--;
    r = frame_return(trace_event, ts, f, r);
    r = frame_return(profile_event, ts, f, r);
    f->lasti = lasti;
    return r;
}

void trace_frame_reset(Frame *f)
{
    if (f->fobj) {
        FrameTrace *t = frameobject_trace(f->fobj);
        t->lb = 0;
        t->ub = -1;
        t->prev = -1;
    }
}

/* The line that holds byte offset `at`, and the offsets [lb, ub) it spans: 3.8 reads
 * a line table entry that moves no line as part of the line before it. */
static int line_window(const CodeObject *co, int at, int *lb, int *ub)
{
    const BytesObject *t = (const BytesObject *)co->lnotab;
    const unsigned char *p = (const unsigned char *)t->data, *end = p + (t->n & ~(size_t)1);
    int addr = 0, line = co->firstlineno;
    *lb = 0;
    for (; p < end && addr + p[0] <= at; p += 2) {
        addr += p[0];
        if (p[1])
            *lb = addr;
        line += (signed char)p[1];
    }
    *ub = INT_MAX;
    for (; p < end; p += 2) {
        addr += p[0];
        if (p[1]) {
            *ub = addr;
            break;
        }
    }
    return line;
}

static int line_event(ThreadState *ts, Frame *f, int at)
{
    FrameTrace *t = frameobject_trace(f->fobj);
    int off = at * 2;
    int line = t->line, rc = 0;
    if (off < t->lb || off >= t->ub)
        line = line_window(f->co, off, &t->lb, &t->ub);
    if (off == t->lb || off < t->prev) {
        t->line = line;
        if (t->lines)
            rc = trace_event(ts, f, EV_LINE, NULL);
    }
    /* the hook may have replaced the frame's trace state's owner; re-read */
    if (rc == 0 && f->fobj && frameobject_trace(f->fobj)->opcodes)
        rc = trace_event(ts, f, EV_OPCODE, NULL);
    if (f->fobj)
        frameobject_trace(f->fobj)->prev = off;
    return rc;
}

/* The built-in a call instruction is about to call, bound to its first
 * argument when it is a method taken from the type (3.8 reports
 * list.append(l, x) as l.append); new reference, or NULL if the callee is
 * not a built-in. */
static Object *c_callee(unsigned op, uint32_t oparg, Object **sp)
{
    Object *fn, **args;
    size_t nargs = oparg;
    switch (op) {
    case OP_CALL_FUNCTION: args = sp - oparg; fn = args[-1]; break;
    case OP_CALL_FUNCTION_KW: args = sp - 1 - oparg; fn = args[-1]; break;
    case OP_CALL_METHOD:
        args = sp - oparg;
        fn = args[-2] ? args[-2] : args[-1];
        if (args[-2]) {
            args--;
            nargs++;
        }
        break;
    case OP_CALL_FUNCTION_EX: fn = sp[(oparg & 1) ? -3 : -2]; args = NULL; nargs = 0; break;
    default: return NULL;
    }
    if (!obj_is_builtin(fn))
        return NULL;
    if (nargs > 0 && builtin_is_unbound(fn))
        return builtin_bind(fn, args[0]);
    INCREF(fn);
    return fn;
}

/* The built-in call announced last in f, if any, returned (or raised). */
static int c_done(ThreadState *ts, Frame *f, enum Event ev)
{
    FrameTrace *t = f->fobj ? frameobject_trace(f->fobj) : NULL;
    if (!t || !t->cfunc)
        return 0;
    Object *fn = t->cfunc;
    t->cfunc = NULL;
    int rc = ev == EV_C_RETURN ? profile_event(ts, f, ev, fn) : protected_event(profile_event, ts, f, ev, fn);
    DECREF(fn);
    return rc;
}

static int c_call(ThreadState *ts, Frame *f, unsigned op, uint32_t oparg, Object **sp)
{
    Object *fn = c_callee(op, oparg, sp);
    if (!fn)
        return exc_occurred() ? -1 : 0;
    int rc = profile_event(ts, f, EV_C_CALL, fn);
    if (rc == 0 && ts->profilefunc && f->fobj) {
        SETREF(frameobject_trace(f->fobj)->cfunc, fn);
        return 0;
    }
    DECREF(fn);
    return rc;
}

int trace_instr(ThreadState *ts, Frame *f, int at, unsigned op, uint32_t oparg, Object **sp)
{
    f->lasti = at;
    if (c_done(ts, f, EV_C_RETURN) < 0)
        return -1;
    if (ts->tracefunc && f->fobj && frameobject_trace(f->fobj)->trace && line_event(ts, f, at) < 0)
        return -1;
    if (ts->profilefunc && ts->use_hooks)
        return c_call(ts, f, op, oparg, sp);
    return 0;
}

int trace_raised(ThreadState *ts, Frame *f)
{
    if (c_done(ts, f, EV_C_EXCEPTION) < 0)
        return -1;
    if (!ts->tracefunc || !ts->use_hooks || !f->fobj || !frameobject_trace(f->fobj)->trace)
        return 0;
    ExcObject *e = (ExcObject *)exc_occurred();
    Object *arg = tuple_pack(3, (Object *)e->ob.type, (Object *)e, e->traceback ? e->traceback : None);
    if (!arg)
        return -1;
    int rc = protected_event(trace_event, ts, f, EV_EXCEPTION, arg);
    DECREF(arg);
    return rc;
}
