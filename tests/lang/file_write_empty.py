# Writing nothing to a fresh file writes nothing and returns 0.
import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, 'x')
with open(p, 'w') as f:
    print(f.write(''), f.write('a'), f.write(''))
with open(p, 'wb') as f:
    print(f.write(b''))
print(open(p).read() == '')
