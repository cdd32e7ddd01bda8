"""Reading, sorting and printing profile statistics (CPython's pstats API).

Stats(source, ...) takes Profile objects (profile's or cProfile's),
files their dump_stats wrote, or other Stats; .stats maps a function key
(filename, line, name) to (primitive calls, calls, internal time,
cumulative time, callers).  sort_stats orders by the keys CPython names
('calls', 'cumulative', 'time', 'name', ...) and print_stats prints
CPython's table.
"""

import os
import sys
from enum import Enum

__all__ = ['Stats', 'SortKey']


class SortKey(str, Enum):
    CALLS = 'calls'
    CUMULATIVE = 'cumulative'
    FILENAME = 'filename'
    LINE = 'line'
    NAME = 'name'
    NFL = 'nfl'
    PCALLS = 'pcalls'
    STDNAME = 'stdname'
    TIME = 'tottime'


# Each sort key: the fields it sorts by (index into a row, direction), as
# words for "Ordered by".  A row: cc, nc, tt, ct, file, line, name, stdname.
_CALLS = (((1, -1),), 'call count')
_CUM = (((3, -1),), 'cumulative time')
_FILE = (((4, 1),), 'file name')
_TIME = (((2, -1),), 'internal time')
_SORTS = {
    'calls': _CALLS, 'ncalls': _CALLS,
    'cumtime': _CUM, 'cumulative': _CUM,
    'filename': _FILE, 'file': _FILE, 'module': _FILE,
    'line': (((5, 1),), 'line number'),
    'name': (((6, 1),), 'function name'),
    'nfl': (((6, 1), (4, 1), (5, 1)), 'name/file/line'),
    'pcalls': (((0, -1),), 'primitive call count'),
    'stdname': (((7, 1),), 'standard name'),
    'time': _TIME, 'tottime': _TIME,
}
_LEGACY = {-1: 'stdname', 0: 'calls', 1: 'time', 2: 'cumulative'}


def func_std_string(func):
    """How a function key prints: file:line(name), or {name} for a built-in."""
    filename, line, name = func
    if filename == '~' and line == 0:
        if name.startswith('<') and name.endswith('>'):
            return '{%s}' % name[1:-1]
        return name
    return '%s:%d(%s)' % func


def func_strip_path(func):
    return (os.path.basename(func[0]),) + tuple(func[1:])


def _f8(x):
    return '%8.3f' % x


class _Desc:
    """A value that sorts the other way round."""
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


class Stats:
    """Statistics of one or more profiler runs."""

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.sort_type = ''
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0.0
        for arg in args:
            self.add(arg)

    def _load(self, arg):
        if isinstance(arg, Stats):
            return arg.stats
        if isinstance(arg, str):
            import pickle
            with open(arg, 'rb') as f:
                stats = pickle.load(f)
            self.files.append(arg)
            return stats
        if hasattr(arg, 'create_stats'):
            arg.create_stats()
            if arg.stats:
                return arg.stats
        raise TypeError("Cannot create or construct a %r object from %r" % (self.__class__, arg))

    def add(self, *args):
        for arg in args:
            for func, (cc, nc, tt, ct, callers) in self._load(arg).items():
                old = self.stats.get(func)
                if old is None:
                    self.stats[func] = (cc, nc, tt, ct, dict(callers))
                else:
                    merged = dict(old[4])
                    for k, v in callers.items():
                        merged[k] = _add_tuples(merged[k], v) if k in merged else v
                    self.stats[func] = (old[0] + cc, old[1] + nc, old[2] + tt, old[3] + ct, merged)
        self._totals()
        return self

    def _totals(self):
        self.total_calls = sum(s[1] for s in self.stats.values())
        self.prim_calls = sum(s[0] for s in self.stats.values())
        self.total_tt = sum(s[2] for s in self.stats.values())

    def strip_dirs(self):
        stripped = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            stripped[func_strip_path(func)] = (
                cc, nc, tt, ct, {func_strip_path(k): v for k, v in callers.items()})
        self.stats = stripped
        self.fcn_list = None
        self._totals()
        return self

    def sort_stats(self, *field):
        if not field:
            field = ('stdname',)
        if len(field) == 1 and isinstance(field[0], int):
            field = (_LEGACY[field[0]],)
        spec, names = [], []
        for f in field:
            f = f.value if isinstance(f, SortKey) else f
            if f not in _SORTS:
                raise KeyError(f)
            spec.extend(_SORTS[f][0])
            names.append(_SORTS[f][1])
        self.sort_type = ', '.join(names)

        def key(func):
            cc, nc, tt, ct = self.stats[func][:4]
            row = (cc, nc, tt, ct) + tuple(func) + (func_std_string(func),)
            return tuple(row[i] if d > 0 else _Desc(row[i]) for i, d in spec)
        self.fcn_list = sorted(self.stats, key=key)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def _print_list(self, amount):
        if self.fcn_list:
            funcs = list(self.fcn_list)
            msg = '   Ordered by: ' + self.sort_type + '\n'
        else:
            funcs = list(self.stats)
            msg = '   Random listing order was used\n'
        for sel in amount:
            funcs, msg = _restrict(funcs, sel, msg)
        return funcs, msg

    def print_stats(self, *amount):
        out = self.stream
        for filename in self.files:
            print(filename, file=out)
        if self.files:
            print(file=out)
        line = '         %d function calls' % self.total_calls
        if self.total_calls != self.prim_calls:
            line += ' (%d primitive calls)' % self.prim_calls
        print(line + ' in %.3f seconds' % self.total_tt, file=out)
        print(file=out)
        funcs, msg = self._print_list(amount)
        if funcs:
            print(msg, file=out)
            print('   ncalls  tottime  percall  cumtime  percall filename:lineno(function)', file=out)
            for func in funcs:
                self._print_line(func)
            print(file=out)
            print(file=out)
        return self

    def _print_line(self, func):
        cc, nc, tt, ct = self.stats[func][:4]
        calls = str(nc) if nc == cc else '%d/%d' % (nc, cc)
        cols = [calls.rjust(9), _f8(tt), _f8(tt / nc) if nc else ' ' * 8,
                _f8(ct), _f8(ct / cc) if cc else ' ' * 8]
        print(' '.join(cols), func_std_string(func), file=self.stream)


def _add_tuples(a, b):
    return tuple(x + y for x, y in zip(a, b))


def _restrict(funcs, sel, msg):
    """print_stats' amount: a count, a fraction, or a regular expression."""
    n = len(funcs)
    if isinstance(sel, str):
        import re
        pat = re.compile(sel)
        funcs = [f for f in funcs if pat.search(func_std_string(f))]
    elif isinstance(sel, float) and 0.0 <= sel < 1.0:
        funcs = funcs[:int(n * sel + 0.5)]
    elif isinstance(sel, int):
        funcs = funcs[:sel]
    if len(funcs) != n:
        msg += '   List reduced from %r to %d due to restriction <%r>\n' % (n, len(funcs), sel)
    return funcs, msg
