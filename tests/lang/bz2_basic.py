# bz2: round trips (one-shot, streamed, max_length), multi-stream input, trailing garbage, and each error as CPython raises it.
import bz2
for bad in [lambda: bz2.decompress(b'abc'), lambda: bz2.compress('s'), lambda: bz2.compress(b'x', 10), lambda: bz2.decompress(bz2.compress(b'abc')[:-3]), lambda: bz2.BZ2Compressor(0), lambda: bz2.BZ2Decompressor().decompress(b'BZh9xx'), lambda: bz2.compress(b''), lambda: bz2.decompress(b'')]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
c = bz2.BZ2Compressor(); c.compress(b'a'); c.flush()
for bad in [lambda: c.compress(b'a'), lambda: c.flush()]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
d = bz2.BZ2Decompressor(); print(d.decompress(bz2.compress(b'hi') + b'zz'), d.eof, d.unused_data, d.needs_input)
try: d.decompress(b'x')
except Exception as e: print(type(e).__name__, e)
print(bz2.decompress(bz2.compress(b'a') + bz2.compress(b'b')))
print(bz2.decompress(bz2.compress(b'a') + b'junk'))
data = bytes(range(256)) * 2000 + b'end'
z = bz2.compress(data, 5)
print(len(z), bz2.decompress(z) == data)
c = bz2.BZ2Compressor()
z = b''.join([c.compress(data[i:i+7000]) for i in range(0, len(data), 7000)]) + c.flush()
print(bz2.decompress(z) == data)
d = bz2.BZ2Decompressor()
out = [d.decompress(z, 10000)]
while not d.eof:
    out.append(d.decompress(b'', 10000))
print(b''.join(out) == data, len(out), d.needs_input)
