/* vm/modules/mod__traceback.c — the `_traceback` module: what the traceback,
 * warnings and logging modules (vm/lib) need from the VM.
 *
 *   format(exc, chain=True)  the report gilvm prints for an uncaught exc,
 *                            as a str (traceback_format), so format_exc and
 *                            print_exc say exactly what the VM says
 *   caller(depth)            (filename, lineno, function name, module
 *                            name) of the Python
 *                            frame `depth` calls out from the one calling
 *                            caller() (0: that one), or None past the
 *                            outermost: warnings' stacklevel, logging's
 *                            funcName.  A running frame's line is that of the
 *                            call it is making (eval.c keeps lasti there).
 */
#include "vm/objects/code.h"
#include "vm/objects/traceback.h"
#include "vm/runtime/frame.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

static Object *tb_format(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const names[] = { "exc", "chain", NULL };
    Object *v[2] = { NULL, NULL };
    if (args_parse("format", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    if (!(v[0]->type->flags & TYPE_EXC)) {
        exc_set(ExcTypeError, "format() argument must be an exception, not %s", v[0]->type->name);
        return NULL;
    }
    int chain = v[1] ? obj_truth(v[1]) : 1;
    return chain < 0 ? NULL : traceback_format(v[0], chain);
}

static Object *tb_caller(Object *self, Object *const *args, size_t nargs, Object *kw)
{
    (void)self;
    static const char *const names[] = { "depth", NULL };
    Object *v[1] = { NULL };
    if (args_parse("caller", args, nargs, kw, 1, names, v) < 0)
        return NULL;
    int64_t depth;
    if (int_as_i64(v[0], &depth) < 0)
        return NULL;
    const Frame *f = vm_tstate->frame;
    for (; f && depth > 0; depth--)
        f = f->back;
    if (!f || depth < 0)
        return none_new();
    Object *line = int_from_i64(code_addr2line(f->co, f->lasti * 2));
    if (!line)
        return NULL;
    Object *mod = f->globals ? dict_get_str(f->globals, "__name__") : NULL;
    Object *r = tuple_pack(4, f->co->filename, line, f->co->name, mod ? mod : None);
    DECREF(line);
    return r;
}

Object *mod__traceback_init(void)
{
    Object *m = module_new("_traceback", NULL);
    if (m && (module_add_func(m, "format", tb_format) < 0 ||
              module_add_func(m, "caller", tb_caller) < 0))
        SETREF(m, NULL);
    return m;
}
