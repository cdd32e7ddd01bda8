/* sched/trace_sched.c — the kernel's view of the VM's threads (--trace-sched).
 *
 * perf records sched_switch / sched_wakeup / sched_migrate_task system-wide
 * with CLOCK_MONOTONIC timestamps (the GIL trace's clock), started disabled
 * and enabled through its control FIFO so recording has provably begun
 * before the script runs (we wait for perf's "ack").  At exit perf is
 * stopped with SIGINT, `perf script` decodes the file, and the events of the
 * VM's own tids become one extra lane per thread: on-CPU slices (ended by
 * preemption or sleep, from prev_state), wake-up and migration instants.
 * The kernel does not always deliver every event: a thread woken by a timer
 * on an idle CPU can leave no wakeup and no switch-in (seen on a loaded
 * 2-CPU VM), so a switch-out whose switch-in was not seen becomes a
 * "switched out" instant (the time and reason are known, the start is not)
 * and is counted in the closing line rather than drawn as a guessed slice.
 *
 * Only the main thread touches this module (trace_thread_begin of thread 0,
 * then trace_finish). */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "sched/trace_sched.h"

extern char **environ;

static pid_t perf_pid = -1;
static char data_path[4096], log_path[4096], fifo_dir[64];

static void say(const char *why)
{
    fprintf(stderr, "gilvm: --trace-sched: %s; kernel events not merged, GIL trace still written\n", why);
}

static void fifo_cleanup(void)
{
    char p[128];
    snprintf(p, sizeof p, "%s/ctl", fifo_dir);
    unlink(p);
    snprintf(p, sizeof p, "%s/ack", fifo_dir);
    unlink(p);
    rmdir(fifo_dir);
}

/* The last line perf wrote: usually the reason it refused. */
static void perf_reason(char *buf, size_t len)
{
    char line[512];
    snprintf(buf, len, "perf exited");
    FILE *f = fopen(log_path, "r");
    if (!f)
        return;
    while (fgets(line, sizeof line, f))
        if (line[0] != '\n') {
            line[strcspn(line, "\n")] = 0;
            snprintf(buf, len, "perf refused: %s", line);
        }
    fclose(f);
}

