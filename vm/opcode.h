/* vm/opcode.h — CPython 3.8's instruction set, defined once.
 *
 * OPCODE(name, number, kind, run, effect, meaning), one row per opcode:
 *   number  CPython 3.8's Lib/opcode.py; < 90 takes no argument (HAVE_ARGUMENT)
 *   kind    how `dis` renders the argument and which instructions jump:
 *           NOARG none, ARG plain integer, CONST co_consts index, NAME co_names
 *           index, LOCAL co_varnames index, FREE cellvars+freevars index,
 *           JREL relative jump (bytes), JABS absolute jump (bytes),
 *           CMP comparison-table index
 *   run     what the eval loop does with it, so that gilvm spends a tick
 *           exactly where CPython (2.6 and 3.8 alike) would pass its
 *           loop-top check, i.e. after an instruction that ends with a
 *           plain dispatch: FAST never ticks (CPython's fast-path set, plus
 *           instructions that leave the frame); TICK always spends one
 *           GilThread tick and polls the eval breaker first; PRED ticks
 *           unless the next instruction is one CPython predicts after it
 *           (OPCODE_PREDICTS below: a predicted pair runs as one);
 *           COND, a conditional jump, ticks unless the condition is an
 *           exact bool (CPython's fast path), and always when it jumps
 *           backward, so that every loop polls; REFUSED is a feature gilvm
 *           does not run (the program ends with one line naming it and
 *           exit status 2)
 *   effect  the change in stack depth, an expression in `arg` and `jump`
 *           (jump is 1 when the branch is taken), as CPython 3.8's
 *           stack_effect; the compiler's max-depth pass reads it
 *   meaning one line, in the notation S = stack (TOS on top), L = locals,
 *           K = consts, N = names, C = cells and frees
 * Everything else (the enum, names, the dispatch table and its fast/ticking
 * split, `dis`, stack depths, the refused list) is expanded from this list.
 * Opcodes the compiler never emits are listed too, so `dis` can name them.
 * The match statement (python3's, 3.10 on) has no 3.8 form: its six
 * instructions are python3's (3.11's stack effects), numbered as 3.10's
 * where 3.8 leaves the number free.  So are except*'s three (PEP 654):
 * 3.11's stack effects, CHECK_EG_MATCH and RERAISE at 3.11's numbers,
 * PREP_RERAISE_STAR (3.11's 88 is END_FINALLY here) beside the first.
 */
#ifndef GILKIT_VM_OPCODE_H
#define GILKIT_VM_OPCODE_H

