/* vm/objects/traceback.c — traceback entries and CPython's report of an uncaught exception.
 *
 * An entry keeps its code object (for the file and function names) and the
 * line.  When an exception leaves a frame, that frame's entry takes over the
 * frame's local variables, so they live as long as the traceback does, as
 * CPython's tb_frame keeps them (a __del__ of a local runs when the handler
 * lets the exception go, not when the frame unwinds).  Printing follows CPython 3.11's traceback module: causes and
 * contexts first (each once), three identical consecutive entries then
 * "[Previous line repeated N more times]", each exception's __notes__
 * after its message, and an exception group's members in nested boxes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/objects/traceback.h"
#include "vm/objects/frameobject.h"
#include "vm/modules/builtins.h"
#include "vm/runtime/module.h"

typedef struct TracebackObject {
    Object ob;
    Object *next;      /* inner entry or NULL */
    Object *code;      /* CodeObject */
    Object *globals;   /* the frame's, for tb_frame */
    Object *ns;        /* a module or class body's namespace, or NULL */
    int lasti, lineno;
    Object **locals;   /* the frame's slots once it has unwound (owned, may hold NULLs) */
    size_t nlocals;
} TracebackObject;

/* Inner entries first, as CPython frees tb_next before tb_frame. */
static void tb_dealloc(Object *o)
{
    TracebackObject *tb = (TracebackObject *)o;
    XDECREF(tb->next);
    for (size_t i = 0; i < tb->nlocals; i++)
        XDECREF(tb->locals[i]);
    free(tb->locals);
    DECREF(tb->code);
    XDECREF(tb->globals);
    XDECREF(tb->ns);
    obj_free(o);
}

/* The kept locals are how an exception can reach itself (e = exc in a
 * frame it unwound). */
static void tb_traverse(Object *o, VisitFn visit, void *arg)
{
    TracebackObject *tb = (TracebackObject *)o;
    visit(tb->next, arg);
    visit(tb->globals, arg);
    visit(tb->ns, arg);
    for (size_t i = 0; i < tb->nlocals; i++)
        visit(tb->locals[i], arg);
}

static void tb_clear(Object *o)
{
    TracebackObject *tb = (TracebackObject *)o;
    Object **locals = tb->locals;
    size_t n = tb->nlocals;
    tb->locals = NULL;
    tb->nlocals = 0;
    for (size_t i = 0; i < n; i++)
        XDECREF(locals[i]);
    free(locals);
    SETREF(tb->next, NULL);
    SETREF(tb->globals, NULL);
    SETREF(tb->ns, NULL);
}

static Object *tb_get_lineno(Object *o) { return int_from_i64(((TracebackObject *)o)->lineno); }
static Object *tb_get_next(Object *o)
{
    Object *n = ((TracebackObject *)o)->next;
    n = n ? n : None;
    INCREF(n);
    return n;
}

static Object *tb_get_lasti(Object *o) { return int_from_i64(((TracebackObject *)o)->lasti); }

/* A new frame object each time: the entry's locals are those the frame had
 * when it unwound, and none (an empty dict) while it still runs, since its
 * slots are then the running frame's own. */
static Object *tb_get_frame(Object *o)
{
    TracebackObject *tb = (TracebackObject *)o;
    CodeObject *co = (CodeObject *)tb->code;
    Object *locals = tb->ns ? (INCREF(tb->ns), tb->ns)
                     : tb->locals ? frameobject_locals(co, tb->locals) : dict_new();
    if (!locals)
        return NULL;
    Object *f = frameobject_detached(co, tb->globals, locals, tb->lasti);
    DECREF(locals);
    return f;
}

static const MethodDef tb_methods[] = {
    { "tb_frame", NULL, tb_get_frame },
    { "tb_lasti", NULL, tb_get_lasti },
    { "tb_lineno", NULL, tb_get_lineno },
    { "tb_next", NULL, tb_get_next },
    { NULL, NULL, NULL },
};

