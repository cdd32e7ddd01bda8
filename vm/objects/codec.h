/* vm/objects/codec.h — the text encodings str and bytes convert through.
 *
 * CPython's codecs under its names and aliases: UTF-8, UTF-8-SIG, UTF-16,
 * UTF-32 (either order), ASCII, Latin-1, and the charsets glibc's iconv
 * has as CPython has them; the error handlers are vm/objects/codecerr.h.
 */
#ifndef GILKIT_VM_CODEC_H
#define GILKIT_VM_CODEC_H

#include <stddef.h>

#include "vm/objects/object.h"

/* str -> bytes, a piece of a longer text: first says it is the first,
 * which a codec with a BOM (utf-16, utf-32, utf-8-sig) begins with. */
Object *codec_encode_part(const char *fn, Object *s, Object *encoding, Object *errors, bool first);
/* str -> bytes.  encoding and errors may be NULL (utf-8, strict); fn names
 * the caller in a TypeError ("encode"). */
Object *codec_encode(const char *fn, Object *s, Object *encoding, Object *errors);
/* The code points in valid UTF-8 s[0, n); else (size_t)-1 with CPython's
 * UnicodeDecodeError. */
size_t codec_utf8_count(const char *s, size_t n);
/* The code points in s[0, n) when it is UTF-8 that may hold encoded lone
 * surrogates (what a str's code points make), else (size_t)-1. */
size_t codec_strbuf_count(const char *s, size_t n);
/* bytes -> str, as codec_encode. */
Object *codec_decode(const char *fn, const unsigned char *p, size_t n, Object *encoding,
                     Object *errors);

/* bytes -> str for an incremental decoder: the bytes read in *used, an
 * unfinished character at the end left unread unless final; *state (0 at
 * first) keeps what a BOM said. */
Object *codec_decode_part(const char *fn, const unsigned char *p, size_t n, Object *encoding,
                          Object *errors, bool final, int *state, size_t *used);
/* The code point of a Unicode character name or alias (any case, as ICU
 * matches: \N{...}, unicodedata.lookup), or -1. */
int32_t codec_char_named(const char *name);
/* codecs.lookup(encoding).name, or LookupError. */
Object *codec_lookup_name(Object *encoding);
/* Closes the iconv descriptors and drops registered error handlers. */
void codec_fini(void);

#endif
