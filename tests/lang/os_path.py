# os.path (posixpath): the string functions, and the queries on files that
# exist on every Linux machine.  import os.path and from os.path work.
import os.path
from os.path import join, split, splitext
import os
import posixpath
import sys

print(os.path is posixpath, sys.modules['os.path'] is os.path, os.sep, os.pathsep,
      os.extsep, os.curdir, os.pardir, os.devnull, os.linesep == '\n', os.name)
print(join('a', 'b', 'c'), join('a/', 'b'), join('a', '/b', 'c'), join('', 'x'), join('a', ''))
for p in ('/a/b/c', 'a/b/', '/', '//x', 'file', '', '/a//b//c', 'a/b/../c'):
    print(repr(p), split(p), os.path.basename(p), repr(os.path.dirname(p)),
          os.path.isabs(p), repr(os.path.normpath(p)))
for p in ('x.tar.gz', '.bashrc', 'a/b.c/d', 'a.b/..c', 'noext', '..', 'x.', '/a/.b.c'):
    print(repr(p), splitext(p))
print(os.path.normpath('a/./b/../../..'), os.path.normpath('///a/b'), os.path.normpath('//a/b'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), os.path.commonprefix([]))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('/a', '/a'))
print(os.path.exists('/'), os.path.exists('/no/such/path'), os.path.isdir('/'),
      os.path.isfile('/'), os.path.isfile('/dev/null'), os.path.islink('/'))
print(os.path.getsize('/dev/null'), os.path.lexists('/no/such'))
here = os.path.abspath('.')
print(here == os.getcwd(), os.path.abspath('x/../y') == join(here, 'y'))
print(os.path.realpath('/') == '/', os.path.realpath('.') == os.path.realpath(here))
home = os.environ.get('HOME')
print(os.path.expanduser('~/x') == (home.rstrip('/') or '/') + '/x', os.path.expanduser('x~'))
os.environ['GILKIT_TEST_VAR'] = 'val'
print(os.path.expandvars('$GILKIT_TEST_VAR/${GILKIT_TEST_VAR}/$NO_SUCH_VAR_XYZ/$'))
try:
    join('a', 1)
except TypeError as e:
    print('TypeError', e)
