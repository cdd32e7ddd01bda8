/* sched/record.c — run records: CSV/JSON rendering and safe appending.
 * See record.h for the appending protocol. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include "sched/record.h"

static const struct { const char *name, *unit, *source; char kind; } columns[] = {
#define SCHEMA_ROW(name, kind, unit, source) { #name, unit, source, #kind[0] },
    SCHEMA_COLUMNS(SCHEMA_ROW)
#undef SCHEMA_ROW
};

void record_set(Record *r, SchemaColumn c, const char *fmt, ...)
{
    va_list ap;
    char *s = NULL;
    va_start(ap, fmt);
    if (vasprintf(&s, fmt, ap) < 0)
        s = NULL;   /* out of memory: the cell reads as absent */
    va_end(ap);
    free(r->cell[c]);
    r->cell[c] = s;
}

void record_free(Record *r)
{
    for (int i = 0; i < COL__COUNT; i++) {
        free(r->cell[i]);
        r->cell[i] = NULL;
    }
}

static bool csv_needs_quotes(const char *s)
{
    return strpbrk(s, ",\"\r\n") != NULL;
}

void record_csv_field(FILE *f, const char *s)
{
    if (!csv_needs_quotes(s)) {
        fputs(s, f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

/* Renders through a memory stream; NULL if it could not grow. */
typedef void Render(FILE *f, const Record *r);

static char *render(Render *fn, const Record *r)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    fn(f, r);
    bool bad = ferror(f);
    if (fclose(f) != 0 || bad) {
        free(buf);
        return NULL;
    }
    return buf;
}

static void render_header(FILE *f, const Record *r)
{
    (void)r;
    for (int i = 0; i < COL__COUNT; i++)
        fprintf(f, "%s%s", i ? "," : "", columns[i].name);
    fputc('\n', f);
}

static void render_csv(FILE *f, const Record *r)
{
    for (int i = 0; i < COL__COUNT; i++) {
        if (i)
            fputc(',', f);
        if (r->cell[i])
            record_csv_field(f, r->cell[i]);
    }
    fputc('\n', f);
}

static void render_json(FILE *f, const Record *r)
{
    fputc('{', f);
    for (int i = 0; i < COL__COUNT; i++) {
        fprintf(f, "%s\"%s\":", i ? "," : "", columns[i].name);
        if (!r->cell[i])
            fputs("null", f);
        else if (columns[i].kind == 'S')
            json_string(f, r->cell[i]);
        else
            fputs(r->cell[i], f);
    }
    fputs("}\n", f);
}

char *record_csv_header(void) { return render(render_header, NULL); }
char *record_csv_line(const Record *r) { return render(render_csv, r); }
char *record_json_line(const Record *r) { return render(render_json, r); }

static int header_matches(int fd, const char *header)
{
    size_t len = strlen(header);
    char *have = malloc(len);
    if (!have)
        return 0;
    ssize_t got = pread(fd, have, len, 0);
    int same = got == (ssize_t)len && memcmp(have, header, len) == 0;
    free(have);
    return same;
}

/* Under the flock: header + line as one buffer, so one write carries both. */
static int append_locked(int fd, const char *header, const char *line, char *err, size_t errlen)
{
    struct stat st;
    if (fstat(fd, &st) != 0) {
        snprintf(err, errlen, "fstat: %s", strerror(errno));
        return -1;
    }
    bool want_header = header && st.st_size == 0;
    if (header && !want_header && !header_matches(fd, header)) {
        snprintf(err, errlen, "existing header differs from this build's schema (see gilvm --schema); not appended");
        return -1;
    }
    size_t hl = want_header ? strlen(header) : 0, ll = strlen(line);
    char *buf = malloc(hl + ll);
    if (!buf) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    if (hl)
        memcpy(buf, header, hl);
    memcpy(buf + hl, line, ll);
    ssize_t put = write(fd, buf, hl + ll);
    free(buf);
    if (put != (ssize_t)(hl + ll)) {
        snprintf(err, errlen, "write: %s", put < 0 ? strerror(errno) : "short write");
        return -1;
    }
    if (fsync(fd) != 0 && errno != EINVAL) {   /* EINVAL: nothing to sync (/dev/null, a pipe) */
        snprintf(err, errlen, "fsync: %s", strerror(errno));
        return -1;
    }
    return 0;
}

/* A character device takes the bytes but may refuse them at the end
 * (/dev/full): only /dev/null's is accepted. */
static bool is_dev_null(const struct stat *st)
{
    struct stat null;
    return stat("/dev/null", &null) == 0 && st->st_rdev == null.st_rdev;
}

/* A missing target is created to prove it can be, then removed again: a run
 * that ends before its record (gilrun's program cannot start) leaves no empty
 * file behind.  Another writer creating it meanwhile is no error. */
static int open_target(const char *path)
{
    int fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd >= 0 || errno != ENOENT)
        return fd;
    fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0)
        unlink(path);
    else if (errno == EEXIST)
        return open_target(path);
    return fd;
}

int record_check_target(const char *path, const char *header, char *err, size_t errlen)
{
    int fd = open_target(path);
    if (fd < 0) {
        snprintf(err, errlen, "%s", strerror(errno));
        return -1;
    }
    struct stat st;
    int rc = fstat(fd, &st);
    close(fd);
    if (rc != 0) {
        snprintf(err, errlen, "fstat: %s", strerror(errno));
        return -1;
    }
    if (S_ISCHR(st.st_mode) && !is_dev_null(&st)) {
        snprintf(err, errlen, "a character device, which may refuse the record at the end; "
                 "give a file (or /dev/null)");
        return -1;
    }
    if (!header || !S_ISREG(st.st_mode) || st.st_size == 0)
        return 0;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    rc = fd >= 0 && header_matches(fd, header);
    if (fd >= 0)
        close(fd);
    if (!rc)
        snprintf(err, errlen, "existing header differs from this build's schema (see gilvm --schema); "
                 "give another file");
    return rc ? 0 : -1;
}

int record_append(const char *path, const char *header, const char *line,
                  char *err, size_t errlen)
{
    int fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        snprintf(err, errlen, "%s", strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX) != 0) {
        snprintf(err, errlen, "flock: %s", strerror(errno));
        close(fd);
        return -1;
    }
    int rc = append_locked(fd, header, line, err, errlen);
    close(fd);   /* releases the lock */
    return rc;
}

void record_schema_markdown(FILE *f)
{
    static const char *const kind_name[] = { ['S'] = "text", ['I'] = "integer", ['F'] = "decimal" };
    fprintf(f, "| column | type | unit | source |\n|---|---|---|---|\n");
    for (int i = 0; i < COL__COUNT; i++)
        fprintf(f, "| %s | %s | %s | %s |\n", columns[i].name,
                kind_name[(unsigned char)columns[i].kind], columns[i].unit, columns[i].source);
    fprintf(f, "\nAbsent values (unsupported or refused counters): empty CSV cell, JSON null; never 0.\n"
            "CSV: RFC 4180 quoting, one row per run, header generated from sched/schema.h.\n");
}
