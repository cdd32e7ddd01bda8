/* tests/fuzz/fuzz_vm.c — libFuzzer target: the whole VM on a compiled
 * program, with an instruction budget.
 *
 * Each input is expanded and compiled (a SyntaxError ends it) and run in a
 * fresh __main__ module with a budget of BUDGET ticking instructions, plus
 * eight per byte of expanded source
 * (eval_set_tick_budget), so `while 1: pass` ends in RuntimeError.  The
 * exception is cleared, the namespace emptied the way vm/runtime/module.c empties
 * one at exit, and a full collection frees the cycles, so each input leaves
 * nothing behind but the modules it imported.
 *
 * Denylist.  A program that names one of the names below is not run.  They
 * are the modules and functions that reach past the input's own objects:
 *   - processes and signals: os and posix (its C half), subprocess,
 *     _posixsubprocess, platform (runs one), multiprocessing and concurrent
 *     (spawn sys.executable, which here is the fuzzer itself), signal;
 *   - blocking and threads: threading, _thread, queue, time, select,
 *     selectors, socket, socketserver, stdin: they sleep, start threads that
 *     may never end, or wait forever;
 *   - files: open, FileIO, GzipFile, BZ2File, FileHandler, shutil, tempfile,
 *     pathlib write or remove files in the working folder, the corpus among
 *     them; resource changes the fuzzer's own limits;
 *   - computed names: __import__, importlib, exec, eval, compile, sys.modules
 *     and pickle (whose loads imports any module a string names) could reach
 *     the above by text.
 * The check reads the names the compiler recorded (co_names of every code
 * object), which is where `import x` and attribute names end up.  Seeds from
 * tests/lang that name them are skipped, not run.
 * Output goes to /dev/null: fd 1 is redirected once, in Initialize.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tests/fuzz/harness.h"
#include "vm/objects/code.h"
#include "vm/runtime/eval.h"
#include "vm/objects/gc.h"
#include "vm/runtime/module.h"
#include "vm/runtime/state.h"

#define BUDGET 100000

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const denied[] = {
    "os", "posix", "subprocess", "_posixsubprocess", "platform",
    "multiprocessing", "concurrent", "signal", "_signal",
    "threading", "_thread", "queue", "time", "select", "selectors", "socket", "socketserver", "stdin",
    "open", "FileIO", "GzipFile", "BZ2File", "FileHandler",
    "shutil", "tempfile", "pathlib", "resource",
    "__import__", "importlib", "exec", "eval", "compile", "modules", "pickle",
};
static int thresholds[GC_GENERATIONS];   /* the gc module's defaults, restored after each input */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    int fd = open("/dev/null", O_WRONLY);
    if (fd < 0 || dup2(fd, 1) < 0) {
        perror("fuzz_vm: /dev/null");
        exit(2);
    }
    close(fd);
    fuzz_vm_init();
    for (int i = 0; i < GC_GENERATIONS; i++)
        thresholds[i] = gc_get_threshold(i);
    return 0;
}

static bool names_denied(Object *o)
{
    if (!obj_is(o, &CodeType))
        return false;
    CodeObject *co = (CodeObject *)o;
    for (size_t i = 0; i < tuple_len(co->names); i++)
        for (size_t j = 0; j < sizeof denied / sizeof *denied; j++)
            if (strcmp(str_utf8(tuple_get(co->names, i)), denied[j]) == 0)
                return true;
    for (size_t i = 0; i < tuple_len(co->consts); i++)
        if (names_denied(tuple_get(co->consts, i)))
            return true;
    return false;
}

/* Every value but __builtins__ becomes None (so __del__ methods still find
 * their globals while others go), then the module goes. */
static void module_drop(Object *m)
{
    Object *d = module_dict(m), *k, *v;
    for (size_t pos = 0; dict_next(d, &pos, &k, &v);) {
        if (v == None || (obj_is(k, &StrType) && strcmp(str_utf8(k), "__builtins__") == 0))
            continue;
        INCREF(k);
        if (dict_set(d, k, None) < 0)
            exc_clear();
        DECREF(k);
        pos = 0;   /* a __del__ may have changed the dict: start over */
    }
    DECREF(m);
    exc_clear();
    gc_collect(GC_GENERATIONS - 1);   /* the input's cycles go with it */
    exc_clear();
}

/* What an input may change in the gc module outlives it: the next input
 * starts from the defaults (collector on, its thresholds, no callbacks, no
 * debug flags, nothing frozen or saved in gc.garbage). */
static void gc_reset(void)
{
    gc_enabled = true;
    gc_debug = 0;
    gc_unfreeze();
    Object *garbage = gc_garbage();
    if (garbage && list_len(garbage)) {   /* del gc.garbage[:], then what it held */
        Object *all = slice_new(None, None, None);
        if (all)
            obj_delitem(garbage, all);
        XDECREF(all);
        gc_collect(GC_GENERATIONS - 1);
    }
    for (int i = 0; i < GC_GENERATIONS; i++)
        gc_set_threshold(i, thresholds[i]);
    Object *cbs = gc_callbacks(), *zero = int_from_i64(0);
    while (cbs && zero && list_len(cbs) && obj_delitem(cbs, zero) == 0)
        ;
    XDECREF(zero);
    exc_clear();
}

/* A big expanded program gets the instructions to run through once. */
static void run(Object *code, size_t srclen)
{
    int64_t budget = BUDGET + 8 * (int64_t)srclen;
    Object *m = module_new("__main__", "<fuzz>");
    if (!m)
        return;
    vm_recursion_limit = 1000;   /* sys.setrecursionlimit lasts past an input */
    eval_set_tick_budget(budget);
    Object *r = eval_code(code, module_dict(m), module_dict(m));
    XDECREF(r);
    exc_clear();
    eval_refused_clear();   /* a refusal ends this input, not every later one */
    eval_set_tick_budget(BUDGET);   /* the __del__ methods the drop runs get their own */
    module_drop(m);
    gc_reset();
    eval_set_tick_budget(0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t srclen;
    Object *code = fuzz_compile_input(data, size, &srclen);
    if (!code) {
        exc_clear();
        return 0;
    }
    int verdict = 0;
    if (names_denied(code))
        verdict = -1;   /* libFuzzer: never add it to the corpus */
    else
        run(code, srclen);
    DECREF(code);
    return verdict;
}
