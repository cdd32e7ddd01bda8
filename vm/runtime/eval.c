/* vm/runtime/eval.c — the eval loop over CPython 3.8 wordcode.
 *
 * Instructions.  A code object runs from an internal copy of its
 * instructions (EvalCode, hung on CodeObject.cache the first time it runs):
 * one 32-bit word per 3.8 instruction, `op | arg << 8`, EXTENDED_ARG folded
 * into the argument and every jump resolved to an absolute instruction
 * index.  Positions match co_code one to one, so tracebacks and `dis` still
 * speak 3.8.  Two internal opcodes fuse the hottest four-instruction runs
 *     LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; COMPARE_OP; POP_JUMP_IF_*
 *     LOAD_FAST a; LOAD_FAST b | LOAD_CONST k; (INPLACE_|BINARY_)ADD/SUBTRACT; STORE_FAST d
 * for int operands; anything else runs the plain 3.8 instruction at the
 * same position, so a fusion changes speed, never behaviour.  The opcode
 * counters always count the 3.8 instructions that ran (a fusion counts its
 * runs and is credited to its four instructions when counts are read).
 *
 * Frames (vm/runtime/frame.h: layout, where they live, the suspended-frame
 * invariants).  BEGIN_FINALLY pushes NULL and CALL_FINALLY pushes the
 * return index (an int) as markers for END_FINALLY / POP_FINALLY, so the
 * stack may hold NULLs there.  A generator's frame leaves run() at a yield
 * with its instruction index and stack depth saved in the frame, and
 * enters it again where it left off (eval_resume).
 *
 * Threads.  An instruction spends one GilThread tick, polling the GIL's
 * eval breaker first, where CPython would pass its loop-top check (the run
 * column of vm/opcode.h: TICK always, PRED unless its predicted successor
 * is next, COND unless its condition is a bool and it does not jump back;
 * FAST never), so a check interval counts what CPython's counts; the slow
 * path may let other threads run and never returns once the process is
 * shutting down.  Everything here runs
 * with the GIL held, which is what makes the plain reference counts correct.
 *
 * Dispatch.  One set of opcode bodies: computed goto under GCC/Clang, a
 * switch when built with -DEVAL_SWITCH=1 (Lua's vmdispatch/vmcase/vmbreak).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/runtime/eval.h"
#include "vm/runtime/frame.h"
#include "vm/objects/gen.h"
#include "vm/objects/set.h"
#include "vm/modules/builtins.h"
#include "vm/runtime/import.h"
#include "vm/runtime/match.h"
#include "vm/runtime/module.h"
#include "vm/opcode.h"
#include "vm/runtime/state.h"
#include "vm/runtime/trace.h"
#include "vm/objects/traceback.h"

#ifndef EVAL_SWITCH
#  ifdef __GNUC__
#    define EVAL_SWITCH 0
#  else
#    define EVAL_SWITCH 1
#  endif
#endif

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)

bool eval_global_cache_on = true;
static Object *builtins;

/* Internal opcodes take numbers CPython 3.8 leaves unused. */
enum { OP_FUSED_CMP_JUMP = 200, OP_FUSED_BINOP_STORE = 201, OP_TRACE = 202 };

/* ---- the internal instruction form ----------------------------------- */

typedef struct GlobalCache {
    Object *name;            /* borrowed from co_names */
    Object *globals;         /* the dict gver belongs to */
    uint64_t gver, bver;
    Object *value;           /* borrowed: valid while both versions match */
} GlobalCache;

typedef struct Fused {
    uint32_t a, b, dst;      /* local slots */
    Object *k;               /* constant right operand (borrowed), or NULL: L[b] */
    uint32_t target;         /* FUSED_CMP_JUMP: jump target index */
    uint8_t op;              /* CMP_* or BIN_ADD / BIN_SUB */
    uint8_t jump_if;         /* FUSED_CMP_JUMP: jump when the comparison is this */
    uint8_t orig[4];         /* the fused 3.8 opcodes, for the counters */
    uint64_t runs;           /* fast-path executions (GIL-protected like the code) */
    uint64_t reused;         /* of those, ints updated in place: an allocation and a free each */
} Fused;

typedef struct EvalCode {
    uint32_t *ins;
    uint32_t *traced;        /* while hooks are set: every word OP_TRACE (traced_ins), or NULL */
    GlobalCache *gcache;
    Fused *fused;
    uint32_t nfused;
} EvalCode;

/* Fused runs of code objects already freed, as 3.8 instructions.  Counting
 * a fusion once per run (instead of four per-thread increments) keeps the
 * hot path short; the counts join the per-thread ones at --stats time. */
static uint64_t fused_opcount[256], fused_reused;

static void fold_fused(const EvalCode *ec)
{
    for (uint32_t i = 0; i < ec->nfused; i++) {
        for (int j = 0; j < 4; j++)
            fused_opcount[ec->fused[i].orig[j]] += ec->fused[i].runs;
        fused_reused += ec->fused[i].reused;
    }
}

void eval_fused_counts(uint64_t opcount[256])
{
    for (int i = 0; i < 256; i++)
        opcount[i] += fused_opcount[i];
}

uint64_t eval_fused_reused(void) { return fused_reused; }

/* The thread's own count also holds its fused runs, under the fused
 * opcodes' numbers, which have no name and so no place in --stats. */
uint64_t eval_thread_instructions(void)
{
    const ThreadState *ts = vm_tstate;
    if (!ts)
        return 0;
    uint64_t n[4] = { 0 };   /* four sums: settled every ~100 ticks while pacing, so kept short */
    for (int i = 0; i < 256; i += 4)
        for (int j = 0; j < 4; j++)
            n[j] += ts->opcount[i + j];
    return n[0] + n[1] + n[2] + n[3] + 3 * (ts->opcount[OP_FUSED_CMP_JUMP] + ts->opcount[OP_FUSED_BINOP_STORE]);
}

static void evalcode_free(void *p)
{
    EvalCode *ec = p;
    fold_fused(ec);
    free(ec->ins);
    free(ec->traced);
    free(ec->gcache);
    free(ec->fused);
    free(ec);
}

static inline unsigned word_op(uint32_t w) { return w & 0xff; }
static inline uint32_t word_arg(uint32_t w) { return w >> 8; }
static inline uint32_t word(unsigned op, uint32_t arg) { return op | arg << 8; }

static size_t code_len(const CodeObject *co) { return ((BytesObject *)co->code)->n / 2; }

/* co_code to words: EXTENDED_ARG folded, jumps made absolute indices. */
static int decode(const CodeObject *co, uint32_t *ins, size_t n)
{
    const unsigned char *code = ((BytesObject *)co->code)->data;
    uint32_t ext = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned op = code[2 * i];
        uint32_t arg = ext | code[2 * i + 1];
        if (!opcode_info[op].name) {
            exc_set(ExcSystemError, "unknown opcode %u", op);
            return -1;
        }
        if (arg >= (1u << 22)) {
            exc_set(ExcSystemError, "instruction argument too large");
            return -1;
        }
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        if (opcode_info[op].kind == OPK_JREL)
            arg = (uint32_t)(i + 1 + arg / 2);
        else if (opcode_info[op].kind == OPK_JABS)
            arg /= 2;
        ins[i] = word(op, arg);
    }
    return 0;
}

/* The instructions a fusion may span must not be jump targets (except the
 * first), and must not be prefixed by EXTENDED_ARG. */
static void mark_targets(const uint32_t *ins, size_t n, bool *target)
{
    for (size_t i = 0; i < n; i++) {
        unsigned k = opcode_info[word_op(ins[i])].kind;
        if ((k == OPK_JREL || k == OPK_JABS) && word_arg(ins[i]) < n)
            target[word_arg(ins[i])] = true;
        if (word_op(ins[i]) == OP_EXTENDED_ARG && i + 1 < n)
            target[i + 1] = true;
    }
}

/* A fused op takes its constant operand unchecked at run time: it must be
 * an int held in a word (a constant never changes). */
static bool is_int_const(const CodeObject *co, uint32_t w)
{
    return word_op(w) == OP_LOAD_CONST && int_is_word(tuple_get(co->consts, word_arg(w)));
}

/* Fill *fu if ins[i..i+3] is a fusable run; returns the internal opcode or 0. */
static unsigned match_fusion(const CodeObject *co, const uint32_t *w, Fused *fu)
{
    if (word_op(w[0]) != OP_LOAD_FAST)
        return 0;
    if (word_op(w[1]) != OP_LOAD_FAST && !is_int_const(co, w[1]))
        return 0;
    *fu = (Fused){ .a = word_arg(w[0]), .b = word_arg(w[1]) };
    fu->k = word_op(w[1]) == OP_LOAD_CONST ? tuple_get(co->consts, word_arg(w[1])) : NULL;
    for (int j = 0; j < 4; j++)
        fu->orig[j] = (uint8_t)word_op(w[j]);
    unsigned op2 = word_op(w[2]), op3 = word_op(w[3]);
    if (op2 == OP_COMPARE_OP && word_arg(w[2]) <= CMP_GE &&
        (op3 == OP_POP_JUMP_IF_FALSE || op3 == OP_POP_JUMP_IF_TRUE)) {
        fu->op = (uint8_t)word_arg(w[2]);
        fu->jump_if = op3 == OP_POP_JUMP_IF_TRUE;
        fu->target = word_arg(w[3]);
        return OP_FUSED_CMP_JUMP;
    }
    bool add = op2 == OP_BINARY_ADD || op2 == OP_INPLACE_ADD;
    bool sub = op2 == OP_BINARY_SUBTRACT || op2 == OP_INPLACE_SUBTRACT;
    if ((add || sub) && op3 == OP_STORE_FAST) {
        fu->op = add ? BIN_ADD : BIN_SUB;
        fu->dst = word_arg(w[3]);
        return OP_FUSED_BINOP_STORE;
    }
    return 0;
}

static int fuse(const CodeObject *co, EvalCode *ec, size_t n)
{
    bool *target = calloc(n + 1, 1);
    Fused *fused = calloc(n / 4 + 1, sizeof *fused);
    if (!target || !fused) {
        free(target);
        free(fused);
        exc_nomemory();
        return -1;
    }
    uint32_t nf = 0;
    mark_targets(ec->ins, n, target);
    for (size_t i = 0; i + 3 < n; i++) {
        if (target[i + 1] || target[i + 2] || target[i + 3])
            continue;
        unsigned op = match_fusion(co, &ec->ins[i], &fused[nf]);
        if (op) {
            ec->ins[i] = word(op, nf++);
            i += 3;
        }
    }
    free(target);
    ec->fused = fused;
    ec->nfused = nf;
    return 0;
}

/* LOAD_GLOBAL's argument becomes the index of its cache entry. */
static int attach_global_caches(const CodeObject *co, EvalCode *ec, size_t n)
{
    size_t ng = 0;
    for (size_t i = 0; i < n; i++)
        ng += word_op(ec->ins[i]) == OP_LOAD_GLOBAL;
    ec->gcache = calloc(ng + 1, sizeof *ec->gcache);
    if (!ec->gcache) {
        exc_nomemory();
        return -1;
    }
    ng = 0;
    for (size_t i = 0; i < n; i++) {
        if (word_op(ec->ins[i]) != OP_LOAD_GLOBAL)
            continue;
        ec->gcache[ng].name = tuple_get(co->names, word_arg(ec->ins[i]));
        ec->ins[i] = word(OP_LOAD_GLOBAL, (uint32_t)ng++);
    }
    return 0;
}

static EvalCode *quicken(CodeObject *co)
{
    size_t n = code_len(co);
    EvalCode *ec = calloc(1, sizeof *ec);
    if (ec)
        ec->ins = malloc((n + 1) * sizeof *ec->ins);
    if (!ec || !ec->ins) {
        free(ec);
        exc_nomemory();
        return NULL;
    }
    if (decode(co, ec->ins, n) < 0 || fuse(co, ec, n) < 0 || attach_global_caches(co, ec, n) < 0) {
        evalcode_free(ec);
        return NULL;
    }
    co->cache = ec;
    co->cache_free = evalcode_free;
    return ec;
}

/* ---- helpers for the opcode bodies ------------------------------------ */

