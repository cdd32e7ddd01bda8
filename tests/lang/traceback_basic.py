import sys
import traceback


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


def inner(n):
    raise ValueError('bad %d' % n)


def outer():
    inner(3)


print(repr(traceback.format_exc()))
try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, 'FILE'), end='')
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb.tb_next.tb_lineno)
    lines = traceback.format_exception(t, v, tb)
    print(len(lines), [l.replace(__file__, 'FILE') for l in lines])
    print(traceback.format_exception_only(t, v))
    s = Sink()
    traceback.print_exc(file=s)
    print(''.join(s.parts) == text)

try:
    try:
        int('k')
    except ValueError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    for l in lines:
        print(repr(l.replace(__file__, 'FILE')))
    print(repr(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)).replace(__file__, 'FILE')))

try:
    try:
        int('z')
    except ValueError as z:
        raise TypeError('from it') from z
except TypeError:
    print(traceback.format_exc().replace(__file__, 'FILE'), end='')

print(traceback.format_exception_only(KeyError, KeyError('x')))
print(traceback.format_exception_only(ValueError, ValueError()))


def show_stack():
    for entry in traceback.format_stack():
        print(repr(entry.replace(__file__, 'FILE')))
    for fn, line, name, src in traceback.extract_stack():
        print(fn == __file__, line, name, src)


def caller():
    show_stack()


caller()
s = Sink()
real_stderr = sys.stderr
sys.stderr = s
try:
    int('q')
except ValueError:
    traceback.print_exc()
sys.stderr = real_stderr
print(sys.__stderr__ is real_stderr, sys.__stdout__ is sys.stdout)
print(''.join(s.parts).replace(__file__, 'FILE'), end='')
