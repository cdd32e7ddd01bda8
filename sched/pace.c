/* sched/pace.c — see pace.h.  The figure is written once before any VM
 * thread starts (option parsing) and read-only afterwards; pace_spend
 * touches nothing shared, so holders on any CPU may run it at once. */
#include <stdio.h>
#include "sched/pace.h"

static double work_per_instruction = -1.0;
static char source[512];

void pace_configure(double w, const char *src)
{
    work_per_instruction = w;
    snprintf(source, sizeof source, "%s", w < 0 ? "" : src);
}

bool pace_on(void) { return work_per_instruction >= 0; }
double pace_work_per_instruction(void) { return work_per_instruction; }
const char *pace_source(void) { return source; }

/* The pace unit: one instruction of a miniature stack interpreter running
 * the countdown `while n > 0: n -= 1` the way CPython's eval loop runs it:
 * a dispatch through a label table per instruction, operands pushed and
 * popped on a stack in memory, a reference count raised and dropped for
 * each, and each result a fresh integer object taken from a free list.
 * Why an interpreter and not a cheaper loop: on this kind of shared VM a
 * vCPU at times runs every interpreter about 2x slower (a busy SMT sibling
 * on the host).  In 261 interleaved rounds on both vCPUs, 54 found one
 * vCPU in such a phase; against that vCPU's other rounds (medians), CPython
 * 2.7 ran 1.84x slower in it, CPython 3.8 1.55x, gilvm 2.00x, this kernel
 * (built alone) 1.88x, and the loop of indirect calls pacing used before
 * it 1.20x: an emulation paced with that loop drifted from its peer
 * whenever the phase came or went.
 * Every call builds its own objects on its own stack: nothing is shared. */
typedef struct PaceObj {
    long refs, value;
    struct PaceObj *next_free;
} PaceObj;

enum { P_LOAD_FAST, P_LOAD_CONST, P_COMPARE_GT, P_JUMP_IF_FALSE, P_SUBTRACT, P_STORE_FAST, P_JUMP, P_NOPS };

typedef struct {
    unsigned char op, arg;
} PaceIns;

/* The countdown as CPython compiles it; when n reaches 0 it is reset, so
 * the loop runs as long as the units last. */
static const PaceIns pace_code[] = {
    { P_LOAD_FAST, 0 },  { P_LOAD_CONST, 0 }, { P_COMPARE_GT, 0 }, { P_JUMP_IF_FALSE, 9 },
    { P_LOAD_FAST, 0 },  { P_LOAD_CONST, 1 }, { P_SUBTRACT, 0 },   { P_STORE_FAST, 0 },
    { P_JUMP, 0 },       { P_LOAD_CONST, 2 }, { P_STORE_FAST, 0 }, { P_JUMP, 0 },
};

typedef struct {
    PaceObj pool[16], *free;
} PaceHeap;

static PaceObj *obj_new(PaceHeap *h, long v)
{
    PaceObj *o = h->free;
    h->free = o->next_free;
    o->refs = 1;
    o->value = v;
    return o;
}

static void obj_drop(PaceHeap *h, PaceObj *o)
{
    if (--o->refs == 0) {
        o->next_free = h->free;
        h->free = o;
    }
}

/* At most 3 objects are live besides the constants (the local, two
 * operands, a result), so the pool never runs dry. */
static long interpret(uint64_t units)
{
    static void *const label[P_NOPS] = {
        [P_LOAD_FAST] = &&load_fast, [P_LOAD_CONST] = &&load_const, [P_COMPARE_GT] = &&compare_gt,
        [P_JUMP_IF_FALSE] = &&jump_if_false, [P_SUBTRACT] = &&subtract, [P_STORE_FAST] = &&store_fast,
        [P_JUMP] = &&jump,
    };
    PaceHeap h = { .free = NULL };
    for (size_t i = 0; i < sizeof h.pool / sizeof h.pool[0]; i++) {
        h.pool[i].next_free = h.free;
        h.free = &h.pool[i];
    }
    PaceObj *consts[3] = { obj_new(&h, 0), obj_new(&h, 1), obj_new(&h, 1000) };
    PaceObj *local = obj_new(&h, 1000);
    PaceObj *stack[4], **sp = stack, *a, *b;
    const PaceIns *pc = pace_code;
    PaceIns in;
#define NEXT()                      \
    do {                            \
        if (units-- == 0)           \
            goto done;              \
        in = *pc++;                 \
        goto *label[in.op];         \
    } while (0)
    NEXT();
load_fast:
    local->refs++;
    *sp++ = local;
    NEXT();
load_const:
    consts[in.arg]->refs++;
    *sp++ = consts[in.arg];
    NEXT();
compare_gt:
    b = *--sp;
    a = *--sp;
    *sp = consts[a->value > b->value];   /* consts 0 and 1 double as False and True */
    (*sp++)->refs++;
    obj_drop(&h, a);
    obj_drop(&h, b);
    NEXT();
jump_if_false:
    a = *--sp;
    if (!a->value)
        pc = pace_code + in.arg;
    obj_drop(&h, a);
    NEXT();
subtract:
    b = *--sp;
    a = *--sp;
    *sp++ = obj_new(&h, a->value - b->value);
    obj_drop(&h, a);
    obj_drop(&h, b);
    NEXT();
store_fast:
    a = local;
    local = *--sp;
    obj_drop(&h, a);
    NEXT();
jump:
    pc = pace_code + in.arg;
    NEXT();
#undef NEXT
done:
    return local->value + (sp - stack);
}

void pace_spend(uint64_t instructions)
{
    if (instructions == 0)
        return;
    long x = interpret((uint64_t)((double)instructions * work_per_instruction + 0.5));
    __asm__ volatile("" : : "r"(x));   /* the work must happen */
}
