# memoryview over arrays and cast(): every array typecode as a format, items
# read and written as C numbers, CPython's errors.
import array, struct
a = array.array('i', [1, 2, 300, -5])
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m[2], m[-1], m.tolist(), m.shape, m.strides)
m[0] = 42
print(a, m[1:3].tolist(), m[::2].tolist(), m[::-1].tolist())
for bad in (2**40, 1.5, 'x'):
    try:
        m[0] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b = bytearray(struct.pack('<4i', 10, 20, 30, 40))
v = memoryview(b).cast('i')
print(v.format, v.tolist(), len(v), v.nbytes, v.cast('B')[:4].tolist(), v.cast('b').format)
v[1] = -7
print(struct.unpack('<4i', b))
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5; d[1] = 3
print(d.tolist(), memoryview(array.array('d', [1.5, 3.0])) == d)
for args in (('i',), ('@q',), ('x',), ('ii',)):
    try:
        print(memoryview(b'12345678').cast(*args).tolist())
    except Exception as e:
        print(type(e).__name__, e)
try:
    v.cast('h')
except TypeError as e:
    print('TypeError', e)
try:
    memoryview(b'123').cast('i')
except TypeError as e:
    print('TypeError', e)
print(memoryview(b'abcd').cast('B', [4]).tolist(), memoryview(b'\x01\x00\x00\x00').cast('I')[0])
print(hash(memoryview(b'ab')) == hash(b'ab'))
try:
    hash(memoryview(bytes(8)).cast('i'))
except ValueError as e:
    print('ValueError', e)
m2 = memoryview(array.array('h', [1, 2, 3]))
try:
    m2[0:2] = b'\x01\x00\x02\x00'
except ValueError as e:
    print('ValueError', e)
m2[0:2] = array.array('h', [9, 8])
print(m2.tolist(), bytes(m2), m2.hex(), m2.tobytes())
print(memoryview(array.array('Q', [2**64 - 1]))[0], memoryview(array.array('f', [0.5])).tolist())
print(list(memoryview(array.array('b', [-1, 2]))), memoryview(array.array('B', [1, 2])) == b'\x01\x02')
print(memoryview(array.array('i', [1])) == b'\x01\x00\x00\x00', memoryview(array.array('i', [1])) == array.array('i', [1]))
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), 'out')
with open(path, 'wb') as f:
    f.write(memoryview(array.array('i', [1, 2])))
print(open(path, 'rb').read())
