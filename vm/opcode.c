/* vm/opcode.c — the tables vm/opcode.h promises, expanded from OPCODE_LIST. */
#include "vm/opcode.h"

const OpcodeInfo opcode_info[256] = {
#define OPCODE_INFO(name, num, kind, run, effect, meaning) [num] = { #name, OPK_##kind, OPR_##run, meaning },
    OPCODE_LIST(OPCODE_INFO)
#undef OPCODE_INFO
};

int opcode_stack_effect(int op, int arg, int jump)
{
    (void)arg;
    (void)jump;
    switch (op) {
#define OPCODE_EFFECT(name, num, kind, run, effect, meaning) case num: return (effect);
    OPCODE_LIST(OPCODE_EFFECT)
#undef OPCODE_EFFECT
    }
    return 0;
}

const char *const cmp_op_names[12] = {
#define CMP_NAME(s) s,
    CMP_OP_LIST(CMP_NAME)
#undef CMP_NAME
};
