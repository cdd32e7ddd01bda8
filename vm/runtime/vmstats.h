/* vm/runtime/vmstats.h — the VM's own --stats block: instructions by opcode,
 * LOAD_GLOBAL cache hits and misses, object allocation counts, and the
 * cycle collector's collections and pauses. */
#ifndef GILKIT_VM_VMSTATS_H
#define GILKIT_VM_VMSTATS_H

#include <stdint.h>
#include <stdio.h>

/* Instructions executed so far by every VM thread (3.8 instructions). */
uint64_t vmstats_instructions(void);
/* Print the block; call after finalization so "live at exit" is final. */
void vmstats_print(FILE *f);
/* Non-immortal objects still alive. */
uint64_t vmstats_live(void);

#endif
