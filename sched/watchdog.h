/* sched/watchdog.h — ending a run from outside: a deadline for the whole
 * run (gilvm --timeout), and SIGTERM.
 *
 *   watchdog_start(2.5, true, on_expire, err, sizeof err);   // once, before any other thread starts
 *
 * After the given seconds of CLOCK_MONOTONIC (0: never) a dedicated thread
 * flushes stdout and calls on_expire, which must not return (it finishes the
 * record and _exits).  With take_sigterm, a SIGTERM makes the same thread
 * flush stdout and end the process by SIGTERM; without it (a host that
 * passes SIGTERM on to a program of its own) SIGTERM is left alone.  The thread needs nothing the VM holds: it fires
 * while the script sleeps in a blocking call, while every VM thread spins
 * holding the GIL, and under a real-time class while they spin on every
 * allowed CPU. */
#ifndef GILKIT_SCHED_WATCHDOG_H
#define GILKIT_SCHED_WATCHDOG_H

#include <stdbool.h>
#include <stddef.h>

/* 0, or -1 with a one-line reason in err (no thread started). */
int watchdog_start(double seconds, bool take_sigterm, void (*on_expire)(void),
                   char *err, size_t errlen);
/* In a fork(2) child, on its only thread: the watchdog thread is not there,
 * so the deadline is gone and SIGTERM, blocked for it, is unblocked again:
 * it ends the child at once by its default action, as in a CPython child
 * (no flush of stdout). */
void watchdog_after_fork_child(void);

#endif
