/* tests/unit/test_objects.c — the object layer through its C API: the
 * small-int cache and allocation accounting, an int growing past a word and Python's
 * division signs, str validation and interning, containers, exceptions and
 * their messages, formatting; and no object left alive at the end. */
#include "vm/modules/builtins.h"
#include "vm/objects/gc.h"
#include "vm/objects/object.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "tests/unit/check.h"

/* str(o) compared with want; consumes o. */
static void expect_str(Object *o, const char *want, int line)
{
    Object *s = o ? obj_str(o) : NULL;
    if (!s || strcmp(str_utf8(s), want) != 0) {
        failures++;
        printf("FAIL line %d: got '%s', want '%s'\n", line, s ? str_utf8(s) : "(error)", want);
    }
    if (!o)
        exc_clear();
    XDECREF(s);
    XDECREF(o);
}
#define EXPECT_STR(o, want) expect_str((o), (want), __LINE__)

/* The pending exception has class t and str(e) == msg; clears it. */
static void expect_exc(Type *t, const char *msg, int line)
{
    Object *e = exc_fetch();
    Object *s = e ? obj_str(e) : NULL;
    if (!e || e->type != t || !s || strcmp(str_utf8(s), msg) != 0) {
        failures++;
        printf("FAIL line %d: want %s('%s'), got %s('%s')\n", line, t->name, msg,
               e ? e->type->name : "nothing", s ? str_utf8(s) : "");
    }
    XDECREF(s);
    XDECREF(e);
}
#define EXPECT_EXC(t, msg) expect_exc((t), (msg), __LINE__)

static void test_ints(void)
{
    Object *a = int_from_i64(7), *b = int_from_i64(7);
    CHECK(a == b, "small ints are shared");
    uint64_t live = obj_live(), alloc = obj_stats.allocated;
    Object *big = int_from_i64(1000000);
    CHECK(obj_live() == live + 1 && obj_stats.allocated == alloc + 1, "a big int is counted");
    DECREF(big);
    CHECK(obj_live() == live, "and uncounted when freed");
    Object *max = int_from_i64(INT64_MAX), *one = int_from_i64(1);
    EXPECT_STR(obj_binop(max, one, BIN_ADD), "9223372036854775808");
    DECREF(max);
    Object *m7 = int_from_i64(-7), *two = int_from_i64(2), *zero = int_from_i64(0);
    EXPECT_STR(obj_binop(m7, two, BIN_FLOORDIV), "-4");
    EXPECT_STR(obj_binop(m7, two, BIN_MOD), "1");
    EXPECT_STR(obj_binop(m7, two, BIN_TRUEDIV), "-3.5");
    EXPECT_STR(obj_binop(two, m7, BIN_POW), "0.0078125");
    CHECK(obj_binop(one, zero, BIN_FLOORDIV) == NULL, "1 // 0");
    EXPECT_EXC(ExcZeroDivisionError, "integer division or modulo by zero");
    CHECK(obj_binop(one, zero, BIN_TRUEDIV) == NULL, "1 / 0");
    EXPECT_EXC(ExcZeroDivisionError, "division by zero");
    Object *f = float_from_double(2.0);
    CHECK(obj_richcompare_bool(two, f, CMP_EQ) == 1 && obj_hash(two) == obj_hash(f),
          "2 == 2.0 and hash alike");
    CHECK(obj_richcompare_bool(TrueObj, one, CMP_EQ) == 1 && obj_hash(TrueObj) == 1, "True == 1");
    DECREF(f);
    DECREF(m7);
    EXPECT_STR(int_from_string(" -0x1f ", 7, 16), "-31");
    CHECK(int_from_string("12a", 3, 10) == NULL, "bad literal");
    EXPECT_EXC(ExcValueError, "invalid literal for int() with base 10: '12a'");
}

