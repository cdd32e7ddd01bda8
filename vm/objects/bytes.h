/* vm/objects/bytes.h — the methods bytes and bytearray share (one
 * implementation in vm/objects/bytes.c over the instance's bytes).  A
 * method that makes a byte string makes one of its instance's kind. */
#ifndef GILKIT_VM_BYTES_H
#define GILKIT_VM_BYTES_H

#include "vm/objects/object.h"

#define BYTES_SHARED_METHODS                                               \
    { "decode", bytes_m_decode, NULL }, { "hex", bytes_m_hex, NULL },      \
    { "startswith", bytes_m_startswith, NULL },                            \
    { "endswith", bytes_m_endswith, NULL }, { "find", bytes_m_find, NULL }, \
    { "join", bytes_m_join, NULL }, { "rfind", bytes_m_rfind, NULL },      \
    { "index", bytes_m_index, NULL }, { "rindex", bytes_m_rindex, NULL },  \
    { "count", bytes_m_count, NULL }, { "split", bytes_m_split, NULL },    \
    { "strip", bytes_m_strip, NULL }, { "lstrip", bytes_m_lstrip, NULL },  \
    { "rstrip", bytes_m_rstrip, NULL }, { "replace", bytes_m_replace, NULL }, \
    { "upper", bytes_m_upper, NULL }, { "lower", bytes_m_lower, NULL }

Object *bytes_m_decode(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_hex(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_startswith(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_endswith(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_find(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_join(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_rfind(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_index(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_rindex(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_count(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_split(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_strip(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_lstrip(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_rstrip(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_replace(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_upper(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_lower(Object *c, Object *const *args, size_t nargs, Object *kw);
/* A classmethod: bytes.fromhex / bytearray.fromhex. */
Object *bytes_m_fromhex(Object *c, Object *const *args, size_t nargs, Object *kw);
/* repr's body b'...' of n bytes, appended to s; the quote is the one
 * bytes' repr picks, and a ' is escaped always when escape_squote (as
 * CPython's bytearray repr does) else only when it is the quote. */
void bytes_repr_into(StrBuf *s, const unsigned char *p, size_t n, bool escape_squote);

#endif
