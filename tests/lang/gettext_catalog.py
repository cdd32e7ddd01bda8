# gettext reads a GNU .mo catalog the test writes: translations, plural
# forms chosen by the catalog's C expression (Polish: three forms),
# contexts, fallbacks, the metadata, find() by language variants,
# translation()'s errors, install() and the module-level domain functions.
import gettext
import os
import shutil
import struct
import tempfile


def write_mo(path, messages, byteorder='<'):
    keys = sorted(messages)
    ids = b''.join(k.encode('utf-8') + b'\0' for k in keys)
    strs = b''.join(messages[k].encode('utf-8') + b'\0' for k in keys)
    start = 7 * 4 + 16 * len(keys)
    offsets, id_off, str_off = [], 0, 0
    for k in keys:
        kb, vb = k.encode('utf-8'), messages[k].encode('utf-8')
        offsets.append((len(kb), start + id_off, len(vb), start + len(ids) + str_off))
        id_off += len(kb) + 1
        str_off += len(vb) + 1
    magic = 0x950412de
    out = struct.pack(byteorder + '7I', magic, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    out += b''.join(struct.pack(byteorder + '2I', o[0], o[1]) for o in offsets)
    out += b''.join(struct.pack(byteorder + '2I', o[2], o[3]) for o in offsets)
    with open(path, 'wb') as f:
        f.write(out + ids + strs)


top = tempfile.mkdtemp()
header = ('Project-Id-Version: demo 1.0\nContent-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && '
          '(n%100<10 || n%100>=20) ? 1 : 2);\n')
pl = {'': header, 'Hello': 'Cze\u015b\u0107', 'file\0files': 'plik\0pliki\0plik\u00f3w',
      'menu\x04Open': 'Otw\u00f3rz', 'menu\x04item\0items': 'pozycja\0pozycje\0pozycji'}
os.makedirs(os.path.join(top, 'pl', 'LC_MESSAGES'))
write_mo(os.path.join(top, 'pl', 'LC_MESSAGES', 'demo.mo'), pl)
os.makedirs(os.path.join(top, 'de', 'LC_MESSAGES'))
write_mo(os.path.join(top, 'de', 'LC_MESSAGES', 'demo.mo'),
         {'': 'Content-Type: text/plain; charset=UTF-8\n', 'Hello': 'Hallo', 'Bye': 'Tsch\u00fcss'}, '>')

t = gettext.translation('demo', top, languages=['pl'])
print(type(t).__name__, t.gettext('Hello'), t.gettext('Unknown'), t.charset())
print([t.ngettext('file', 'files', n) for n in (1, 2, 5, 12, 22, 25, 101)])
print(t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'), t.npgettext('menu', 'item', 'items', 3))
print(sorted(t.info().items()))
print(gettext.find('demo', top, ['pl_PL.UTF-8@x']) == os.path.join(top, 'pl', 'LC_MESSAGES', 'demo.mo'))
print(gettext.find('demo', top, ['fr', 'de']) == os.path.join(top, 'de', 'LC_MESSAGES', 'demo.mo'))
print(len(gettext.find('demo', top, ['de', 'pl'], all=True)), gettext.find('demo', top, ['C', 'de']))

chained = gettext.translation('demo', top, languages=['pl', 'de'])
print(chained.gettext('Hello'), chained.gettext('Bye'), chained.gettext('Nothing'))
de = gettext.translation('demo', top, languages=['de'])
print(de.gettext('Hello'), de.ngettext('file', 'files', 1), de.ngettext('file', 'files', 2))

try:
    gettext.translation('demo', top, languages=['fr'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
null = gettext.translation('demo', top, languages=['fr'], fallback=True)
print(type(null).__name__, null.gettext('Hello'), null.ngettext('a', 'b', 2))

bad = os.path.join(top, 'bad.mo')
with open(bad, 'wb') as f:
    f.write(b'not a catalog at all')
try:
    with open(bad, 'rb') as f:
        gettext.GNUTranslations(f)
except OSError as e:
    print('OSError', e.strerror)

for expr in ('n != 1', '(n%10==1 && n%100!=11) ? 0 : 1', 'n > 1 ? (n > 4 ? 2 : 1) : 0'):
    f = gettext.c2py(expr)
    print(expr, [f(n) for n in (0, 1, 2, 5, 11, 21)])
for expr in ('n +', '(n', 'import os', 'n ; 1'):
    try:
        gettext.c2py(expr)
    except ValueError:
        print('ValueError for', repr(expr))

gettext.bindtextdomain('demo', top)
gettext.textdomain('demo')
os.environ['LANGUAGE'] = 'pl'
print(gettext.gettext('Hello'), gettext.ngettext('file', 'files', 3), gettext.dgettext('none', 'Hello'))
t.install(names=['ngettext'])
print(_('Hello'), ngettext('file', 'files', 1))
shutil.rmtree(top)
