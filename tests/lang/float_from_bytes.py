# float() of bytes-like text, as CPython reads it (ASCII), and a NUL inside the
# text refused, for str too.
print(float(b'1.5'), float(bytearray(b' -2e3 ')), float(memoryview(b'inf')), float(b'1_0.5'))
for bad in (b'x', b'1.5\x00', bytearray(b''), b'\xff'):
    try:
        float(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    float('1.5\x00')
except ValueError as e:
    print('ValueError', e)