static int spawn_perf(const char *ctl, const char *ack)
{
    char control[320];
    snprintf(control, sizeof control, "--control=fifo:%s,%s", ctl, ack);
    char *argv[] = { "perf", "record", "-q", "-a", "-k", "CLOCK_MONOTONIC", "-D", "-1", control,
                     "-e", "sched:sched_switch", "-e", "sched:sched_wakeup",
                     "-e", "sched:sched_migrate_task", "-o", data_path, NULL };
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, log_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    int rc = posix_spawnp(&perf_pid, "perf", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    if (rc != 0)
        perf_pid = -1;
    return rc;
}

/* Enable and wait (up to 10 s) for perf's ack, or for it to die. */
static bool perf_enable(int ctl_fd, int ack_fd)
{
    if (write(ctl_fd, "enable\n", 7) != 7)
        return false;
    for (int i = 0; i < 100; i++) {
        struct pollfd p = { ack_fd, POLLIN, 0 };
        if (poll(&p, 1, 100) == 1) {
            char buf[16];
            return read(ack_fd, buf, sizeof buf) > 0;
        }
        if (waitpid(perf_pid, NULL, WNOHANG) == perf_pid) {
            perf_pid = -1;
            return false;
        }
    }
    return false;
}

void trace_sched_start(const char *trace_file)
{
    char ctl[128], ack[128], why[600];
    snprintf(data_path, sizeof data_path, "%s.perf.data", trace_file);
    snprintf(log_path, sizeof log_path, "%s.perf.log", trace_file);
    unlink(data_path);   /* else perf keeps the previous one as .old */
    snprintf(fifo_dir, sizeof fifo_dir, "/tmp/gilvm-perf-XXXXXX");
    if (!mkdtemp(fifo_dir)) {
        say("cannot create a control FIFO directory");
        return;
    }
    snprintf(ctl, sizeof ctl, "%s/ctl", fifo_dir);
    snprintf(ack, sizeof ack, "%s/ack", fifo_dir);
    /* O_RDWR: opening never blocks on the other end, and "enable" waits in the pipe. */
    int ctl_fd = mkfifo(ctl, 0600) == 0 ? open(ctl, O_RDWR | O_CLOEXEC) : -1;
    int ack_fd = mkfifo(ack, 0600) == 0 ? open(ack, O_RDWR | O_CLOEXEC) : -1;
    if (ctl_fd < 0 || ack_fd < 0) {
        say("cannot create perf's control FIFOs");
    } else if (spawn_perf(ctl, ack) != 0) {
        say("perf is not installed (Debian package linux-perf)");
    } else if (!perf_enable(ctl_fd, ack_fd)) {
        perf_reason(why, sizeof why);
        say(why);
        if (perf_pid > 0) {
            kill(perf_pid, SIGKILL);
            waitpid(perf_pid, NULL, 0);
            perf_pid = -1;
        }
    }
    if (ctl_fd >= 0) close(ctl_fd);
    if (ack_fd >= 0) close(ack_fd);
    fifo_cleanup();
}

/* ---- merging */

typedef struct Lane { int tid; unsigned index; uint64_t on_since; int on_cpu; } Lane;

typedef struct Merge {
    FILE *out;
    Lane *lanes;
    size_t nlane;
    uint64_t t0;
    int pid;
    size_t events;
    size_t unseen_in;   /* switch-outs whose switch-in the kernel did not deliver */
} Merge;

static Lane *lane_of(Merge *m, int tid)
{
    for (size_t i = 0; i < m->nlane; i++)
        if (m->lanes[i].tid == tid)
            return &m->lanes[i];
    return NULL;
}

/* Kernel lanes sit right under their GIL lane (sort index 2i+1) with tid
 * offset so Perfetto keeps them apart. */
enum { KLANE_TID = 1 << 24 };

static void ts_field(FILE *f, uint64_t ns)
{
    fprintf(f, "\"ts\":%llu.%03llu", (unsigned long long)(ns / 1000), (unsigned long long)(ns % 1000));
}

static void emit_instant(Merge *m, Lane *l, uint64_t t, int cpu, const char *name, const char *args)
{
    fprintf(m->out, "{\"name\":\"%s\",\"cat\":\"sched\",\"ph\":\"i\",\"s\":\"t\",\"pid\":%d,\"tid\":%d,",
            name, m->pid, KLANE_TID + l->tid);
    ts_field(m->out, t - m->t0);
    fprintf(m->out, ",\"args\":{\"cpu\":%d%s}},\n", cpu, args);
    m->events++;
}

static const char *switch_reason(const char *state)
{
    return state[0] == 'R' ? "preempted" : state[0] == 'S' ? "sleep" :
           state[0] == 'D' ? "disk/uninterruptible" : state;
}

static void emit_oncpu(Merge *m, Lane *l, uint64_t end, int cpu, const char *state)
{
    const char *how = switch_reason(state);
    if (!l->on_since) {
        char args[96];
        snprintf(args, sizeof args, ",\"switched_out\":\"%s\",\"prev_state\":\"%s\"", how, state);
        emit_instant(m, l, end, cpu, "switched out", args);
        m->unseen_in++;
        return;
    }
    fprintf(m->out, "{\"name\":\"on cpu\",\"cat\":\"sched\",\"ph\":\"X\",\"pid\":%d,\"tid\":%d,",
            m->pid, KLANE_TID + l->tid);
    ts_field(m->out, l->on_since - m->t0);
    fprintf(m->out, ",\"dur\":%llu.%03llu,\"args\":{\"cpu\":%d,\"switched_out\":\"%s\",\"prev_state\":\"%s\"}},\n",
            (unsigned long long)((end - l->on_since) / 1000), (unsigned long long)((end - l->on_since) % 1000),
            l->on_cpu, how, state);
    l->on_since = 0;
    m->events++;
}

static int field_int(const char *s, const char *key)
{
    const char *p = strstr(s, key);
    return p ? atoi(p + strlen(key)) : -1;
}

static void field_str(const char *s, const char *key, char *out, size_t len)
{
    const char *p = strstr(s, key);
    out[0] = 0;
    if (p)
        snprintf(out, len, "%.*s", (int)strcspn(p + strlen(key), " \n"), p + strlen(key));
}

static void merge_line(Merge *m, const char *line)
{
    int cpu;
    unsigned long long sec, nsec;
    char event[64];
    if (sscanf(line, " %*d [%d] %llu.%llu: %63s", &cpu, &sec, &nsec, event) != 4)
        return;
    uint64_t t = sec * 1000000000ull + nsec;
    if (t < m->t0)
        return;
    const char *rest = strstr(line, event) + strlen(event);
    char args[96], state[8];
    Lane *l;
    if (strcmp(event, "sched:sched_switch:") == 0) {
        if ((l = lane_of(m, field_int(rest, "prev_pid=")))) {
            field_str(rest, "prev_state=", state, sizeof state);
            emit_oncpu(m, l, t, cpu, state);
        }
        if ((l = lane_of(m, field_int(rest, "next_pid=")))) {
            l->on_since = t;
            l->on_cpu = cpu;
        }
    } else if (strcmp(event, "sched:sched_wakeup:") == 0) {
        if ((l = lane_of(m, field_int(rest, " pid=")))) {
            snprintf(args, sizeof args, ",\"target_cpu\":%d", field_int(rest, "target_cpu="));
            emit_instant(m, l, t, cpu, "wakeup", args);
        }
    } else if (strcmp(event, "sched:sched_migrate_task:") == 0) {
        if ((l = lane_of(m, field_int(rest, " pid=")))) {
            snprintf(args, sizeof args, ",\"from\":%d,\"to\":%d", field_int(rest, "orig_cpu="),
                     field_int(rest, "dest_cpu="));
            emit_instant(m, l, t, cpu, "migrate", args);
        }
    }
}

static void lane_names(Merge *m, TraceBuf **bufs)
{
    for (size_t i = 0; i < m->nlane; i++) {
        fprintf(m->out, "{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":%d,\"tid\":%d,\"args\":{\"name\":\"",
                m->pid, KLANE_TID + m->lanes[i].tid);
        for (const char *c = bufs[i]->name; *c; c++)
            if (*c != '"' && *c != '\\' && (unsigned char)*c >= 0x20)
                fputc(*c, m->out);
        fprintf(m->out, " (kernel)\"}},\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":%d,"
                "\"tid\":%d,\"args\":{\"sort_index\":%u}},\n",
                m->pid, KLANE_TID + m->lanes[i].tid, 2 * m->lanes[i].index + 1);
    }
}

static bool perf_stop(void)
{
    if (perf_pid <= 0)
        return false;
    int st;
    kill(perf_pid, SIGINT);
    /* perf record re-raises SIGINT after writing its file completely. */
    bool ok = waitpid(perf_pid, &st, 0) == perf_pid &&
        ((WIFEXITED(st) && WEXITSTATUS(st) == 0) || (WIFSIGNALED(st) && WTERMSIG(st) == SIGINT));
    perf_pid = -1;
    if (!ok)
        say("perf record did not finish cleanly");
    return ok;
}

char *trace_sched_finish(TraceBuf **bufs, size_t nbuf, uint64_t t0)
{
    if (!perf_stop())
        return NULL;
    char cmd[4200], line[1024];
    snprintf(cmd, sizeof cmd, "perf script -i '%s' --ns -F tid,cpu,time,event,trace 2>/dev/null", data_path);
    FILE *p = strchr(data_path, '\'') ? NULL : popen(cmd, "r");
    if (!p) {
        say("cannot run perf script");
        return NULL;
    }
    char *text = NULL;
    size_t len = 0;
    Merge m = { open_memstream(&text, &len), calloc(nbuf ? nbuf : 1, sizeof(Lane)), nbuf, t0, (int)getpid(), 0, 0 };
    for (size_t i = 0; m.out && m.lanes && i < nbuf; i++)
        m.lanes[i] = (Lane){ bufs[i]->tid, bufs[i]->index, 0, -1 };
    if (m.out && m.lanes) {
        lane_names(&m, bufs);
        while (fgets(line, sizeof line, p))
            merge_line(&m, line);
    }
    pclose(p);
    free(m.lanes);
    if (m.out)
        fclose(m.out);
    fprintf(stderr, "gilvm: --trace-sched: %zu kernel events merged (raw data in %s)\n", m.events, data_path);
    if (m.unseen_in)
        fprintf(stderr, "gilvm: --trace-sched: %zu switch-outs had no recorded switch-in (it came "
                "before recording began or the kernel dropped it); shown as 'switched out' "
                "instants, not slices\n", m.unseen_in);
    return text;
}
