/* sched/cliopt.h — one command-line option, as a table row.
 *
 * Each subsystem (vm, gil, measure, trace) exports a table of these,
 * terminated by a row whose name is NULL.  A program (bin/gilvm, bin/gilrun)
 * lists the tables it takes; the parser and --help below walk them, so no
 * option is listed anywhere else.
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

/* The tables one program takes; prog names it in messages ("gilvm"). */
typedef struct CliTables {
    const char *prog;
    const CliOption *const *table;
    size_t n;
} CliTables;

/* One --name[=value] at argv[*i]; may consume the next word as the value.
 * An unknown option or a bad value: one line on stderr, exit 2. */
void cliopt_parse_long(const CliTables *t, int argc, char **argv, int *i);
/* The option argv[i] names ("--name" or "--name=value"), NULL if t has none. */
const CliOption *cliopt_find(const CliTables *t, const char *arg);
/* Applies the environment variable of each option the command line did not give. */
void cliopt_apply_env(const CliTables *t);
/* One line per option: --name=METAVAR, help, [default], (env VAR). */
void cliopt_print_help(const CliTables *t);
/* "prog: <fmt with a> (see prog --help)", exit 2. */
_Noreturn void cliopt_usage_error(const char *prog, const char *fmt, const char *a);

#endif
