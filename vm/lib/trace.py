"""Line counting and call tracing over sys.settrace (CPython's trace module's core API).

Trace(count=, trace=, countfuncs=).runfunc(f, ...) / run / runctx count
the lines each run executes ({(filename, lineno): count}), print each line
as it runs (trace=1, CPython's "name.py(N): source" form), and record the
functions called (countfuncs=1); results() holds counts and calledfuncs.
Annotated listings (write_results) and the command line are not supported.
"""

import linecache
import os
import sys

__all__ = ['Trace', 'CoverageResults']


def _modname(path):
    return os.path.splitext(os.path.basename(path))[0]


class CoverageResults:
    """What a Trace collected: counts and calledfuncs."""

    def __init__(self, counts=None, calledfuncs=None, callers=None):
        self.counts = dict(counts or {})
        self.calledfuncs = dict(calledfuncs or {})
        self.callers = dict(callers or {})

    def update(self, other):
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        self.calledfuncs.update(other.calledfuncs)
        self.callers.update(other.callers)

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        raise NotImplementedError('trace: annotated listings (write_results) are not supported')


class Trace:
    """Counts lines, prints them as they run, records the functions called."""

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0, ignoremods=(),
                 ignoredirs=(), infile=None, outfile=None, timing=False):
        if countcallers:
            raise NotImplementedError('trace: countcallers is not supported')
        # as CPython's: counting functions is all a countfuncs Trace does
        self.countfuncs = countfuncs
        self.count = count and not countfuncs
        self.trace = trace and not countfuncs
        self.counts = {}
        self.calledfuncs = {}

    def _global(self, frame, why, arg):
        if why != 'call':
            return None
        code = frame.f_code
        if self.countfuncs:
            key = (code.co_filename, _modname(code.co_filename), code.co_name)
            self.calledfuncs[key] = 1
        if self.trace:
            print(' --- modulename: %s, funcname: %s' % (_modname(code.co_filename), code.co_name))
        if self.count or self.trace:
            return self._local
        return None

    def _local(self, frame, why, arg):
        if why == 'line':
            filename, lineno = frame.f_code.co_filename, frame.f_lineno
            if self.count:
                key = (filename, lineno)
                self.counts[key] = self.counts.get(key, 0) + 1
            if self.trace:
                print('%s(%d): %s' % (os.path.basename(filename), lineno,
                                      linecache.getline(filename, lineno)), end='')
        return self._local

    def runfunc(self, func, /, *args, **kw):
        sys.settrace(self._global)
        try:
            return func(*args, **kw)
        finally:
            sys.settrace(None)

    def run(self, cmd):
        import __main__
        d = __main__.__dict__
        self.runctx(cmd, d, d)

    def runctx(self, cmd, globals=None, locals=None):
        sys.settrace(self._global)
        try:
            exec(cmd, globals if globals is not None else {}, locals)
        finally:
            sys.settrace(None)

    def results(self):
        return CoverageResults(self.counts, self.calledfuncs)
