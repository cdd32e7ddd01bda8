/* sched/gil_queue.h — a GIL handed directly to a queued waiter; the core of
 * the fifo and prio policies (see gil_queue.c for the protocol). */
#ifndef GILKIT_SCHED_GIL_QUEUE_H
#define GILKIT_SCHED_GIL_QUEUE_H

#include "sched/gil_priv.h"

void gilq_init(void);
void gilq_fini(void);
void gilq_thread_init(GilThreadPriv *p);
void gilq_thread_fini(GilThreadPriv *p);
/* urgent: queue p ahead of every non-urgent waiter and ask the holder to
 * yield at its next breaker check (GIL_BRK_PREEMPT). */
int gilq_take(GilThreadPriv *p, bool urgent);
void gilq_drop(GilThreadPriv *p);
bool gilq_urgent_waiting(void);   /* clears GIL_BRK_PREEMPT when false */
void gilq_wake_all(void);
void gilq_fork_child(GilThreadPriv *self);   /* policy.h: fork_child */

#endif
