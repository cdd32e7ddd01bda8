# hashlib.pbkdf2_hmac: known vectors, dklen, argument errors
import hashlib
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 1000).hex(), hashlib.pbkdf2_hmac('sha1', bytearray(b'pw'), memoryview(b'salt'), 2, 5).hex(), hashlib.pbkdf2_hmac(hash_name='md5', password=b'', salt=b'', iterations=1, dklen=None).hex())
for a in [(1, b'p', b's', 1), ('sha1', 'p', b's', 1), ('sha1', b'p', b's', 0), ('sha1', b'p', b's', 1, 0), ('sha1', b'p', b's', -1), ('sha1', b'p')]:
    try: hashlib.pbkdf2_hmac(*a)
    except Exception as e: print(type(e).__name__, e)
try: hashlib.pbkdf2_hmac('nope', b'p', b's', 1)
except ValueError: print('ValueError')
print(hashlib.pbkdf2_hmac('sha256', b'p', b's', 1).hex()[:8], hashlib.pbkdf2_hmac('sha512', b'p', b's', 3, 100).hex()[-8:], len(hashlib.pbkdf2_hmac('md5', b'x' * 200, b'y' * 100, 10, 77)))
