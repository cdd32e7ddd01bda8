/* vm/modules/mod_binascii.c — the `binascii` module's hex and base64
 * conversions and crc32 (zlib's), with binascii.Error (a ValueError) as
 * CPython's. */
#include <stdlib.h>
#include <zlib.h>

#include "vm/objects/buffer.h"
#include "vm/runtime/module.h"

static Object *as_bytes(Object *s)   /* steals an ASCII str */
{
    Object *b = s ? bytes_from(str_utf8(s), str_nbytes(s)) : NULL;
    XDECREF(s);
    return b;
}

static int data_arg(Object *o, const unsigned char **p, size_t *n, bool ascii_str_ok)
{
    if (buffer_check(o))
        return buffer_peek(o, p, n);
    if (ascii_str_ok && obj_isinstance_type(o, &StrType)) {
        if (!str_is_ascii(o)) {
            exc_set(ExcValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *p = (const unsigned char *)str_utf8(o);
        *n = str_nbytes(o);
        return 0;
    }
    if (ascii_str_ok)
        exc_set(ExcTypeError, "argument should be bytes, buffer or ASCII string, not '%s'", o->type->name);
    else
        exc_set(ExcTypeError, "a bytes-like object is required, not '%s'", o->type->name);
    return -1;
}

static Object *ba_hexlify(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "sep", "bytes_per_sep", NULL };
    Object *a[3];
    const unsigned char *p;
    size_t n;
    int64_t per = 1;
    if (args_parse("hexlify", args, nargs, kw, 1, names, a) < 0 || data_arg(a[0], &p, &n, false) < 0 ||
        (a[2] && int_as_i64(a[2], &per) < 0))
        return NULL;
    return as_bytes(bytes_hex(p, n, a[1], per));
}

static Object *ba_unhexlify(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "hexstr", NULL };
    Object *a[1];
    const unsigned char *p;
    size_t n;
    if (args_parse("unhexlify", args, nargs, kw, 1, names, a) < 0 || data_arg(a[0], &p, &n, true) < 0)
        return NULL;
    if (n % 2) {
        exc_set((Type *)builtin_self(f), "Odd-length string");
        return NULL;
    }
    unsigned char *out = malloc(n / 2 + 1);
    if (!out) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < n; i += 2) {
        int hi = hex_digit_value(p[i]), lo = hex_digit_value(p[i + 1]);
        if (hi < 0 || lo < 0) {
            free(out);
            exc_set((Type *)builtin_self(f), "Non-hexadecimal digit found");
            return NULL;
        }
        out[i / 2] = (unsigned char)(hi << 4 | lo);
    }
    Object *r = bytes_from(out, n / 2);
    free(out);
    return r;
}

static const char b64_alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 :
           c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* Keyword-only arguments after the data: at most one positional one. */
static int one_positional(const char *fname, size_t nargs, Object *kw)
{
    size_t npos = nargs - (kw ? tuple_len(kw) : 0);
    if (npos <= 1)
        return 0;
    exc_set(ExcTypeError, "%s() takes exactly 1 positional argument (%zu given)", fname, npos);
    return -1;
}

static Object *ba_b2a_base64(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "newline", NULL };
    Object *a[2];
    const unsigned char *p;
    size_t n;
    int newline = 1;
    if (one_positional("b2a_base64", nargs, kw) < 0 ||
        args_parse("b2a_base64", args, nargs, kw, 1, names, a) < 0 || data_arg(a[0], &p, &n, false) < 0 ||
        (a[1] && (newline = obj_truth(a[1])) < 0))
        return NULL;
    unsigned char *out = malloc((n + 2) / 3 * 4 + 1), *o = out;
    if (!out) {
        exc_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < n; i += 3) {
        size_t k = n - i < 3 ? n - i : 3;
        uint32_t v = (uint32_t)p[i] << 16 | (k > 1 ? (uint32_t)p[i + 1] << 8 : 0) | (k > 2 ? p[i + 2] : 0);
        *o++ = (unsigned char)b64_alphabet[v >> 18];
        *o++ = (unsigned char)b64_alphabet[v >> 12 & 63];
        *o++ = k > 1 ? (unsigned char)b64_alphabet[v >> 6 & 63] : '=';
        *o++ = k > 2 ? (unsigned char)b64_alphabet[v & 63] : '=';
    }
    if (newline)
        *o++ = '\n';
    Object *r = bytes_from(out, (size_t)(o - out));
    free(out);
    return r;
}

