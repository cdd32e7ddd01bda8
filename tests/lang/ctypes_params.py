# ctypes: _as_parameter_, in_dll, from_param of None, char/wchar arrays, pointer casts.
from ctypes import *
from ctypes.util import find_library
import ctypes
libc = CDLL(find_library('c'))
class Wrap:
    def __init__(self, b): self._as_parameter_ = b
print(libc.strlen(Wrap(b'abcd')))
optind = c_int.in_dll(libc, 'optind'); print(optind.value >= 0)
F = CFUNCTYPE(c_int, c_char_p, POINTER(c_int))
def cb(s, p): p[0] = len(s); return 7
n = c_int()
print(F(cb)(b'hello', byref(n)), n.value)
print(libc.strlen.argtypes, libc.strlen.restype)
print(sizeof(c_bool), c_bool(True).value, c_char_p.from_param(None), c_wchar_p(u'z').value)
a = (c_char * 3)(b'a', b'b', b'c'); print(a.value, a.raw, a[:], list(a))
w = (c_wchar * 3)('x', 'y'); print(w.value, w[:], list(w))
print(cast(None, c_void_p).value, cast(0, POINTER(c_int)).__bool__())
s = create_string_buffer(b'xy'); print(repr(s)[:20])
print(sizeof(pointer(c_int(1))), type(byref(c_int(1), 2)).__name__)
p = POINTER(c_double)(); print(bool(p))
arr = (c_double*3)(1,2,3); pd = cast(arr, POINTER(c_double)); pd[1] = 9; print(list(arr))
print(c_ulong(-1).value == 2**64-1, c_size_t(-1).value == 2**64 - 1, c_ssize_t(2**63).value)
libc.getenv.restype = c_char_p; print(libc.getenv(b'NO_SUCH_ENV_VAR_XYZ'))
print(libc.printf.__name__, libc['printf'] is libc['printf'])
libc.strlen.argtypes = [c_char_p]
libc.memset.argtypes = [POINTER(c_char), c_int, c_size_t]
libc.memset.restype = c_void_p
print(libc.memset(None, 0, 0), POINTER(c_int).from_param(None))
try:
    CFUNCTYPE(c_int).from_param(None)
except TypeError as e:
    print('TypeError:', e)
print(libc.strlen(create_string_buffer(b'four')))
