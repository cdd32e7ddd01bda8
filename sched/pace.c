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

/* The handler sequence: 64 steps over 8 handlers in an order no short
 * history predicts perfectly, like an eval loop's opcode stream. */
static const unsigned char pace_prog[64] = {
    3, 0, 5, 2, 7, 1, 4, 6, 2, 5, 0, 3, 6, 1, 7, 4, 5, 3, 1, 0, 2, 6, 4, 7, 0, 5, 7, 2, 3, 4, 1, 6,
    6, 2, 4, 1, 0, 7, 3, 5, 1, 4, 2, 7, 5, 0, 6, 3, 7, 6, 0, 4, 1, 3, 5, 2, 4, 1, 6, 5, 3, 2, 7, 0,
};

/* One unit is one indirect call through the table and a dependent
 * arithmetic step: an indirect branch per unit, as an eval loop has one per
 * instruction. */
static uint64_t h0(uint64_t x) { return x + 1; }
static uint64_t h1(uint64_t x) { return x ^ (x >> 7); }
static uint64_t h2(uint64_t x) { return x + 0x9e37; }
static uint64_t h3(uint64_t x) { return x * 3; }
static uint64_t h4(uint64_t x) { return x - (x >> 3); }
static uint64_t h5(uint64_t x) { return x ^ (x << 5); }
static uint64_t h6(uint64_t x) { return x + (x >> 11); }
static uint64_t h7(uint64_t x) { return ~x; }
static uint64_t (*const volatile handler[8])(uint64_t) = { h0, h1, h2, h3, h4, h5, h6, h7 };

static uint64_t dispatch(uint64_t units)
{
    uint64_t x = units;
    for (unsigned pc = 0; units > 0; units--, pc = (pc + 1) & 63)
        x = handler[pace_prog[pc]](x);
    return x;
}

void pace_spend(uint64_t instructions)
{
    if (instructions == 0)
        return;
    uint64_t x = dispatch((uint64_t)((double)instructions * work_per_instruction + 0.5));
    __asm__ volatile("" : : "r"(x));   /* the work must happen */
}
