/* sched/perf.c — perf_event_open(2) without libperf.  See perf.h. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/perf_event.h>
#include <sys/syscall.h>
#include "sched/perf.h"
#ifdef GILKIT_HAVE_PFM
#include <perfmon/pfmlib_perf_event.h>
#endif

/* perf's own names for the generic events (tools/perf/util/parse-events.c). */
static const struct { const char *name; uint32_t type; uint64_t config; } names[] = {
    { "task-clock", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_TASK_CLOCK },
    { "cpu-clock", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_CLOCK },
    { "context-switches", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CONTEXT_SWITCHES },
    { "cs", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CONTEXT_SWITCHES },
    { "cpu-migrations", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_MIGRATIONS },
    { "migrations", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CPU_MIGRATIONS },
    { "page-faults", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_PAGE_FAULTS },
    { "faults", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_PAGE_FAULTS },
    { "minor-faults", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_PAGE_FAULTS_MIN },
    { "major-faults", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_PAGE_FAULTS_MAJ },
    { "alignment-faults", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_ALIGNMENT_FAULTS },
    { "emulation-faults", PERF_TYPE_SOFTWARE, PERF_COUNT_SW_EMULATION_FAULTS },
    { "cycles", PERF_TYPE_HARDWARE, PERF_COUNT_HW_CPU_CYCLES },
    { "cpu-cycles", PERF_TYPE_HARDWARE, PERF_COUNT_HW_CPU_CYCLES },
    { "instructions", PERF_TYPE_HARDWARE, PERF_COUNT_HW_INSTRUCTIONS },
    { "cache-references", PERF_TYPE_HARDWARE, PERF_COUNT_HW_CACHE_REFERENCES },
    { "cache-misses", PERF_TYPE_HARDWARE, PERF_COUNT_HW_CACHE_MISSES },
    { "branches", PERF_TYPE_HARDWARE, PERF_COUNT_HW_BRANCH_INSTRUCTIONS },
    { "branch-instructions", PERF_TYPE_HARDWARE, PERF_COUNT_HW_BRANCH_INSTRUCTIONS },
    { "branch-misses", PERF_TYPE_HARDWARE, PERF_COUNT_HW_BRANCH_MISSES },
    { "bus-cycles", PERF_TYPE_HARDWARE, PERF_COUNT_HW_BUS_CYCLES },
    { "stalled-cycles-frontend", PERF_TYPE_HARDWARE, PERF_COUNT_HW_STALLED_CYCLES_FRONTEND },
    { "stalled-cycles-backend", PERF_TYPE_HARDWARE, PERF_COUNT_HW_STALLED_CYCLES_BACKEND },
    { "ref-cycles", PERF_TYPE_HARDWARE, PERF_COUNT_HW_REF_CPU_CYCLES },
};

#ifdef GILKIT_HAVE_PFM
static int pfm_resolve(const char *name, uint32_t *type, uint64_t *config)
{
    static int init = -1;
    if (init < 0)
        init = pfm_initialize() == PFM_SUCCESS;
    if (!init)
        return -1;
    struct perf_event_attr attr;
    memset(&attr, 0, sizeof attr);
    pfm_perf_encode_arg_t arg;
    memset(&arg, 0, sizeof arg);
    arg.attr = &attr;
    arg.size = sizeof arg;
    if (pfm_get_os_event_encoding(name, PFM_PLM3, PFM_OS_PERF_EVENT, &arg) != PFM_SUCCESS)
        return -1;
    *type = attr.type;
    *config = attr.config;
    return 0;
}
#endif

bool perf_have_pfm(void)
{
#ifdef GILKIT_HAVE_PFM
    return true;
#else
    return false;
#endif
}

int perf_event_resolve(const char *name, uint32_t *type, uint64_t *config)
{
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i].name, name) == 0) {
            *type = names[i].type;
            *config = names[i].config;
            return 0;
        }
#ifdef GILKIT_HAVE_PFM
    return pfm_resolve(name, type, config);
#else
    return -1;
#endif
}

