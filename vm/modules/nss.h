/* vm/modules/nss.h — what pwd and grp (vm/modules/mod_pwd.c, mod_grp.c)
 * share: their argument checks and "not found" KeyErrors, in CPython's
 * words, and turning a C string list or entry field into objects.
 *
 * The lookups themselves use the C library's non-reentrant calls
 * (getpwnam, getgrent, ...): every caller holds the GIL for the whole
 * lookup and copy, and nothing else in the VM calls them, so the static
 * buffers they return are never shared. */
#ifndef GILKIT_VM_NSS_H
#define GILKIT_VM_NSS_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/objects/object.h"

/* CPython's check for a function taking `want` (0 or 1) positional
 * arguments; fn is its qualified name ("pwd.getpwall").  False with
 * TypeError otherwise. */
bool nss_positional(const char *fn, size_t nargs, Object *kw, size_t want);
/* The one argument, positional or by the keyword param, of grp's
 * functions (borrowed), or NULL with TypeError in Argument Clinic's words
 * ("getgrgid() missing required argument 'id' (pos 1)"). */
Object *nss_one_arg(const char *fn, const char *param, Object *const *args, size_t nargs, Object *kw);
/* An id argument (what: "uid" or "gid"): an int or an object with
 * __index__, never a float.  *v is its value, *beyond true when it did
 * not fit int64 (then *v is INT64_MAX or INT64_MIN by its sign).
 * -1 with TypeError "uid should be integer, not str". */
int nss_id_arg(Object *o, const char *what, int64_t *v, bool *beyond);
/* The value an id has once cast to the C library's 32-bit id_t, shown as
 * CPython shows it: (id_t)-1 reads -1. */
int64_t nss_id_shown(uint32_t id);
/* A name argument as a C string (borrowed from o), or NULL with TypeError
 * ("<fn>() argument must be str, not int", or with param named:
 * "argument 'name' must be") or ValueError for an embedded NUL. */
const char *nss_name_arg(Object *o, const char *fn, const char *param);
/* KeyError "<fn>(): name not found: 'x'" (name a str); returns NULL. */
Object *nss_name_not_found(const char *fn, Object *name);
/* KeyError "<fn>(): <what> not found: 5"; returns NULL. */
Object *nss_id_not_found(const char *fn, const char *what, int64_t id);
/* A list of the entries next() returns (new references) until it returns
 * None (immortal, not counted); NULL when next() fails.  Opening and
 * closing the database around it are the caller's. */
Object *nss_list_all(Object *(*next)(void));

#endif
