/* sched/emulate.h — --emulate: a real interpreter's GIL as one choice of
 * policy, primitive and pacing (sched/pace.h), plus where the pacing figure
 * comes from (--calibration, --pace).  --gil/--lock alone keep the raw VM
 * speed. */
#ifndef GILKIT_SCHED_EMULATE_H
#define GILKIT_SCHED_EMULATE_H

#include <stddef.h>
#include "sched/cliopt.h"

typedef struct EmulateRow {
    const char *name, *help;
    const char *policy, *lock;
    double work_per_instruction;   /* built-in calibration (pace units), used without --calibration */
    const char *source;     /* where the built-in figure comes from */
} EmulateRow;

extern const EmulateRow emulate_table[];   /* the one list of emulations */
extern const size_t emulate_table_len;

/* Rows for gil.c's option table: --emulate, --pace, --calibration. */
int emulate_set_name(const char *v, char *err, size_t n);
int emulate_set_pace(const char *v, char *err, size_t n);
int emulate_set_calibration(const char *v, char *err, size_t n);

/* After option parsing: the chosen emulation's policy and primitive names
 * (NULL without --emulate), and pacing configured (sched/pace.h). */
void emulate_resolve(const char **policy, const char **lock);
const char *emulate_name(void);            /* "" without --emulate */

#endif
