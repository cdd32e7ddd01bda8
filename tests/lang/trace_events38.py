# Trace events where CPython 3.11 differs from 3.8 (gilvm runs 3.8's):
# the .out is CPython 3.8.18's output, except the last line: assigning
# f_lineno (a jump), which 3.8 allows from a line event, gilvm refuses
# with ValueError.
import sys

log = []


def tracer(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    elif event != 'return':
        arg = None
    log.append('%s %s:%d %r' % (event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer


def gen(n):
    for i in range(n):
        yield i


def loop_over_generator():
    total = 0
    for v in gen(2):
        total += v
    return total


sys.settrace(tracer)
loop_over_generator()
sys.settrace(None)
print('\n'.join(log))


# f_trace_opcodes: an 'opcode' event before each instruction.
def add(a, b):
    return a + b


opcodes = []


def op_tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    if frame.f_code.co_name == 'add':
        opcodes.append((event, frame.f_lasti))
    return op_tracer


sys.settrace(op_tracer)
add(1, 2)
sys.settrace(None)
print(opcodes)


def jumper(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'add':
        try:
            frame.f_lineno = frame.f_lineno
        except ValueError as e:
            print('ValueError:', e)
    return jumper


sys.settrace(jumper)
add(1, 2)
sys.settrace(None)
