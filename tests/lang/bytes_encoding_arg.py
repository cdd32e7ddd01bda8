# bytes() and bytearray(): an encoding or errors argument needs a str source.
class WithBytes:
    def __bytes__(self):
        return b'own'


cases = [
    lambda: bytes(b'x', 'utf-8'),
    lambda: bytes(b'x', errors='strict'),
    lambda: bytes(3, 'utf-8'),
    lambda: bytes([1, 2], 'ascii'),
    lambda: bytes(memoryview(b'ab'), 'utf-8'),
    lambda: bytes(encoding='utf-8'),
    lambda: bytes(errors='strict'),
    lambda: bytes(WithBytes(), 'utf-8'),
    lambda: bytes('text'),
    lambda: bytes('text', errors='strict'),
    lambda: bytes('text', 'utf-8'),
    lambda: bytes(WithBytes()),
    lambda: bytes(b'x'),
    lambda: bytearray(b'x', 'utf-8'),
    lambda: bytearray(b'x', errors='strict'),
    lambda: bytearray(2, 'utf-8'),
    lambda: bytearray(encoding='utf-8'),
    lambda: bytearray('text', 'utf-8'),
]
for case in cases:
    try:
        print(repr(case()))
    except TypeError as e:
        print('TypeError:', e)
