/* sched/cliopt.c — the long options of bin/gilvm and bin/gilrun, parsed and
 * listed from the subsystems' tables (cliopt.h).
 *
 * Single-threaded: runs on the main thread before any other thread starts.
 * `given` remembers which options the command line set, so their
 * environment variables are ignored. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sched/cliopt.h"

static const CliOption *given[128];
static size_t ngiven;

_Noreturn void cliopt_usage_error(const char *prog, const char *fmt, const char *a)
{
    fprintf(stderr, "%s: ", prog);
    fprintf(stderr, fmt, a);
    fprintf(stderr, " (see %s --help)\n", prog);
    exit(2);
}

static const CliOption *find_option(const CliTables *t, const char *name, size_t len)
{
    for (size_t k = 0; k < t->n; k++)
        for (const CliOption *o = t->table[k]; o->name; o++)
            if (strlen(o->name) == len && strncmp(o->name, name, len) == 0)
                return o;
    return NULL;
}

const CliOption *cliopt_find(const CliTables *t, const char *arg)
{
    if (strncmp(arg, "--", 2) != 0)
        return NULL;
    const char *eq = strchr(arg + 2, '=');
    return find_option(t, arg + 2, eq ? (size_t)(eq - arg - 2) : strlen(arg + 2));
}

static void apply(const char *prog, const CliOption *o, const char *value)
{
    char err[256] = "";
    if (o->set(value, err, sizeof err) != 0) {
        fprintf(stderr, "%s: %s\n", prog, *err ? err : "bad option value");
        exit(2);
    }
}

static bool was_given(const CliOption *o)
{
    for (size_t i = 0; i < ngiven; i++)
        if (given[i] == o)
            return true;
    return false;
}

void cliopt_parse_long(const CliTables *t, int argc, char **argv, int *i)
{
    const char *arg = argv[*i] + 2, *eq = strchr(arg, '=');
    const CliOption *o = find_option(t, arg, eq ? (size_t)(eq - arg) : strlen(arg));
    if (!o)
        cliopt_usage_error(t->prog, "unknown option %s", argv[*i]);
    const char *value = NULL;
    if (o->metavar) {
        if (eq)
            value = eq + 1;
        else if (*i + 1 < argc)
            value = argv[++*i];
        else
            cliopt_usage_error(t->prog, "option --%s needs a value", o->name);
    } else if (eq) {
        cliopt_usage_error(t->prog, "option --%s takes no value", o->name);
    }
    if (ngiven < sizeof given / sizeof *given)
        given[ngiven++] = o;
    apply(t->prog, o, value);
}

void cliopt_apply_env(const CliTables *t)
{
    for (size_t k = 0; k < t->n; k++)
        for (const CliOption *o = t->table[k]; o->name; o++)
            if (o->env && !was_given(o) && getenv(o->env) && *getenv(o->env))
                apply(t->prog, o, getenv(o->env));
}

void cliopt_print_help(const CliTables *t)
{
    for (size_t k = 0; k < t->n; k++)
        for (const CliOption *o = t->table[k]; o->name; o++) {
            char head[64];
            snprintf(head, sizeof head, "--%s%s%s", o->name, o->metavar ? "=" : "",
                     o->metavar ? o->metavar : "");
            printf("  %-24s %s", head, o->help);
            if (o->defval && *o->defval)
                printf(" [%s]", o->defval);
            if (o->env)
                printf(" (env %s)", o->env);
            printf("\n");
        }
}
