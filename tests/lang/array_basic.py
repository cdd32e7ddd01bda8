# array.array: every typecode's size and range errors, construction from lists,
# bytes and arrays, indexing, slices (assignment and deletion too), the
# list-like methods, bytes round trips, operators and the buffer it exports.
from array import array, typecodes
import struct

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

print(sorted(typecodes.replace("u", "")))
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    print(tc, a.itemsize, a.typecode, a, len(a), a.tobytes() == struct.pack('=3' + tc, 1, 2, 3))
    for v in (2**70, -2**70, 2**64, -1, 'x', 1.5, 2**63, 2**32, 256, 128, -129, 65536, 32768):
        try:
            array(tc, [v])
        except (OverflowError, TypeError) as e:
            print('  ', v, type(e).__name__, e)
print(array('Q', [2**64 - 1]), array('L', [2**63]), array('f', [0.1])[0], array('d', [0.1])[0])
a = array('i', [5, 6, 7, 8, 9])
print(a[0], a[-1], a[1:3], a[::-2], a.tolist(), list(a), 7 in a, 70 in a)
a[0] = -5; a[1:3] = array('i', [60, 61, 62]); print(a)
a[::2] = array('i', [0, 0, 0]); print(a)
del a[1]; del a[::2]; print(a)
a.append(1); a.extend([2, 3]); a.extend(array('i', [4])); a.insert(0, 100); a.insert(-100, 99)
print(a, a.pop(), a.pop(0), a.index(2), a.count(0), a)
a.remove(100); a.reverse(); print(a)
b = array('h')
b.frombytes(b'\x01\x00\x02\x00'); b.fromlist([3]); print(b, b.tobytes(), bytes(b))
print(array('i', [1, 2]) + array('i', [3]), array('b', [1]) * 3, 2 * array('d', [0.5]))
c = array('i', [1]); alias = c; c += array('i', [2]); c *= 2; print(alias, c is alias)
print(array('b', [1]) == array('h', [1]), array('i', [1]) < array('i', [2]), array('i') == array('i'))
print(repr(array('d')), array('u' if False else 'B', b'ab'))
print(array('B', b'xyz').tobytes(), memoryview(array('B', [1, 2])).tolist())
pinned = array('B', [1, 2])
m = memoryview(pinned)
t(lambda: pinned.append(3))
m[0] = 9
m.release(); pinned.append(3); print(pinned)
t(lambda: array('z'))
t(lambda: array(1))
t(lambda: array())
t(lambda: array('i', b'abc'))
t(lambda: array('i', 'ab'))
t(lambda: array('i', [1]).frombytes(b'abc'))
t(lambda: array('i', [1])[10])
t(lambda: array('i', [1]).pop(10))
t(lambda: array('i').pop())
t(lambda: array('i') + array('d'))
t(lambda: array('i') + [3])
t(lambda: array('i').index(9))
t(lambda: array('i').remove(9))
t(lambda: array('i').extend(array('d')))
t(lambda: array('i').__setitem__(slice(0, 1), [1]))
t(lambda: hash(array('i')))
t(lambda: array('i').fromlist(1))
t(lambda: array('i').fromlist(['x']))
t(lambda: array('i', [1, 2]).__setitem__(0, 'x'))
