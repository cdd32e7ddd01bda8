# multiprocessing's shared Value/Array take a ctypes simple type for its typecode.
import ctypes
import multiprocessing


def child(v, a):
    with v.get_lock():
        v.value += 10
    a[0] = a[0] * 2


if __name__ == '__main__':
    ctx = multiprocessing.get_context('fork')
    v = ctx.Value(ctypes.c_int, 5)
    a = ctx.Array(ctypes.c_double, [1.5, 2.5, 3.5])
    print(v.value, a[:], len(a))
    p = ctx.Process(target=child, args=(v, a))
    p.start()
    p.join()
    print(v.value, a[:], p.exitcode)
    s = ctx.RawArray(ctypes.c_char, 4)
    s.value = b'ab'
    print(s.value, ctx.RawValue(ctypes.c_ubyte, 300).value)