Type TracebackType = {
    OBJ_HEAD_INIT(&TypeType), .name = "traceback", .base = &ObjectType,
    .basicsize = sizeof(TracebackObject), .flags = TYPE_GC, .dealloc = tb_dealloc,
    .methods = tb_methods, .traverse = tb_traverse, .clear = tb_clear,
};

int traceback_add(Object *exc, CodeObject *co, int lasti, Object *globals, Object *ns)
{
    ExcObject *e = (ExcObject *)exc;
    TracebackObject *tb = (TracebackObject *)obj_alloc(&TracebackType, sizeof *tb);
    if (!tb)
        return -1;
    INCREF(co);
    tb->code = (Object *)co;
    XINCREF(globals);
    tb->globals = globals;
    XINCREF(ns);
    tb->ns = ns;
    tb->lasti = lasti * 2;
    tb->lineno = code_addr2line(co, tb->lasti);
    tb->next = e->traceback;
    if (tb->next == None) {
        DECREF(None);
        tb->next = NULL;
    }
    e->traceback = (Object *)tb;
    return 0;
}

void traceback_keep_locals(Object *exc, CodeObject *co, Object **slots, size_t n)
{
    TracebackObject *tb = (TracebackObject *)((ExcObject *)exc)->traceback;
    if (!n || !tb || (Object *)tb == None || tb->code != (Object *)co || tb->locals)
        return;
    if (!(tb->locals = malloc(n * sizeof *tb->locals)))
        return; /* the locals are simply released with the frame */
    memcpy(tb->locals, slots, n * sizeof *slots);
    memset(slots, 0, n * sizeof *slots);
    tb->nlocals = n;
}

/* ---- printing ------------------------------------------------------------- */

/* Line `lineno` of `path`, surrounding whitespace removed, into buf; false if
 * the file or line is not there (-c, stdin). */
static bool source_line(const char *path, int lineno, char *buf, size_t cap)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return false;
    char line[4096];
    bool found = false;
    for (int n = 1; fgets(line, sizeof line, f); ) {
        size_t len = strlen(line);
        bool whole = len && line[len - 1] == '\n';
        if (n == lineno) {
            found = true;
            break;
        }
        n += whole;
    }
    fclose(f);
    if (!found)
        return false;
    char *s = line, *end = line + strlen(line);
    while (*s == ' ' || *s == '\t' || *s == '\f')
        s++;
    while (end > s && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
        end--;
    snprintf(buf, cap, "%.*s", (int)(end - s), s);
    return true;
}

static void print_entry(FILE *out, const char *file, int line, const char *name)
{
    char src[4096];
    fprintf(out, "  File \"%s\", line %d, in %s\n", file, line, name);
    if (source_line(file, line, src, sizeof src) && src[0])
        fprintf(out, "    %s\n", src);
}

static bool same_entry(const TracebackObject *a, const TracebackObject *b)
{
    const CodeObject *ca = (CodeObject *)a->code, *cb = (CodeObject *)b->code;
    return a->lineno == b->lineno && str_eq(ca->filename, cb->filename) && str_eq(ca->name, cb->name);
}

#define RECURSIVE_CUTOFF 3

static void print_traceback(FILE *out, Object *tbo)
{
    const TracebackObject *prev = NULL;
    size_t repeats = 0;
    for (; tbo && tbo != None; tbo = ((TracebackObject *)tbo)->next) {
        const TracebackObject *tb = (TracebackObject *)tbo;
        if (prev && same_entry(prev, tb)) {
            if (++repeats >= RECURSIVE_CUTOFF)
                continue;
        } else {
            if (repeats > RECURSIVE_CUTOFF - 1)
                fprintf(out, "  [Previous line repeated %zu more time%s]\n",
                        repeats - (RECURSIVE_CUTOFF - 1), repeats - (RECURSIVE_CUTOFF - 1) > 1 ? "s" : "");
            repeats = 0;
        }
        prev = tb;
        const CodeObject *co = (CodeObject *)tb->code;
        print_entry(out, str_utf8(co->filename), tb->lineno, str_utf8(co->name));
    }
    if (repeats > RECURSIVE_CUTOFF - 1)
        fprintf(out, "  [Previous line repeated %zu more time%s]\n",
                repeats - (RECURSIVE_CUTOFF - 1), repeats - (RECURSIVE_CUTOFF - 1) > 1 ? "s" : "");
}

