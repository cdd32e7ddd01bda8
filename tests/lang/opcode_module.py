# The opcode module: CPython 3.8's instruction set (and python3's match and except*
# instructions), names, argument kinds
# and stack effects, as gilvm's compiler uses them (one line per opcode).
import opcode

print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op)
print(len(opcode.opname), len(opcode.opmap))
print(all(opcode.opname[n] == name for name, n in opcode.opmap.items()))
for kind in ['hasconst', 'hasname', 'hasjrel', 'hasjabs', 'haslocal', 'hascompare', 'hasfree', 'hasnargs']:
    print(kind, [opcode.opname[n] for n in getattr(opcode, kind)])


def effect(op, arg, jump):
    try:
        return opcode.stack_effect(op, arg, jump=jump)
    except ValueError as e:
        return str(e).replace('stack_effect: ', '')[:20]


for op in range(256):
    row = [effect(op, arg, jump) for arg in (None, 0, 3, 4, 7) for jump in (None, True, False)]
    print(op, opcode.opname[op], row)
try:
    opcode.stack_effect()
except TypeError:
    print('TypeError')

import dis
print(dis.opmap == opcode.opmap, dis.opname == opcode.opname, dis.hasjabs == opcode.hasjabs,
      dis.stack_effect(opcode.opmap['CALL_FUNCTION'], 3), dis.HAVE_ARGUMENT)
