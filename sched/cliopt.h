/* sched/cliopt.h — one command-line option, as a table row.
 *
 * Each subsystem (vm, gil, measure, trace) exports a table of these,
 * terminated by a row whose name is NULL.  bin/gilvm's parser and its
 * --help walk the tables; no option is listed anywhere else.
 */
#ifndef GILKIT_SCHED_CLIOPT_H
#define GILKIT_SCHED_CLIOPT_H

#include <stddef.h>

typedef struct CliOption {
    const char *name;     /* long name without dashes: "gil" is --gil=VALUE */
    const char *metavar;  /* "NAME"; NULL for a flag (value passed as NULL) */
    const char *env;      /* environment variable read when the option is absent, or NULL */
    const char *defval;   /* default as shown by --help */
    const char *help;     /* one line */
    /* Apply the value. 0 = ok; -1 = bad value, with a one-line reason in err. */
    int (*set)(const char *value, char *err, size_t errlen);
} CliOption;

#endif
