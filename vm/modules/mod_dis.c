/* vm/modules/mod_dis.c — the `dis` module: dis.dis(function or code object). */
#include <stdio.h>

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
    if (m && module_add_func(m, "dis", dis_dis) < 0)
        SETREF(m, NULL);
    return m;
}
