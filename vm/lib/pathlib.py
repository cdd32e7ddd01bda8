"""pathlib for gilvm: paths as objects, as python3's on Linux.

A path is held parsed: a drive (always '' on POSIX), a root ('', '/' or
'//': POSIX keeps exactly two leading slashes) and the list of names after
them, with '' and '.' names dropped.  Everything pure is computed from those
three; str() joins them once and keeps the result.  A flavour object holds
what differs between POSIX and Windows spelling, so PureWindowsPath shares
the code (drive letters and UNC shares only; no long-path prefixes).

The concrete Path is os's calls on str(self).  glob walks folders itself,
as python3's pathlib does, so '*' matches hidden names and '**' yields
folders, not files.  parents takes negative indices and slices (3.10's).
"""

import errno
import fnmatch
import os
import stat as _stat
from collections.abc import Sequence

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']

# errors that mean "no such file" to exists()/is_dir()/...: python3's list
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


class _Posix:
    sep = '/'
    altsep = ''

    def casefold(self, s):
        return s

    def splitroot(self, s):
        """(drive, root, rest) of one piece."""
        if not s.startswith('/'):
            return '', '', s
        rest = s.lstrip('/')
        root = '//' if len(s) - len(rest) == 2 else '/'
        return '', root, rest

    def is_absolute(self, drv, root):
        return bool(root)

    def is_reserved(self, parts):
        return False


