# hashlib.file_digest (python3.11): the hash of a binary file object, by name or constructor.
import hashlib
import io
import os
import tempfile

print(hashlib.file_digest(io.BytesIO(b'abc'), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b''), hashlib.md5).hexdigest())
big = bytes(range(256)) * 3000
h = hashlib.file_digest(io.BytesIO(big), 'SHA1')
print(h.name, h.hexdigest() == hashlib.sha1(big).hexdigest())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'data')
    with open(path, 'wb') as f:
        f.write(big)
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'sha512').hexdigest() == hashlib.sha512(big).hexdigest())
    with open(path, 'r', encoding='latin-1') as f:
        try:
            hashlib.file_digest(f, 'sha256')
        except ValueError as e:
            print('ValueError', 'is not a file-like object in binary reading mode' in str(e))
for bad in ((io.StringIO('x'), 'sha256'), (io.BytesIO(b'x'), 'nope'), (3, 'md5')):
    try:
        hashlib.file_digest(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split("' ")[-1])
