# sys.setprofile: 'call'/'return' for Python frames, 'c_call'/'c_return'/
# 'c_exception' around built-ins called from Python (a method taken from
# its type is reported bound, as l.append), generators' yields and
# resumptions, and a hook that raises; CPython 3.8 and 3.11 agree here.
import sys

log = []


def prof(frame, event, arg):
    if event.startswith('c_'):
        log.append('%s %s %s' % (event, frame.f_code.co_name, arg.__name__))
    else:
        log.append('%s %s %r' % (event, frame.f_code.co_name, arg))


def run(fn):
    del log[:]
    sys.setprofile(prof)
    try:
        fn()
    except Exception as e:
        log.append('raised %s' % type(e).__name__)
    sys.setprofile(None)
    print('--', fn.__name__)
    for entry in log:
        print('  ', entry)


def helper(x):
    return len(x)


def calls():
    items = []
    items.append(helper('abc'))
    list.append(items, 4)
    return sorted(items)


def c_raises():
    try:
        int('x')
    except ValueError:
        pass
    return abs(-2)


def gen():
    yield 1
    yield 2


kept = []


def generators():
    g = gen()
    kept.append(g)
    return next(g) + next(g)


def uncaught():
    helper(None)


run(calls)
run(c_raises)
run(generators)
run(uncaught)


def angry(frame, event, arg):
    if event == 'c_call':
        raise RuntimeError('profiler failed')


def victim():
    return len('ab')


sys.setprofile(angry)
try:
    victim()
except RuntimeError as e:
    print('caught', e)
print('hook after raising:', sys.getprofile())
sys.setprofile(prof)
print(sys.getprofile() is prof)
sys.setprofile(None)
