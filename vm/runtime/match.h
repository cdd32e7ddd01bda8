/* vm/runtime/match.h — what the match statement's instructions ask of objects.
 *
 * python3's rules (PEP 634): which subjects a sequence or mapping pattern
 * takes, how a mapping pattern reads its keys, and how a class pattern
 * reads attributes through __match_args__.  Each returns a new reference,
 * or NULL with an exception set.
 */
#ifndef GILKIT_VM_MATCH_H
#define GILKIT_VM_MATCH_H

#include "vm/objects/object.h"

Object *match_len(Object *subject);          /* GET_LEN: len() as an int */
Object *match_is_sequence(Object *subject);  /* MATCH_SEQUENCE: a bool */
Object *match_is_mapping(Object *subject);   /* MATCH_MAPPING: a bool */
/* MATCH_KEYS: a tuple of subject's values at keys (a tuple), or None when
 * one is missing. */
Object *match_keys(Object *subject, Object *keys);
/* COPY_DICT_WITHOUT_KEYS: a dict of subject's items but keys'. */
Object *match_rest(Object *subject, Object *keys);
/* MATCH_CLASS: a tuple of the npos positional attributes (named by cls's
 * __match_args__) then the keyword ones (names, a tuple), or None when
 * subject is not a cls or lacks one of them. */
Object *match_class(Object *subject, Object *cls, size_t npos, Object *names);

#endif
