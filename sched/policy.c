/* sched/policy.c — the table of GIL policies (one row each).  No shared state. */
#include <string.h>
#include "sched/policy.h"

extern const PolicyOps policy_py26_ops, policy_py32_ops, policy_fifo_ops, policy_prio_ops;

const PolicyRow policy_table[] = {
    { "py26", "CPython <= 3.1: release and re-take every 100 ticks; no handoff, thrashes", &policy_py26_ops },
    { "py32", "CPython 3.2+: 5 ms switch interval, drop request, forced switching", &policy_py32_ops },
    { "fifo", "fair: a dropped GIL goes to the longest waiter, no barging; 5 ms interval", &policy_fifo_ops },
    { "prio", "I/O priority: a thread back from a blocking call preempts a CPU-bound holder", &policy_prio_ops },
};
const size_t policy_table_len = sizeof policy_table / sizeof policy_table[0];

const PolicyRow *policy_find(const char *name)
{
    for (size_t i = 0; i < policy_table_len; i++)
        if (strcmp(policy_table[i].name, name) == 0)
            return &policy_table[i];
    return NULL;
}
