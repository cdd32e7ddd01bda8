/* vm/objects/utf8.h — the UTF-8 steps str, its codecs and files share.
 *
 * A str's bytes are valid UTF-8 (checked when it is made), so these trust
 * their input: utf8_len of a byte that cannot start a sequence is 0, and
 * only the checker (codec.c) looks at such bytes.
 */
#ifndef GILKIT_VM_UTF8_H
#define GILKIT_VM_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length of the UTF-8 sequence starting with byte c (0 = invalid lead). */
static inline int utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xc2 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : c < 0xf5 ? 4 : 0;
}

/* Code points in n bytes of valid UTF-8: the bytes that are not
 * continuation bytes. */
static inline size_t utf8_count(const char *p, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)p[i] & 0xc0) != 0x80;
    return k;
}

/* The code point at p (valid UTF-8); its length in *len. */
static inline uint32_t utf8_decode_at(const char *p, int *len)
{
    unsigned char c = (unsigned char)p[0];
    int k = utf8_len(c);
    *len = k;
    if (k == 1)
        return c;
    uint32_t v = c & (0x7f >> k);
    for (int i = 1; i < k; i++)
        v = (v << 6) | ((unsigned char)p[i] & 0x3f);
    return v;
}

/* Writes c's UTF-8 (1 to 4 bytes) to out; returns how many. */
static inline size_t utf8_encode(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

#endif
