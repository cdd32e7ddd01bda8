/* sched/cpuprobe.c — the per-CPU speed probe (see cpuprobe.h).
 *
 * The work imitates what the measured programs do, since a vCPU's slow
 * phase slows branchy, load-heavy code more than a tight arithmetic loop:
 * a switch dispatch over a pseudo-random "bytecode" with a small stack, so
 * every step is an indirect jump and a few L1 loads.  The code array is
 * built on the stack of the call, so the probe shares nothing. */
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include "sched/cpuprobe.h"

enum { CODE_LEN = 4096, PASSES = 20, TRIES = 5 };

static uint64_t probe_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* One piece of work; the result is returned so the compiler must do it. */
static uint64_t interpret(const uint8_t *code)
{
    uint64_t stack[16] = { 1, 2, 3 }, acc = 0;
    unsigned sp = 2;
    for (int pass = 0; pass < PASSES; pass++) {
        for (unsigned pc = 0; pc < CODE_LEN; pc++) {
            switch (code[pc] & 7) {
            case 0: stack[sp & 15] += acc; break;
            case 1: acc ^= stack[(sp - 1) & 15]; sp++; break;
            case 2: acc = acc * 31 + pc; sp--; break;
            case 3: stack[sp & 15] = acc >> 3; break;
            case 4: acc += stack[pc & 15]; break;
            case 5: sp += (acc & 1) ? 1u : -1u; break;
            case 6: acc -= code[(pc * 7) & (CODE_LEN - 1)]; break;
            default: acc = (acc << 1) | (acc >> 63); break;
            }
        }
    }
    return acc + sp;
}

/* Best of TRIES, in ns: the least disturbed try is the CPU's speed. */
static uint64_t time_here(const uint8_t *code)
{
    uint64_t best = UINT64_MAX;
    volatile uint64_t sink = 0;
    for (int i = 0; i < TRIES; i++) {
        uint64_t t0 = probe_ns();
        sink += interpret(code);
        uint64_t dt = probe_ns() - t0;
        if (dt < best)
            best = dt;
    }
    (void)sink;
    return best;
}

int cpuprobe_run(const cpu_set_t *cpus, char *buf, size_t len)
{
    uint8_t code[CODE_LEN];
    uint32_t x = 12345;
    for (unsigned i = 0; i < CODE_LEN; i++) {
        x = x * 1103515245u + 12345u;
        code[i] = (uint8_t)(x >> 16);
    }
    size_t used = 0;
    int rc = 0;
    buf[0] = '\0';
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++) {
        if (!CPU_ISSET(cpu, cpus))
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        if (sched_setaffinity(0, sizeof one, &one) != 0) {
            rc = -1;
            break;
        }
        int k = snprintf(buf + used, len - used, "%s%d=%.1f", used ? ";" : "", cpu,
                         (double)time_here(code) / 1000.0);
        if (k > 0 && (size_t)k < len - used)
            used += (size_t)k;
    }
    if (sched_setaffinity(0, sizeof *cpus, cpus) != 0 || rc != 0) {
        buf[0] = '\0';
        return -1;
    }
    return 0;
}
