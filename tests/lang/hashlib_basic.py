# hashlib over OpenSSL: known digests, copy, shake lengths, a 100 kB update (the GIL-released path), and argument errors in CPython's words.
import hashlib
print(hashlib.sha256(b'abc').hexdigest())
h=hashlib.new('md5', b'a'); h.update(b'bc'); c=h.copy(); c.update(b'd'); print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.shake_128(b'x').hexdigest(10))
print(hashlib.sha256(b'x'*100000).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
for bad in [lambda: hashlib.new('foo'), lambda: hashlib.sha256('x'), lambda: hashlib.sha256(1), lambda: hashlib.new(1), lambda: hashlib.sha256(b'',b''), lambda: hashlib.sha256().update('s'), lambda: hashlib.sha256().update(), lambda: hashlib.sha256(string=b'x', data=b'y'),lambda: hashlib.md5(data=b'a')]:
  try: print(bad())
  except Exception as e: print(type(e).__name__, e)
