# ctypes: simple types, arrays, pointers, buffers and raw memory.
import ctypes
from ctypes import *

simple = [c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint,
          c_long, c_ulong, c_longlong, c_ulonglong, c_size_t, c_ssize_t, c_float,
          c_double, c_char_p, c_wchar_p, c_void_p]
for t in simple:
    print(t.__name__, sizeof(t), alignment(t), repr(t()) if t not in (c_char_p, c_wchar_p) else t().value)
print(sizeof(c_longdouble) >= sizeof(c_double), c_longdouble(2.5).value)
print(c_int8 is c_byte, c_uint8 is c_ubyte, c_int16 is c_short, c_uint32 is c_uint,
      sizeof(c_int64), sizeof(c_uint64), c_uint64(-1).value)

# values, repr and C wrap-around
print(c_int(5), c_int(-5).value, c_uint(-1).value, c_ubyte(300).value, c_byte(200).value)
print(c_short(70000).value, c_ushort(-1).value, c_longlong(2**63).value, c_ulonglong(-2).value)
print(c_int(2**40 + 5).value, c_long(2**64 + 3).value, c_bool(2), c_bool(0).value)
print(c_float(0.1).value, c_double(0.1).value, c_double(3))
print(c_char(b'x'), c_char(65).value, c_wchar('é'), c_char_p(b'abc').value, c_wchar_p('wide').value)
print(c_void_p(None), c_void_p(0).value, c_void_p(1234).value, c_char_p(None).value)
x = c_int(1)
x.value = 99
print(x.value, bool(x), bool(c_int(0)))
for bad in [(c_int, 'a'), (c_int, 1.5), (c_double, 'a'), (c_char, 'ab'), (c_wchar, 'ab'),
            (c_char_p, 5.0)]:
    try:
        bad[0](bad[1])
    except TypeError as e:
        print('TypeError:', e)


class MyInt(c_int):
    pass


print(repr(MyInt(3)).startswith('<MyInt object at 0x'), MyInt(3).value)

# arrays
IntArr = c_int * 5
a = IntArr(1, 2, 3)
print(IntArr.__name__, len(a), sizeof(a), a[0], a[2], a[-1], a[1:4], list(a), a[::2])
a[4] = 2**32 + 7
a[0:2] = [10, 20]
print(list(a), [v * 2 for v in a])
try:
    a[5]
except IndexError as e:
    print('IndexError:', e)
try:
    IntArr(1, 2, 3, 4, 5, 6)
except IndexError as e:
    print('IndexError:', e)
try:
    c_int * -1
except ValueError as e:
    print('ValueError:', e)
print((c_int * 3) is (c_int * 3), 3 * c_int is c_int * 3)
grid = ((c_int * 3) * 2)()
grid[1][2] = 5
print(sizeof(grid), [list(r) for r in grid])
d = (c_double * 2)(1.5, 2.5)
print(list(d))

# char and wchar buffers
s = create_string_buffer(b"hello", 10)
print(sizeof(s), s.value, s.raw, s[0], s[1:3])
s.value = b"hi"
print(s.value, s.raw[:4])
s.raw = b"xyz"
print(s.value)
print(create_string_buffer(b"abc").raw, sizeof(create_string_buffer(4)), c_buffer(b"q").raw)
try:
    s.value = b"x" * 11
except ValueError as e:
    print('ValueError:', e)
w = create_unicode_buffer("héllo")
print(len(w), sizeof(w) == 6 * sizeof(c_wchar), w.value, w[1], w[0:2])
w.value = "ok"
print(w.value)

# pointers
i = c_int(42)
p = pointer(i)
print(type(p).__name__, p.contents.value, p[0], bool(p), bool(POINTER(c_int)()))
p[0] = 43
print(i.value)
p.contents = c_int(7)
print(p.contents.value, i.value)
print(POINTER(c_int) is POINTER(c_int), POINTER(c_int).__name__)
try:
    POINTER(c_int)().contents
except ValueError as e:
    print('ValueError:', e)
arr = (c_int * 4)(10, 20, 30, 40)
pa = cast(arr, POINTER(c_int))
print(pa[0], pa[3], pa[1:3])
pi = pointer(pointer(c_int(5)))
print(pi.contents.contents.value, pi[0][0])
print(addressof(arr) == cast(arr, c_void_p).value, cast(pa, c_void_p).value == addressof(arr))
print(cast(c_char_p(b"cast me"), c_void_p).value != 0)
print(string_at(cast(c_char_p(b"cast me"), c_void_p), 4))
print(cast(create_string_buffer(b"buf"), c_char_p).value)
r = byref(i)
print(type(r).__name__, repr(r).startswith("<cparam 'P' (0x"))

# from_buffer, from_buffer_copy
ba = bytearray(b'\x01\x00\x00\x00\x02\x00\x00\x00')
v = (c_int * 2).from_buffer(ba)
print(list(v))
v[1] = 9
print(bytes(ba))
c = c_int.from_buffer_copy(b'\x05\x00\x00\x00')
print(c.value)
c2 = c_int.from_buffer(ba, 4)
print(c2.value)
try:
    c_int.from_buffer(b'\x00\x00\x00\x00')
except TypeError as e:
    print('TypeError:', e)
try:
    c_double.from_buffer(bytearray(4))
except ValueError as e:
    print('ValueError:', e)

# raw memory
dst = create_string_buffer(8)
memmove(dst, b"abcdef", 6)
print(dst.raw)
memset(dst, ord('z'), 3)
print(dst.raw)
print(string_at(dst), string_at(dst, 2), string_at(addressof(dst), 4))
wb = create_unicode_buffer("wide!")
print(wstring_at(wb), wstring_at(addressof(wb), 2))
q = c_int.from_address(addressof(arr))
print(q.value)

# bytes() of an instance, ctypes instances as buffers, type names
class P(Structure):
    _fields_ = [('x', c_int), ('y', c_int), ('name', c_char_p)]


ps = (P * 3)()
ps[1].x = 5
ps[2] = P(1, 2, b'zz')
print(ps[1].x, ps[2].name, bytes(P(1, 2))[:8], len(bytes(ps)), bytes(c_short(258)))
pp = pointer(ps[2])
print(pp.contents.y, pp[0].name, P().name)
pc = cast(create_string_buffer(b'abcdef'), POINTER(c_char))
print(pc[0], pc[1:4])
ub = (c_ubyte * 4)(1, 2, 3, 4)
print(c_uint.from_buffer(ub).value, c_ushort.from_buffer_copy(ub, 2).value)
print(repr(P), repr(c_int), repr(POINTER(P)), repr(c_int * 2))
print(c_int(1) == c_int(1), isinstance(c_int(1), ctypes._SimpleCData), sizeof(c_int * 0))
x3 = (c_int * 3)(1, 2, 3)
print(list(cast(x3, POINTER(c_int * 3)).contents))
