"""posixpath for gilvm: os.path on POSIX, as CPython's (str and bytes paths).

Pure string work (join, split, normpath, ...) needs no system call; the
queries shared with other platforms (exists, isdir, getsize, samefile, ...)
are genericpath's. os imports this module, so this module imports os only
inside the functions that read os.environ.
"""

import posix
from genericpath import *
from genericpath import _mode

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename',
           'dirname', 'commonprefix', 'commonpath', 'getsize', 'getmtime', 'getatime', 'getctime',
           'islink', 'exists', 'lexists', 'isdir', 'isfile', 'expanduser', 'expandvars',
           'normpath', 'abspath', 'realpath', 'relpath', 'samefile', 'sameopenfile',
           'samestat', 'sep', 'pathsep',
           'defpath', 'altsep', 'extsep', 'devnull', 'curdir', 'pardir']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

_S_IFLNK = 0o120000


def _fspath(p):
    """p itself if str or bytes, else what its __fspath__ gives (pathlib's paths)."""
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), '__fspath__', None)
    return fspath(p) if fspath is not None else p


def _check(p):
    """p as str; a bytes path has been decoded by _bytes_too before the call."""
    s = _fspath(p)
    if not isinstance(s, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    return s


def normcase(s):
    return _check(s)


def isabs(s):
    return _check(s).startswith(sep)


def join(a, *p):
    """Joins path parts; an absolute part discards what came before it."""
    path = _check(a)
    for b in p:
        if not isinstance(b, str):
            if not hasattr(type(b), '__fspath__'):
                raise TypeError("join() argument must be str, bytes, or os.PathLike object, "
                                "not '%s'" % type(b).__name__)
            b = _check(b)
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is what follows the last slash."""
    p = _check(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext from the last dot of the last part, unless the part
    is all leading dots."""
    p = _check(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != extsep:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _check(p)
    return p[:0], p


def basename(p):
    p = _check(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    p = _check(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonpath(paths):
    """The longest path every one of paths lies under, by whole components."""
    paths = [_check(p) for p in paths]
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    parts = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
    first, last = min(parts), max(parts)
    common = first
    for i, c in enumerate(first):
        if c != last[i]:
            common = first[:i]
            break
    return (sep if absolute.pop() else '') + sep.join(common)


# ---- queries over stat: the shared ones are genericpath's

def lexists(path):
    """Whether path exists, a broken symbolic link counting."""
    return _mode(path, False) is not None


def islink(path):
    return _mode(path, False) == _S_IFLNK


def expanduser(path):
    """~ and ~user at the start become the home folder (HOME for ~)."""
    path = _check(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os   # loaded by now: os imports this module first
        home = os.environ.get('HOME')
        if home is None:
            home = _home_of(None)
    else:
        home = _home_of(path[1:i])
    if home is None:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def _home_of(user):
    """The home folder /etc/passwd gives user (the current uid's for None)."""
    try:
        f = open('/etc/passwd')
    except OSError:
        return None
    with f:
        for line in f:
            fields = line.rstrip('\n').split(':')
            if len(fields) < 7:
                continue
            if user is None and fields[2] == str(posix.getuid()) or fields[0] == user:
                return fields[5]
    return None


def expandvars(path):
    """$name and ${name} become the variable's value; unknown ones stay."""
    path = _check(path)
    if '$' not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            name = path[i + 2:j] if j >= 0 else ''
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
            i = end
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def normpath(path):
    """Collapses //, /./ and a/../ without looking at the disk."""
    path = _check(path)
    if not path:
        return curdir
    initial = 2 if path.startswith('//') and not path.startswith('///') else \
        1 if path.startswith(sep) else 0
    comps = []
    for comp in path.split(sep):
        if comp in ('', curdir):
            continue
        if comp != pardir or (not initial and not comps) or (comps and comps[-1] == pardir):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep * initial + sep.join(comps)
    return path or curdir


def abspath(path):
    path = _check(path)
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(filename):
    """The absolute path with every symbolic link resolved (parts that do
    not exist are kept as they are, as CPython's non-strict realpath)."""
    path, _ = _joinrealpath('', _check(filename), {})
    return abspath(path)


def _joinrealpath(path, rest, seen):
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        if not islink(newpath):
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            return join(newpath, rest), False   # a loop: stop resolving
        seen[newpath] = None
        path, ok = _joinrealpath(path, posix.readlink(newpath), seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """path relative to start (the current folder by default)."""
    if not path:
        raise ValueError('no path specified')
    path = _check(path)
    start = curdir if start is None else _check(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


# -- bytes paths --------------------------------------------------------
# A bytes path goes through the str code above decoded as the filesystem
# encoding decodes it (UTF-8 with surrogateescape, under which every byte
# string round-trips exactly), and str results come back as bytes, so each
# function is written once.

def _to_str(p):
    p = _fspath(p)
    return p.decode('utf-8', 'surrogateescape') if isinstance(p, bytes) else p


def _to_bytes(r):
    if isinstance(r, str):
        return r.encode('utf-8', 'surrogateescape')
    if isinstance(r, tuple):
        return tuple(_to_bytes(x) for x in r)
    return r


def _has_bytes(args, kwargs):
    """Whether the path arguments (a list's or tuple's items one by one, for
    commonpath) are bytes; mixing bytes and str is refused, as CPython does."""
    kinds = 0
    for a in list(args) + list(kwargs.values()):
        for x in (a if isinstance(a, (list, tuple)) else (a,)):
            x = _fspath(x)
            kinds |= 1 if isinstance(x, str) else 2 if isinstance(x, bytes) else 0
    if kinds == 3:
        raise TypeError("Can't mix strings and bytes in path components")
    return kinds == 2


def _bytes_too(fn):
    def wrapper(*args, **kwargs):
        if not _has_bytes(args, kwargs):
            return fn(*args, **kwargs)
        plain = [[_to_str(x) for x in a] if isinstance(a, (list, tuple)) else _to_str(a)
                 for a in args]
        return _to_bytes(fn(*plain, **{k: _to_str(v) for k, v in kwargs.items()}))
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


for _name in ('normcase', 'isabs', 'join', 'split', 'splitext', 'splitdrive', 'basename',
              'dirname', 'commonpath', 'expanduser', 'expandvars', 'normpath', 'abspath', 'realpath', 'relpath'):
    globals()[_name] = _bytes_too(globals()[_name])
del _name
