/* vm/modules/mod_binascii.c — the `binascii` module's hex conversions and
 * crc32 (zlib's), with binascii.Error (a ValueError) as CPython's. */
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

static int hexval(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
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
        int hi = hexval(p[i]), lo = hexval(p[i + 1]);
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
              add_obj(m, "crc32", builtin_new("crc32", ba_crc32, NULL)) < 0;
    XDECREF(err);
    if (bad) {
        XDECREF(m);
        return NULL;
    }
    return m;
}
