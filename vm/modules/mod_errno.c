/* vm/modules/mod_errno.c — the `errno` module: every E* constant of the C
 * library's <errno.h>, and errorcode, the number → name dict.
 *
 * The names come from a header generated at build time (Makefile: the
 * preprocessor's own list of <errno.h>'s macros), so the module has exactly
 * the platform's errors without a hand-typed copy of them.  ERRNO_NAMES
 * lists the names defined as numbers, ERRNO_ALIASES those defined as another
 * name (EWOULDBLOCK is EAGAIN).
 */
#include <errno.h>
#include <string.h>

#include "errno_names.h"   /* generated: ERRNO_NAMES(X), ERRNO_ALIASES(X) */
#include "vm/runtime/module.h"

typedef struct ErrnoName {
    const char *name;
    int value;
} ErrnoName;

#define ERRNO_ROW(name) { #name, name },
static const ErrnoName errno_names[] = { ERRNO_NAMES(ERRNO_ROW) ERRNO_ALIASES(ERRNO_ROW) };
#undef ERRNO_ROW

/* The alias errorcode names instead of the number's first name, as CPython's
 * errno module does on Linux (errorcode[35] is 'EDEADLOCK'). */
static const char *const preferred_aliases[] = { "EDEADLOCK", "ENOTSUP" };

static bool preferred(const char *name)
{
    for (size_t i = 0; i < sizeof preferred_aliases / sizeof *preferred_aliases; i++)
        if (strcmp(name, preferred_aliases[i]) == 0)
            return true;
    return false;
}

/* Adds the constant and, unless its number has a name already that the alias
 * does not take over, its errorcode entry. */
static int add_name(Object *m, Object *codes, const ErrnoName *e)
{
    Object *v = int_from_i64(e->value);
    Object *name = str_from_cstr(e->name);
    int r = v && name ? module_add(m, e->name, v) : -1;
    if (r == 0 && (preferred(e->name) || !dict_get(codes, v)))
        r = dict_set(codes, v, name);
    XDECREF(v);
    XDECREF(name);
    return r;
}

Object *mod_errno_init(void)
{
    Object *m = module_new("errno", NULL);
    Object *codes = m ? dict_new() : NULL;
    int r = codes ? module_add(m, "errorcode", codes) : -1;
    for (size_t i = 0; r == 0 && i < sizeof errno_names / sizeof *errno_names; i++)
        r = add_name(m, codes, &errno_names[i]);
    XDECREF(codes);
    if (r < 0)
        XDECREF(m);
    return r < 0 ? NULL : m;
}
