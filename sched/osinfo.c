/* sched/osinfo.c — machine facts for the run record (read once, at exit). */
#include <limits.h>
#include <stdbool.h>
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

int osinfo_read_key(const char *path, const char *key, char *buf, size_t len)
{
    char line[512];
    int rc = -1;
    buf[0] = 0;
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    size_t k = strlen(key);
    while (rc != 0 && fgets(line, sizeof line, f)) {
        const char *colon = strchr(line, ':');
        if (strncmp(line, key, k) != 0 || !colon || strspn(line + k, " \t") != (size_t)(colon - line - k))
            continue;
        snprintf(buf, len, "%s", colon + 1 + strspn(colon + 1, " \t"));
        trim(buf);
        rc = 0;
    }
    fclose(f);
    return rc;
}

void osinfo_cpu_model(char *buf, size_t len) { osinfo_read_key("/proc/cpuinfo", "model name", buf, len); }

void osinfo_sched_ext(char *buf, size_t len)
{
    osinfo_read_file("/sys/kernel/sched_ext/state", buf, len);
}

/* The commit of the source tree the binary sits in (bin/gilvm or
 * build/X/gilvm), read from .git directly: no child process, which would
 * cost milliseconds and show up in the run's own counters.  A build may bake
 * the revision in instead (-DGILKIT_GIT_REV=...). */
static bool join(char *out, size_t len, const char *a, const char *b)
{
    int k = snprintf(out, len, "%s%s", a, b);
    return k >= 0 && (size_t)k < len;
}

static bool git_dir(char *dir, size_t len)
{
    char exe[PATH_MAX], probe[PATH_MAX], line[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return false;
    exe[n] = 0;
    for (int up = 0; up < 4; up++) {
        char *slash = strrchr(exe, '/');
        if (!slash || slash == exe)
            return false;
        *slash = 0;
        if (join(probe, sizeof probe, exe, "/.git/HEAD") && access(probe, R_OK) == 0)
            return join(dir, len, exe, "/.git");
        /* A worktree: .git is a file saying "gitdir: PATH". */
        if (join(probe, sizeof probe, exe, "/.git") &&
            osinfo_read_file(probe, line, sizeof line) == 0 && strncmp(line, "gitdir: ", 8) == 0)
            return join(dir, len, line + 8, "");
    }
    return false;
}

static bool packed_ref(const char *dir, const char *ref, char *out, size_t len)
{
    char path[PATH_MAX], line[PATH_MAX];
    bool found = false;
    FILE *f = join(path, sizeof path, dir, "/packed-refs") ? fopen(path, "r") : NULL;
    size_t rl = strlen(ref);
    while (f && !found && fgets(line, sizeof line, f)) {
        char *sp = strchr(line, ' ');
        if (sp && strncmp(sp + 1, ref, rl) == 0 && sp[1 + rl] == '\n') {
            *sp = 0;
            found = join(out, len, line, "");
        }
    }
    if (f)
        fclose(f);
    return found;
}

/* A ref's hash: its loose file, else packed-refs, in dir or its common dir. */
static bool git_ref(const char *dir, const char *ref, char *out, size_t len)
{
    char path[PATH_MAX], common[PATH_MAX], line[PATH_MAX], sub[PATH_MAX];
    const char *dirs[2] = { dir, NULL };
    if (join(path, sizeof path, dir, "/commondir") && osinfo_read_file(path, line, sizeof line) == 0 &&
        (line[0] == '/' ? join(common, sizeof common, line, "")
                        : (join(sub, sizeof sub, "/", line) && join(common, sizeof common, dir, sub))))
        dirs[1] = common;
    for (int i = 0; i < 2 && dirs[i]; i++) {
        if (join(sub, sizeof sub, "/", ref) && join(path, sizeof path, dirs[i], sub) &&
            osinfo_read_file(path, out, len) == 0)
            return true;
        if (packed_ref(dirs[i], ref, out, len))
            return true;
    }
    return false;
}

void osinfo_git_rev(char *buf, size_t len)
{
#ifdef GILKIT_GIT_REV
    snprintf(buf, len, "%s", GILKIT_GIT_REV);
#else
    char dir[PATH_MAX], path[PATH_MAX], head[PATH_MAX], hash[PATH_MAX] = "";
    buf[0] = 0;
    if (!git_dir(dir, sizeof dir) || !join(path, sizeof path, dir, "/HEAD") ||
        osinfo_read_file(path, head, sizeof head) != 0)
        return;
    if (strncmp(head, "ref: ", 5) != 0)
        join(hash, sizeof hash, head, "");
    else if (!git_ref(dir, head + 5, hash, sizeof hash))
        return;
    snprintf(buf, len, "%.12s", hash);
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
