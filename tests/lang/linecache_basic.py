# linecache: lines of a file in a temp folder, out-of-range and missing
# lines, checkcache dropping a changed or vanished file, and undecodable text.
import linecache
import os
import tempfile

base = tempfile.mkdtemp(prefix='gilvm_lc')
path = os.path.join(base, 'mod.py')
with open(path, 'w') as f:
    f.write('first = 1\nsecond = 2\nthird = 3')   # no final newline

print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 4)),
      repr(linecache.getline(path, -1)))
print(linecache.getlines(path))
print(path in linecache.cache, linecache.cache[path][0], linecache.cache[path][3] == path)

missing = os.path.join(base, 'nope.py')
print(repr(linecache.getline(missing, 1)), linecache.getlines(missing), missing in linecache.cache)
print(linecache.getlines('<stdin>'), linecache.getlines(''), repr(linecache.getline(base, 1)))

# unchanged: checkcache keeps the entry
linecache.checkcache(path)
print(path in linecache.cache)

# a different size: the cached lines stay until checkcache drops them
with open(path, 'w') as f:
    f.write('changed\n')
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(path in linecache.cache, repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)))

# updatecache reads afresh whatever is cached
with open(path, 'w') as f:
    f.write('again\nand\n')
print(linecache.updatecache(path), linecache.getlines(path))

# a vanished file is dropped by checkcache() over everything
os.remove(path)
print(linecache.getline(path, 2) == 'and\n')
linecache.checkcache()
print(path in linecache.cache, repr(linecache.getline(path, 1)))
linecache.checkcache('never-cached.py')

bad = os.path.join(base, 'bad.txt')
with open(bad, 'wb') as f:
    f.write(b'ok\n\xff\xfe\n')
print(linecache.getlines(bad), repr(linecache.getline(bad, 1)))

# a relative name is looked for along sys.path
import sys
sys.path.insert(0, base)
with open(os.path.join(base, 'rel.txt'), 'w') as f:
    f.write('via path\n')
print(repr(linecache.getline('rel.txt', 1)), linecache.cache['rel.txt'][3] == os.path.join(base, 'rel.txt'))
sys.path.pop(0)

linecache.clearcache()
print(linecache.cache)
for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
print(sorted(linecache.__all__))
