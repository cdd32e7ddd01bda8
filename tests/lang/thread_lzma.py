# lzma from several threads at once (lzma_code runs with the GIL released):
# each thread compresses its own buffer one-shot, incrementally and through
# an LZMAFile, and decompresses it with max_length, and the results are
# what one thread gets.  Each thread also feeds its buffer to one shared
# LZMACompressor (under a Python lock only so the pieces are joined in the
# order they were compressed); its stream decompresses to all four.
import io
import lzma
import threading

chunk = bytes(range(256)) * 512          # 128 KiB
checks = [lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256]
results = {}
shared = lzma.LZMACompressor(preset=1)
shared_out = []
order = threading.Lock()


def work(i):
    data = bytes([i]) * 3000 + chunk + str(i).encode() * 100
    z = lzma.compress(data, check=checks[i], preset=i)
    c = lzma.LZMACompressor(check=checks[i])
    zz = b''.join(c.compress(data[k:k + 5000]) for k in range(0, len(data), 5000)) + c.flush()
    d = lzma.LZMADecompressor()
    parts = [d.decompress(zz, 7000)]
    while not d.eof:
        parts.append(d.decompress(b'', 7000))
    buf = io.BytesIO()
    with lzma.LZMAFile(buf, 'w', format=lzma.FORMAT_ALONE) as f:
        f.write(data)
    with order:
        shared_out.append(shared.compress(data))
    results[i] = (lzma.decompress(z) == data, b''.join(parts) == data, d.check,
                  lzma.LZMAFile(io.BytesIO(buf.getvalue())).read() == data, len(data))


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in range(4):
    print(i, results[i])
whole = lzma.decompress(b''.join(shared_out) + shared.flush())
print(len(whole), sorted(whole.count(bytes([i]) * 3000) for i in range(4)))
