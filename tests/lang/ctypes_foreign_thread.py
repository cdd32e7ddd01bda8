# ctypes: a callback arriving on a thread that gilvm did not start (made by
# pthread_create in C) is refused with one line on stderr and returns 0; the
# program goes on.  (CPython runs it; its result is not printed here.)
from ctypes import *
from ctypes.util import find_library

libc = CDLL(find_library('c'))
START = CFUNCTYPE(c_void_p, c_void_p)
ran = []


def start(arg):
    ran.append(arg)
    return None


routine = START(start)
tid = c_ulong()
libc.pthread_create.argtypes = [POINTER(c_ulong), c_void_p, START, c_void_p]
print(libc.pthread_create(byref(tid), None, routine, None))
ret = c_void_p(1)
libc.pthread_join.argtypes = [c_ulong, POINTER(c_void_p)]
print(libc.pthread_join(tid, byref(ret)), ret.value)
print('still running')
