/* sched/cpuctl.c — affinity, placement, scheduling class and nice.
 *
 * The configuration is written by the option setters (single-threaded,
 * before measure_init) and only read afterwards, from any VM thread. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include "sched/cpuctl.h"
#include "sched/osinfo.h"

CpuctlConfig cpuctl = { .policy = SCHED_OTHER };

static const struct { const char *name; int policy; } classes[] = {
    { "other", SCHED_OTHER }, { "batch", SCHED_BATCH }, { "idle", SCHED_IDLE },
    { "fifo", SCHED_FIFO }, { "rr", SCHED_RR },
};
static const char *const pin_names[] = { "none", "spread", "compact" };

static int parse_int(const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s ? s : "", &end, 10);
    if (!s || !*s || *end || errno || v < lo || v > hi)
        return -1;
    *out = v;
    return 0;
}

/* "0", "0,2", "0-3,6": 0, or -1 on bad syntax. */
static int parse_list(const char *s, cpu_set_t *set)
{
    CPU_ZERO(set);
    if (!*s)
        return -1;
    while (*s) {
        char *end;
        errno = 0;
        long a = strtol(s, &end, 10), b = a;
        if (end == s || errno || a < 0 || a >= CPU_SETSIZE)
            return -1;
        if (*end == '-') {
            s = end + 1;
            b = strtol(s, &end, 10);
            if (end == s || errno || b < a || b >= CPU_SETSIZE)
                return -1;
        }
        for (long c = a; c <= b; c++)
            CPU_SET((int)c, set);
        if (*end == ',' && end[1])
            end++;
        else if (*end)
            return -1;
        s = end;
    }
    return 0;
}

static void format_list(const cpu_set_t *set, char *buf, size_t len)
{
    size_t used = 0;
    buf[0] = 0;
    for (int c = 0; c < CPU_SETSIZE; c++) {
        if (!CPU_ISSET(c, set))
            continue;
        int e = c;
        while (e + 1 < CPU_SETSIZE && CPU_ISSET(e + 1, set))
            e++;
        int k = e == c ? snprintf(buf + used, len - used, "%s%d", used ? "," : "", c)
                       : snprintf(buf + used, len - used, "%s%d-%d", used ? "," : "", c, e);
        if (k < 0 || (size_t)k >= len - used)
            return;
        used += (size_t)k;
        c = e;
    }
}

static int online(cpu_set_t *set)
{
    char line[1024];
    if (osinfo_read_file("/sys/devices/system/cpu/online", line, sizeof line) == 0 &&
        parse_list(line, set) == 0)
        return 0;
    return -1;
}

int cpuctl_parse_cpus(const char *v, char *err, size_t n)
{
    cpu_set_t on, want;
    if (online(&on) != 0) {
        snprintf(err, n, "--cpus: cannot read /sys/devices/system/cpu/online");
        return -1;
    }
    if (v && strcmp(v, "all") == 0) {
        want = on;
    } else if (!v || parse_list(v, &want) != 0) {
        snprintf(err, n, "--cpus=%s: want a CPU list like 0 | 0,1 | 0-3 | all", v ? v : "");
        return -1;
    }
    for (int c = 0; c < CPU_SETSIZE; c++)
        if (CPU_ISSET(c, &want) && !CPU_ISSET(c, &on)) {
            char have[256];
            format_list(&on, have, sizeof have);
            snprintf(err, n, "--cpus=%s: CPU %d does not exist or is offline (online: %s)", v, c, have);
            return -1;
        }
    cpuctl.cpus = want;
    cpuctl.cpus_set = true;
    return 0;
}

int cpuctl_parse_pin(const char *v, char *err, size_t n)
{
    for (int i = 0; i < 3; i++)
        if (v && strcmp(v, pin_names[i]) == 0) {
            cpuctl.pin = (CpuctlPin)i;
            return 0;
        }
    snprintf(err, n, "--pin=%s: want none, spread or compact", v ? v : "");
    return -1;
}

int cpuctl_parse_sched(const char *v, char *err, size_t n)
{
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (v && strcmp(v, classes[i].name) == 0) {
            cpuctl.policy = classes[i].policy;
            cpuctl.policy_set = true;
            return 0;
        }
    snprintf(err, n, "--sched=%s: want other, batch, idle, fifo or rr", v ? v : "");
    return -1;
}

int cpuctl_parse_rtprio(const char *v, char *err, size_t n)
{
    long p;
    /* The top priority is the watchdog's (cpuctl_watchdog_attr). */
    int lo = sched_get_priority_min(SCHED_FIFO), hi = sched_get_priority_max(SCHED_FIFO) - 1;
    if (parse_int(v, lo, hi, &p) != 0) {
        snprintf(err, n, "--rtprio=%s: want an integer %d..%d (%d is --timeout's watchdog's)",
                 v ? v : "", lo, hi, hi + 1);
        return -1;
    }
    cpuctl.rtprio = (int)p;
    cpuctl.rtprio_set = true;
    return 0;
}

int cpuctl_parse_nice(const char *v, char *err, size_t n)
{
    long p;
    if (parse_int(v, -20, 19, &p) != 0) {
        snprintf(err, n, "--nice=%s: want an integer -20..19", v ? v : "");
        return -1;
    }
    cpuctl.nice = (int)p;
    cpuctl.nice_set = true;
    return 0;
}

bool cpuctl_realtime(void)
{
    return cpuctl.policy == SCHED_FIFO || cpuctl.policy == SCHED_RR;
}

/* Under a real-time class the program's threads can keep every allowed CPU
 * busy forever; the watchdog preempts them from SCHED_FIFO's top priority,
 * which --rtprio leaves free.  Otherwise it inherits the creator's class. */