static Object *exc_attr(Object *exc, const char *name)
{
    ExcObject *e = (ExcObject *)exc;
    return e->dict ? dict_get_str(e->dict, name) : NULL;
}

/* File, source line and caret of a SyntaxError, as CPython prints them. */
static void print_syntax_location(FILE *out, Object *exc)
{
    Object *file = exc_attr(exc, "filename"), *line = exc_attr(exc, "lineno");
    Object *text = exc_attr(exc, "text"), *offset = exc_attr(exc, "offset");
    if (!file || !obj_is(file, &StrType) || !line || !obj_is(line, &IntType))
        return;
    fprintf(out, "  File \"%s\", line %lld\n", str_utf8(file), (long long)int_value(line));
    if (!text || !obj_is(text, &StrType))
        return;
    const char *s = str_utf8(text), *end = s + strlen(s);
    size_t lead = 0;
    while (s[lead] == ' ' || s[lead] == '\t' || s[lead] == '\f')
        lead++;
    while (end > s + lead && (end[-1] == '\n' || end[-1] == '\r'))
        end--;
    fprintf(out, "    %.*s\n", (int)(end - s - (ptrdiff_t)lead), s + lead);
    if (offset && obj_is(offset, &IntType) && int_value(offset) > 0) {
        int64_t col = int_value(offset) - 1 - (int64_t)lead;
        fprintf(out, "    %*s^\n", (int)(col > 0 ? col : 0), "");
    }
}

/* As CPython 3.11's traceback: module.name for a class defined in Python
 * (__main__ included), the bare name for a built-in one. */
static void print_type_name(FILE *out, Type *t)
{
    Object *mod = (t->flags & TYPE_HEAP) && t->dict ? dict_get_str(t->dict, "__module__") : NULL;
    if (mod && obj_is(mod, &StrType) && strcmp(str_utf8(mod), "builtins") != 0)
        fprintf(out, "%s.", str_utf8(mod));
    fputs(t->name, out);
}

static void print_message(FILE *out, Object *exc)
{
    bool syntax = type_is_subtype(exc->type, ExcSyntaxError) || exc->type == ExcSyntaxError;
    Object *msg = syntax ? exc_attr(exc, "msg") : NULL;
    if (msg && obj_is(msg, &StrType)) {
        INCREF(msg);
    } else {
        msg = obj_str(exc);
        if (!msg) {
            exc_clear();
            print_type_name(out, exc->type);
            fputs(": <exception str() failed>\n", out);
            return;
        }
    }
    print_type_name(out, exc->type);
    if (obj_is(msg, &StrType) && str_nbytes(msg))
        fprintf(out, ": %s", str_utf8(msg));
    fputc('\n', out);
    DECREF(msg);
}

/* The notes after the message line: each str() on its lines, a
 * __notes__ that is no sequence as its repr. */
static void print_notes(FILE *out, Object *exc)
{
    Object *notes = exc_attr(exc, "__notes__");
    if (!notes || notes == None)
        return;
    Object *items = exc_is_sequence(notes) ? list_from_iter(notes) : NULL;
    if (!items) {
        exc_clear();
        Object *r = obj_repr(notes);
        fprintf(out, "%s\n", r ? str_utf8(r) : "<__notes__ repr() failed>");
        if (!r)
            exc_clear();
        XDECREF(r);
        return;
    }
    for (size_t i = 0; i < list_len(items); i++) {
        Object *s = obj_str(((ListObject *)items)->items[i]);
        fprintf(out, "%s\n", s ? str_utf8(s) : "<note str() failed>");
        if (!s)
            exc_clear();
        XDECREF(s);
    }
    DECREF(items);
}

