"""glob for gilvm: path names matched by shell wildcards, as python3.11's.

Each path component with a wildcard lists its folder and filters the names
through fnmatch; a component without one is only tested for existence.
Names starting with a dot match only a pattern starting with a dot (unless
include_hidden).  With recursive, a '**' component stands for any depth of
folders, zero included.  Results come in the folders' listing order: callers
that want them sorted sort them, as with CPython.  Errors listing a folder
mean it has no matches, never an exception.
"""

import fnmatch
import os
import re

__all__ = ['glob', 'iglob', 'escape', 'has_magic']

_MAGIC = re.compile('([*?[])')


def has_magic(s):
    """Does s hold a wildcard character?"""
    return _MAGIC.search(s) is not None


def escape(pathname):
    """pathname with every wildcard character made literal ('[*]')."""
    return _MAGIC.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, recursive=False, include_hidden=False):
    """The paths matching pathname, as a list."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, recursive=False, include_hidden=False):
    """The paths matching pathname, one at a time.  With root_dir, pathname
    and the results are relative to that folder."""
    for path in _iglob(pathname, root_dir, recursive, False, include_hidden):
        if path:   # '**' matching no folder at the top is no result
            yield path


def _on_disk(root_dir, path):
    """Where path is, for the system calls."""
    return os.path.join(root_dir, path) if root_dir is not None else path


def _iglob(pathname, root_dir, recursive, dironly, hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            found = os.path.lexists(_on_disk(root_dir, pathname))
        else:   # a trailing separator: a folder only
            found = os.path.isdir(_on_disk(root_dir, dirname))
        if found:
            yield pathname
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, hidden)
    else:
        dirs = [dirname]
    for folder in dirs:
        for name in _in_folder(root_dir, folder, basename, recursive, dironly, hidden):
            yield os.path.join(folder, name)


def _in_folder(root_dir, folder, pattern, recursive, dironly, hidden):
    """The names in folder (paths below it for '**') that match pattern."""
    if recursive and pattern == '**':
        return [''] + list(_below(root_dir, folder, dironly, hidden))
    if has_magic(pattern):
        names = _listdir(root_dir, folder, dironly)
        if not (hidden or pattern.startswith('.')):
            names = [n for n in names if not n.startswith('.')]
        return fnmatch.filter(names, pattern)
    if not pattern:
        return [''] if os.path.isdir(_on_disk(root_dir, folder)) else []
    path = _on_disk(root_dir, os.path.join(folder, pattern))
    return [pattern] if os.path.lexists(path) else []


def _listdir(root_dir, folder, dironly):
    """folder's names, or none when it cannot be listed; its folders only
    (symbolic links to folders included) when dironly."""
    where = _on_disk(root_dir, folder or os.curdir)
    try:
        names = os.listdir(where)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(where, n))]
    return names


def _below(root_dir, folder, dironly, hidden):
    """Every path under folder, relative to it, each folder before its
    contents; hidden names (and what is under them) only when hidden."""
    for name in _listdir(root_dir, folder, dironly):
        if hidden or not name.startswith('.'):
            yield name
            path = os.path.join(folder, name)
            if os.path.isdir(_on_disk(root_dir, path)):
                for sub in _below(root_dir, path, dironly, hidden):
                    yield os.path.join(name, sub)
