/* run/gilrun.c — bin/gilrun: run any program and write gilvm's run record
 * for it (wall, user, sys, perf counters that follow its threads, rusage,
 * machine columns; the GIL and VM columns absent).
 *
 *   gilrun [--cpus=0] [--csv=F] [--stats] [--timeout=S] -- python2.6 thread2.py N
 *
 * Order: options → measure_foreign → measure_init (affinity, the inherit
 * counters, the --timeout watchdog) → the scheduling class and nice value
 * on this thread (a fork inherits them) → fork + exec → wait → the record.
 * The counters open before the fork, so the child and every thread it
 * starts count into them; rusage is the reaped child's.
 *
 * Concurrency: only `child` is shared, with the --timeout watchdog's thread
 * (stop_child) and the signal handler (forward).  It is an atomic written
 * once, after the fork, and only read elsewhere; -1 before (nothing to stop:
 * if gilrun exits first, PR_SET_PDEATHSIG ends the program).
 *
 * Exit status: the program's own (128 + N when killed by signal N); 2 bad
 * options; 124 --timeout expired (the record says timed_out=1); 126 the
 * program cannot be executed, 127 it was not found (no record: nothing ran).
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/wait.h>

#include "sched/cliopt.h"
#include "sched/cpuctl.h"
#include "sched/measure.h"

static atomic_int child = -1;   /* the program's pid */

static int set_help(const char *v, char *err, size_t n);

static const CliOption run_options[] = {
    { "help", NULL, NULL, "", "print this help and exit", set_help },
    { NULL, NULL, NULL, NULL, NULL, NULL },
};

static const CliOption *const tables[] = { run_options, measure_options };
static const CliTables cli = { "gilrun", tables, sizeof tables / sizeof *tables };

static int set_help(const char *v, char *err, size_t n)
{
    printf("usage: gilrun [options] [--] PROGRAM [ARGS]\n\n"
           "Runs PROGRAM and measures it as gilvm measures itself: the same --csv/--json\n"
           "record (gilvm --schema), GIL and VM columns empty.  Perf counters follow every\n"
           "thread and child PROGRAM starts; rusage is PROGRAM's.  Exit status: PROGRAM's\n"
           "(128+N if killed by signal N), 2 bad options, 124 --timeout, 126/127 cannot run.\n\n"
           "options (default in brackets; --opt=VALUE or --opt VALUE):\n");
    cliopt_print_help(&cli);
    printf("\n--pin is gilvm's (it places the VM's own threads); for a program, use --cpus.\n");
    exit(fflush(stdout) == 0 ? 0 : 1);
}

/* The --timeout watchdog's first step: the program ends before the record. */
static void stop_child(void)
{
    pid_t pid = atomic_load(&child);
    if (pid <= 0)
        return;
    kill(pid, SIGKILL);
    while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
        ;   /* ECHILD: the main thread reaped it first; its rusage is in */
}

/* Ctrl-C and kill reach the program; gilrun stays to write the record. */
static void forward(int sig)
{
    int saved = errno;   /* the main thread may be reading errno after waitpid */
    pid_t pid = atomic_load(&child);
    if (pid > 0)
        kill(pid, sig);
    errno = saved;
}

static void forward_signals(void)
{
    struct sigaction sa = { .sa_handler = forward };
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
}

/* In the child: exec, or report errno through the close-on-exec pipe. */
static _Noreturn void exec_program(char **argv, int report_fd, pid_t parent)
{
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);   /* the program starts with no signal blocked */
    prctl(PR_SET_PDEATHSIG, SIGKILL);   /* gilrun gone (e.g. killed): so is the program */
    if (getppid() != parent)
        _exit(127);
    execvp(argv[0], argv);
    int e = errno;
    while (write(report_fd, &e, sizeof e) < 0 && errno == EINTR)
        ;
    _exit(127);
}

/* The program's pid, or -1 after printing why it could not start (*status 126/127). */
static pid_t start(char **argv, int *status)
{
    int pipefd[2];
    if (pipe2(pipefd, O_CLOEXEC) != 0) {
        fprintf(stderr, "gilrun: pipe: %s\n", strerror(errno));
        *status = 126;
        return -1;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0)
        exec_program(argv, pipefd[1], parent);
    close(pipefd[1]);
    if (pid < 0) {
        fprintf(stderr, "gilrun: fork: %s\n", strerror(errno));
        close(pipefd[0]);
        *status = 126;
        return -1;
    }
    int e = 0;
    ssize_t got;
    while ((got = read(pipefd[0], &e, sizeof e)) < 0 && errno == EINTR)
        ;
    close(pipefd[0]);
    if (got == (ssize_t)sizeof e) {   /* exec failed: nothing ran */
        while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
            ;
        fprintf(stderr, "gilrun: cannot run '%s': %s\n", argv[0], strerror(e));
        *status = e == ENOENT ? 127 : 126;
        return -1;
    }
    return pid;
}

static int wait_status(pid_t pid)
{
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return 1;   /* not reachable while we are its only waiter */
    return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

int main(int argc, char **argv)
{
    int i = 1;
    for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
        if (argv[i][2] == 0) {   /* "--": the program follows */
            i++;
            break;
        }
        cliopt_parse_long(&cli, argc, argv, &i);
    }
    if (i >= argc)
        cliopt_usage_error("gilrun", "%s", "no program given");
    if (argv[i][0] == '-')
        cliopt_usage_error("gilrun", "unknown option %s", argv[i]);
    cliopt_apply_env(&cli);
    if (cpuctl.pin != CPUCTL_PIN_NONE)
        cliopt_usage_error("gilrun", "%s", "--pin places gilvm's own threads; for a program use --cpus");
    char **prog = argv + i;
    measure_foreign(stop_child);
    measure_describe_run(prog[0], argc - i - 1, prog + 1);
    if (measure_init() != 0)
        return 2;
    char err[256];
    if (cpuctl_apply_thread(0, err, sizeof err) != 0) {   /* --sched, --nice: the fork inherits them */
        fprintf(stderr, "gilrun: %s\n", err);
        return 2;
    }
    int status;
    pid_t pid = start(prog, &status);
    if (pid < 0)
        return status;
    atomic_store(&child, pid);
    forward_signals();
    status = wait_status(pid);
    MeasureRun run = { .script = prog[0], .argc = argc - i - 1, .argv = prog + 1,
                       .exit_status = status };
    if (measure_finish(&run) != 0)
        status = status ? status : 1;
    return status;
}