/* The exception itself: its message, a SyntaxError's location before. */
static void print_exception_only(FILE *out, Object *exc)
{
    if (type_is_subtype(exc->type, ExcSyntaxError) || exc->type == ExcSyntaxError)
        print_syntax_location(out, exc);
    print_message(out, exc);
    print_notes(out, exc);
}

#define MAX_CHAIN 64
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

/* Where a report goes: inside an exception group every line gets the
 * group's indent and margin, as CPython 3.11 draws its boxes. */
typedef struct PrintCtx {
    FILE *out;
    int depth;       /* exception group nesting, 0 outside any */
    bool need_close; /* the box's closing line is still to come */
    Object *seen[MAX_CHAIN];
    size_t nseen;
} PrintCtx;

typedef struct Emit {
    FILE *f;
    char *buf;
    size_t len;
} Emit;

/* A stream for one piece: the output itself at depth 0, else a buffer
 * emit_end indents. */
static FILE *emit_begin(PrintCtx *c, Emit *e)
{
    e->buf = NULL;
    e->len = 0;
    e->f = c->depth ? open_memstream(&e->buf, &e->len) : NULL;
    return e->f ? e->f : c->out;
}

static void emit_end(PrintCtx *c, Emit *e, char margin)
{
    if (!e->f)
        return;
    fclose(e->f);
    for (char *line = e->buf; line && *line; ) {
        char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line + 1) : strlen(line);
        fprintf(c->out, "%*s%c %.*s", 2 * c->depth, "", margin, (int)n, line);
        line += n;
    }
    free(e->buf);
}

static void print_chain(PrintCtx *c, Object *exc);

static void print_group_member(PrintCtx *c, Object *excs, size_t i, size_t n)
{
    size_t total = tuple_len(excs);
    bool truncated = i >= MAX_GROUP_WIDTH;
    if (i == n - 1)
        c->need_close = true;   /* unless a nested box closes first */
    fprintf(c->out, "%*s%s+---------------- ", 2 * c->depth, "", i == 0 ? "+-" : "  ");
    if (truncated)
        fputs("... ----------------\n", c->out);
    else
        fprintf(c->out, "%zu ----------------\n", i + 1);
    c->depth++;
    if (!truncated) {
        print_chain(c, tuple_get(excs, i));
    } else {
        Emit e;
        size_t more = total - MAX_GROUP_WIDTH;
        fprintf(emit_begin(c, &e), "and %zu more exception%s\n", more, more > 1 ? "s" : "");
        emit_end(c, &e, '|');
    }
    if (i == n - 1 && c->need_close) {
        fprintf(c->out, "%*s+------------------------------------\n", 2 * c->depth, "");
        c->need_close = false;
    }
    c->depth--;
}

static void print_group(PrintCtx *c, Object *exc, Object *excs)
{
    bool top = c->depth == 0;
    Emit e;
    if (top)
        c->depth = 1;
    ExcObject *x = (ExcObject *)exc;
    if (x->traceback && x->traceback != None) {
        FILE *f = emit_begin(c, &e);
        fputs("Exception Group Traceback (most recent call last):\n", f);
        emit_end(c, &e, top ? '+' : '|');
        print_traceback(emit_begin(c, &e), x->traceback);
        emit_end(c, &e, '|');
    }
    print_exception_only(emit_begin(c, &e), exc);
    emit_end(c, &e, '|');
    size_t total = tuple_len(excs), n = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
    c->need_close = false;
    for (size_t i = 0; i < n; i++)
        print_group_member(c, excs, i, n);
    if (top)
        c->depth = 0;
}

