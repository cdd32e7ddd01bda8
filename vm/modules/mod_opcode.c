/* vm/modules/mod_opcode.c — the `opcode` module: CPython 3.8's Lib/opcode.py
 * names (and python3's match and except* instructions, which gilvm compiles to as
 * well), derived from the opcode table (vm/opcode.h) so that a program
 * reading bytecode sees exactly the instruction set gilvm compiles to.
 *
 * opname (256 names, '<N>' for unused numbers), opmap, HAVE_ARGUMENT,
 * EXTENDED_ARG, cmp_op, the has* lists (one per argument kind), and
 * stack_effect(opcode, oparg=None, *, jump=None).
 */
#include <stdio.h>
#include <string.h>

#include "vm/modules/builtins.h"
#include "vm/opcode.h"
#include "vm/runtime/module.h"

/* The list of opcode numbers whose argument is of kind `kind`. */
static Object *opcodes_of_kind(enum OpArgKind kind)
{
    Object *l = list_new(0);
    for (int op = 0; l && op < 256; op++) {
        if (!opcode_info[op].name || opcode_info[op].kind != kind)
            continue;
        Object *n = int_from_i64(op);
        if (!n || list_append(l, n) < 0)
            SETREF(l, NULL);
        XDECREF(n);
    }
    return l;
}

static Object *opname_list(void)
{
    Object *l = list_new(0);
    for (int op = 0; l && op < 256; op++) {
        char unused[8];
        snprintf(unused, sizeof unused, "<%d>", op);
        Object *s = str_from_cstr(opcode_info[op].name ? opcode_info[op].name : unused);
        if (!s || list_append(l, s) < 0)
            SETREF(l, NULL);
        XDECREF(s);
    }
    return l;
}

static Object *opmap_dict(void)
{
    Object *d = dict_new();
    for (int op = 0; d && op < 256; op++) {
        if (!opcode_info[op].name)
            continue;
        Object *n = int_from_i64(op);
        if (!n || dict_set_str(d, opcode_info[op].name, n) < 0)
            SETREF(d, NULL);
        XDECREF(n);
    }
    return d;
}

static Object *cmp_op_tuple(void)
{
    size_t n = sizeof cmp_op_names / sizeof *cmp_op_names;
    Object *t = tuple_new(n);
    for (size_t i = 0; t && i < n; i++) {
        Object *s = str_from_cstr(cmp_op_names[i]);
        if (!s)
            SETREF(t, NULL);
        else
            tuple_set(t, i, s);
    }
    return t;
}

/* stack_effect(opcode, oparg=None, *, jump=None): jump None is the larger
 * of the two branches' effects, as CPython's. */
static Object *opcode_stack_effect_fn(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const names[] = { "opcode", "oparg", "jump", NULL };
    Object *v[3];
    int64_t op, arg = 0;
    if (args_parse("stack_effect", args, nargs, kw, 1, names, v) < 0 || int_as_i64(v[0], &op) < 0)
        return NULL;
    bool has_arg = v[1] && v[1] != None;
    if (op >= OP_HAVE_ARGUMENT && !has_arg) {
        exc_set(ExcValueError, "stack_effect: opcode requires oparg but oparg was not specified");
        return NULL;
    }
    if (op < OP_HAVE_ARGUMENT && has_arg) {
        exc_set(ExcValueError, "stack_effect: opcode does not permit oparg but oparg was specified");
        return NULL;
    }
    if (has_arg && int_as_i64(v[1], &arg) < 0)
        return NULL;
    if (op < 0 || op > 255 || !opcode_info[op].name) {
        exc_set(ExcValueError, "invalid opcode or oparg");
        return NULL;
    }
    int jump = !v[2] || v[2] == None ? -1 : obj_truth(v[2]);
    if (jump == -1 && exc_occurred())
        return NULL;
    int taken = opcode_stack_effect((int)op, (int)arg, 1), not_taken = opcode_stack_effect((int)op, (int)arg, 0);
    return int_from_i64(jump == 1 ? taken : jump == 0 ? not_taken : taken > not_taken ? taken : not_taken);
}

static int add_owned(Object *m, const char *name, Object *value)
{
    int r = value ? module_add(m, name, value) : -1;
    XDECREF(value);
    return r;
}

Object *mod_opcode_init(void)
{
    static const struct { const char *name; enum OpArgKind kind; } kinds[] = {
        { "hasconst", OPK_CONST }, { "hasname", OPK_NAME }, { "hasjrel", OPK_JREL },
        { "hasjabs", OPK_JABS }, { "haslocal", OPK_LOCAL }, { "hascompare", OPK_CMP },
        { "hasfree", OPK_FREE },
    };
    Object *m = module_new("opcode", NULL);
    bool ok = m && add_owned(m, "opname", opname_list()) == 0 && add_owned(m, "opmap", opmap_dict()) == 0 &&
              add_owned(m, "cmp_op", cmp_op_tuple()) == 0 && add_owned(m, "hasnargs", list_new(0)) == 0 &&
              module_add_int(m, "HAVE_ARGUMENT", OP_HAVE_ARGUMENT) == 0 &&
              module_add_int(m, "EXTENDED_ARG", OP_EXTENDED_ARG) == 0 &&
              module_add_func(m, "stack_effect", opcode_stack_effect_fn) == 0;
    for (size_t i = 0; ok && i < sizeof kinds / sizeof *kinds; i++)
        ok = add_owned(m, kinds[i].name, opcodes_of_kind(kinds[i].kind)) == 0;
    if (!ok)
        SETREF(m, NULL);
    return m;
}
