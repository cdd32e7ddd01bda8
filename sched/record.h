/* sched/record.h — one run record (columns from sched/schema.h) and the
 * files it is appended to.
 *
 * Appending protocol (--csv, --json): the file is opened O_APPEND and
 * locked with flock(LOCK_EX) only to decide, race-free, whether the header
 * is still to be written; header (if due) and row then go out in ONE
 * write(2), followed by fsync.  Concurrent writers therefore never
 * interleave inside a row, and a run killed at any point leaves either its
 * whole row or none. */
#ifndef GILKIT_SCHED_RECORD_H
#define GILKIT_SCHED_RECORD_H

#include <stdio.h>
#include "sched/schema.h"

typedef struct Record {
    char *cell[COL__COUNT];   /* NULL: absent */
} Record;

void record_set(Record *r, SchemaColumn c, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void record_free(Record *r);

/* malloc'd text, NULL when out of memory.  Lines end in "\n". */
char *record_csv_header(void);
char *record_csv_line(const Record *r);
char *record_json_line(const Record *r);

/* Appends `line` to path, preceded by `header` when the file is empty
 * (header NULL: never).  A non-empty file whose header differs is refused.
 * 0, or -1 with a one-line reason in err. */
/* Before the run: whether record_append(path, header, ...) can succeed at
 * the end, as far as can be known now (it may be created, empty; a disk can
 * still fill).  0, or -1 with a one-line reason in err. */
int record_check_target(const char *path, const char *header, char *err, size_t errlen);
int record_append(const char *path, const char *header, const char *line,
                  char *err, size_t errlen);

/* One CSV field, RFC 4180 quoted when it must be. */
void record_csv_field(FILE *f, const char *s);

/* The schema as a markdown table (gilvm --schema). */
void record_schema_markdown(FILE *f);

#endif
