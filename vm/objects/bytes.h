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
    { "upper", bytes_m_upper, NULL }, { "lower", bytes_m_lower, NULL },    \
    { "rsplit", bytes_m_rsplit, NULL },                                    \
    { "splitlines", bytes_m_splitlines, NULL },                            \
    { "partition", bytes_m_partition, NULL },                              \
    { "rpartition", bytes_m_rpartition, NULL },                            \
    { "removeprefix", bytes_m_removeprefix, NULL },                        \
    { "removesuffix", bytes_m_removesuffix, NULL },                        \
    { "swapcase", bytes_m_swapcase, NULL }, { "title", bytes_m_title, NULL }, \
    { "capitalize", bytes_m_capitalize, NULL },                            \
    { "isalnum", bytes_m_isalnum, NULL }, { "isalpha", bytes_m_isalpha, NULL }, \
    { "isdigit", bytes_m_isdigit, NULL }, { "isspace", bytes_m_isspace, NULL }, \
    { "isascii", bytes_m_isascii, NULL }, { "islower", bytes_m_islower, NULL }, \
    { "isupper", bytes_m_isupper, NULL }, { "istitle", bytes_m_istitle, NULL }, \
    { "ljust", bytes_m_ljust, NULL }, { "rjust", bytes_m_rjust, NULL },    \
    { "center", bytes_m_center, NULL }, { "zfill", bytes_m_zfill, NULL },  \
    { "expandtabs", bytes_m_expandtabs, NULL },                            \
    { "translate", bytes_m_translate, NULL }

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
Object *bytes_m_rsplit(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_splitlines(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_partition(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_rpartition(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_removeprefix(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_removesuffix(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_swapcase(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_title(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_capitalize(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_isalnum(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_isalpha(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_isdigit(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_isspace(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_isascii(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_islower(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_isupper(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_istitle(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_ljust(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_rjust(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_center(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_zfill(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_expandtabs(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_translate(Object *c, Object *const *args, size_t nargs, Object *kw);
/* Classmethods: bytes.fromhex / bytearray.fromhex, and maketrans (a
 * staticmethod in CPython). */
Object *bytes_m_fromhex(Object *c, Object *const *args, size_t nargs, Object *kw);
Object *bytes_m_maketrans(Object *c, Object *const *args, size_t nargs, Object *kw);
/* repr's body b'...' of n bytes, appended to s; the quote is the one
 * bytes' repr picks, and a ' is escaped always when escape_squote (as
 * CPython's bytearray repr does) else only when it is the quote. */
void bytes_repr_into(StrBuf *s, const unsigned char *p, size_t n, bool escape_squote);

#endif
