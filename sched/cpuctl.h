/* sched/cpuctl.h — CPU affinity, thread placement and scheduling class of
 * the VM's threads (--cpus, --pin, --sched, --rtprio, --nice). */
#ifndef GILKIT_SCHED_CPUCTL_H
#define GILKIT_SCHED_CPUCTL_H

#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stddef.h>

typedef enum { CPUCTL_PIN_NONE, CPUCTL_PIN_SPREAD, CPUCTL_PIN_COMPACT } CpuctlPin;

typedef struct CpuctlConfig {
    bool cpus_set;        /* --cpus given (else the inherited affinity stays) */
    cpu_set_t cpus;
    CpuctlPin pin;
    cpu_set_t in_force;   /* process affinity read back by cpuctl_apply_process */
    int policy;           /* SCHED_OTHER ... */
    bool policy_set, nice_set; /* only what was asked for is applied */
    int rtprio;           /* fifo/rr priority; 0 otherwise */
    bool rtprio_set;
    int nice;
} CpuctlConfig;

extern CpuctlConfig cpuctl;   /* filled by the option setters, read-only once threads run */

/* Option setters: 0, or -1 with a one-line reason (bad syntax, CPU offline, range). */
int cpuctl_parse_cpus(const char *v, char *err, size_t n);
int cpuctl_parse_pin(const char *v, char *err, size_t n);
int cpuctl_parse_sched(const char *v, char *err, size_t n);
int cpuctl_parse_rtprio(const char *v, char *err, size_t n);
int cpuctl_parse_nice(const char *v, char *err, size_t n);

/* Process setup, on the main thread before others exist: affinity, then the
 * class and nice of the caller (threads inherit them).  0, or -1 + reason. */
int cpuctl_apply_process(char *err, size_t n);
/* On each VM thread (index: 0 = main, in start order): placement, class, nice. */
int cpuctl_apply_thread(unsigned index, char *err, size_t n);

/* The watchdog thread's scheduling (sched/watchdog.c): SCHED_FIFO at the
 * top priority when the run uses a real-time class.  0 or an errno. */
int cpuctl_watchdog_attr(pthread_attr_t *attr);
bool cpuctl_realtime(void);   /* --sched=fifo or rr */

void cpuctl_affinity(char *buf, size_t len);   /* process affinity in force, as a CPU list */
const char *cpuctl_sched_name(void);
const char *cpuctl_pin_name(void);

#endif
