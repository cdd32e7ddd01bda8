"""filecmp for gilvm: compare files and directory trees.

cmp() remembers the outcome of deep comparisons by the two files'
(type, size, mtime), so a changed file is read again.  dircmp works out
each attribute only when it is first read, as CPython's does."""

import os
import stat
from types import GenericAlias as _GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

BUFSIZE = 8 * 1024
DEFAULT_IGNORES = ['RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']

_cache = {}
# the cache is emptied rather than grown past this
_CACHE_LIMIT = 100


def clear_cache():
    _cache.clear()


def _sig(st):
    return stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime


def cmp(f1, f2, shallow=True):
    """True if the two regular files look equal: with shallow, same type,
    size and mtime is enough; otherwise (or if those differ but the sizes
    agree) their bytes are compared."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    key = (f1, f2, s1, s2)
    outcome = _cache.get(key)
    if outcome is None:
        outcome = _same_bytes(f1, f2)
        if len(_cache) > _CACHE_LIMIT:
            clear_cache()
        _cache[key] = outcome
    return outcome


def _same_bytes(f1, f2):
    with open(f1, 'rb') as a, open(f2, 'rb') as b:
        while True:
            chunk = a.read(BUFSIZE)
            if chunk != b.read(BUFSIZE):
                return False
            if not chunk:
                return True


def cmpfiles(a, b, common, shallow=True):
    """The names in common split into (equal, different, could not be
    compared) for directories a and b."""
    result = ([], [], [])
    for name in common:
        result[_verdict(os.path.join(a, name), os.path.join(b, name), shallow)].append(name)
    return result


def _verdict(a, b, shallow):
    try:
        return 0 if cmp(a, b, shallow) else 1
    except OSError:
        return 2


def _without(names, skip):
    return [name for name in names if name not in skip]


class dircmp:
    """A comparison of directories a and b, worked out as its attributes
    are read: left_list, right_list, common, left_only, right_only,
    common_dirs, common_files, common_funny, same_files, diff_files,
    funny_files and subdirs (name -> dircmp of that subdirectory)."""

    # X[int] in annotations (PEP 585).
    __class_getitem__ = classmethod(_GenericAlias)

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        skip = self.hide + self.ignore
        self.left_list = sorted(_without(os.listdir(self.left), skip))
        self.right_list = sorted(_without(os.listdir(self.right), skip))

    def phase1(self):
        # names are matched as the file system would (normcase), but kept
        # as each side spells them
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for name in self.common:
            kind = _common_kind(os.path.join(self.left, name), os.path.join(self.right, name))
            {'dir': self.common_dirs, 'file': self.common_files}.get(
                kind, self.common_funny).append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = cmpfiles(
            self.left, self.right, self.common_files)

    def phase4(self):
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        for label, names in [('Only in %s :' % self.left, self.left_only),
                             ('Only in %s :' % self.right, self.right_only),
                             ('Identical files :', self.same_files),
                             ('Differing files :', self.diff_files),
                             ('Trouble with common files :', self.funny_files),
                             ('Common subdirectories :', self.common_dirs),
                             ('Common funny cases :', self.common_funny)]:
            if names:
                names.sort()
                print(label, names)

    def report_partial_closure(self):
        """report() for this pair and its immediate subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report() for this pair and every subdirectory below."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        # only called for attributes not yet computed
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)


def _common_kind(a, b):
    """'dir' or 'file' if both paths are one, else None (types differ,
    something else, or one cannot be stat'ed)."""
    try:
        a_type = stat.S_IFMT(os.stat(a).st_mode)
        b_type = stat.S_IFMT(os.stat(b).st_mode)
    except OSError:
        return None
    if a_type != b_type:
        return None
    if stat.S_ISDIR(a_type):
        return 'dir'
    if stat.S_ISREG(a_type):
        return 'file'
    return None


def demo():
    """`gilvm -m filecmp [-r] dir1 dir2`: dircmp's report (-r: of every
    subdirectory too)."""
    import getopt
    import sys
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    dd = dircmp(args[0], args[1])
    if ('-r', '') in options:
        dd.report_full_closure()
    else:
        dd.report()


if __name__ == '__main__':
    demo()
