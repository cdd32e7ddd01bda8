/* sched/chaos.h — random short delays at the lock primitives' handoff
 * points, for stress tests (make VARIANT=chaos, or -DGILKIT_CHAOS).
 *
 * A handoff protocol must be right for every interleaving, but on an idle
 * machine the windows between "release" and "wake", or between "woken" and
 * "re-acquire", are a few instructions wide and almost never hit.  Each
 * CHAOS_POINT() marks such a window (the comment beside it names the
 * invariant it stresses) and, in a chaos build, widens it at random: half
 * the time nothing, else a sched_yield, a short spin (up to ~4000 pauses) or
 * a nanosleep of 1-20 us.  tests/unit/test_gil_stress.c then checks mutual
 * exclusion, progress and counter consistency for every policy x primitive
 * (tests/sh/fault_chaos.sh builds and runs it so).
 *
 * In every other build CHAOS_POINT() is ((void)0): no code, no branch.
 * State: one xorshift word per thread (thread-local, so no sharing).
 */
#ifndef GILKIT_SCHED_CHAOS_H
#define GILKIT_SCHED_CHAOS_H

#ifdef GILKIT_CHAOS
#include <sched.h>
#include <stdint.h>
#include <time.h>

static __thread uint64_t chaos_rng;

static inline uint64_t chaos_next(void)
{
    uint64_t x = chaos_rng;
    if (!x) {
        /* Seeded per thread from its own address and the clock. */
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        x = ((uint64_t)(uintptr_t)&chaos_rng * 0x9e3779b97f4a7c15u) ^ (uint64_t)ts.tv_nsec;
        x |= 1;
    }
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    chaos_rng = x;
    return x;
}

static inline void chaos_point(void)
{
    uint64_t r = chaos_next();
    switch (r & 7) {
    case 0: case 1: case 2: case 3:
        break;
    case 4: case 5:
        sched_yield();
        break;
    case 6:
        for (uint64_t i = (r >> 8) & 4095; i; i--)
            __asm__ __volatile__("" ::: "memory");
        break;
    default: {
        struct timespec d = { 0, (long)(1000 + ((r >> 8) % 20) * 1000) };
        nanosleep(&d, NULL);
        break;
    }
    }
}
#define CHAOS_POINT() chaos_point()
#else
#define CHAOS_POINT() ((void)0)
#endif

#endif
