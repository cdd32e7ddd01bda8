/* vm/objects/frameobject.c — frame snapshots (see frameobject.h).
 *
 * Taken with the GIL held from the calling thread's own frame chain, which
 * no other thread touches; once made, a snapshot is an ordinary object. */
#include "vm/objects/frameobject.h"

#include <stdlib.h>

#include "vm/objects/code.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/frame.h"

typedef struct FrameObject {
    Object ob;
    Object *code;      /* CodeObject */
    Object *globals;
    Object *locals;    /* a body's namespace itself, or a dict of a function's names then */
    Object *back;      /* the caller's snapshot, or NULL */
    int lasti, lineno;
    FrameTrace tr;
} FrameObject;

/* Its variables, then cells and free variables (their contents); unbound
 * ones are left out, as CPython does. */
Object *frameobject_locals(const CodeObject *co, Object *const *slots)
{
    Object *d = dict_new();
    Object *groups[3] = { co->varnames, co->cellvars, co->freevars };
    size_t slot = 0;
    for (int g = 0; d && g < 3; g++) {
        size_t n = g == 0 ? (size_t)co->nlocals : tuple_len(groups[g]);
        for (size_t i = 0; i < n; i++, slot++) {
            Object *v = slots[slot];
            if (v && g > 0)
                v = ((CellObject *)v)->ref;
            if (v && dict_set(d, tuple_get(groups[g], i), v) < 0) {
                DECREF(d);
                return NULL;
            }
        }
    }
    return d;
}

/* Takes locals (NULL: an error is pending). */
static Object *frame_make(CodeObject *co, Object *globals, Object *locals, Object *back, int lasti)
{
    FrameObject *fo = locals ? (FrameObject *)obj_alloc(&FrameObjectType, sizeof *fo) : NULL;
    if (!fo) {
        XDECREF(locals);
        return NULL;
    }
    fo->code = (Object *)co;
    INCREF(fo->code);
    fo->globals = globals;
    XINCREF(fo->globals);
    fo->locals = locals;
    fo->back = back;
    XINCREF(back);
    fo->lasti = lasti;
    fo->lineno = code_addr2line(co, lasti);
    fo->tr = (FrameTrace){ .lb = 0, .ub = -1, .prev = -1, .lines = true };
    return (Object *)fo;
}

FrameTrace *frameobject_trace(Object *fo) { return &((FrameObject *)fo)->tr; }

/* f's frame object, made with no locals yet (frameobject_live fills them
 * in); its caller's must exist already. */
static int live_make(Frame *f)
{
    Object *back = f->back ? f->back->fobj : NULL;
    Object *empty = dict_new();
    f->fobj = frame_make(f->co, f->globals, empty, back, f->lasti * 2);
    return f->fobj ? 0 : -1;
}

/* Outermost first, as frameobject_snapshot, but only the frames that have
 * none yet: a traced program makes each frame's once. */
static int live_chain(Frame *f)
{
    size_t n = 0;
    for (Frame *p = f; p && !p->fobj; p = p->back)
        n++;
    Frame **chain = malloc((n ? n : 1) * sizeof *chain);
    if (!chain) {
        exc_nomemory();
        return -1;
    }
    for (size_t i = 0; i < n; f = f->back)
        chain[i++] = f;
    int rc = 0;
    for (size_t i = n; rc == 0 && i-- > 0;)
        rc = live_make(chain[i]);
    free(chain);
    return rc;
}

Object *frameobject_live(Frame *f)
{
    if (!f->fobj && live_chain(f) < 0)
        return NULL;
    FrameObject *fo = (FrameObject *)f->fobj;
    Object *back = f->back ? f->back->fobj : NULL;
    if (back != fo->back) {   /* a generator resumed from elsewhere */
        XINCREF(back);
        SETREF(fo->back, back);
    }
    Object *locals = f->locals ? (INCREF(f->locals), f->locals) : frameobject_locals(f->co, f->localsplus);
    if (!locals)
        return NULL;
    SETREF(fo->locals, locals);
    fo->lasti = f->lasti < 0 ? -1 : f->lasti * 2;   /* -1: not started (a fresh frame's call event) */
    fo->lineno = fo->tr.trace ? fo->tr.line : code_addr2line(f->co, fo->lasti);
    return f->fobj;
}

static Object *snapshot_one(const Frame *f, Object *back)
{
    Object *locals = f->locals ? (INCREF(f->locals), f->locals) : frameobject_locals(f->co, f->localsplus);
    /* A suspended frame resumes after its yield, which is where CPython
     * reports it; one not yet started is before its first instruction. */
    int lasti = f->state == FRAME_CREATED ? -1 : f->state == FRAME_SUSPENDED ? (f->lasti - 1) * 2 : f->lasti * 2;
    return frame_make(f->co, f->globals, locals, back, lasti);
}

Object *frameobject_detached(CodeObject *co, Object *globals, Object *locals, int lasti)
{
    XINCREF(locals);
    return frame_make(co, globals, locals, NULL, lasti);
}

/* Outermost first, so that each snapshot can hold its caller's; a loop, as
 * the chain may be deeper than the C stack would allow recursion. */
