# Instances, shared and recursive references, exceptions, globals by
# reference, and the errors python3 raises.
import io
import pickle
import re


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


class Counted:
    def __init__(self, n):
        self.n = n

    def __getstate__(self):
        return {'twice': self.n * 2}

    def __setstate__(self, state):
        self.n = state['twice'] // 2


class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Pair, (self.a, self.b))


class Failure(Exception):
    pass


def square(x):
    return x * x


def outer():
    def inner():
        pass
    return inner


for proto in (2, 4):
    print('protocol', proto)
    p = pickle.loads(pickle.dumps(Point(1, [2]), proto))
    print(type(p).__name__, p.x, p.y, pickle.dumps(Point(1, 2), proto))
    s = pickle.loads(pickle.dumps(Slotted(3), proto))
    print(s.a, hasattr(s, 'b'), pickle.dumps(Slotted(3), proto))
    print(pickle.loads(pickle.dumps(Counted(21), proto)).n, pickle.dumps(Counted(21), proto))
    q = pickle.loads(pickle.dumps(Pair('x', 2), proto))
    print(q.a, q.b, pickle.dumps(Pair('x', 2), proto))
    shared = [1]
    a, b = pickle.loads(pickle.dumps([shared, shared], proto))
    print(a is b, a)
    loop = [1]
    loop.append(loop)
    back = pickle.loads(pickle.dumps(loop, proto))
    print(back[1] is back, pickle.dumps(loop, proto))
    d = {'name': 'd'}
    d['me'] = d
    back = pickle.loads(pickle.dumps(d, proto))
    print(back['me'] is back, pickle.dumps(d, proto))
    t = ([],)
    t[0].append(t)
    back = pickle.loads(pickle.dumps(t, proto))
    print(back[0][0] is back, pickle.dumps(t, proto))
    for e in (ValueError('bad', 2), KeyError('k'), Failure('custom')):
        back = pickle.loads(pickle.dumps(e, proto))
        print(type(back).__name__, back.args, pickle.dumps(e, proto))
    f = pickle.loads(pickle.dumps(square, proto))
    print(f is square, f(7), pickle.dumps(square, proto))
    print(pickle.loads(pickle.dumps(Point, proto)) is Point)
    for bad in (lambda x: x, outer()):
        try:
            pickle.dumps(bad, proto)
        except (pickle.PicklingError, AttributeError) as e:
            print(type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))

buf = io.BytesIO()
pickle.dump({'a': 1}, buf)
pickle.dump([2, 3], buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
buf = io.BytesIO()
pickle.Pickler(buf, 3).dump((1, 'two'))
print(buf.getvalue(), pickle.Unpickler(io.BytesIO(buf.getvalue())).load())
for data in (b'', b'\x80\x04K', b'\xff', b'\x80\x04h\x05.'):
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
