# ctypes: Structure and Union layout, fields, nesting, passing and returning.
from ctypes import *
from ctypes.util import find_library


class Point(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


class Rect(Structure):
    _fields_ = [('name', c_char * 6), ('a', Point), ('b', Point), ('tags', c_short * 3),
                ('w', c_double)]


print(sizeof(Point), alignment(Point), sizeof(Rect), alignment(Rect))
for f in ('name', 'a', 'b', 'tags', 'w'):
    fd = getattr(Rect, f)
    print(f, fd, fd.offset, fd.size)
p = Point(1, 2)
print(p.x, p.y)
p.x = 2**32 + 10
print(p.x)
r = Rect(b'box', Point(1, 2), w=1.5)
print(r.name, r.a.x, r.a.y, r.b.x, list(r.tags), r.w)
r.b.y = 7
r.tags[1] = -3
r.tags = (c_short * 3)(4, 5, 6)
print(r.b.y, list(r.tags))
r.a = Point(8, 9)
print(r.a.x, r.a.y)
inner = r.a
inner.x = 100
print(r.a.x, inner._b_base_ is r)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
print(bytes(memoryview(bytearray(string_at(addressof(p), sizeof(p))))) == string_at(addressof(p), 8))


class Packed(Structure):
    _pack_ = 1
    _fields_ = [('c', c_char), ('i', c_int), ('d', c_double)]


class Unpacked(Structure):
    _fields_ = [('c', c_char), ('i', c_int), ('d', c_double)]


print(sizeof(Packed), Packed.i.offset, Packed.d.offset, sizeof(Unpacked), Unpacked.d.offset)


class Pack2(Structure):
    _pack_ = 2
    _fields_ = [('c', c_char), ('q', c_longlong)]


print(sizeof(Pack2), Pack2.q.offset)


class Num(Union):
    _fields_ = [('i', c_uint), ('f', c_float), ('b', c_ubyte * 4)]


n = Num()
n.f = 1.0
print(sizeof(Num), hex(n.i), list(n.b), Num.f.offset)


class Base(Structure):
    _fields_ = [('a', c_int)]


class Derived(Base):
    _fields_ = [('b', c_int)]


d = Derived(1, 2)
print(sizeof(Derived), Derived.b.offset, d.a, d.b)

# self-referential structure with _fields_ set after the class
class Node(Structure):
    pass


Node._fields_ = [('value', c_int), ('next', POINTER(Node))]
n2 = Node(2)
n1 = Node(1, pointer(n2))
print(n1.next.contents.value, bool(n2.next), sizeof(Node))

# by pointer and by value through C: memcmp, qsort-free helpers from libc
libc = CDLL(find_library('c'))
libc.memcmp.argtypes = [c_void_p, c_void_p, c_size_t]
print(libc.memcmp(byref(Point(1, 2)), byref(Point(1, 2)), sizeof(Point)),
      libc.memcmp(pointer(Point(1, 2)), byref(Point(1, 3)), sizeof(Point)) < 0)

# div() takes two ints and returns a div_t structure by value
class div_t(Structure):
    _fields_ = [('quot', c_int), ('rem', c_int)]


libc.div.restype = div_t
libc.div.argtypes = [c_int, c_int]
res = libc.div(17, 5)
print(type(res).__name__, res.quot, res.rem)

# a structure passed by value to a C callback taking it back through qsort
CMP = CFUNCTYPE(c_int, POINTER(Point), POINTER(Point))
pts = (Point * 4)(Point(3, 0), Point(1, 1), Point(2, 2), Point(0, 3))
libc.qsort.restype = None
libc.qsort(pts, len(pts), sizeof(Point), CMP(lambda a, b: a[0].x - b[0].x))
print([(q.x, q.y) for q in pts])

# ldiv with long fields
class ldiv_t(Structure):
    _fields_ = [('quot', c_long), ('rem', c_long)]


libc.ldiv.restype = ldiv_t
libc.ldiv.argtypes = [c_long, c_long]
res = libc.ldiv(-(2**40) - 3, 2**20)
print(res.quot, res.rem)
try:
    class Bad(Structure):
        _fields_ = [('x', int)]
except TypeError as e:
    print('TypeError:', e)

# a structure passed by value: inet_ntoa(struct in_addr)
class in_addr(Structure):
    _fields_ = [('s_addr', c_uint32)]


libc.inet_ntoa.argtypes = [in_addr]
libc.inet_ntoa.restype = c_char_p
print(libc.inet_ntoa(in_addr(0x0100007f)), libc.inet_ntoa(in_addr(0x04030201)))
try:
    libc.inet_ntoa(5)
except ArgumentError as e:
    print('ArgumentError:', e)

# strings stored through fields at several depths stay alive while the structure does
import gc


class Inner(Structure):
    _fields_ = [('s', c_char_p), ('w', c_wchar_p)]


class Outer(Structure):
    _fields_ = [('t', c_char_p), ('inner', Inner), ('more', Inner * 2)]


o = Outer()
o.t = b'out' * 3
o.inner.s = b'in' * 2
o.inner.w = 'wide' * 2
o.more[1].s = b'deep' + b'er'
o.more[1] = Inner(b'x' * 3, 'y' * 2)
gc.collect()
print(o.t, o.inner.s, o.inner.w, o.more[1].s, o.more[1].w, o.more[0].s)
