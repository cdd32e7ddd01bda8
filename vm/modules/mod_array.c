/* vm/modules/mod_array.c — the `array` module: the array type
 * (vm/objects/array.c) and its typecodes. */
#include "vm/objects/array.h"
#include "vm/runtime/module.h"

Object *mod_array_init(void)
{
    Object *m = module_new("array", NULL);
    Object *codes = str_from_cstr(array_typecodes);
    if (!m || !codes || module_add(m, "array", (Object *)&ArrayType) < 0 ||
        module_add(m, "ArrayType", (Object *)&ArrayType) < 0 ||
        module_add(m, "typecodes", codes) < 0) {
        XDECREF(codes);
        XDECREF(m);
        return NULL;
    }
    DECREF(codes);
    return m;
}
