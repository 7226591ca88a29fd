/* Tables generated from the opcode list. */
#include "vm/opcodes.h"

const char *const gp_opcode_names[GP_OPCODE_COUNT] = {
#define GP_OP_NAME(name, has_arg, effect) #name,
    GP_OPCODES(GP_OP_NAME)
#undef GP_OP_NAME
};

int gp_opcode_stack_effect(int opcode, int oparg, int jump) {
    switch (opcode) {
#define GP_OP_EFFECT(name, has_arg, effect) \
    case OP_##name: return (effect);
        GP_OPCODES(GP_OP_EFFECT)
#undef GP_OP_EFFECT
    }
    return 0;
}
