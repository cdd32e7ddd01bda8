/* tests/unit/test_compile.c — compile_source as CPython 3.8 compiles:
 * code object fields (flags, stack size, tables, line table), the
 * disassembly, and SyntaxError positions and wording. */
#include "vm/objects/code.h"
#include "vm/compiler/compile.h"
#include "vm/runtime/dis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tests/unit/check.h"

static Object *compile(const char *src)
{
    Object *co = compile_source(src, strlen(src), "x.py", COMPILE_FILE);
    if (!co) {
        Object *e = exc_fetch();
        Object *r = e ? obj_repr(e) : NULL;
        fprintf(stderr, "unexpected compile error: %s\n", r ? str_utf8(r) : "?");
        XDECREF(r);
        XDECREF(e);
    }
    return co;
}

/* The n-th code object among co's constants. */
static CodeObject *nested(Object *co, int n)
{
    Object *consts = ((CodeObject *)co)->consts;
    for (size_t i = 0; i < tuple_len(consts); i++)
        if (obj_is(tuple_get(consts, i), &CodeType) && n-- == 0) return (CodeObject *)tuple_get(consts, i);
    return NULL;
}

static const char *names_joined(Object *tuple, char *buf, size_t cap)
{
    size_t k = 0;
    buf[0] = 0;
    for (size_t i = 0; i < tuple_len(tuple); i++)
        k += (size_t)snprintf(buf + k, cap - k, "%s%s", i ? "," : "", str_utf8(tuple_get(tuple, i)));
    return buf;
}

static void test_countdown(void)
{
    Object *m = compile("def count(n):\n    while n > 0:\n        n -= 1\n    return n\n\ncount(10)\n");
    if (!m) { failures++; return; }
    CodeObject *mod = (CodeObject *)m, *f = nested(m, 0);
    CHECK(mod->flags == CO_NOFREE && mod->stacksize == 2 && mod->firstlineno == 1, "module flags %#x stack %d",
          mod->flags, mod->stacksize);
    CHECK(f && f->argcount == 1 && f->nlocals == 1 && f->stacksize == 2, "count: argc/nlocals/stack");
    if (!f) { failures++; DECREF(m); return; }
    CHECK(f->flags == (CO_OPTIMIZED | CO_NEWLOCALS | CO_NOFREE), "count flags %#x", f->flags);
    const BytesObject *lt = (const BytesObject *)f->lnotab;
    static const unsigned char want_lnotab[] = { 0, 1, 8, 1, 10, 1 };
    CHECK(lt->n == sizeof want_lnotab && memcmp(lt->data, want_lnotab, lt->n) == 0, "count lnotab (%zu bytes)", lt->n);
    CHECK(code_addr2line(f, 0) == 2 && code_addr2line(f, 12) == 3 && code_addr2line(f, 18) == 4 &&
          code_addr2line(f, 20) == 4, "addr2line");
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    CHECK(dis_code(out, (Object *)f) == 0, "dis_code failed");
    fclose(out);
    const char *want =
        "  2     >>    0 LOAD_FAST                0 (n)\n"
        "              2 LOAD_CONST               1 (0)\n"
        "              4 COMPARE_OP               4 (>)\n"
        "              6 POP_JUMP_IF_FALSE       18\n"
        "\n"
        "  3           8 LOAD_FAST                0 (n)\n"
        "             10 LOAD_CONST               2 (1)\n"
        "             12 INPLACE_SUBTRACT\n"
        "             14 STORE_FAST               0 (n)\n"
        "             16 JUMP_ABSOLUTE            0\n"
        "\n"
        "  4     >>   18 LOAD_FAST                0 (n)\n"
        "             20 RETURN_VALUE\n";
    CHECK(text && strcmp(text, want) == 0, "countdown listing:\n%s", text ? text : "(none)");
    free(text);
    Object *r = obj_repr((Object *)f);
    CHECK(r && strncmp(str_utf8(r), "<code object count at 0x", 24) == 0 && strstr(str_utf8(r), ", file \"x.py\", line 1>"),
          "code repr: %s", r ? str_utf8(r) : "?");
    XDECREF(r);
    DECREF(m);
}

