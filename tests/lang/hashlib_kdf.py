# hashlib key derivation: pbkdf2_hmac and scrypt (known vectors, lengths, argument errors)
import hashlib
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', bytearray(b'pw'), memoryview(b'salt'), 2, 5).hex(), hashlib.pbkdf2_hmac(hash_name='md5', password=b'', salt=b'', iterations=1, dklen=None).hex())
for a in [(1, b'p', b's', 1), ('sha1', 'p', b's', 1), ('sha1', b'p', b's', 0), ('sha1', b'p', b's', 1, 0), ('sha1', b'p', b's', -1), ('sha1', b'p')]:
    try: hashlib.pbkdf2_hmac(*a)
    except Exception as e: print(type(e).__name__, e)
try: hashlib.pbkdf2_hmac('nope', b'p', b's', 1)
except ValueError: print('ValueError')
print(hashlib.pbkdf2_hmac('sha256', b'p', b's', 1).hex()[:8], hashlib.pbkdf2_hmac('sha512', b'p', b's', 3, 100).hex()[-8:], len(hashlib.pbkdf2_hmac('md5', b'x' * 200, b'y' * 100, 10, 77)))
print(hashlib.scrypt(b'pw', salt=b'salt', n=16, r=8, p=1).hex()[:32], hashlib.scrypt(password=bytearray(b''), salt=memoryview(b''), n=2, r=1, p=1, dklen=10).hex())
print(len(hashlib.scrypt(b'x', salt=b'y', n=4, r=2, p=2)), hashlib.scrypt(b'x', salt=b'y', n=4, r=2, p=2, maxmem=0) == hashlib.scrypt(b'x', salt=b'y', n=4, r=2, p=2))
for kw in [dict(salt=b's', n=3, r=1, p=1), dict(n=2, r=1, p=1), dict(salt=b's', r=1, p=1), dict(salt=b's', n=2, p=1), dict(salt=b's', n=2, r=1), dict(salt=b's', n=2, r=1, p=1, dklen=0), dict(salt=b's', n=2, r=0, p=1), dict(salt=b's', n=0, r=1, p=1), dict(salt='s', n=2, r=1, p=1), dict(salt=b's', n=2, r=1, p=1, maxmem=-1), dict(salt=b's', n=1, r=1, p=1), dict(salt=b's', n=-4, r=1, p=1), dict(salt=b's', n=2.0, r=1, p=1)]:
    try: hashlib.scrypt(b'p', **kw); print('ok', kw)
    except Exception as e: print(type(e).__name__, e)
try: hashlib.scrypt('p', salt=b's', n=2, r=1, p=1)
except Exception as e: print(type(e).__name__, e)
try: hashlib.scrypt(b'p', b's', n=2, r=1, p=1)
except Exception as e: print(type(e).__name__, e)
