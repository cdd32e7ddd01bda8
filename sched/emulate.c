/* sched/emulate.c — see emulate.h.
 *
 * Pacing figure (pace units per instruction, sched/pace.h), first found wins:
 * --pace=UNITS; the --calibration file's row for the emulation
 * (bench/calibrate writes it from a real interpreter run on this machine);
 * the row's built-in figure.  Every record names the figure's source (CSV
 * pace_source).  The built-in figures are bench/calibrate's on the machine
 * kind the kit was developed on (a 2-vCPU AMD EPYC VM); being work, not
 * time, they follow that machine's speed as it changes, but another CPU
 * kind needs its own calibration (make reproduce runs one).
 * Written during option parsing only (one thread).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "sched/emulate.h"
#include "sched/pace.h"

const EmulateRow emulate_table[] = {
    { "cpython-2.6.4", "CPython 2.6.4: py26 on sem (check interval 100), paced", "py26", "sem",
      1.98, "built-in: bench/calibrate against CPython 2.6.4 on a 2-vCPU AMD EPYC VM (median of 3: 1.98 units/instruction)" },
    { "cpython-3.2", "CPython 3.2: py32 on condvar (switch interval 5 ms), paced", "py32", "condvar",
      2.14, "built-in: bench/calibrate against CPython 3.2 on a 2-vCPU AMD EPYC VM (median of 3: 2.14 units/instruction)" },
};
const size_t emulate_table_len = sizeof emulate_table / sizeof emulate_table[0];

static const EmulateRow *chosen;
static double explicit_pace = -1.0;
static char *calib_text;      /* the --calibration file, NUL-terminated */
static char calib_path[256];

int emulate_set_name(const char *v, char *err, size_t n)
{
    for (size_t i = 0; i < emulate_table_len; i++)
        if (strcmp(v, emulate_table[i].name) == 0) {
            chosen = &emulate_table[i];
            return 0;
        }
    if (strcmp(v, "none") == 0) {
        chosen = NULL;
        return 0;
    }
    int k = snprintf(err, n, "unknown emulation '%s'; valid: none", v);
    for (size_t i = 0; i < emulate_table_len && k > 0 && (size_t)k < n; i++)
        k += snprintf(err + k, n - (size_t)k, " %s", emulate_table[i].name);
    return -1;
}

int emulate_set_pace(const char *v, char *err, size_t n)
{
    char *end;
    errno = 0;
    double w = strtod(v, &end);
    if (errno || end == v || *end || !(w >= 0) || w > 1e6) {
        snprintf(err, n, "--pace wants pace units per instruction, 0 to 1e6: '%s'", v);
        return -1;
    }
    explicit_pace = w;
    return 0;
}

int emulate_set_calibration(const char *v, char *err, size_t n)
{
    FILE *f = fopen(v, "r");
    if (!f) {
        snprintf(err, n, "cannot read calibration file '%s': %s", v, strerror(errno));
        return -1;
    }
    free(calib_text);
    calib_text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&calib_text, &len);
    int c;
    while (m && (c = fgetc(f)) != EOF)
        fputc(c, m);
    fclose(f);
    if (!m || fclose(m) != 0) {
        snprintf(err, n, "out of memory reading '%s'", v);
        return -1;
    }
    /* Figures per tick (bench/calibrate before pacing went per
     * instruction) would run the emulations several times too slowly. */
    if (strstr(calib_text, "work_per_tick")) {
        snprintf(err, n, "calibration file '%s' gives work per tick, from an older bench/calibrate: "
                 "run bench/calibrate again", v);
        free(calib_text);
        calib_text = NULL;
        return -1;
    }
    snprintf(calib_path, sizeof calib_path, "%s", v);
    return 0;
}

/* The calibration file's line "NAME,WORK_PER_INSTRUCTION,SOURCE..." for name. */
static bool calibrated(const char *name, double *w, char *src, size_t n)
{
    size_t len = strlen(name);
    for (const char *l = calib_text; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        char *end;
        if (strncmp(l, name, len) != 0 || l[len] != ',')
            continue;
        double v = strtod(l + len + 1, &end);
        if (end == l + len + 1 || !(v >= 0))
            continue;
        const char *s = *end == ',' ? end + 1 : "";
        snprintf(src, n, "%s: %.*s", calib_path, (int)strcspn(s, "\r\n"), s);
        *w = v;
        return true;
    }
    return false;
}

void emulate_resolve(const char **policy, const char **lock)
{
    *policy = chosen ? chosen->policy : NULL;
    *lock = chosen ? chosen->lock : NULL;
    char src[512];
    double w;
    if (explicit_pace >= 0)
        pace_configure(explicit_pace, "--pace");
    else if (chosen && calibrated(chosen->name, &w, src, sizeof src))
        pace_configure(w, src);
    else if (chosen)
        pace_configure(chosen->work_per_instruction, chosen->source);
    else
        pace_configure(-1.0, "");
}

const char *emulate_name(void) { return chosen ? chosen->name : ""; }
