# The C consumers of bytes-like data take bytes, bytearray and memoryview alike:
# hashlib, zlib, bz2, binascii, struct.unpack, bytes(), b''.join, binary file
# writes, os.write and socket sends.
import hashlib, zlib, bz2, binascii, struct, os, socket, sys

print(hashlib.sha256(bytearray(b'abc')).hexdigest() == hashlib.sha256(memoryview(b'abc')).hexdigest())
h = hashlib.md5(); h.update(bytearray(b'ab')); h.update(memoryview(b'c')); print(h.hexdigest())
big = bytearray(b'z' * 5000)
print(hashlib.sha1(big).hexdigest(), hashlib.sha1(memoryview(big)[100:]).hexdigest())
print(zlib.decompress(bytearray(zlib.compress(memoryview(b'x' * 100)))) == b'x' * 100)
print(zlib.crc32(bytearray(b'abc')), zlib.adler32(memoryview(b'abc')))
c = zlib.compressobj(); out = c.compress(bytearray(b'y' * 64)) + c.flush()
print(zlib.decompressobj().decompress(memoryview(out)) == b'y' * 64)
print(binascii.hexlify(bytearray(b'\x01\x02')), binascii.unhexlify(bytearray(b'0a0b')))
print(struct.unpack('<HH', bytearray(b'\x01\x00\x02\x00')), struct.unpack('>I', memoryview(b'\x00\x00\x01\x00')))
print(bytes(bytearray(b'xy')), bytes(memoryview(b'zz')), bytes(memoryview(b'abcdef')[::2]),
      b''.join([bytearray(b'a'), memoryview(b'b')]))
print(bz2.decompress(bytearray(bz2.compress(memoryview(b'q' * 50)))) == b'q' * 50)
for bad in (lambda: hashlib.md5('x'), lambda: zlib.compress('x'), lambda: struct.unpack('B', 1),
            lambda: hashlib.md5(memoryview(b'abcd')[::2])):
    try:
        bad()
    except (TypeError, BufferError) as e:
        print(type(e).__name__, e)

path = sys.argv[0] + '.tmp'
with open(path, 'wb') as f:
    f.write(bytearray(b'one '))
    f.write(memoryview(b'two three')[:4])
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, bytearray(b'four'))
os.close(fd)
with open(path, 'rb') as f:
    print(f.read())
os.unlink(path)

a, b = socket.socketpair()
a.sendall(bytearray(b'ping '))
a.send(memoryview(b'pong'))
got = b''
while len(got) < 9:
    got += b.recv(100)
print(got)
a.close(); b.close()
