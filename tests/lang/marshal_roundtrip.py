import io
import marshal

def show(v, *ver):
    data = marshal.dumps(v, *ver)
    back = marshal.loads(data)
    print(repr(sorted(v, key=repr) if isinstance(v, (set, frozenset)) else v)[:40], data[:60], back == v or (v != v), type(back).__name__)

show(None); show(True); show(False); show(...); show(StopIteration)
n = 1; show(n); big = 10 ** 30; show(big); neg = -2 ** 31 - 1; show(neg)
show(2 ** 31 - 1); show(-2 ** 31); show(-(7 ** 90))
f = 1.5; show(f); show(f, 1); show(0.1, 1); show(1e100, 1); show(-0.0, 1)
show(float('inf'), 1); c = 1j; show(c); show(2 - 3.5j, 1)
s = 'abc'; show(s); show('héllo'); show(''.join(['a'] * 300)); show('')
show(str(12345) * 2); show('x y z'); show('abc', 2); show('abc', 3)
b = b'xy'; show(b); show(bytearray(b'ab')); print(marshal.dumps(memoryview(b'cd')))
t = (1, 2); show(t); show(()); show(tuple(range(300)))
show([1, 2]); show({'a': 1, 'b': [1.5]}); show({1}); show(frozenset())
show({'b', 'a', 'c', 'zz', 100, -1}); show({'b', 'a'}, 2)
x = [1]
show([x, x]); show((x, x))
show([str(i + 10) for i in range(3)]); show([float(i) for i in range(3)])
show([i * 10 ** 20 for i in range(2)]); show(tuple([1.5 * i for i in range(2)]))
print(marshal.dumps([1.5]), marshal.dumps(2 ** 0.5))
print(marshal.dumps({float(i) / 3 for i in range(2)}))
print(marshal.dumps(frozenset({float(i) / 3 for i in range(2)})))
print(marshal.dumps({(float(i) / 3,) for i in range(2)}))
print(marshal.dumps({1: x, 2: x}))
nested = {'k': (1, [2, {3}], frozenset({'q'})), 'n': None}
print(marshal.loads(marshal.dumps(nested)) == nested)
r = marshal.loads(marshal.dumps([x, x]))
print(r[0] is r[1])
buf = io.BytesIO()
marshal.dump(s, buf); marshal.dump([1.5, s], buf); marshal.dump(7, buf, 2)
print(buf.getvalue())
buf.seek(0)
print(marshal.load(buf), marshal.load(buf), marshal.load(buf), buf.tell())
print(marshal.loads(marshal.dumps([1, 2]) + b'junk'))
print(marshal.version)
for bad in [b'', b'i\x01', b'?', b'[\x05\x00\x00\x00', b'r\x00\x00\x00\x00', b'0']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
for v in [object(), [object()], len]:
    try:
        marshal.dumps(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.load(buf)
except EOFError as e:
    print('EOFError', e)
try:
    marshal.loads('x')
except TypeError as e:
    print('TypeError', e)
l = []
l.append(l)
d = marshal.dumps(l)
print(d)
r = marshal.loads(d)
print(r[0] is r)
# 400 levels: past the default recursion limit in marshal's own frames, yet
# within what a sanitizer build's larger C frames leave room for.
x = []
for i in range(400):
    x = [x]
try:
    print(len(marshal.dumps(x)))
except Exception as e:
    print(type(e).__name__, e)
x = []
for i in range(3000):
    x = [x]
try:
    marshal.dumps(x)
except Exception as e:
    print(type(e).__name__, e)
try:
    marshal.loads(b'[\x01\x00\x00\x00' * 3000 + b'N')
except Exception as e:
    print(type(e).__name__, e)
print(marshal.loads(b'[\x01\x00\x00\x00' * 400 + b'N') is not None)
