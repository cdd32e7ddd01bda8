from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, redirect_stderr
import sys

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('body', t)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')
try:
    with reraise_other():
        raise ValueError('v')
except TypeError as e:
    print('TypeError', e, type(e.__context__).__name__)

@tag('deco')
def f(x):
    print('in f', x)
    return x * 2
print(f(1)); print(f(2))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed: IndexError')

class Res:
    def __init__(self, n): self.n = n
    def close(self): print('close', self.n)
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n, a[0].__name__ if a[0] else None); return False
with closing(Res(1)) as r:
    print('using', r.n)
with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, 'callback', 'arg', sep='-')
    print('inside', len(rs))

try:
    with ExitStack() as stack:
        stack.enter_context(Res(7))
        stack.push(lambda t, v, tb: print('push sees', t.__name__) or True)
        raise OSError('x')
    print('swallowed by push')
except OSError:
    print('not swallowed')

try:
    with ExitStack() as stack:
        stack.callback(print, 'cb runs')
        def bad(*a):
            raise RuntimeError('in exit')
        stack.push(bad)
        raise ValueError('orig')
except RuntimeError as e:
    print('RuntimeError', e, 'context', repr(e.__context__))

stack = ExitStack()
stack.enter_context(Res(9))
moved = stack.pop_all()
stack.close()
print('moved holds one')
moved.close()

class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
s = Sink()
with redirect_stdout(s) as target:
    print('captured', 1)
    print('captured', 2)
print('target is sink', target is s, repr(''.join(s.parts)))
e = Sink()
with redirect_stderr(e):
    print('to err', file=sys.stderr)
print(repr(''.join(e.parts)), sys.stderr is not e)

def seen(t, v, tb):
    print('outer sees', t.__name__ if t else None, v, tb is not None if t else '-')
    return True
with ExitStack() as stack:
    stack.push(seen)
    stack.push(lambda *a: 1 / 0)
    stack.push(lambda *a: print('innermost sees', a[0]))
    stack.push(lambda *a: print('and swallows') or True)
    raise KeyError('first')
print('done')
