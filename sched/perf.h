/* sched/perf.h — a thin layer over perf_event_open(2), shaped like the
 * kernel's libperf (which Debian does not package): an event, an event list
 * opened as independent counters, and counts with their enabled/running
 * times.
 *
 * A list belongs to one thread at a time (the one that opens and reads it);
 * nothing here is shared.  Errors are kept per event (errno of the failed
 * open) so callers can say why a value is absent. */
#ifndef GILKIT_SCHED_PERF_H
#define GILKIT_SCHED_PERF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { PERF_MAX_EVENTS = 16 };

typedef struct PerfEvent {
    char name[64];        /* as the user spelled it */
    uint32_t type;        /* PERF_TYPE_* */
    uint64_t config;
    int fd;               /* -1 when not open */
    int err;              /* errno of the failed open, 0 if none */
} PerfEvent;

typedef struct PerfCounts {
    uint64_t val;         /* scaled to the enabled time when multiplexed */
    uint64_t ena, run;    /* ns enabled / ns actually counting */
    bool ok;              /* false: absent (not opened, or never ran) */
} PerfCounts;

typedef struct PerfEvlist {
    PerfEvent ev[PERF_MAX_EVENTS];
    size_t n;
} PerfEvlist;

/* Resolves a perf event name ("context-switches", "cycles", "cs", and with
 * libpfm4 any name it knows).  0, or -1 if unknown. */
int perf_event_resolve(const char *name, uint32_t *type, uint64_t *config);
/* Whether this build resolves names through libpfm4 (make's GILKIT_PFM). */
bool perf_have_pfm(void);

/* Appends the comma-separated names in `list`.  0, or -1 with a one-line
 * reason in err (unknown name, too many). */
int perf_evlist_parse(PerfEvlist *l, const char *list, char *err, size_t errlen);
int perf_evlist_find(const PerfEvlist *l, const char *name);  /* index or -1 */

/* Opens every event for thread `pid` (0 = the caller) on any CPU.  inherit:
 * count threads created afterwards too.  An
 * event that fails stays closed with its errno; returns how many opened.
 * GILVM_PERF_DENY=1 in the environment makes every open fail with EACCES
 * (a test hook standing in for perf_event_paranoid). */
size_t perf_evlist_open(PerfEvlist *l, int pid, bool inherit);
/* Reads every opened event into out[0..n).  0, or -1 if a read failed. */
int perf_evlist_read(const PerfEvlist *l, PerfCounts *out);
void perf_evlist_close(PerfEvlist *l);

/* "refused" (permissions) vs "not supported" (the machine lacks the event)
 * vs neither (out of file descriptors, memory, ...: the open failed). */
bool perf_err_refused(int err);
bool perf_err_unsupported(int err);
/* The first open error in the list, 0 if all opened. */
int perf_evlist_first_err(const PerfEvlist *l, bool refused);

bool perf_event_is_clock(const PerfEvent *e);   /* task-clock / cpu-clock: value in ns */
int perf_paranoid(void);   /* /proc/sys/kernel/perf_event_paranoid, or -99 if unreadable */

#endif
