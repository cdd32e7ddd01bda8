# secrets: tokens and numbers from the kernel's generator, shown by length,
# type and range only; compare_digest's answers and its TypeErrors.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(0)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(3)), set(secrets.token_hex(64)) <= set(string.hexdigits.lower()))
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(4)), len(secrets.token_urlsafe(None)))
safe = set(string.ascii_letters + string.digits + '-_')
print(set(secrets.token_urlsafe(300)) <= safe)
print(secrets.token_bytes(8) != secrets.token_bytes(8))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(secrets.choice('x'), secrets.choice([3, 3, 3]), secrets.choice('abc') in 'abc')
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
print(sorted(secrets.__all__))

print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest('ab', 'abc'))
print(secrets.compare_digest(b'abc', bytearray(b'abc')), secrets.compare_digest(b'', b''),
      secrets.compare_digest(memoryview(b'x'), b'y'), secrets.compare_digest(b'xy', b'x'))


def show(fn, *args):
    try:
        print(repr(fn(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(secrets.randbelow, 0)
show(secrets.randbelow, -3)
show(secrets.randbits, -1)
show(secrets.choice, [])
show(secrets.token_bytes, -1)
for a, b in [('a', b'a'), (b'a', 'a'), (b'a', 1), (1, b'a'), ('a', 1), (1, 2), ('é', 'é'), ('a', 'é')]:
    show(secrets.compare_digest, a, b)
