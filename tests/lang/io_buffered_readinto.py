# BufferedReader.readinto / readinto1 / read1 into bytearray, memoryview
# and array buffers.
import array
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), 'data.bin')
with open(path, 'wb') as f:
    f.write(bytes(range(256)) * 400)

with open(path, 'rb') as f:
    b = bytearray(10)
    print(f.readinto(b), b)
    m = memoryview(bytearray(6))
    print(f.readinto(m[1:5]), bytes(m))
    a = array.array('B', bytes(4))
    print(f.readinto(a), a.tolist())
    print(f.readinto1(bytearray(3)), f.tell())
    print(len(f.read1(5)), len(f.read1(0)), f.tell())
    big = bytearray(200000)
    n = f.readinto(big)
    print(n, big[:3], f.tell(), f.readinto(bytearray(5)))
    print(f.readinto1(bytearray(5)), f.read1(), f.read1(3))
    for bad in [b'abc', 'text', memoryview(b'ro')]:
        try:
            f.readinto(bad)
        except TypeError as e:
            print(type(e).__name__, e)
with open(path, 'wb') as f:
    try:
        f.readinto(bytearray(2))
    except OSError as e:   # io.UnsupportedOperation in CPython, an OSError
        print('OSError', e)
