/* sched/osinfo.h — facts about the machine a run record carries. */
#ifndef GILKIT_SCHED_OSINFO_H
#define GILKIT_SCHED_OSINFO_H

#include <stddef.h>

void osinfo_cpu_model(char *buf, size_t len);      /* /proc/cpuinfo "model name", or "" */
void osinfo_sched_ext(char *buf, size_t len);      /* /sys/kernel/sched_ext/state, or "" */
void osinfo_git_rev(char *buf, size_t len);        /* build-time rev, else git beside the binary, or "" */
void osinfo_timestamp(char *buf, size_t len);      /* now, ISO 8601 UTC with milliseconds */
int osinfo_read_file(const char *path, char *buf, size_t len); /* first line, trimmed; 0 or -1 */
/* The value of the first "KEY : value" line of a /proc file, trimmed; 0 or -1. */
int osinfo_read_key(const char *path, const char *key, char *buf, size_t len);

#endif
