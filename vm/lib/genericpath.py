"""genericpath: the os.path functions every platform shares (posixpath takes
them from here). Paths may be str, bytes, os.PathLike or, where os.stat
takes one, a file descriptor.

os is imported inside the functions: os imports posixpath, which imports
this module, so os is not ready while these modules load."""

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize',
           'isdir', 'isfile', 'samefile', 'sameopenfile', 'samestat']

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def _os():
    import os
    return os


def _mode(path, follow=True):
    """The file type bits of path (of a link itself unless follow), or None
    when it cannot be stat'ed."""
    os = _os()
    try:
        return (os.stat(path) if follow else os.lstat(path)).st_mode & _S_IFMT
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (False for a broken link)."""
    return _mode(path) is not None


def isfile(path):
    """Whether path is a regular file, following links."""
    return _mode(path) == _S_IFREG


def isdir(s):
    """Whether s is a directory, following links."""
    return _mode(s) == _S_IFDIR


def getsize(filename):
    return _os().stat(filename).st_size


def getmtime(filename):
    return _os().stat(filename).st_mtime


def getatime(filename):
    return _os().stat(filename).st_atime


def getctime(filename):
    return _os().stat(filename).st_ctime


def commonprefix(m):
    """The longest leading run every item of m shares (item by item, so it
    need not end at a separator); lists and tuples of parts work too."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os().fspath, m))
    low, high = min(m), max(m)
    for i, item in enumerate(low):
        if item != high[i]:
            return low[:i]
    return low


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file (after following links)."""
    os = _os()
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors are open on the same file."""
    os = _os()
    return samestat(os.fstat(fp1), os.fstat(fp2))