#define OPCODE_LIST(OPCODE) \
    OPCODE(POP_TOP, 1, NOARG, FAST, -1, "pop TOS")                                                   \
    OPCODE(ROT_TWO, 2, NOARG, FAST, 0, "swap TOS and TOS1")                                          \
    OPCODE(ROT_THREE, 3, NOARG, FAST, 0, "TOS moves under TOS2")                                     \
    OPCODE(DUP_TOP, 4, NOARG, FAST, 1, "push TOS again")                                             \
    OPCODE(DUP_TOP_TWO, 5, NOARG, FAST, 2, "push TOS1, TOS again")                                   \
    OPCODE(ROT_FOUR, 6, NOARG, FAST, 0, "TOS moves under TOS3")                                      \
    OPCODE(NOP, 9, NOARG, FAST, 0, "nothing")                                                        \
    OPCODE(UNARY_POSITIVE, 10, NOARG, TICK, 0, "TOS = +TOS")                                         \
    OPCODE(UNARY_NEGATIVE, 11, NOARG, TICK, 0, "TOS = -TOS")                                         \
    OPCODE(UNARY_NOT, 12, NOARG, TICK, 0, "TOS = not TOS")                                           \
    OPCODE(UNARY_INVERT, 15, NOARG, TICK, 0, "TOS = ~TOS")                                           \
    OPCODE(BINARY_MATRIX_MULTIPLY, 16, NOARG, TICK, -1, "TOS = TOS1 @ TOS")                          \
    OPCODE(INPLACE_MATRIX_MULTIPLY, 17, NOARG, TICK, -1, "TOS = TOS1 @= TOS")                        \
    OPCODE(BINARY_POWER, 19, NOARG, TICK, -1, "TOS = TOS1 ** TOS")                                   \
    OPCODE(BINARY_MULTIPLY, 20, NOARG, TICK, -1, "TOS = TOS1 * TOS")                                 \
    OPCODE(BINARY_MODULO, 22, NOARG, TICK, -1, "TOS = TOS1 % TOS")                                   \
    OPCODE(BINARY_ADD, 23, NOARG, TICK, -1, "TOS = TOS1 + TOS")                                      \
    OPCODE(BINARY_SUBTRACT, 24, NOARG, TICK, -1, "TOS = TOS1 - TOS")                                 \
    OPCODE(BINARY_SUBSCR, 25, NOARG, TICK, -1, "TOS = TOS1[TOS]")                                    \
    OPCODE(BINARY_FLOOR_DIVIDE, 26, NOARG, TICK, -1, "TOS = TOS1 // TOS")                            \
    OPCODE(BINARY_TRUE_DIVIDE, 27, NOARG, TICK, -1, "TOS = TOS1 / TOS")                              \
    OPCODE(INPLACE_FLOOR_DIVIDE, 28, NOARG, TICK, -1, "TOS = TOS1 //= TOS")                          \
    OPCODE(INPLACE_TRUE_DIVIDE, 29, NOARG, TICK, -1, "TOS = TOS1 /= TOS")                            \
    OPCODE(GET_LEN, 30, NOARG, TICK, 1, "push len(TOS) (match)")                                     \
    OPCODE(MATCH_MAPPING, 31, NOARG, TICK, 1, "push whether TOS is a mapping (match)")               \
    OPCODE(MATCH_SEQUENCE, 32, NOARG, TICK, 1, "push whether TOS is a sequence (match)")             \
    OPCODE(MATCH_KEYS, 33, NOARG, TICK, 1, "push TOS1's values at keys TOS, or None (match)")       \
    OPCODE(COPY_DICT_WITHOUT_KEYS, 34, NOARG, TICK, 0, "TOS = dict(TOS1) less keys TOS (match)")   \
    OPCODE(CHECK_EG_MATCH, 37, NOARG, TICK, 0, "S1, S = rest, match of S1 by types TOS (except*)")  \
    OPCODE(PREP_RERAISE_STAR, 38, NOARG, TICK, -1, "TOS = what to re-raise of S1 and list TOS (except*)") \
    OPCODE(GET_AITER, 50, NOARG, TICK, 0, "TOS = TOS.__aiter__() (async for)")                    \
    OPCODE(GET_ANEXT, 51, NOARG, PRED, 1, "push awaitable of TOS.__anext__() (async for)")        \
    OPCODE(BEFORE_ASYNC_WITH, 52, NOARG, PRED, 1, "enter an async with")                          \
    OPCODE(BEGIN_FINALLY, 53, NOARG, FAST, 6, "push NULL: enter finally with no exception")         \
    OPCODE(END_ASYNC_FOR, 54, NOARG, TICK, -7, "end an async for")                                \
    OPCODE(INPLACE_ADD, 55, NOARG, TICK, -1, "TOS = TOS1 += TOS")                                    \
    OPCODE(INPLACE_SUBTRACT, 56, NOARG, TICK, -1, "TOS = TOS1 -= TOS")                               \
    OPCODE(INPLACE_MULTIPLY, 57, NOARG, TICK, -1, "TOS = TOS1 *= TOS")                               \
    OPCODE(INPLACE_MODULO, 59, NOARG, TICK, -1, "TOS = TOS1 %= TOS")                                 \
    OPCODE(STORE_SUBSCR, 60, NOARG, TICK, -3, "TOS1[TOS] = TOS2")                                    \
    OPCODE(DELETE_SUBSCR, 61, NOARG, TICK, -2, "del TOS1[TOS]")                                      \
    OPCODE(BINARY_LSHIFT, 62, NOARG, TICK, -1, "TOS = TOS1 << TOS")                                  \
    OPCODE(BINARY_RSHIFT, 63, NOARG, TICK, -1, "TOS = TOS1 >> TOS")                                  \
    OPCODE(BINARY_AND, 64, NOARG, TICK, -1, "TOS = TOS1 & TOS")                                      \
    OPCODE(BINARY_XOR, 65, NOARG, TICK, -1, "TOS = TOS1 ^ TOS")                                      \
    OPCODE(BINARY_OR, 66, NOARG, TICK, -1, "TOS = TOS1 | TOS")                                       \
    OPCODE(INPLACE_POWER, 67, NOARG, TICK, -1, "TOS = TOS1 **= TOS")                                 \
    OPCODE(GET_ITER, 68, NOARG, PRED, 0, "TOS = iter(TOS)")                                          \
    OPCODE(GET_YIELD_FROM_ITER, 69, NOARG, TICK, 0, "TOS = iter(TOS) unless a generator")           \
    OPCODE(PRINT_EXPR, 70, NOARG, TICK, -1, "sys.displayhook(TOS), pop (interactive mode)")         \
    OPCODE(LOAD_BUILD_CLASS, 71, NOARG, TICK, 1, "push __build_class__")                             \
    OPCODE(YIELD_FROM, 72, NOARG, TICK, -1, "send TOS into TOS1's iterator; yield its values")      \
    OPCODE(GET_AWAITABLE, 73, NOARG, PRED, 0, "TOS = awaitable of TOS (await)")                   \
    OPCODE(INPLACE_LSHIFT, 75, NOARG, TICK, -1, "TOS = TOS1 <<= TOS")                                \
    OPCODE(INPLACE_RSHIFT, 76, NOARG, TICK, -1, "TOS = TOS1 >>= TOS")                                \
    OPCODE(INPLACE_AND, 77, NOARG, TICK, -1, "TOS = TOS1 &= TOS")                                    \
    OPCODE(INPLACE_XOR, 78, NOARG, TICK, -1, "TOS = TOS1 ^= TOS")                                    \
    OPCODE(INPLACE_OR, 79, NOARG, TICK, -1, "TOS = TOS1 |= TOS")                                     \
    OPCODE(WITH_CLEANUP_START, 81, NOARG, PRED, 2, "call __exit__ with the pending exception")      \
    OPCODE(WITH_CLEANUP_FINISH, 82, NOARG, PRED, -3, "swallow the exception if __exit__ was true")  \
    OPCODE(RETURN_VALUE, 83, NOARG, FAST, -1, "return TOS")                                          \
    OPCODE(IMPORT_STAR, 84, NOARG, TICK, -1, "from TOS import *: its names bound in L")               \
    OPCODE(SETUP_ANNOTATIONS, 85, NOARG, TICK, 0, "create __annotations__ (annotated names)")       \
    OPCODE(YIELD_VALUE, 86, NOARG, FAST, 0, "suspend, yielding TOS; TOS = the value sent")          \
    OPCODE(POP_BLOCK, 87, NOARG, TICK, 0, "pop a SETUP_FINALLY block")                               \
    OPCODE(END_FINALLY, 88, NOARG, TICK, -6, "end finally: re-raise, jump back, or go on")          \
    OPCODE(POP_EXCEPT, 89, NOARG, TICK, -3, "end an except handler: restore the handled exception") \
    OPCODE(STORE_NAME, 90, NAME, TICK, -1, "locals[N[arg]] = pop")                                   \
    OPCODE(DELETE_NAME, 91, NAME, TICK, 0, "del locals[N[arg]]")                                     \
    OPCODE(UNPACK_SEQUENCE, 92, ARG, TICK, arg - 1, "pop, push its arg items, last first")         \
    OPCODE(FOR_ITER, 93, JREL, PRED, jump ? -1 : 1, "push next(TOS), or pop TOS and jump")          \
    OPCODE(UNPACK_EX, 94, ARG, TICK, (arg & 0xff) + (arg >> 8), "starred unpack of pop")           \
    OPCODE(STORE_ATTR, 95, NAME, TICK, -2, "TOS.N[arg] = TOS1")                                      \
    OPCODE(DELETE_ATTR, 96, NAME, TICK, -1, "del pop.N[arg]")                                        \
    OPCODE(STORE_GLOBAL, 97, NAME, TICK, -1, "globals[N[arg]] = pop")                                \
    OPCODE(DELETE_GLOBAL, 98, NAME, TICK, 0, "del globals[N[arg]]")                                  \
    OPCODE(LOAD_CONST, 100, CONST, FAST, 1, "push K[arg]")                                           \
    OPCODE(LOAD_NAME, 101, NAME, TICK, 1, "push N[arg] from locals, globals or builtins")           \
    OPCODE(BUILD_TUPLE, 102, ARG, TICK, 1 - arg, "push a tuple of the top arg items")               \
    OPCODE(BUILD_LIST, 103, ARG, TICK, 1 - arg, "push a list of the top arg items")                 \
    OPCODE(BUILD_SET, 104, ARG, TICK, 1 - arg, "push a set of the top arg items")                   \
    OPCODE(BUILD_MAP, 105, ARG, TICK, 1 - 2 * arg, "push a dict of the top arg key, value pairs")   \
    OPCODE(LOAD_ATTR, 106, NAME, TICK, 0, "TOS = TOS.N[arg]")                                        \
    OPCODE(COMPARE_OP, 107, CMP, PRED, -1, "TOS = TOS1 cmp[arg] TOS")                                \
    OPCODE(IMPORT_NAME, 108, NAME, TICK, -1, "TOS = import N[arg] (level TOS1, fromlist TOS)")      \
    OPCODE(IMPORT_FROM, 109, NAME, TICK, 1, "push TOS.N[arg]")                                       \
    OPCODE(JUMP_FORWARD, 110, JREL, FAST, 0, "jump forward")                                         \
    OPCODE(JUMP_IF_FALSE_OR_POP, 111, JABS, COND, jump ? 0 : -1, "jump if not TOS, else pop")       \
    OPCODE(JUMP_IF_TRUE_OR_POP, 112, JABS, COND, jump ? 0 : -1, "jump if TOS, else pop")            \
    OPCODE(JUMP_ABSOLUTE, 113, JABS, TICK, 0, "jump (loops tick here)")                              \
    OPCODE(POP_JUMP_IF_FALSE, 114, JABS, COND, -1, "jump if not pop")                                \
    OPCODE(POP_JUMP_IF_TRUE, 115, JABS, COND, -1, "jump if pop")                                     \
    OPCODE(LOAD_GLOBAL, 116, NAME, TICK, 1, "push N[arg] from globals or builtins")                 \
    OPCODE(RERAISE, 119, ARG, FAST, -1, "raise pop again, its traceback as it is (arg 0)")        \
    OPCODE(SETUP_FINALLY, 122, JREL, TICK, jump ? 6 : 0, "push a block whose handler is the target") \
    OPCODE(LOAD_FAST, 124, LOCAL, FAST, 1, "push L[arg]")                                            \
    OPCODE(STORE_FAST, 125, LOCAL, FAST, -1, "L[arg] = pop")                                         \
    OPCODE(DELETE_FAST, 126, LOCAL, TICK, 0, "del L[arg]")                                           \
    OPCODE(RAISE_VARARGS, 130, ARG, TICK, -arg, "raise (arg: 0 re-raise, 1 exc, 2 exc from cause)") \
    OPCODE(CALL_FUNCTION, 131, ARG, TICK, -arg, "call with arg positional arguments")               \
    OPCODE(MAKE_FUNCTION, 132, ARG, TICK,                                                         \
           -1 - ((arg & 1) != 0) - ((arg & 2) != 0) - ((arg & 4) != 0) - ((arg & 8) != 0),         \
           "push a function of code TOS1, name TOS, with what arg's bits say")                     \
    OPCODE(BUILD_SLICE, 133, ARG, TICK, arg == 3 ? -2 : -1, "push a slice of the top arg items")    \
    OPCODE(LOAD_CLOSURE, 135, FREE, TICK, 1, "push the cell C[arg]")                                 \
    OPCODE(LOAD_DEREF, 136, FREE, TICK, 1, "push C[arg]'s contents")                                 \
    OPCODE(STORE_DEREF, 137, FREE, TICK, -1, "C[arg]'s contents = pop")                              \
    OPCODE(DELETE_DEREF, 138, FREE, TICK, 0, "empty C[arg]")                                         \
    OPCODE(CALL_FUNCTION_KW, 141, ARG, TICK, -arg - 1, "call: arg arguments, keyword names TOS")    \
    OPCODE(CALL_FUNCTION_EX, 142, ARG, TICK, -1 - ((arg & 1) != 0), "call f(*args[, **kwargs])")   \
    OPCODE(SETUP_WITH, 143, JREL, TICK, jump ? 6 : 1, "enter TOS as a context manager")             \
    OPCODE(EXTENDED_ARG, 144, ARG, FAST, 0, "prefix: widens the next argument")                     \
    OPCODE(LIST_APPEND, 145, ARG, PRED, -1, "S[-arg].append(pop) (comprehension)")                  \
    OPCODE(SET_ADD, 146, ARG, PRED, -1, "S[-arg].add(pop) (comprehension)")                         \
    OPCODE(MAP_ADD, 147, ARG, PRED, -2, "S[-arg][TOS1] = TOS; pop both (comprehension)")            \
    OPCODE(LOAD_CLASSDEREF, 148, FREE, TICK, 1, "push C[arg] from the class body's locals or cell") \
    OPCODE(BUILD_LIST_UNPACK, 149, ARG, TICK, 1 - arg, "push a list of the top arg iterables")      \
    OPCODE(BUILD_MAP_UNPACK, 150, ARG, TICK, 1 - arg, "push a dict merging the top arg maps")       \
    OPCODE(BUILD_MAP_UNPACK_WITH_CALL, 151, ARG, TICK, 1 - arg, "merge **maps for a call")          \
    OPCODE(BUILD_TUPLE_UNPACK, 152, ARG, TICK, 1 - arg, "push a tuple of the top arg iterables")    \
    OPCODE(BUILD_SET_UNPACK, 153, ARG, TICK, 1 - arg, "push a set of the top arg iterables")        \
    OPCODE(SETUP_ASYNC_WITH, 154, JREL, TICK, jump ? 5 : 0, "enter an async with block")         \
    OPCODE(FORMAT_VALUE, 155, ARG, TICK, (arg & 0x04) ? -1 : 0, "f-string field: TOS formatted")    \
    OPCODE(BUILD_CONST_KEY_MAP, 156, ARG, TICK, -arg, "push a dict of keys tuple TOS, arg values")  \
    OPCODE(BUILD_STRING, 157, ARG, TICK, 1 - arg, "push the top arg strings joined")                \
    OPCODE(BUILD_TUPLE_UNPACK_WITH_CALL, 158, ARG, TICK, 1 - arg, "join *iterables for a call")     \
    OPCODE(LOAD_METHOD, 160, NAME, TICK, 1, "TOS = meth, self (or NULL, attr) of TOS.N[arg]")       \
    OPCODE(CALL_METHOD, 161, ARG, TICK, -arg - 1, "call LOAD_METHOD's pair with arg arguments")     \
    OPCODE(CALL_FINALLY, 162, JREL, FAST, jump ? 1 : 0, "push the return index, jump to finally")   \
    OPCODE(POP_FINALLY, 163, ARG, TICK, -6, "leave a finally early (arg: keep TOS)")                \
    OPCODE(MATCH_CLASS, 165, ARG, TICK, -2, "S2 an instance of S1: its attributes (arg positional, names TOS) or None")

