import os
import tempfile
import dbm
import dbm.dumb as dumb

tmp = tempfile.mkdtemp()
os.chdir(tmp)

def attempt(fn):
    try:
        print('->', fn())
    except (Exception,) as e:
        print(type(e).__name__, e)

db = dumb.open('x', 'c')
db[b'k'] = b'v'
db['\xe9'] = 'w' * 600
db[b'k'] = b'vv'
db[b'grow'] = b'a'
db[b'grow'] = b'b' * 700
with open('x.dir', encoding='latin-1') as f:
    print(f.read())
print(db.keys(), len(db), db[b'grow'][:3], db['\xe9'.encode()][:3])
db.close()
print(sorted(os.listdir('.')), os.path.getsize('x.dat'))
with open('x.dir', encoding='latin-1') as f:
    print(f.read())
attempt(lambda: db['a'])
attempt(lambda: db.keys())
attempt(lambda: len(db))
for flag in ['r', 'w']:
    try:
        dumb.open('nope', flag)
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, os.fsdecode(e.filename))
attempt(lambda: dumb.open('x', 'q'))
db = dumb.open('x', 'r')
def put():
    db[b'z'] = b'1'
def drop():
    del db[b'k']
attempt(put)
attempt(drop)
print(db.keys(), db[b'k'], len(db), 'k' in db, b'q' in db, list(db), db.get(b'q', 'dflt'))
attempt(lambda: db[b'q'])
db.close()
db.close()
with dumb.open('x', 'w') as db:
    def badkey():
        db[1] = b'2'
    def badval():
        db[b'1'] = 2
    attempt(badkey)
    attempt(badval)
    del db[b'k']
    attempt(lambda: db[b'k'])
    print(sorted(db.items()))
    db.setdefault(b'new', b'n')
    print(db.pop(b'grow')[:2], sorted(db.keys()))
with open('x.dir', encoding='latin-1') as f:
    print(f.read())
print(dbm.whichdb('x'), dbm.whichdb('nope'), dbm.error)
with open('junk', 'wb') as f:
    f.write(b'abcdefghijklmnop')
with open('gnu', 'wb') as f:
    f.write(bytes.fromhex('ce9a5713') + b'\0' * 12)
with open('tiny', 'wb') as f:
    f.write(b'ab')
print(repr(dbm.whichdb('junk')), dbm.whichdb('gnu'), repr(dbm.whichdb('tiny')))
for name, flag in [('nope', 'r'), ('junk', 'r'), ('gnu', 'c')]:
    try:
        dbm.open(name, flag)
    except dbm.error as e:
        print(type(e).__name__, e)
with dbm.open('new', 'c') as db:
    print(type(db).__module__, len(db))
    db['a'] = 'b'
with dbm.open('new', 'n') as db:
    print(len(db))
    db['q'] = 'r'
with dbm.open('new') as db:
    print(db.keys(), db['q'])
# a database written by hand in the file format both implementations share
with open('hand.dat', 'wb') as f:
    f.write(b'hello' + b'\0' * 507 + b'world')
with open('hand.dir', 'w', encoding='latin-1') as f:
    f.write("'a', (0, 5)\n'\\x80b', (512, 5)\n")
with dbm.open('hand', 'r') as db:
    print(db.keys(), db[b'a'], db[b'\x80b'])
print(sorted(os.listdir('.')))

import shelve
with shelve.open('sh') as s:
    s['list'] = [1, 2, {'x': 3}]
    s['num'] = 42
    s['t\xe9'] = ('tuple', None)
    print(sorted(s), len(s), 'num' in s, 'nope' in s, s.get('nope', 'd'))
    s['list'].append(99)
    print(s['list'])
    del s['num']
    attempt(lambda: s['num'])
print(dbm.whichdb('sh'))
with open('sh.dat', 'rb') as f:
    print(f.read(20))
with shelve.open('sh', writeback=True) as s:
    s['list'].append(99)
    print(s['list'], sorted(s.items()))
with shelve.open('sh', flag='r') as s:
    print(s['list'])
    def write():
        s['x'] = 1
    attempt(write)
s.close()
attempt(lambda: s['list'])
print(repr(s.dict))
d = {}
s = shelve.Shelf(d, protocol=2)
s['k'] = {1, 2}
print(d, s['k'])
s.close()
b = shelve.BsdDbShelf({})
print(type(b).__mro__[1].__name__)
attempt(lambda: shelve.open('sh', flag='x'))
import shutil
os.chdir('/')
shutil.rmtree(tmp)