static Object *name_at(const CodeObject *co, uint32_t i) { return tuple_get(co->names, i); }

static Object *deref_name(const CodeObject *co, uint32_t i)
{
    size_t nc = tuple_len(co->cellvars);
    return i < nc ? tuple_get(co->cellvars, i) : tuple_get(co->freevars, i - nc);
}

static void err_name(Object *name)
{
    exc_set(ExcNameError, "name '%s' is not defined", str_utf8(name));
    exc_set_names(name, NULL);
}

static void err_unbound_local(Object *name)
{
    exc_set(ExcUnboundLocalError,
            "cannot access local variable '%s' where it is not associated with a value",
            str_utf8(name));
}

static void err_unbound_deref(const CodeObject *co, uint32_t i)
{
    if (i < tuple_len(co->cellvars))
        err_unbound_local(deref_name(co, i));
    else
        exc_set(ExcNameError, "cannot access free variable '%s' where it is not associated "
                "with a value in enclosing scope", str_utf8(deref_name(co, i)));
}

/* dict lookup that tells "missing" (0) from "error" (-1); *out borrowed. */
static int dict_find(Object *d, Object *key, Object **out)
{
    *out = dict_get(d, key);
    if (*out)
        return 1;
    return exc_occurred() ? -1 : 0;
}

static Object *load_global_slow(ThreadState *ts, GlobalCache *gc, Object *globals)
{
    Object *v;
    int r = dict_find(globals, gc->name, &v);
    if (r == 0)
        r = dict_find(builtins, gc->name, &v);
    if (r <= 0) {
        if (r == 0)
            err_name(gc->name);
        return NULL;
    }
    ts->global_misses++;
    if (eval_global_cache_on) {
        gc->globals = globals;
        gc->gver = dict_version(globals);
        gc->bver = dict_version(builtins);
        gc->value = v;
    }
    return v;
}

/* A class body's namespace may be any mapping a metaclass's __prepare__
 * returned: a plain dict is read directly, anything else by subscript
 * (KeyError: absent).  1 found (*out borrowed from a dict, else a new
 * reference in *owned too), 0 absent, -1 error. */
static int locals_find(Object *locals, Object *name, Object **out, Object **owned)
{
    *owned = NULL;
    if (obj_is(locals, &DictType))
        return dict_find(locals, name, out);
    *out = *owned = obj_getitem(locals, name);
    if (*out)
        return 1;
    if (!exc_matches(exc_occurred(), (Object *)ExcKeyError))
        return -1;
    exc_clear();
    return 0;
}

/* s + t or s += t, both exact str, whose next instruction stores the sum
 * back to the variable s came from (a local, or a name in a dict
 * namespace), when that variable and the stack are s's only holders: the
 * variable lets go of s first, so s is the stack's alone and grows in place
 * (str_concat_owned), as CPython's unicode_concatenate does to make a loop
 * that builds a string linear.  True when it did: the stack's reference to
 * l is consumed and *res is the sum (NULL with an exception). */
static bool str_add_in_place(Object **fast, Object *locals, const CodeObject *co, uint32_t next,
                             Object *l, Object *r, Object **res)
{
    if (!obj_is(l, &StrType) || !obj_is(r, &StrType) || l->refcnt != 2 || ((StrObject *)l)->interned)
        return false;
    uint32_t arg = word_arg(next);
    if (word_op(next) == OP_STORE_FAST && fast[arg] == l) {
        fast[arg] = NULL;
        l->refcnt--;   /* the variable's reference: not the last */
    } else if (word_op(next) == OP_STORE_NAME && locals && obj_is(locals, &DictType) &&
               dict_get(locals, name_at(co, arg)) == l) {
        if (dict_del(locals, name_at(co, arg)) < 0) {   /* drops the dict's reference */
            exc_clear();
            return false;
        }
    } else {
        return false;
    }
    *res = str_concat_owned(l, r);
    return true;
}

static int locals_set(Object *locals, Object *name, Object *v)
{
    return obj_is(locals, &DictType) ? dict_set(locals, name, v) : obj_setitem(locals, name, v);
}

static Object *load_name(Frame *f, Object *name)
{
    Object *v, *owned;
    int r = locals_find(f->locals, name, &v, &owned);
    if (r != 0)
        return r < 0 ? NULL : owned ? owned : (INCREF(v), v);
    if (r == 0)
        r = dict_find(f->globals, name, &v);
    if (r == 0)
        r = dict_find(builtins, name, &v);
    if (r == 0)
        err_name(name);
    if (r <= 0)
        return NULL;
    INCREF(v);
    return v;
}

/* DELETE_NAME / DELETE_GLOBAL: a missing name is a NameError. */
static int delete_name(Object *dict, Object *name)
{
    Object *v;
    if (!obj_is(dict, &DictType)) {
        if (obj_delitem(dict, name) == 0)
            return 0;
        if (exc_matches(exc_occurred(), (Object *)ExcKeyError)) {
            exc_clear();
            err_name(name);
        }
        return -1;
    }
    int r = dict_find(dict, name, &v);
    if (r == 0)
        err_name(name);
    return r <= 0 ? -1 : dict_del(dict, name);
}

/* The exception being handled becomes the new one's __context__, breaking
 * any cycle the way CPython does. */
static void chain_context(ThreadState *ts, Object *exc)
{
    Object *h = ts->handled;
    if (!h || h == exc || !(exc->type->flags & TYPE_EXC))
        return;
    for (ExcObject *o = (ExcObject *)h; o->context; o = (ExcObject *)o->context) {
        if (o->context == exc) {
            SETREF(o->context, NULL);
            break;
        }
    }
    INCREF(h);
    SETREF(((ExcObject *)exc)->context, h);
}

static Object *instantiate(Object *v, const char *what)
{
    if (obj_isinstance_type(v, &TypeType) && (((Type *)v)->flags & TYPE_EXC))
        return obj_call(v, NULL, 0, NULL);
    if (v->type->flags & TYPE_EXC) {
        INCREF(v);
        return v;
    }
    exc_set(ExcTypeError, "%s must derive from BaseException", what);
    return NULL;
}

/* RAISE_VARARGS 1 and 2.  Borrows both; always leaves an exception set. */
static void do_raise(ThreadState *ts, Object *exc, Object *cause)
{
    Object *e = instantiate(exc, "exceptions");
    if (!e)
        return;
    if (cause) {
        Object *c = cause == None ? NULL : instantiate(cause, "exception causes");
        if (!c && cause != None) {
            DECREF(e);
            return;
        }
        SETREF(((ExcObject *)e)->cause, c);
        ((ExcObject *)e)->suppress_context = true;
    }
    chain_context(ts, e);
    exc_set_obj(e);
}

static bool is_exc_class(Object *v)
{
    return obj_isinstance_type(v, &TypeType) && (((Type *)v)->flags & TYPE_EXC);
}

/* Could `v` be the right operand of `except`?  An exception class or a flat
 * tuple of them: CPython looks one tuple deep, so a nested tuple is refused
 * (and no depth of nesting can recurse here). */
static bool is_exc_class_spec(Object *v)
{
    if (!obj_is(v, &TupleType))
        return is_exc_class(v);
    for (size_t i = 0; i < tuple_len(v); i++)
        if (!is_exc_class(tuple_get(v, i)))
            return false;
    return true;
}

static Object *compare(Object *l, Object *r, uint32_t op)
{
    int b;
    switch (op) {
    case CMPOP_IN: case CMPOP_NOT_IN:
        b = obj_contains(r, l);
        if (b < 0)
            return NULL;
        return bool_from((op == CMPOP_IN) == (b != 0));
    case CMPOP_IS: return bool_from(l == r);
    case CMPOP_IS_NOT: return bool_from(l != r);
    case CMPOP_EXC_MATCH:
        if (!is_exc_class_spec(r)) {
            exc_set(ExcTypeError, "catching classes that do not inherit from BaseException is not allowed");
            return NULL;
        }
        return bool_from(exc_matches(l, r));
    default:
        return obj_richcompare(l, r, (int)op);
    }
}

static inline bool cmp_i64(int64_t x, int64_t y, unsigned op)
{
    switch (op) {
    case CMP_LT: return x < y;
    case CMP_LE: return x <= y;
    case CMP_EQ: return x == y;
    case CMP_NE: return x != y;
    case CMP_GT: return x > y;
    default: return x >= y;
    }
}

/* Whether obj_iter has a chance: the test CPython's messages depend on. */
static bool iterable(Object *o)
{
    return o->type->iter || o->type->getitem || (o->type->flags & TYPE_HEAP);
}

/* SETUP_WITH's lookups: mgr's bound __enter__ and __exit__ (async:
 * __aenter__ and __aexit__), new references, found on the type as
 * CPython's special-method lookup does (python3's TypeError when either
 * is missing). */
static int with_lookup(Object *mgr, Object **enter, Object **exitf, bool async)
{
    static Object *names[2][2];
    if (!names[0][0]) {
        names[0][0] = str_intern("__enter__");
        names[0][1] = str_intern("__exit__");
        names[1][0] = str_intern("__aenter__");
        names[1][1] = str_intern("__aexit__");
    }
    Object *en = type_lookup(mgr->type, names[async][0]);
    Object *ex = en ? type_lookup(mgr->type, names[async][1]) : NULL;
    if (!en || !ex) {
        exc_set(ExcTypeError, "'%s' object does not support the %scontext manager protocol%s%s%s",
                mgr->type->name, async ? "asynchronous " : "", en ? " (missed " : "",
                en ? str_utf8(names[async][1]) : "", en ? " method)" : "");
        return -1;
    }
    if (!(*enter = method_new(en, mgr)))
        return -1;
    if (!(*exitf = method_new(ex, mgr))) {
        DECREF(*enter);
        return -1;
    }
    return 0;
}

/* Where GET_AWAITABLE's operand came from, for its TypeError: the
 * instruction before it (ip[-1] is GET_AWAITABLE itself). */
static const char *awaited_from(const uint32_t *first, const uint32_t *ip)
{
    if (ip - first < 2)
        return NULL;
    switch (word_op(ip[-2])) {
    case OP_BEFORE_ASYNC_WITH: return "'async with' received an object from __aenter__";
    case OP_WITH_CLEANUP_START: return "'async with' received an object from __aexit__";
    default: return NULL;
    }
}

/* An attribute as a str (new reference), or NULL without an exception. */
static Object *str_attr(Object *o, const char *name)
{
    Object *v = obj_getattr_str(o, name);
    if (v && obj_is(v, &StrType))
        return v;
    XDECREF(v);
    exc_clear();
    return NULL;
}

/* How python3's call errors name a callable (_PyObject_FunctionStr):
 * "module.qualname()", just "qualname()" for builtins, else its str(). */
static void func_desc(Object *f, char *buf, size_t cap)
{
    Object *qn = str_attr(f, "__qualname__"), *mod = qn ? str_attr(f, "__module__") : NULL;
    if (qn && mod && strcmp(str_utf8(mod), "builtins") != 0) {
        snprintf(buf, cap, "%s.%s()", str_utf8(mod), str_utf8(qn));
    } else if (qn) {
        snprintf(buf, cap, "%s()", str_utf8(qn));
    } else {
        Object *s = obj_str(f);
        snprintf(buf, cap, "%s", s ? str_utf8(s) : f->type->name);
        XDECREF(s);
        exc_clear();
    }
    XDECREF(qn);
    XDECREF(mod);
}

static int unpack_error(size_t want, size_t got, bool too_many)
{
    if (too_many)
        exc_set(ExcValueError, "too many values to unpack (expected %zu)", want);
    else
        exc_set(ExcValueError, "not enough values to unpack (expected %zu, got %zu)", want, got);
    return -1;
}

