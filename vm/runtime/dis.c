/* vm/runtime/dis.c — CPython 3.8's Lib/dis.py, for code objects.
 *
 * Column layout (Instruction._disassemble): line number (width 3, wider
 * past line 999), a 3-wide current-instruction mark (always blank here),
 * ">>" for jump targets, the offset right-aligned in 4, the opcode name
 * left-aligned in 20, the argument right-aligned in 5, then "(argrepr)";
 * fields joined by one space and the line right-stripped.  Absolute jumps
 * have no argrepr in 3.8; relative ones say "to N".
 */
#include "vm/runtime/dis.h"
#include "vm/objects/code.h"
#include "vm/opcode.h"

#include <stdlib.h>
#include <string.h>

/* Line starts per code unit (0 = none), as dis.findlinestarts. */
static int *line_starts(const CodeObject *co, size_t nunits, int *maxline)
{
    int *starts = calloc(nunits + 1, sizeof *starts);
    if (!starts) return NULL;
    const BytesObject *t = (const BytesObject *)co->lnotab;
    int line = co->firstlineno, last = -1;
    size_t addr = 0;
    *maxline = 0;
    for (size_t i = 0; i + 1 < t->n; i += 2) {
        if (t->data[i]) {
            if (line != last) {
                if (addr / 2 < nunits) starts[addr / 2] = line;
                if (line > *maxline) *maxline = line;
                last = line;
            }
            addr += t->data[i];
        }
        line += (signed char)t->data[i + 1];
    }
    if (line != last) {
        if (addr / 2 < nunits) starts[addr / 2] = line;
        if (line > *maxline) *maxline = line;
    }
    return starts;
}

static int fput_repr(FILE *out, Object *o)
{
    Object *r = obj_repr(o);
    if (!r) return -1;
    fputs(str_utf8(r), out);
    DECREF(r);
    return 0;
}

static const char *tuple_str(Object *t, unsigned i)
{
    return i < tuple_len(t) ? str_utf8(tuple_get(t, i)) : "<?>";
}

/* MAKE_FUNCTION's argument names the extras below the code object, in
 * bit order, as dis.MAKE_FUNCTION_FLAGS does. */
static void make_function_flags(unsigned arg, char *buf, size_t cap)
{
    static const char *const flag[] = { "defaults", "kwdefaults", "annotations", "closure" };
    size_t k = 0;
    for (unsigned i = 0; i < 4 && k < cap; i++)
        if (arg & (1u << i)) k += (size_t)snprintf(buf + k, cap - k, "%s%s", k ? ", " : "", flag[i]);
}

/* The argrepr text of one instruction into buf ("" for none); -1 on error. */
static int argrepr(const CodeObject *co, int op, unsigned arg, size_t offset, char *buf, size_t cap, Object **objrepr)
{
    buf[0] = 0;
    *objrepr = NULL;
    switch (opcode_info[op].kind) {
    case OPK_CONST:
        if (arg < tuple_len(co->consts)) {
            *objrepr = obj_repr(tuple_get(co->consts, arg));
            if (!*objrepr) return -1;
        }
        return 0;
    case OPK_NAME: snprintf(buf, cap, "%s", tuple_str(co->names, arg)); return 0;
    case OPK_LOCAL: snprintf(buf, cap, "%s", tuple_str(co->varnames, arg)); return 0;
    case OPK_FREE: {
        size_t nc = tuple_len(co->cellvars);
        snprintf(buf, cap, "%s", arg < nc ? tuple_str(co->cellvars, arg) : tuple_str(co->freevars, (unsigned)(arg - nc)));
        return 0;
    }
    case OPK_JREL: snprintf(buf, cap, "to %zu", offset + 2 + arg); return 0;
    case OPK_CMP: snprintf(buf, cap, "%s", arg < 12 ? cmp_op_names[arg] : "BAD"); return 0;
    default:
        if (op == OP_FORMAT_VALUE) {
            static const char *const conv[] = { "", "str", "repr", "ascii" };
            snprintf(buf, cap, "%s%s%s", conv[arg & 3], (arg & 4) && (arg & 3) ? ", " : "",
                     (arg & 4) ? "with format" : "");
        } else if (op == OP_MAKE_FUNCTION) {
            make_function_flags(arg, buf, cap);
        }
        return 0;
    }
}

