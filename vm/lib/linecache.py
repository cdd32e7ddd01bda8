"""linecache for gilvm: a source file's lines, read once and kept by name.

Each cached file is remembered as (size, mtime, lines, fullname) so that
checkcache can tell when the file on disk has changed since it was read.
A name that is not a readable path is looked up along sys.path, as python3
does for the relative names in tracebacks; a module's loader (its
get_source) is asked when no file is found, lazily, through lazycache.
Files are read as UTF-8 (gilvm's only text encoding); one that cannot be
read or decoded has no lines.
"""

import os
import sys

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname); or (get_source,) for a module
# whose text its loader will give on first use
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (counting from 1) of filename, with its newline; '' when
    the file or the line does not exist."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All the lines of filename, read now unless already cached."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cached copy of filename (of every file when None) if the file
    has vanished or its size or mtime differ from when it was read."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        # lazy entries and loader text have no file to compare with
        if entry is None or len(entry) == 1 or entry[1] is None:
            continue
        size, mtime, _, fullname = entry
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (st.st_size, st.st_mtime) != (size, mtime):
            cache.pop(name, None)


def _is_pseudo(filename):
    # '<stdin>', '<string>' and the like name no file
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _search_path(filename):
    """(fullname, stat result) of filename found in a sys.path folder, or None."""
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        try:
            fullname = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue   # sys.path may hold things that are not folders
        try:
            return fullname, os.stat(fullname)
        except OSError:
            pass
    return None


def _read_lines(fullname):
    try:
        with open(fullname, encoding='utf-8') as f:
            return f.readlines()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return None


def _with_last_newline(lines):
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    return lines


def _from_loader(filename, module_globals):
    """The lines a module's loader gives for filename, cached; None if none."""
    if not lazycache(filename, module_globals):
        return None
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return None   # the loader failed: look on disk instead
    if text is None:
        return []     # the loader knows the module but has no source
    lines = _with_last_newline(text.splitlines(True))
    # no mtime: checkcache keeps it, there is no file to compare with
    cache[filename] = (len(text), None, lines, filename)
    return lines


def updatecache(filename, module_globals=None):
    """Read filename afresh into the cache and return its lines ([] when it
    cannot be found or read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    try:
        fullname, st = filename, os.stat(filename)
    except OSError:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        found = _search_path(filename)
        if found is None:
            return []
        fullname, st = found
    lines = _read_lines(fullname)
    if lines is None:
        return []
    cache[filename] = (st.st_size, st.st_mtime, _with_last_newline(lines), fullname)
    return lines


def lazycache(filename, module_globals):
    """Note that filename's text can come from module_globals' loader, to be
    fetched on first use.  True when such an entry is (now) cached."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename) or not module_globals:
        return False
    name = module_globals.get('__name__')
    spec = module_globals.get('__spec__')
    loader = module_globals.get('__loader__')
    if spec is not None:
        name = getattr(spec, 'name', name)
        loader = getattr(spec, 'loader', loader)
    get_source = getattr(loader, 'get_source', None)
    if name is None or get_source is None:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True