static void print_one(PrintCtx *c, Object *exc)
{
    Object *excs = exc_group_exceptions(exc);
    Emit e;
    if (excs && c->depth > MAX_GROUP_DEPTH) {
        fprintf(emit_begin(c, &e), "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        emit_end(c, &e, '|');
        return;
    }
    if (excs) {
        print_group(c, exc, excs);
        return;
    }
    ExcObject *x = (ExcObject *)exc;
    FILE *f = emit_begin(c, &e);
    if (x->traceback && x->traceback != None) {
        fputs("Traceback (most recent call last):\n", f);
        print_traceback(f, x->traceback);
    }
    print_exception_only(f, exc);
    emit_end(c, &e, '|');
}

static void print_chain(PrintCtx *c, Object *exc)
{
    if (c->nseen < MAX_CHAIN)
        c->seen[c->nseen++] = exc;
    ExcObject *e = (ExcObject *)exc;
    Object *link = e->cause ? e->cause : e->suppress_context ? NULL : e->context;
    bool known = false;
    for (size_t i = 0; link && i < c->nseen; i++)
        known |= c->seen[i] == link;
    if (link && link != None && !known && c->nseen < MAX_CHAIN && (link->type->flags & TYPE_EXC)) {
        print_chain(c, link);
        Emit em;
        fputs(link == e->cause ? "\nThe above exception was the direct cause of the following exception:\n\n"
                               : "\nDuring handling of the above exception, another exception occurred:\n\n",
              emit_begin(c, &em));
        emit_end(c, &em, '|');
    }
    print_one(c, exc);
}

static void print_report(FILE *out, Object *exc, bool chain)
{
    PrintCtx c = { .out = out };
    if (chain)
        print_chain(&c, exc);
    else
        print_one(&c, exc);
}

/* A program that replaced sys.stderr (a file, a StringIO) gets the report
 * there, as CPython's excepthook writes it; 0, or -1 (nothing pending) when
 * it could not take it.  A pending exception is kept. */
static int report_to(Object *err, const char *header, Object *exc)
{
    Object *saved = exc_fetch();
    Object *text = traceback_format(exc, true);
    Object *head = text && header ? str_from_fmt("%s\n", header) : NULL;
    Object *r = text && (!header || head) ? obj_call_method(err, "write", header ? &head : &text, 1)
                                          : NULL;
    if (r && header)
        SETREF(r, obj_call_method(err, "write", &text, 1));
    int rc = r ? 0 : -1;
    if (r)
        SETREF(r, obj_call_method(err, "flush", NULL, 0));   /* a stream without one is fine */
    XDECREF(head);
    XDECREF(text);
    XDECREF(r);
    exc_clear();
    if (saved)
        exc_set_obj(saved);
    return rc;
}

void traceback_report(const char *header, Object *exc)
{
    builtins_flush_stdout();
    Object *err = sys_stream_replaced("stderr", stderr);
    if (err && report_to(err, header, exc) == 0)
        return;
    if (header)
        fprintf(stderr, "%s\n", header);
    print_report(stderr, exc, true);
    fflush(stderr);
}

void traceback_print(Object *exc) { traceback_report(NULL, exc); }

void traceback_unraisable(const char *where, Object *culprit, const char *what)
{
    Object *e = exc_fetch();
    Object *r = obj_repr(culprit);
    if (!r)
        exc_clear();
    Object *head = str_from_fmt("%s: %s", where, r ? str_utf8(r) : what);
    if (!head)
        exc_clear();
    traceback_report(head ? str_utf8(head) : where, e);
    XDECREF(head);
    XDECREF(r);
    DECREF(e);
}

Object *traceback_format(Object *exc, bool chain)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    if (!out) {
        exc_nomemory();
        return NULL;
    }
    print_report(out, exc, chain);
    Object *s = NULL;
    if (fclose(out) != 0)
        exc_nomemory();
    else
        s = str_from_utf8(buf, len);
    free(buf);
    return s;
}
