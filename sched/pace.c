/* sched/pace.c — see pace.h.  Written once before any VM thread starts
 * (option parsing), read-only afterwards: no synchronisation needed. */
#include <stdio.h>
#include "sched/lock.h"
#include "sched/pace.h"

static double ns_per_tick = -1.0;
static char source[512];

void pace_configure(double ns, const char *src)
{
    ns_per_tick = ns;
    snprintf(source, sizeof source, "%s", ns < 0 ? "" : src);
}

bool pace_on(void) { return ns_per_tick >= 0; }
double pace_ns_per_tick(void) { return ns_per_tick; }
const char *pace_source(void) { return source; }

void pace_spend(uint64_t *mark_ns, int64_t ticks)
{
    uint64_t now = lock_now_ns();
    uint64_t due = *mark_ns + (uint64_t)((double)ticks * ns_per_tick);
    while (now < due)
        now = lock_now_ns();
    *mark_ns = now;
}