/* UNPACK_SEQUENCE: items pushed so that item 0 ends on top. */
static int unpack_sequence(Object *seq, size_t n, Object **sp)
{
    if (obj_is(seq, &TupleType) || obj_is(seq, &ListType)) {
        size_t len = obj_is(seq, &TupleType) ? tuple_len(seq) : list_len(seq);
        Object **items = obj_is(seq, &TupleType) ? ((TupleObject *)seq)->items : ((ListObject *)seq)->items;
        if (len != n)
            return unpack_error(n, len, len > n);
        for (size_t i = 0; i < n; i++) {
            INCREF(items[i]);
            sp[n - 1 - i] = items[i];
        }
        return 0;
    }
    Object *l = list_from_iter(seq);
    if (!l) {
        if (exc_matches(exc_occurred(), (Object *)ExcTypeError) && !iterable(seq)) {
            exc_clear();
            exc_set(ExcTypeError, "cannot unpack non-iterable %s object", seq->type->name);
        }
        return -1;
    }
    int r = unpack_sequence(l, n, sp);
    DECREF(l);
    return r;
}

/* UNPACK_EX: `before` items, a list of the rest, `after` items. */
static int unpack_ex(Object *seq, size_t before, size_t after, Object **sp)
{
    Object *l = list_from_iter(seq);
    if (!l)
        return -1;
    size_t len = list_len(l), n = before + 1 + after;
    if (len < before + after) {
        DECREF(l);
        exc_set(ExcValueError, "not enough values to unpack (expected at least %zu, got %zu)",
                before + after, len);
        return -1;
    }
    Object *rest = list_new(len - before - after);
    if (!rest) {
        DECREF(l);
        return -1;
    }
    for (size_t i = 0; i < len; i++) {
        Object *v = list_get(l, i);
        INCREF(v);
        if (i < before)
            sp[n - 1 - i] = v;
        else if (i >= len - after)
            sp[n - 1 - (before + 1 + (i - (len - after)))] = v;
        else
            list_set(rest, i - before, v);
    }
    sp[n - 1 - before] = rest;
    DECREF(l);
    return 0;
}

static Object *build_string(Object **items, size_t n)
{
    StrBuf b = { 0 };
    for (size_t i = 0; i < n; i++)
        strbuf_put(&b, str_utf8(items[i]), str_nbytes(items[i]));
    return strbuf_finish(&b);
}

static Object *format_conv(Object *v, unsigned flags, Object *spec)
{
    Object *conv;
    switch (flags & 3) {
    case 1: conv = obj_str(v); break;
    case 2: conv = obj_repr(v); break;
    case 3: conv = obj_ascii(v); break;
    default: INCREF(v); conv = v; break;
    }
    if (!conv || (!spec && obj_is(conv, &StrType)))
        return conv;
    Object *r = format_value(conv, spec);
    DECREF(conv);
    return r;
}

/* BUILD_MAP_UNPACK(_WITH_CALL): merge mappings; for a call (func non-NULL)
 * the errors name the function and duplicate keys are an error. */
static Object *merge_maps(Object **items, size_t n, Object *func)
{
    char desc[128];
    Object *d = dict_new();
    if (!d)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        Object *m = items[i], *k, *v;
        if (!obj_isinstance_type(m, &DictType)) {
            if (func) {
                func_desc(func, desc, sizeof desc);
                exc_set(ExcTypeError, "%s argument after ** must be a mapping, not %s", desc,
                        m->type->name);
            } else {
                exc_set(ExcTypeError, "'%s' object is not a mapping", m->type->name);
            }
            goto fail;
        }
        for (size_t pos = 0; dict_next(m, &pos, &k, &v);) {
            if (func && dict_get(d, k)) {
                func_desc(func, desc, sizeof desc);
                exc_set(ExcTypeError, "%s got multiple values for keyword argument '%s'", desc,
                        obj_is(k, &StrType) ? str_utf8(k) : "?");
                goto fail;
            }
            if (dict_set(d, k, v) < 0)
                goto fail;
        }
    }
    return d;
fail:
    DECREF(d);
    return NULL;
}

static Object *concat_iterables(Object **items, size_t n, bool tuple)
{
    Object *l = list_new(0);
    if (!l)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (list_extend(l, items[i]) < 0) {
            DECREF(l);
            return NULL;
        }
    }
    if (!tuple)
        return l;
    Object *t = tuple_from_iter(l);
    DECREF(l);
    return t;
}

/* BUILD_SET of the n items below sp; at is the instruction.  A display of
 * more than two constants python3 (3.9 on) builds from a frozenset
 * constant merged into an empty set, which lays out the table, and so orders
 * iteration, otherwise than adding the items one by one as 3.8 does; such
 * a display (the n instructions before, EXTENDED_ARG aside, all LOAD_CONST)
 * is built python3's way so the two print the same set. */
static Object *build_set(Object **items, uint32_t n, const uint32_t *at, const uint32_t *first)
{
    uint32_t nconst = 0;
    for (const uint32_t *p = at; n > 2 && nconst < n && p-- > first;) {
        if (word_op(*p) == OP_LOAD_CONST)
            nconst++;
        else if (word_op(*p) != OP_EXTENDED_ARG)
            break;
    }
    Object *set = set_new(NULL);
    if (!set)
        return NULL;
    if (n > 2 && nconst == n) {
        Object *t = tuple_new(n), *fs;
        for (uint32_t i = 0; t && i < n; i++) {
            INCREF(items[i]);
            tuple_set(t, i, items[i]);
        }
        fs = t ? frozenset_const(t) : NULL;
        XDECREF(t);
        if (!fs || set_update(set, fs) < 0)
            SETREF(set, NULL);
        XDECREF(fs);
        return set;
    }
    for (uint32_t i = 0; set && i < n; i++)
        if (set_add(set, items[i]) < 0)
            SETREF(set, NULL);
    return set;
}

/* CALL_FUNCTION_EX: f(*args, **kwargs) with args a tuple, kwargs a dict or NULL. */
static Object *call_ex(Object *func, Object *args, Object *kwargs)
{
    /* A mapping after ** that is not a dict is copied into one first (a
     * non-mapping fails here), as CPython checks ** before *. */
    if (kwargs && !obj_is(kwargs, &DictType)) {
        Object *d = merge_maps(&kwargs, 1, func);
        Object *r = d ? call_ex(func, args, d) : NULL;
        XDECREF(d);
        return r;
    }
    Object *t = obj_is(args, &TupleType) ? (INCREF(args), args) : tuple_from_iter(args);
    if (!t) {
        if (!iterable(args)) {
            char desc[128];
            exc_clear();
            func_desc(func, desc, sizeof desc);
            exc_set(ExcTypeError, "%s argument after * must be an iterable, not %s", desc,
                    args->type->name);
        }
        return NULL;
    }
    size_t np = tuple_len(t), nk = kwargs ? dict_len(kwargs) : 0;
    Object **argv = malloc((np + nk + 1) * sizeof *argv), *names = nk ? tuple_new(nk) : NULL;
    Object *r = NULL;
    if (!argv || (nk && !names)) {
        if (!argv)
            exc_nomemory();
        goto out;
    }
    memcpy(argv, ((TupleObject *)t)->items, np * sizeof *argv);
    Object *k, *v;
    size_t i = 0;
    for (size_t pos = 0; nk && dict_next(kwargs, &pos, &k, &v); i++) {
        if (!obj_is(k, &StrType)) {
            exc_set(ExcTypeError, "keywords must be strings");
            goto out;
        }
        INCREF(k);
        tuple_set(names, i, k);
        argv[np + i] = v;
    }
    r = obj_call(func, argv, np + nk, names);
out:
    free(argv);
    XDECREF(names);
    DECREF(t);
    return r;
}

/* ---- the frame's life ------------------------------------------------- */

/* Pop the stack down to `level`; slots may hold NULL markers. */
static inline Object **stack_unwind(Object **sp, Object **base, int level)
{
    while (sp > base + level) {
        Object *v = *--sp;
        XDECREF(v);
    }
    return sp;
}

/* The three values an EXCEPT_HANDLER block saved become `handled` again. */
static void restore_handled(ThreadState *ts, Object *type, Object *value, Object *tb)
{
    XDECREF(type);
    XDECREF(tb);
    if (value == None) {
        DECREF(value);
        value = NULL;
    }
    SETREF(ts->handled, value);
}

static Object **unwind_except_handler(ThreadState *ts, Object **sp, Object **base, const Block *b)
{
    sp = stack_unwind(sp, base, b->level + 3);
    Object *type = *--sp, *value = *--sp, *tb = *--sp;
    restore_handled(ts, type, value, tb);
    return sp;
}

static Object *none_if_null(Object *v) { v = v ? v : None; INCREF(v); return v; }

/* Enter an except/finally handler: save `handled`, push the exception. */
static Object **enter_handler(ThreadState *ts, Frame *f, Object **sp, Object **base)
{
    Block *hb = &f->blocks[f->nblocks++];
    *hb = (Block){ BLOCK_EXCEPT_HANDLER, -1, (int)(sp - base) };
    Object *prev = ts->handled;
    *sp++ = prev ? none_if_null(((ExcObject *)prev)->traceback) : none_new();
    *sp++ = prev ? prev : none_new();   /* the reference `handled` held moves here */
    *sp++ = prev ? (INCREF(prev->type), (Object *)prev->type) : none_new();
    Object *exc = exc_fetch();
    INCREF(exc);
    ts->handled = exc;
    *sp++ = none_if_null(((ExcObject *)exc)->traceback);
    *sp++ = exc;
    INCREF(exc->type);
    *sp++ = (Object *)exc->type;
    return sp;
}

#define TICK(n) do {                                                        \
        if (UNLIKELY((int)gil_breaker_set() | (int)((gt->ticks -= (n)) < 0)) && \
            eval_poll(ts) < 0)                                              \
            goto error;                                                     \
    } while (0)

/* The instruction budget (eval.h) is charged here, on the slow path only:
 * while one is set, every poll re-arms the thread's ticks to at most
 * BUDGET_STEP and charges a whole step, so the fast path pays nothing.
 * Once spent it stays spent: every ticking instruction raises again, so no
 * try/except can keep a run alive. */
#define BUDGET_STEP 1000
static int64_t tick_budget;   /* 0: none; -1: spent */

void eval_set_tick_budget(int64_t n)
{
    tick_budget = n;
    vm_tstate->gil->ticks = 0;  /* the next ticking instruction polls */
}

static int budget_charge(ThreadState *ts)
{
    tick_budget = tick_budget > BUDGET_STEP ? tick_budget - BUDGET_STEP : -1;
    if (tick_budget < 0) {
        ts->gil->ticks = 0;
        exc_set(ExcRuntimeError, "instruction budget exhausted");
        return -1;
    }
    if (ts->gil->ticks > BUDGET_STEP)
        ts->gil->ticks = BUDGET_STEP;
    return 0;
}

/* The slow path: the tick budget ran out or the breaker is set (a GIL drop
 * request, shutdown, or SIGINT, which raises KeyboardInterrupt here).  In
 * an atomic frame (code.h) all of it waits, ticks left spent and breaker
 * set, so the first poll after the frame returns or calls out takes it. */
static __attribute__((noinline, cold)) int eval_poll(ThreadState *ts)
{
    if (ts->frame->co->flags & CO_GILVM_ATOMIC)
        return 0;
    if (ts->gil->ticks < 0) {
        vmthread_tick(ts);
        if (tick_budget && budget_charge(ts) < 0)
            return -1;
    }
    if (!gil_breaker_set())
        return 0;
    vmthread_service(ts);
    return vmthread_check_signals();
}

/* A refused opcode (run column REFUSED in vm/opcode.h) ends the program the
 * way README promises for a feature gilvm refuses: one line on stderr, then
 * SystemExit(2), which no except or finally block sees (exception_unwind
 * skips them while `refusing` is set; GIL-protected, and cleared only by a
 * host that runs another program in the same process). */
static bool refusing;

bool eval_refused(void) { return refusing; }
void eval_refused_clear(void) { refusing = false; }

static __attribute__((noinline, cold)) void refuse(unsigned op)
{
    builtins_flush_stdout();
    fprintf(stderr, "gilvm: refused: %s (%s) is outside the language gilvm runs\n",
            opcode_info[op].name, opcode_info[op].meaning);
    refusing = true;
    Object *code = int_from_i64(2);
    Object *e = code ? exc_new(ExcSystemExit, &code, 1) : NULL;
    XDECREF(code);
    if (e)
        exc_set_obj(e);
}

