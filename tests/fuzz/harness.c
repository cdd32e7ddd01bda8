/* tests/fuzz/harness.c — one VM per fuzzing process (see harness.h). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>

#include "sched/gil.h"
#include "sched/measure.h"
#include "tests/fuzz/expand.h"
#include "tests/fuzz/harness.h"
#include "vm/modules/builtins.h"
#include "vm/compiler/compile.h"
#include "vm/runtime/eval.h"
#include "vm/runtime/state.h"

FILE *fuzz_devnull;

static _Noreturn void die(const char *what)
{
    fprintf(stderr, "fuzz: cannot initialise the VM: %s\n", what);
    exit(2);
}

void fuzz_vm_init(void)
{
    if (!(fuzz_devnull = fopen("/dev/null", "w")))
        die("/dev/null");
    /* As vm/main.c: a reader gone is BrokenPipeError, not the fuzzer's death. */
    signal(SIGPIPE, SIG_IGN);
    if (gil_init() != 0 || measure_init() != 0)
        die("gil_init/measure_init");
    if (!vmthread_attach("MainThread"))
        die("vmthread_attach");
    /* Kept for the life of the process, as vm/main.c keeps its builtins. */
    Object *builtins = builtins_dict_new();
    if (!builtins || eval_init(builtins) < 0)
        die("builtins");
}

Object *fuzz_compile_input(const uint8_t *data, size_t size, size_t *srclen)
{
    size_t n;
    char *src = fuzz_expand(data, size, &n);
    if (!src) {
        exc_nomemory();
        return NULL;
    }
    if (srclen) *srclen = n;
    Object *code = compile_source(src, n, "<fuzz>", COMPILE_FILE);
    free(src);
    return code;
}
