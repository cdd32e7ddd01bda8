/* Unit tests for sched/record: header from the schema, RFC 4180 quoting,
 * absent vs 0, JSON null, and appending (header once, header mismatch). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sched/record.h"
#include "tests/unit/check.h"

static const char *const names[] = {
#define NAME(name, kind, unit, source) #name,
    SCHEMA_COLUMNS(NAME)
#undef NAME
};

static void test_header(void)
{
    char *h = record_csv_header();
    CHECK(h);
    if (!h)
        return;
    CHECK(strncmp(h, "timestamp,tag,host,", 19) == 0);
    CHECK(h[strlen(h) - 1] == '\n');
    /* Every schema column appears, in order, exactly once. */
    const char *p = h;
    for (int i = 0; p && i < COL__COUNT; i++) {
        size_t len = strlen(names[i]);
        CHECK(strncmp(p, names[i], len) == 0 && (p[len] == ',' || p[len] == '\n'));
        p = strchr(p, i + 1 < COL__COUNT ? ',' : '\n');
        if (p) p++;
    }
    const char *must[] = { "cpus", "ctx_switches", "vol_ctx", "invol_ctx", "cpu_migrations",
                           "task_clock_ms", "cycles", "instructions", "gil_wait_max_s",
                           "gil_lost_wakeups", "instructions_executed", "exit_status",
                           "perf_event_paranoid", "git_rev" };
    for (size_t i = 0; i < sizeof must / sizeof must[0]; i++) {
        char pat[64];
        snprintf(pat, sizeof pat, ",%s,", must[i]);
        CHECK(strstr(h, pat) || (strcmp(must[i], "exit_status") == 0 && strstr(h, ",exit_status\n")));
    }
    free(h);
}

/* The cell of column c in a CSV line without quoted fields. */
static void cell(const char *line, int c, char *out, size_t len)
{
    const char *p = line;
    for (int i = 0; i < c; i++)
        p = strchr(p, ',') + 1;
    size_t n = strcspn(p, ",\n");
    snprintf(out, len, "%.*s", (int)(n < len ? n : len - 1), p);
}

static void test_absent_vs_zero(void)
{
    Record r = { { NULL } };
    record_set(&r, COL_cycles, "%d", 0);
    record_set(&r, COL_host, "box");
    char *line = record_csv_line(&r);
    char c[64];
    cell(line, COL_cycles, c, sizeof c);
    CHECK(strcmp(c, "0") == 0);
    cell(line, COL_instructions, c, sizeof c);
    CHECK(strcmp(c, "") == 0);
    int commas = 0;
    for (const char *p = line; *p; p++)
        commas += *p == ',';
    CHECK(commas == COL__COUNT - 1);
    char *js = record_json_line(&r);
    CHECK(strstr(js, "\"cycles\":0,") != NULL);
    CHECK(strstr(js, "\"instructions\":null,") != NULL);
    CHECK(strstr(js, "\"host\":\"box\",") != NULL);
    CHECK(js[0] == '{' && strcmp(js + strlen(js) - 2, "}\n") == 0);
    free(line);
    free(js);
    record_free(&r);
}

static void test_quoting(void)
{
    Record r = { { NULL } };
    record_set(&r, COL_args, "a,b \"c\"\nd");
    record_set(&r, COL_script, "plain.py");
    char *line = record_csv_line(&r);
    CHECK(strstr(line, ",plain.py,\"a,b \"\"c\"\"\nd\",") != NULL);
    char *js = record_json_line(&r);
    CHECK(strstr(js, "\"args\":\"a,b \\\"c\\\"\\nd\"") != NULL);
    free(line);
    free(js);
    FILE *f = tmpfile();
    record_csv_field(f, "x\"y");
    rewind(f);
    char buf[32] = { 0 };
    CHECK(fgets(buf, sizeof buf, f) && strcmp(buf, "\"x\"\"y\"") == 0);
    fclose(f);
    record_free(&r);
}

static void test_append(void)
{
    char path[] = "/tmp/test_record_XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    close(fd);
    char err[256];
    CHECK(record_append(path, "a,b\n", "1,2\n", err, sizeof err) == 0);
    CHECK(record_append(path, "a,b\n", "3,4\n", err, sizeof err) == 0);
    FILE *f = fopen(path, "r");
    char all[64] = { 0 };
    CHECK(f && fread(all, 1, sizeof all - 1, f) > 0);
    if (f)
        fclose(f);
    CHECK(strcmp(all, "a,b\n1,2\n3,4\n") == 0);
    CHECK(record_append(path, "a,c\n", "5,6\n", err, sizeof err) == -1);
    CHECK(strstr(err, "header differs") != NULL);
    unlink(path);
    CHECK(record_append("/nonexistent-dir/x.csv", "a\n", "1\n", err, sizeof err) == -1);
}

int main(void)
{
    test_header();
    test_absent_vs_zero();
    test_quoting();
    test_append();
    return check_done("test_record");
}
