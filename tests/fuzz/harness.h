/* tests/fuzz/harness.h — what both libFuzzer targets share: the VM brought
 * up once per process, in vm/main.c's order, and a place for output that
 * must be produced (to exercise the code) but never read. */
#ifndef GILKIT_FUZZ_HARNESS_H
#define GILKIT_FUZZ_HARNESS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "vm/objects/object.h"

/* SIGPIPE ignored → gil_init → measure_init → attach the calling thread →
 * builtins → eval_init; exits the process (status 2, one line) when any step fails. */
void fuzz_vm_init(void);

/* The input, its directives expanded (tests/fuzz/expand.h), compiled as a
 * file: a code object, or NULL with the exception set; *srclen (when not
 * NULL) is the expanded source's length.  The source is exactly that many
 * bytes, not NUL-terminated, and compile_source takes a length, so ASan
 * sees any read past it. */
Object *fuzz_compile_input(const uint8_t *data, size_t size, size_t *srclen);

/* An open /dev/null, for dis output. */
extern FILE *fuzz_devnull;

#endif