/* PRINT_EXPR's body: the interactive echo of an expression statement is
 * whatever sys.displayhook now is.  0, or -1 with an exception set. */
static __attribute__((noinline)) int print_expr(Object *v)
{
    Object *sys = module_imported("sys");
    Object *hook = sys && obj_is(sys, &ModuleType) ? dict_get_str(module_dict(sys), "displayhook") : NULL;
    if (!hook) {
        exc_set(ExcRuntimeError, "lost sys.displayhook");
        return -1;
    }
    INCREF(hook);   /* the hook may replace itself */
    Object *r = obj_call(hook, &v, 1, NULL);
    DECREF(hook);
    XDECREF(r);
    return r ? 0 : -1;
}

#if EVAL_SWITCH
#  define vmdispatch(o) switch (o)
#  define vmcase(name) case OP_##name: L_##name: __attribute__((unused));
#  define vmbreak break
#  define vmdefault default:
#else
#  define vmdispatch(o) goto *disptab[o];
#  define vmcase(name) L_##name: __attribute__((unused));
#  define vmbreak do { FETCH(); goto *disptab[op]; } while (0)
#  define vmdefault
#endif

#define FETCH() do { w = *ip++; op = word_op(w); oparg = word_arg(w); } while (0)
/* Whether an opcode ticks is its row's `run` column (vm/opcode.h): the test
 * is on a constant, so each body compiles to exactly one of the two forms. */
enum {
#define OPCODE_RUN(name, num, kind, run, effect, meaning) \
    TICKS_##name = OPR_##run == OPR_TICK, PRED_##name = OPR_##run == OPR_PRED, \
    REFUSED_##name = OPR_##run == OPR_REFUSED,
    OPCODE_LIST(OPCODE_RUN)
#undef OPCODE_RUN
};
/* Whether `next` is predicted after `op` (opcode.h's OPCODE_PREDICTS); op
 * is a constant at every use, so this folds to one or two compares. */
static inline bool predicted(unsigned op, unsigned next)
{
#define PREDICTS(a, b) if (op == OP_##a && next == OP_##b) return true;
    OPCODE_PREDICTS(PREDICTS)
#undef PREDICTS
    return false;
}
#define CASE(name) vmcase(name) opcount[OP_##name]++;                   \
    _Static_assert(!REFUSED_##name, #name " is refused in opcode.h");   \
    if (TICKS_##name || (PRED_##name && !predicted(OP_##name, word_op(*ip)))) \
        TICK(1);
/* A COND row's tick: `v` is the condition, `jumps` whether a bool v jumps. */
#define COND_TICK(v, jumps) do {                                        \
        if (((v) != TrueObj && (v) != FalseObj) || ((jumps) && (int)oparg <= LASTI())) \
            TICK(1);                                                    \
    } while (0)
#define TRACE_RAISED() (f->lasti = LASTI(), trace_raised(ts, f))
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define THIRD() (sp[-3])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])
#define SET_TOP(v) (sp[-1] = (v))
#define JUMPTO(i) (ip = first + (i))
#define LASTI() ((int)(ip - first - 1))
/* The untraced instructions, through co: the hot loop keeps no register for ec. */
#define INS() (((const EvalCode *)co->cache)->ins)

/* The instructions a frame runs while hooks are set: at the same positions
 * as ec->ins, every one OP_TRACE, whose body calls trace_instr and then
 * runs the real instruction from ec->ins; so the loop tests nothing per
 * instruction when no hook is set.  ec->ins itself if memory runs out (the
 * frame then runs without line events). */
static __attribute__((noinline, cold)) const uint32_t *traced_ins(EvalCode *ec, const CodeObject *co, Frame *f)
{
    size_t n = code_len(co);
    if (!ec->traced && (ec->traced = malloc(n * sizeof *ec->traced)))
        for (size_t i = 0; i < n; i++)
            ec->traced[i] = word(OP_TRACE, 0);
    if (!ec->traced)
        return ec->ins;
    trace_frame_reset(f);
    return ec->traced;
}

/* The body of OP_TRACE, out of the loop: the 3.8 instruction at `at` (a
 * fused one's first), after trace_instr; 0 if a hook raised. */
static __attribute__((noinline)) uint32_t trace_step(ThreadState *ts, Frame *f, int at, Object **sp)
{
    const EvalCode *ec = f->co->cache;
    uint32_t w = ec->ins[at];
    if (word_op(w) == OP_FUSED_CMP_JUMP || word_op(w) == OP_FUSED_BINOP_STORE)
        w = word(OP_LOAD_FAST, ec->fused[word_arg(w)].a);
    if (ts->use_hooks && trace_instr(ts, f, at, word_op(w), word_arg(w), sp) < 0)
        return 0;
    return w;
}

/* A traced for loop's iterator ended: the hooks see its StopIteration,
 * and a generator's too, as 3.8's (whose value, when the generator
 * returned one, is not kept: gen_iternext has dropped it).  -1 if a hook
 * raised, whose exception is then pending. */
static __attribute__((noinline, cold)) int for_end_traced(ThreadState *ts, Frame *f, Object *it, int at)
{
    if (obj_is(it, &GenType) && !exc_occurred())
        exc_set_obj((INCREF(ExcStopIteration), (Object *)ExcStopIteration));
    if (!exc_occurred() || !exc_matches(exc_occurred(), (Object *)ExcStopIteration))
        return 0;
    f->lasti = at;
    return trace_raised(ts, f);
}

/* After a call, which may have set a hook, a frame not yet traced leaves
 * run() as at a yield, returning this mark, and enter() runs it on through
 * traced_ins: the loop's instruction base stays one value per run(). */
static Object retrace_mark;
#define RETRACE() do {                                                  \
        if (UNLIKELY(ts->use_hooks) && first == INS()) {              \
            f->lasti = (int)(ip - first);                               \
            f->stacktop = (int)(sp - base);                             \
            return &retrace_mark;                                       \
        }                                                               \
    } while (0)

