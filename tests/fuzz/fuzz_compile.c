/* tests/fuzz/fuzz_compile.c — libFuzzer target: the lexer, parser, compiler
 * and disassembler on arbitrary bytes.
 *
 * Contract checked: compile_source returns a code object with no exception
 * pending, or NULL with SyntaxError (or a subclass), RecursionError (nesting
 * deeper than the compiler's limit) or MemoryError set.  Anything else, or
 * a sanitizer report, is a bug.  The code is then disassembled (to
 * /dev/null) so vm/runtime/dis.c sees every shape the compiler can produce.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "tests/fuzz/harness.h"
#include "vm/runtime/dis.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz_vm_init();
    return 0;
}

static bool expected_failure(Object *exc)
{
    return exc && (exc_matches(exc, (Object *)ExcSyntaxError) ||
                   exc_matches(exc, (Object *)ExcRecursionError) ||
                   exc_matches(exc, (Object *)ExcMemoryError));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Object *code = fuzz_compile_input(data, size, NULL);
    if (!code) {
        if (!expected_failure(exc_occurred())) {
            fprintf(stderr, "fuzz_compile: NULL without SyntaxError/RecursionError/MemoryError\n");
            abort();
        }
        exc_clear();
        return 0;
    }
    if (exc_occurred()) {
        fprintf(stderr, "fuzz_compile: a code object with an exception pending\n");
        abort();
    }
    if (dis_code(fuzz_devnull, code) < 0)
        exc_clear();
    DECREF(code);
    return 0;
}
