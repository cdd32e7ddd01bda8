# zlib: one-shot and streamed round trips of 1 MB, max_length with unconsumed_tail, zdict, checksums, and zlib.error's messages.
import zlib
print(zlib.error, zlib.error.__module__, zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, zlib.Z_DEFAULT_COMPRESSION)
for bad in [lambda: zlib.decompress(b'abc'), lambda: zlib.compress('s'), lambda: zlib.compress(b'x', 10), lambda: zlib.decompress(zlib.compress(b'abc')[:-3]), lambda: zlib.compressobj(11), lambda: zlib.crc32('x'), lambda: zlib.decompressobj().decompress(b'xx'), lambda: zlib.compress(b'', level=3), lambda: zlib.decompress(b'', 15, 0),lambda: zlib.decompressobj().decompress(b'x', -1)]:
  try: print(repr(bad()))
  except Exception as e: print(type(e).__name__, e)
d=zlib.decompressobj(); print(d.decompress(zlib.compress(b'hello')+b'extra'), d.unused_data, d.eof, d.unconsumed_tail)
print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 5), zlib.adler32(b'hello'), zlib.adler32(b'hello', 7))
print(zlib.compress(b'hello world', 9), zlib.compress(b'hello',wbits=-15))
data = bytes(range(256)) * 4000 + b'tail'
c = zlib.compress(data)
print(len(c), zlib.decompress(c) == data, zlib.crc32(data))
co = zlib.compressobj(6)
parts = [co.compress(data[i:i+10000]) for i in range(0, len(data), 10000)]
parts.append(co.flush())
z = b''.join(parts)
print(len(z), zlib.decompress(z) == data)
do = zlib.decompressobj()
out = []
buf = z
while buf:
    out.append(do.decompress(buf, 5000))
    buf = do.unconsumed_tail
out.append(do.flush())
print(b''.join(out) == data, do.eof, len(out))
co = zlib.compressobj(zdict=b'hello world')
x = co.compress(b'hello world hello') + co.flush()
do = zlib.decompressobj(zdict=b'hello world'); print(do.decompress(x))
try: zlib.decompressobj().decompress(x)
except zlib.error as e: print(e)
co = zlib.compressobj(); a = co.compress(b'abc') + co.flush(zlib.Z_SYNC_FLUSH); print(zlib.decompressobj().decompress(a))
