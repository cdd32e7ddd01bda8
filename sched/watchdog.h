/* sched/watchdog.h — a deadline for the whole run (gilvm --timeout).
 *
 *   watchdog_start(2.5, on_expire, err, sizeof err);   // once, before VM threads start
 *
 * After the given seconds of CLOCK_MONOTONIC a dedicated thread calls
 * on_expire, which must not return (it finishes the record and _exits).
 * The thread needs nothing the VM holds: it fires while the script sleeps
 * in a blocking call or while every VM thread spins holding the GIL. */
#ifndef GILKIT_SCHED_WATCHDOG_H
#define GILKIT_SCHED_WATCHDOG_H

#include <stddef.h>

/* 0, or -1 with a one-line reason in err (no thread started). */
int watchdog_start(double seconds, void (*on_expire)(void), char *err, size_t errlen);

#endif
