/* vm/modules/mod_dis.c — the `dis` module: dis.dis(function or code object),
 * and, as in CPython, every name of the `opcode` module (opname, opmap,
 * stack_effect, ...). */
#include <stdio.h>
#include <string.h>

#include "vm/runtime/dis.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/module.h"

static Object *dis_dis(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    if (kw || nargs != 1) {
        exc_set(ExcTypeError, "dis() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    Object *x = args[0];
    if (obj_is(x, &MethodType)) {
        Object *f = obj_getattr_str(x, "__func__");
        if (!f)
            return NULL;
        Object *r = dis_dis(self, &f, 1, NULL);
        DECREF(f);
        return r;
    }
    if (obj_is(x, &FunctionType))
        x = ((FunctionObject *)x)->code;
    if (!obj_is(x, &CodeType)) {
        exc_set(ExcTypeError, "don't know how to disassemble %s objects", x->type->name);
        return NULL;
    }
    if (dis_code(stdout, x) < 0)
        return NULL;
    return none_new();
}

Object *mod_dis_init(void)
{
    Object *m = module_new("dis", NULL);
    Object *name = m ? str_from_cstr("opcode") : NULL;
    Object *opcode = name ? module_builtin(name) : NULL;
    bool ok = opcode && module_add_func(m, "dis", dis_dis) == 0;
    Object *k, *v;
    for (size_t pos = 0; ok && dict_next(module_dict(opcode), &pos, &k, &v);)
        ok = strncmp(str_utf8(k), "__", 2) == 0 || dict_set(module_dict(m), k, v) == 0;
    XDECREF(opcode);
    XDECREF(name);
    if (!ok)
        SETREF(m, NULL);
    return m;
}
