# memoryview over bytes and bytearray: indexing, zero-copy slices (strided too),
# writes through a view, release and the context manager, and the errors.
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = b'hello world'
m = memoryview(b)
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m.tobytes(), m.tolist()[:3], m.hex(), m[1:5].tobytes(), bytes(m[::2]), m[::-1].tobytes())
print(m == b, m == b'x', m[0:5] == b'hello', m.obj is b, m[2:8][1:3].tobytes())
print(list(m[:3]), hash(m) == hash(b))
a = bytearray(b'abcdef')
w = memoryview(a)
w[0] = 65
w[1:3] = b'BC'
w[::2] = b'xyz'
print(a, w.readonly, w.tobytes())
s = w[2:4]
s[0] = 0x21
print(a, bytes(s))
w[0:2] = w[2:4]
print(a)
print(memoryview(w).tobytes(), w.cast('B').tolist())
with memoryview(a) as v:
    print(v[0])
t(lambda: v[0])
t(lambda: len(v))
t(lambda: v.tobytes())
print(v == v, v == memoryview(a), repr(v)[:18])
t(lambda: m.__setitem__(0, 1))
t(lambda: w.__setitem__(0, 256))
t(lambda: w.__setitem__(0, 'x'))
t(lambda: w.__setitem__(slice(0, 2), b'xyz'))
t(lambda: w.__delitem__(0))
t(lambda: w[100])
t(lambda: w['a'])
t(lambda: hash(w))
t(lambda: memoryview(1))
t(lambda: memoryview('abc'))
t(lambda: a.append(1))
w.release(); s.release()
a.append(1)
print(a)
e = m[-100::-1]
print(len(e), e.tobytes(), bytes(e), m[::-1][1:3].tobytes(), m[4:1:-2].tolist(), m[1:4][::-1].tobytes())
