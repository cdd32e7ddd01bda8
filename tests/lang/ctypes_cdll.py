# ctypes: loading libraries, calling C functions, argtypes/restype/errcheck, errno.
import ctypes
import errno
import os
import threading
from ctypes import (CDLL, PyDLL, cdll, c_int, c_long, c_double, c_char_p, c_size_t,
                    create_string_buffer, get_errno, set_errno, ArgumentError)
from ctypes.util import find_library

libc_name = find_library('c')
libm_name = find_library('m')
print(libc_name.startswith('libc.so'), libm_name.startswith('libm.so'))
print(find_library('no_such_library_xyz'))

libc = CDLL(libc_name)
print(isinstance(libc, CDLL), repr(libc).startswith("<CDLL '%s', handle " % libc_name))
print(libc.strlen(b"hello"), libc.abs(-42), libc['abs'](-7))
print(libc.strlen is libc.strlen, libc.strlen.__name__)
print(cdll.LoadLibrary(libc_name).abs(-3))
proc = CDLL(None)
print(proc.getpid() == os.getpid())

# default conversions: int -> c_int, bytes -> char *, str -> wchar_t *, None -> NULL
print(libc.abs(2**31 - 1), libc.abs(-2**31 + 1))
libc.wcslen.restype = c_size_t
print(libc.wcslen("wide string"))
buf = create_string_buffer(16)
print(libc.snprintf(buf, 16, b"%s|%d", b"ab", 12), buf.value)
for bad in (1.5, [1], 2**64, -2**63 - 1):
    try:
        libc.abs(bad)
    except ArgumentError as e:
        print('ArgumentError:', e)

# argtypes and restype
libc.labs.argtypes = [c_long]
libc.labs.restype = c_long
print(libc.labs(-2**40), libc.labs.argtypes == (c_long,), libc.labs.restype is c_long)
libm = CDLL(libm_name)
libm.sqrt.restype = c_double
libm.sqrt.argtypes = [c_double]
libm.pow.restype = c_double
libm.pow.argtypes = (c_double, c_double)
libm.cos.restype = c_double
libm.cos.argtypes = [c_double]
print(libm.sqrt(2.0), libm.sqrt(16), libm.pow(2, 10), libm.cos(0))
try:
    libm.sqrt("x")
except ArgumentError as e:
    print('ArgumentError:', e)
try:
    libm.pow(2.0)
except TypeError as e:
    print('TypeError:', e)
libc.snprintf.argtypes = [c_char_p, c_size_t, c_char_p, c_int, c_double]
print(libc.snprintf(buf, 16, b"%d/%.2f", 7, 0.25), buf.value)

# restype None (void), a callable restype, errcheck
libc.srand.restype = None
print(libc.srand(1))
libc.abs.restype = lambda v: 'abs=%d' % v
print(libc.abs(-9))
libc.abs.restype = c_int


def check(result, func, args):
    print('errcheck', result, func.__name__, args)
    if result > 3:
        raise ValueError('too long: %d' % result)
    return result * 10


libc.strlen.errcheck = check
print(libc.strlen(b"abc"))
try:
    libc.strlen(b"abcdef")
except ValueError as e:
    print('ValueError:', e)
del check

# missing libraries and symbols
try:
    CDLL('libno_such_library_xyz.so')
except OSError as e:
    print('OSError:', e)
try:
    libc.no_such_function_xyz
except AttributeError as e:
    print('AttributeError:', str(e).endswith('undefined symbol: no_such_function_xyz'))
print(hasattr(ctypes, 'WinDLL'), hasattr(ctypes, 'windll'), hasattr(ctypes, 'oledll'))

# use_errno: errno is swapped with ctypes' private copy around the call
m = CDLL(libm_name, use_errno=True)
m.sqrt.restype = c_double
m.sqrt.argtypes = [c_double]
print(set_errno(0) is not None, get_errno())
r = m.sqrt(-1.0)
print(r != r, get_errno() == errno.EDOM)
print(set_errno(17) == errno.EDOM, get_errno())
set_errno(0)

# PyDLL keeps the GIL; calls still work
pylibc = PyDLL(libc_name)
print(pylibc.strlen(b"four"), pylibc.abs(-1))

# a CDLL call releases the GIL: the main thread runs while a thread sleeps in C
done = threading.Event()


def sleeper():
    for _ in range(5):
        libc.usleep(200000)
    done.set()


t = threading.Thread(target=sleeper)
count = 0
t.start()
while not done.is_set():
    count += 1
t.join()
print('main thread ran while usleep held no GIL:', count > 1000)
