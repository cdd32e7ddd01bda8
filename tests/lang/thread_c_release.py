# C work that releases the GIL (hashlib, zlib, bz2) gives the same results
# from two threads at once as from one: each thread hashes and compresses
# its own large buffer, and both feed ONE shared hash object (the object's
# lock keeps its state whole; both feed the same chunk, so the digest does
# not depend on the interleaving).
import bz2
import hashlib
import threading
import zlib

chunk = bytes(range(256)) * 1024          # 256 KiB: above every release threshold
shared = hashlib.sha256()
results = {}


def work(name, seed):
    data = bytes([seed]) * 1000 + chunk
    h = hashlib.sha256()
    for _ in range(4):
        h.update(data)
        shared.update(chunk)
    z = zlib.compress(data * 2, 6)
    b = bz2.compress(data, 1)
    results[name] = (h.hexdigest(), zlib.decompress(z) == data * 2, bz2.decompress(b) == data,
                     zlib.crc32(data))


threads = [threading.Thread(target=work, args=("t%d" % i, i)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for i in range(2):
    data = bytes([i]) * 1000 + chunk
    want = (hashlib.sha256(data * 4).hexdigest(), True, True, zlib.crc32(data))
    print("t%d" % i, results["t%d" % i] == want, results["t%d" % i][0][:16])
print(shared.hexdigest() == hashlib.sha256(chunk * 8).hexdigest())
