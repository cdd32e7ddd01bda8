/* End-to-end test of one run record without the VM: the calls vm/main.c
 * makes (options, measure_init, measure_thread_begin/end on three threads,
 * measure_finish) must append a header and one well-formed row whose cells
 * agree with the run: threads, exit status, affinity, switch counts present,
 * unsupported counters absent (empty, never 0); with the refusal hook
 * (GILVM_PERF_DENY=1) perf cells are empty, getrusage cells are not, and
 * the note says why. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
#include "sched/gil.h"
#include "sched/measure.h"
#include "sched/record.h"
#include "tests/unit/check.h"

static int set_opt(const char *name, const char *value)
{
    char err[256];
    for (const CliOption *o = measure_options; o->name; o++)
        if (strcmp(o->name, name) == 0)
            return o->set(value, err, sizeof err);
    return -1;
}

static void *worker(void *arg)
{
    measure_thread_begin(arg);
    for (int i = 0; i < 20; i++)
        nanosleep(&(struct timespec){ 0, 300000 }, NULL);
    measure_thread_end();
    return NULL;
}

static int one_run(const char *csv)
{
    if (set_opt("csv", csv) != 0 || measure_init() != 0)
        return 1;
    measure_thread_begin("MainThread");
    pthread_t a, b;
    pthread_create(&a, NULL, worker, "A");
    pthread_create(&b, NULL, worker, "B");
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    char *argv[] = { "x,y", "z" };
    MeasureRun run = { "prog.py", 2, argv, 3, 123456, 7 };
    return measure_finish(&run) == 0 ? 0 : 1;
}

/* Splits an RFC 4180 line into cells (in place); returns the count. */
static int split(char *line, char **cells, int max)
{
    int n = 0;
    char *p = line, *w;
    while (n < max) {
        cells[n++] = w = p;
        if (*p == '"') {
            for (p++; *p && !(*p == '"' && p[1] != '"'); p++)
                *w++ = *p == '"' ? *++p : *p;
            p++;
        } else {
            while (*p && *p != ',' && *p != '\n')
                *w++ = *p++;
        }
        char end = *p;
        *w = 0;
        if (end != ',')
            break;
        p++;
    }
    return n;
}

static int check_file(const char *csv, bool denied)
{
    FILE *f = fopen(csv, "r");
    static char header[8192], line[8192];
    char *cells[COL__COUNT + 2];
    CHECK(f && fgets(header, sizeof header, f) && fgets(line, sizeof line, f));
    if (!f)
        return 1;
    char *want = record_csv_header();
    CHECK(strcmp(header, want) == 0);
    free(want);
    CHECK(fgets(line + strlen(line), 10, f) == NULL);   /* exactly one row */
    fclose(f);
    CHECK(split(line, cells, COL__COUNT + 2) == COL__COUNT);
    CHECK(strcmp(cells[COL_args], "x,y z") == 0);
    CHECK(strcmp(cells[COL_threads], "3") == 0 && strcmp(cells[COL_exit_status], "7") == 0);
    CHECK(strcmp(cells[COL_instructions_executed], "123456") == 0);
    CHECK(strcmp(cells[COL_cpus], "0") == 0);
    CHECK(atol(cells[COL_vol_ctx]) >= 40);              /* 2 x 20 sleeps */
    CHECK(*cells[COL_timeslices] && atol(cells[COL_timeslices]) >= 40);
    if (denied) {
        CHECK(*cells[COL_ctx_switches] == 0 && *cells[COL_task_clock_ms] == 0);
        CHECK(strstr(cells[COL_perf_note], "refused") != NULL);
    } else {
        CHECK(atol(cells[COL_ctx_switches]) >= 40);
        CHECK(strcmp(cells[COL_cpu_migrations], "0") == 0);  /* --cpus=0 */
        CHECK(*cells[COL_task_clock_ms] != 0);
        if (strstr(cells[COL_perf_note], "cycles"))
            CHECK(*cells[COL_cycles] == 0);             /* absent, not 0 */
    }
    return 0;
}

int main(void)
{
    char csv[] = "/tmp/test_record_run_XXXXXX";
    int fd = mkstemp(csv);
    close(fd);
    CHECK(set_opt("cpus", "0") == 0);
    CHECK(set_opt("cpus", "4096") == -1);
    CHECK(set_opt("nice", "20") == -1 && set_opt("sched", "fast") == -1);
    for (int denied = 0; denied < 2; denied++) {
        pid_t pid = fork();
        if (pid == 0) {
            if (denied)
                setenv("GILVM_PERF_DENY", "1", 1);
            _exit(one_run(csv));
        }
        int st;
        waitpid(pid, &st, 0);
        CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
        check_file(csv, denied);
        truncate(csv, 0);
    }
    unlink(csv);
    return check_done("test_record_run");
}
