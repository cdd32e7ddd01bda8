# ctypes: what gilvm cannot offer is refused in one clear line (python3 has
# these, so this test has no oracle: see ctypes_refused.nopy).
import ctypes
from ctypes import *

try:
    ctypes.pythonapi.Py_IncRef
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    py_object(1)
except NotImplementedError as e:
    print('NotImplementedError:', e)
print([hasattr(ctypes, n) for n in ('WinDLL', 'OleDLL', 'windll', 'oledll', 'WINFUNCTYPE',
                                    'HRESULT', 'FormatError', 'GetLastError')])
try:
    class Flags(Structure):
        _fields_ = [('a', c_int, 3), ('b', c_int, 5)]
except NotImplementedError as e:
    print('NotImplementedError:', e)


class U(Union):
    _fields_ = [('i', c_int), ('d', c_double)]


f = CFUNCTYPE(c_int, U)
try:
    f(lambda u: 0)
except NotImplementedError as e:
    print('NotImplementedError:', e)
libc = CDLL(None)
libc.abs.argtypes = [U]
try:
    libc.abs(U(1))
except NotImplementedError as e:
    print('NotImplementedError:', e)


class Tight(Structure):
    _pack_ = 1
    _fields_ = [('c', c_char), ('i', c_int)]


libc.abs.argtypes = [Tight]
try:
    libc.abs(Tight(b'a', 1))
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    ctypes.resize(c_int(1), 8)
except NotImplementedError as e:
    print('NotImplementedError:', e)
proto = CFUNCTYPE(c_int, c_int)
try:
    proto(('abs', libc), ((1, 'n'),))
except NotImplementedError as e:
    print('NotImplementedError:', e)
# memory at NULL is refused instead of crashing (CPython would crash)
for f in (lambda: string_at(0), lambda: c_int.from_address(0).value,
          lambda: memset(0, 0, 4), lambda: wstring_at(None)):
    try:
        f()
    except ValueError as e:
        print('ValueError:', e)
try:
    memmove(create_string_buffer(4), b'abcd', -1)
except ValueError as e:
    print('ValueError:', e)
