/* vm/modules/mod__odict.c — the `_odict` module: what collections.OrderedDict
 * (vm/lib/collections) needs from the dict it is built on.
 *
 *   move_to_front(d, key)   key becomes the first in d's insertion order,
 *                           amortised O(1) (dict_move_to_front); KeyError
 *                           when absent: move_to_end(key, last=False)
 */
#include "vm/runtime/module.h"

static Object *odict_move_to_front(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const names[] = { "d", "key", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("move_to_front", args, nargs, kw, 2, names, v) < 0)
        return NULL;
    if (!obj_isinstance_type(v[0], &DictType)) {
        exc_set(ExcTypeError, "move_to_front() argument 1 must be dict, not %s", v[0]->type->name);
        return NULL;
    }
    return dict_move_to_front(v[0], v[1]) < 0 ? NULL : none_new();
}

Object *mod__odict_init(void)
{
    Object *m = module_new("_odict", NULL);
    if (m && module_add_func(m, "move_to_front", odict_move_to_front) < 0)
        SETREF(m, NULL);
    return m;
}
