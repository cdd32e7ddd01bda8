# bytearray: constructors, indexing, slice assignment and deletion, the list-like
# methods, operators, the methods shared with bytes, subclassing, pinning by a view.
a = bytearray(b'hello')
print(a, len(a), a[0], a[-1], a[1:3], bytes(a))
a[0] = 72
a.append(33)
a.extend(b' world')
a.extend([1, 2])
print(a)
a += b'!!'
print(a, a * 2, 2 * bytearray(b'ab'))
del a[-2:]
print(a.pop(), a.pop(0), a)
a.insert(0, 104); a.insert(100, 46); a.insert(-100, 95)
print(a)
a.remove(95); a.reverse(); print(a); a.reverse()
print(a == b'hello!!' , b'hello' == bytearray(b'hello'), bytearray(b'a') < b'b')
print(b'ell' in a, 108 in a, a.find(b'lo'), a.startswith(b'he'), a.endswith((b'x', b'.')))
print(a.hex(), bytearray.fromhex('41 42'), a.decode())
print(bytearray(3), bytearray([1,2,3]), bytearray('hé', 'utf-8'), bytearray(range(4)))
a[1:3] = b'XYZW'; print(a)
a[::2] = bytearray(len(a[::2])); print(a)
del a[::3]; print(a)
print(list(bytearray(b'abc')), bytearray(b'-').join([b'a', bytearray(b'b'), memoryview(b'c')]))
c = a.copy(); c.clear(); print(c, a == c)
x = bytearray(b'ab'); x *= 3; print(x)
print(b'x' + bytearray(b'y'), type(b'x' + bytearray(b'y')), bytearray(b'x') + b'y')
class B(bytearray):
    pass
b = B(b'xy'); b.append(0x7a); print(b, len(b), type(b).__name__, isinstance(b, bytearray))
print(repr(bytearray(b"it's")))
try:
    hash(a)
except TypeError as e:
    print(e)
m = memoryview(a)
try:
    a.append(1)
except BufferError as e:
    print('BufferError', e)
m.release()
a.append(1); print(a)
