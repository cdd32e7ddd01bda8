/* sched/policy.c — the table of GIL policies (one row each).  No shared state. */
#include <string.h>
#include "sched/policy.h"

extern const PolicyOps policy_py32_ops;

const PolicyRow policy_table[] = {
    { "py32", "CPython 3.2+: 5 ms switch interval, drop request, forced switching", &policy_py32_ops },
};
const size_t policy_table_len = sizeof policy_table / sizeof policy_table[0];

const PolicyRow *policy_find(const char *name)
{
    for (size_t i = 0; i < policy_table_len; i++)
        if (strcmp(policy_table[i].name, name) == 0)
            return &policy_table[i];
    return NULL;
}
