# struct over writable buffers: pack_into at positive and negative offsets,
# unpack_from and iter_unpack over bytearray and memoryview, the Struct
# class's forms, and the errors with CPython's messages.
import struct

def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

buf = bytearray(12)
struct.pack_into('<HI', buf, 0, 1, 0xdeadbeef)
struct.pack_into('>h', buf, -2, -2)
print(buf)
m = memoryview(buf)
struct.pack_into('2s', m, 6, b'hi')
print(buf, struct.unpack_from('<HI', buf), struct.unpack_from('>h', m, 10), struct.unpack_from('2s', buf, offset=6))
s = struct.Struct('<BB')
s.pack_into(buf, 8, 7, 9)
print(buf[8:10], s.unpack_from(buf, 8), list(s.iter_unpack(bytearray(b'\x01\x02\x03\x04'))))
it = struct.iter_unpack('<H', buf)
print(it.__length_hint__(), next(it), it.__length_hint__(), len(list(it)))
pinned = bytearray(4)
it = struct.iter_unpack('<H', pinned)
t(lambda: pinned.append(1))
print(list(it))
pinned.append(1)
print(pinned)
t(lambda: struct.pack_into('<I', b'1234', 0, 1))
t(lambda: struct.pack_into('<I', bytearray(4), 1, 1))
t(lambda: struct.pack_into('<I', bytearray(4), -2, 1))
t(lambda: struct.pack_into('<I', bytearray(4), -8, 1))
t(lambda: struct.pack_into('<I', bytearray(4), 'x', 1))
t(lambda: struct.pack_into('<I', bytearray(4), 0))
t(lambda: struct.pack_into('<I', bytearray(4)))
t(lambda: struct.pack_into('<I', bytearray(4), 0, 'x'))
t(lambda: struct.pack_into('<I', memoryview(b'1234'), 0, 1))
t(lambda: struct.unpack_from('<I', bytearray(3)))
t(lambda: struct.iter_unpack('<I', bytearray(3)))
t(lambda: struct.iter_unpack('<I', 5))
