/* vm/objects/codecerr.h — the error handlers the codecs call.
 *
 * The built-in handlers (strict, ignore, replace, backslashreplace,
 * xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) are
 * answered here without an exception object; any other name is looked up
 * in the registry codecs.register_error fills and called as CPython calls
 * it: with the UnicodeEncodeError or UnicodeDecodeError, returning
 * (replacement, new position).  The handler is found only when an error
 * needs it, so an unknown name passes on clean input.
 */
#ifndef GILKIT_VM_CODECERR_H
#define GILKIT_VM_CODECERR_H

#include <stddef.h>

#include "vm/objects/object.h"

/* What to put for s's code points [start, end) that codec (named as its
 * errors print it) cannot encode: *rep a new str for the codec to encode,
 * or bytes to put as they are; the next code point in *newpos.  -1 with
 * the handler's exception.  errors NULL is strict. */
int codecerr_encode(const char *codec, Object *errors, Object *s, size_t start, size_t end,
                    const char *reason, Object **rep, size_t *newpos);
/* Appends to out (UTF-8, lone surrogates allowed) what to put for the bytes
 * p[start, end) of n that codec cannot decode; the next byte in *newpos. */
int codecerr_decode(const char *codec, Object *errors, const unsigned char *p, size_t n,
                    size_t start, size_t end, const char *reason, StrBuf *out, size_t *newpos);
/* The UnicodeEncodeError or UnicodeDecodeError strict raises. */
void codecerr_raise(Type *kind, const char *codec, Object *obj, size_t start, size_t end,
                    const char *reason);

/* codecs.register_error(name, fn) and lookup_error(name) for names that are
 * not built in (new reference; LookupError when none). */
int codecerr_register(Object *name, Object *fn);
Object *codecerr_lookup(Object *name);
/* The built-in handler `name` applied to exc, as codecs.lookup_error(name)(exc):
 * (replacement, new position), or the exception it raises. */
Object *codecerr_apply(const char *name, Object *exc);
bool codecerr_is_builtin(const char *name);
/* Drops the registered handlers at exit. */
void codecerr_fini(void);

#endif