static Object *run(ThreadState *ts, Frame *f, EvalCode *ec, bool throwflag)
{
#if !EVAL_SWITCH
    static const void *const disptab[256] = {
#define DISPATCH_FAST(name) &&L_##name
#define DISPATCH_TICK(name) &&L_##name
#define DISPATCH_PRED(name) &&L_##name
#define DISPATCH_COND(name) &&L_##name
#define DISPATCH_REFUSED(name) &&L_refused
#define DISPATCH_ENTRY(name, num, kind, run, effect, meaning) [num] = DISPATCH_##run(name),
        OPCODE_LIST(DISPATCH_ENTRY)
#undef DISPATCH_ENTRY
#undef DISPATCH_FAST
#undef DISPATCH_TICK
#undef DISPATCH_PRED
#undef DISPATCH_COND
#undef DISPATCH_REFUSED
        [OP_FUSED_CMP_JUMP] = &&L_FUSED_CMP_JUMP,
        [OP_FUSED_BINOP_STORE] = &&L_FUSED_BINOP_STORE,
        [OP_TRACE] = &&L_TRACE,
    };
#endif
    /* The hot state lives in locals so the compiler keeps it in registers. */
    CodeObject *const co = f->co;
    const uint32_t *const first = UNLIKELY(ts->use_hooks) ? traced_ins(ec, co, f) : ec->ins;
    const uint32_t *ip = first + f->lasti;
    Object **const fast = f->localsplus;
    Object **const base = fast + frame_nfast(co);
    Object **sp = base + f->stacktop;
    Object *const *const consts = ((TupleObject *)co->consts)->items;
    Object *const globals = f->globals;
    uint64_t *const opcount = ts->opcount;
    GilThread *const gt = ts->gil;
    Fused *const fusedtab = ec->fused;
    GlobalCache *const gcache = ec->gcache;
    Object *retval = NULL;
    uint32_t w, oparg;
    unsigned op;

    if (UNLIKELY(throwflag))   /* generator.throw(): raised at the yield */
        goto error;
    for (;;) {
        FETCH();
    dispatch:
        vmdispatch(op) {
        CASE(NOP) vmbreak;
        CASE(EXTENDED_ARG) vmbreak;   /* its argument is folded into the next word */

        CASE(LOAD_FAST) {                    /* push L[arg] */
            Object *v = fast[oparg];
            if (UNLIKELY(!v)) {
                err_unbound_local(tuple_get(co->varnames, oparg));
                goto error;
            }
            INCREF(v);
            PUSH(v);
            vmbreak;
        }
        CASE(LOAD_CONST) {                   /* push K[arg] */
            Object *v = consts[oparg];
            INCREF(v);
            PUSH(v);
            vmbreak;
        }
        CASE(STORE_FAST) {                   /* L[arg] = pop */
            Object *old = fast[oparg];
            fast[oparg] = POP();
            XDECREF(old);
            vmbreak;
        }
        CASE(DELETE_FAST) {
            Object *old = fast[oparg];
            if (!old) {
                err_unbound_local(tuple_get(co->varnames, oparg));
                goto error;
            }
            fast[oparg] = NULL;
            DECREF(old);
            vmbreak;
        }
        CASE(POP_TOP) {
            Object *v = POP();
            DECREF(v);
            vmbreak;
        }
        CASE(ROT_TWO) {
            Object *t = TOP();
            SET_TOP(SECOND());
            SECOND() = t;
            vmbreak;
        }
        CASE(ROT_THREE) {
            Object *t = TOP();
            SET_TOP(SECOND());
            SECOND() = THIRD();
            THIRD() = t;
            vmbreak;
        }
        CASE(ROT_FOUR) {
            Object *t = TOP();
            SET_TOP(SECOND());
            SECOND() = THIRD();
            THIRD() = PEEK(4);
            PEEK(4) = t;
            vmbreak;
        }
        CASE(DUP_TOP) {
            Object *t = TOP();
            INCREF(t);
            PUSH(t);
            vmbreak;
        }
        CASE(DUP_TOP_TWO) {
            Object *t = TOP(), *s = SECOND();
            INCREF(t);
            INCREF(s);
            PUSH(s);
            PUSH(t);
            vmbreak;
        }

        vmcase(TRACE) {   /* hooks: the instruction at this position, one 3.8 instruction at a time */
            w = trace_step(ts, f, LASTI(), sp);
            if (UNLIKELY(!w))
                goto error;
            op = word_op(w);
            oparg = word_arg(w);
            goto dispatch;
        }
        vmcase(FUSED_CMP_JUMP) {   /* if (L[a] <op> K|L[b]) == jump_if: jump */
            Fused *fu = &fusedtab[oparg];
            Object *l = fast[fu->a], *r = fu->k ? fu->k : fast[fu->b];
            if (UNLIKELY(!l || !int_is_word(l) || (!fu->k && (!r || !int_is_word(r))))) {
                oparg = fu->a;
                goto L_LOAD_FAST;
            }
            fu->runs++;
            opcount[OP_FUSED_CMP_JUMP]++;   /* for pacing: eval_thread_instructions */
            if (cmp_i64(int_value(l), int_value(r), fu->op) == fu->jump_if) {
                if ((int)fu->target <= LASTI() + 3)   /* COND's rule; COMPARE_OP was predicted */
                    TICK(1);
                JUMPTO(fu->target);
            } else {
                ip += 3;
            }
            vmbreak;
        }
        vmcase(FUSED_BINOP_STORE) {  /* L[dst] = L[a] +|- K|L[b] */
            Fused *fu = &fusedtab[oparg];
            Object *l = fast[fu->a], *r = fu->k ? fu->k : fast[fu->b];
            int64_t res;
            if (UNLIKELY(!l || !int_is_word(l) || (!fu->k && (!r || !int_is_word(r))) ||
                         (fu->op == BIN_ADD ? __builtin_add_overflow(int_value(l), int_value(r), &res)
                                            : __builtin_sub_overflow(int_value(l), int_value(r), &res)))) {
                oparg = fu->a;
                goto L_LOAD_FAST;
            }
            TICK(1);
            fu->runs++;
            opcount[OP_FUSED_BINOP_STORE]++;
            Object *old = fast[fu->dst];
            /* Sole owner: the old int can take the new value, the same as
             * freeing it and allocating another -- and counted as that at
             * --stats time (eval_fused_reused), so the report shows the
             * allocations the program really makes.  Small ints stay cached. */
            if (old == l && l->refcnt == 1 && (res < -5 || res > 256)) {
                ((IntObject *)l)->v = res;
                fu->reused++;
            } else {
                Object *v = int_from_i64(res);
                if (!v)
                    goto error;
                fast[fu->dst] = v;
                XDECREF(old);
            }
            ip += 3;
            vmbreak;
        }

        CASE(UNARY_POSITIVE) { Object *v = TOP(), *r = obj_pos(v); DECREF(v); SET_TOP(r); if (!r) goto error_pop1; vmbreak; }
        CASE(UNARY_NEGATIVE) { Object *v = TOP(), *r = obj_neg(v); DECREF(v); SET_TOP(r); if (!r) goto error_pop1; vmbreak; }
        CASE(UNARY_INVERT) { Object *v = TOP(), *r = obj_invert(v); DECREF(v); SET_TOP(r); if (!r) goto error_pop1; vmbreak; }
        CASE(UNARY_NOT) {
            Object *v = TOP();
            int t = obj_truth(v);
            DECREF(v);
            if (t < 0) {
                sp--;
                goto error;
            }
            SET_TOP(bool_from(!t));
            vmbreak;
        }

#define BINARY(name, binop, inplace)                                          \
        CASE(name) {                                                     \
            Object *r = POP(), *l = TOP();                                    \
            Object *res = (inplace) ? obj_inplace_binop(l, r, binop) : obj_binop(l, r, binop); \
            DECREF(l);                                                        \
            DECREF(r);                                                        \
            SET_TOP(res);                                                     \
            if (!res)                                                         \
                goto error_pop1;                                              \
            vmbreak;                                                          \
        }
/* int + int and int - int without a call when nothing overflows; a str
 * sum stored back to its left operand's variable grows in place. */
#define BINARY_INT(name, binop, inplace, builtin_op)                          \
        CASE(name) {                                                     \
            Object *r = POP(), *l = TOP(), *res;                              \
            int64_t v_;                                                       \
            if (int_is_word(l) && int_is_word(r) &&                           \
                !builtin_op(int_value(l), int_value(r), &v_)) {               \
                res = int_from_i64(v_);                                       \
                DECREF(l);                                                    \
            } else if ((binop) != BIN_ADD ||                                  \
                       !str_add_in_place(fast, f->locals, co, *ip, l, r, &res)) { \
                res = (inplace) ? obj_inplace_binop(l, r, binop) : obj_binop(l, r, binop); \
                DECREF(l);                                                    \
            }                                                                 \
            DECREF(r);                                                        \
            SET_TOP(res);                                                     \
            if (!res)                                                         \
                goto error_pop1;                                              \
            vmbreak;                                                          \
        }
        BINARY_INT(BINARY_ADD, BIN_ADD, 0, __builtin_add_overflow)
        BINARY_INT(BINARY_SUBTRACT, BIN_SUB, 0, __builtin_sub_overflow)
        BINARY_INT(BINARY_MULTIPLY, BIN_MUL, 0, __builtin_mul_overflow)
        BINARY_INT(INPLACE_ADD, BIN_ADD, 1, __builtin_add_overflow)
        BINARY_INT(INPLACE_SUBTRACT, BIN_SUB, 1, __builtin_sub_overflow)
        BINARY_INT(INPLACE_MULTIPLY, BIN_MUL, 1, __builtin_mul_overflow)
        BINARY(BINARY_POWER, BIN_POW, 0)
        BINARY(BINARY_MODULO, BIN_MOD, 0)
        BINARY(BINARY_FLOOR_DIVIDE, BIN_FLOORDIV, 0)
        BINARY(BINARY_TRUE_DIVIDE, BIN_TRUEDIV, 0)
        BINARY(BINARY_LSHIFT, BIN_LSHIFT, 0)
        BINARY(BINARY_RSHIFT, BIN_RSHIFT, 0)
        BINARY(BINARY_AND, BIN_AND, 0)
        BINARY(BINARY_XOR, BIN_XOR, 0)
        BINARY(BINARY_OR, BIN_OR, 0)
        BINARY(INPLACE_POWER, BIN_POW, 1)
        BINARY(INPLACE_MODULO, BIN_MOD, 1)
        BINARY(INPLACE_FLOOR_DIVIDE, BIN_FLOORDIV, 1)
        BINARY(INPLACE_TRUE_DIVIDE, BIN_TRUEDIV, 1)
        BINARY(INPLACE_LSHIFT, BIN_LSHIFT, 1)
        BINARY(INPLACE_RSHIFT, BIN_RSHIFT, 1)
        BINARY(INPLACE_AND, BIN_AND, 1)
        BINARY(INPLACE_XOR, BIN_XOR, 1)
        BINARY(INPLACE_OR, BIN_OR, 1)
        BINARY(BINARY_MATRIX_MULTIPLY, BIN_MATMUL, 0)
        BINARY(INPLACE_MATRIX_MULTIPLY, BIN_MATMUL, 1)
#undef BINARY
#undef BINARY_INT

        CASE(BINARY_SUBSCR) {                /* TOS = TOS1[TOS] */
            Object *k = POP(), *c = TOP(), *res = obj_getitem(c, k);
            DECREF(k);
            DECREF(c);
            SET_TOP(res);
            if (!res)
                goto error_pop1;
            vmbreak;
        }
        CASE(STORE_SUBSCR) {                 /* TOS1[TOS] = TOS2 */
            Object *k = TOP(), *c = SECOND(), *v = THIRD();
            sp -= 3;
            int e = obj_setitem(c, k, v);
            DECREF(k);
            DECREF(c);
            DECREF(v);
            if (e < 0)
                goto error;
            vmbreak;
        }
        CASE(DELETE_SUBSCR) {                /* del TOS1[TOS] */
            Object *k = TOP(), *c = SECOND();
            sp -= 2;
            int e = obj_delitem(c, k);
            DECREF(k);
            DECREF(c);
            if (e < 0)
                goto error;
            vmbreak;
        }

        CASE(COMPARE_OP) {
            Object *r = POP(), *l = TOP(), *res;
            if (int_is_word(l) && int_is_word(r) && oparg <= CMP_GE)
                res = bool_from(cmp_i64(int_value(l), int_value(r), oparg));
            else
                res = compare(l, r, oparg);
            DECREF(l);
            DECREF(r);
            SET_TOP(res);
            if (!res)
                goto error_pop1;
            vmbreak;
        }

        /* the match statement: the subject (or what was read from it)
         * stays under what each of these pushes */
        CASE(GET_LEN) { Object *r = match_len(TOP()); if (!r) goto error; PUSH(r); vmbreak; }
        CASE(MATCH_SEQUENCE) { Object *r = match_is_sequence(TOP()); if (!r) goto error; PUSH(r); vmbreak; }
        CASE(MATCH_MAPPING) { Object *r = match_is_mapping(TOP()); if (!r) goto error; PUSH(r); vmbreak; }
        CASE(MATCH_KEYS) { Object *r = match_keys(SECOND(), TOP()); if (!r) goto error; PUSH(r); vmbreak; }
        CASE(COPY_DICT_WITHOUT_KEYS) {
            Object *keys = TOP(), *rest = match_rest(SECOND(), keys);
            DECREF(keys);
            SET_TOP(rest);
            if (!rest)
                goto error_pop1;
            vmbreak;
        }
        CASE(MATCH_CLASS) {                  /* S2 of class S1, attributes N: S = attributes or None */
            Object *names = POP(), *cls = POP(), *subject = TOP();
            Object *r = match_class(subject, cls, oparg, names);
            DECREF(names);
            DECREF(cls);
            DECREF(subject);
            SET_TOP(r);
            if (!r)
                goto error_pop1;
            vmbreak;
        }

        /* except* (PEP 654): the exception (or what is left of it)
         * stays under its matched part; the handled exception is that
         * part while its clause runs */
        CASE(CHECK_EG_MATCH) {
            Object *type = POP(), *exc = TOP(), *match, *rest;
            int rc = exc_star_match(exc, type, &match, &rest);
            DECREF(type);
            if (rc < 0)
                goto error;
            SET_TOP(rest);
            DECREF(exc);
            PUSH(match);
            if (match != None) {
                INCREF(match);
                SETREF(ts->handled, match);
            }
            vmbreak;
        }
        CASE(PREP_RERAISE_STAR) {
            Object *excs = POP(), *orig = TOP(), *r = exc_star_reraise(orig, excs);
            DECREF(excs);
            DECREF(orig);
            SET_TOP(r);
            if (!r)
                goto error_pop1;
            vmbreak;
        }
        CASE(RERAISE) {                      /* no traceback entry: it has this frame's */
            exc_set_obj(POP());
            goto exception_unwind;
        }

        CASE(JUMP_FORWARD) { JUMPTO(oparg); vmbreak; }
        CASE(JUMP_ABSOLUTE) { JUMPTO(oparg); vmbreak; }
        CASE(POP_JUMP_IF_FALSE) {
            COND_TICK(TOP(), TOP() == FalseObj);
            Object *v = POP();
            int t = v == TrueObj ? 1 : v == FalseObj ? 0 : obj_truth(v);
            DECREF(v);
            if (t < 0)
                goto error;
            if (!t)
                JUMPTO(oparg);
            vmbreak;
        }
        CASE(POP_JUMP_IF_TRUE) {
            COND_TICK(TOP(), TOP() == TrueObj);
            Object *v = POP();
            int t = v == TrueObj ? 1 : v == FalseObj ? 0 : obj_truth(v);
            DECREF(v);
            if (t < 0)
                goto error;
            if (t)
                JUMPTO(oparg);
            vmbreak;
        }
        CASE(JUMP_IF_FALSE_OR_POP) {
            COND_TICK(TOP(), TOP() == FalseObj);
            int t = obj_truth(TOP());
            if (t < 0)
                goto error;
            if (!t) {
                JUMPTO(oparg);
            } else {
                Object *v = POP();
                DECREF(v);
            }
            vmbreak;
        }
        CASE(JUMP_IF_TRUE_OR_POP) {
            COND_TICK(TOP(), TOP() == TrueObj);
            int t = obj_truth(TOP());
            if (t < 0)
                goto error;
            if (t) {
                JUMPTO(oparg);
            } else {
                Object *v = POP();
                DECREF(v);
            }
            vmbreak;
        }

        CASE(GET_ITER) {
            Object *v = TOP(), *it = obj_iter(v);
            DECREF(v);
            SET_TOP(it);
            if (!it)
                goto error_pop1;
            vmbreak;
        }
        CASE(FOR_ITER) {                     /* push next(TOS) or pop and jump */
            Object *v = obj_iternext(TOP());
            if (v) {
                PUSH(v);
                vmbreak;
            }
            if (UNLIKELY(first != INS()) && for_end_traced(ts, f, TOP(), LASTI()) < 0)
                goto error;
            if (exc_occurred()) {
                if (!exc_matches(exc_occurred(), (Object *)ExcStopIteration))
                    goto error;

                exc_clear();
            }
            Object *it = POP();
            DECREF(it);
            JUMPTO(oparg);
            vmbreak;
        }

        CASE(LOAD_GLOBAL) {
            GlobalCache *gc = &gcache[oparg];
            Object *v = gc->value;
            /* value stays NULL while --no-global-cache is in force */
            if (LIKELY(v && gc->globals == globals && gc->gver == dict_version(globals) &&
                       gc->bver == dict_version(builtins))) {
                ts->global_hits++;
            } else if (!(v = load_global_slow(ts, gc, globals))) {
                goto error;
            }
            INCREF(v);
            PUSH(v);
            vmbreak;
        }
        CASE(STORE_GLOBAL) {
            Object *v = POP();
            int e = dict_set(globals, name_at(co, oparg), v);
            DECREF(v);
            if (e < 0)
                goto error;
            vmbreak;
        }
        CASE(DELETE_GLOBAL) {
            if (delete_name(globals, name_at(co, oparg)) < 0)
                goto error;
            vmbreak;
        }
        CASE(LOAD_NAME) {
            Object *v = load_name(f, name_at(co, oparg));
            if (!v)
                goto error;
            PUSH(v);
            vmbreak;
        }
        CASE(STORE_NAME) {
            Object *v = POP();
            int e = locals_set(f->locals, name_at(co, oparg), v);
            DECREF(v);
            if (e < 0)
                goto error;
            vmbreak;
        }
        CASE(DELETE_NAME) {
            if (delete_name(f->locals, name_at(co, oparg)) < 0)
                goto error;
            vmbreak;
        }

        CASE(LOAD_CLOSURE) {
            Object *c = fast[co->nlocals + oparg];
            INCREF(c);
            PUSH(c);
            vmbreak;
        }
        CASE(LOAD_DEREF) {
            Object *v = ((CellObject *)fast[co->nlocals + oparg])->ref;
            if (!v) {
                err_unbound_deref(co, oparg);
                goto error;
            }
            INCREF(v);
            PUSH(v);
            vmbreak;
        }
        CASE(LOAD_CLASSDEREF) {              /* class body: its own names first */
            Object *v, *owned;
            int r = locals_find(f->locals, deref_name(co, oparg), &v, &owned);
            if (r < 0)
                goto error;
            if (!r && !(v = ((CellObject *)fast[co->nlocals + oparg])->ref)) {
                err_unbound_deref(co, oparg);
                goto error;
            }
            PUSH(owned ? owned : (INCREF(v), v));
            vmbreak;
        }
        CASE(PRINT_EXPR) {
            Object *v = POP();
            int r = print_expr(v);
            DECREF(v);
            if (r < 0)
                goto error;
            vmbreak;
        }
        CASE(SETUP_ANNOTATIONS) {            /* a module or class body's __annotations__ */
            Object *name = str_intern("__annotations__"), *v, *owned;
            int r = locals_find(f->locals, name, &v, &owned);
            XDECREF(owned);
            if (r == 0) {
                Object *d = dict_new();
                r = d ? locals_set(f->locals, name, d) : -1;
                XDECREF(d);
            }
            if (r < 0)
                goto error;
            vmbreak;
        }
        CASE(STORE_DEREF) {
            CellObject *c = (CellObject *)fast[co->nlocals + oparg];
            SETREF(c->ref, POP());
            vmbreak;
        }
        CASE(DELETE_DEREF) {
            CellObject *c = (CellObject *)fast[co->nlocals + oparg];
            if (!c->ref) {
                err_unbound_deref(co, oparg);
                goto error;
            }
            SETREF(c->ref, NULL);
            vmbreak;
        }

        CASE(LOAD_ATTR) {
            Object *o = TOP(), *v = obj_getattr(o, name_at(co, oparg));
            DECREF(o);
            SET_TOP(v);
            if (!v)
                goto error_pop1;
            vmbreak;
        }
        CASE(STORE_ATTR) {                   /* TOS.name = TOS1 */
            Object *o = TOP(), *v = SECOND();
            sp -= 2;
            int e = obj_setattr(o, name_at(co, oparg), v);
            DECREF(o);
            DECREF(v);
            if (e < 0)
                goto error;
            vmbreak;
        }
        CASE(DELETE_ATTR) {
            Object *o = POP();
            int e = obj_setattr(o, name_at(co, oparg), NULL);
            DECREF(o);
            if (e < 0)
                goto error;
            vmbreak;
        }

        CASE(BUILD_TUPLE) {
            Object *t = tuple_new(oparg);
            if (!t)
                goto error;
            for (uint32_t i = oparg; i > 0; i--)
                tuple_set(t, i - 1, POP());
            PUSH(t);
            vmbreak;
        }
        CASE(BUILD_LIST) {
            Object *l = list_new(oparg);
            if (!l)
                goto error;
            for (uint32_t i = oparg; i > 0; i--)
                list_set(l, i - 1, POP());
            PUSH(l);
            vmbreak;
        }
        CASE(BUILD_SET) {
            Object *set = build_set(sp - oparg, oparg, INS() + LASTI(), INS());
            if (!set)
                goto error;
            sp = stack_unwind(sp, base, (int)(sp - base) - (int)oparg);
            PUSH(set);
            vmbreak;
        }
        CASE(BUILD_SET_UNPACK) {
            Object *set = set_new(NULL);
            for (uint32_t i = oparg; set && i > 0; i--)
                if (set_update(set, PEEK(i)) < 0)
                    SETREF(set, NULL);
            if (!set)
                goto error;
            sp = stack_unwind(sp, base, (int)(sp - base) - (int)oparg);
            PUSH(set);
            vmbreak;
        }
        CASE(BUILD_MAP) {                    /* k1 v1 k2 v2 ... */
            Object *d = dict_new();
            if (!d)
                goto error;
            for (uint32_t i = 0; i < oparg; i++) {
                if (dict_set(d, PEEK(2 * (oparg - i)), PEEK(2 * (oparg - i) - 1)) < 0) {
                    DECREF(d);
                    goto error;
                }
            }
            sp = stack_unwind(sp, base, (int)(sp - base) - 2 * (int)oparg);
            PUSH(d);
            vmbreak;
        }
        CASE(BUILD_CONST_KEY_MAP) {          /* v1 .. vn (k1 .. kn) */
            Object *keys = TOP(), *d = dict_new();
            if (!d)
                goto error;
            for (uint32_t i = 0; i < oparg; i++) {
                if (dict_set(d, tuple_get(keys, i), PEEK((int)(oparg - i) + 1)) < 0) {
                    DECREF(d);
                    goto error;
                }
            }
            sp = stack_unwind(sp, base, (int)(sp - base) - (int)oparg - 1);
            PUSH(d);
            vmbreak;
        }
        CASE(BUILD_STRING) {
            Object *s = build_string(sp - oparg, oparg);
            if (!s)
                goto error;
            sp = stack_unwind(sp, base, (int)(sp - base) - (int)oparg);
            PUSH(s);
            vmbreak;
        }
        CASE(BUILD_SLICE) {
            Object *step = oparg == 3 ? POP() : NULL, *stop = POP(), *start = TOP();
            Object *s = slice_new(start, stop, step ? step : None);
            DECREF(start);
            DECREF(stop);
            XDECREF(step);
            SET_TOP(s);
            if (!s)
                goto error_pop1;
            vmbreak;
        }
        vmcase(BUILD_LIST_UNPACK)
        vmcase(BUILD_TUPLE_UNPACK)
        vmcase(BUILD_TUPLE_UNPACK_WITH_CALL) {
            opcount[op]++;
            TICK(1);
            Object *r = concat_iterables(sp - oparg, oparg, op != OP_BUILD_LIST_UNPACK);
            if (!r)
                goto error;
            sp = stack_unwind(sp, base, (int)(sp - base) - (int)oparg);
            PUSH(r);
            vmbreak;
        }
        vmcase(BUILD_MAP_UNPACK)
        vmcase(BUILD_MAP_UNPACK_WITH_CALL) {
            opcount[op]++;
            TICK(1);
            Object *r = merge_maps(sp - oparg, oparg,
                                   op == OP_BUILD_MAP_UNPACK_WITH_CALL ? PEEK((int)oparg + 2) : NULL);
            if (!r)
                goto error;
            sp = stack_unwind(sp, base, (int)(sp - base) - (int)oparg);
            PUSH(r);
            vmbreak;
        }
        CASE(LIST_APPEND) {
            Object *v = POP();
            int e = list_append(PEEK(oparg), v);
            DECREF(v);
            if (e < 0)
                goto error;
            vmbreak;
        }
        CASE(SET_ADD) {
            Object *v = POP();
            int e = set_add(PEEK(oparg), v);
            DECREF(v);
            if (e < 0)
                goto error;
            vmbreak;
        }
        CASE(MAP_ADD) {                      /* 3.8: value on top, key below */
            Object *v = POP(), *k = POP();
            int e = dict_set(PEEK(oparg), k, v);
            DECREF(k);
            DECREF(v);
            if (e < 0)
                goto error;
            vmbreak;
        }
        CASE(UNPACK_SEQUENCE) {
            Object *seq = POP();
            int e = unpack_sequence(seq, oparg, sp);
            DECREF(seq);
            if (e < 0)
                goto error;
            sp += oparg;
            vmbreak;
        }
        CASE(UNPACK_EX) {
            Object *seq = POP();
            size_t before = oparg & 0xff, after = oparg >> 8;
            int e = unpack_ex(seq, before, after, sp);
            DECREF(seq);
            if (e < 0)
                goto error;
            sp += before + 1 + after;
            vmbreak;
        }
        CASE(FORMAT_VALUE) {
            Object *spec = (oparg & 4) ? POP() : NULL, *v = TOP();
            Object *r = format_conv(v, oparg, spec);
            DECREF(v);
            XDECREF(spec);
            SET_TOP(r);
            if (!r)
                goto error_pop1;
            vmbreak;
        }

        CASE(CALL_FUNCTION) {                /* f a1 .. an */
            f->lasti = LASTI();              /* its line while it calls (_traceback) */
            Object **args = sp - oparg, *fn = args[-1];
            Object *r = obj_call(fn, args, oparg, NULL);
            sp = stack_unwind(sp, base, (int)(args - base) - 1);
            if (!r)
                goto error;
            PUSH(r);
            RETRACE();
            vmbreak;
        }
        CASE(CALL_FUNCTION_KW) {             /* f a1 .. an (names) */
            f->lasti = LASTI();              /* its line while it calls (_traceback) */
            Object *names = POP(), **args = sp - oparg, *fn = args[-1];
            Object *r = obj_call(fn, args, oparg, names);
            DECREF(names);
            sp = stack_unwind(sp, base, (int)(args - base) - 1);
            if (!r)
                goto error;
            PUSH(r);
            RETRACE();
            vmbreak;
        }
        CASE(CALL_FUNCTION_EX) {             /* f args [kwargs] */
            f->lasti = LASTI();              /* its line while it calls (_traceback) */
            Object *kw = (oparg & 1) ? POP() : NULL, *args = POP(), *fn = TOP();
            Object *r = call_ex(fn, args, kw);
            XDECREF(kw);
            DECREF(args);
            DECREF(fn);
            SET_TOP(r);
            if (!r)
                goto error_pop1;
            RETRACE();
            vmbreak;
        }
        CASE(LOAD_METHOD) {                  /* obj -> meth self | NULL attr */
            Object *o = TOP(), *m;
            int r = obj_load_method(o, name_at(co, oparg), &m);
            if (r < 0)
                goto error;
            if (r) {
                SET_TOP(m);
                PUSH(o);
            } else {
                SET_TOP(NULL);
                DECREF(o);
                PUSH(m);
            }
            vmbreak;
        }
        CASE(CALL_METHOD) {
            f->lasti = LASTI();              /* its line while it calls (_traceback) */
            Object **args = sp - oparg, *r;
            if (args[-2])
                r = obj_call(args[-2], args - 1, oparg + 1, NULL);
            else
                r = obj_call(args[-1], args, oparg, NULL);
            sp = stack_unwind(sp, base, (int)(args - base) - 2);
            if (!r)
                goto error;
            PUSH(r);
            RETRACE();
            vmbreak;
        }
        CASE(MAKE_FUNCTION) {    /* [defaults] [kwdefaults] [annotations] [closure] code qualname */
            Object *qualname = POP(), *code = POP();
            FunctionObject *fn = (FunctionObject *)func_new(code, globals, qualname);
            DECREF(qualname);
            DECREF(code);
            if (!fn)
                goto error;
            if (oparg & 8)
                fn->closure = POP();
            if (oparg & 4) {
                Object *ann = POP();
                int rc = func_set_annotations((Object *)fn, ann);
                DECREF(ann);
                if (rc < 0) {
                    DECREF(fn);
                    goto error;
                }
            }
            if (oparg & 2)
                fn->kwdefaults = POP();
            if (oparg & 1)
                fn->defaults = POP();
            PUSH((Object *)fn);
            vmbreak;
        }
        CASE(LOAD_BUILD_CLASS) {
            Object *bc = dict_get_str(builtins, "__build_class__");
            if (!bc) {
                exc_set(ExcNameError, "__build_class__ not found");
                goto error;
            }
            INCREF(bc);
            PUSH(bc);
            vmbreak;
        }
        CASE(IMPORT_NAME) {                  /* level fromlist -> module */
            Object *fromlist = POP(), *level = TOP();
            Object *m = import_name(name_at(co, oparg), f->globals, fromlist, (int)int_value(level));
            DECREF(fromlist);
            DECREF(level);
            SET_TOP(m);
            if (!m)
                goto error_pop1;
            vmbreak;
        }
        CASE(IMPORT_FROM) {
            Object *m = TOP(), *v = import_from(m, name_at(co, oparg));
            if (!v)
                goto error;
            PUSH(v);
            vmbreak;
        }

        CASE(IMPORT_STAR) {                       /* module -> ; its names bound in locals */
            Object *m = POP();
            int r = import_star(m, f->locals);
            DECREF(m);
            if (r < 0)
                goto error;
            vmbreak;
        }

        CASE(RETURN_VALUE) {
            retval = POP();
            goto exit;
        }
        CASE(YIELD_VALUE) {
            retval = POP();
            goto suspend;
        }
        CASE(YIELD_FROM) {                   /* TOS1: the delegate; TOS: the value to send */
            Object *v = POP(), *r = gen_delegate_send(TOP(), v);
            DECREF(v);
            if (r) {
                retval = r;
                ip--;                        /* the resumption sends into it again */
                goto suspend;
            }
            Object *result;
            if (gen_fetch_stop_value(&result) < 0)
                goto error;
            v = TOP();
            SET_TOP(result);
            DECREF(v);
            vmbreak;
        }
        CASE(GET_YIELD_FROM_ITER) {          /* a generator delegates as itself */
            Object *v = TOP();
            if (!obj_is(v, &GenType)) {
                Object *it = gen_yield_from_iter(v, co);
                DECREF(v);
                SET_TOP(it);
                if (!it)
                    goto error_pop1;
            }
            vmbreak;
        }
        CASE(GET_AWAITABLE) {
            Object *v = TOP(), *it = gen_awaitable(v, awaited_from(INS(), INS() + (ip - first)));
            DECREF(v);
            SET_TOP(it);
            if (!it)
                goto error_pop1;
            vmbreak;
        }
        CASE(GET_AITER) {
            Object *v = TOP(), *it = gen_aiter(v);
            DECREF(v);
            SET_TOP(it);
            if (!it)
                goto error_pop1;
            vmbreak;
        }
        CASE(GET_ANEXT) {                    /* TOS stays: the loop's next round needs it */
            Object *aw = gen_anext(TOP());
            if (!aw)
                goto error;
            PUSH(aw);
            vmbreak;
        }
        CASE(BEFORE_ASYNC_WITH) {
            Object *mgr = TOP(), *enter, *exitf;
            if (with_lookup(mgr, &enter, &exitf, true) < 0)
                goto error;
            SET_TOP(exitf);
            DECREF(mgr);
            Object *res = obj_call(enter, NULL, 0, NULL);
            DECREF(enter);
            if (!res)
                goto error;
            PUSH(res);
            vmbreak;
        }
        CASE(SETUP_ASYNC_WITH) {             /* the block sits under __aenter__'s result */
            if (f->nblocks >= FRAME_MAX_BLOCKS)
                goto too_many_blocks;
            f->blocks[f->nblocks++] = (Block){ BLOCK_FINALLY, (int)oparg, (int)(sp - base) - 1 };
            vmbreak;
        }
        CASE(END_ASYNC_FOR) {                /* the handler's exception triple on top */
            Object *type = TOP();
            if (exc_matches(type, (Object *)ExcStopAsyncIteration)) {
                const Block *b = &f->blocks[--f->nblocks];
                sp = unwind_except_handler(ts, sp, base, b);
                Object *aiter = POP();
                DECREF(aiter);
                vmbreak;
            }
            Object *x = POP(), *exc = POP(), *tb = POP();
            DECREF(x);
            XDECREF(tb);
            exc_set_obj(exc);
            goto exception_unwind;
        }

        CASE(SETUP_FINALLY) {
            if (f->nblocks >= FRAME_MAX_BLOCKS)
                goto too_many_blocks;
            f->blocks[f->nblocks++] = (Block){ BLOCK_FINALLY, (int)oparg, (int)(sp - base) };
            vmbreak;
        }
        CASE(POP_BLOCK) {
            f->nblocks--;
            vmbreak;
        }
        CASE(BEGIN_FINALLY) {
            PUSH(NULL);
            vmbreak;
        }
        CASE(CALL_FINALLY) {                 /* push the return index, jump */
            Object *ret = int_from_i64(ip - first);
            if (!ret)
                goto error;
            PUSH(ret);
            JUMPTO(oparg);
            vmbreak;
        }
        CASE(POP_EXCEPT) {
            const Block *b = &f->blocks[--f->nblocks];
            if (b->type != BLOCK_EXCEPT_HANDLER) {
                exc_set(ExcSystemError, "popped block is not an except handler");
                goto error;
            }
            Object *type = POP(), *value = POP(), *tb = POP();
            restore_handled(ts, type, value, tb);
            vmbreak;
        }
        CASE(END_FINALLY) {     /* NULL | return index | exception triple */
            Object *x = POP();
            if (!x)
                vmbreak;
            if (obj_is(x, &IntType)) {
                JUMPTO(int_value(x));
                DECREF(x);
                vmbreak;
            }
            Object *exc = POP(), *tb = POP();
            DECREF(x);
            XDECREF(tb);
            exc_set_obj(exc);
            goto exception_unwind;
        }
        CASE(POP_FINALLY) {
            Object *res = oparg ? POP() : NULL, *x = POP();
            if (x && !obj_is(x, &IntType)) {
                Object *exc = POP(), *tb = POP();
                DECREF(x);
                DECREF(exc);
                DECREF(tb);
                const Block *b = &f->blocks[--f->nblocks];
                if (b->type != BLOCK_EXCEPT_HANDLER) {
                    XDECREF(res);
                    exc_set(ExcSystemError, "popped block is not an except handler");
                    goto error;
                }
                Object *ptype = POP(), *pvalue = POP(), *ptb = POP();
                restore_handled(ts, ptype, pvalue, ptb);
            } else {
                XDECREF(x);
            }
            if (oparg)
                PUSH(res);
            vmbreak;
        }
        CASE(SETUP_WITH) {
            Object *mgr = TOP(), *enter, *exitf;
            if (f->nblocks >= FRAME_MAX_BLOCKS)
                goto too_many_blocks;
            if (with_lookup(mgr, &enter, &exitf, false) < 0)
                goto error;
            SET_TOP(exitf);
            DECREF(mgr);
            Object *res = obj_call(enter, NULL, 0, NULL);
            DECREF(enter);
            if (!res)
                goto error;
            f->blocks[f->nblocks++] = (Block){ BLOCK_FINALLY, (int)oparg, (int)(sp - base) };
            PUSH(res);
            vmbreak;
        }
        CASE(WITH_CLEANUP_START) {
            Object *exc = TOP(), *val = None, *tb = None, *exitf;
            if (!exc) {
                sp--;
                exitf = TOP();
                SET_TOP(NULL);
                exc = None;
            } else {
                /* exit tb2 exc2 tp2 tb val exc: slide the six down over exit */
                val = SECOND();
                tb = THIRD();
                exitf = PEEK(7);
                memmove(sp - 7, sp - 6, 3 * sizeof *sp);
                PEEK(4) = NULL;
                f->blocks[f->nblocks - 1].level--;
            }
            Object *args[3] = { exc, val, tb };
            Object *r = obj_call(exitf, args, 3, NULL);
            DECREF(exitf);
            if (!r)
                goto error;
            INCREF(exc);
            PUSH(exc);
            PUSH(r);
            vmbreak;
        }
        CASE(WITH_CLEANUP_FINISH) {
            Object *r = POP(), *exc = POP();
            int t = exc != None ? obj_truth(r) : 0;
            DECREF(r);
            DECREF(exc);
            if (t < 0)
                goto error;
            if (t > 0) {   /* __exit__ swallowed the exception */
                const Block *b = &f->blocks[--f->nblocks];
                sp = unwind_except_handler(ts, sp, base, b);
                PUSH(NULL);
            }
            vmbreak;
        }
        CASE(RAISE_VARARGS) {
            if (oparg == 0) {
                if (!ts->handled) {
                    exc_set(ExcRuntimeError, "No active exception to reraise");
                    goto error;
                }
                INCREF(ts->handled);
                exc_set_obj(ts->handled);
                goto exception_unwind;
            }
            Object *cause = oparg == 2 ? POP() : NULL, *exc = POP();
            do_raise(ts, exc, cause);
            DECREF(exc);
            XDECREF(cause);
            goto error;
        }

        vmdefault
        L_refused: __attribute__((unused)) {
            opcount[op]++;
            refuse(op);
            goto error;
        }
        }
        continue;

    too_many_blocks:
        exc_set(ExcSystemError, "too many statically nested blocks");
        goto error;
    error_pop1:     /* the failed operation left a NULL on top */
        sp--;
    error:
        if (UNLIKELY(!exc_occurred()))
            exc_set(ExcSystemError, "error return without exception set");
        if (!((ExcObject *)exc_occurred())->traceback)
            chain_context(ts, exc_occurred());
        if (traceback_add(exc_occurred(), co, LASTI(), f->globals, f->locals) < 0)
            goto exception_unwind;
        if (UNLIKELY(first != INS()))
            TRACE_RAISED();
    exception_unwind:
        while (f->nblocks > 0) {
            const Block *b = &f->blocks[--f->nblocks];
            if (b->type == BLOCK_EXCEPT_HANDLER) {
                sp = unwind_except_handler(ts, sp, base, b);
                continue;
            }
            if (UNLIKELY(refusing))   /* no handler may catch a refusal */
                continue;
            int handler = b->handler;
            sp = stack_unwind(sp, base, b->level);
            sp = enter_handler(ts, f, sp, base);
            JUMPTO(handler);
            FETCH();
            goto dispatch;
        }
        break;
    }
exit:

    stack_unwind(sp, base, 0);
    f->state = FRAME_DONE;
    return retval;
suspend:
    f->lasti = (int)(ip - first);
    f->stacktop = (int)(sp - base);
    f->state = FRAME_SUSPENDED;
    return retval;
}

