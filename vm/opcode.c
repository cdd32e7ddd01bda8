/* vm/opcode.c — the tables vm/opcode.h promises, expanded from OPCODE_LIST. */
#include "vm/opcode.h"

const OpcodeInfo opcode_info[256] = {
#define OPCODE_INFO(name, num, kind) [num] = { #name, OPK_##kind },
    OPCODE_LIST(OPCODE_INFO)
#undef OPCODE_INFO
};

const char *const cmp_op_names[12] = {
#define CMP_NAME(s) s,
    CMP_OP_LIST(CMP_NAME)
#undef CMP_NAME
};
