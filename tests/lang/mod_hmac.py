# hmac: RFC 4231's and RFC 2202's test vectors, every way of naming the
# digest, long keys, copy() and incremental update, compare_digest's rules.
import hashlib
import hmac
import secrets

vectors = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size data."
                    b" The key needs to be hashed before being used by the HMAC algorithm."),
    (b"", b""),
]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b"):
    for key, msg in vectors:
        print(name, hmac.new(key, msg, name).hexdigest()[:32], hmac.digest(key, msg, name).hex()[-8:])
h = hmac.new(b"key", digestmod=hashlib.sha256)
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest() == hmac.new(b"key", b"part one part two", "sha256").hexdigest(),
      c.hexdigest() == hmac.new(b"key", b"part one ", hashlib.sha256).hexdigest())
print(h.name, h.digest_size, h.block_size, hmac.new(b"k", b"m", "sha512").name, hmac.digest_size)
print(hmac.new(bytearray(b"k"), memoryview(b"msg"), "sha1").hexdigest())
for a, b in (("abc", "abc"), ("abc", "abd"), (b"x", b"xy"), (b"", b""), (bytearray(b"q"), b"q"),
             ("é", "é"), ("a", b"a"), (1, 1)):
    try:
        print(repr(a), repr(b), hmac.compare_digest(a, b), secrets.compare_digest(a, b))
    except TypeError as e:
        print(repr(a), repr(b), "TypeError", e)
for bad in ((lambda: hmac.new(b"k")), (lambda: hmac.new("k", b"m", "sha256")), (lambda: hmac.new(b"k", b"m", "nope"))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
