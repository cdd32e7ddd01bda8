/* tests/unit/test_gil_options.c — the GIL's command-line face: names come
 * from the tables, bad names give one line listing the valid ones, and a
 * primitive the kernel refuses makes gil_init print one line and fail.
 * io_uring being refused is simulated by interposing io_uring_queue_init
 * (this executable's definition wins over liburing's for libgilkit). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sched/gil.h"
#include "tests/unit/check.h"

struct io_uring;
int io_uring_queue_init(unsigned entries, struct io_uring *ring, unsigned flags);
int io_uring_queue_init(unsigned entries, struct io_uring *ring, unsigned flags)
{
    return -EPERM;
}

static const CliOption *opt(const char *name)
{
    for (const CliOption *o = gil_options; o->name; o++)
        if (strcmp(o->name, name) == 0)
            return o;
    return NULL;
}

/* Every table name is accepted and listed in the error for a bad one. */
static void check_table(const char *optname, size_t (*names)(const GilTableRow **))
{
    const CliOption *o = opt(optname);
    CHECK(o && o->metavar && o->env && o->defval && o->help);
    if (!o)
        return;
    const GilTableRow *rows;
    size_t n = names(&rows);
    CHECK(n >= 4);
    char err[512] = "";
    for (size_t i = 0; i < n; i++) {
        CHECK(rows[i].name && rows[i].help && *rows[i].help);
        CHECK(o->set(rows[i].name, err, sizeof err) == 0);
    }
    CHECK(o->set("no-such-thing", err, sizeof err) == -1);
    CHECK(strchr(err, '\n') == NULL && strstr(err, "no-such-thing"));
    for (size_t i = 0; i < n; i++)
        CHECK(strstr(err, rows[i].name) != NULL);
    CHECK(o->set(o->defval, err, sizeof err) == 0);
}

/* gil_init with --lock=uring on a kernel that refuses io_uring. */
static void check_uring_refused(void)
{
    char err[256];
    CHECK(opt("lock")->set("uring", err, sizeof err) == 0);
    FILE *tmp = tmpfile();
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    int r = gil_init();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    CHECK(r == -1);
    char buf[512] = "";
    rewind(tmp);
    size_t len = fread(buf, 1, sizeof buf - 1, tmp);
    fclose(tmp);
    buf[len] = 0;
    CHECK(len > 0 && buf[len - 1] == '\n' && strchr(buf, '\n') == buf + len - 1);
    CHECK(strstr(buf, "uring") != NULL);
}

int main(void)
{
    check_table("gil", gil_policy_names);
    check_table("lock", gil_lock_names);
    CHECK(strcmp(gil_policy_name(), "py32") == 0 && strcmp(gil_lock_name(), "condvar") == 0);
    CHECK(gil_set_switch_interval(0) == -1 && gil_set_switch_interval(-1) == -1);
    CHECK(gil_set_switch_interval(0.001) == 0 && gil_get_switch_interval() == 0.001);
    CHECK(gil_set_check_interval(7) == 0 && gil_get_check_interval() == 7);
    check_uring_refused();
    return check_done("test_gil_options");
}