int cpuctl_watchdog_attr(pthread_attr_t *attr)
{
    if (!cpuctl_realtime())
        return 0;
    struct sched_param sp = { .sched_priority = sched_get_priority_max(SCHED_FIFO) };
    int rc = pthread_attr_setinheritsched(attr, PTHREAD_EXPLICIT_SCHED);
    if (!rc)
        rc = pthread_attr_setschedpolicy(attr, SCHED_FIFO);
    return rc ? rc : pthread_attr_setschedparam(attr, &sp);
}

/* Only what was asked for: an inherited nice (`nice -n 5 gilvm`) stays. */
static int apply_class(char *err, size_t n)
{
    struct sched_param sp = { .sched_priority = cpuctl_realtime() ? cpuctl.rtprio : 0 };
    pid_t tid = (pid_t)syscall(SYS_gettid);
    if (cpuctl.policy_set && sched_setscheduler(tid, cpuctl.policy, &sp) != 0) {
        int e = errno;
        snprintf(err, n, "--sched=%s%s: %s%s", cpuctl_sched_name(), cpuctl_realtime() ? " (rtprio)" : "",
                 strerror(e), e == EPERM ? " (needs CAP_SYS_NICE or RLIMIT_RTPRIO)" : "");
        return -1;
    }
    /* Linux keeps nice per thread: PRIO_PROCESS with a tid sets just that thread. */
    if (cpuctl.nice_set && setpriority(PRIO_PROCESS, (id_t)tid, cpuctl.nice) != 0) {
        int e = errno;
        snprintf(err, n, "--nice=%d: %s%s", cpuctl.nice, strerror(e),
                 e == EACCES || e == EPERM ? " (lowering nice needs CAP_SYS_NICE)" : "");
        return -1;
    }
    return 0;
}

int cpuctl_apply_process(char *err, size_t n)
{
    if (cpuctl_realtime() && !cpuctl.rtprio_set)
        cpuctl.rtprio = sched_get_priority_min(cpuctl.policy);
    if (!cpuctl_realtime() && cpuctl.rtprio_set && cpuctl.rtprio) {
        snprintf(err, n, "--rtprio=%d: only with --sched=fifo or --sched=rr", cpuctl.rtprio);
        return -1;
    }
    if (cpuctl.cpus_set && sched_setaffinity(0, sizeof cpuctl.cpus, &cpuctl.cpus) != 0) {
        snprintf(err, n, "--cpus: sched_setaffinity: %s", strerror(errno));
        return -1;
    }
    if (sched_getaffinity(0, sizeof cpuctl.in_force, &cpuctl.in_force) != 0)
        CPU_ZERO(&cpuctl.in_force);
    return apply_class(err, n);
}

/* Placement order: 'compact' walks CPUs core by core (SMT siblings next to
 * each other), 'spread' visits every core before any core's second sibling. */
typedef struct Place { int cpu, package, core, rank; } Place;

static int topo(int cpu, const char *what)
{
    char path[128], buf[32];
    snprintf(path, sizeof path, "/sys/devices/system/cpu/cpu%d/topology/%s", cpu, what);
    return osinfo_read_file(path, buf, sizeof buf) == 0 ? atoi(buf) : cpu;
}

static int place_cmp_compact(const void *a, const void *b)
{
    const Place *x = a, *y = b;
    if (x->package != y->package) return x->package - y->package;
    if (x->core != y->core) return x->core - y->core;
    return x->cpu - y->cpu;
}

static int place_cmp_spread(const void *a, const void *b)
{
    const Place *x = a, *y = b;
    if (x->rank != y->rank) return x->rank - y->rank;
    return place_cmp_compact(a, b);
}

/* From the process-wide set: a thread inherits its creator's pinned mask. */
static int pick_cpu(unsigned index)
{
    const cpu_set_t *allowed = &cpuctl.in_force;
    Place *places = malloc(CPU_SETSIZE * sizeof *places);
    if (!places)
        return -1;
    int np = 0;
    for (int c = 0; c < CPU_SETSIZE; c++) {
        if (!CPU_ISSET(c, allowed))
            continue;
        places[np] = (Place){ c, topo(c, "physical_package_id"), topo(c, "core_id"), 0 };
        for (int i = 0; i < np; i++)
            if (places[i].package == places[np].package && places[i].core == places[np].core)
                places[np].rank++;
        np++;
    }
    int cpu = -1;
    if (np > 0) {
        qsort(places, (size_t)np, sizeof *places,
              cpuctl.pin == CPUCTL_PIN_SPREAD ? place_cmp_spread : place_cmp_compact);
        cpu = places[index % (unsigned)np].cpu;
    }
    free(places);
    return cpu;
}

int cpuctl_apply_thread(unsigned index, char *err, size_t n)
{
    if (cpuctl.pin != CPUCTL_PIN_NONE) {
        int cpu = pick_cpu(index);
        cpu_set_t one;
        CPU_ZERO(&one);
        if (cpu >= 0)
            CPU_SET(cpu, &one);
        if (cpu < 0 || sched_setaffinity(0, sizeof one, &one) != 0) {
            snprintf(err, n, "--pin=%s: cannot place thread %u: %s", cpuctl_pin_name(), index,
                     cpu < 0 ? "no CPU allowed" : strerror(errno));
            return -1;
        }
    }
    return apply_class(err, n);
}

void cpuctl_affinity(char *buf, size_t len)
{
    format_list(&cpuctl.in_force, buf, len);
}

const char *cpuctl_sched_name(void)
{
    for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++)
        if (classes[i].policy == cpuctl.policy)
            return classes[i].name;
    return "?";
}

const char *cpuctl_pin_name(void)
{
    return pin_names[cpuctl.pin];
}
