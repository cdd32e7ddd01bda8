# pathlib's pure paths: parsing, pieces, joining, renaming, relations
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath, WindowsPath


def show(label, value):
    print(label, repr(value))


def err(label, f, arg):
    try:
        print(label, 'no error', f(arg))
    except (ValueError, TypeError, NotImplementedError) as e:
        print(label, type(e).__name__, e)


class Fs:
    def __fspath__(self):
        return 'from/fspath'


for s in ['', '.', 'a', 'a/b', 'a//b', 'a/./b', 'a/b/', './a', '/', '//', '///', '//a/b',
          '///a/b', '/a/../b', '..', 'a/..', '/.', 'a/b.tar.gz', '.bashrc', 'x.', 'a/b/c.txt']:
    p = PurePosixPath(s)
    print(repr(s), str(p), repr(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.parent, p.is_absolute())

show('pieces', PurePosixPath('a', 'b/c', '/d', 'e'))
show('fspath', PurePosixPath(Fs(), 'x'))
show('from path', PurePosixPath(PurePosixPath('p/q'), 'r'))
show('PurePath', PurePath('a/b'))
show('Path', Path('a/b'))
show('empty', PurePosixPath())
err('bad piece', PurePosixPath, 3)
try:
    WindowsPath('a')
except NotImplementedError as e:
    print('WindowsPath', e)

p = PurePosixPath('/usr/lib/python3/os.py')
show('div', p / 'x' / 'y')
show('div abs', p / '/etc')
show('rdiv', 'top' / PurePosixPath('a'))
show('div path', PurePosixPath('a') / PurePosixPath('b'))
show('joinpath', PurePosixPath('a').joinpath('b', 'c/d'))
try:
    PurePosixPath('a') / 3
except TypeError as e:
    print('div int', e)
show('parents', list(p.parents))
show('parents len', len(p.parents))
show('parents[0]', p.parents[0])
show('parents[3]', p.parents[3])
show('rel parents', list(PurePosixPath('a/b/c').parents))
show('parents repr', repr(PurePosixPath('a').parents))
try:
    p.parents[4]
except IndexError as e:
    print('parents[4] IndexError', e)

show('with_name', p.with_name('sys.py'))
show('with_suffix', p.with_suffix('.pyc'))
show('with_suffix none', p.with_suffix(''))
show('add suffix', PurePosixPath('a/b').with_suffix('.txt'))
show('with_stem', p.with_stem('io'))
show('with_suffix multi', PurePosixPath('a.tar.gz').with_suffix('.bz2'))
err('with_suffix bad', p.with_suffix, 'pyc')
err('with_suffix dot', p.with_suffix, '.')
err('with_suffix sep', p.with_suffix, './x')
err('with_suffix noname', PurePosixPath('/').with_suffix, '.x')
err('with_name empty', p.with_name, '')
err('with_name sep', p.with_name, 'a/b')
err('with_name noname', PurePosixPath('').with_name, 'a')
err('with_stem noname', PurePosixPath('/').with_stem, 'a')

show('relative_to', p.relative_to('/usr'))
show('relative_to self', p.relative_to(p))
show('relative_to pieces', p.relative_to('/usr', 'lib'))
show('relative_to root', p.relative_to('/'))
show('relative_to rel', PurePosixPath('a/b').relative_to('a'))
show('relative_to empty', PurePosixPath('a/b').relative_to(''))
err('relative_to other', p.relative_to, '/etc')
err('relative_to rel/abs', p.relative_to, 'usr')
err('relative_to empty abs', p.relative_to, '')
err('relative_to partial', p.relative_to, '/us')
show('is_relative_to', (p.is_relative_to('/usr/lib'), p.is_relative_to('/etc')))

for pat in ['*.py', 'os.py', 'python3/*.py', '/usr/*/*/*.py', '/*.py', 'lib/*', '*/os.py', '*']:
    print('match', pat, p.match(pat))
err('match empty', p.match, '')

show('as_posix', p.as_posix())
show('as_uri', PurePosixPath('/a b/c%d/é').as_uri())
err('as_uri relative', PurePosixPath.as_uri, PurePosixPath('a'))
show('bytes', bytes(p))
show('fspath', p.__fspath__())
show('reserved', p.is_reserved())

a, b, c = PurePosixPath('a/b'), PurePosixPath('a//b/'), PurePosixPath('a/c')
print('eq', a == b, a == c, a != c, a == 'a/b', hash(a) == hash(b))
print('eq concrete', PurePosixPath('a') == PosixPath('a'), PurePosixPath('a') == PureWindowsPath('a'))
print('order', a < c, c > a, a <= b, sorted([c, PurePosixPath('/z'), a, PurePosixPath('a')]))
try:
    a < 'b'
except TypeError as e:
    print('order str', e)
print('dict', {a: 1}[b], len({a, b, c}))

w = PureWindowsPath('c:/Users/me\\file.TXT')
print('windows', str(w), repr(w), w.parts, repr(w.drive), repr(w.root), w.name, w.suffix)
print('windows unc', PureWindowsPath('//server/share/a').parts, PureWindowsPath('a/b').parts)
print('windows eq', w == PureWindowsPath('C:\\users\\ME\\file.txt'), w.is_absolute())