int perf_evlist_parse(PerfEvlist *l, const char *list, char *err, size_t errlen)
{
    const char *p = list;
    while (*p) {
        size_t len = strcspn(p, ",");
        if (len == 0 || len >= sizeof l->ev[0].name) {
            snprintf(err, errlen, "--events: bad event list '%s'", list);
            return -1;
        }
        if (l->n == PERF_MAX_EVENTS) {
            snprintf(err, errlen, "--events: at most %d events", PERF_MAX_EVENTS);
            return -1;
        }
        PerfEvent *e = &l->ev[l->n];
        memcpy(e->name, p, len);
        e->name[len] = 0;
        if (perf_event_resolve(e->name, &e->type, &e->config) != 0) {
            snprintf(err, errlen, "--events: unknown event '%s' (try perf list)", e->name);
            return -1;
        }
        e->fd = -1;
        e->err = 0;
        l->n++;
        p += len;
        if (*p == ',')
            p++;
    }
    return 0;
}

int perf_evlist_find(const PerfEvlist *l, const char *name)
{
    uint32_t type;
    uint64_t config;
    if (perf_event_resolve(name, &type, &config) != 0)
        return -1;
    for (size_t i = 0; i < l->n; i++)
        if (l->ev[i].type == type && l->ev[i].config == config)
            return (int)i;
    return -1;
}

static int open_one(PerfEvent *e, int pid, bool inherit)
{
    const char *deny = getenv("GILVM_PERF_DENY");
    if (deny && strcmp(deny, "1") == 0) {
        errno = EACCES;
        return -1;
    }
    struct perf_event_attr a;
    memset(&a, 0, sizeof a);
    a.size = sizeof a;
    a.type = e->type;
    a.config = e->config;
    a.inherit = inherit;
    a.exclude_hv = 1;
    a.read_format = PERF_FORMAT_TOTAL_TIME_ENABLED | PERF_FORMAT_TOTAL_TIME_RUNNING;
    int fd = (int)syscall(SYS_perf_event_open, &a, pid, -1, -1, PERF_FLAG_FD_CLOEXEC);
    if (fd < 0 && errno == EACCES) {
        /* perf_event_paranoid 2 still lets a process count itself in user mode. */
        a.exclude_kernel = 1;
        fd = (int)syscall(SYS_perf_event_open, &a, pid, -1, -1, PERF_FLAG_FD_CLOEXEC);
    }
    return fd;
}

size_t perf_evlist_open(PerfEvlist *l, int pid, bool inherit)
{
    size_t opened = 0;
    for (size_t i = 0; i < l->n; i++) {
        PerfEvent *e = &l->ev[i];
        e->fd = open_one(e, pid, inherit);
        e->err = e->fd < 0 ? errno : 0;
        opened += e->fd >= 0;
    }
    return opened;
}

static void scale(PerfCounts *c, uint64_t raw, uint64_t ena, uint64_t run)
{
    c->ena = ena;
    c->run = run;
    c->ok = run > 0 || (ena == 0 && raw == 0);
    if (run > 0 && run < ena)
        c->val = (uint64_t)((double)raw * (double)ena / (double)run);
    else
        c->val = raw;
}

int perf_evlist_read(const PerfEvlist *l, PerfCounts *out)
{
    int rc = 0;
    for (size_t i = 0; i < l->n; i++) {
        uint64_t v[3];
        out[i].ok = false;
        if (l->ev[i].fd < 0)
            continue;
        if (read(l->ev[i].fd, v, sizeof v) != (ssize_t)sizeof v) {
            rc = -1;
            continue;
        }
        scale(&out[i], v[0], v[1], v[2]);
    }
    return rc;
}

void perf_evlist_close(PerfEvlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->ev[i].fd >= 0) {
            close(l->ev[i].fd);
            l->ev[i].fd = -1;
        }
}

bool perf_err_refused(int err)
{
    return err == EACCES || err == EPERM;
}

bool perf_err_unsupported(int err)
{
    return err == ENOENT || err == ENODEV || err == EOPNOTSUPP || err == ENOSYS || err == EINVAL;
}

int perf_evlist_first_err(const PerfEvlist *l, bool refused)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->ev[i].err && perf_err_refused(l->ev[i].err) == refused)
            return l->ev[i].err;
    return 0;
}

bool perf_event_is_clock(const PerfEvent *e)
{
    return e->type == PERF_TYPE_SOFTWARE &&
        (e->config == PERF_COUNT_SW_TASK_CLOCK || e->config == PERF_COUNT_SW_CPU_CLOCK);
}

int perf_paranoid(void)
{
    FILE *f = fopen("/proc/sys/kernel/perf_event_paranoid", "r");
    int v = -99;
    if (f) {
        if (fscanf(f, "%d", &v) != 1)
            v = -99;
        fclose(f);
    }
    return v;
}