static void test_strings(void)
{
    Object *s = str_from_utf8("h\xc3\xa9llo", 6);
    CHECK(s && obj_len(s) == 5, "len counts code points");
    Object *k = int_from_i64(1);
    EXPECT_STR(obj_getitem(s, k), "\xc3\xa9");
    EXPECT_STR(obj_repr(s), "'h\xc3\xa9llo'");
    XDECREF(s);
    CHECK(str_from_utf8("\xff", 1) == NULL, "invalid UTF-8");
    EXPECT_EXC(ExcUnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    CHECK(str_intern("name") == str_intern("name"), "interned strings are one object");
    Object *q = str_from_cstr("it's");
    EXPECT_STR(obj_repr(q), "\"it's\"");
    Object *sep = str_from_cstr(", ");
    Object *parts = tuple_pack(2, q, q);
    EXPECT_STR(str_join(sep, parts), "it's, it's");
    DECREF(parts);
    DECREF(sep);
    Object *up = obj_call_method(q, "upper", NULL, 0);
    EXPECT_STR(up, "IT'S");
    DECREF(q);
}

static void test_containers(void)
{
    Object *l = list_new(0);
    Object *one = int_from_i64(1);
    list_append(l, one);
    list_append(l, l); /* contains itself */
    EXPECT_STR(obj_repr(l), "[1, [...]]");
    Object *r = obj_call_method(l, "pop", NULL, 0);
    CHECK(r == l, "pop returns the last item");
    DECREF(r);
    Object *idx = int_from_i64(5);
    CHECK(obj_getitem(l, idx) == NULL, "index out of range");
    EXPECT_EXC(ExcIndexError, "list index out of range");
    DECREF(l);
    Object *d = dict_new(), *key = str_from_cstr("k");
    CHECK(obj_getitem(d, key) == NULL, "missing key");
    EXPECT_EXC(ExcKeyError, "'k'");
    Object *lst = list_new(0);
    CHECK(obj_setitem(d, lst, one) < 0, "unhashable key");
    EXPECT_EXC(ExcTypeError, "unhashable type: 'list'");
    DECREF(lst);
    DECREF(key);
    DECREF(d);
    Object *t = tuple_pack(1, one);
    EXPECT_STR(obj_repr(t), "(1,)");
    DECREF(t);
}

static void test_exceptions(void)
{
    exc_set(ExcValueError, "bad %d", 3);
    Object *e = exc_occurred();
    CHECK(e && exc_matches(e, (Object *)ExcException), "ValueError is an Exception");
    Object *tup = tuple_pack(2, (Object *)ExcKeyError, (Object *)ExcValueError);
    CHECK(exc_matches(e, tup), "matches a tuple of classes");
    DECREF(tup);
    EXPECT_EXC(ExcValueError, "bad 3");
    exc_set_oserror(ENOENT);
    EXPECT_EXC(ExcFileNotFoundError, "[Errno 2] No such file or directory");
    exc_nomemory();
    EXPECT_EXC(ExcMemoryError, "");
    exc_set_syntax(ExcSyntaxError, "x.py", 3, 5, "a b", "invalid syntax");
    EXPECT_EXC(ExcSyntaxError, "invalid syntax (x.py, line 3)");
    Object *msg = str_from_cstr("m");
    Object *ke = exc_new(ExcKeyError, &msg, 1);
    EXPECT_STR(obj_repr(ke), "KeyError('m')");
    DECREF(ke);
    DECREF(msg);
}

static void test_format(void)
{
    Object *pi = float_from_double(3.14159), *n = int_from_i64(255);
    Object *spec = str_from_cstr("08.3f");
    EXPECT_STR(format_value(pi, spec), "0003.142");
    DECREF(spec);
    spec = str_from_cstr("#x");
    EXPECT_STR(format_value(n, spec), "0xff");
    DECREF(spec);
    Object *fmt = str_from_cstr("%5.1f|%-4d|%s");
    Object *args = tuple_pack(3, pi, n, n);
    EXPECT_STR(format_percent(fmt, args), "  3.1|255 |255");
    DECREF(args);
    CHECK(format_percent(fmt, n) == NULL, "too few arguments");
    EXPECT_EXC(ExcTypeError, "not enough arguments for format string");
    DECREF(fmt);
    DECREF(pi);
    DECREF(n);
}

static void test_builtins(void)
{
    Object *b = builtins_dict_new();
    CHECK(b && dict_get_str(b, "len") && dict_get_str(b, "ValueError") == (Object *)ExcValueError &&
          dict_get_str(b, "object") == (Object *)&ObjectType, "builtins namespace");
    if (!b)
        return;
    Object *len = dict_get_str(b, "len");
    EXPECT_STR(obj_repr(len), "<built-in function len>");
    Object *s = str_from_cstr("abc");
    EXPECT_STR(obj_call(len, &s, 1, NULL), "3");
    Object *sorted = dict_get_str(b, "sorted"), *lst = list_new(0);
    for (int i = 3; i > 0; i--) {
        Object *v = int_from_i64(i);
        list_append(lst, v);
    }
    EXPECT_STR(obj_call(sorted, &lst, 1, NULL), "[1, 2, 3]");
    DECREF(lst);
    DECREF(s);
    DECREF(b);
}

int main(void)
{
    uint64_t live = obj_live();
    test_ints();
    test_strings();
    test_containers();
    test_exceptions();
    test_format();
    test_builtins();
    CHECK(!exc_occurred(), "no exception left pending");
    /* builtins' ExceptionGroup is a class (it has two bases): the collector
     * frees it (a class refers to itself through its MRO), and type_fini
     * the weak references its bases keep for __subclasses__ */
    gc_collect(2);
    type_fini();
    CHECK(obj_live() == live, "%lld objects leaked", (long long)(obj_live() - live));
    return check_done("test_objects");
}