Object *frameobject_snapshot(const Frame *f)
{
    size_t n = 0;
    for (const Frame *p = f; p; p = p->back)
        n++;
    const Frame **chain = malloc(n * sizeof *chain);
    if (!chain) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; f; f = f->back)
        chain[i++] = f;
    Object *snap = NULL;
    for (size_t i = n; i-- > 0;) {
        Object *inner = snapshot_one(chain[i], snap);
        XDECREF(snap);
        if (!(snap = inner))
            break;
    }
    free(chain);
    return snap;
}

static void frame_dealloc(Object *o)
{
    FrameObject *fo = (FrameObject *)o;
    DECREF(fo->code);
    XDECREF(fo->globals);
    XDECREF(fo->locals);
    XDECREF(fo->back);
    XDECREF(fo->tr.trace);
    XDECREF(fo->tr.cfunc);
    obj_free(o);
}

static void frame_traverse(Object *o, VisitFn visit, void *arg)
{
    FrameObject *fo = (FrameObject *)o;
    visit(fo->globals, arg);
    visit(fo->locals, arg);
    visit(fo->back, arg);
    visit(fo->tr.trace, arg);
    visit(fo->tr.cfunc, arg);
}

static void frame_clear(Object *o)
{
    FrameObject *fo = (FrameObject *)o;
    SETREF(fo->globals, NULL);
    SETREF(fo->locals, NULL);
    SETREF(fo->back, NULL);
    SETREF(fo->tr.trace, NULL);
    SETREF(fo->tr.cfunc, NULL);
}

static Object *frame_repr(Object *o)
{
    FrameObject *fo = (FrameObject *)o;
    CodeObject *co = (CodeObject *)fo->code;
    return str_from_fmt("<frame at %p, file '%s', line %d, code %s>", (void *)o, str_utf8(co->filename),
                        fo->lineno, str_utf8(co->name));
}

static Object *held(Object *v) { v = v ? v : None; INCREF(v); return v; }
static Object *frame_get_code(Object *o) { return held(((FrameObject *)o)->code); }
static Object *frame_get_globals(Object *o) { return held(((FrameObject *)o)->globals); }
static Object *frame_get_locals(Object *o) { return held(((FrameObject *)o)->locals); }
static Object *frame_get_back(Object *o) { return held(((FrameObject *)o)->back); }
static Object *frame_get_lineno(Object *o) { return int_from_i64(((FrameObject *)o)->lineno); }
static Object *frame_get_lasti(Object *o) { return int_from_i64(((FrameObject *)o)->lasti); }
static Object *frame_get_trace(Object *o) { return held(((FrameObject *)o)->tr.trace); }
static Object *frame_get_trace_lines(Object *o) { return bool_from(((FrameObject *)o)->tr.lines); }
static Object *frame_get_trace_opcodes(Object *o) { return bool_from(((FrameObject *)o)->tr.opcodes); }

/* From now on f_lineno is the line events' (3.8's rule). */
void frameobject_set_trace(Object *o, Object *v)
{
    FrameObject *fo = (FrameObject *)o;
    if (!fo->tr.trace)
        fo->tr.line = fo->lineno;
    XINCREF(v);
    SETREF(fo->tr.trace, v);
}

static int frame_set_trace(Object *o, Object *v)
{
    frameobject_set_trace(o, v == None ? NULL : v);
    return 0;
}

static int set_flag(bool *flag, Object *v)
{
    if (!v || !obj_is(v, &BoolType)) {
        exc_set(ExcTypeError, "attribute value type must be bool");
        return -1;
    }
    *flag = v == TrueObj;
    return 0;
}

static int frame_set_trace_lines(Object *o, Object *v)
{
    return set_flag(&((FrameObject *)o)->tr.lines, v);
}

static int frame_set_trace_opcodes(Object *o, Object *v)
{
    return set_flag(&((FrameObject *)o)->tr.opcodes, v);
}

/* A jump would move a running frame's instruction pointer, which gilvm's
 * frames do not allow from a hook. */
static int frame_set_lineno(Object *o, Object *v)
{
    (void)o;
    (void)v;
    exc_set(ExcValueError, "gilvm: assigning f_lineno (jump) is not supported");
    return -1;
}

static const MethodDef frame_methods[] = {
    { "f_code", NULL, frame_get_code },
    { "f_globals", NULL, frame_get_globals },
    { "f_locals", NULL, frame_get_locals },
    { "f_back", NULL, frame_get_back },
    { "f_lineno", NULL, frame_get_lineno },
    { "f_lasti", NULL, frame_get_lasti },
    { "f_trace", NULL, frame_get_trace },
    { "f_trace_lines", NULL, frame_get_trace_lines },
    { "f_trace_opcodes", NULL, frame_get_trace_opcodes },
    { NULL, NULL, NULL },
};

static const SetterDef frame_setters[] = {
    { "f_trace", frame_set_trace },
    { "f_trace_lines", frame_set_trace_lines },
    { "f_trace_opcodes", frame_set_trace_opcodes },
    { "f_lineno", frame_set_lineno },
    { NULL, NULL },
};

Type FrameObjectType = {
    OBJ_HEAD_INIT(&TypeType), .name = "frame", .base = &ObjectType,
    .basicsize = sizeof(FrameObject), .flags = TYPE_GC, .dealloc = frame_dealloc,
    .repr = frame_repr, .methods = frame_methods, .setters = frame_setters, .traverse = frame_traverse, .clear = frame_clear,
};