static void test_scopes(void)
{
    Object *m = compile("def outer(a, *args, k=1, **kw):\n"
                        "    b = 2\n"
                        "    def inner():\n"
                        "        return a + b\n"
                        "    return inner\n");
    if (!m) { failures++; return; }
    CodeObject *o = nested(m, 0);
    char buf[256];
    CHECK(o->flags == (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS), "outer flags %#x", o->flags);
    CHECK(o->argcount == 1 && o->kwonlyargcount == 1, "outer arg counts");
    CHECK(strcmp(names_joined(o->varnames, buf, sizeof buf), "a,k,args,kw,inner") == 0, "outer varnames %s", buf);
    CHECK(strcmp(names_joined(o->cellvars, buf, sizeof buf), "a,b") == 0, "outer cellvars %s", buf);
    CodeObject *in = nested((Object *)o, 0);
    CHECK(in && in->flags == (CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED), "inner flags %#x", in ? in->flags : 0);
    CHECK(in && strcmp(names_joined(in->freevars, buf, sizeof buf), "a,b") == 0, "inner freevars %s", buf);
    DECREF(m);
}

static void test_consts(void)
{
    /* docstring first in functions; folded constants; peephole tuples appended last */
    Object *m = compile("def f(x=(1, 2)):\n    \"doc\"\n    return -3 * 2, 'ab' * 2\n");
    if (!m) { failures++; return; }
    CodeObject *f = nested(m, 0);
    Object *r = obj_repr(f->consts);
    CHECK(r && strcmp(str_utf8(r), "('doc', (-6, 'abab'))") == 0, "f consts %s", r ? str_utf8(r) : "?");
    XDECREF(r);
    r = obj_repr(((CodeObject *)m)->consts);
    CHECK(r && strncmp(str_utf8(r), "((1, 2), <code object f", 23) == 0 && strstr(str_utf8(r), "'f', None, ((1, 2),))"),
          "module consts %s", r ? str_utf8(r) : "?");
    XDECREF(r);
    DECREF(m);
}

static void expect_error(const char *src, const char *want)
{
    Object *co = compile_source(src, strlen(src), "x.py", COMPILE_FILE);
    Object *e = exc_fetch();
    Object *r = e ? obj_repr(e) : NULL;
    CHECK(!co && r && strcmp(str_utf8(r), want) == 0, "error for %s\n  want %s\n  got  %s", src, want,
          r ? str_utf8(r) : co ? "(compiled)" : "?");
    XDECREF(co);
    XDECREF(r);
    XDECREF(e);
}

int main(void)
{
    test_countdown();
    test_scopes();
    test_consts();
    expect_error("x = = 1\n", "SyntaxError('invalid syntax', ('x.py', 1, 5, 'x = = 1'))");
    expect_error("def f():\nreturn 1\n", "IndentationError('expected an indented block', ('x.py', 2, 1, 'return 1'))");
    expect_error("  x = 1\n", "IndentationError('unexpected indent', ('x.py', 1, 3, '  x = 1'))");
    expect_error("s = 'abc\n", "SyntaxError('EOL while scanning string literal', ('x.py', 1, 8, \"s = 'abc\"))");
    expect_error("1 = x\n", "SyntaxError('cannot assign to literal', ('x.py', 1, 1, '1 = x'))");
    expect_error("f() = 1\n", "SyntaxError('cannot assign to function call', ('x.py', 1, 1, 'f() = 1'))");
    expect_error("return 1\n", "SyntaxError(\"'return' outside function\", ('x.py', 1, 1, 'return 1'))");
    expect_error("while x:\n    pass\nbreak\n", "SyntaxError(\"'break' outside loop\", ('x.py', 3, 1, 'break'))");
    expect_error("x = (1,\n", "SyntaxError('unexpected EOF while parsing', ('x.py', 1, 8, 'x = (1,'))");
    expect_error("def f(a, a): pass\n",
                 "SyntaxError(\"duplicate argument 'a' in function definition\", ('x.py', 1, 10, 'def f(a, a): pass'))");
    expect_error("def f():\n    x = 1\n    global x\n",
                 "SyntaxError(\"name 'x' is assigned to before global declaration\", ('x.py', 3, 5, '    global x'))");
    expect_error("print 'hi'\n",
                 "SyntaxError(\"Missing parentheses in call to 'print'. Did you mean print('hi')?\", "
                 "('x.py', 1, 7, \"print 'hi'\"))");
    expect_error("f(a]\n", "SyntaxError(\"closing parenthesis ']' does not match opening parenthesis '('\", "
                            "('x.py', 1, 4, 'f(a]'))");
    char deep[6400] = "x = ";   /* past CPython 3.11's 3000 levels (3 x the recursion limit) */
    for (int i = 0; i < 3100; i++) strcat(deep, "1+");
    strcat(deep, "1\n");
    Object *co = compile_source(deep, strlen(deep), "x.py", COMPILE_FILE);
    Object *e = exc_fetch();
    CHECK(!co && e && exc_matches(e, (Object *)ExcRecursionError), "deep expression: RecursionError");
    XDECREF(co);
    XDECREF(e);
    return check_done("test_compile");
}
