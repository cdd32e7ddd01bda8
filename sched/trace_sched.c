/* sched/trace_sched.c — first cut: says why the kernel view is absent. */
#include <stdio.h>
#include "sched/trace_sched.h"

void trace_sched_start(const char *trace_file)
{
    (void)trace_file;
    fprintf(stderr, "gilvm: --trace-sched: kernel events not recorded (perf merge not built yet); "
            "GIL trace still written\n");
}

char *trace_sched_finish(TraceBuf **bufs, size_t nbuf, uint64_t t0)
{
    (void)bufs; (void)nbuf; (void)t0;
    return NULL;
}
