# sys.settrace: the events of nested calls, loops, generators resumed with
# next(), exceptions caught and uncaught, a local trace function, a hook
# that raises, f_trace_lines; checked against CPython 3.8 and 3.11 (which
# agree on every case here).
import sys

log = []


def show(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event in ('call', 'line'):
        arg = None
    return '%s %s:%d %r' % (event, frame.f_code.co_name, frame.f_lineno, arg)


def tracer(frame, event, arg):
    log.append(show(frame, event, arg))
    return tracer


def run(fn, hook=tracer):
    del log[:]
    sys.settrace(hook)
    try:
        fn()
    except Exception as e:
        log.append('raised %s: %s' % (type(e).__name__, e))
    finally:
        sys.settrace(None)
    print('--', fn.__name__)
    for entry in log:
        print('  ', entry)


def inner(x):
    return x * 2


def nested():
    a = inner(1)
    b = inner(a)
    return a + b


def loop():
    total = 0
    for i in range(3):
        total += i
    while total:
        total -= 1
    return total


def gen():
    yield 1
    x = 2
    yield x


kept = []


def generators():
    g = gen()
    kept.append(g)   # not closed while traced (3.11 traces the close)
    a = next(g)
    b = next(g)
    return a + b


def fail():
    raise KeyError('k')


def caught():
    try:
        fail()
    except KeyError:
        pass
    return 'ok'


def uncaught():
    fail()


run(nested)
run(loop)
run(generators)
run(caught)
run(uncaught)


# A local trace function, given only to frames named inner.
def selective(frame, event, arg):
    log.append(show(frame, event, arg))
    if frame.f_code.co_name == 'inner':
        return local
    return None


def local(frame, event, arg):
    log.append('local ' + show(frame, event, arg))
    return local


run(nested, selective)


# A hook that raises: the exception propagates from the event, and the
# hook is unset.
def angry(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'inner':
        raise RuntimeError('hook failed')
    return angry


def guarded():
    try:
        inner(5)
    except RuntimeError as e:
        return 'caught ' + str(e)


sys.settrace(angry)
print(guarded())
print('hook after raising:', sys.gettrace())


# f_trace_lines = False: no line events, the others still come.
def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    log.append(show(frame, event, arg))
    return no_lines


run(nested, no_lines)

# gettrace gives the hook back; settrace(None) unsets it.
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
try:
    sys.settrace()
except TypeError as e:
    print('TypeError')