static int disassemble(FILE *out, const CodeObject *co)
{
    const BytesObject *b = (const BytesObject *)co->code;
    size_t n = b->n, nunits = n / 2;
    int maxline;
    int *starts = line_starts(co, nunits, &maxline);
    char *target = calloc(nunits + 1, 1);
    if (!starts || !target) {
        free(starts);
        free(target);
        exc_nomemory();
        return -1;
    }
    unsigned ext = 0;
    for (size_t i = 0; i + 1 < n; i += 2) {
        int op = b->data[i];
        if (op < OP_HAVE_ARGUMENT) { ext = 0; continue; }
        unsigned arg = b->data[i + 1] | ext;
        ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        size_t label;
        if (opcode_info[op].kind == OPK_JREL) label = i + 2 + arg;
        else if (opcode_info[op].kind == OPK_JABS) label = arg;
        else continue;
        if (label / 2 < nunits) target[label / 2] = 1;
    }
    int lw = 3;
    if (maxline >= 1000) lw = snprintf(NULL, 0, "%d", maxline);
    int ow = 4;
    if (n >= 2 && n - 2 >= 10000) ow = snprintf(NULL, 0, "%zu", n - 2);
    ext = 0;
    int rc = 0;
    for (size_t i = 0; i + 1 < n && rc == 0; i += 2) {
        int op = b->data[i];
        int has_arg = op >= OP_HAVE_ARGUMENT;
        unsigned arg = 0;
        if (has_arg) {
            arg = b->data[i + 1] | ext;
            ext = op == OP_EXTENDED_ARG ? arg << 8 : 0;
        }
        int start = starts[i / 2];
        if (start && i > 0) fputc('\n', out);
        char line[512];
        int k = 0;
        if (start) k += snprintf(line + k, sizeof line - (size_t)k, "%*d", lw, start);
        else k += snprintf(line + k, sizeof line - (size_t)k, "%*s", lw, "");
        const char *name = opcode_info[op].name;
        char unknown[16];
        if (!name) { snprintf(unknown, sizeof unknown, "<%d>", op); name = unknown; }
        k += snprintf(line + k, sizeof line - (size_t)k, "     %s %*zu %-20s", target[i / 2] ? ">>" : "  ", ow, i, name);
        char ar[300];
        Object *robj = NULL;
        if (has_arg) {
            k += snprintf(line + k, sizeof line - (size_t)k, " %5u", arg);
            if (argrepr(co, op, arg, i, ar, sizeof ar, &robj) < 0) { rc = -1; break; }
        }
        while (k > 0 && line[k - 1] == ' ') k--;
        line[k] = 0;
        fputs(line, out);
        if (robj) {
            fprintf(out, " (%s)", str_utf8(robj));
            DECREF(robj);
        } else if (has_arg && ar[0]) {
            fprintf(out, " (%s)", ar);
        }
        fputc('\n', out);
    }
    free(starts);
    free(target);
    return rc;
}

int dis_code(FILE *out, Object *code)
{
    if (!obj_is(code, &CodeType)) {
        exc_set(ExcTypeError, "don't know how to disassemble %s objects", code->type->name);
        return -1;
    }
    CodeObject *co = (CodeObject *)code;
    if (disassemble(out, co) < 0) return -1;
    for (size_t i = 0; i < tuple_len(co->consts); i++) {
        Object *c = tuple_get(co->consts, i);
        if (!obj_is(c, &CodeType)) continue;
        fputs("\nDisassembly of ", out);
        if (fput_repr(out, c) < 0) return -1;
        fputs(":\n", out);
        if (dis_code(out, c) < 0) return -1;
    }
    return 0;
}