#undef FETCH
#undef CASE
#undef PUSH
#undef TRACE_RAISED
#undef POP
#undef TOP
#undef SECOND
#undef THIRD
#undef PEEK
#undef SET_TOP
#undef JUMPTO
#undef LASTI
#undef INS

/* Runs f (CREATED or SUSPENDED) on the calling thread until it returns,
 * raises or yields; f->state says which.  A frame that finished has
 * released its slots (an exception's traceback keeps them). */
static Object *enter(Frame *f, bool throwflag)
{
    ThreadState *ts = vm_tstate;
    CodeObject *co = f->co;
    EvalCode *ec = co->cache;
    if (UNLIKELY(ts->depth >= vm_recursion_limit || vm_stack_low(ts))) {
        exc_set(ExcRecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    if (!ec && !(ec = quicken(co)))
        return NULL;
    bool fresh = f->state == FRAME_CREATED;
    f->back = ts->frame;
    f->state = FRAME_RUNNING;
    ts->depth++;
    ts->frame = f;
    int hooked = UNLIKELY(ts->use_hooks) ? trace_frame_enter(ts, f, fresh) : 0;
    Object *r = hooked < 0 ? NULL : run(ts, f, ec, throwflag);
    while (UNLIKELY(r == &retrace_mark))
        r = run(ts, f, ec, false);
    if (UNLIKELY(ts->use_hooks) && hooked == 0)   /* set now, even if not at the start */
        r = trace_frame_exit(ts, f, r);
    ts->frame = f->back;
    ts->depth--;
    f->back = NULL;
    if (f->state == FRAME_SUSPENDED)
        return r;
    f->state = FRAME_DONE;
    if (!r)
        traceback_keep_locals(exc_occurred(), co, f->localsplus, frame_nfast(co));
    frame_release(f, 0);
    return r;
}

Object *eval_frame(Frame *f)
{
    Object *r = enter(f, false);
    if (UNLIKELY(f->state != FRAME_DONE))   /* it never started */
        frame_release(f, 0);
    frame_pop(f);
    return r;
}

Object *eval_resume(Frame *f, bool throwflag)
{
    return enter(f, throwflag);
}

int eval_frame_delegate(const Frame *f, Object **delegate)
{
    if (f->state != FRAME_SUSPENDED || !f->co->cache)
        return 0;
    const EvalCode *ec = f->co->cache;
    if (word_op(ec->ins[f->lasti]) != OP_YIELD_FROM)
        return 0;
    *delegate = f->localsplus[frame_nfast(f->co) + (size_t)f->stacktop - 1];
    return 1;
}

/* A body (module or class) with its cells and free variables set up. */
static Object *eval_body(Object *code, Object *globals, Object *locals, Object *closure)
{
    CodeObject *co = (CodeObject *)code;
    size_t ncell = tuple_len(co->cellvars), nfree = tuple_len(co->freevars);
    Frame *f = frame_push(co, globals, locals);
    if (!f)
        return NULL;
    for (size_t i = 0; i < ncell; i++) {
        if (!(f->localsplus[co->nlocals + i] = cell_new(NULL))) {
            frame_release(f, 0);
            frame_pop(f);
            return NULL;
        }
    }
    for (size_t i = 0; i < nfree; i++) {
        Object *c = tuple_get(closure, i);
        INCREF(c);
        f->localsplus[(size_t)co->nlocals + ncell + i] = c;
    }
    return eval_frame(f);
}

Object *eval_code(Object *code, Object *globals, Object *locals)
{
    return eval_body(code, globals, locals, NULL);
}

Object *eval_builtins(void) { return builtins; }

/* The class statement's keywords but metaclass= (*meta, borrowed), as a
 * dict (NULL: none). */
static int class_keywords(Object *const *args, size_t nargs, Object *kwnames, Object **meta,
                          Object **out)
{
    *out = NULL;
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        Object *k = tuple_get(kwnames, i), *v = args[nargs - nkw + i];
        if (str_eq(k, str_intern("metaclass")))
            *meta = v;
        else if ((!*out && !(*out = dict_new())) || dict_set(*out, k, v) < 0)
            return -1;
    }
    return 0;
}

/* The namespace the class body runs in: meta.__prepare__(name, bases,
 * **kw) when meta has one, else a dict; it must be a mapping. */
static Object *class_namespace(Object *meta, Object *name, Object *bases, Object *kw)
{
    Object *prep = meta == (Object *)&TypeType ? NULL : obj_getattr(meta, str_intern("__prepare__"));
    if (!prep) {
        if (exc_occurred() && !exc_matches(exc_occurred(), (Object *)ExcAttributeError))
            return NULL;
        exc_clear();
        return dict_new();
    }
    Object *a[2] = { name, bases };
    Object *ns = obj_call_kwdict(prep, a, 2, kw);
    DECREF(prep);
    if (ns && !obj_is(ns, &DictType) && !type_lookup(ns->type, str_intern("__getitem__"))) {
        exc_set(ExcTypeError, "%s.__prepare__() must return a mapping, not %s",
                obj_isinstance_type(meta, &TypeType) ? ((Type *)meta)->name : "<metaclass>",
                ns->type->name);
        SETREF(ns, NULL);
    }
    return ns;
}

/* The body's __class__ cell must hold the class the metaclass made (a
 * metaclass that builds its class without passing __classcell__ on to
 * type.__new__ leaves it empty), as CPython 3.8 checks. */
static int class_cell_check(Object *cell, Object *cls, Object *name)
{
    if (!obj_is(cell, &CellType) || !obj_isinstance_type(cls, &TypeType) ||
        ((CellObject *)cell)->ref == cls)
        return 0;
    Object *rn = obj_repr(name), *rc = obj_repr(cls);
    Object *rs = ((CellObject *)cell)->ref ? obj_repr(((CellObject *)cell)->ref) : NULL;
    if (rn && rc && !((CellObject *)cell)->ref)
        exc_set(ExcRuntimeError, "__class__ not set defining %s as %s. Was __classcell__ "
                "propagated to type.__new__?", str_utf8(rn), str_utf8(rc));
    else if (rn && rc && rs)
        exc_set(ExcRuntimeError, "__class__ set to %s defining %s as %s", str_utf8(rs),
                str_utf8(rn), str_utf8(rc));
    XDECREF(rn);
    XDECREF(rc);
    XDECREF(rs);
    return -1;
}

/* PEP 560: a base that is not a class but has __mro_entries__ stands for
 * the classes that returns (typing's Generic[T] for Generic).  *bases
 * becomes a new tuple when one was replaced (0), else stays (0); -1 on error. */
static int base_entries(Object *orig, Object *b, Object **entries)
{
    *entries = NULL;
    if (obj_isinstance_type(b, &TypeType))
        return 0;
    Object *f = obj_getattr(b, str_intern("__mro_entries__"));
    if (!f) {
        if (!exc_matches(exc_occurred(), (Object *)ExcAttributeError))
            return -1;
        exc_clear();
        return 0;
    }
    *entries = obj_call(f, &orig, 1, NULL);
    DECREF(f);
    if (*entries && !obj_is(*entries, &TupleType)) {
        exc_set(ExcTypeError, "__mro_entries__ must return a tuple");
        SETREF(*entries, NULL);
    }
    return *entries ? 0 : -1;
}

static int update_bases(Object **bases)
{
    Object *orig = *bases, *l = NULL;
    for (size_t i = 0; i < tuple_len(orig); i++) {
        Object *b = tuple_get(orig, i), *entries;
        int rc = base_entries(orig, b, &entries);
        if (rc == 0 && entries && !l && (l = list_new(0)))
            for (size_t j = 0; j < i && rc == 0; j++)
                rc = list_append(l, tuple_get(orig, j));
        if (rc == 0 && entries && !l)
            rc = -1;
        for (size_t j = 0; rc == 0 && entries && j < tuple_len(entries); j++)
            rc = list_append(l, tuple_get(entries, j));
        if (rc == 0 && !entries && l)
            rc = list_append(l, b);
        XDECREF(entries);
        if (rc < 0) {
            XDECREF(l);
            return -1;
        }
    }
    if (!l)
        return 0;
    *bases = tuple_from_iter(l);
    DECREF(l);
    return *bases ? 0 : -1;
}

/* __build_class__(func, name, *bases, metaclass=, **kw), as CPython's:
 * the metaclass (given, else the first base's class, made the most
 * derived of its bases' when it is a class) prepares the namespace, the
 * body runs into it, and meta(name, bases, ns, **kw) makes the class. */
static Object *build_class(Object *self, Object *const *args, size_t nargs, Object *kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    nargs -= nkw;
    if (nargs < 2 || !obj_is(args[0], &FunctionType) || !obj_is(args[1], &StrType)) {
        exc_set(ExcTypeError, "__build_class__: need a function and a name");
        return NULL;
    }
    FunctionObject *fn = (FunctionObject *)args[0];
    Object *bases = tuple_new(nargs - 2);
    if (!bases)
        return NULL;
    for (size_t i = 2; i < nargs; i++) {
        INCREF(args[i]);
        tuple_set(bases, i - 2, args[i]);
    }
    Object *meta = NULL, *kw = NULL, *ns = NULL, *cell = NULL, *cls = NULL, *orig = bases;
    if (update_bases(&bases) < 0) {
        bases = orig;
        goto done;
    }
    if (class_keywords(args, nargs + nkw, kwnames, &meta, &kw) < 0)
        goto done;
    if (!meta)
        meta = tuple_len(bases) ? (Object *)tuple_get(bases, 0)->type : (Object *)&TypeType;
    if (obj_isinstance_type(meta, &TypeType) &&
        !(meta = (Object *)type_calculate_meta((Type *)meta, bases)))
        goto done;
    if (!(ns = class_namespace(meta, args[1], bases, kw)))
        goto done;
    if (!(cell = eval_body(fn->code, fn->globals, ns, fn->closure)))
        goto done;
    if (bases != orig && obj_setitem(ns, str_intern("__orig_bases__"), orig) < 0)
        goto done;
    if (meta == (Object *)&TypeType) {
        /* the plain class statement: type(name, bases, ns) directly */
        cls = (Object *)type_new_class(args[1], bases, ns);
        if (cls && type_class_ready((Type *)cls, kw) < 0)
            SETREF(cls, NULL);
    } else {
        Object *a[3] = { args[1], bases, ns };
        cls = obj_call_kwdict(meta, a, 3, kw);
    }
    if (cls && class_cell_check(cell, cls, args[1]) < 0)
        SETREF(cls, NULL);
done:
    XDECREF(cell);
    XDECREF(ns);
    XDECREF(kw);
    if (bases != orig)
        DECREF(orig);
    DECREF(bases);
    return cls;
}

static int add_builtin(const char *name, CallFn fn)
{
    Object *f = builtin_new(name, fn, NULL);
    if (!f)
        return -1;
    int r = dict_set_str(builtins, name, f);
    DECREF(f);
    return r;
}

/* Zero-argument super(), as CPython's super_init: the class from the running
 * function's __class__ cell, the object from its first argument (or the
 * cell that argument moved into when a nested function captures it). */
static Object *first_arg(const Frame *f)
{
    const CodeObject *co = f->co;
    if (f->localsplus[0])
        return f->localsplus[0];
    Object *name = tuple_get(co->varnames, 0);
    for (size_t i = 0; i < tuple_len(co->cellvars); i++)
        if (str_eq(tuple_get(co->cellvars, i), name))
            return ((CellObject *)f->localsplus[co->nlocals + i])->ref;
    return NULL;
}

static int super_args(Type **type, Object **self)
{
    const Frame *f = vm_tstate->frame;
    if (!f) {
        exc_set(ExcRuntimeError, "super(): no current frame");
        return -1;
    }
    const CodeObject *co = f->co;
    if (co->argcount == 0) {
        exc_set(ExcRuntimeError, "super(): no arguments");
        return -1;
    }
    if (!(*self = first_arg(f))) {
        exc_set(ExcRuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    size_t ncell = tuple_len(co->cellvars);
    for (size_t i = 0; i < tuple_len(co->freevars); i++) {
        if (!str_eq(tuple_get(co->freevars, i), str_intern("__class__")))
            continue;
        Object *cls = ((CellObject *)f->localsplus[co->nlocals + ncell + i])->ref;
        if (!cls) {
            exc_set(ExcRuntimeError, "super(): empty __class__ cell");
            return -1;
        }
        if (!obj_isinstance_type(cls, &TypeType)) {
            exc_set(ExcRuntimeError, "super(): __class__ is not a type (%s)", cls->type->name);
            return -1;
        }
        *type = (Type *)cls;
        return 0;
    }
    exc_set(ExcRuntimeError, "super(): __class__ cell not found");
    return -1;
}

int eval_init(Object *builtins_dict)
{
    builtins = builtins_dict;
    super_frame_args = super_args;
    return add_builtin("__build_class__", build_class);
}

Object *eval_frame_globals(void)
{
    const Frame *f = vm_tstate->frame;
    return f ? f->globals : NULL;
}

/* As CPython's locals(): a function's is a snapshot of its fast slots,
 * cells and free variables included (those unbound are left out). */
Object *eval_frame_locals(void)
{
    const Frame *f = vm_tstate->frame;
    if (!f)
        return dict_new();
    if (f->locals) {
        INCREF(f->locals);
        return f->locals;
    }
    const CodeObject *co = f->co;
    size_t ncell = tuple_len(co->cellvars), nfree = tuple_len(co->freevars);
    Object *d = dict_new();
    for (size_t i = 0; d && i < (size_t)co->nlocals + ncell + nfree; i++) {
        Object *name, *v = f->localsplus[i];
        if (i < (size_t)co->nlocals) {
            name = tuple_get(co->varnames, i);
        } else {
            size_t k = i - (size_t)co->nlocals;
            name = k < ncell ? tuple_get(co->cellvars, k) : tuple_get(co->freevars, k - ncell);
            v = v ? ((CellObject *)v)->ref : NULL;
        }
        if (v && dict_set(d, name, v) < 0)
            SETREF(d, NULL);
    }
    return d;
}
