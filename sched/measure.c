/* sched/measure.c — first cut: options parsed and kept; counters, OS
 * control and records arrive in the modules beside this file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sched/measure.h"

int measure_stats_wanted;
static const char *opt_csv, *opt_json;

static int set_stats(const char *v, char *err, size_t n) { measure_stats_wanted = 1; return 0; }
static int set_csv(const char *v, char *err, size_t n) { opt_csv = v; return 0; }
static int set_json(const char *v, char *err, size_t n) { opt_json = v; return 0; }

const CliOption measure_options[] = {
    { "stats", NULL, NULL, "off", "print a perf-stat-like block and the GIL counters to stderr", set_stats },
    { "csv", "FILE", NULL, "", "append one record per run to FILE (CSV)", set_csv },
    { "json", "FILE", NULL, "", "append one record per run to FILE (one JSON object a line)", set_json },
    { NULL, NULL, NULL, NULL, NULL, NULL },
};

int measure_init(void) { return 0; }
void measure_thread_begin(const char *name) { (void)name; }
void measure_thread_end(void) { }
int measure_finish(const MeasureRun *run)
{
    if (!opt_csv && !opt_json)
        return 0;
    fprintf(stderr, "gilvm: --csv/--json: records not implemented yet\n");
    return -1;
}
