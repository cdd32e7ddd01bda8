import struct
for f, v in [('<e', 1.5), ('>e', -0.0001), ('e', 65504.0), ('e', 1e-7), ('e', 6e-8), ('e', 2.9e-8), ('e', 65519.99), ('e', float('inf')), ('<e', 0.1), ('f', 3.14), ('>d', -2.5), ('<f', 1e-45)]:
    b = struct.pack(f, v); print(f, v, b, struct.unpack(f, b))
try: struct.pack('<f', 1e300)
except Exception as e: print(type(e).__name__, e)
try: struct.pack('e', 65520.0)
except Exception as e: print(type(e).__name__, e)
print(struct.unpack('<Q', b'\xff'*8), struct.unpack('<q', b'\xfe'+b'\xff'*7), struct.unpack('>H', b'\x01\x02'))
print(struct.calcsize('bi'), struct.calcsize('<bi'), struct.calcsize('bq'), struct.calcsize('ibh'), struct.calcsize('3s2xi'), struct.calcsize('0i'), struct.calcsize('c0i'))
print(struct.pack('3s2p?c', b'abcd', b'xyz', 7, b'!'))
print(struct.unpack('3s2p?c', b'abc\x05y\x01!'))
print(struct.pack('0p', b'ab'), struct.pack('1p', b'ab'), struct.unpack('0s', b''))
s = struct.Struct('>hhl'); print(s.size, s.format, s.unpack(s.pack(1, -2, 3)))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
print(struct.unpack_from('<h', b'\x00\x01\x00', offset=1), struct.unpack_from('<h', b'\x00\x01\x00\x07', -2))
it = struct.iter_unpack('b', b'abc'); print(it.__length_hint__(), next(it), it.__length_hint__())
print(struct.pack(b'<I', 2**32-1), struct.Struct(b'i').format)
print(struct.pack('256p', b'a'*300)[:3])
print(struct.unpack('>Q', struct.pack('>Q', 2**64-1)), struct.pack('<Q', 2**63))
try: struct.pack('Q', 2**64)
except struct.error as e: print(e)
try: struct.unpack('i', b'\x00')
except struct.error as e: print(e, isinstance(e, Exception))


class Tagged(struct.Struct):
    def __init__(self, fmt):
        super().__init__(fmt)
        self.tag = 'mine'


s = Tagged('<hi')
print(s.pack(1, 2), s.size, s.tag, s.unpack(s.pack(3, 4)), isinstance(s, struct.Struct))


class Plain(struct.Struct):
    pass


print(Plain('>I').pack(7), Plain(b'2h').format)
try:
    Plain('z')
except struct.error as e:
    print('error', e)