#define OP_HAVE_ARGUMENT 90

enum Opcode {
#define OPCODE_ENUM(name, num, kind, run, effect, meaning) OP_##name = num,
    OPCODE_LIST(OPCODE_ENUM)
#undef OPCODE_ENUM
};

enum OpArgKind { OPK_NOARG, OPK_ARG, OPK_CONST, OPK_NAME, OPK_LOCAL, OPK_FREE, OPK_JREL, OPK_JABS, OPK_CMP };

enum OpRun { OPR_FAST, OPR_TICK, OPR_PRED, OPR_COND, OPR_REFUSED };

/* CPython 3.8's PREDICT pairs (ceval.c; 2.6 has the same but GET_ITER's
 * CALL_FUNCTION): after the first instruction, the second runs without a
 * loop-top check when it is next in the code.  X(first, second). */
#define OPCODE_PREDICTS(X)                                          \
    X(COMPARE_OP, POP_JUMP_IF_FALSE) X(COMPARE_OP, POP_JUMP_IF_TRUE) \
    X(GET_ITER, FOR_ITER) X(GET_ITER, CALL_FUNCTION)                 \
    X(FOR_ITER, STORE_FAST) X(FOR_ITER, UNPACK_SEQUENCE)             \
    X(LIST_APPEND, JUMP_ABSOLUTE) X(SET_ADD, JUMP_ABSOLUTE)          \
    X(MAP_ADD, JUMP_ABSOLUTE)                                        \
    X(WITH_CLEANUP_START, WITH_CLEANUP_FINISH)                       \
    X(WITH_CLEANUP_FINISH, END_FINALLY)                              \
    X(GET_AWAITABLE, LOAD_CONST) X(GET_ANEXT, LOAD_CONST)            \
    X(BEFORE_ASYNC_WITH, GET_AWAITABLE)

/* Per-opcode facts, indexed by opcode number (256 entries; name NULL = unused).
 * Defined in vm/opcode.c from OPCODE_LIST. */
typedef struct OpcodeInfo {
    const char *name;
    unsigned char kind;      /* enum OpArgKind */
    unsigned char run;       /* enum OpRun */
    const char *meaning;
} OpcodeInfo;
extern const OpcodeInfo opcode_info[256];

/* The change in stack depth op makes with argument arg; jump: the branch is
 * taken.  0 for a number that is no opcode. */
int opcode_stack_effect(int op, int arg, int jump);

/* COMPARE_OP's argument table, as CPython 3.8's dis.cmp_op. */
#define CMP_OP_LIST(X) X("<") X("<=") X("==") X("!=") X(">") X(">=") \
    X("in") X("not in") X("is") X("is not") X("exception match") X("BAD")
enum { CMPOP_IN = 6, CMPOP_NOT_IN, CMPOP_IS, CMPOP_IS_NOT, CMPOP_EXC_MATCH };
extern const char *const cmp_op_names[12];

#endif