/* The rules of CPython's a2b_base64: characters outside the alphabet are
 * skipped (an error in strict mode); "=" ends the data once it completes a
 * quad; a quad left with one character or unpadded is an error. */
static const char *b64_decode(const unsigned char *p, size_t n, bool strict, unsigned char *out,
                              size_t *outlen)
{
    unsigned quad = 0, pads = 0;
    uint32_t acc = 0;
    bool padding = false;
    size_t o = 0;
    if (strict && n > 0 && p[0] == '=')
        return "Leading padding not allowed";
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '=') {
            padding = true;
            if (strict && quad == 0)
                return "Excess padding not allowed";
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n)
                    return "Excess data after padding";
                *outlen = o;
                return NULL;
            }
            continue;
        }
        int v = b64val(p[i]);
        if (v < 0) {
            if (strict)
                return "Only base64 data is allowed";
            continue;
        }
        if (strict && padding)
            return "Discontinuous padding not allowed";
        pads = 0;
        acc = acc << 6 | (uint32_t)v;
        if (quad > 0)
            out[o++] = (unsigned char)(acc >> (6 - 2 * quad) & 0xff);
        quad = (quad + 1) % 4;
    }
    *outlen = o;
    if (quad == 0)
        return NULL;
    return quad == 1 ? "" : "Incorrect padding";
}

static Object *ba_a2b_base64(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "strict_mode", NULL };
    Object *a[2];
    const unsigned char *p;
    size_t n, len = 0;
    int strict = 0;
    if (one_positional("a2b_base64", nargs, kw) < 0 ||
        args_parse("a2b_base64", args, nargs, kw, 1, names, a) < 0 || data_arg(a[0], &p, &n, true) < 0 ||
        (a[1] && (strict = obj_truth(a[1])) < 0))
        return NULL;
    unsigned char *out = malloc(n / 4 * 3 + 3);
    if (!out) {
        exc_nomemory();
        return NULL;
    }
    const char *err = b64_decode(p, n, strict, out, &len);
    Object *r = NULL;
    if (err && !*err)
        exc_set((Type *)builtin_self(f), "Invalid base64-encoded string: number of data characters "
                "(%zu) cannot be 1 more than a multiple of 4", len / 3 * 4 + 1);
    else if (err)
        exc_set((Type *)builtin_self(f), "%s", err);
    else
        r = bytes_from(out, len);
    free(out);
    return r;
}

static Object *ba_crc32(Object *f, Object *const *args, size_t nargs, Object *kw)
{
    static const char *const names[] = { "data", "crc", NULL };
    Object *a[2];
    const unsigned char *p;
    size_t n;
    int64_t start = 0;
    if (args_parse("crc32", args, nargs, kw, 1, names, a) < 0 || data_arg(a[0], &p, &n, false) < 0)
        return NULL;
    if (a[1] && int_as_i64(a[1], &start) < 0)
        return NULL;
    uLong v = (uLong)((uint64_t)start & 0xffffffffu);
    for (; n > 0x40000000u; p += 0x40000000u, n -= 0x40000000u)
        v = crc32(v, p, 0x40000000u);
    return int_from_i64((int64_t)(crc32(v, p, (uInt)n) & 0xffffffffu));
}

static int add_obj(Object *m, const char *name, Object *v)   /* steals v */
{
    int r = v ? module_add(m, name, v) : -1;
    XDECREF(v);
    return r;
}

Object *mod_binascii_init(void)
{
    Object *m = module_new("binascii", NULL);
    Object *err = m ? (Object *)type_new_module_class("binascii", "Error", ExcValueError) : NULL;
    int bad = !err || module_add(m, "Error", err) < 0 ||
              add_obj(m, "Incomplete",
                      (Object *)type_new_module_class("binascii", "Incomplete", ExcException)) < 0 ||
              add_obj(m, "hexlify", builtin_new("hexlify", ba_hexlify, NULL)) < 0 ||
              add_obj(m, "b2a_hex", builtin_new("b2a_hex", ba_hexlify, NULL)) < 0 ||
              add_obj(m, "unhexlify", builtin_new("unhexlify", ba_unhexlify, err)) < 0 ||
              add_obj(m, "a2b_hex", builtin_new("a2b_hex", ba_unhexlify, err)) < 0 ||
              add_obj(m, "b2a_base64", builtin_new("b2a_base64", ba_b2a_base64, NULL)) < 0 ||
              add_obj(m, "a2b_base64", builtin_new("a2b_base64", ba_a2b_base64, err)) < 0 ||
              add_obj(m, "crc32", builtin_new("crc32", ba_crc32, NULL)) < 0;
    XDECREF(err);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
