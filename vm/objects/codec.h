/* vm/objects/codec.h — the text encodings str and bytes convert through.
 *
 * UTF-8, ASCII and Latin-1 under CPython's names and aliases, with its
 * error handlers: strict, ignore, replace, backslashreplace, and
 * xmlcharrefreplace when encoding.  As in CPython, a handler is looked up
 * only when an error needs it, so an unknown one passes on clean text.
 */
#ifndef GILKIT_VM_CODEC_H
#define GILKIT_VM_CODEC_H

#include <stddef.h>

#include "vm/objects/object.h"

/* str -> bytes.  encoding and errors may be NULL (utf-8, strict); fn names
 * the caller in a TypeError ("encode"). */
Object *codec_encode(const char *fn, Object *s, Object *encoding, Object *errors);
/* The code points in valid UTF-8 s[0, n); else (size_t)-1 with CPython's
 * UnicodeDecodeError. */
size_t codec_utf8_count(const char *s, size_t n);
/* bytes -> str, as codec_encode. */
Object *codec_decode(const char *fn, const unsigned char *p, size_t n, Object *encoding,
                     Object *errors);

#endif