class _Windows:
    sep = '\\'
    altsep = '/'
    _RESERVED = {'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} | \
        {'COM%d' % i for i in range(1, 10)} | {'LPT%d' % i for i in range(1, 10)}

    def casefold(self, s):
        return s.lower()

    def splitroot(self, s):
        s = s.replace('/', '\\')
        drv = ''
        if s.startswith('\\\\') and not s.startswith('\\\\\\'):
            server, _, rest = s[2:].partition('\\')
            share, sep, rest = rest.partition('\\')
            if server and share:
                drv, s = '\\\\' + server + '\\' + share, sep + rest
        elif s[1:2] == ':' and s[:1].isalpha():
            drv, s = s[:2], s[2:]
        rest = s.lstrip('\\')
        return drv, '\\' if len(rest) < len(s) else '', rest

    def is_absolute(self, drv, root):
        return bool(drv and root)

    def is_reserved(self, parts):
        if not parts or parts[0].startswith('\\\\'):
            return False
        return parts[-1].partition('.')[0].rstrip(' ').upper() in self._RESERVED


_posix = _Posix()
_windows = _Windows()


def _piece_str(a):
    """One constructor argument as str: a str or anything whose __fspath__ gives one."""
    if isinstance(a, str):
        return a
    s = os.fspath(a)
    if not isinstance(s, str):
        raise TypeError('argument should be a str object or an os.PathLike object returning '
                        'str, not %r' % (type(a),))
    return s


def _parse(flavour, pieces):
    """(drive, root, names) of the pieces joined: a rooted piece restarts
    the path; on Windows a new drive does too."""
    drv, root, names = '', '', []
    for piece in pieces:
        d, r, rest = flavour.splitroot(_piece_str(piece))
        if d and flavour.casefold(d) != flavour.casefold(drv):
            drv, root, names = d, r, []
        elif r:
            root, names = r, []
        names.extend(n for n in rest.split(flavour.sep) if n and n != '.')
    return drv, root, names


class _Parents(Sequence):
    """A path's ancestors, nearest first."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._names)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(self._n)))
        if i < -self._n or i >= self._n:
            raise IndexError(i)
        if i < 0:
            i += self._n
        p = self._path
        return p._make(p._drv, p._root, p._names[:self._n - 1 - i])

    def __repr__(self):
        return '<%s.parents>' % type(self._path).__name__


class PurePath:
    """A path that never touches the file system; PurePath() makes the
    host's flavour."""

    _flavour = _posix

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_pieces(args)

    @classmethod
    def _from_pieces(cls, pieces):
        return cls._make_as(cls, *_parse(cls._flavour, pieces))

    @staticmethod
    def _make_as(cls, drv, root, names):
        self = object.__new__(cls)
        self._drv, self._root, self._names = drv, root, names
        self._str = None
        return self

    def _make(self, drv, root, names):
        return self._make_as(type(self), drv, root, names)

    def __reduce__(self):
        return type(self), tuple(self.parts)

    # ---- spelling

    def _spelled(self):
        """The path as text, '' for the empty path (str() says '.')."""
        return self._drv + self._root + self._flavour.sep.join(self._names)

    def __str__(self):
        if self._str is None:
            self._str = self._spelled() or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.as_posix())

    def as_posix(self):
        return str(self).replace(self._flavour.sep, '/')

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        if self._flavour is _posix:
            return 'file://' + _quote(os.fsencode(str(self)))
        if self._drv.endswith(':'):
            return 'file:///' + self._drv + _quote(self.as_posix()[2:].encode())
        return 'file:' + _quote(self.as_posix().encode())

    # ---- comparing: by case-folded parts, within one flavour

    def _key(self):
        return [self._flavour.casefold(p) for p in self.parts]

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._flavour is other._flavour

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._flavour is other._flavour and self._key() == other._key()

    def __hash__(self):
        return hash(tuple(self._key()))

    def __lt__(self, other):
        return self._key() < other._key() if self._comparable(other) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if self._comparable(other) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if self._comparable(other) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if self._comparable(other) else NotImplemented

    # ---- joining

    def joinpath(self, *args):
        return self._from_pieces_like((self,) + args)

    def _from_pieces_like(self, pieces):
        return self._make(*_parse(self._flavour, pieces))

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_pieces_like((key, self))
        except TypeError:
            return NotImplemented

    # ---- pieces

    @property
    def drive(self):
        return self._drv

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._drv + self._root

    @property
    def parts(self):
        anchor = self.anchor
        return ((anchor,) if anchor else ()) + tuple(self._names)

    @property
    def parent(self):
        if not self._names:
            return self
        return self._make(self._drv, self._root, self._names[:-1])

    @property
    def parents(self):
        return _Parents(self)

    @property
    def name(self):
        return self._names[-1] if self._names else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        return ['.' + s for s in name.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:len(name) - len(suffix)]

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        f = self._flavour
        drv, root, names = _parse(f, (name,))
        if not name or name[-1] in (f.sep, f.altsep) or drv or root or len(names) != 1:
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._drv, self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix or \
                suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self.with_name(self.stem + suffix)

    # ---- relations

    def _abs_parts(self):
        """The anchor's pieces as separate items, for prefix tests."""
        head = [self._drv, self._root] if self._root else [self._drv] if self._drv else []
        return head + self._names

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = self._from_pieces_like(other)
        mine, theirs = self._abs_parts(), base._abs_parts()
        n = len(theirs)
        fold = self._flavour.casefold
        if (self.anchor if n == 0 else [fold(p) for p in mine[:n]] != [fold(p) for p in theirs]):
            raise ValueError('%r is not in the subpath of %r OR one path is relative and the '
                             'other is absolute.' % (str(self), base._spelled()))
        return self._make('', self._root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return self._flavour.is_absolute(self._drv, self._root)

    def is_reserved(self):
        return self._flavour.is_reserved(self.parts)

    def match(self, path_pattern):
        """Does the path end with the pattern's names (all of them, from the
        anchor on, when the pattern is absolute)?"""
        f = self._flavour
        drv, root, pats = _parse(f, (f.casefold(path_pattern),))
        if not drv and not root and not pats:
            raise ValueError('empty pattern')
        if drv and drv != f.casefold(self._drv) or root and root != self._root:
            return False
        names = [f.casefold(n) for n in self._names]
        if (drv or root) and len(pats) != len(names) or len(pats) > len(names):
            return False
        tail = names[len(names) - len(pats):]
        return all(fnmatch.fnmatchcase(n, p) for n, p in zip(tail, pats))


def _quote(b):
    """URL quoting of a path's bytes: python3's safe set plus '/'."""
    safe = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/'
    return ''.join(chr(c) if c in safe else '%%%02X' % c for c in b)


class PurePosixPath(PurePath):
    _flavour = _posix


class PureWindowsPath(PurePath):
    _flavour = _windows


# ---- concrete paths


class Path(PurePath):
    """A path of this system's flavour, with the file system methods."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        if cls._flavour is not _posix:
            raise NotImplementedError('cannot instantiate %r on your system' % (cls.__name__,))
        return cls._from_pieces(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls('~').expanduser()

    # ---- status

    def stat(self):
        return os.stat(str(self))

    def lstat(self):
        return os.lstat(str(self))

    def owner(self):
        """The name of the user owning the file."""
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """The name of the file's group."""
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def _mode(self, lstat=False):
        """The st_mode, or None where python3 answers False for a missing file."""
        try:
            return (self.lstat() if lstat else self.stat()).st_mode
        except OSError as e:
            if e.errno not in _MISSING:
                raise
        except ValueError:
            pass
        return None

    def exists(self):
        return self._mode() is not None

    def _is(self, test, lstat=False):
        mode = self._mode(lstat)
        return mode is not None and test(mode)

    def is_dir(self):
        return self._is(_stat.S_ISDIR)

    def is_file(self):
        return self._is(_stat.S_ISREG)

    def is_symlink(self):
        return self._is(_stat.S_ISLNK, lstat=True)

    def is_fifo(self):
        return self._is(_stat.S_ISFIFO)

    def is_socket(self):
        return self._is(_stat.S_ISSOCK)

    def is_block_device(self):
        return self._is(_stat.S_ISBLK)

    def is_char_device(self):
        return self._is(_stat.S_ISCHR)

    def is_mount(self):
        """Is self a mount point: on another device than its '..', or its own '..' (/)?"""
        if not self.is_dir():
            return False
        try:
            up = (self / '..').stat()
        except OSError:
            return False
        st = self.stat()
        return st.st_dev != up.st_dev or st.st_ino == up.st_ino

    def samefile(self, other_path):
        st = self.stat()
        other = other_path if isinstance(other_path, Path) else type(self)(other_path)
        ost = other.stat()
        return st.st_ino == ost.st_ino and st.st_dev == ost.st_dev

    # ---- folders

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._make(self._drv, self._root, self._names + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError('Unacceptable pattern: %r' % (pattern,))
        drv, root, pats = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        for p in pats:
            if '**' in p and p != '**':
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        return self._select(pats)

    def rglob(self, pattern):
        return self.glob('**/' + pattern)

    def _child(self, name):
        return self._make(self._drv, self._root, self._names + [name])

    def _select(self, pats):
        """The paths below self that match the names pats, one by one."""
        if not pats:
            yield self
            return
        head, rest = pats[0], pats[1:]
        if head == '**':
            seen = set()
            for folder in self._folders():
                for p in folder._select(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
        elif _has_magic(head):
            for child in self._children(head):
                if not rest or child.is_dir():
                    yield from child._select(rest)
        else:
            child = self._child(head)
            if child.is_dir() if rest else child.exists():
                yield from child._select(rest)

    def _children(self, pattern):
        try:
            names = os.listdir(str(self))
        except OSError:
            return []
        return [self._child(n) for n in names if fnmatch.fnmatchcase(n, pattern)]

    def _folders(self):
        """self and every folder below it, not entering linked folders."""
        yield self
        try:
            names = os.listdir(str(self))
        except OSError:
            return
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._folders()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            # a failure other than a missing parent is fine only for a folder already there
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(str(self))

    # ---- files

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open('wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(str(self), None)
                return
            except OSError:
                pass   # missing: made below
        flags = os.O_CREAT | os.O_WRONLY | (0 if exist_ok else os.O_EXCL)
        os.close(os.open(str(self), flags, mode))

    def unlink(self, missing_ok=False):
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(str(self), _piece_str(target))
        return type(self)(target)

    def replace(self, target):
        os.rename(str(self), _piece_str(target))   # rename(2) replaces on POSIX
        return type(self)(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(_piece_str(target), str(self))

    def link_to(self, target):
        """Makes target a hard link to self (3.8's; hardlink_to is the other way round)."""
        os.link(str(self), _piece_str(target))

    def hardlink_to(self, target):
        os.link(_piece_str(target), str(self))

    def readlink(self):
        return type(self)(os.readlink(str(self)))

    def chmod(self, mode):
        os.chmod(str(self), mode)

    # ---- spelling against the file system

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_pieces_like((os.getcwd(), self))

    def resolve(self, strict=False):
        path = type(self)(os.path.realpath(str(self)))
        # realpath stops quietly at a loop or a missing name; stat tells them apart
        try:
            path.stat()
        except OSError as e:
            if e.errno == errno.ELOOP:
                # a strict resolve names the link that loops, as python3's strict realpath
                raise RuntimeError('Symlink loop from %r' % (path._loop_start() if strict
                                                             else e.filename,))
            if strict:
                raise
        return path

    def _loop_start(self):
        """The shortest of self's leading paths that stat finds in a link loop."""
        for n in range(1, len(self._names) + 1):
            head = self._make(self._drv, self._root, self._names[:n])
            try:
                head.stat()
            except OSError as e:
                if e.errno == errno.ELOOP:
                    return str(head)
        return str(self)

    def expanduser(self):
        if self._drv or self._root or not self._names or not self._names[0].startswith('~'):
            return self
        home = os.path.expanduser(self._names[0])
        if home == self._names[0]:
            raise RuntimeError('Could not determine home directory.')
        return self._from_pieces_like((home,) + tuple(self._names[1:]))


def _has_magic(s):
    return '*' in s or '?' in s or '[' in s


class PosixPath(Path, PurePosixPath):
    pass


class WindowsPath(Path, PureWindowsPath):
    pass
