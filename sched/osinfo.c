/* sched/osinfo.c — machine facts for the run record (read once, at exit). */
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "sched/osinfo.h"

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        s[--n] = 0;
}

int osinfo_read_file(const char *path, char *buf, size_t len)
{
    buf[0] = 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    int rc = fgets(buf, (int)len, f) ? 0 : -1;
    fclose(f);
    if (rc != 0)
        buf[0] = 0;
    trim(buf);
    return rc;
}

void osinfo_cpu_model(char *buf, size_t len)
{
    char line[512];
    buf[0] = 0;
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "model name", 10) == 0) {
            const char *colon = strchr(line, ':');
            if (colon) {
                snprintf(buf, len, "%s", colon + 1 + (colon[1] == ' '));
                trim(buf);
            }
            break;
        }
    fclose(f);
}

void osinfo_sched_ext(char *buf, size_t len)
{
    osinfo_read_file("/sys/kernel/sched_ext/state", buf, len);
}

/* A build may bake the revision in (-DGILKIT_GIT_REV=...); otherwise ask git
 * about the tree the binary sits in (bin/gilvm or build/X/gilvm). */
void osinfo_git_rev(char *buf, size_t len)
{
#ifdef GILKIT_GIT_REV
    snprintf(buf, len, "%s", GILKIT_GIT_REV);
#else
    char exe[PATH_MAX], cmd[PATH_MAX + 96];
    buf[0] = 0;
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = 0;
    if (strchr(exe, '\''))
        return;   /* not worth quoting for a shell */
    snprintf(cmd, sizeof cmd, "git -C '%s' describe --always --dirty --abbrev=12 2>/dev/null", exe);
    FILE *p = popen(cmd, "r");
    if (!p)
        return;
    if (!fgets(buf, (int)len, p))
        buf[0] = 0;
    pclose(p);
    trim(buf);
#endif
}

void osinfo_timestamp(char *buf, size_t len)
{
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    char day[32];
    strftime(day, sizeof day, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(buf, len, "%s.%03ldZ", day, ts.tv_nsec / 1000000);
}
